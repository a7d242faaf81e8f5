import { XMLParser } from 'fast-xml-parser';
import { InputError } from '../../ingest/errors.js';
import { countryCodes } from '../countries.js';
import type { ListEntry, ListName, ParsedList } from '../types.js';
import { parseListXml } from './xml.js';
import { yearsIn } from './years.js';

// Elements that repeat in the UN schema; forcing them to arrays saves a
// one-vs-many check at every use.
const ARRAYS = new Set([
  'INDIVIDUAL',
  'ENTITY',
  'INDIVIDUAL_ALIAS',
  'ENTITY_ALIAS',
  'VALUE',
  'INDIVIDUAL_DATE_OF_BIRTH',
  'INDIVIDUAL_PLACE_OF_BIRTH',
  'ENTITY_ADDRESS',
  'INDIVIDUAL_ADDRESS',
  'NAME_ORIGINAL_SCRIPT',
]);

type Node = Record<string, unknown>;

function str(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') return str((v as Node)['#text']);
  return String(v).trim();
}

function list(v: unknown): Node[] {
  if (v === undefined || v === null || v === '') return [];
  return (Array.isArray(v) ? v : [v]).filter((x): x is Node => typeof x === 'object' && x !== null);
}

function values(v: unknown): string[] {
  const out: string[] = [];
  for (const n of list(v))
    for (const x of (n.VALUE as unknown[] | undefined) ?? []) if (str(x)) out.push(str(x));
  return out;
}

/** UN Security Council Consolidated List XML (`CONSOLIDATED_LIST/INDIVIDUALS|ENTITIES`). */
export function parseUnXml(text: string, source: string): ParsedList {
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    trimValues: true,
    isArray: (name) => ARRAYS.has(name),
  });
  const doc = parseListXml(text, source, parser) as Node;
  const root = doc.CONSOLIDATED_LIST as Node | undefined;
  if (!root || typeof root !== 'object') throw new InputError(source, 'no CONSOLIDATED_LIST element');
  const entries: ListEntry[] = [];
  for (const ind of list((root.INDIVIDUALS as Node | undefined)?.INDIVIDUAL)) {
    const e = entry(ind, 'person');
    if (e) entries.push(e);
  }
  for (const ent of list((root.ENTITIES as Node | undefined)?.ENTITY)) {
    const e = entry(ent, 'organization');
    if (e) entries.push(e);
  }
  return {
    format: 'un-xml',
    defaultName: 'un',
    entries,
    generated: str(root['@_dateGenerated']) || undefined,
  };
}

function entry(n: Node, type: ListEntry['type']): ListEntry | undefined {
  const id = str(n.REFERENCE_NUMBER) || str(n.DATAID);
  const primary = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME']
    .map((k) => str(n[k]))
    .filter((s) => s.length > 0)
    .join(' ');
  if (!id || !primary) return undefined;
  const names: ListName[] = [{ name: primary, kind: 'primary' }];
  const seen = new Set([primary.toLowerCase()]);
  const add = (name: string, kind: ListName['kind'], quality?: string) => {
    const key = name.toLowerCase();
    if (!name || seen.has(key)) return;
    seen.add(key);
    names.push(quality ? { name, kind, quality } : { name, kind });
  };
  for (const o of (n.NAME_ORIGINAL_SCRIPT as unknown[] | undefined) ?? []) add(str(o), 'original-script');
  for (const a of list(type === 'person' ? n.INDIVIDUAL_ALIAS : n.ENTITY_ALIAS)) {
    const quality = str(a.QUALITY) || undefined;
    // One ALIAS_NAME sometimes holds several spellings separated by ";".
    for (const part of str(a.ALIAS_NAME).split(';')) add(part.trim(), 'alias', quality);
  }
  const birthYears = new Set<number>();
  for (const d of list(n.INDIVIDUAL_DATE_OF_BIRTH)) {
    for (const k of ['YEAR', 'DATE', 'FROM_YEAR', 'TO_YEAR'])
      for (const y of yearsIn(str(d[k]))) birthYears.add(y);
    const from = Number(str(d.FROM_YEAR));
    const to = Number(str(d.TO_YEAR));
    if (from && to && to >= from && to - from <= 20) for (let y = from; y <= to; y++) birthYears.add(y);
  }
  const countryWords = values(n.NATIONALITY);
  for (const p of list(n.INDIVIDUAL_PLACE_OF_BIRTH)) countryWords.push(str(p.COUNTRY));
  for (const p of list(n.ENTITY_ADDRESS)) countryWords.push(str(p.COUNTRY));
  return {
    list: '',
    id,
    type,
    names,
    birthYears: [...birthYears].sort((a, b) => a - b),
    countries: countryCodes(countryWords.filter((w) => w.length > 0)),
  };
}
