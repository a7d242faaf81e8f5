// The store through bin/dossier: ingest summaries and exit codes, crash safety
// (kill -9 mid-run), two ingests at once, bad database files, the query commands.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { distIsStale } from './build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = join(root, 'dist/cli/main.js');
const STACK = /at .*\(.*:\d+:\d+\)/;
const dir = mkdtempSync(join(tmpdir(), 'dossier-store-cli-'));

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function start(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [join(root, 'bin/dossier'), ...args], {
    cwd: dir,
    env: { ...process.env, ...env },
  });
}

function finish(child: ChildProcess): Promise<Run> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr?.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

const dossier = (args: string[], env: Record<string, string> = {}) => finish(start(args, env));

// Invented articles: a pool of made-up people, groups and places, so every
// document is distinct text with entities and ties in it.
const PEOPLE = [
  'Zarif Noorzai',
  'Gul Bahadar Wazirzai',
  'Sher Alam Turkani',
  'Qasim Darwesh',
  'Noor Wali Sarbandi',
];
const GROUPS = [
  'Jamaat Ansar Khurasan',
  'Lashkar-e-Nooristan',
  'Tehreek-e-Azadi Hind',
  'Harkat al-Mustaqbal',
];
const PLACES = ['Peshawar', 'Quetta', 'Bannu', 'Kandahar', 'Mosul'];
function article(i: number): string {
  const p = PEOPLE[i % PEOPLE.length];
  const g = GROUPS[i % GROUPS.length];
  const h = GROUPS[(i + 1) % GROUPS.length];
  const pl = PLACES[i % PLACES.length];
  const day = String((i % 28) + 1).padStart(2, '0');
  return `TITLE: Report ${i} from ${pl}\nDATE: 2022-03-${day}\nURL: https://outlet${i % 3}.example/r/${i}\n\n${p}, a commander of the ${g}, was arrested in ${pl} on Tuesday, police said. The ${g} is allied with the ${h}. Officials said report number ${i} was confirmed by ${i + 2} witnesses.\n`;
}
function corpus(name: string, from: number, to: number): string {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  for (let i = from; i < to; i++) writeFileSync(join(d, `a${String(i).padStart(3, '0')}.txt`), article(i));
  return d;
}

function inspect(db: string): { documents: number; integrity: string; whole: boolean } {
  const c = new Database(db, { readonly: true });
  try {
    const documents = c.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    const integrity = c.pragma('integrity_check', { simple: true }) as string;
    // Whole: every stored document has its location, its mentions and its facts.
    const partial = c
      .prepare(
        `SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM locations l WHERE l.document_id = d.seq)
           OR NOT EXISTS (SELECT 1 FROM mentions m WHERE m.document_id = d.seq)
           OR NOT EXISTS (SELECT 1 FROM fact_sources f WHERE f.document_id = d.seq)`,
      )
      .pluck()
      .get() as number;
    return { documents, integrity, whole: partial === 0 };
  } finally {
    c.close();
  }
}

beforeAll(() => {
  if (distIsStale(root)) {
    spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  }
  expect(existsSync(entry), 'npm run build did not produce dist/cli/main.js').toBe(true);
});

describe('dossier ingest', () => {
  it('ingests a directory, then says unchanged, with a JSON summary and $DOSSIER_DB', async () => {
    const src = corpus('small', 0, 4);
    const db = join(dir, 'env.db');
    const r1 = await dossier(['ingest', src, '--json'], { DOSSIER_DB: db });
    expect(r1.code, r1.stderr).toBe(0);
    expect(JSON.parse(r1.stdout)).toMatchObject({ db, inputs: 4, new: 4, unchanged: 0, failed: [] });
    const r2 = await dossier(['ingest', join(src, 'a001.txt'), '--db', db]);
    expect(r2.code).toBe(0);
    expect(r2.stdout).toMatch(/0 new, 1 unchanged, 0 failed/);
    expect(r2.stderr).toBe('');
    expect(inspect(db)).toMatchObject({ documents: 4, integrity: 'ok', whole: true });
  });

  it("reads stdin, and records the article's own URL as a second location of one document", async () => {
    const db = join(dir, 'stdin.db');
    const child = start(['ingest', '-', '--db', db, '--json']);
    child.stdin?.end(article(7));
    const r = await finish(child);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).new).toBe(1);
    const file = join(dir, 'same.txt');
    writeFileSync(file, article(7));
    const again = JSON.parse((await dossier(['ingest', file, '--db', db, '--json'])).stdout);
    expect(again).toMatchObject({ new: 0, unchanged: 1 });
    const c = new Database(db, { readonly: true });
    const locations = c.prepare('SELECT location FROM locations ORDER BY location').pluck().all();
    c.close();
    expect(locations).toEqual([file, 'https://outlet1.example/r/7', 'stdin'].sort());
  });

  it('reports each failed input on one line, carries on with the rest, and exits 1', async () => {
    const src = corpus('mixed', 10, 12);
    writeFileSync(join(src, 'empty.txt'), '   \n');
    const db = join(dir, 'mixed.db');
    const r = await dossier(['ingest', src, join(dir, 'missing.txt'), '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/2 new, 0 unchanged, 2 failed/);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(r.stderr).toMatch(/empty\.txt: empty input/);
    expect(r.stderr).toMatch(/missing\.txt/);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('refuses a foreign file as the database, naming it, without changing a byte', async () => {
    const db = join(dir, 'notes.db');
    writeFileSync(db, 'these are my notes, not a database\n'.repeat(20));
    const before = readFileSync(db);
    const r = await dossier(['ingest', corpus('foreign', 20, 21), '--db', db]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(db);
    expect(r.stderr).toMatch(/not a dossier database/);
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('after kill -9 mid-run only whole documents are stored, and the next ingest carries on', async () => {
    const src = corpus('crash', 100, 160);
    const db = join(dir, 'crash.db');
    const child = start(['ingest', src, '--db', db, '--json'], { DOSSIER_WORKERS: '1' });
    const done = finish(child);
    // Kill once some documents are in, while others are still being written.
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (existsSync(db)) {
        try {
          if (inspect(db).documents >= 5) break;
        } catch {
          // the schema may not be there yet
        }
      }
      if (Date.now() > deadline) throw new Error('ingest never got going');
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    const killed = await done;
    expect(killed.signal).toBe('SIGKILL');
    const after = inspect(db);
    expect(after.integrity).toBe('ok');
    expect(after.whole).toBe(true);
    expect(after.documents).toBeLessThan(60);
    const r = await dossier(['ingest', src, '--db', db, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.new + s.unchanged).toBe(60);
    expect(s.unchanged).toBeGreaterThanOrEqual(after.documents);
    expect(inspect(db)).toMatchObject({ documents: 60, integrity: 'ok', whole: true });
  });

  it('two ingests into one database at once both succeed without corruption', async () => {
    const a = corpus('conc-a', 200, 225);
    const b = corpus('conc-b', 215, 240);
    const db = join(dir, 'conc.db');
    const [ra, rb] = await Promise.all([
      dossier(['ingest', a, '--db', db, '--json']),
      dossier(['ingest', b, '--db', db, '--json']),
    ]);
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);
    const sa = JSON.parse(ra.stdout);
    const sb = JSON.parse(rb.stdout);
    expect(sa.new + sb.new).toBe(40);
    expect(inspect(db)).toMatchObject({ documents: 40, integrity: 'ok', whole: true });
  });
});

describe('query commands', () => {
  let db: string;
  beforeAll(async () => {
    db = join(dir, 'q.db');
    const r = await dossier(['ingest', join(root, 'src/store/testdata'), '--db', db, '--json']);
    expect(r.code, r.stderr).toBe(0);
  });

  it('entity prints a profile; --json the same as data; an unknown name is one line and non-zero', async () => {
    const t = await dossier(['entity', 'Tehreek-e-Taliban Pakistan', '--db', db]);
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/TTP/);
    expect(t.stdout).toMatch(/allied_with/);
    const j = JSON.parse((await dossier(['entity', 'TTP', '--db', db, '--json'])).stdout);
    expect(j.entity.type).toBe('organization');
    expect(j.names.map((n: { name: string }) => n.name)).toContain('Tehrik-i-Taliban Pakistan');
    const none = await dossier(['entity', 'Nobody Atall', '--db', db]);
    expect(none.code).not.toBe(0);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
    expect(none.stderr).toMatch(/Nobody Atall: no entity/);
  });

  it('search, path, graph, timeline, sources, source grade and candidates answer', async () => {
    const s = JSON.parse((await dossier(['search', 'drone', 'strike', '--db', db, '--json'])).stdout);
    expect(s[0].title).toBe('Islamic State commander killed');
    const bad = await dossier(['search', 'x', '--since', 'yesterday', '--db', db]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--since yesterday/);
    const p = JSON.parse((await dossier(['path', 'Zarif Noorzai', 'Al Qaeda', '--db', db, '--json'])).stdout);
    expect(p.paths[0]).toHaveLength(2);
    const g = JSON.parse((await dossier(['graph', '--around', 'TTP', '--db', db])).stdout);
    expect(g.nodes.length).toBeGreaterThan(1);
    const t = JSON.parse((await dossier(['timeline', '--db', db, '--json'])).stdout);
    expect(t.events.length).toBeGreaterThan(0);
    expect(Array.isArray(t.incidents)).toBe(true);
    const grade = await dossier(['source', 'grade', 'daily-courier.example', 'c3', '--db', db]);
    expect(grade.code, grade.stderr).toBe(0);
    const src = JSON.parse((await dossier(['sources', '--db', db, '--json'])).stdout);
    expect(src.find((x: { outlet: string }) => x.outlet === 'daily-courier.example').grade).toBe('C3');
    const c = JSON.parse((await dossier(['candidates', '--db', db, '--json'])).stdout);
    expect(c.some((x: { a: { name: string } }) => x.a.name === 'Muhammad Khan')).toBe(true);
  });
});
