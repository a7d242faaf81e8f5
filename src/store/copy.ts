// `dossier db copy FROM TO`: a whole store from one backend to the other (or the
// same), decisions, feeds, alert rules and watch lists included, in one transaction on the
// target. Rows keep their ids and keys; the full-text index is rebuilt from them.
import { existsSync } from 'node:fs';
import { InputError } from '../ingest/errors.js';
import { type Db, ensureScreenTables } from '../screen/db.js';
import type { DB } from './open.js';
import { openStore, storeSpec } from './open-store.js';
import { isPostgresUrl, PgStore } from './pg/store.js';
import type { Store } from './store.js';

/** Every table of the schema, parents before children. */
const TABLES = [
  'sources',
  'documents',
  'locations',
  'entities',
  'entity_names',
  'entity_keys',
  'mentions',
  'facts',
  'fact_participants',
  'fact_sources',
  'fact_outlets',
  'fact_tolls',
  'quotes',
  'quote_entities',
  'merges',
  'candidates',
  'decisions',
  'incidents',
  'incident_reports',
  'feeds',
  'feed_items',
  'alert_rules',
  'alerts',
];

/** The watch lists' tables (screen/db.ts), copied when the source has them. */
const SCREEN_TABLES = ['screen_schema_version', 'screen_lists', 'screen_list_versions', 'screen_entries'];

/** Integer keys PostgreSQL hands out from a sequence: moved past the copied ids. */
const IDENTITY: Record<string, string> = {
  documents: 'seq',
  quotes: 'seq',
  decisions: 'id',
  feeds: 'id',
  alert_rules: 'id',
  alerts: 'id',
};

const BATCH = 200;

const hasTable = (db: DB, t: string) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(t) !== undefined;

const handleOf = (s: Store): DB => s.sqlDb;

export interface CopyResult {
  from: string;
  to: string;
  rows: Record<string, number>;
  seconds: number;
}

export async function copyStore(fromSpec: string, toSpec: string): Promise<CopyResult> {
  const started = performance.now();
  if (!isPostgresUrl(fromSpec) && !existsSync(fromSpec))
    throw new InputError(fromSpec, 'no such store to copy from');
  if (storeSpec(fromSpec) === storeSpec(toSpec)) throw new InputError(toSpec, 'is the store being copied');
  const from = openStore(fromSpec, { readonly: true });
  let to: Store | undefined;
  try {
    to = openStore(toSpec);
    const listed = (db: DB) =>
      hasTable(db, 'screen_lists') &&
      Number(db.prepare('SELECT count(*) FROM screen_lists').pluck().get()) > 0;
    if ((await to.counts()).documents > 0 || (await to.listDecisions()).length > 0 || listed(handleOf(to)))
      throw new InputError(to.path, 'is not empty; copy into a new database or file');
    const src = handleOf(from);
    const dst = handleOf(to);
    const rows: Record<string, number> = {};
    const toPg = to instanceof PgStore;
    const screen = SCREEN_TABLES.every((t) => hasTable(src, t));
    dst.transaction(() => {
      if (screen) {
        ensureScreenTables(dst as unknown as Db);
        dst.exec('DELETE FROM screen_schema_version');
      }
      for (const table of screen ? [...TABLES, ...SCREEN_TABLES] : TABLES) {
        const order = table === 'incident_reports' || table === 'screen_entries' ? ' ORDER BY rowid' : '';
        const all = src.prepare(`SELECT * FROM ${table}${order}`).all() as Record<string, unknown>[];
        rows[table] = all.length;
        if (!all.length) continue;
        const cols = Object.keys(all[0]).filter((c) => c !== 'rowid');
        for (let i = 0; i < all.length; i += BATCH) {
          const chunk = all.slice(i, i + BATCH);
          const one = `(${cols.map(() => '?').join(', ')})`;
          dst
            .prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES ${chunk.map(() => one).join(', ')}`)
            .run(chunk.flatMap((r) => cols.map((c) => r[c])));
        }
        if (toPg && IDENTITY[table])
          dst
            .prepare(
              `SELECT setval(pg_get_serial_sequence('${table}', '${IDENTITY[table]}'), (SELECT max(${IDENTITY[table]}) FROM ${table}))`,
            )
            .get();
      }
      if (toPg) {
        const pg = (to as PgStore).sqlDb;
        pg.exec(
          `INSERT INTO documents_fts (rowid, tsv) SELECT seq, to_tsvector('simple', unaccent(coalesce(title, '') || ' ' || text)) FROM documents`,
        );
        pg.exec(
          `INSERT INTO quotes_fts (rowid, tsv) SELECT seq, to_tsvector('simple', unaccent(text)) FROM quotes`,
        );
      } else {
        dst.exec("INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')");
        dst.exec("INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild')");
      }
    })();
    return { from: from.path, to: to.path, rows, seconds: (performance.now() - started) / 1000 };
  } finally {
    await from.close();
    await to?.close();
  }
}
