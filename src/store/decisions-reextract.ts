// `dossier reextract`: the pipeline again over every stored document (after an
// upgrade of dossier), then every standing analyst decision again. Built in a
// copy beside the database and renamed over it at the end, so a crash or kill
// part-way leaves the old database whole; the copy keeps everything that is not
// machine output (decisions, source grades, watch lists).
import { existsSync, renameSync, rmSync } from 'node:fs';
import type { Extraction, SourceDocument } from '../types.js';
import { Decisions } from './decisions.js';
import { type DB, openDatabase } from './open.js';
import type { ReextractResult } from './store.js';
import { Writer } from './write.js';

export type ExtractFn = (src: SourceDocument) => Promise<Extraction>;

/** Machine output, children first so foreign keys hold while it is cleared. */
const MACHINE_TABLES = [
  'candidates',
  'merges',
  'quote_entities',
  'quotes',
  'incident_reports',
  'incidents',
  'fact_tolls',
  'fact_outlets',
  'fact_sources',
  'fact_participants',
  'facts',
  'mentions',
  'entity_keys',
  'entity_names',
  'entities',
  'locations',
  'documents',
];

interface DocRow {
  seq: number;
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  byline: string | null;
  dek: string | null;
  text: string;
  metadata: string;
}

/** What other writers change: documents, locations, decisions, grades. Equal before and after = nobody wrote meanwhile. */
export function fingerprint(db: DB): string {
  return JSON.stringify(
    db
      .prepare(
        `SELECT (SELECT max(seq) FROM documents), (SELECT count(*) FROM documents), (SELECT count(*) FROM locations),
           (SELECT max(id) FROM decisions), (SELECT count(undone_at) FROM decisions), (SELECT count(graded_at) FROM sources)`,
      )
      .raw()
      .get(),
  );
}

function removeDb(path: string): void {
  for (const p of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(p)) rmSync(p);
}

/** Where the documents to re-extract are read from: a table of documents and one of locations. */
interface Source {
  seqs: number[];
  doc(seq: number): DocRow;
  locations(seq: number): string[];
}

function sourceOf(db: DB, documents: string, locations: string): Source {
  const getDoc = db.prepare(`SELECT * FROM ${documents} WHERE seq = ?`);
  const getLocations = db
    .prepare(`SELECT location FROM ${locations} WHERE document_id = ? ORDER BY added_at, location`)
    .pluck();
  return {
    seqs: db.prepare(`SELECT seq FROM ${documents} ORDER BY seq`).pluck().all() as number[],
    doc: (seq) => getDoc.get(seq) as DocRow,
    locations: (seq) => getLocations.all(seq) as string[],
  };
}

/**
 * Writes every document of `from` into `db` (its machine output already cleared),
 * extracting ahead on `extract` and writing in the original order, then re-applies
 * the standing decisions. Each document is one (nested) transaction of `db`.
 */
async function rewrite(
  db: DB,
  from: Source,
  extract: ExtractFn,
  progress: ((done: number, total: number) => void) | undefined,
  started: number,
): Promise<ReextractResult> {
  const seqs = from.seqs;
  const writer = new Writer(db);
  const failed: ReextractResult['failed'] = [];
  const total = seqs.length;
  // Extraction runs ahead on the pool; writes keep the original order, so
  // entities are resolved as they were first met.
  const AHEAD = 16;
  const jobs: Promise<Extraction | Error>[] = [];
  const docs: { row: DocRow; locations: string[] }[] = [];
  const srcs: SourceDocument[] = [];
  const start = (i: number) => {
    const row = from.doc(seqs[i]);
    const locations = from.locations(row.seq);
    const url = locations.find((l) => /^https?:\/\//i.test(l)) ?? null;
    const src: SourceDocument = {
      title: row.title,
      published: row.published,
      url,
      byline: row.byline,
      dek: row.dek,
      text: row.text,
      metadata: JSON.parse(row.metadata),
    };
    docs[i] = { row, locations };
    jobs[i] = extract(src).catch((e: Error) => e);
    srcs[i] = src;
  };
  for (let i = 0; i < Math.min(AHEAD, total); i++) start(i);
  for (let i = 0; i < total; i++) {
    const got = await jobs[i];
    if (i + AHEAD < total) start(i + AHEAD);
    const { row, locations } = docs[i];
    const src = srcs[i];
    delete jobs[i];
    delete docs[i];
    delete srcs[i];
    // A document the new pipeline cannot read is kept (text, search) with nothing extracted, never dropped.
    let ex: Extraction;
    if (got instanceof Error) {
      failed.push({ documentId: row.id, error: got.message });
      ex = {
        schema: 'dossier.extraction/1',
        document: { ...src },
        entities: [],
        quotes: [],
        relations: [],
        events: [],
      };
    } else ex = got;
    db.transaction(() => {
      writer.write(
        {
          id: row.id,
          title: row.title,
          published: row.published,
          outlet: row.outlet,
          byline: row.byline,
          location: locations[0] ?? 'reextract',
        },
        ex,
      );
      for (const l of locations.slice(1)) writer.known(row.id, l);
    }).immediate();
    progress?.(i + 1, total);
  }
  const decisions = db.transaction(() => new Decisions(db).reapplyAll()).immediate() as {
    applied: number;
    notFound: number;
  };
  return {
    documents: total,
    failed,
    decisions,
    seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
  };
}

/**
 * Rebuilds the database at `path` (open as `old`) and returns the result; the
 * caller closes `old` first when told to swap (see `swap`).
 */
export async function rebuild(
  old: DB,
  path: string,
  extract: ExtractFn,
  progress?: (done: number, total: number) => void,
): Promise<{ result: ReextractResult; tmp: string; before: string }> {
  const started = performance.now();
  const tmp = `${path}.reextract`;
  removeDb(tmp);
  old.prepare('VACUUM INTO ?').run(tmp);
  const db = openDatabase(tmp);
  const before = fingerprint(db);
  try {
    db.transaction(() => {
      for (const t of MACHINE_TABLES) db.exec(`DELETE FROM ${t}`);
      // SQLite only: empty the external-content FTS indexes.
      db.exec("INSERT INTO documents_fts(documents_fts) VALUES ('delete-all')");
      db.exec("INSERT INTO quotes_fts(quotes_fts) VALUES ('delete-all')");
    })();
    const result = await rewrite(db, sourceOf(old, 'documents', 'locations'), extract, progress, started);
    db.close();
    return { before, tmp, result };
  } catch (e) {
    if (db.open) db.close();
    removeDb(tmp);
    throw e;
  }
}

/**
 * PostgreSQL: the same rebuild in place, in one transaction. The documents and
 * their locations are first copied to temporary tables (the source), machine
 * output is cleared, every document is written again, the decisions re-applied,
 * and it commits: until then every reader sees the store as it was, and a crash
 * or an error rolls all of it back. Writers of documents, locations, decisions
 * and source grades (ingest, decide, grade) wait for it: the tables are locked
 * against other writers (and other reextracts) from the start.
 */
export async function rebuildInPlace(
  db: DB,
  extract: ExtractFn,
  progress?: (done: number, total: number) => void,
): Promise<ReextractResult> {
  const started = performance.now();
  db.exec('BEGIN');
  try {
    db.exec('LOCK TABLE documents, locations, decisions, sources IN SHARE ROW EXCLUSIVE MODE');
    db.exec('CREATE TEMP TABLE reextract_documents ON COMMIT DROP AS SELECT * FROM documents');
    db.exec('CREATE TEMP TABLE reextract_locations ON COMMIT DROP AS SELECT * FROM locations');
    db.exec('CREATE INDEX ON reextract_documents (seq)');
    db.exec('CREATE INDEX ON reextract_locations (document_id)');
    for (const t of [...MACHINE_TABLES, 'documents_fts', 'quotes_fts']) db.exec(`DELETE FROM ${t}`);
    const result = await rewrite(
      db,
      sourceOf(db, 'reextract_documents', 'reextract_locations'),
      extract,
      progress,
      started,
    );
    db.exec('COMMIT');
    return { ...result, seconds: Number(((performance.now() - started) / 1000).toFixed(2)) };
  } catch (e) {
    try {
      db.exec('ROLLBACK');
    } catch {
      /* the connection is gone: PostgreSQL rolled it back */
    }
    throw e;
  }
}

/** Removes a rebuilt copy that will not be used. */
export function discard(tmp: string): void {
  removeDb(tmp);
}

/** Puts the rebuilt copy in place of the database (both closed). */
export function swap(tmp: string, path: string): void {
  for (const p of [`${path}-wal`, `${path}-shm`]) if (existsSync(p)) rmSync(p);
  renameSync(tmp, path);
}
