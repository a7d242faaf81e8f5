import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../nlp/pipeline.js';
import { dataFile } from './data-path.js';

// The curated towns, sites and seas of the Syrian and Iraqi wars that the city table lacks
// or spells otherwise: each must be read as a place, with its coordinates, in running text.

interface Region {
  name: string;
  aliases: string[];
  kind: string;
  country: string | null;
  lat: number;
  lon: number;
}
const entries = (JSON.parse(readFileSync(dataFile('regions.curated.json'), 'utf8')) as { entries: Region[] })
  .entries;
const towns = entries.filter((r) => r.kind === 'town' || r.kind === 'site');
const seas = entries.filter((r) => /\b(?:Sea|Gulf of|Strait|Bab)\b/.test(r.name));

const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
};

const placeIn = (text: string, name: string) =>
  extract({ title: null, published: '2016-05-10', url: null, text }).entities.find(
    (e) => e.type === 'place' && [e.name, ...e.aliases].includes(name),
  );

describe('curated towns and sites', () => {
  it('has towns of both countries', () => {
    expect(towns.filter((t) => t.country === 'SY').length).toBeGreaterThan(20);
    expect(towns.filter((t) => t.country === 'IQ').length).toBeGreaterThan(15);
  });
  for (const t of towns) {
    it(`${t.name} is a place with its coordinates in two sentences`, () => {
      const sentences = [
        `Government forces shelled ${t.name} on Monday, residents said.`,
        `Aid agencies said thousands of families fled from ${t.name} last week.`,
      ];
      for (const s of sentences) {
        const e = placeIn(s, t.name);
        expect(e, s).toBeDefined();
        expect(km(e!.geo!, t), s).toBeLessThan(1);
      }
    });
  }
  it('reads the usual spellings as the same town', () => {
    const near = (text: string, surface: string, name: string) => {
      const t = towns.find((x) => x.name === name)!;
      return km(placeIn(text, surface)!.geo!, t);
    };
    expect(near('Fighters withdrew from Tadmur overnight.', 'Tadmur', 'Palmyra')).toBeLessThan(5);
    expect(near('The convoy reached Dayr az Zawr on Friday.', 'Dayr az Zawr', 'Deir ez-Zor')).toBeLessThan(5);
    expect(near('Police closed the roads around Hawijah.', 'Hawijah', 'Hawija')).toBeLessThan(5);
  });
});

describe('curated seas and straits', () => {
  for (const t of seas) {
    it(`the ${t.name} is a place in two sentences`, () => {
      for (const s of [
        `A destroyer patrolled the ${t.name} for two weeks.`,
        `Shipping through the ${t.name} slowed after the warning.`,
      ])
        expect(placeIn(s, t.name), s).toBeDefined();
    });
  }
});
