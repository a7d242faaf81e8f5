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

describe('another spelling of a small town in the article’s own country', () => {
  it('finds it by its transliteration skeleton, only in the article’s first countries', () => {
    for (const [name, lat, lon] of [
      ['Bardhere', 2.34, 42.28],
      ['Dhusamareb', 5.54, 46.39],
      ['Garbaharey', 3.33, 42.22],
    ] as const) {
      expect(near(geocode(name, ['SO']), lat, lon, 0.2), name).toBe(true);
      // no guess without the country
      expect(geocode(name, []), name).toBeNull();
    }
    expect(geocode('Bardhere', ['KE', 'SO'])?.country).toBe('SO');
    expect(geocode('Bardhere', ['KE', 'ET', 'SO'])).toBeNull();
  });

  it('places it in sentences about Somalia', () => {
    const a = place(
      'Al-Shabaab fighters overran an army base near Dhusamareb in central Somalia on Friday.',
      'Dhusamareb',
    );
    expect(near(a?.geo, 5.54, 46.39, 0.3), JSON.stringify(a?.geo)).toBe(true);
    const b = place(
      'Somali troops said they had retaken the town of Garbaharey in Somalia after a night of fighting.',
      'Garbaharey',
    );
    expect(near(b?.geo, 3.33, 42.22, 0.3), JSON.stringify(b?.geo)).toBe(true);
  });
});

// Camps, mountains, small towns and neighbourhoods of the conflicts, and Northern Ireland's
// counties (data/regions.curated.json), each read as a place in two sentences of its own.
describe('curated sites, towns, neighbourhoods and counties', () => {
  it('are located places in two different sentences', () => {
    for (const [name, country, lat, lon] of [
      ['Qandil Mountains', 'IQ', 36.4, 45.1],
      ['al-Hol', 'SY', 36.38, 41.15],
      ['Baghouz', 'SY', 34.48, 40.94],
      ['Khar', 'PK', 34.72, 71.52],
      ['Anderamboukane', 'ML', 15.42, 3.03],
      ['Lubero', 'CD', 0.16, 29.24],
      ['Manguredjipa', 'CD', 0.35, 28.95],
      ['Sambisa Forest', 'NG', 11.2, 13.5],
      ['County Tyrone', 'GB', 54.6, -7.2],
      ['County Armagh', 'GB', 54.3, -6.6],
      ['Creggan', 'GB', 55.0, -7.34],
      ['Ardoyne', 'GB', 54.62, -5.96],
    ] as const) {
      for (const text of [
        `Security forces searched houses in ${name} on Thursday after the shooting, officials said.`,
        `Two men from ${name} were questioned about the explosion, police said.`,
      ]) {
        const p = place(text, name);
        expect(p?.geo?.country, text).toBe(country);
        expect(near(p?.geo, lat, lon, 0.5), `${text} ${JSON.stringify(p?.geo)}`).toBe(true);
      }
    }
  });

  it('a town of the conflicts wins in its own country, a same-named bigger town elsewhere otherwise', () => {
    // Baga: a Lake Chad town in Nigeria, and a village in Goa
    expect(geocode('Baga', ['NG'])?.country).toBe('NG');
    expect(geocode('Baga', ['IN'])?.country).toBe('IN');
  });

  it('an event in a neighbourhood of a city is placed in the neighbourhood', () => {
    const run = (text: string) => {
      const x = extract({ title: null, published: '2026-11-04', url: null, text });
      const v = x.events.find((e) => e.type === 'arrest');
      return x.entities.find((e) => e.id === v?.place)?.name;
    };
    expect(run('Police arrested three youths in the Creggan area of Derry late on Friday.')).toBe('Creggan');
    expect(run('Police arrested Sean Kelly, 31, in the Ardoyne area of Belfast on Friday.')).toBe('Ardoyne');
  });
});

describe('a division with "County" or "District" after its name', () => {
  it('keeps the word as part of the name, placed in its country', () => {
    for (const text of [
      'Cattle raiders killed four herders in Laikipia County on Monday.',
      'Schools in Laikipia County were closed after the raids, officials said.',
    ]) {
      const p = place(text, 'Laikipia County');
      expect(p?.geo?.country, text).toBe('KE');
    }
  });
});
