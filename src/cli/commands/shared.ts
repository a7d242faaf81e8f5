// What the command groups share.

/** Takes the exit code of the command that ran. */
export type Done = (code: number) => void;

export const DB_HELP = 'the database: a file, or a postgres:// URL (default: $DOSSIER_DB, else ./dossier.db)';
