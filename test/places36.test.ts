import { describe, expect, it } from 'vitest';
import { near, place } from './geocode-helpers.js';

// places36: every sentence is written for the test; the places are real.

describe('a division named with its noun in a country next to the only one the article names: kept', () => {
  it.each([
    // Tillabéri (Niger) in a story that names only Mali, by its people's adjective
    [
      'Jihadists attacked a checkpoint in Tillaberi region, near the Malian border.',
      'Tillaberi',
      14.21,
      1.45,
    ],
    // Mandera (Kenya) in a story that names only Somalia
    [
      'Two soldiers died in an ambush in Mandera County near the Somali border.',
      'Mandera County',
      3.94,
      41.86,
    ],
    // passive, another county of Kenya, "frontier"
    [
      'A police post was overrun in Wajir County, close to the Somali frontier, on Friday night.',
      'Wajir County',
      1.75,
      40.06,
    ],
    // Mopti (Mali), the neighbour named in full
    ['A bomb exploded in the Mopti region near the border with Burkina Faso.', 'Mopti', 14.48, -4.18],
    // Sikasso (Mali) beside Côte d'Ivoire
    [
      'Gunmen had attacked a customs post in the Sikasso region near the Ivorian border.',
      'Sikasso',
      11.32,
      -5.67,
    ],
    // Diffa (Niger) in a story of Nigeria
    [
      'Troops will be sent to the Diffa region after raids by fighters crossing from Nigeria, officials said.',
      'Diffa',
      13.32,
      12.61,
    ],
  ])('%s', (text, name, lat, lon) => {
    expect(near(place(text, name)?.geo, lat, lon, 60)).toBe(true);
  });
});

describe("a first-level county, district or prefecture the city tables lack, named with its noun: the division's point", () => {
  it.each([
    [
      'Two herders were shot dead in Tana River County on Saturday, Kenyan police said.',
      'Tana River County',
      -1.54,
      39.55,
    ],
    [
      'Armed robbers attacked a mining camp in River Gee County, in south-eastern Liberia.',
      'River Gee County',
      5.27,
      -7.89,
    ],
    [
      'Police in Grand Cape Mount County arrested three men near the Sierra Leone border.',
      'Grand Cape Mount County',
      7.05,
      -11.13,
    ],
    [
      'Voters in Kouroussa prefecture were told to stay home, Guinean officials said.',
      'Kouroussa prefecture',
      10.65,
      -9.89,
    ],
    // the noun left out of the name (lower case): tried after the bare name, in the article's countries
    ['Troops were deployed to Obongi district, in northern Uganda.', 'Obongi', 3.36, 31.54],
  ])('%s', (text, name, lat, lon) => {
    expect(near(place(text, name)?.geo, lat, lon, 60)).toBe(true);
  });
});

describe("a town of the article's second country whose vowels the text writes otherwise: that town", () => {
  it.each([
    // Rajouri (the towns table's "Rajauri") in a story that names Pakistan first
    [
      'Pakistani officials said the gunfight near Rajouri had nothing to do with Pakistan, and Pakistan asked India for proof.',
      'Rajouri',
      33.38,
      74.31,
    ],
    [
      'Shelling around Rajouri was blamed on Pakistan by Indian officers; Pakistan called the claim baseless and Pakistani diplomats protested.',
      'Rajouri',
      33.38,
      74.31,
    ],
    // Bint Jbeil (GeoNames' "Bent Jbaïl") in a story that names Israel first
    [
      'Israeli officials said the strike in Bint Jbeil targeted a Hezbollah commander. Israel said it had also hit targets elsewhere in Lebanon. Israel gave no details.',
      'Bint Jbeil',
      33.12,
      35.43,
    ],
    [
      'Two civilians were wounded near Bint Jbeil on Sunday, the Israeli army said. Israel later struck a depot in southern Lebanon, Israel said.',
      'Bint Jbeil',
      33.12,
      35.43,
    ],
  ])('%s', (text, name, lat, lon) => {
    expect(near(place(text, name)?.geo, lat, lon, 40)).toBe(true);
  });
});
