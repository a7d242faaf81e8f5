// The English names of cities GeoNames lists under another name (data/city-names.curated.json),
// and the small towns kept for the regions of the conflicts dossier follows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../nlp/pipeline.js';
import { dataFile } from './data-path.js';
import { geocode } from './places.js';

const curated = JSON.parse(readFileSync(dataFile('city-names.curated.json'), 'utf8')) as {
  entries: { geonames: string; country: string; english: string[] }[];
};
const place = (text: string, name: string) =>
  extract({ title: null, published: null, url: null, text }).entities.find(
    (e) => e.name === name && e.type === 'place',
  );

describe('English city names', () => {
  it('each English name has the coordinates of the city GeoNames names otherwise', () => {
    expect(curated.entries.length).toBeGreaterThan(10);
    for (const e of curated.entries) {
      // "Gaza" alone is the Strip (a curated region): within 0.3° of the city all the same
      const city = geocode(e.geonames, [e.country]);
      expect(city, e.geonames).not.toBeNull();
      for (const name of e.english) {
        const g = geocode(name, []);
        expect(g?.country, name).toBe(e.country);
        expect(
          Math.abs((g?.lat ?? 99) - city!.lat) + Math.abs((g?.lon ?? 99) - city!.lon),
          name,
        ).toBeLessThan(0.3);
      }
    }
  });

  it('each is read as a located place in two different sentences', () => {
    for (const e of curated.entries)
      for (const name of e.english)
        for (const text of [
          `Police in ${name} said two men had been arrested overnight.`,
          `Thousands of people marched through ${name} on Sunday to protest against the killings.`,
        ]) {
          const p = place(text, name);
          expect(p, text).toBeDefined();
          expect(p?.geo?.country, text).toBe(e.country);
        }
  });

  it('a city at the head of an outlet or a force stays part of its name', () => {
    for (const [text, org] of [
      ['The New York Post reported that the talks had collapsed.', 'New York Post'],
      ['According to the New Delhi Post, the suspects were freed on bail.', 'New Delhi Post'],
      ['Officers of the North Waziristan Police detained two men.', 'North Waziristan Police'],
    ]) {
      const x = extract({ title: null, published: null, url: null, text });
      expect(
        x.entities.map((e) => [e.name, e.type]),
        text,
      ).toContainEqual([org, 'organization']);
    }
    expect(place('Protesters gathered in New York on Sunday.', 'New York')).toBeDefined();
  });
});

describe('small towns of the conflict regions', () => {
  it('Sahel, Lake Chad and Northern Ireland towns under 15,000 people have coordinates', () => {
    for (const [name, country] of [
      ['Gorom-Gorom', 'BF'],
      ['Crossmaglen', 'GB'],
      ['Strabane', 'GB'],
    ]) {
      expect(geocode(name, [country])?.country, name).toBe(country);
      for (const text of [
        `Gunmen attacked a checkpoint near ${name} on Tuesday, officials said.`,
        `The bomb was found outside a school in ${name}, police said.`,
      ])
        expect(place(text, name)?.geo?.country, text).toBe(country);
    }
  });
});
