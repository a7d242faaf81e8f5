import { resolve } from 'node:path';

/** --db, else $DOSSIER_DB, else ./dossier.db. */
export function dbPath(flag?: string): string {
  return resolve(flag || process.env.DOSSIER_DB || 'dossier.db');
}
