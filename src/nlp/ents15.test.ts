import { describe, expect, it } from 'vitest';
import { find, typeOf } from '../../test/entities-helpers.js';

// Unknown names typed a person by a context that belongs to another word (ents15). Every
// sentence and name here is written for the test.

describe('a name before a noun of its members is a body', () => {
  it.each([
    ['Villagers accused the Kombo Duru veterans of burning the market.', 'Kombo Duru'],
    ['Two Raia Tembo recruits were detained at a checkpoint.', 'Raia Tembo'],
    ['The army blamed the Serra Vaka militiamen for the ambush.', 'Serra Vaka'],
    ['Police said the Tindo Mbare veterans had kept their rifles.', 'Tindo Mbare'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });
});

describe('"who" after a place named with "in" or "at" is the noun before it', () => {
  it.each([
    ['She met the regional envoy at Kessarin, who promised more aid.', 'Kessarin'],
    ['Reporters spoke with a nurse at Grastov, who described the wounds.', 'Grastov'],
    ["He took orders from the Front's commander in Derry, who is now in jail.", 'Derry'],
    ["The militia's chief in Preston, who took office in May, resigned on Friday.", 'Preston'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).not.toBe('person');
  });

  it('keeps a person named after "who" or an age a person', () => {
    expect(typeOf('The raid was planned by Mendes, who fled abroad.', 'Mendes')).toBe('person');
    expect(typeOf('The guards shouted at Carlin, who ran for the gate.', 'Carlin')).toBe('person');
    expect(typeOf('The court in Dunmara heard from Ali, who is 19.', 'Ali')).toBe('person');
  });
});

describe('"of the" and a body no one names alone stay in the name', () => {
  it.each([
    [
      'The attack was confirmed by the Joint Command of the Armed Forces on Monday.',
      'Joint Command of the Armed Forces',
    ],
    ['The Supreme Council of the Army said the talks had failed.', 'Supreme Council of the Army'],
    ['The General Command of the Police announced the arrests.', 'General Command of the Police'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });

  it('still cuts before a parent body with a name of its own', () => {
    const text = 'She studied at Hunter College of the State University of New York.';
    expect(typeOf(text, 'Hunter College')).toBe('organization');
    expect(typeOf(text, 'State University of New York')).toBe('organization');
    const text2 = 'The Eastern Front of the Popular Army said it had taken the bridge.';
    expect(typeOf(text2, 'Eastern Front')).toBe('organization');
    expect(typeOf(text2, 'Popular Army')).toBe('organization');
  });
});

describe("a body's name in brackets after its name in another language is one entity with it", () => {
  it.each([
    [
      'The Army of the Righteous (Jaysh al-Salihin) shelled the town.',
      'Army of the Righteous',
      'Jaysh al-Salihin',
    ],
    [
      'Jaysh al-Salihin (Army of the Righteous) denied the report.',
      'Jaysh al-Salihin',
      'Army of the Righteous',
    ],
    [
      'Fighters of the Kolvar Liberation Front (Jabhat Tahrir Kolvar) crossed the river.',
      'Kolvar Liberation Front',
      'Jabhat Tahrir Kolvar',
    ],
    [
      'The Dunmara Youth Movement (Harakat Shabab Dunmara) called a strike.',
      'Dunmara Youth Movement',
      'Harakat Shabab Dunmara',
    ],
  ])('%s', (text, name, other) => {
    const e = find(text, name);
    expect(e?.type).toBe('organization');
    expect(e?.names).toContain(other);
  });

  it('keeps a person or a place in brackets after a body apart from it', () => {
    const text = 'The Kolvar Front (Ahmed Khan) said nothing.';
    expect(typeOf(text, 'Ahmed Khan')).toBe('person');
    expect(find(text, 'Kolvar Front')?.names).not.toContain('Ahmed Khan');
    const text2 = 'The Dunmara Youth Movement (North Waziristan) called a strike.';
    expect(find(text2, 'Dunmara Youth Movement')?.names).not.toContain('North Waziristan');
  });
});
