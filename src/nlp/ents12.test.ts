import { describe, expect, it } from 'vitest';
import { typeOf } from '../../test/entities-helpers.js';

// A name the gazetteer does not know, governed by a verb or noun of taking ground, is a place
// (ents12). Every sentence and every town name here is written for the test.

describe('ground that is overrun, retaken or besieged is a place', () => {
  it.each([
    ['Insurgents overran Kolbeni on Tuesday after a two-day assault, officials said.', 'Kolbeni'],
    ['Government troops retook Tarvaso from the militants last week.', 'Tarvaso'],
    ['The rebels besieged Mendrobi for three months before the truce.', 'Mendrobi'],
    ['Army units recaptured Oskandu and Velmari at dawn, the ministry said.', 'Oskandu'],
    ['The militia seized control of Ruvalle on Sunday, residents said.', 'Ruvalle'],
    ['After the fall of Dosgara, thousands of families fled south.', 'Dosgara'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });

  it('keeps people whom the same sentences name', () => {
    expect(
      typeOf('The army overran the camp and arrested Idris Kalwani, police said.', 'Idris Kalwani'),
    ).toBe('person');
    // "captured" takes people as often as towns: the verb alone types no one
    expect(typeOf('Troops captured Ahmed Sorwani near the border on Friday.', 'Ahmed Sorwani')).toBe(
      'person',
    );
    // a given name after the verb is a person's, not a town's
    expect(typeOf('Rebels besieged Hassan in his house for two days, his brother said.', 'Hassan')).not.toBe(
      'place',
    );
  });
});

// "General" opening a body's name (ents12): no rank set aside from a person
describe('"General" before a body noun opens an organisation', () => {
  it.each([
    [
      'He was held by officers of the General Directorate for Internal Security, prosecutors said.',
      'General Directorate for Internal Security',
    ],
    [
      'The General Directorate of Border Security said two smugglers were killed near Kassala.',
      'General Directorate of Border Security',
    ],
    [
      'Officers of the General Administration for Investigations detained the suspect in Giza.',
      'General Administration for Investigations',
    ],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });
  it('keeps the rank of a general who is named', () => {
    expect(
      typeOf('General Ahmed Sorwani, the army chief, said the offensive would continue.', 'Ahmed Sorwani'),
    ).toBe('person');
  });
});

// A body's opener before a known group's generic name names another group (ents12)
describe('"National", "Popular" … before a known generic name open another group', () => {
  it.each([
    ['The National Congress Party said it would boycott the talks in Khartoum.', 'National Congress Party'],
    ['The ruling National Democratic Party won the vote, the commission said.', 'National Democratic Party'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });
  it('keeps the known group when no opener stands before it', () => {
    expect(typeOf('The Congress Party said it would boycott the talks.', 'Congress Party')).toBe(
      'organization',
    );
  });
});

// Who holds a place qualifies it and is no part of its name (ents12)
describe('"Houthi-controlled Sanaa": the modifier of who holds a place is set aside', () => {
  it.each([
    ['Residents of Houthi-controlled Sanaa reported three explosions overnight.', 'Sanaa'],
    ['The convoy reached Taliban-held Kunduz before dark, a driver said.', 'Kunduz'],
    ['Shelling went on in Russian-occupied Velmarivka overnight, officials said.', 'Velmarivka'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });
  it('keeps a held name the gazetteer knows whole', () => {
    expect(
      typeOf(
        'Two soldiers were killed in Indian-administered Kashmir on Sunday.',
        'Indian-administered Kashmir',
      ),
    ).toBe('place');
  });
});

// "the island of X", "the enclave of X": the noun before "of" says the name is a place (ents12)
describe('an island, a peninsula or an enclave "of X" is a place', () => {
  it.each([
    ['He has been held in a prison on the island of Tavolara since 2004.', 'Tavolara'],
    ['The militants fled to the enclave of Kessarin, officials said.', 'Kessarin'],
    ['Fighting spread across the peninsula of Ostravo within a week.', 'Ostravo'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });
});

// "a Federal High Court": one court after "a" is an institution, not a category (ents12)
describe('a court named after "a" or "an" is an organisation', () => {
  it.each([
    [
      'The ministry banned the group in 2022, and a Federal High Court later upheld the ban.',
      'Federal High Court',
    ],
    ['On Monday a District Court in Hamburg convicted the man of membership.', 'District Court'],
    ['The case went to a Special Tribunal, which ruled in May.', 'Special Tribunal'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });
  it('still reads a designation after "a" as a category', () => {
    expect(
      typeOf(
        'The State Department named the group a Foreign Terrorist Organization.',
        'Foreign Terrorist Organization',
      ),
    ).toBeUndefined();
  });
});

// An apposition whose noun is a natural or administrative place types the name (ents12)
describe('"X, the vast desert …", "X, a range of hills": a place by its apposition', () => {
  it.each([
    ['The group has regrouped in the Kavir, the vast desert east of the capital.', 'Kavir'],
    ['The militants hide in the Hamrin, a range of hills north of the city.', 'Hamrin'],
    ['Boats left from Tavolara, a small island off the coast, before dawn.', 'Tavolara'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });
  it.each([
    ['Kalwani, a forest ranger, said he saw the gunmen.', 'Kalwani'],
    ['Oskandu, a desert guide, led the convoy to the border.', 'Oskandu'],
  ])('keeps a person whose apposition names a job at such a place: %s', (text, name) => {
    expect(typeOf(text, name)).toBe('person');
  });
});

// "del" inside a Spanish or Italian place name is part of it (ents12)
describe('a place name with "del" inside stays whole', () => {
  it.each([
    ['Soldiers were ambushed near Rincon del Malvar on Sunday.', 'Rincon del Malvar'],
    ['Police found the camp in Paraje del Ostrino after a week.', 'Paraje del Ostrino'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });
});

// The pieces of a handle or an address are no words the text writes in lower case (ents12)
describe('a handle does not make a given name a common word', () => {
  it.each([
    ['His deputy, Ammar al-Sanaani, writes on X as @abu_ammar_ye.', 'Ammar al-Sanaani'],
    ['The envoy, Dakhil Sorwani, posts as @abu_dakhil on two platforms.', 'Dakhil Sorwani'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('person');
  });
});
