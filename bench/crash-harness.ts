// Crash harness: runs `bin/dossier ingest`, `reextract` and a decision, kills each with
// SIGKILL at a seeded random moment, then checks the store: PRAGMA integrity_check is
// ok, a re-run completes, every document is there exactly once, and the graph (entities
// as their name sets, ties, documents) equals a clean run's. Used by `npm run crash`
// (N ≥ 200) and by test/crash.test.ts (small N).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { SqliteStore } from '../src/store/sqlite.js';

export const root = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(root, 'bin/dossier');

/** mulberry32: the same seed gives the same kill points. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The articles: the store's invented test corpus (and corpus/demo with `more`), copied into one folder. */
export function corpusDir(work: string, more = false): string {
  const dir = join(work, 'articles');
  mkdirSync(dir, { recursive: true });
  const from = [join(root, 'src/store/testdata'), ...(more ? [join(root, 'corpus/demo')] : [])];
  for (const src of from)
    if (existsSync(src))
      for (const f of readdirSync(src).filter((n) => n.endsWith('.txt')))
        copyFileSync(join(src, f), join(dir, f));
  return dir;
}

export function dossier(args: string[]): { code: number | null; stdout: string; stderr: string; ms: number } {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t0 };
}

function killAfter(args: string[], ms: number): Promise<{ killed: boolean }> {
  return new Promise((resolve) => {
    const child: ChildProcess = spawn(process.execPath, [BIN, ...args], { cwd: root, stdio: 'ignore' });
    let done = false;
    child.on('exit', () => {
      done = true;
    });
    setTimeout(() => {
      const killed = !done;
      if (killed) child.kill('SIGKILL');
      if (done && child.exitCode !== null) resolve({ killed });
      else child.once('close', () => resolve({ killed }));
    }, ms);
  });
}

/**
 * integrity_check as the next command would see the file: opened read-write, so SQLite first
 * rolls back a hot journal a kill left behind (a read-only handle cannot, see open.ts).
 */
export function integrity(db: string): string {
  const d = new Database(db, { fileMustExist: true });
  try {
    return String(d.pragma('integrity_check', { simple: true }));
  } finally {
    d.close();
  }
}

/** Documents stored, and how many distinct (a document twice would differ). */
export function documentCounts(db: string): { rows: number; distinct: number } {
  const d = new Database(db, { fileMustExist: true });
  try {
    // killed before the schema was made: an empty store
    if (!d.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'documents'").get())
      return { rows: 0, distinct: 0 };
    return d.prepare('SELECT count(*) AS "rows", count(DISTINCT id) AS "distinct" FROM documents').get() as {
      rows: number;
      distinct: number;
    };
  } finally {
    d.close();
  }
}

/** The graph, independent of ids and of which spelling became canonical. */
export async function fingerprint(db: string): Promise<string> {
  const store = SqliteStore.open(db, { readonly: true });
  try {
    const g = await store.graph();
    const names = new Map<string, string>();
    for (const n of g.nodes) {
      const p = await store.profile(n.id);
      names.set(
        n.id,
        `${n.type}:${p.names
          .map((x) => x.name)
          .sort()
          .join('|')}`,
      );
    }
    const edges = g.edges
      .map(
        (e) =>
          `${e.type}${e.negated ? '!' : ''} ${names.get(e.source)}→${names.get(e.target)} ×${e.documents}`,
      )
      .sort();
    const decisions = (
      store.db.prepare('SELECT count(*) AS n FROM decisions').get() as { n: number } | undefined
    )?.n;
    // Every fact (events too), by kind and type with its corroboration, and the rows that hang
    // on documents: ids aside, a re-run must give the same facts as a clean run.
    const facts = store.db
      .prepare(
        `SELECT kind || ':' || type || ' ×' || count(*) || ' docs ' || sum(documents) AS f FROM facts
         GROUP BY kind, type ORDER BY kind, type`,
      )
      .pluck()
      .all();
    const rows = Object.fromEntries(
      ['documents', 'mentions', 'quotes', 'fact_sources', 'fact_participants'].map((t) => [
        t,
        store.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get(),
      ]),
    );
    return JSON.stringify({ nodes: [...names.values()].sort(), edges, facts, rows, decisions });
  } finally {
    await store.close();
  }
}

export interface CrashReport {
  kind: 'ingest' | 'reextract' | 'decision';
  points: number;
  /** kills that landed while the process was still running */
  killed: number;
  /** of those, kills after some but not all documents were stored (ingest) */
  midway: number;
  integrityFailures: number;
  rerunFailures: number;
  mismatches: number;
  failures: string[];
}

export interface CrashOptions {
  points: number;
  seed: number;
  kinds?: CrashReport['kind'][];
  /** corpus/demo too (26 articles instead of 8): longer runs, more mid-ingest kills */
  more?: boolean;
  log?: (s: string) => void;
}

export async function runCrash(opts: CrashOptions): Promise<CrashReport[]> {
  const log = opts.log ?? (() => {});
  const work = mkdtempSync(join(tmpdir(), 'dossier-crash-'));
  const reports: CrashReport[] = [];
  try {
    const articles = corpusDir(work, opts.more);
    const total = readdirSync(articles).length;
    // the clean run
    const clean = join(work, 'clean.db');
    const c = dossier(['ingest', articles, '--db', clean, '--json']);
    if (c.code !== 0) throw new Error(`clean ingest failed: ${c.stderr}`);
    const cleanPrint = await fingerprint(clean);
    log(`clean ingest of ${total} articles: ${c.ms} ms`);
    const random = rng(opts.seed);
    const kinds = opts.kinds ?? ['ingest', 'reextract', 'decision'];

    if (kinds.includes('ingest')) {
      const r = blank('ingest', opts.points);
      for (let i = 0; i < opts.points; i++) {
        await attempt(r, i, async () => {
          const db = join(work, `ingest-${i}.db`);
          const at = Math.round(random() * c.ms * 1.1);
          const { killed } = await killAfter(['ingest', articles, '--db', db, '--json'], at);
          if (killed) r.killed++;
          if (existsSync(db)) {
            const ok = integrity(db);
            if (ok !== 'ok') fail(r, 'integrityFailures', `ingest kill ${i} at ${at} ms: integrity ${ok}`);
            const k = documentCounts(db).rows;
            if (k > 0 && k < total) r.midway++;
          }
          check(r, i, at, dossier(['ingest', articles, '--db', db, '--json']));
          const counts = documentCounts(db);
          if (counts.rows !== total || counts.distinct !== total)
            fail(
              r,
              'mismatches',
              `ingest kill ${i} at ${at} ms: ${counts.rows} documents (${counts.distinct} distinct), expected ${total}`,
            );
          else if ((await fingerprint(db)) !== cleanPrint)
            fail(r, 'mismatches', `ingest kill ${i} at ${at} ms: graph differs from a clean run`);
          rmSync(db, { force: true });
          rmSync(`${db}-wal`, { force: true });
          rmSync(`${db}-shm`, { force: true });
          rmSync(`${db}-journal`, { force: true });
          log(`ingest ${i + 1}/${opts.points}: kill at ${at} ms${killed ? '' : ' (it had finished)'}`);
        });
      }
      reports.push(r);
    }

    if (kinds.includes('reextract')) {
      const ref = join(work, 'reextract-ref.db');
      copyFileSync(clean, ref);
      const x = dossier(['reextract', '--db', ref, '--json']);
      if (x.code !== 0) throw new Error(`clean reextract failed: ${x.stderr}`);
      const refPrint = await fingerprint(ref);
      const r = blank('reextract', opts.points);
      for (let i = 0; i < opts.points; i++) {
        await attempt(r, i, async () => {
          const db = join(work, `reextract-${i}.db`);
          copyFileSync(clean, db);
          const at = Math.round(random() * x.ms * 1.1);
          const { killed } = await killAfter(['reextract', '--db', db, '--json'], at);
          if (killed) r.killed++;
          const ok = integrity(db);
          if (ok !== 'ok') fail(r, 'integrityFailures', `reextract kill ${i} at ${at} ms: integrity ${ok}`);
          check(r, i, at, dossier(['reextract', '--db', db, '--json']));
          const counts = documentCounts(db);
          if (counts.rows !== total) fail(r, 'mismatches', `reextract kill ${i}: ${counts.rows} documents`);
          else if ((await fingerprint(db)) !== refPrint)
            fail(r, 'mismatches', `reextract kill ${i} at ${at} ms: graph differs`);
          rmSync(db, { force: true });
          log(`reextract ${i + 1}/${opts.points}: kill at ${at} ms${killed ? '' : ' (it had finished)'}`);
        });
      }
      reports.push(r);
    }

    if (kinds.includes('decision')) {
      // merge the two most-mentioned people: a decision that rewrites many rows
      const store = SqliteStore.open(clean, { readonly: true });
      const people = (await store.graph()).nodes
        .filter((n) => n.type === 'person')
        .sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id))
        .slice(0, 2);
      await store.close();
      const args = (db: string) => [
        'merge',
        people[0].id,
        people[1].id,
        '--db',
        db,
        '--json',
        '--by',
        'crash',
      ];
      const ref = join(work, 'decision-ref.db');
      copyFileSync(clean, ref);
      const d = dossier(args(ref));
      if (d.code !== 0) throw new Error(`clean merge failed: ${d.stderr}`);
      const refPrint = await fingerprint(ref);
      const r = blank('decision', opts.points);
      for (let i = 0; i < opts.points; i++) {
        await attempt(r, i, async () => {
          const db = join(work, `decision-${i}.db`);
          copyFileSync(clean, db);
          const at = Math.round(random() * d.ms * 1.1);
          const { killed } = await killAfter(args(db), at);
          if (killed) r.killed++;
          const ok = integrity(db);
          if (ok !== 'ok') fail(r, 'integrityFailures', `decision kill ${i} at ${at} ms: integrity ${ok}`);
          // all or nothing: either the store is as before, or the merge is whole
          const now = await fingerprint(db);
          if (now !== cleanPrint && now !== refPrint)
            fail(r, 'mismatches', `decision kill ${i} at ${at} ms: a half-applied merge`);
          if (now === cleanPrint) check(r, i, at, dossier(args(db)));
          if ((await fingerprint(db)) !== refPrint)
            fail(r, 'mismatches', `decision kill ${i}: differs after the re-run`);
          rmSync(db, { force: true });
          log(`decision ${i + 1}/${opts.points}: kill at ${at} ms${killed ? '' : ' (it had finished)'}`);
        });
      }
      reports.push(r);
    }
    return reports;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A harness error at one point (a file it cannot read, say) is that point's failure, not the run's end. */
async function attempt(r: CrashReport, i: number, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (e) {
    fail(r, 'rerunFailures', `${r.kind} kill ${i}: the check itself failed: ${(e as Error).message}`);
  }
}

function blank(kind: CrashReport['kind'], points: number): CrashReport {
  return {
    kind,
    points,
    killed: 0,
    midway: 0,
    integrityFailures: 0,
    rerunFailures: 0,
    mismatches: 0,
    failures: [],
  };
}

function fail(r: CrashReport, what: 'integrityFailures' | 'rerunFailures' | 'mismatches', msg: string): void {
  r[what]++;
  r.failures.push(msg);
  process.stderr.write(`FAIL ${msg}\n`);
}

function check(r: CrashReport, i: number, at: number, run: { code: number | null; stderr: string }): void {
  if (run.code !== 0)
    fail(
      r,
      'rerunFailures',
      `${r.kind} kill ${i} at ${at} ms: re-run exit ${run.code}: ${run.stderr.slice(0, 300)}`,
    );
}
