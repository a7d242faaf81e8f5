// A few crash points in `npm test` (`npm run crash` runs 200 per kind): SIGKILL during
// ingest, reextract and a merge leaves an intact store that a re-run completes to the
// clean run's graph. And a full disk or a read-only database during ingest is a clean
// error with the store intact.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprint, root, runCrash } from '../bench/crash-harness.js';
import { InputError } from '../src/ingest/errors.js';
import { readInput } from '../src/ingest/read.js';
import { extract } from '../src/nlp/pipeline.js';
import { documentMeta } from '../src/store/document.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { TESTDATA } from './api-helpers.js';
import { distIsStale } from './build.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-crash-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const N = Number(process.env.CRASH_POINTS) || 2;

describe('SIGKILL at random moments (seeded)', () => {
  it(`${N} kill points each for ingest, reextract and a merge: integrity ok, re-run completes, same graph`, async () => {
    if (distIsStale(root)) spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
    const reports = await runCrash({ points: N, seed: Number(process.env.CRASH_SEED) || 1 });
    for (const r of reports) {
      expect(r.failures, r.kind).toEqual([]);
      expect(r.integrityFailures + r.rerunFailures + r.mismatches).toBe(0);
    }
    expect(reports.map((r) => r.kind)).toEqual(['ingest', 'reextract', 'decision']);
  }, 600_000);
});

/** The invented test corpus and corpus/demo (longer articles: they need new pages). */
async function corpus() {
  const out = [];
  for (const d of [TESTDATA, join(root, 'corpus/demo')])
    for (const f of readdirSync(d)
      .filter((n) => n.endsWith('.txt'))
      .sort()) {
      const src = await readInput(join(d, f));
      out.push({ meta: documentMeta(src, join(d, f)), ex: extract(src) });
    }
  return out;
}

describe('a full disk and a read-only database during ingest', () => {
  it('disk full mid-corpus: each document whole or refused, integrity ok, and after space returns the same graph', async () => {
    const docs = await corpus();
    const cleanDb = join(dir, 'clean.db');
    const clean = SqliteStore.open(cleanDb);
    for (const d of docs) await clean.ingest(d.meta, d.ex);
    await clean.close();

    const db = join(dir, 'full.db');
    const s = SqliteStore.open(db);
    await s.ingest(docs[0].meta, docs[0].ex);
    s.db.pragma('wal_checkpoint(TRUNCATE)');
    const pages = s.db.pragma('page_count', { simple: true }) as number;
    s.db.pragma(`max_page_count = ${pages}`);
    let refused = 0;
    for (const d of docs.slice(1)) {
      const before = await s.counts();
      try {
        await s.ingest(d.meta, d.ex);
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        expect((e as Error).message).toMatch(/full\.db: disk or database full .*nothing of it was written/);
        expect(await s.counts()).toEqual(before);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(0);
    expect(s.db.pragma('integrity_check', { simple: true })).toBe('ok');
    await s.close();
    const again = SqliteStore.open(db);
    for (const d of docs)
      if (!(await again.knownDocument(d.meta.id, d.meta.location))) await again.ingest(d.meta, d.ex);
    await again.close();
    expect(await fingerprint(db)).toBe(await fingerprint(cleanDb));
  });

  it('a read-only database: a clean error naming the file, nothing written', async () => {
    const docs = await corpus();
    const db = join(dir, 'ro.db');
    const s = SqliteStore.open(db);
    await s.ingest(docs[0].meta, docs[0].ex);
    const before = await s.counts();
    s.db.pragma('query_only = 1'); // what SQLite answers for a read-only file, even to root
    await expect(s.ingest(docs[1].meta, docs[1].ex)).rejects.toThrow(/ro\.db: the database is read-only/);
    s.db.pragma('query_only = 0');
    expect(await s.counts()).toEqual(before);
    expect(s.db.pragma('integrity_check', { simple: true })).toBe('ok');
    await s.close();
  });

  it.skipIf(process.getuid?.() === 0)('the CLI on a read-only file: one line, exit 1, store intact', () => {
    const db = join(dir, 'ro-cli.db');
    const ing = (args: string[]) =>
      spawnSync(process.execPath, [join(root, 'bin/dossier'), 'ingest', ...args, '--db', db], {
        encoding: 'utf8',
      });
    expect(ing([join(TESTDATA, 'a1-peshawar.txt')]).status).toBe(0);
    chmodSync(db, 0o444);
    const r = ing([join(TESTDATA, 'a2-bannu.txt')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/read-only|readonly/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
