import { describe, expect, it } from 'vitest';
import { typeOf } from '../../test/entities-helpers.js';

// A bearing in lower case before a name the gazetteer does not hold as written makes it a
// place (ents14). Every sentence and name here is written for the test.

describe('a name after a lower-case bearing is a place', () => {
  it.each([
    ['Militia fighters burned three villages in southern Vardania on Friday.', 'Vardania'],
    ['The rebels now hold most of northern Kelvaro, a monitor said.', 'Kelvaro'],
    ['Troops pushed into south-western Ostrava Dolna after the ceasefire collapsed.', 'Ostrava Dolna'],
    ['Aid convoys reached central Marrenland for the first time in a year.', 'Marrenland'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });

  it('keeps a group after a bearing a group, and a person with a given name a person', () => {
    expect(typeOf('He met northern Hamas commanders in the camp.', 'Hamas')).toBe('organization');
    expect(typeOf('Police detained Ali Veski in central Lahore on Monday.', 'Ali Veski')).toBe('person');
  });
});

describe('what gunmen storm, shell or raid is a place', () => {
  it.each([
    ['Gunmen stormed Kolvara on Sunday night, killing four guards.', 'Kolvara'],
    ['Government jets shelled Tarvesh for a third day, residents said.', 'Tarvesh'],
    ['Soldiers raided Mendura before dawn and detained 12 men.', 'Mendura'],
    ['The army bombarded Qaryat Zelin overnight after the rebels refused to withdraw.', 'Qaryat Zelin'],
    ['Thousands of families fled Dovrany after the market was burned.', 'Dovrany'],
    ['Residents are fleeing Ostrel as the rebels advance from the south.', 'Ostrel'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });

  it('leaves a group that is raided a group', () => {
    expect(typeOf('Police raided the offices of the Kolvar Front in the capital.', 'Kolvar Front')).not.toBe(
      'place',
    );
  });
});

describe('names in a list of places', () => {
  it.each([
    ['The convoy was ambushed on the road between Tarvesh and Mendura, police said.', ['Tarvesh', 'Mendura']],
    ['Gunmen fired on traffic on the highway linking Kolvara and Dovrany.', ['Kolvara', 'Dovrany']],
    ['The militants now control villages such as Ostrel and Bravka.', ['Ostrel', 'Bravka']],
    [
      'Raids hit several towns, including Tarvesh, Mendura and Ostrel, last month.',
      ['Tarvesh', 'Mendura', 'Ostrel'],
    ],
  ])('%s', (text, names) => {
    for (const name of names) expect(typeOf(text, name), name).toBe('place');
  });

  it('leaves people listed after other nouns people', () => {
    expect(typeOf('Leaders such as Arno Kolvar and Tess Merrick have called for calm.', 'Arno Kolvar')).toBe(
      'person',
    );
    expect(typeOf('Talks between Hamas and Fatah resumed in Cairo on Monday.', 'Hamas')).toBe('organization');
  });
});

describe('after the noun of an act of war and a place preposition, a name with a given name is ground', () => {
  it.each([
    ['Two soldiers died in a blast near Mir Ali on Monday, officials said.', 'Mir Ali'],
    ['Heavy fighting outside Hassan Abdal left three policemen dead.', 'Hassan Abdal'],
    ['A bombing in Sheikh Maqsood wounded four people at a bus stop.', 'Sheikh Maqsood'],
    ['The clashes near Umar Kot lasted until dawn, residents said.', 'Umar Kot'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });

  it('keeps a person who owns the noun after, one with a title, and one an act is on', () => {
    expect(typeOf("A raid near Mullah Karim Zadran's compound was reported.", 'Mullah Karim Zadran')).toBe(
      'person',
    );
    expect(typeOf('The attack near President Idris Kamara drew condemnation.', 'Idris Kamara')).toBe(
      'person',
    );
    expect(typeOf('The attack on Ali Veski was condemned by the council.', 'Ali Veski')).toBe('person');
  });
});
