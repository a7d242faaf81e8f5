import { InputError } from '../ingest/errors.js';
import { type Db, dbPath, listLists, openDb } from '../screen/db.js';
import { importList } from '../screen/lists.js';
import { updateLists } from '../screen/update.js';

export interface WatchlistOptions {
  db?: string;
  name?: string;
  json?: boolean;
  unUrl?: string;
  ofacUrl?: string;
}

function fail(e: unknown): number {
  if (!(e instanceof InputError)) throw e;
  process.stderr.write(`dossier watchlist: ${e.message}\n`);
  return 1;
}

function reportLine(r: {
  list: string;
  version: number;
  records: number;
  added: number;
  removed: number;
  changed: number;
}) {
  return `${r.list}: version ${r.version}, ${r.records} entries (${r.added} added, ${r.removed} removed, ${r.changed} changed)\n`;
}

/** `dossier watchlist import FILE [--name NAME]` */
export function runWatchlistImport(file: string, opts: WatchlistOptions): number {
  try {
    const db = openDb(dbPath(opts.db));
    try {
      const r = importList(db, file, opts.name);
      process.stdout.write(opts.json ? `${JSON.stringify(r)}\n` : reportLine(r));
    } finally {
      db.close();
    }
    return 0;
  } catch (e) {
    return fail(e);
  }
}

/** `dossier watchlist list` */
export function runWatchlistList(opts: WatchlistOptions): number {
  let db: Db;
  try {
    db = openDb(dbPath(opts.db));
  } catch (e) {
    return fail(e);
  }
  try {
    const lists = listLists(db);
    if (opts.json) {
      process.stdout.write(`${JSON.stringify(lists)}\n`);
      return 0;
    }
    if (lists.length === 0) {
      process.stdout.write(
        'no watch lists yet (dossier watchlist import FILE, or dossier screen imports OFAC)\n',
      );
      return 0;
    }
    for (const l of lists) {
      process.stdout.write(
        `${l.name}\tversion ${l.version}\t${l.records} entries\t${l.format}\timported ${l.importedAt}` +
          `${l.generated ? `\tlist dated ${l.generated}` : ''}\t${l.source}\n`,
      );
    }
    return 0;
  } finally {
    db.close();
  }
}

/** `dossier watchlist update` */
export async function runWatchlistUpdate(opts: WatchlistOptions): Promise<number> {
  try {
    const db = openDb(dbPath(opts.db));
    try {
      const reports = await updateLists(db, { unUrl: opts.unUrl, ofacUrl: opts.ofacUrl });
      for (const r of reports) process.stdout.write(opts.json ? `${JSON.stringify(r)}\n` : reportLine(r));
    } finally {
      db.close();
    }
    return 0;
  } catch (e) {
    return fail(e);
  }
}
