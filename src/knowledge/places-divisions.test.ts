// First-level divisions of every country (data/admin-regions.json), the district seats kept
// in the city table whatever their population, and the article's countries in ranking.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../nlp/pipeline.js';
import { dataFile } from './data-path.js';
import { geocode, lookupPlace } from './places.js';

const place = (text: string, name: string) =>
  extract({ title: null, published: null, url: null, text }).entities.find(
    (e) => e.name === name && e.type === 'place',
  );
const near = (g: { lat: number; lon: number } | null | undefined, lat: number, lon: number, deg: number) =>
  !!g && Math.abs(g.lat - lat) <= deg && Math.abs(g.lon - lon) <= deg;

describe('first-level divisions', () => {
  it('are read as provinces of their country, in the forms news writes', () => {
    // the English compass word for the French one, the name without its final h
    for (const [name, country, lat, lon] of [
      ['North Kivu', 'CD', -0.8, 29],
      ['Nord-Kivu', 'CD', -0.8, 29],
      ['South Kivu', 'CD', -3, 28.5],
      ['Shabwa', 'YE', 14.5, 47],
      ['Shabwah', 'YE', 14.5, 47],
      ['Ituri', 'CD', 1.6, 29.4],
    ] as const) {
      const g = geocode(name, []);
      expect(g?.country, name).toBe(country);
      expect(near(g, lat, lon, 1.5), `${name} ${JSON.stringify(g)}`).toBe(true);
      expect(
        lookupPlace(name).some((c) => c.kind === 'province'),
        name,
      ).toBe(true);
    }
  });

  it('give a located place in sentences', () => {
    const a = place(
      'Militia fighters attacked a camp for displaced families in North Kivu on Friday, aid workers said.',
      'North Kivu',
    );
    expect(near(a?.geo, -0.8, 29, 1.5), JSON.stringify(a?.geo)).toBe(true);
    const b = place(
      'Tribal elders in Shabwa province said the fighters had left the oil fields before dawn.',
      'Shabwa',
    );
    expect(b?.geo?.country).toBe('YE');
  });

  it('keep a capitalised Province, State, Region or Governorate as part of the name', () => {
    const a = place(
      'Soldiers were sent across Ituri Province after the raids on three villages.',
      'Ituri Province',
    );
    expect(a?.geo?.country).toBe('CD');
    const b = place(
      'Displaced families crowded into schools in North Kivu Province, relief officials said.',
      'North Kivu Province',
    );
    expect(near(b?.geo, -0.8, 29, 1.5), JSON.stringify(b?.geo)).toBe(true);
  });

  it('leave out the names a city of the same country bears, and words', () => {
    // Kandahar is the city; "Delta" and "Plateau" (Nigerian states) are words
    expect(lookupPlace('Kandahar').some((c) => c.kind === 'province')).toBe(false);
    expect(lookupPlace('Plateau').some((c) => c.kind === 'province')).toBe(false);
    expect(lookupPlace('Delta').some((c) => c.kind === 'province')).toBe(false);
    // a London borough is not a province ("Greenwich Mean Time")
    expect(lookupPlace('Greenwich').some((c) => c.kind === 'province')).toBe(false);
  });

  it('are kept with a source and a point inside their country', () => {
    const f = JSON.parse(readFileSync(dataFile('admin-regions.json'), 'utf8')) as {
      source: string;
      rows: [string, string, number, number, string[]][];
    };
    expect(f.source).toMatch(/CC BY 4\.0/);
    expect(f.rows.length).toBeGreaterThan(1000);
    for (const [name, country, lat, lon, keys] of f.rows) {
      expect(country, name).toMatch(/^[A-Z]{2}$/);
      expect(Math.abs(lat) <= 90 && Math.abs(lon) <= 180, name).toBe(true);
      expect(keys.length, name).toBeGreaterThan(0);
    }
  });
});

describe('district seats', () => {
  it('are found though GeoNames counts no people in them', () => {
    const g = geocode('Mudiyah', ['YE']);
    expect(near(g, 13.93, 46.08, 0.2), JSON.stringify(g)).toBe(true);
    const s = geocode('Al-Busayrah', ['SY']);
    expect(near(s, 35.16, 40.43, 0.2), JSON.stringify(s)).toBe(true);
  });

  it('are placed from sentences about the war there', () => {
    const a = place(
      'Government troops retook Mudiyah after two days of fighting, a local official told reporters in Yemen.',
      'Mudiyah',
    );
    expect(near(a?.geo, 13.93, 46.08, 0.3), JSON.stringify(a?.geo)).toBe(true);
    const b = place(
      'Gunmen on motorbikes fired on a patrol near Al-Busayrah, on the Euphrates in eastern Syria.',
      'Al-Busayrah',
    );
    expect(near(b?.geo, 35.16, 40.43, 0.3), JSON.stringify(b?.geo)).toBe(true);
  });
});

describe("the article's countries", () => {
  it('rank the more mentioned country first when towns of both share a name', () => {
    // Dhiban is a town in Jordan and a sub-district seat in Syria
    expect(geocode('Dhiban', ['SY', 'JO'])?.country).toBe('SY');
    expect(geocode('Dhiban', ['JO', 'SY'])?.country).toBe('JO');
  });

  it('let an uncounted town in the country beat a small town elsewhere', () => {
    // Gedo: a Somali region beats an Ethiopian town of that name in any case (regions rank
    // above towns); a district seat of no counted people in the context country beats a
    // village of a few thousand elsewhere
    expect(geocode('Gedo', ['SO'])?.country).toBe('SO');
    expect(geocode('Dhiban', ['SY'])?.country).toBe('SY');
    // but not a great city: Delhi in a Pakistan story is still India's
    expect(geocode('Delhi', ['PK'])?.country).toBe('IN');
  });
});
