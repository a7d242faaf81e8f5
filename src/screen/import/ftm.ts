import { InputError } from '../../ingest/errors.js';
import { countryCodes } from '../countries.js';
import type { ListEntry, ListName, ParsedList } from '../types.js';
import { yearsIn } from './years.js';

const PERSON = new Set(['Person']);
const ORG = new Set(['Organization', 'LegalEntity', 'Company', 'PublicBody']);

interface FtmEntity {
  id?: string;
  schema?: string;
  properties?: Record<string, unknown>;
}

function prop(e: FtmEntity, key: string): string[] {
  const v = e.properties?.[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];
}

/** OpenSanctions FollowTheMoney entities, one JSON object a line; other schemata are skipped. */
export function parseFtm(text: string, source: string): ParsedList {
  const entries: ListEntry[] = [];
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo++;
    if (!line.trim()) continue;
    let e: FtmEntity;
    try {
      e = JSON.parse(line) as FtmEntity;
    } catch {
      throw new InputError(source, `line ${lineNo} is not JSON`);
    }
    const type = PERSON.has(e.schema ?? '') ? 'person' : ORG.has(e.schema ?? '') ? 'organization' : undefined;
    const primary = prop(e, 'name');
    if (!type || !e.id || primary.length === 0) continue;
    const names: ListName[] = [{ name: primary[0], kind: 'primary' }];
    const seen = new Set([primary[0]]);
    const add = (n: string, quality?: string) => {
      if (seen.has(n)) return;
      seen.add(n);
      names.push(quality ? { name: n, kind: 'alias', quality } : { name: n, kind: 'alias' });
    };
    for (const n of primary.slice(1)) add(n);
    for (const n of prop(e, 'alias')) add(n);
    for (const n of prop(e, 'previousName')) add(n);
    for (const n of prop(e, 'weakAlias')) add(n, 'weak');
    entries.push({
      list: '',
      id: e.id,
      type,
      names,
      birthYears: yearsIn(prop(e, 'birthDate').join(' ')),
      countries: countryCodes([...prop(e, 'nationality'), ...prop(e, 'citizenship'), ...prop(e, 'country')]),
    });
  }
  return { format: 'ftm-jsonl', defaultName: 'opensanctions', entries };
}
