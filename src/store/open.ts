// Opening a database file safely: a foreign or corrupt file is refused before
// anything is written to it; a database from an older dossier is migrated in
// one transaction; one from a newer dossier is refused.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { InputError } from '../ingest/errors.js';
import { APPLICATION_ID, LATEST_VERSION, MIGRATIONS } from './sql/schema.js';

const SQLITE_MAGIC = 'SQLite format 3\0';
/** How long a writer waits for another process's write transaction before giving up. */
const BUSY_TIMEOUT_MS = 30_000;

export type DB = Database.Database;

function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(100);
    const n = readSync(fd, buf, 0, 100, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Looks at the file without writing: throws InputError unless it is empty, or a dossier database we can open. */
function checkFile(path: string): void {
  if (!existsSync(path)) return;
  const st = statSync(path);
  if (st.isDirectory()) throw new InputError(path, 'is a directory, not a database file');
  if (st.size === 0) return;
  const header = readHeader(path);
  if (header.length < 100 || header.subarray(0, 16).toString('latin1') !== SQLITE_MAGIC)
    throw new InputError(path, 'is not a dossier database (not an SQLite file); refusing to touch it');
  // application_id and user_version live in the header, but in WAL mode the
  // current values may still sit in the -wal file, so ask SQLite, read-only.
  let ro: DB | undefined;
  let appId = 0;
  let version = 0;
  let tables = 0;
  const look = (readonly: boolean) => {
    ro?.close();
    ro = new Database(path, { readonly, fileMustExist: true });
    ro.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // One statement, so one snapshot: read one after another, another process creating the
    // schema could commit in between (application_id still 0, tables already there) and a
    // fresh dossier file would be refused as foreign (two ingests starting at once did).
    const row = ro
      .prepare(
        `SELECT (SELECT application_id FROM pragma_application_id()) AS a,
                (SELECT user_version FROM pragma_user_version()) AS v,
                (SELECT count(*) FROM sqlite_master) AS n`,
      )
      .get() as { a: number; v: number; n: number };
    appId = row.a;
    version = row.v;
    tables = row.n;
  };
  try {
    try {
      withRetry(() => look(true));
    } catch (e) {
      // A process killed mid-transaction in rollback-journal mode (a new file, before WAL is
      // set) leaves a hot journal that only a writer may roll back: SQLite's own recovery,
      // which puts back the last committed state. (Crash harness, seed 1, kill point 71.)
      if ((e as { code?: string }).code !== 'SQLITE_READONLY_ROLLBACK') throw e;
      look(false);
    }
  } catch (e) {
    throw new InputError(path, `is damaged and cannot be read (${(e as Error).message})`);
  } finally {
    ro?.close();
  }
  if (appId !== APPLICATION_ID) {
    if (appId !== 0 || version !== 0 || tables !== 0)
      throw new InputError(path, 'is an SQLite database but not a dossier one; refusing to touch it');
    return;
  }
  if (version > LATEST_VERSION)
    throw new InputError(
      path,
      `was written by a newer dossier (schema ${version}; this one knows up to ${LATEST_VERSION}); upgrade dossier to open it`,
    );
}

/** Applies the migrations above the database's version (all of them, or up to `upTo` for tests). */
function migrate(db: DB, upTo: number = LATEST_VERSION): number {
  const run = db.transaction(() => {
    db.exec(
      'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, what TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const row = db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null };
    const current = row.v ?? 0;
    if (current > LATEST_VERSION) return current;
    for (const m of MIGRATIONS) {
      if (m.version <= current || m.version > upTo) continue;
      db.exec(m.sql);
      if (m.sqlite) db.exec(m.sqlite);
      db.prepare('INSERT INTO schema_version (version, what, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.what,
        new Date().toISOString(),
      );
    }
    const v = Math.max(current, Math.min(upTo, LATEST_VERSION));
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${v}`);
    return v;
  });
  // IMMEDIATE: two processes opening a fresh file at once must not both create the schema.
  return run.immediate();
}

export interface OpenOptions {
  readonly?: boolean;
  /** for tests: stop migrating at this version */
  migrateTo?: number;
}

/** Opens (creating or migrating as needed) a dossier database. User-facing problems are InputErrors naming the file. */
export function openDatabase(path: string, opts: OpenOptions = {}): DB {
  checkFile(path);
  if (opts.readonly && !existsSync(path))
    throw new InputError(path, 'no such database; ingest something first');
  let db: DB;
  try {
    db = new Database(path, { readonly: opts.readonly === true });
  } catch (e) {
    throw new InputError(path, `cannot open the database (${(e as Error).message})`);
  }
  try {
    withRetry(() => configure(db, path, opts));
  } catch (e) {
    db.close();
    if (e instanceof InputError) throw e;
    throw new InputError(path, `cannot open the database (${(e as Error).message})`);
  }
  return db;
}

/** A lock another process holds: worth waiting for. */
function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/**
 * Runs f, retrying it while another process holds a lock. busy_timeout covers most
 * waits, but SQLite answers SQLITE_BUSY at once, without calling the busy handler,
 * in a few places another process's open can hit: switching a new file to WAL while
 * the other process creates the schema, or reading a WAL index that it is rebuilding.
 * Those are retried with back-off until BUSY_TIMEOUT_MS has passed.
 */
function withRetry(f: () => void): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let attempt = 0; ; attempt++) {
    try {
      f();
      return;
    } catch (e) {
      if (!isBusy(e) || Date.now() >= deadline) throw e;
      Atomics.wait(pause, 0, 0, Math.min(200, 5 * 2 ** attempt));
    }
  }
}

/** Pragmas and migrations for a freshly opened connection. */
function configure(db: DB, path: string, opts: OpenOptions): void {
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // 64 MiB of page cache (default 2 MiB): a hub's profile touches thousands of pages.
  db.pragma('cache_size = -65536');
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL: a crash (kill -9) loses nothing committed; only power loss can drop the last commits.
    db.pragma('synchronous = NORMAL');
    // Checkpoint every ~40 MB of WAL instead of 4 MB: pages rewritten by many
    // documents (FTS index, entity rows) are copied back once, not ten times.
    db.pragma('wal_autocheckpoint = 10000');
    db.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
  }
  db.pragma('foreign_keys = ON');
  if (!opts.readonly) {
    // An up-to-date database needs no write lock to open: another process may be
    // ingesting into it, one write transaction after another, for minutes.
    const upToDate =
      opts.migrateTo === undefined &&
      db.pragma('application_id', { simple: true }) === APPLICATION_ID &&
      db.pragma('user_version', { simple: true }) === LATEST_VERSION;
    if (!upToDate) migrate(db, opts.migrateTo);
  } else {
    const v = db.pragma('user_version', { simple: true }) as number;
    if (v < LATEST_VERSION)
      throw new InputError(
        path,
        `needs migrating (schema ${v} < ${LATEST_VERSION}); run any writing command first`,
      );
  }
}

/**
 * Runs a write whose result nobody reads. On PostgreSQL, in a transaction, it is
 * queued and goes to the server with the next statement that needs an answer (or the
 * COMMIT), in one round trip; on SQLite it runs at once.
 */
export function put(s: Database.Statement, ...args: unknown[]): void {
  const later = (s as unknown as { defer?: (...a: unknown[]) => void }).defer;
  if (later) later.apply(s, args);
  else s.run(...args);
}

/**
 * all() of several statements: on PostgreSQL in one round trip (PgDatabase.allOf),
 * on SQLite one after another.
 */
export function allOf(db: DB, list: [Database.Statement, unknown[]][]): unknown[][] {
  const many = (db as unknown as { allOf?: (l: [Database.Statement, unknown[]][]) => unknown[][] }).allOf;
  if (many) return many.call(db, list);
  return list.map(([s, args]) => s.all(...args));
}
