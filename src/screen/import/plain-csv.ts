import { InputError } from '../../ingest/errors.js';
import { countryCodes } from '../countries.js';
import type { ListEntry, ListName, ParsedList } from '../types.js';
import { parseCsv } from './csv.js';
import { yearsIn } from './years.js';

const COLUMNS = ['name', 'aliases', 'type', 'id', 'birth_date', 'country'] as const;

/** Plain CSV with a header naming at least `name`; aliases are ";"-separated, type person|organization. */
export function parsePlainCsv(text: string, source: string): ParsedList {
  const rows = parseCsv(text, source);
  if (rows.length === 0) throw new InputError(source, 'empty CSV file');
  const header = rows[0].map((h) => h.trim().toLowerCase());
  const col = Object.fromEntries(COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<
    (typeof COLUMNS)[number],
    number
  >;
  if (col.name < 0)
    throw new InputError(source, `CSV header has no "name" column (expected ${COLUMNS.join(',')})`);
  const entries: ListEntry[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    const get = (k: (typeof COLUMNS)[number]) => (col[k] >= 0 ? (row[col[k]] ?? '').trim() : '');
    const name = get('name');
    if (!name) continue;
    const names: ListName[] = [{ name, kind: 'primary' }];
    for (const a of get('aliases').split(';')) if (a.trim()) names.push({ name: a.trim(), kind: 'alias' });
    const type = /^(org|organi[sz]ation|entity|company|group|legalentity)$/i.test(get('type'))
      ? 'organization'
      : 'person';
    entries.push({
      list: '',
      id: get('id') || String(r),
      type,
      names,
      birthYears: yearsIn(get('birth_date')),
      countries: countryCodes([get('country')]),
    });
  }
  return { format: 'csv', defaultName: 'csv', entries };
}
