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
