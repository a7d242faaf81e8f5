import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Geo } from '../types.js';
import { commonWords } from './common-words.js';
import { dataFile, precomputedPath } from './data-path.js';
import { compassDivisionBase } from './divisions.js';
import { foldKey } from './fold.js';

type PlaceKind =
  | 'country'
  | 'province'
  | 'state'
  | 'region'
  | 'agency'
  | 'district'
  /** a second-level division named so (Cameroon's, Colombia's departments) */
  | 'department'
  | 'neighbourhood'
  /** a town or village that the city table lacks or spells otherwise ("Palmyra" for Tadmur) */
  | 'town'
  /** a dam, an airfield, a ruin: a named site */
  | 'site'
  | 'city';

export interface PlaceCandidate {
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2, null for regions that span countries */
  country: string | null;
  lat: number;
  lon: number;
  population?: number;
  /** geonames:<id>, country:<cca3>, region:<name> or admin:<ISO2>:<name> */
  source: string;
}

export interface Demonym {
  /** ISO2, or null for an ethnonym that spans countries (Arab, Pashtun, Kurdish) */
  country: string | null;
  adjective: string;
}

interface WorldCountry {
  name: { common: string; official: string };
  altSpellings: string[];
  cca2: string;
  cca3: string;
  latlng: [number, number];
  demonyms?: { eng?: { m: string; f: string } };
  capital?: string[];
  area?: number;
  borders?: string[];
}

interface RegionFile {
  entries: {
    name: string;
    aliases: string[];
    kind: PlaceKind;
    country: string | null;
    lat: number;
    lon: number;
  }[];
}

interface AdminFile {
  /** name, ISO2 country, lat, lon, folded keys */
  rows: [string, string, number, number, string[]][];
}

interface CityFile {
  rows: [string, string, string, number, number, number, number][];
}

// Ethnonyms and nationality words that world-countries lacks or words differently
// (general knowledge). A country is given only where one country is the usual home.
const ETHNONYMS: [string, string | null][] = [
  ['Soviet', 'RU'],
  ['Chechen', 'RU'],
  ['Dagestani', 'RU'],
  ['Uzbek', 'UZ'],
  ['Tajik', 'TJ'],
  ['Turkmen', 'TM'],
  ['Kazakh', 'KZ'],
  ['Kyrgyz', 'KG'],
  ['Uighur', 'CN'],
  ['Uyghur', 'CN'],
  ['Arab', null],
  ['Pashtun', null],
  ['Pakhtun', null],
  ['Pathan', null],
  ['Baloch', 'PK'],
  ['Baluch', 'PK'],
  ['Balochi', 'PK'],
  ['Punjabi', 'PK'],
  ['Sindhi', 'PK'],
  ['Mohajir', 'PK'],
  ['Muhajir', 'PK'],
  ['Kashmiri', null],
  ['Hazara', 'AF'],
  ['Afghani', 'AF'],
  ['Kurdish', null],
  ['Kurd', null],
  ['Yazidi', 'IQ'],
  ['Yezidi', 'IQ'],
  ['Persian', 'IR'],
  ['Bengali', 'BD'],
  ['Tamil', null],
  ['Saudi', 'SA'],
  ['Emirati', 'AE'],
  ['British', 'GB'],
  ['Briton', 'GB'],
  ['English', 'GB'],
  ['Scottish', 'GB'],
  ['Welsh', 'GB'],
  ['Palestinian', 'PS'],
  ['Bosnian', 'BA'],
  ['Somali', 'SO'],
  ['Filipino', 'PH'],
  // the adjective of the state's own bodies ("Philippine troops", "the Philippine Army")
  ['Philippine', 'PH'],
  ['Turkish', 'TR'],
  ['Dutch', 'NL'],
  ['Swiss', 'CH'],
  ['Kosovar', 'XK'],
  ['Rohingya', 'MM'],
  ['Circassian', null],
  ['Berber', null],
  ['Druze', null],
  // peoples of the Sahel, the Horn and the Great Lakes, who are named in conflict reporting
  // far more often than any person who bears the word as a name
  ['Fulani', null],
  ['Fula', null],
  ['Peul', null],
  ['Tuareg', null],
  ['Hausa', null],
  ['Kanuri', null],
  ['Dogon', 'ML'],
  ['Bambara', 'ML'],
  ['Mossi', 'BF'],
  ['Songhai', null],
  ['Zaghawa', null],
  ['Masalit', null],
  ['Dinka', 'SS'],
  ['Nuer', 'SS'],
  ['Oromo', 'ET'],
  ['Tigrayan', 'ET'],
  ['Hutu', null],
  ['Tutsi', null],
  ['Yoruba', 'NG'],
  ['Igbo', 'NG'],
  ['Alawite', null],
];

const TIER: Record<PlaceKind, number> = {
  country: 0,
  province: 1,
  state: 1,
  region: 1,
  agency: 1,
  district: 1,
  department: 1,
  neighbourhood: 1,
  town: 1,
  site: 1,
  city: 2,
};

// A small town in a context country must not beat a great city elsewhere
// ("Delhi" in a Pakistan story is still New Delhi's Delhi).
// A town elsewhere smaller than this never beats one in a context country, however small
// or uncounted that one is (GeoNames gives many district seats no population).
const CONTEXT_MIN_SHARE = 1 / 50;
const CONTEXT_MIN_POP = 50_000;
const CONTEXT_SMALL_RIVAL = 100_000;
/** How many of the article's countries, most mentioned first, a town is preferred in to a division elsewhere. */
const HOME_CONTEXT = 2;

/** "LoC", "KPK", "N.Y." are abbreviations; short ones only match when written in capitals. */
function isAbbreviation(s: string): boolean {
  const letters = s.replace(/[^A-Za-z]/g, '');
  const capitals = letters.replace(/[^A-Z]/g, '').length;
  return letters.length > 0 && letters.length <= 4 && capitals >= 2 && capitals * 2 >= letters.length;
}

const SHORT_ABBREVIATION = 3;

interface PlaceIndex {
  /** countries and curated regions (cities are looked up in `cities`) */
  byName: Map<string, PlaceCandidate[]>;
  byAbbreviation: Map<string, PlaceCandidate[]>;
  demonyms: Map<string, Demonym>;
  nonAmbiguous: Set<string>;
  ambiguous: Set<string>;
  /** city lines (see buildCityLines), sorted by key then by population rank */
  cities: string[];
  /** lookups already answered */
  memo: Map<string, PlaceCandidate[]>;
}

/** The serialisable form of everything but the cities (src/knowledge/precompute.ts writes it). */
export interface PlaceIndexFile {
  sources: string;
  candidates: PlaceCandidate[];
  byName: [string, number[]][];
  byAbbreviation: [string, number[]][];
  demonyms: [string, Demonym][];
  nonAmbiguous: string[];
  ambiguous: string[];
}

let index: PlaceIndex | undefined;

function add(map: Map<string, PlaceCandidate[]>, key: string, c: PlaceCandidate): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [c]);
  else if (!list.includes(c)) list.push(c);
}

/**
 * GeoNames writes Arabic town names with the article ("Ar Raqqah", "Al Fallūjah");
 * news writes "Raqqa", "Fallujah", "al-Raqqa". For towns large enough to be in the
 * news, the name without the article, with "al" for a sun-letter article, and
 * without a final h after a vowel are names of the town too.
 */
function arabicArticleVariants(key: string, population: number): string[] {
  const m = /^(?:al|ar|as|ad|an|at|az|ash|ath|adh|el) (.+)$/.exec(key);
  if (!m || population < 20_000) return [];
  const rest = m[1];
  if (rest.replace(/[^a-z]/g, '').length < 5) return [];
  const out = new Set([rest, `al ${rest}`]);
  for (const v of [...out]) if (/[aeiou]h$/.test(v)) out.add(v.slice(0, -1));
  out.delete(key);
  return [...out];
}

/**
 * GeoNames writes "Baqubah", "Tall Afar" or "Sulaymaniyah" with the final h that news
 * often leaves off ("Baquba", "Falluja"): a one-word town of a country whose names are
 * transliterated, large enough to be in the news, answers to the name without it too.
 */
function finalHVariant(key: string, country: string, population: number): string | undefined {
  if (population < 20_000 || !TRANSLITERATED.has(country) || !/^[a-z]{4,}[aeiou]h$/.test(key)) return;
  return key.slice(0, -1);
}

/** Indonesian compass words and island names as English news writes them */
const INDONESIAN_ENGLISH: Record<string, string> = {
  barat: 'west',
  timur: 'east',
  tengah: 'central',
  selatan: 'south',
  utara: 'north',
  tenggara: 'southeast',
  jawa: 'java',
  sumatera: 'sumatra',
};

/**
 * "Central Sulawesi" for the table's "Sulawesi Tengah", "West Java" for "Jawa Barat": an
 * Indonesian province named island first and compass word after, in English order.
 */
function englishDivisionNames(keys: string[], country: string): string[] {
  if (country !== 'ID') return [];
  const out: string[] = [];
  for (const k of keys) {
    const m = /^(.+) (barat|timur|tengah|selatan|utara|tenggara)$/.exec(k);
    if (m) out.push(`${INDONESIAN_ENGLISH[m[2]]} ${INDONESIAN_ENGLISH[m[1]] ?? m[1]}`);
  }
  return out;
}

/** Countries whose town names reach English news transliterated from Arabic, Persian or Pashto/Urdu script. */
const TRANSLITERATED = new Set([
  'YE',
  'SA',
  'IQ',
  'SY',
  'LB',
  'JO',
  'EG',
  'LY',
  'SD',
  'SO',
  'TN',
  'DZ',
  'MA',
  'PS',
  'AE',
  'OM',
  'QA',
  'KW',
  'BH',
  'IR',
  'AF',
  'PK',
]);
/** Countries whose towns are also sought by their consonants: South Asia's Hindi, Urdu, Kashmiri and Bengali names too ("Sopore", "Sopur"). */
const SPELLED_BY_CONSONANTS = new Set([...TRANSLITERATED, 'IN', 'BD']);

/**
 * A transliteration-blind key: without the article, the vowels, a final h, doubled
 * letters ("Hodeida", "Hudaydah", "Al Hudaydah" → "hdd"). Only for giving an entity
 * already known to be a place its coordinates: never to make a word a place.
 */
function skeletonKey(key: string): string {
  const rest = key.replace(/^(?:al|ar|as|ad|an|at|az|ash|ath|adh|el) /, '').replace(/[^a-z]/g, '');
  const first = rest[0] ?? '';
  const body = rest
    .slice(1)
    .replace(/h$/, '')
    .replace(/(.)\1+/g, '$1')
    .replace(/[aeiouyw]/g, '');
  return first + body;
}

const PLACE_SOURCES = [
  'regions.curated.json',
  'admin-regions.json',
  'cities.json',
  'ambiguous-place-names.json',
];
/** (every non-ASCII character escaped, so it is read as Latin-1: parsed in ~2/3 of the time) */
export const PLACE_INDEX_FILE = 'places.index.ascii.json';
export const CITY_INDEX_FILE = 'cities.index.tsv';
export const CITY_ROWS_FILE = 'cities.by-country.tsv';

/** JSON with every non-ASCII character written as a \u escape: the same value, readable as Latin-1. */
export function asciiJson(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Countries, curated regions, demonyms: everything but the cities. */
export function buildPlaceIndexFile(sources: string): PlaceIndexFile {
  const byName = new Map<string, PlaceCandidate[]>();
  const byAbbreviation = new Map<string, PlaceCandidate[]>();
  const demonyms = new Map<string, Demonym>();
  const nonAmbiguous = new Set<string>();
  const addName = (surface: string, c: PlaceCandidate) => {
    const letters = surface.replace(/[^A-Za-z]/g, '').length;
    if (isAbbreviation(surface) && letters < SHORT_ABBREVIATION + 1) add(byAbbreviation, foldKey(surface), c);
    else if (letters >= 3 || isAbbreviation(surface)) add(byName, foldKey(surface), c);
    if (c.kind !== 'city') nonAmbiguous.add(foldKey(surface));
  };

  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as WorldCountry[];
  const areaOf = new Map(countries.map((w) => [w.cca2, w.area ?? 0]));
  for (const w of countries) {
    const c: PlaceCandidate = {
      name: w.name.common,
      kind: 'country',
      country: w.cca2,
      lat: w.latlng[0],
      lon: w.latlng[1],
      source: `country:${w.cca3}`,
    };
    for (const n of new Set([w.name.common, w.name.official, ...w.altSpellings])) {
      if (n.length === 2 && n === w.cca2 && !['US', 'UK'].includes(n)) continue; // ISO codes are not names ("IN", "IS")
      addName(n, c);
    }
    const eng = w.demonyms?.eng;
    if (eng) {
      for (const adj of new Set([eng.m, eng.f])) {
        // an adjective two countries share is the larger's: "Indian" is India's, not the British
        // Indian Ocean Territory's; "Norwegian" Norway's, not Svalbard's
        const had = adj ? demonyms.get(foldKey(adj)) : undefined;
        if (had && (areaOf.get(had.country ?? '') ?? 0) >= (w.area ?? 0)) continue;
        if (adj) demonyms.set(foldKey(adj), { country: w.cca2, adjective: adj });
      }
    }
  }
  // Usual short forms of a few countries that world-countries spells otherwise.
  const extra: [string, string][] = [
    ['U.S.', 'US'],
    ['U.S.A.', 'US'],
    ['America', 'US'],
    ['U.K.', 'GB'],
    ['Britain', 'GB'],
    ['Great Britain', 'GB'],
    ['UAE', 'AE'],
    ['Emirates', 'AE'],
    ['Burma', 'MM'],
    ['Holland', 'NL'],
    ['Persia', 'IR'],
    ['Soviet Union', 'RU'],
    ['USSR', 'RU'],
    ['Palestine', 'PS'],
    ['Turkiye', 'TR'],
    // world-countries follows the 2022 renaming; English-language news mostly does not
    ['Turkey', 'TR'],
    // the wire services' name for Congo-Brazzaville
    ['Republic of Congo', 'CG'],
    ['Congo Republic', 'CG'],
  ];
  for (const [name, cca2] of extra) {
    const c = byName.get(foldKey(countries.find((w) => w.cca2 === cca2)!.name.common))?.[0];
    if (c) addName(name, c);
  }
  // "Congo" alone: AP style (and most news) uses it for the Democratic Republic (Kinshasa),
  // world-countries for the Republic (Brazzaville). Both readings, the larger country first,
  // so the article's other places decide (`rank` takes a country of the context first).
  // The shared adjective ("Congolese") is the larger one's too.
  for (const [name, cca2] of [['Congo', 'CD']] as const) {
    const w = countries.find((x) => x.cca2 === cca2)!;
    const c = byName.get(foldKey(w.name.common))?.[0];
    const list = byName.get(foldKey(name));
    if (c && list && !list.includes(c)) list.unshift(c);
    const adj = w.demonyms?.eng?.m;
    if (adj) demonyms.set(foldKey(adj), { country: cca2, adjective: adj });
  }
  for (const [word, country] of ETHNONYMS) demonyms.set(foldKey(word), { country, adjective: word });

  const regions = (JSON.parse(readFileSync(dataFile('regions.curated.json'), 'utf8')) as RegionFile).entries;
  for (const r of regions) {
    const c: PlaceCandidate = {
      name: r.name,
      kind: r.kind,
      country: r.country,
      lat: r.lat,
      lon: r.lon,
      source: `region:${r.name}`,
    };
    for (const n of [r.name, ...r.aliases]) addName(n, c);
    // Pakistani districts and former tribal agencies appear with either suffix.
    if (r.kind === 'agency' || r.kind === 'district') {
      for (const suffix of ['Agency', 'District', 'Tribal District']) addName(`${r.name} ${suffix}`, c);
    }
  }

  // First-level divisions of every country (scripts/build-knowledge.ts): the curated
  // regions above already hold those news names most, with closer points.
  const admins = (JSON.parse(readFileSync(dataFile('admin-regions.json'), 'utf8')) as AdminFile).rows;
  for (const [name, country, lat, lon, keys] of admins) {
    const c: PlaceCandidate = {
      name,
      kind: 'province',
      country,
      lat,
      lon,
      source: `admin:${country}:${name}`,
    };
    // "Chiapas State", "Ituri Province", "Nineveh Governorate" are its names too
    for (const k of [...keys, ...englishDivisionNames(keys, country)])
      for (const suffix of ['', ' state', ' province', ' region', ' governorate', ' county', ' district'])
        addName(k + suffix, c);
  }

  const ambiguousFile = JSON.parse(readFileSync(dataFile('ambiguous-place-names.json'), 'utf8')) as {
    names: string[];
  };
  const candidates: PlaceCandidate[] = [];
  const ids = new Map<PlaceCandidate, number>();
  const idOf = (c: PlaceCandidate) => {
    let i = ids.get(c);
    if (i === undefined) {
      i = candidates.push(c) - 1;
      ids.set(c, i);
    }
    return i;
  };
  const entries = (m: Map<string, PlaceCandidate[]>): [string, number[]][] =>
    [...m].map(([k, list]) => [k, list.map(idOf)]);
  return {
    sources,
    byName: entries(byName),
    byAbbreviation: entries(byAbbreviation),
    candidates,
    demonyms: [...demonyms],
    nonAmbiguous: [...nonAmbiguous],
    ambiguous: ambiguousFile.names,
  };
}

/**
 * GeoNames cities as lines `key TAB name TAB country TAB lat TAB lon TAB population TAB id`,
 * one per name a city answers to, sorted by key and, within a key, in the file's order
 * (most populous first): the order lookups have always returned them in.
 */
export function buildCityLines(): string[] {
  const cities = (JSON.parse(readFileSync(dataFile('cities.json'), 'utf8')) as CityFile).rows;
  const common = commonWords();
  const keyed: { key: string; row: number }[] = [];
  cities.forEach(([, key, country, , , population], row) => {
    if (key) keyed.push({ key, row });
    for (const v of arabicArticleVariants(key, population ?? 0))
      if (!common.has(v.replace(/^al /, '').split(' ')[0])) keyed.push({ key: v, row });
    const bare = finalHVariant(key, country, population ?? 0);
    if (bare && !common.has(bare)) keyed.push({ key: bare, row });
  });
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.row - b.row));
  // one line per name and city: "Falluja" is both "Al Fallujah" and "Fallujah" without the h
  const seen = new Set<string>();
  const once = keyed.filter(({ key, row }) => {
    const k = `${key}\t${cities[row][6]}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return once.map(({ key, row }) => {
    const [name, , country, lat, lon, population, id] = cities[row];
    const line = [key, name, country, lat, lon, population ?? '', id].join('\t');
    if (/\n/.test(line) || line.split('\t').length !== 7) throw new Error(`cities.json: unusable row ${row}`);
    return line;
  });
}

/** Sizes and times of the source files: a precomputed index with other figures is stale. */
export function placeSourcesStamp(): string {
  return PLACE_SOURCES.map((f) => {
    const st = statSync(dataFile(f));
    return `${f}:${st.size}:${Math.floor(st.mtimeMs)}`;
  }).join(';');
}

function fromFile(f: PlaceIndexFile, cities: string[]): PlaceIndex {
  const map = (entries: [string, number[]][]) =>
    new Map(entries.map(([k, ids]) => [k, ids.map((i) => f.candidates[i])]));
  return {
    byName: map(f.byName),
    byAbbreviation: map(f.byAbbreviation),
    demonyms: new Map(f.demonyms),
    nonAmbiguous: new Set(f.nonAmbiguous),
    ambiguous: new Set(f.ambiguous),
    cities,
    memo: new Map(),
  };
}

/**
 * The index as `npm run build` precomputed it (dist/knowledge/data), when it was made
 * from the data files as they are now; else built from the sources (tests, stale builds).
 */
function load(): PlaceIndex {
  const stamp = placeSourcesStamp();
  const pre = precomputedPath(PLACE_INDEX_FILE);
  const preCities = precomputedPath(CITY_INDEX_FILE);
  if (pre && preCities) {
    const f = JSON.parse(readFileSync(pre, 'latin1')) as PlaceIndexFile;
    if (f.sources === stamp) {
      const lines = readFileSync(preCities, 'utf8').split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      return fromFile(f, lines);
    }
  }
  return fromFile(buildPlaceIndexFile(stamp), buildCityLines());
}

type CityRow = CityFile['rows'][number];

/**
 * cities.json's rows grouped by country, as text: a first line with the sources' stamp, a
 * second with each country's [start, end) in the text after it, then one line per city
 * (`name TAB key TAB lat TAB lon TAB population TAB id`), a country's in the file's order.
 * `npm run build` writes it (precompute.ts) so that the rare paths below read only the rows
 * of the article's own countries, not the whole 1.9 MB JSON.
 */
export function buildCityRowsFile(sources: string): string {
  const rows = (JSON.parse(readFileSync(dataFile('cities.json'), 'utf8')) as CityFile).rows;
  const byCountry = new Map<string, string[]>();
  for (const [name, key, country, lat, lon, population, id] of rows) {
    const line = [name, key, lat, lon, population, id].join('\t');
    const numbers = [lat, lon, population, id].every((n) => typeof n === 'number');
    if (!numbers || /\n/.test(line) || line.split('\t').length !== 6 || /[\t\n]/.test(country))
      throw new Error(`cities.json: unusable row ${name}`);
    const list = byCountry.get(country);
    if (list) list.push(line);
    else byCountry.set(country, [line]);
  }
  const ranges: Record<string, [number, number]> = {};
  let body = '';
  for (const [country, lines] of byCountry) {
    const start = body.length;
    body += `${lines.join('\n')}\n`;
    ranges[country] = [start, body.length];
  }
  return `${sources}\n${JSON.stringify(ranges)}\n${body}`;
}

let cityRowTable: { body: string; ranges: Record<string, [number, number]> } | undefined;
const cityRowsByCountry = new Map<string, CityRow[]>();
/**
 * One country's rows of cities.json, read on first use and shared by the rare paths below
 * (another spelling by consonants, by compact key, by vowels): from the precomputed file
 * when it was made from the data as it is now, else built from cities.json.
 */
function cityRowsOf(country: string): CityRow[] {
  let rows = cityRowsByCountry.get(country);
  if (rows) return rows;
  if (!cityRowTable) {
    const stamp = placeSourcesStamp();
    const pre = precomputedPath(CITY_ROWS_FILE);
    let text = pre ? readFileSync(pre, 'utf8') : '';
    if (text.slice(0, text.indexOf('\n')) !== stamp) text = buildCityRowsFile(stamp);
    const a = text.indexOf('\n');
    const b = text.indexOf('\n', a + 1);
    cityRowTable = {
      ranges: JSON.parse(text.slice(a + 1, b)) as Record<string, [number, number]>,
      body: text.slice(b + 1),
    };
  }
  rows = [];
  const range = cityRowTable.ranges[country];
  if (range)
    for (const line of cityRowTable.body.slice(range[0], range[1] - 1).split('\n')) {
      const [name, key, lat, lon, population, id] = line.split('\t');
      rows.push([name, key, country, Number(lat), Number(lon), Number(population), Number(id)]);
    }
  cityRowsByCountry.set(country, rows);
  return rows;
}

function cityCandidate(row: CityRow): PlaceCandidate {
  const [name, , country, lat, lon, population, id] = row;
  return { name, kind: 'city', country, lat, lon, population, source: `geonames:${id}` };
}

let largeBySkeleton: Map<string, PlaceCandidate[]> | undefined;
/**
 * The large towns (100,000 people) of TRANSLITERATED countries by skeletonKey, built on
 * first use (a rare path). South Asia's towns are not among them: never a far match for a
 * name elsewhere, only in stories set there (townsBySkeleton).
 */
function largeTownsBySkeleton(): Map<string, PlaceCandidate[]> {
  if (largeBySkeleton) return largeBySkeleton;
  largeBySkeleton = new Map();
  for (const country of TRANSLITERATED)
    for (const row of cityRowsOf(country)) {
      if ((row[5] ?? 0) < 100_000) continue;
      const k = skeletonKey(row[1]);
      if (k.length >= 3) add(largeBySkeleton, k, cityCandidate(row));
    }
  return largeBySkeleton;
}

const skeletonsByCountry = new Map<string, Map<string, PlaceCandidate[]>>();
/** Every town of one SPELLED_BY_CONSONANTS country by skeletonKey, built for that country on first use. */
function townsBySkeleton(country: string): Map<string, PlaceCandidate[]> {
  let map = skeletonsByCountry.get(country);
  if (map) return map;
  map = new Map();
  if (SPELLED_BY_CONSONANTS.has(country))
    for (const row of cityRowsOf(country)) {
      const k = skeletonKey(row[1]);
      if (k.length >= 3) add(map, k, cityCandidate(row));
    }
  skeletonsByCountry.set(country, map);
  return map;
}

/** The towns of `countries` (each once, in order) whose skeletonKey is `k`. */
function skeletonTownsIn(countries: Iterable<string>, k: string): PlaceCandidate[] {
  const out: PlaceCandidate[] = [];
  for (const country of new Set(countries))
    for (const c of townsBySkeleton(country).get(k) ?? []) out.push(c);
  return out;
}

/** How many of the article's countries, most mentioned first, a small town's other spelling is sought in. */
const SKELETON_CONTEXT = 2;

function places(): PlaceIndex {
  if (!index) index = load();
  return index;
}

/** The cities a folded key names, by binary search over the sorted lines. */
function citiesNamed(idx: PlaceIndex, key: string): PlaceCandidate[] {
  const lines = idx.cities;
  const keyOf = (i: number) => lines[i].slice(0, lines[i].indexOf('\t'));
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(mid) < key) lo = mid + 1;
    else hi = mid;
  }
  const out: PlaceCandidate[] = [];
  for (let i = lo; i < lines.length && keyOf(i) === key; i++) {
    const [, name, country, lat, lon, population, id] = lines[i].split('\t');
    const c: PlaceCandidate = {
      name,
      kind: 'city',
      country,
      lat: Number(lat),
      lon: Number(lon),
      population: population === '' ? undefined : Number(population),
      source: `geonames:${id}`,
    };
    out.push(c);
  }
  return out;
}

function named(idx: PlaceIndex, key: string): PlaceCandidate[] {
  let hit = idx.memo.get(key);
  if (!hit) {
    const regional = idx.byName.get(key) ?? [];
    const cities = key ? citiesNamed(idx, key) : [];
    hit = cities.length ? [...regional, ...cities] : regional;
    idx.memo.set(key, hit);
  }
  return hit;
}

/** Every gazetteer reading of a name: countries, curated regions, GeoNames cities. */
export function lookupPlace(surface: string): PlaceCandidate[] {
  const idx = places();
  const key = foldKey(surface);
  const byName = named(idx, key);
  if (!isAbbreviation(surface)) return byName;
  const abbreviated = idx.byAbbreviation.get(key);
  return abbreviated ? [...abbreviated, ...byName] : byName;
}

/** Nationality or ethnic adjective ("Pakistani" → PK, "Chechen" → RU, "Arab" → no country); plurals too. */
export function demonym(word: string): Demonym | undefined {
  const idx = places();
  const key = foldKey(word);
  return (
    idx.demonyms.get(key) ??
    // (a plural: "Pakistanis"; not a country's own name, "Philippines" beside "Philippine")
    (key.endsWith('s') && !(idx.byName.get(key) ?? []).some((c) => c.kind === 'country')
      ? idx.demonyms.get(key.slice(0, -1))
      : undefined) ??
    regionAdjective(idx, word)
  );
}

/**
 * "Sahelian", "Somalian": a region's or a country's name with "-ian" (or "-n"
 * after a final "a") is that region's adjective. Only countries and curated regions count,
 * not towns, and no "-i" ("Khorasani" is a surname as often as an adjective).
 */
function regionAdjective(idx: PlaceIndex, word: string): Demonym | undefined {
  const w = word.replace(/s$/, '');
  if (!/^\p{Lu}\p{Ll}{4,}$/u.test(w)) return undefined;
  const stems = [/ian$/, /ean$/].map((re) => (re.test(w) ? w.replace(re, '') : ''));
  if (/an$/.test(w)) stems.push(w.slice(0, -1)); // "Somalia" + "n"
  for (const stem of stems) {
    if (stem.length < 3 || (stems.indexOf(stem) === 2 && !stem.endsWith('a'))) continue;
    const hit = (idx.byName.get(foldKey(stem)) ?? []).find(
      (c) => c.kind === 'country' || c.kind === 'region',
    );
    if (hit) return { country: hit.country, adjective: word };
  }
  return undefined;
}

/** `context`: the article's countries, most mentioned first; an earlier one outranks a later one. */
function rank(candidates: PlaceCandidate[], context: string[]): PlaceCandidate | undefined {
  let best: PlaceCandidate | undefined;
  let topTier = Math.min(...candidates.map((c) => TIER[c.kind]));
  // "Karak" in a story about Pakistan: a town of the article's first countries before a
  // division of the same name in a country the article never names (Jordan's governorate)
  if (
    topTier === TIER.province &&
    !candidates.some((c) => TIER[c.kind] === topTier && c.country && context.includes(c.country)) &&
    candidates.some(
      (c) => c.kind === 'city' && c.country && context.slice(0, HOME_CONTEXT).includes(c.country),
    )
  )
    topTier = TIER.city;
  const tier = candidates.filter((c) => TIER[c.kind] === topTier);
  const maxPop = Math.max(0, ...tier.map((c) => c.population ?? 0));
  const score = (c: PlaceCandidate): number => {
    const pop = c.population ?? 0;
    const at = c.country === null ? -1 : context.indexOf(c.country);
    const inContext =
      at >= 0 &&
      (c.kind !== 'city' ||
        pop >= CONTEXT_MIN_POP ||
        pop >= maxPop * CONTEXT_MIN_SHARE ||
        maxPop < CONTEXT_SMALL_RIVAL);
    return (inContext ? (context.length - at) * 1e12 : 0) + pop;
  };
  for (const c of tier) if (!best || score(c) > score(best)) best = c;
  return best;
}

/**
 * Coordinates for a place name: countries, then curated regions, then cities;
 * among equals one in a context country (the article's countries) wins, then
 * the most populous.
 */
export function geocode(
  surface: string,
  contextCountries: string[] = [],
  opts: { spellings?: boolean } = {},
): Geo | null {
  let candidates = lookupPlace(surface);
  // Another transliteration of a large town ("Hodeida" for GeoNames' "Al Ḩudaydah"); one in the article's
  // countries first.
  if (
    candidates.length === 0 &&
    opts.spellings !== false &&
    /^\p{Lu}/u.test(surface) &&
    !/\s/.test(surface.trim())
  ) {
    const k = skeletonKey(foldKey(surface));
    const ctx = new Set(contextCountries.map((c) => c.toUpperCase()));
    const found = k.length >= 3 ? (largeTownsBySkeleton().get(k) ?? []) : [];
    const inContext = found.filter((c) => c.country && ctx.has(c.country));
    candidates = inContext.length ? inContext : found;
    // "Bardhere" for GeoNames' "Baardheere": a smaller town, only in the article's own countries
    if (!candidates.length && k.length >= 4) {
      const home = new Set(contextCountries.slice(0, SKELETON_CONTEXT).map((c) => c.toUpperCase()));
      candidates = skeletonTownsIn(home, k);
    }
    // "Rask" for GeoNames' "Rāsak": a short skeleton, so only in the article's first country
    if (!candidates.length && k.length === 3 && foldKey(surface).length >= 4 && contextCountries.length) {
      const first = contextCountries[0].toUpperCase();
      candidates = skeletonTownsIn([first], k);
    }
    if (candidates.length > 1) return null; // two towns read alike: no guess
  }
  if (candidates.length === 0) return null;
  const best = rank(
    candidates,
    contextCountries.map((c) => c.toUpperCase()),
  );
  return best ? { lat: best.lat, lon: best.lon, country: best.country, source: best.source } : null;
}

// ---------- towns, for geocoding only ----------

interface TownFile {
  /** ISO2 country → [byte offset, byte length] of its lines in towns.tsv */
  ranges: Record<string, [number, number]>;
}
/** A table of lines grouped by country (towns.tsv, districts.tsv) and its ranges file. */
interface CountryTable {
  lines: string;
  rangesFile: string;
  ranges?: TownFile['ranges'];
  /**
   * Each country's lines as read (bytes, sorted by key) with where each line starts: looked up
   * by binary search, so no object is made for a line nobody asks for.
   */
  byCountry: Map<string, { buf: Buffer; starts: Uint32Array }>;
}
const TOWNS: CountryTable = { lines: 'towns.tsv', rangesFile: 'towns.json', byCountry: new Map() };
const DISTRICTS: CountryTable = {
  lines: 'districts.tsv',
  rangesFile: 'districts.json',
  byCountry: new Map(),
};

function countryLines(table: CountryTable, country: string): { buf: Buffer; starts: Uint32Array } {
  let towns = table.byCountry.get(country);
  if (towns) return towns;
  table.ranges ??= (JSON.parse(readFileSync(dataFile(table.rangesFile), 'utf8')) as TownFile).ranges;
  const range = table.ranges[country];
  const buf = Buffer.alloc(range ? range[1] : 0);
  if (range) {
    const fd = openSync(dataFile(table.lines), 'r');
    try {
      readSync(fd, buf, 0, range[1], range[0]);
    } finally {
      closeSync(fd);
    }
  }
  let n = 0;
  for (let i = 0; i < buf.length; i++) if (buf[i] === 10) n++;
  const starts = new Uint32Array(n);
  for (let i = 0, k = 0, at = 0; i < buf.length; i++)
    if (buf[i] === 10) {
      starts[k++] = at;
      at = i + 1;
    }
  towns = { buf, starts };
  table.byCountry.set(country, towns);
  return towns;
}

const townsOf = (country: string) => countryLines(TOWNS, country);

/** The lines of one country of a table whose first column is a folded (ASCII) key, split at tabs. */
function linesNamed(table: CountryTable, country: string, key: string): string[][] {
  const { buf, starts } = countryLines(table, country);
  // < 0: the line's key sorts before `key`; 0: the same key
  const cmp = (i: number): number => {
    const p = starts[i];
    for (let k = 0; k < key.length; k++) {
      const b = buf[p + k];
      if (b === 9) return -1;
      const c = key.charCodeAt(k);
      if (b !== c) return b - c;
    }
    return buf[p + key.length] === 9 ? 0 : 1;
  };
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cmp(mid) < 0) lo = mid + 1;
    else hi = mid;
  }
  const out: string[][] = [];
  for (let i = lo; i < starts.length && cmp(i) === 0; i++) {
    const end = buf.indexOf(10, starts[i]);
    out.push(buf.toString('utf8', starts[i], end).split('\t'));
  }
  return out;
}

/** The towns of one country's lines named by a folded (ASCII) key, most populous first. */
function townsNamed(country: string, key: string): PlaceCandidate[] {
  return linesNamed(TOWNS, country, key).map(([, name, lat, lon, population, source]) => ({
    name,
    kind: 'town',
    country,
    lat: Number(lat),
    lon: Number(lon),
    population: Number(population) || undefined,
    source,
  }));
}

/**
 * The second-level divisions of one country (GeoNames' districts, local government areas,
 * counties, cercles: districts.tsv) named by a surface, with or without its noun ("Andarab",
 * "Adams County"), each at the median of its towns, with the name of the first-level division
 * it lies in. For a place nothing else placed, or one the text calls a division: a rare path,
 * read one country at a time.
 */
export function lookupDistricts(surface: string, country: string): (PlaceCandidate & { state: string })[] {
  const key = foldKey(surface);
  if (key.replace(/[^a-z]/g, '').length < 4) return [];
  const c = country.toUpperCase();
  return linesNamed(DISTRICTS, c, key).map(([, name, lat, lon, state, source]) => ({
    name,
    kind: 'district',
    country: c,
    lat: Number(lat),
    lon: Number(lon),
    source,
    state,
  }));
}

/**
 * A town the main tables lack (towns.tsv: GeoNames towns of 1,000 people or a seat of a
 * division, SimpleMaps towns), sought only in `countries`, the article's own, in order: the
 * first country that has one by this name gives its most populous. For a place the text
 * already names as one; mention finding never reads this table.
 */
export function lookupTown(surface: string, countries: string[]): PlaceCandidate | undefined {
  const key = foldKey(surface);
  if (key.replace(/[^a-z]/g, '').length < 3) return undefined;
  for (const country of countries) {
    const hit = townsNamed(country.toUpperCase(), key);
    if (hit.length) return hit[0];
  }
  return undefined;
}

/** Every town of one country's towns.tsv lines by this name, most populous first (a rare path: a text that names the town's division). */
export function lookupTowns(surface: string, country: string): PlaceCandidate[] {
  const key = foldKey(surface);
  if (key.replace(/[^a-z]/g, '').length < 3) return [];
  return townsNamed(country.toUpperCase(), key);
}

let compassDivisions: Map<string, PlaceCandidate> | undefined;
/**
 * A first-level division named by compass words alone ("Eastern Province", "Upper East Region",
 * Burkina Faso's "Est region", Cameroon's "North region": compass-divisions.json), sought only in
 * `countries`, the article's own, in order: many countries have an "Eastern Province", so the
 * name says which only with its country. For a name the text already makes a place (mention
 * finding never reads "the North" as one). Read on first use: a rare path.
 */
export function lookupCompassDivision(surface: string, countries: string[]): PlaceCandidate | undefined {
  const base = compassDivisionBase(foldKey(surface));
  if (!base) return undefined;
  if (!compassDivisions) {
    compassDivisions = new Map();
    const rows = (
      JSON.parse(readFileSync(dataFile('compass-divisions.json'), 'utf8')) as {
        rows: [string, string, number, number, string][];
      }
    ).rows;
    for (const [name, country, lat, lon, words] of rows)
      compassDivisions.set(`${country}\t${words}`, {
        name,
        kind: 'region',
        country,
        lat,
        lon,
        source: `admin:${country}:${name}`,
      });
  }
  for (const c of countries) {
    const hit = compassDivisions.get(`${c.toUpperCase()}\t${base}`);
    if (hit) return hit;
  }
  return undefined;
}

let capitals: Set<string> | undefined;
/**
 * A country's capital by world-countries ("Dushanbe", "Kabul"), which news names for that
 * country's government ("a charge Dushanbe denies"). Read on first use: a rare path.
 */
export function isNationalCapital(surface: string): boolean {
  if (!capitals) {
    const require = createRequire(import.meta.url);
    capitals = new Set(
      (require('world-countries') as WorldCountry[]).flatMap((w) => (w.capital ?? []).map((c) => foldKey(c))),
    );
  }
  return capitals.has(foldKey(surface));
}

let neighbours: Map<string, Set<string>> | undefined;
/**
 * The countries that share a land border with a country (ISO2 codes, by world-countries'
 * `borders`): Niger's are Mali, Burkina Faso, Nigeria and the rest. Read on first use: a rare path.
 */
export function neighbourCountries(country: string): ReadonlySet<string> {
  if (!neighbours) {
    const require = createRequire(import.meta.url);
    const all = require('world-countries') as WorldCountry[];
    const byCca3 = new Map(all.map((w) => [w.cca3, w.cca2]));
    neighbours = new Map(
      all.map((w) => [w.cca2, new Set((w.borders ?? []).flatMap((b) => byCca3.get(b) ?? []))]),
    );
  }
  return neighbours.get(country.toUpperCase()) ?? new Set();
}

/**
 * True when a place name is also a common English word or a common personal
 * name ("Reading", "Mobile", "Khan"), so a gazetteer hit alone is weak evidence.
 * Countries and curated regions are never ambiguous.
 */
export function isAmbiguousPlaceName(surface: string): boolean {
  const idx = places();
  const key = foldKey(surface);
  if (idx.nonAmbiguous.has(key)) return false;
  return idx.ambiguous.has(key);
}

/** A key without the h of an aspirate ("Kyaukphyu" and "Kyaukpyu" alike). */
function unaspirated(key: string): string {
  return key.replace(/([bcdgkpt])h/g, '$1');
}

/**
 * Another spelling of a town of `countries` (the article's own, first two only) that only
 * the towns table lists: the same letters once the h of each aspirate is dropped, one town
 * alone in the country so read. Scans that country's lines: a rare path, for a place
 * nothing else placed.
 */
export function lookupTownSpelling(surface: string, countries: string[]): PlaceCandidate | undefined {
  const key = foldKey(surface);
  if (!/^[a-z](?:[a-z]| (?=[a-z])){4,}$/.test(key)) return undefined;
  // (the words of a name run together or split otherwise: "Saiburi" for "Sai Buri", "Sungai
  // Kolok" for "Su-ngai Kolok")
  const k = unaspirated(key.replace(/ /g, ''));
  // ("Rajouri" for the towns table's "Rajauri": the vowels between the same consonants written
  // otherwise, a second reading sought only when the first finds nothing)
  const kv = vowelsOnce(k);
  for (const country of countries.slice(0, SKELETON_CONTEXT)) {
    const c = country.toUpperCase();
    // (vowels written otherwise in the first country, and in the second when its names reach
    // English transliterated: "Bint Jbeil" for GeoNames' "Bent Jbaïl" in a story that names Israel
    // before Lebanon, but no "Buda" of Texas for "Badia" in a story that names the United States
    // second; places36)
    const vowels = country === countries[0] || SPELLED_BY_CONSONANTS.has(c);
    const cities = (compactCities(c).get(k) ?? []).filter((x) => foldKey(x.name) !== key);
    if (cities.length === 1) return cities[0];
    if (cities.length > 1) continue;
    const { buf, starts } = townsOf(c);
    const hits = new Set<string>();
    const vowelHits = new Set<string>();
    for (let i = 0; i < starts.length && hits.size < 2; i++) {
      if (buf[starts[i]] !== key.charCodeAt(0)) continue;
      const tab = buf.indexOf(9, starts[i]);
      if (Math.abs(tab - starts[i] - key.length) > 3) continue;
      const lineKey = buf.toString('latin1', starts[i], tab);
      if (lineKey === key) continue;
      const lk = unaspirated(lineKey.replace(/ /g, ''));
      if (lk === k) hits.add(lineKey);
      else if (vowels && vowelHits.size < 2 && vowelsOnce(lk) === kv) vowelHits.add(lineKey);
    }
    if (hits.size === 1) return townsNamed(c, [...hits][0])[0];
    if (hits.size || !vowels) continue;
    // (of several so read, the one written nearest: "Rajouri" is the towns table's "Rajauri",
    // not the city "Rajura"; a tie reads none)
    const vowelReadings = [
      ...(citiesByVowels(c).get(kv) ?? []).filter((x) => foldKey(x.name) !== key),
      ...[...vowelHits].map((h) => townsNamed(c, h)[0]),
    ]
      .map((x) => ({ x, d: editDistance(key, foldKey(x.name)) }))
      .filter((r) => r.d <= MAX_VOWEL_EDITS);
    vowelReadings.sort((a, b) => a.d - b.d);
    if (vowelReadings.length && (vowelReadings.length === 1 || vowelReadings[0].d < vowelReadings[1].d))
      return vowelReadings[0].x;
  }
  return undefined;
}

/** How many letters another writing of a name's vowels may change. */
const MAX_VOWEL_EDITS = 2;

/** Levenshtein distance between two short keys. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** a key with each run of vowels written as one "a": "rajouri" and "rajauri" both "rajara" */
function vowelsOnce(key: string): string {
  return key.replace(/[aeiou]+/g, 'a');
}

const byVowels = new Map<string, Map<string, PlaceCandidate[]>>();
/** One country's cities by `vowelsOnce` of their compact key: a rarer path still, read on first use. */
function citiesByVowels(country: string): Map<string, PlaceCandidate[]> {
  let map = byVowels.get(country);
  if (map) return map;
  map = new Map();
  for (const [k, cs] of compactCities(country)) for (const c of cs) add(map, vowelsOnce(k), c);
  byVowels.set(country, map);
  return map;
}

const compact = new Map<string, Map<string, PlaceCandidate[]>>();
/** One country's cities by key without spaces and the h of aspirates: a rare path, read on first use. */
function compactCities(country: string): Map<string, PlaceCandidate[]> {
  let map = compact.get(country);
  if (map) return map;
  map = new Map();
  for (const row of cityRowsOf(country))
    add(map, unaspirated(row[1].replace(/[^a-z]/g, '')), cityCandidate(row));
  compact.set(country, map);
  return map;
}

/**
 * Another spelling of a name among the cities and towns of `countries` only (the article's
 * own): the final h of an Arabic name left off ("Bara" for the tables' "Barah"), or the same
 * consonants in a country whose names are transliterated ("Sopore" for "Sopur"). One place
 * alone so read, or nothing. For a place whose only readings lie in countries the article
 * never names.
 */
export function lookupSpellingIn(surface: string, countries: string[]): PlaceCandidate | undefined {
  const key = foldKey(surface);
  if (!/^[a-z]{3,}$/.test(key)) return undefined;
  const home = new Set(countries.map((c) => c.toUpperCase()));
  const inHome = (cs: PlaceCandidate[]) =>
    cs.filter(
      (c) => c.kind === 'city' && c.country && home.has(c.country) && SPELLED_BY_CONSONANTS.has(c.country),
    );
  const hits = new Map<string, PlaceCandidate>();
  if (/[aeiou]$/.test(key))
    for (const c of [
      ...inHome(lookupPlace(`${key}h`)),
      ...countries.flatMap((c) => lookupTowns(`${key}h`, c)),
    ])
      if (c.country && TRANSLITERATED.has(c.country)) hits.set(`${c.country}:${c.lat}:${c.lon}`, c);
  const k = skeletonKey(key);
  if (!hits.size && k.length >= 4)
    for (const c of inHome(skeletonTownsIn(home, k))) hits.set(`${c.country}:${c.lat}:${c.lon}`, c);
  return hits.size === 1 ? [...hits.values()][0] : undefined;
}

// ---------- another spelling of a division or a region (places32) ----------

/**
 * A loose key for the spellings transliteration gives one name: the Arabic article left off
 * ("Ad Dali" and "Dhale"), q for k ("Beqaa", "Bekaa"), the h of an aspirate, vowels and a y
 * that ends a syllable dropped ("Suwayda", "Sweida"), a doubled letter written once. The
 * first letter stays, so that a name keeps its opening sound.
 */
function looseKey(surface: string): string {
  let k = bareLetters(surface);
  k = k
    .replace(/q/g, 'k')
    .replace(/([bcdgkpstz])h/g, '$1')
    .replace(/y(?![aeiou])/g, 'a');
  const head = k[0] ?? '';
  return (head + k.slice(1).replace(/[aeiouh]/g, '')).replace(/(.)\1+/g, '$1');
}

/** a name's letters without the Arabic article that opens it */
function bareLetters(surface: string): string {
  return foldKey(surface)
    .replace(ARTICLE_OPENING, '')
    .replace(/[^a-z]/g, '');
}
const ARTICLE_OPENING = /^(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|et)[\s-]+(?=[a-z]{3})/;

/**
 * Two spellings of one name: about as long (two letters more or fewer, a final h after a vowel
 * left off) and ending alike, in the same letter, or in a vowel each where one is the e that
 * English spelling puts for a final vowel ("Dhale" and "Dali"; not "Suwaydi" and "Suwayda")
 */
function sameShape(a: string, b: string): boolean {
  const x = a.replace(/([aeiou])h$/, '$1');
  const y = b.replace(/([aeiou])h$/, '$1');
  if (Math.abs(x.length - y.length) > 2) return false;
  const p = x[x.length - 1];
  const q = y[y.length - 1];
  return p === q || (/[aeiou]/.test(p) && /[aeiou]/.test(q) && (p === 'e' || q === 'e'));
}

const loosely = new Map<string, Map<string, PlaceCandidate[]>>();
/**
 * One country's divisions and curated regions (not its cities or towns) by `looseKey`: read on
 * first use, for a place the tables place under no spelling the text gives.
 */
function divisionsByLooseKey(country: string): Map<string, PlaceCandidate[]> {
  let map = loosely.get(country);
  if (map) return map;
  map = new Map();
  for (const [key, cs] of places().byName)
    for (const c of cs)
      if (c.country === country && c.kind !== 'country' && c.kind !== 'city') add(map, looseKey(key), c);
  loosely.set(country, map);
  return map;
}

/**
 * A division or a region of `countries` (the article's first) written otherwise than the
 * tables write it ("Sweida" for "As Suwayda", "Dhale" for "Ad Dali", "Bekaa" for "Beqaa"):
 * the one place of one country with that loose key, or nothing. Names of five letters at
 * least, and a loose key of three, so that a short name does not fall on another.
 */
export function lookupDivisionSpelling(surface: string, countries: string[]): PlaceCandidate | undefined {
  const letters = bareLetters(surface);
  if (letters.length < 5) return undefined;
  const k = looseKey(surface);
  if (k.length < 2) return undefined;
  for (const country of countries) {
    const hits = new Map<string, PlaceCandidate>();
    for (const c of divisionsByLooseKey(country.toUpperCase()).get(k) ?? [])
      if (sameShape(bareLetters(c.name), letters)) hits.set(`${c.lat}:${c.lon}`, c);
    if (hits.size === 1) return [...hits.values()][0];
    if (hits.size > 1) return undefined;
  }
  return undefined;
}
