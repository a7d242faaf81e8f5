import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { InputError } from '../ingest/errors.js';
import { openDatabase } from './open.js';
import { APPLICATION_ID, LATEST_VERSION } from './sql/schema.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-open-'));
let n = 0;
const fresh = () => join(dir, `db${n++}.db`);
/** better-sqlite3's entry, for child processes that play another program holding the file. */
const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');

describe('openDatabase', () => {
  it('creates a WAL database stamped with the dossier application id and the latest schema', () => {
    const p = fresh();
    const db = openDatabase(p);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const versions = db.prepare('SELECT version FROM schema_version ORDER BY version').pluck().all();
    expect(versions).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1));
    db.close();
  });

  it('migrates a database made by an older dossier and keeps its rows', () => {
    const p = fresh();
    const old = openDatabase(p, { migrateTo: 1 });
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    old
      .prepare(
        `INSERT INTO documents (id, title, text, extractor, ingested_at) VALUES ('d1', 'Old', 'old text', 'x', '2020-01-01')`,
      )
      .run();
    expect(() => old.prepare('SELECT * FROM decisions').all()).toThrow();
    old.close();
    const db = openDatabase(p);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT title FROM documents').pluck().all()).toEqual(['Old']);
    expect(db.prepare('SELECT count(*) FROM decisions').pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a database from a newer dossier, naming the file and the versions', () => {
    const p = fresh();
    const db = openDatabase(p);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    const before = readFileSync(p);
    expect(() => openDatabase(p)).toThrow(InputError);
    expect(() => openDatabase(p)).toThrow(new RegExp(`${p}.*newer dossier.*schema ${LATEST_VERSION + 1}`));
    expect(readFileSync(p).equals(before)).toBe(true);
  });

  it('leaves a foreign text file byte-for-byte untouched', () => {
    const p = fresh();
    writeFileSync(p, 'name,age\nAli,30\n'.repeat(50));
    const before = readFileSync(p);
    expect(() => openDatabase(p)).toThrow(/not a dossier database/);
    expect(readFileSync(p).equals(before)).toBe(true);
    expect(existsSync(`${p}-wal`)).toBe(false);
  });

  it("leaves another program's SQLite database untouched", () => {
    const p = fresh();
    const other = new Database(p);
    other.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    other.close();
    const before = readFileSync(p);
    expect(() => openDatabase(p)).toThrow(/SQLite database but not a dossier one/);
    expect(readFileSync(p).equals(before)).toBe(true);
  });

  it('reports a damaged dossier database clearly and does not modify it', () => {
    const p = fresh();
    const db = openDatabase(p);
    db.exec("INSERT INTO sources (outlet) VALUES ('x')");
    db.close();
    const bytes = readFileSync(p);
    // Keep the header (so it still claims to be ours) and scramble the schema page.
    for (let i = 100; i < Math.min(bytes.length, 4096); i++) bytes[i] = (i * 7) & 0xff;
    writeFileSync(p, bytes);
    expect(() => openDatabase(p)).toThrow(InputError);
    expect(readFileSync(p).equals(bytes)).toBe(true);
  });

  // Found by `npm run crash` (seed 1, ingest kill point 71): SIGKILL while a new store was
  // still in rollback-journal mode left a hot journal, and the read-only look at the file
  // before opening it failed with SQLITE_READONLY_ROLLBACK ("is damaged"), so no re-run could start.
  it('crash seed 1, kill 71: a hot journal left by a killed process is rolled back on the next open', () => {
    const p = fresh();
    const db = openDatabase(p);
    db.exec("INSERT INTO sources (outlet) VALUES ('kept')");
    db.close();
    // A writer in rollback-journal mode, killed mid-transaction after its cache spilled to the file.
    const child = spawnSync(
      process.execPath,
      [
        '-e',
        `const D = require(${JSON.stringify(sqlite)}); const db = new D(${JSON.stringify(p)});
         db.pragma('journal_mode = DELETE'); db.pragma('cache_size = 1');
         db.exec('BEGIN'); const ins = db.prepare('INSERT INTO sources (outlet) VALUES (?)');
         for (let i = 0; i < 2000; i++) ins.run('lost ' + i + ' ' + 'x'.repeat(200));
         process.kill(process.pid, 'SIGKILL');`,
      ],
      { encoding: 'utf8' },
    );
    expect(child.signal).toBe('SIGKILL');
    expect(existsSync(`${p}-journal`)).toBe(true);
    const again = openDatabase(p);
    expect(again.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(again.prepare('SELECT outlet FROM sources').pluck().all()).toEqual(['kept']);
    again.close();
  });

  it('opens an up-to-date database while another process holds its write lock, without waiting for it', async () => {
    const p = fresh();
    openDatabase(p).close();
    // Another ingest mid-document: a write transaction held for 20 s (longer than the test may take).
    const child = spawn(
      process.execPath,
      [
        '-e',
        `const D = require(${JSON.stringify(sqlite)}); const db = new D(${JSON.stringify(p)});
         db.exec('BEGIN IMMEDIATE'); db.exec("INSERT INTO sources (outlet) VALUES ('other')");
         console.log('locked'); setTimeout(() => {}, 20000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((ok) => child.stdout.on('data', () => ok()));
      const t0 = Date.now();
      const db = openDatabase(p);
      const took = Date.now() - t0;
      expect(db.prepare('SELECT count(*) FROM sources').pluck().get()).toBe(0);
      db.close();
      expect(took).toBeLessThan(5000);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
