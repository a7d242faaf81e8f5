// `dossier watchlist update`: fetch the current UN and OFAC lists and import them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../ingest/errors.js';
import type { Db } from './db.js';
import { importList } from './lists.js';

const DEFAULT_UN_URL = 'https://scsanctions.un.org/resources/xml/en/consolidated.xml';
const DEFAULT_OFAC_URL = 'https://www.treasury.gov/ofac/downloads/sdn.csv';

export interface UpdateSources {
  unUrl?: string;
  /** URL of sdn.csv; alt.csv and add.csv are fetched from beside it */
  ofacUrl?: string;
  timeoutMs?: number;
}

async function download(url: string, timeoutMs: number): Promise<Buffer> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    throw new InputError(url, `cannot fetch (${(e as Error).message})`);
  }
  if (!res.ok) throw new InputError(url, `HTTP ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

function sibling(url: string, file: string): string {
  return new URL(file, url).href;
}

/** Fetches both lists into a temporary folder and imports them as "un" and "ofac". */
export async function updateLists(db: Db, src: UpdateSources = {}) {
  const unUrl = src.unUrl || process.env.DOSSIER_UN_LIST_URL || DEFAULT_UN_URL;
  const ofacUrl = src.ofacUrl || process.env.DOSSIER_OFAC_SDN_URL || DEFAULT_OFAC_URL;
  const timeoutMs = src.timeoutMs ?? 60_000;
  const dir = mkdtempSync(join(tmpdir(), 'dossier-lists-'));
  try {
    const un = join(dir, 'consolidated.xml');
    writeFileSync(un, await download(unUrl, timeoutMs));
    const ofacDir = join(dir, 'ofac');
    mkdirSync(ofacDir);
    writeFileSync(join(ofacDir, 'sdn.csv'), await download(ofacUrl, timeoutMs));
    for (const f of ['alt.csv', 'add.csv']) {
      try {
        writeFileSync(join(ofacDir, f), await download(sibling(ofacUrl, f), timeoutMs));
      } catch {
        // Aliases and addresses improve matching; the list still works without them.
      }
    }
    return [importList(db, un, 'un'), importList(db, join(ofacDir, 'sdn.csv'), 'ofac')];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
