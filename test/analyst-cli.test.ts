// What a new analyst typed and got wrong answers to, through bin/dossier: dates and
// numbers checked, search prefixes and exclusions, ingest's counts, a PDF refused as
// one, `path X X`, undated events and unknown dates said in words, serve stopping
// at once on SIGTERM.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { distIsStale } from './build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dossier-analyst-cli-'));
const db = join(dir, 'a.db');
const STACK = /at .*\(.*:\d+:\d+\)/;

function dossier(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [join(root, 'bin/dossier'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    input,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const oneLine = (r: { code: number | null; stderr: string }, cmd: string, what: RegExp) => {
  expect(r.code).not.toBe(0);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(new RegExp(`^dossier ${cmd}: `));
  expect(r.stderr).toMatch(what);
  expect(r.stderr).not.toMatch(STACK);
};

beforeAll(() => {
  if (distIsStale(root)) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  writeFileSync(
    join(dir, 'red-sea.txt'),
    `TITLE: Rebels claim strike on tanker in the Red Sea

The Houthis said they fired a missile at a tanker. Yahya Saree, the spokesman of the Houthis, said the group would keep up its campaign. Police arrested Hamza Qasim in Aden.
`,
  );
  writeFileSync(
    join(dir, 'houses.txt'),
    `TITLE: Houthi leader speaks
DATE: 2024-02-01

Abdul Malik al-Houthi, the leader of the Houthis, gave a speech on Thursday.
`,
  );
  const r = dossier(['ingest', join(dir, 'red-sea.txt'), join(dir, 'houses.txt'), '--db', db, '--json']);
  expect(r.code, r.stderr).toBe(0);
}, 120_000);

describe('dates and numbers are checked', () => {
  it('refuses a date that does not exist and a limit that is not a number', () => {
    oneLine(
      dossier(['search', 'Houthis', '--since', '2024-13-45', '--db', db]),
      'search',
      /--since 2024-13-45: expected a date that exists/,
    );
    oneLine(dossier(['search', 'Houthis', '--until', '2023-02-29', '--db', db]), 'search', /2023-02-29/);
    oneLine(
      dossier(['search', 'Houthis', '--limit', 'abc', '--db', db]),
      'search',
      /--limit abc: expected a whole number/,
    );
    oneLine(dossier(['search', 'Houthis', '--limit', '0', '--db', db]), 'search', /--limit 0/);
    oneLine(
      dossier(['path', 'Houthis', 'Yahya Saree', '--max-hops', 'x', '--db', db]),
      'path',
      /--max-hops x/,
    );
    const e = dossier(['extract', '--published', '2015-02-30'], 'Some text about nothing.');
    expect(e.code).toBe(2);
    expect(e.stderr).toMatch(/--published 2015-02-30: expected a day that exists/);
    // A real leap day is fine.
    expect(dossier(['search', 'Houthis', '--since', '2024-02-29', '--db', db]).code).toBe(0);
  });
});

describe('search', () => {
  it('finds words by prefix and leaves out words after a "-"', () => {
    const p = JSON.parse(dossier(['search', 'Hout*', '--json', '--db', db]).stdout);
    expect(p.length).toBe(2);
    const exact = JSON.parse(dossier(['search', 'Hout', '--json', '--db', db]).stdout);
    expect(exact.length).toBe(0);
    const without = JSON.parse(dossier(['search', 'Houthis -tanker', '--json', '--db', db]).stdout);
    expect(without.map((h: { title: string }) => h.title)).toEqual(['Houthi leader speaks']);
    oneLine(dossier(['search', '--db', db, '--', '-tanker']), 'search', /-tanker: a leading "-" leaves out/);
  });
});

describe('ingest', () => {
  it('counts every input given, and refuses a PDF as a PDF', () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'fake.pdf'), '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n');
    writeFileSync(join(dir, 'report.txt'), '%PDF-1.7\n%âãÏÓ\n2 0 obj\nendobj\n%%EOF\n');
    mkdirSync(join(dir, 'emptydir'), { recursive: true });
    const r = dossier([
      'ingest',
      'nope.txt',
      'empty.txt',
      'fake.pdf',
      'report.txt',
      'emptydir',
      'http://127.0.0.1:1/x',
      '--db',
      db,
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/: 0 new, 0 unchanged, 6 failed \(6 inputs in /);
    expect(r.stderr).toMatch(/^dossier ingest: fake.pdf: is a PDF: binary file, not text/m);
    expect(r.stderr).toMatch(/^dossier ingest: report.txt: is a PDF/m);
    expect(r.stderr).toMatch(/^dossier ingest: http:\/\/127.0.0.1:1\/x: connection refused/m);
    expect(r.stderr).not.toMatch(/fetch failed|bad port/);
    const d = dossier(['ingest', 'emptydir', '--db', db]);
    expect(d.stdout).toMatch(/0 new, 0 unchanged, 1 failed \(1 input in /);
  });
});

describe('answers in words', () => {
  it('path X X says they are the same entity', () => {
    oneLine(dossier(['path', 'Houthis', 'Houthis', '--db', db]), 'path', /both are the same entity, Houthis/);
  });

  it('an undated event says undated; unknown dates are said, not "?"', () => {
    const t = dossier(['timeline', '--db', db]).stdout;
    const arrest = t.split('\n').find((l) => / arrest /.test(l));
    expect(arrest).toMatch(/^ {2}undated {5}arrest/);
    const e = dossier(['entity', 'Yahya Saree', '--db', db]).stdout;
    expect(e).not.toMatch(/\?/);
    expect(e).toMatch(/dates unknown/);
    expect(dossier(['entity', 'Abdul Malik al-Houthi', '--db', db]).stdout.split('\n')[0]).toMatch(
      /seen 2024-02-01$/,
    );
  });
});

describe('candidates', () => {
  it('keeps apart what cannot be one person, and says where each side is named', () => {
    const cdb = join(dir, 'cand.db');
    const articles: Record<string, string> = {
      'quetta.txt': `TITLE: Militant commander arrested in Quetta
DATE: 2022-03-01

QUETTA: Police in Quetta arrested Hamza Yusuf Qasim, a commander of a banned group, on Monday. Officials in Balochistan said Qasim had planned attacks in Pakistan.
`,
      'gao.txt': `TITLE: Army says it killed a jihadist leader near Gao
DATE: 2022-06-10

GAO: The Malian army said it had killed Hamza Qasim in an operation near Gao in northern Mali. Qasim led fighters in the region, the army said.
`,
      'karachi.txt': `TITLE: Court hears case of banned group's commander
DATE: 2022-08-15

KARACHI: An anti-terrorism court in Karachi heard the case against Hamza Qasim on Monday. Qasim denies the charges.
`,
      'lahore.txt': `TITLE: Party chief addresses rally
DATE: 2021-11-20

LAHORE: Saad Rizvi addressed supporters in Lahore on Saturday. Saad told the crowd that the party would contest elections in Punjab.
`,
      'beirut.txt': `TITLE: Hezbollah leader speaks
DATE: 2023-11-03

BEIRUT: Sayyed Hasan Nasrallah spoke in Beirut on Friday. Sayyed said the front in southern Lebanon would stay open.
`,
    };
    const cdir = join(dir, 'cand');
    mkdirSync(cdir, { recursive: true });
    for (const [f, t] of Object.entries(articles)) writeFileSync(join(cdir, f), t);
    expect(dossier(['ingest', cdir, '--db', cdb]).code).toBe(0);
    type Side = { name: string };
    type Pair = {
      a: Side;
      b: Side;
      reasons: string[];
      seenIn: { a: { title: string }[]; b: { title: string }[] };
    };
    const pairs: Pair[] = JSON.parse(dossier(['candidates', '--json', '--db', cdb]).stdout);
    const names = pairs.map((p) => [p.a.name, p.b.name].sort().join(' ?= '));
    // Two lone names from articles with nothing in common, and the same name in Mali and
    // in Pakistan, are not asked; the two Pakistani commanders are.
    expect(names).toEqual(['Hamza Qasim ?= Hamza Yusuf Qasim']);
    const seen = [...pairs[0].seenIn.a, ...pairs[0].seenIn.b].map((d) => d.title).sort();
    expect(seen).toEqual([
      "Court hears case of banned group's commander",
      'Militant commander arrested in Quetta',
    ]);
    const text = dossier(['candidates', '--db', cdb]).stdout;
    expect(text).toContain("Hamza Qasim: in “Court hears case of banned group's commander” (2022-08-15)");
    expect(text).toContain('Hamza Yusuf Qasim: in “Militant commander arrested in Quetta” (2022-03-01)');
    expect(text).not.toMatch(/Saad|Sayyed|Gao/);
  });
});

describe('serve', () => {
  it('stops at once on SIGTERM and says so', async () => {
    const child = spawn(process.execPath, [join(root, 'bin/dossier'), 'serve', '--db', db, '--port', '0'], {
      cwd: dir,
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const deadline = Date.now() + 30_000;
    while (!/serving/.test(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const url = /at (http:\/\/\S+)/.exec(out)?.[1];
    expect(url).toBeTruthy();
    // a keep-alive connection must not hold the process open
    await fetch(`${url}api/health`, { headers: { connection: 'keep-alive' } });
    const t0 = Date.now();
    child.kill('SIGTERM');
    const code = await new Promise((r) => child.once('exit', (c) => r(c)));
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(code).toBe(0);
    expect(out).toMatch(/SIGTERM received; stopped/);
  }, 60_000);
});
