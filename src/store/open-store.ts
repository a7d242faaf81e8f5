// Choosing the backend: a postgres:// (or postgresql://) URL in --db or
// $DOSSIER_DB opens PostgreSQL, anything else is a SQLite file (db-path.ts).
import { dbPath } from './db-path.js';
import type { OpenOptions } from './open.js';
import { isPostgresUrl, PgStore } from './pg/store.js';
import { SqliteStore } from './sqlite.js';
import type { Store } from './store.js';

/** --db, else $DOSSIER_DB, unresolved: a URL or a path. */
export function storeSpec(flag?: string): string {
  return flag || process.env.DOSSIER_DB || 'dossier.db';
}

export function openStore(flag?: string, opts: OpenOptions = {}): Store {
  const spec = storeSpec(flag);
  if (isPostgresUrl(spec)) return PgStore.open(spec);
  return SqliteStore.open(dbPath(spec), opts);
}
