import { describe, expect, it } from 'vitest';
import { near, place } from './geocode-helpers.js';

// places38: every sentence is written for the test; the places are real.

describe('a second-level division none of whose towns carries its code: its seat, the town of its name in its province', () => {
  it.each([
    // Iran's Torkaman county (Bandar Torkaman, Golestan), not a village of that name in the north-west
    [
      'Two officers were shot dead in Torkaman county, in Golestan province, Iranian police said.',
      'Torkaman',
      36.9,
      54.07,
      30,
    ],
    // Iran's Karun county (Kut-e Abdollah, Khuzestan), not a village of the name in Fars
    [
      'Iranian state media said saboteurs had blown up a pipeline in Karun county of Khuzestan province.',
      'Karun',
      31.24,
      48.66,
      30,
    ],
    // the same county with no province written: future tense, another city named first
    [
      "Saboteurs will be tried in Ahvaz for an attack on a pumping station in Karun county, Iran's judiciary said.",
      'Karun',
      31.24,
      48.66,
      30,
    ],
    // Angola's Jamba municipality of Huíla, not the Jamba of Cuando Cubango 700 km east; passive
    [
      'Angolan troops were sent to Jamba municipality in Huila province after the raid.',
      'Jamba',
      -14.69,
      16.07,
      40,
    ],
    // the same, "the X municipality of Y"
    [
      'Police in Angola are hunting a gang that robbed a bank in the Jamba municipality of Huila.',
      'Jamba',
      -14.69,
      16.07,
      40,
    ],
    // Angola's Bailundo municipality (Huambo), not a namesake in the north; possessive country
    [
      "A rebel camp was found in the Bailundo municipality of Angola's Huambo province, police said.",
      'Bailundo',
      -12.18,
      15.87,
      30,
    ],
    // the same with its province after a comma, present perfect, the country by its adjective
    [
      'Farmers in Bailundo municipality, Huambo, have been evicted by soldiers, an Angolan rights group says.',
      'Bailundo',
      -12.18,
      15.87,
      30,
    ],
  ])('%s', (text, name, lat, lon, km) => {
    expect(near(place(text, name)?.geo, lat, lon, km)).toBe(true);
  });
});
