import { describe, expect, it } from 'vitest';
import { near, place } from '../../test/geocode-helpers.js';

// places30 (issue #10): a town the gazetteer reads by population alone, set right by what the
// report says of where it is. Every sentence here is written for the test; the people and
// villages are made up, the towns are real.

describe("the dateline's town steers a namesake of its own country", () => {
  it.each([
    // Auburn of Alabama (~80 km from Montgomery), not the larger Auburn of Washington
    [
      'MONTGOMERY — A man from Auburn was charged on Monday with plotting to attack a power station, prosecutors said.',
      'Auburn',
      32.61,
      -85.48,
    ],
    // Franklin of Massachusetts (~45 km from Boston), not the larger Franklin of Tennessee
    [
      'BOSTON — Investigators searched a warehouse in Franklin where the suspect stored rifles, the FBI said on Friday.',
      'Franklin',
      42.08,
      -71.4,
    ],
    // Milford of Massachusetts (~25 km from Worcester), not the larger Milford of Connecticut,
    // though a co-defendant's town of Connecticut lies beside that one
    [
      'WORCESTER, Mass. — Dale Ormsby, of Milford, pleaded guilty on Tuesday to sending threats to a mosque. His co-defendant, Ray Tolliver, of Bridgeport, Connecticut, denies the charges.',
      'Milford',
      42.14,
      -71.52,
    ],
  ])('%s', (text, name, lat, lon) => {
    expect(near(place(text, name)?.geo, lat, lon, 20)).toBe(true);
  });

  it('without a dateline the gazetteer keeps the most populous namesake', () => {
    const g = place(
      'Investigators searched a warehouse in Franklin where the suspect stored rifles, the FBI said on Friday.',
      'Franklin',
    )?.geo;
    expect(near(g, 35.93, -86.87, 20)).toBe(true);
  });

  it('a large city keeps its name, however near a namesake lies to the dateline', () => {
    const g = place(
      'BOSTON — The suspect had driven to Portland before his arrest, the FBI said on Friday.',
      'Portland',
    )?.geo;
    expect(near(g, 45.52, -122.68, 30)).toBe(true);
  });

  it("the name's own state after a comma has the last word", () => {
    const g = place(
      'BOSTON — Dale Ormsby, of Franklin, Tennessee, pleaded guilty on Tuesday, prosecutors said.',
      'Franklin',
    )?.geo;
    expect(near(g, 35.93, -86.87, 30)).toBe(true);
  });
});

describe('a small city on another continent, in a country nothing else names, is no reading', () => {
  it.each([
    [
      'Police in Srinagar said two suspects from Baramulla and Sopore were held. A third man was detained in Codo on Tuesday, Indian officials said.',
      'Codo',
      'BR',
    ],
    [
      'Troops from Maiduguri and Damboa pursued the gunmen towards Bama on Sunday. Residents of Upata fled to Konduga, the Nigerian army said.',
      'Upata',
      'VE',
    ],
  ])('%s', (text, name, foreign) => {
    const e = place(text, name);
    expect(e).toBeTruthy();
    expect(e?.geo?.country ?? null).not.toBe(foreign);
  });

  it('the same town keeps its point when its country is named', () => {
    const e = place(
      'Police in Srinagar said two suspects from Baramulla and Sopore were held. A third man had flown in from Codo in Brazil, Indian officials said.',
      'Codo',
    );
    expect(e?.geo?.country).toBe('BR');
  });

  it('a city known well enough to be named alone keeps its point', () => {
    const e = place(
      'Police in Srinagar said two suspects from Baramulla and Sopore were held. A third man had studied in Graz, Indian officials said.',
      'Graz',
    );
    expect(e?.geo?.country).toBe('AT');
  });
});
