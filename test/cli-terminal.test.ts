// Untrusted text reaches the terminal escaped: an article carrying a window-title OSC,
// a clear-screen CSI, an OSC 8 link and a C1 CSI comes back out of extract, search and
// entity with every control character as a visible \uXXXX, and --json still parses to
// the original text.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distIsStale } from './build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;
const TITLE_OSC = '\x1b]0;owned\x07';
const LINK = '\x1b]8;;http://evil.example/\x1b\\Read more\x1b]8;;\x1b\\';
const ARTICLE = `TITLE: Raid ${TITLE_OSC}in Quetta
DATE: 2024-05-02

Police in Quetta arrested Nadir${TITLE_OSC} Baloch, a commander of the Kohsar Front, on Monday.\x1b[2J\x1b[H
"We will not surrender,\x9b8m" Nadir Baloch told reporters in Quetta. ${LINK}
`;

let dir: string;
let db: string;
let file: string;

const run = (args: string[]) => {
  const r = spawnSync(process.execPath, [join(root, 'bin/dossier'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

beforeAll(() => {
  if (distIsStale(root)) spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
  dir = mkdtempSync(join(tmpdir(), 'dossier-term-'));
  db = join(dir, 't.db');
  file = join(dir, 'hostile.txt');
  writeFileSync(file, ARTICLE);
  const r = run(['ingest', '--db', db, file]);
  expect(r.code, r.stderr).toBe(0);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('human-readable output escapes control characters', () => {
  it('extract, search and entity print no raw control character', () => {
    for (const args of [
      ['extract', file],
      ['search', '--db', db, 'surrender'],
      ['search', '--db', db, 'owned'],
      ['entity', '--db', db, 'Nadir Baloch'],
    ]) {
      const r = run(args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      expect(r.stdout, args.join(' ')).not.toMatch(RAW_CONTROL);
      expect(r.stderr, args.join(' ')).not.toMatch(RAW_CONTROL);
    }
    const extracted = run(['extract', file]).stdout;
    expect(extracted).toContain('\\u001b]0;owned\\u0007');
    const quote = run(['entity', '--db', db, 'Nadir Baloch']).stdout;
    expect(quote).toContain('\\u009b8m');
  });

  it('--json output keeps the text exact (escaped by JSON), with no raw control character', () => {
    const x = run(['extract', '--json', file]);
    expect(x.stdout).not.toMatch(RAW_CONTROL);
    const doc = JSON.parse(x.stdout);
    expect(JSON.stringify(doc)).toContain(JSON.stringify(TITLE_OSC).slice(1, -1));
    const q = (doc.quotes as { text: string }[]).find((x) => x.text.includes('surrender'));
    expect(q?.text).toContain('\x9b8m');
    const s = run(['search', '--db', db, '--json', 'surrender']);
    expect(s.stdout).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(s.stdout).length).toBeGreaterThan(0);
  });
});
