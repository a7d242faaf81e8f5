import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dataFile } from '../knowledge/data-path.js';
import { foldKey } from '../knowledge/fold.js';
import type { Geo } from '../types.js';

const require = createRequire(import.meta.url);
interface C {
  name: string;
  kind: 'country' | 'region' | 'city';
  country: string | null;
  lat: number;
  lon: number;
  population: number;
}
let idx: Map<string, C[]> | null = null;
let dem: Map<string, string> | null = null;
function load() {
  if (idx) return idx;
  idx = new Map();
  dem = new Map();
  const add = (k: string, c: C) => {
    const l = idx!.get(k) ?? [];
    l.push(c);
    idx!.set(k, l);
  };
  for (const w of require('world-countries') as any[]) {
    const c: C = {
      name: w.name.common,
      kind: 'country',
      country: w.cca2,
      lat: w.latlng[0],
      lon: w.latlng[1],
      population: 1e9,
    };
    for (const n of [w.name.common, w.name.official, ...w.altSpellings.filter((s: string) => s.length > 3)])
      add(foldKey(n), c);
    if (w.demonyms?.eng?.m) dem.set(w.demonyms.eng.m.toLowerCase(), w.cca2);
  }
  const f = JSON.parse(readFileSync(dataFile('cities.json'), 'utf8'));
  for (const r of f.rows)
    add(r[1], { name: r[0], kind: 'city', country: r[2], lat: r[3], lon: r[4], population: r[5] });
  for (const l of idx.values())
    l.sort(
      (a, b) =>
        (a.kind === 'country' ? -1 : 0) - (b.kind === 'country' ? -1 : 0) || b.population - a.population,
    );
  return idx;
}
export function lookupPlace(s: string): C[] {
  return load().get(foldKey(s)) ?? [];
}
export function geocode(s: string, ctx: string[]): Geo | null {
  const l = lookupPlace(s);
  if (!l.length) return null;
  const c = l.find((x) => x.kind !== 'city') ?? l.find((x) => x.country && ctx.includes(x.country)) ?? l[0];
  return { lat: c.lat, lon: c.lon, country: c.country };
}
export function isAmbiguousPlaceName(_s: string): boolean {
  return false;
}
export function demonym(w: string): { country: string | null } | undefined {
  load();
  const c = dem!.get(w.toLowerCase());
  return c ? { country: c } : undefined;
}
