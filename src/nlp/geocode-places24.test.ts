import { describe, expect, it } from 'vitest';
import { near, place } from '../../test/geocode-helpers.js';
import { demonym } from '../knowledge/places.js';

// Places on unseen articles (places24). Every sentence here is written for the test.

describe('a town\'s part named after its possessive ("Y\'s X district") lies in that town', () => {
  it.each([
    // the tables' first Sarıyer lies some 200 km east of Istanbul
    [
      "Turkish officials said gunmen had fired at a chapel in Istanbul's Sariyer district.",
      'Sariyer',
      41.17,
      29.05,
    ],
    [
      "Police raided a flat in Istanbul's Gaziosmanpasa district on Friday, Turkish media said.",
      'Gaziosmanpasa',
      41.06,
      28.91,
    ],
    ["Two men were held in Kanpur's Kalyanpur area, Indian police said.", 'Kalyanpur', 26.5, 80.25],
  ])('%s', (text, name, lat, lon) => {
    expect(near(place(text, name)?.geo, lat, lon, 30)).toBe(true);
  });
});

describe('first-level divisions under their English names (countries-states-cities)', () => {
  it.each([
    ['Fighting spread across the Amhara region, Ethiopian officials said.', 'Amhara', 'ET', 11.5, 38.5],
    ['Police in Oromia arrested two men on Tuesday, Ethiopian media reported.', 'Oromia', 'ET', 7.9, 39.5],
    ['Rebels seized two villages in Ingushetia, Russian media said.', 'Ingushetia', 'RU', 43.2, 45.0],
  ])('%s', (text, name, country, lat, lon) => {
    const p = place(text, name);
    expect(p?.geo?.country).toBe(country);
    expect(near(p?.geo, lat, lon, 150)).toBe(true);
  });
});

describe("an adjective two countries share is the larger country's", () => {
  it.each([
    ['Indian', 'IN'],
    ['Norwegian', 'NO'],
  ])('%s', (word, country) => {
    expect(demonym(word)?.country).toBe(country);
  });

  it('so that "Indian" sets an Indian town in India', () => {
    const p = place('Rebels fired shells at Abbaspur again, Indian officials said.', 'Abbaspur');
    expect(near(p?.geo, 33.82, 73.98, 30)).toBe(true);
  });
});

describe("a town of the article's first country whose vowels the tables write otherwise", () => {
  it.each([
    // GeoNames' "Riāsi", the towns table's "Rajauri"
    ['Pilgrims were attacked near Reasi, Indian police said.', 'Reasi', 33.08, 74.83],
    ['Two soldiers were killed in Rajouri on Monday, Indian police said.', 'Rajouri', 33.3, 74.3],
  ])('%s', (text, name, lat, lon) => {
    expect(near(place(text, name)?.geo, lat, lon, 30)).toBe(true);
  });

  it('reads no town of a country the article names second that way', () => {
    // "Kisinga" lies in Uganda; the article is about Congo first
    const p = place(
      'Congolese troops clashed with rebels near Beni and Butembo on Monday, and residents fled to Kisunga, officials in Uganda said. Congo said more troops would come.',
      'Kisunga',
    );
    expect(p?.geo?.country).not.toBe('UG');
  });
});
