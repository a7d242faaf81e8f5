import { describe, expect, it } from 'vitest';
import { near, place } from '../../test/geocode-helpers.js';
import { featureOfStem } from './geocode-places34.js';

// places34: a wide feature named without the noun the curated tables key it by ("Virunga" for the
// Virunga National Park), or with another noun of the same kind ("the Sulaiman hills" for the
// Sulaiman Mountains), is that feature when it is the only one of its stem in the article's
// countries. Every sentence is written for the test; the people are made up, the places are real.

describe('a bare name is the one curated feature of that stem', () => {
  it.each([
    [
      'Congolese rangers said militiamen had built camps deep inside Virunga this month, north of Goma.',
      'Virunga',
      -0.6,
      29.5,
    ],
    [
      'Two rangers were shot dead in Virunga on Friday, the park authority in Congo said.',
      'Virunga',
      -0.6,
      29.5,
    ],
    [
      'Poachers crossed into Garamba from South Sudan last week, Congolese park officials said.',
      'Garamba',
      4.1,
      29.3,
    ],
  ])('%s', (text, name, lat, lon) => {
    expect(near(place(text, name)?.geo, lat, lon, 30)).toBe(true);
  });
});

describe('hills, mountains and a range are one kind of feature', () => {
  it.each([
    // the name keeps its noun ("Sulaiman Hills"), the tables have "Sulaiman Mountains"
    [
      'Soldiers searched caves across the Sulaiman Hills after the ambush, officials in Pakistan said.',
      'Sulaiman Hills',
      30.5,
      69.8,
    ],
    // (not the point of the town named beside it, 90 km off)
    [
      'Pakistani troops killed six insurgents in the Sulaiman hills near Dera Ghazi Khan on Monday.',
      'Sulaiman hills',
      30.5,
      69.8,
    ],
    // the noun written after the name, outside it: not a namesake village abroad
    [
      'Sudanese army units and rebels clashed again in the Nuba hills on Wednesday, aid workers said.',
      'Nuba',
      11.5,
      30.5,
    ],
    [
      'Villagers in Sudan said the militia burned crops across the Nuba hills for a second week.',
      'Nuba',
      11.5,
      30.5,
    ],
    ['Moroccan gendarmes found the hikers alive in the Atlas hills on Thursday.', 'Atlas hills', 31.5, -6],
    ['Kurdish rebels slipped across the Zagros range into Iraq, Iranian state media said.', 'Zagros', 33, 48],
    [
      'Iranian guards said smugglers used the passes of the Zagros hills near Kermanshah.',
      'Zagros hills',
      33,
      48,
    ],
  ])('%s', (text, name, lat, lon) => {
    expect(near(place(text, name)?.geo, lat, lon, 30)).toBe(true);
  });
});

describe('what the stem does not name', () => {
  it('a feature of another kind: a delta or a valley is no point of the river', () => {
    expect(featureOfStem('Nile Delta', ['EG'])).toBeNull();
    expect(featureOfStem('Juba valley', ['SO'])).toBeNull();
  });
  it('a feature of a country the article does not name', () => {
    expect(featureOfStem('Zagros', ['IR'])?.country).toBe('IR');
    expect(featureOfStem('Zagros', ['TR', 'GR'])).toBeNull();
  });
  it('a stem too short to say anything', () => {
    expect(featureOfStem('Air hills', ['NE'])).toBeNull();
  });
});
