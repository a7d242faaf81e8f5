import { describe, expect, it } from 'vitest';
import { compassDivisionBase } from '../src/knowledge/divisions.js';
import { near, place } from './geocode-helpers.js';

// places37: every sentence is written for the test; the places are real.

describe("a first-level division named by compass words alone: that division of the article's country", () => {
  it.each([
    // Sri Lanka's Eastern Province (Batticaloa, Trincomalee)
    [
      'Militants were arrested in the Eastern Province of Sri Lanka last week.',
      'Eastern Province',
      7.7,
      81.6,
      100,
    ],
    // Ghana's Upper East Region (Bolgatanga), its country only by the people's adjective, passive
    [
      'Two police stations were attacked in the Upper East Region, Ghanaian police said.',
      'Upper East Region',
      10.79,
      -0.85,
      80,
    ],
    // Israel's Northern District (Nazareth), a possessive
    ['Rockets landed across Israel\u2019s Northern District on Sunday.', 'Northern District', 32.7, 35.3, 80],
    // Rwanda's Western Province (Kibuye, Lake Kivu)
    [
      "Soldiers were deployed in Rwanda's Western Province after the raid.",
      'Western Province',
      -2.06,
      29.35,
      80,
    ],
    // Zambia's Northern Province (Kasama)
    [
      'Two bombs were found in Zambia\u2019s Northern Province on Monday.',
      'Northern Province',
      -10.21,
      31.18,
      120,
    ],
    // Burkina Faso's Est region under its French name (Fada N'Gourma)
    ["Jihadists killed 12 people in Burkina Faso's Est region.", 'Est', 12.06, 0.36, 100],
    // Cameroon's Nord region (Garoua), as the subject
    ["Cameroon's Nord region has seen a rise in kidnappings.", 'Nord', 9.3, 13.4, 100],
    // Ghana's Eastern Region (Koforidua)
    ['Troops moved into the Eastern Region of Ghana on Monday.', 'Eastern Region', 6.09, -0.26, 80],
    // Zambia's Southern Province (Choma)
    ['Violence flared in the Southern Province of Zambia.', 'Southern Province', -16.8, 26.98, 120],
  ])('%s', (text, name, lat, lon, km) => {
    expect(near(place(text, name)?.geo, lat, lon, km)).toBe(true);
  });
});

describe('a compass-named division of a country the article never names: no point there', () => {
  it.each([
    // Cameroon's South-West Region, Somalia's South West State are no part of Nigeria
    ['Kidnappers struck twice in Nigeria\u2019s Southwest region last month.', 'Southwest'],
    ['Gunmen abducted a pastor in the Southwest region of Nigeria, police said.', 'Southwest'],
    // nor is its North-West Region
    ["Bandits torched three villages in Nigeria's Northwest region on Tuesday.", 'Northwest'],
    ['Farmers fled the Northwest region of Nigeria after a wave of raids.', 'Northwest'],
  ])('%s', (text, name) => {
    const g = place(text, name)?.geo;
    expect(g == null || g.country === 'NG').toBe(true);
  });
});

describe("a district name several provinces share, with the province the text names: that province's district", () => {
  it.each([
    // Faryab's Dowlatabad, not Balkh's (180 km east), in a story that names Afghanistan
    ['Taliban fighters overran Dowlatabad district of Faryab province in Afghanistan.', 36.43, 64.92],
    // its country only by the people's adjective, as a subject
    ['Afghan officials said Dowlatabad district of Faryab province fell on Sunday.', 36.43, 64.92],
    // Al Jawf's Az Zahir, not al-Bayda's (280 km south), the governorate hyphenated
    ['An airstrike was reported in the Az Zahir district of Al-Jawf governorate in Yemen.', 16.32, 44.5],
    // passive, the governorate without the hyphen
    [
      'Yemeni tribesmen said the Az Zahir district of Al Jawf governorate was shelled overnight.',
      16.32,
      44.5,
    ],
  ])('%s', (text, lat, lon) => {
    const name = text.includes('Dowlatabad') ? 'Dowlatabad' : 'Az Zahir';
    expect(near(place(text, name)?.geo, lat, lon, 50)).toBe(true);
  });
});

describe('a town written with its state stays the town, not the county of its name in that state', () => {
  it.each([
    // Lincoln County lies 370 km west of the city
    [
      'DENVER — Marla Quinn, of Lincoln, Nebraska, was charged on Monday with sending threats, prosecutors said.',
      'Lincoln',
      40.8,
      -96.67,
    ],
    // Jackson County lies on the coast, 220 km south-east of the city
    [
      'A man from Jackson, Mississippi, was arrested on Friday over threats to a church, the FBI said.',
      'Jackson',
      32.3,
      -90.18,
    ],
  ])('%s', (text, name, lat, lon) => {
    expect(near(place(text, name)?.geo, lat, lon, 30)).toBe(true);
  });
});

describe('compassDivisionBase', () => {
  it.each([
    ['eastern province', 'east'],
    ['upper east region', 'upper east'],
    ['centre nord', 'central north'],
    ['north western', 'north west'],
    ['northwestern province', 'north west'],
    ['est', 'east'],
  ])('%s → %s', (folded, base) => {
    expect(compassDivisionBase(folded)).toBe(base);
  });
  it('is no compass name: a name with another word, or compass words with no direction', () => {
    expect(compassDivisionBase('east jakarta')).toBeUndefined();
    expect(compassDivisionBase('upper dir')).toBeUndefined();
    expect(compassDivisionBase('upper')).toBeUndefined();
    expect(compassDivisionBase('east', true)).toBeUndefined();
  });
});
