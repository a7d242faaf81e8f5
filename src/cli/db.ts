// `dossier db init [URL]`: create a store (SQLite file or PostgreSQL database)
// and bring its schema up to date.
import { InputError } from '../ingest/errors.js';
import { openStore } from '../store/open-store.js';
import { LATEST_VERSION } from '../store/sql/schema.js';

export async function runDbInit(target: string | undefined, opts: { db?: string }): Promise<number> {
  try {
    const store = openStore(target ?? opts.db);
    try {
      const counts = await store.counts();
      process.stdout.write(
        `${store.path}: ${store.backend} store at schema ${LATEST_VERSION}, ${counts.documents} document${counts.documents === 1 ? '' : 's'}\n`,
      );
    } finally {
      await store.close();
    }
    return 0;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`dossier db init: ${e.message}\n`);
    return 1;
  }
}

/** `dossier db copy FROM TO`: the whole store into an empty one, SQLite ↔ PostgreSQL. */
export async function runDbCopy(from: string, to: string): Promise<number> {
  try {
    const { copyStore } = await import('../store/copy.js');
    const r = await copyStore(from, to);
    const total = Object.values(r.rows).reduce((a, b) => a + b, 0);
    process.stdout.write(
      `${r.from} → ${r.to}: ${r.rows.documents} documents, ${r.rows.entities} entities, ${r.rows.facts} facts, ${r.rows.decisions} decisions${r.rows.screen_lists ? `, ${r.rows.screen_lists} watch lists` : ''}; ${total} rows in ${r.seconds.toFixed(1)} s\n`,
    );
    return 0;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`dossier db copy: ${e.message}\n`);
    return 1;
  }
}
