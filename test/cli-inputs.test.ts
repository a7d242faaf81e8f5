// The CLI's handling of bad inputs, end to end through bin/dossier: one line on stderr
// naming the input, no stack trace, a non-zero exit, and the good inputs still processed.
// Only input handling is asserted; what the pipeline extracts is tested elsewhere.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distIsStale } from './build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = join(root, 'dist/cli/main.js');
const STACK = /at .*\(.*:\d+:\d+\)/;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Async, not spawnSync: the URL cases need this process's event loop to serve the CLI's requests. */
function dossier(args: string[], opts: { env?: Record<string, string>; stdin?: string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin/dossier'), 'extract', ...args], {
      cwd: root,
      env: { ...process.env, ...opts.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.stdin ?? '');
  });
}

function expectOneCleanError(r: Run, input: string, message: string | RegExp): void {
  expect(r.code, r.stderr).not.toBe(0);
  const lines = r.stderr.split('\n').filter(Boolean);
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toContain(input);
  expect(lines[0]).toMatch(message);
  expect(r.stderr).not.toMatch(STACK);
}

const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-inputs-'));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const article =
  'TITLE: Raid in Karachi\nDATE: 2017-04-12\nURL: https://example.org/raid\n\nRangers arrested five men in Karachi on Wednesday, officials said.\n';

let server: Server;
let base: string;

beforeAll(async () => {
  // Rebuild when dist is missing or older than the sources, so the test never runs stale code.
  if (distIsStale(root)) {
    spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  }
  expect(existsSync(entry), 'npm run build did not produce dist/cli/main.js').toBe(true);

  server = createServer((req, res) => {
    if (req.url === '/hang') return; // never answers
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server?.closeAllConnections();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('dossier extract: one bad input', () => {
  it('a missing path', async () => {
    const p = join(dir, 'missing.txt');
    expectOneCleanError(await dossier([p]), p, /no such file/);
  });

  it('a directory', async () => {
    expectOneCleanError(await dossier([dir]), dir, /is a directory/);
  });

  it('an empty file', async () => {
    const p = file('empty.txt', '');
    expectOneCleanError(await dossier([p]), p, /empty input/);
  });

  it('a binary file', async () => {
    const p = file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    expectOneCleanError(await dossier([p]), p, /binary file, not text/);
  });

  it('an invalid-UTF-8 file that is not Windows-1252 either', async () => {
    const p = file(
      'garbled.txt',
      Buffer.from([0x41, 0x42, 0x20, 0xc3, 0x28, 0x81, 0xfe, 0xff, 0xfe, 0xfd, 0xfc]),
    );
    expectOneCleanError(await dossier([p]), p, /not valid UTF-8 \(byte 0xc3 at offset 3\)/);
  });

  it('a 50 MB file', async () => {
    const p = join(tmpdir(), `dossier-big-${process.pid}.txt`);
    try {
      writeFileSync(p, 'Some text.\n');
      truncateSync(p, 50 * 1024 * 1024); // sparse: no 50 MB actually written
      expectOneCleanError(await dossier([p]), p, /file is 50\.0 MB; the limit is 20 MB/);
    } finally {
      rmSync(p, { force: true });
    }
  });

  it('an HTML file with no article', async () => {
    const p = file(
      'nav-only.html',
      '<!doctype html><html lang="en"><body><nav><a href="/">Home</a></nav></body></html>',
    );
    expectOneCleanError(await dossier([p]), p, /no article text found in the page/);
  });

  it('a URL that answers 404', async () => {
    const url = `${base}/gone`;
    expectOneCleanError(await dossier([url]), url, /HTTP 404/);
  });

  it('a URL that never answers, with DOSSIER_FETCH_TIMEOUT_MS', async () => {
    const url = `${base}/hang`;
    const t0 = Date.now();
    const r = await dossier([url], { env: { DOSSIER_FETCH_TIMEOUT_MS: '300' } });
    expectOneCleanError(r, url, /timed out after 0\.3 s/);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it('a scheme other than http(s)', async () => {
    expectOneCleanError(
      await dossier(['ftp://example.org/a.txt']),
      'ftp://example.org/a.txt',
      /unsupported URL scheme/,
    );
  });
});

describe('dossier extract: good inputs', () => {
  it('fills document fields from header lines and strips them from the text', async () => {
    const p = file('good.txt', article);
    const r = await dossier(['--json', p]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout).document;
    expect(doc).toMatchObject({
      title: 'Raid in Karachi',
      published: '2017-04-12',
      url: 'https://example.org/raid',
    });
    expect(doc.text).toBe('Rangers arrested five men in Karachi on Wednesday, officials said.\n');
  });

  it('reads stdin for "-" and lets --title override', async () => {
    const r = await dossier(['--json', '--title', 'Given', '-'], { stdin: article });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).document).toMatchObject({ title: 'Given', published: '2017-04-12' });
  });

  it('processes the good inputs when one is bad, and exits 1', async () => {
    const a = file('one.txt', article);
    const b = file('two.txt', 'Officials in Peshawar said the men were detained near the border.\n');
    const bad = join(dir, 'not-there.txt');
    const r = await dossier(['--jsonl', a, bad, b]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l).document.title)).toEqual(['Raid in Karachi', null]);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([expect.stringContaining(`${bad}: no such file`)]);
    expect(r.stderr).not.toMatch(STACK);
  });
});
