import { resolve } from 'node:path';
import { InputError } from '../ingest/errors.js';

/**
 * --db, else $DOSSIER_DB, else ./dossier.db, for the commands that need a SQLite
 * file. A postgres:// URL here is one clear line: the command has no PostgreSQL
 * backend yet (open-store.ts opens either for those that do).
 */
export function dbPath(flag?: string): string {
  const spec = flag || process.env.DOSSIER_DB || 'dossier.db';
  if (/^postgres(ql)?:\/\//i.test(spec))
    throw new InputError(
      spec.replace(/:\/\/([^:@/]*):[^@/]*@/, '://$1:***@'),
      'this command is not yet available on PostgreSQL; use a SQLite store for it (`dossier db copy` moves a store)',
    );
  return resolve(spec);
}
