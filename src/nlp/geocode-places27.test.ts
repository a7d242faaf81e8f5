import { describe, expect, it } from 'vitest';
import { near, place } from '../../test/geocode-helpers.js';

// places27 (issue #10): a village the gazetteer lacks, in a report that names no place twice, lies
// near the town its lead sentence names first. Every sentence here is written for the test (the
// villages' names are made up, so that no table knows them).

describe("a village in a report that names no place twice: the lead's town", () => {
  it.each([
    [
      'Gunmen ambushed a supply convoy near Kaya in northern Burkina Faso on Sunday, killing eight soldiers. A week earlier fighters stormed the village of Tindagou and seized cattle, residents said.',
      'Tindagou',
      13.09,
      -1.08,
    ],
    [
      'A roadside bomb hit a police patrol outside Garissa in eastern Kenya on Tuesday. Days before, gunmen had raided the village of Wamburi, residents said.',
      'Wamburi',
      -0.45,
      39.65,
    ],
  ])('%s', (text, name, lat, lon) => {
    expect(near(place(text, name)?.geo, lat, lon, 30)).toBe(true);
  });

  it.each([
    // the lead names a country only: nothing anchors the village
    [
      'Jihadists killed twelve soldiers in northern Mali on Sunday. They also stormed the village of Kelmasso, residents said.',
      'Kelmasso',
    ],
    // the dateline's town is no part of the lead
    [
      'MOPTI, Mali (AFP) - Jihadists killed twelve soldiers in northern Mali on Sunday. They also stormed the village of Kelmasso near the border, residents said.',
      'Kelmasso',
    ],
  ])('no point: %s', (text, name) => {
    const p = place(text, name);
    expect(p).toBeDefined();
    expect(p?.geo ?? null).toBeNull();
  });
});

describe('"the forests (hills, jungles …) of X": X is a place, placed by what holds it', () => {
  it.each([
    [
      'Three militants were cornered in the thick forests of Kordalgarh in Doda district on Tuesday, police said.',
      'Kordalgarh',
      33.15,
      75.55,
    ],
    [
      'The rebels hid for weeks in the hills of Marobo in Ituri province, the army said.',
      'Marobo',
      1.92,
      30.5,
    ],
  ])('%s', (text, name, lat, lon) => {
    expect(near(place(text, name)?.geo, lat, lon, 60)).toBe(true);
  });

  it('a given name after "the forests of" is no place', () => {
    expect(place('He sold the forests of Ibrahim to a timber company.', 'Ibrahim')).toBeUndefined();
  });
});
