// Country words (names, official names, alternative spellings, English
// demonyms) to ISO 3166-1 alpha-2, from world-countries (ODbL-1.0) plus the
// nationality words sanctions lists use that it lacks.
import { createRequire } from 'node:module';
import { foldName } from '../knowledge/fold.js';

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

const EXTRA: Record<string, string> = {
  afghani: 'AF',
  emirati: 'AE',
  'united arab emirates': 'AE',
  uae: 'AE',
  usa: 'US',
  'united states of america': 'US',
  american: 'US',
  british: 'GB',
  'united kingdom': 'GB',
  uk: 'GB',
  russia: 'RU',
  'russian federation': 'RU',
  iran: 'IR',
  'iran islamic republic of': 'IR',
  'islamic republic of iran': 'IR',
  syria: 'SY',
  'syrian arab republic': 'SY',
  libyan: 'LY',
  'libyan arab jamahiriya': 'LY',
  'west bank': 'PS',
  gaza: 'PS',
  palestinian: 'PS',
  'korea north': 'KP',
  'north korea': 'KP',
  'democratic peoples republic of korea': 'KP',
  'korea south': 'KR',
  'south korea': 'KR',
  burma: 'MM',
  'congo democratic republic of the': 'CD',
  'democratic republic of the congo': 'CD',
  tanzania: 'TZ',
  'bosnia herzegovina': 'BA',
  'bosnia and herzegovina': 'BA',
  'trinidad and tobago': 'TT',
  kosovo: 'XK',
};

let table: Map<string, string> | undefined;
const codes = new Set<string>();

function load(): Map<string, string> {
  if (table) return table;
  const require = createRequire(import.meta.url);
  const all = require('world-countries') as WorldCountry[];
  const t = new Map<string, string>();
  const put = (k: string, code: string) => {
    const f = foldName(k);
    if (f.length >= 2 && !t.has(f)) t.set(f, code);
  };
  for (const c of all) {
    put(c.name.common, c.cca2);
    put(c.name.official, c.cca2);
    if (c.demonyms?.eng) {
      put(c.demonyms.eng.m, c.cca2);
      put(c.demonyms.eng.f, c.cca2);
    }
    for (const a of c.altSpellings) if (a.length > 3) put(a, c.cca2);
    t.set(c.cca3.toLowerCase(), c.cca2);
    codes.add(c.cca2);
  }
  for (const [k, v] of Object.entries(EXTRA)) t.set(k, v);
  table = t;
  return t;
}

/** ISO alpha-2 code of a country name, demonym or code ("Pakistani", "PK", "PAK"), or undefined. */
export function countryCode(word: string): string | undefined {
  const w = word.trim();
  if (/^[A-Za-z]{2}$/.test(w)) {
    const up = w.toUpperCase();
    load();
    return codes.has(up) ? up : undefined;
  }
  return load().get(foldName(w));
}

/** Codes of every country word found; "Pakistan; Afghanistan" and "Pakistani" alike. */
export function countryCodes(values: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const v of values) {
    for (const part of v.split(/[;,/]| and /)) {
      const c = countryCode(part.replace(/\(.*?\)|\.$/g, '').trim());
      if (c) out.add(c);
    }
  }
  return [...out];
}
