import { describe, expect, it } from 'vitest';
import { tieStrings } from '../../../test/ties-helpers.js';

// What a group is handed decides the tie (ties19): an oath given to G is allegiance, money,
// weapons or a refuge given to G is support, anything else (a delegation, a letter) is neither;
// a rank held "in" a group makes its holder a member, as "of" does.

const ties = (text: string) => tieStrings(text, '2026-05-10');

describe('ties19: giving to a group', () => {
  it('gives no allegiance unless the thing given is an oath', () => {
    for (const text of [
      'Boko Haram gave money to the Islamic State, the court heard.',
      'The Taliban offered refuge to al-Qaeda after 1996.',
    ]) {
      const found = ties(text);
      expect(
        found.filter((t) => t.startsWith('pledged_allegiance_to')),
        text,
      ).toEqual([]);
      expect(
        found.some((t) => t.startsWith('supports(')),
        text,
      ).toBe(true);
    }
    expect(ties("Hafiz Saeed Khan gave his bay'ah to Abu Bakr al-Baghdadi.")).toContain(
      'pledged_allegiance_to(Hafiz Saeed Khan, Abu Bakr al-Baghdadi)',
    );
  });

  it('a refuge given is support; a delegation or a letter sent is not', () => {
    expect(ties('Analysts say Eritrea gives sanctuary to the Oromo Liberation Army.')).toContain(
      'supports(Eritrea, Oromo Liberation Army)',
    );
    expect(ties('Iran sent a delegation to Hamas on Monday.')).toEqual([]);
    expect(ties('Qatar sent a letter to the Taliban in March.')).toEqual([]);
  });
});

describe('ties19: a rank in a group', () => {
  it('"a commander in G" is a member of G; "a commander in P" ties no place', () => {
    expect(ties('Omar Diallo was a senior commander in al-Shabaab until 2019.')).toContain(
      'member_of(Omar Diallo, al-Shabaab)',
    );
    expect(ties('Colonel Sami Haddad, a commander in the Lebanese Army, spoke to reporters.')).toContain(
      'member_of(Sami Haddad, Lebanese Army)',
    );
    expect(
      ties('Omar Diallo, a commander in Kismayo, was killed.').filter((t) => t.startsWith('member_of')),
    ).toEqual([]);
  });
});
