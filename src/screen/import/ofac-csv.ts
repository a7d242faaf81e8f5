import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MAX_LIST_BYTES } from '../../ingest/limits.js';
import { readFileBytesSync } from '../../ingest/sources.js';
import { countryCodes } from '../countries.js';
import type { ListEntry, ListName, ParsedList } from '../types.js';
import { parseCsv } from './csv.js';
import { yearsIn } from './years.js';

const NULL = '-0-';

function cell(v: string | undefined): string {
  const t = (v ?? '').trim();
  return t === NULL ? '' : t;
}

/** "AL ZAWAHIRI, Dr. Ayman" → "Dr. Ayman AL ZAWAHIRI": the order names are written in news text. */
function ofacPersonName(name: string): string {
  const m = /^([^,]+),\s*([^,]+)$/.exec(name);
  return m ? `${m[2].trim()} ${m[1].trim()}` : name;
}

// OFAC's legacy files end with a Ctrl-Z byte and are Latin-1.
function readLegacy(path: string): string {
  return readFileBytesSync(path, path, MAX_LIST_BYTES).toString('latin1').replace(/\x1a/g, '');
}

/**
 * OFAC SDN legacy CSV (no header; ent_num, SDN_Name, SDN_Type, Program, …, Remarks),
 * with alt.csv (aliases) and add.csv (addresses, for countries) read from the
 * same folder when present. Vessels and aircraft are left out: only people and
 * organisations are screened.
 */
export function parseOfacCsv(text: string, path: string): ParsedList {
  const dir = dirname(path);
  const alt = join(dir, 'alt.csv');
  const add = join(dir, 'add.csv');
  return parseOfacCsvText(
    text.replace(/\x1a/g, ''),
    existsSync(alt) ? readLegacy(alt) : '',
    existsSync(add) ? readLegacy(add) : '',
    { sdn: path, alt, add },
  );
}

function parseOfacCsvText(
  sdn: string,
  alt: string,
  add: string,
  /** file names for errors: a malformed row names the file it is in */
  files: { sdn: string; alt: string; add: string } = { sdn: 'sdn.csv', alt: 'alt.csv', add: 'add.csv' },
): ParsedList {
  const byId = new Map<string, ListEntry>();
  const entries: ListEntry[] = [];
  for (const r of parseCsv(sdn, files.sdn)) {
    const id = cell(r[0]);
    const rawName = cell(r[1]);
    const sdnType = cell(r[2]).toLowerCase();
    if (!/^\d+$/.test(id) || !rawName || sdnType === 'vessel' || sdnType === 'aircraft') continue;
    const type = sdnType === 'individual' ? 'person' : 'organization';
    const remarks = cell(r[11]);
    const names: ListName[] = [
      { name: type === 'person' ? ofacPersonName(rawName) : rawName, kind: 'primary' },
    ];
    // Remarks carry OFAC's weak aliases ("a.k.a. 'JUD'").
    for (const m of remarks.matchAll(/\b[afn]\.k\.a\.,?\s*'([^']+)'/gi)) {
      const alias = m[1].trim();
      names.push({ name: type === 'person' ? ofacPersonName(alias) : alias, kind: 'alias', quality: 'weak' });
    }
    const birth = [...remarks.matchAll(/\bDOB ([^;]+)/g)].map((m) => m[1]).join(' ');
    const countryWords = [...remarks.matchAll(/\b(?:nationality|citizen) ([^;.]+)/gi)].map((m) => m[1]);
    const e: ListEntry = {
      list: '',
      id,
      type,
      names,
      birthYears: yearsIn(birth),
      countries: countryCodes(countryWords),
    };
    byId.set(id, e);
    entries.push(e);
  }
  for (const r of parseCsv(alt, files.alt)) {
    const e = byId.get(cell(r[0]));
    const name = cell(r[3]);
    if (!e || !name) continue;
    const kind = cell(r[2]).toLowerCase();
    const listed = e.type === 'person' ? ofacPersonName(name) : name;
    if (!e.names.some((n) => n.name === listed))
      e.names.push({ name: listed, kind: 'alias', quality: kind || 'aka' });
  }
  for (const r of parseCsv(add, files.add)) {
    const e = byId.get(cell(r[0]));
    const country = cell(r[4]);
    if (!e || !country) continue;
    for (const c of countryCodes([country])) if (!e.countries.includes(c)) e.countries.push(c);
  }
  return { format: 'ofac-csv', defaultName: 'ofac', entries };
}
