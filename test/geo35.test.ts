import { describe, expect, it } from 'vitest';
import { kmBetween } from '../src/nlp/geocode.js';
import { near, place } from './geocode-helpers.js';

// places35 (geo35): where a place no table has is put. Every sentence is written for the test; the
// villages and camps are made up, the towns they are set against are real.

describe('"X, north of Y" with no distance: Y moved a short way that way', () => {
  it.each([
    // Maiduguri 11.85 N 13.16 E: 20 km north
    [
      'Gunmen burned the market in Kelbaruwa, north of Maiduguri, late on Sunday, two residents told reporters.',
      'Kelbaruwa',
      12.03,
      13.16,
      'Maiduguri',
    ],
    // Kandahar 31.61 N 65.71 E: 20 km south-east
    [
      'A roadside bomb struck a police van near Dumbrakoti, south-east of Kandahar, provincial officials said.',
      'Dumbrakoti',
      31.49,
      65.86,
      'Kandahar',
    ],
    // Kirkuk 35.47 N 44.39 E: 20 km west (the village's noun before the comma)
    [
      'Soldiers cleared mines from Tarsoka village, west of Kirkuk, on Thursday.',
      'Tarsoka',
      35.47,
      44.17,
      'Kirkuk',
    ],
  ])('%s', (text, name, lat, lon, anchor) => {
    const g = place(text, name)?.geo;
    expect(near(g, lat, lon, 5)).toBe(true);
    const a = place(text, anchor)?.geo;
    expect(a && g && kmBetween(a, g)).toBeGreaterThan(15);
    expect(g?.near).toBe(anchor);
  });
});

describe('a village or a camp nothing placed, in a report filed from a provincial town: that town', () => {
  it.each([
    [
      'BANNU, Pakistan (Reuters) - Gunmen killed two policemen guarding a polio team in the village of Spinwamkot on Tuesday, police said.',
      'Spinwamkot',
      32.99,
      70.6,
    ],
    [
      'MAIDUGURI, Nigeria (AFP) - Fire swept through the Gwozari camp for displaced families overnight, destroying hundreds of shelters, aid workers said.',
      'Gwozari',
      11.85,
      13.16,
    ],
    // the text puts the story in a part of the country the dateline's town lies in
    [
      "COX'S BAZAR, Bangladesh (AFP) - Police said two men were stabbed inside the Zamtola camp in southeastern Bangladesh on Friday.",
      'Zamtola',
      21.44,
      92.01,
    ],
    [
      'QUETTA, Pakistan (AP) - Gunmen on motorbikes shot dead a tribal elder in the village of Dargikhel in southwestern Pakistan on Monday.',
      'Dargikhel',
      30.2,
      67.0,
    ],
  ])('%s', (text, name, lat, lon) => {
    const g = place(text, name)?.geo;
    expect(near(g, lat, lon, 5)).toBe(true);
    expect(g?.near).toBeTruthy();
  });
});

describe('a wide region of the curated table that the text calls a cercle is the cercle', () => {
  it.each([
    'Soldiers said the jihadists had taxed herders across the Macina cercle since the rains.',
    'Elders from the Macina cercle met officials in Segou on Monday to ask for more troops.',
  ])('%s', (text) => {
    // the Cercle de Macina (13.96 N 5.36 W), not the historic Macina region's point 85 km north-east
    expect(near(place(text, 'Macina')?.geo, 13.96, -5.36, 20)).toBe(true);
  });
});
