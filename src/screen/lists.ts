import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Db, type ImportReport, listLists, saveList } from './db.js';
import { readListFile } from './import/index.js';

/** Parses a list file and stores it under `name` (else the format's default name). */
export function importList(db: Db, path: string, name?: string): ImportReport & { format: string } {
  const parsed = readListFile(path);
  const list = name || parsed.defaultName;
  for (const e of parsed.entries) e.list = list;
  const report = saveList(db, list, parsed.entries, {
    format: parsed.format,
    source: resolve(path),
    generated: parsed.generated,
  });
  return { ...report, format: parsed.format };
}

/** The OFAC SDN list shipped in the repository (data/watchlists/ofac). */
function shippedOfac(): string | undefined {
  for (const rel of ['../../data/watchlists/ofac/sdn.csv', '../../../data/watchlists/ofac/sdn.csv']) {
    const p = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(p)) return p;
  }
  return undefined;
}

/** Imports the shipped OFAC list into a database that has no lists yet; returns the report when it did. */
export function ensureDefaultLists(db: Db): (ImportReport & { format: string }) | undefined {
  if (listLists(db).length > 0) return undefined;
  const p = shippedOfac();
  if (!p) return undefined;
  return importList(db, p, 'ofac');
}
