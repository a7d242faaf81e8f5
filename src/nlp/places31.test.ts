import { describe, expect, it } from 'vitest';
import { near, place } from '../../test/geocode-helpers.js';
import { lookupDistricts } from '../knowledge/places.js';

// places31 (issue #10): second-level divisions (districts, local government areas, counties)
// that no city or town table has, from GeoNames' admin2 list at the median of each one's
// towns. Every sentence here is written for the test; the people are made up, the divisions
// and towns are real.

describe('the admin2 table', () => {
  it('finds a division by its name with or without its noun, in one country only', () => {
    expect(lookupDistricts('Zhob', 'PK')[0]?.name).toBe('Zhob District');
    expect(lookupDistricts('Zhob District', 'PK')).toHaveLength(1);
    expect(lookupDistricts('Seno', 'BF')[0]?.name).toBe('Province du Séno');
    expect(lookupDistricts('Zhob', 'AF')).toHaveLength(0);
  });

  it('keeps every namesake of a country, with the first-level division it lies in', () => {
    const states = lookupDistricts('Franklin County', 'US').map((c) => c.state);
    expect(states).toContain('Pennsylvania');
    expect(states).toContain('Ohio');
  });
});

describe('a county the text names is the one near the other places, not a town of its bare name', () => {
  it.each([
    // Franklin County of Pennsylvania, around Chambersburg
    [
      'Deputies in Franklin County arrested a man at his home in Chambersburg on Friday, the sheriff said.',
      'Franklin County',
      39.93,
      -77.72,
    ],
    // Lancaster County of Pennsylvania, around Ephrata (not the larger Lancaster of California)
    [
      'Deputies in Lancaster County searched a farm near Ephrata on Monday, the sheriff said.',
      'Lancaster County',
      40.04,
      -76.25,
    ],
  ])('%s', (text, name, lat, lon) => {
    expect(near(place(text, name)?.geo, lat, lon, 40)).toBe(true);
  });
});

describe("a place set only at a province's point is the district of its name within it", () => {
  it.each([
    // Agatu local government area of Benue State
    [
      'Gunmen killed six farmers near Agatu in Benue State on Sunday, police in Makurdi said.',
      'Agatu',
      7.89,
      7.91,
    ],
    // Garmsir district of Helmand
    [
      'Soldiers repelled an attack on an outpost near Garmsir in southern Helmand province, officials in Lashkar Gah said.',
      'Garmsir',
      31.13,
      64.19,
    ],
  ])('%s', (text, name, lat, lon) => {
    const g = place(text, name)?.geo;
    expect(near(g, lat, lon, 25)).toBe(true);
    expect(g?.near).toBeUndefined();
  });

  it('a district of that name far outside the province is no reading', () => {
    // (Bayo is a local government area of Borno, some 500 km from Benue's point)
    const g = place(
      'Gunmen killed six farmers near Bayo in Benue State on Sunday, police in Makurdi said.',
      'Bayo',
    )?.geo;
    expect(g?.near).toBe('Benue State');
  });

  it("a village set near a town keeps the town's point, whatever district shares its name", () => {
    // (Biase is a local government area of Cross River, far from Makurdi)
    const g = place('Gunmen stormed Biase, a village near Makurdi, on Sunday, police said.', 'Biase')?.geo;
    expect(g?.near).toBe('Makurdi');
  });
});

describe('a place nothing else placed is the district of its name in the article’s country', () => {
  it.each([
    [
      'Herders clashed with farmers in Bekwarra on Saturday, a Nigerian official said.',
      'Bekwarra',
      6.69,
      8.94,
    ],
    [
      'Taliban fighters attacked a police post in Arghistan on Monday, Afghan officials said.',
      'Arghistan',
      31.56,
      66.58,
    ],
  ])('%s', (text, name, lat, lon) => {
    expect(near(place(text, name)?.geo, lat, lon, 25)).toBe(true);
  });
});
