// Watch lists in the dossier SQLite file, in screen_-prefixed tables with their
// own schema version so they sit beside the knowledge store's tables.
// On PostgreSQL the same tables live in the store's database (a postgres:// --db),
// through the store's SQLite-shaped handle (src/store/pg/database.ts).
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { PgDatabase } from '../store/pg/database.js';
import { ddlToPg } from '../store/pg/dialect.js';
import { isPostgresUrl, PgStore } from '../store/pg/store.js';
import type { ListEntry } from './types.js';

export type Db = Database.Database;

const SCHEMA_VERSION = 1;

/** --db, else $DOSSIER_DB, else ./dossier.db (the store's convention). */
export function dbPath(flag?: string): string {
  return flag || process.env.DOSSIER_DB || './dossier.db';
}

/** A SQLite file, or a postgres:// URL (a dossier database: its schema is brought up to date first). */
export function openDb(path: string): Db {
  if (isPostgresUrl(path)) {
    const db = PgStore.open(path).db;
    ensureScreenTables(db);
    return db;
  }
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  ensureScreenTables(db);
  return db;
}

/** The screen_ tables, created (or brought up to date) on either backend's handle. */
export function ensureScreenTables(db: Db): void {
  const pg = (db as unknown) instanceof PgDatabase;
  const exec = (sql: string) => db.exec(pg ? ddlToPg(sql) : sql);
  exec('CREATE TABLE IF NOT EXISTS screen_schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT version FROM screen_schema_version').get() as
    | { version: number }
    | undefined;
  if (row && row.version >= SCHEMA_VERSION) return;
  exec(`
    CREATE TABLE IF NOT EXISTS screen_lists (
      name TEXT PRIMARY KEY,
      format TEXT NOT NULL,
      source TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      generated TEXT,
      record_count INTEGER NOT NULL,
      version INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS screen_list_versions (
      list TEXT NOT NULL,
      version INTEGER NOT NULL,
      source TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      record_count INTEGER NOT NULL,
      added INTEGER NOT NULL,
      removed INTEGER NOT NULL,
      changed INTEGER NOT NULL,
      PRIMARY KEY (list, version)
    );
    CREATE TABLE IF NOT EXISTS screen_entries (
      list TEXT NOT NULL,
      id TEXT NOT NULL,
      type TEXT NOT NULL,
      data TEXT NOT NULL,
      hash TEXT NOT NULL,
      PRIMARY KEY (list, id)
    );
  `);
  db.prepare('DELETE FROM screen_schema_version').run();
  db.prepare('INSERT INTO screen_schema_version (version) VALUES (?)').run(SCHEMA_VERSION);
}

export interface ImportReport {
  list: string;
  version: number;
  records: number;
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

function entryData(e: ListEntry): string {
  return JSON.stringify({ names: e.names, birthYears: e.birthYears, countries: e.countries });
}

/** Replaces a list's entries with a new version in one transaction and reports the difference. */
export function saveList(
  db: Db,
  list: string,
  entries: ListEntry[],
  meta: { format: string; source: string; generated?: string },
): ImportReport {
  const now = new Date().toISOString();
  return db.transaction(() => {
    const old = new Map<string, string>();
    for (const r of db.prepare('SELECT id, hash FROM screen_entries WHERE list = ?').all(list) as {
      id: string;
      hash: string;
    }[])
      old.set(r.id, r.hash);
    const prev = db.prepare('SELECT version FROM screen_lists WHERE name = ?').get(list) as
      | { version: number }
      | undefined;
    const version = (prev?.version ?? 0) + 1;
    const upsert = db.prepare(
      'INSERT INTO screen_entries (list, id, type, data, hash) VALUES (?, ?, ?, ?, ?) ' +
        'ON CONFLICT (list, id) DO UPDATE SET type = excluded.type, data = excluded.data, hash = excluded.hash',
    );
    let added = 0;
    let changed = 0;
    let unchanged = 0;
    const seen = new Set<string>();
    for (const e of entries) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      const data = entryData(e);
      const hash = createHash('sha1').update(e.type).update(data).digest('hex');
      const before = old.get(e.id);
      if (before === undefined) added++;
      else if (before !== hash) changed++;
      else {
        unchanged++;
        continue;
      }
      upsert.run(list, e.id, e.type, data, hash);
    }
    const del = db.prepare('DELETE FROM screen_entries WHERE list = ? AND id = ?');
    let removed = 0;
    for (const id of old.keys()) {
      if (!seen.has(id)) {
        del.run(list, id);
        removed++;
      }
    }
    db.prepare(
      'INSERT INTO screen_lists (name, format, source, imported_at, generated, record_count, version) VALUES (?, ?, ?, ?, ?, ?, ?) ' +
        'ON CONFLICT (name) DO UPDATE SET format = excluded.format, source = excluded.source, imported_at = excluded.imported_at, ' +
        'generated = excluded.generated, record_count = excluded.record_count, version = excluded.version',
    ).run(list, meta.format, meta.source, now, meta.generated ?? null, seen.size, version);
    db.prepare(
      'INSERT INTO screen_list_versions (list, version, source, imported_at, record_count, added, removed, changed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(list, version, meta.source, now, seen.size, added, removed, changed);
    return { list, version, records: seen.size, added, removed, changed, unchanged };
  })();
}

export interface ListInfo {
  name: string;
  format: string;
  source: string;
  importedAt: string;
  generated: string | null;
  records: number;
  version: number;
}

export function listLists(db: Db): ListInfo[] {
  return (
    db
      .prepare(
        'SELECT name, format, source, imported_at, generated, record_count, version FROM screen_lists ORDER BY name',
      )
      .all() as {
      name: string;
      format: string;
      source: string;
      imported_at: string;
      generated: string | null;
      record_count: number;
      version: number;
    }[]
  ).map((r) => ({
    name: r.name,
    format: r.format,
    source: r.source,
    importedAt: r.imported_at,
    generated: r.generated,
    records: r.record_count,
    version: r.version,
  }));
}

/** Every entry of the given lists (all lists when none are named). */
export function loadEntries(db: Db, lists?: string[]): ListEntry[] {
  const rows = db.prepare('SELECT list, id, type, data FROM screen_entries ORDER BY list, rowid').all() as {
    list: string;
    id: string;
    type: ListEntry['type'];
    data: string;
  }[];
  const out: ListEntry[] = [];
  for (const r of rows) {
    if (lists && lists.length > 0 && !lists.includes(r.list)) continue;
    const d = JSON.parse(r.data) as Pick<ListEntry, 'names' | 'birthYears' | 'countries'>;
    out.push({ list: r.list, id: r.id, type: r.type, ...d });
  }
  return out;
}
