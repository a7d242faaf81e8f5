import { XMLParser } from 'fast-xml-parser';
import { InputError } from '../../ingest/errors.js';
import { countryCodes } from '../countries.js';
import type { ListEntry, ListName, ParsedList } from '../types.js';
import { parseListXml } from './xml.js';
import { yearsIn } from './years.js';

const ARRAYS = new Set(['sdnEntry', 'aka', 'dateOfBirthItem', 'nationality', 'citizenship', 'address']);
type Node = Record<string, unknown>;

const s = (v: unknown): string => (v === undefined || v === null ? '' : String(v).trim());
const arr = (v: unknown): Node[] => (Array.isArray(v) ? v : v ? [v] : []) as Node[];
const person = (n: Node): string => [s(n.firstName), s(n.lastName)].filter((x) => x).join(' ');

/** OFAC SDN XML (`sdnList/sdnEntry`, the classic sdn.xml schema). */
export function parseOfacXml(text: string, source: string): ParsedList {
  const parser = new XMLParser({
    ignoreAttributes: true,
    removeNSPrefix: true,
    parseTagValue: false,
    isArray: (name) => ARRAYS.has(name),
  });
  const doc = parseListXml(text, source, parser) as Node;
  const root = doc.sdnList as Node | undefined;
  if (!root) throw new InputError(source, 'no sdnList element');
  const entries: ListEntry[] = [];
  for (const n of arr(root.sdnEntry)) {
    const t = s(n.sdnType).toLowerCase();
    if (t === 'vessel' || t === 'aircraft') continue;
    const type = t === 'individual' ? 'person' : 'organization';
    const primary = person(n);
    if (!s(n.uid) || !primary) continue;
    const names: ListName[] = [{ name: primary, kind: 'primary' }];
    for (const a of arr((n.akaList as Node | undefined)?.aka)) {
      const name = person(a);
      if (name) names.push({ name, kind: 'alias', quality: s(a.category) || s(a.type) || undefined });
    }
    const dob = arr((n.dateOfBirthList as Node | undefined)?.dateOfBirthItem)
      .map((d) => s(d.dateOfBirth))
      .join(' ');
    const countryWords = [
      ...arr((n.nationalityList as Node | undefined)?.nationality).map((x) => s(x.country)),
      ...arr((n.citizenshipList as Node | undefined)?.citizenship).map((x) => s(x.country)),
      ...arr((n.addressList as Node | undefined)?.address).map((x) => s(x.country)),
    ];
    entries.push({
      list: '',
      id: s(n.uid),
      type,
      names,
      birthYears: yearsIn(dob),
      countries: countryCodes(countryWords),
    });
  }
  return { format: 'ofac-xml', defaultName: 'ofac', entries };
}
