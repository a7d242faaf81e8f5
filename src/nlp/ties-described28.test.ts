import { describe, expect, it } from 'vitest';
import { expectNoTie, expectTie, readTies, showTies } from '../../test/ties-helpers.js';

// Issue #10, ties told in the words that describe a group or a person (ties28 helper). Passages
// written for these tests, with invented names.
// - "general secretary", "secretary general": the top of a body's secretariat leads it; a
//   secretary alone is a member (leader_of/secretary-general, member_of/secretary).
// - "H, a faction/branch of G led by X", "H, a G affiliate led by X": X leads the part, never G
//   (the cue `led-by` and the parse's leader patterns).
// - "H was set up / established by A and B": H is affiliated with each founder, and the founders
//   are allies (affiliated_with/founded-by, allied_with/formed-together).
// - "H, a branch/offshoot/affiliate of G", "H, G's arm in P": the noun of the apposition makes H an
//   organisation (mentions.ts, APPOSITION_ORG), so its tie is read.
// - "a G fighter named X", "a G commander called X": the naming participle gives the title its
//   holder with no "as".
// - "the G-linked H" where G is a body's name no gazetteer holds ("… Front-linked").
// - The leader of a group the text shows fighting, or as a part or offshoot of a militant group,
//   is no member of it as well (pipeline.ts, +employer).

describe('ties28: a general secretary leads, a secretary belongs', () => {
  it.each([
    [
      "The Rural Workers Party's general secretary, Ilka Voss, was arrested on Friday.",
      'Ilka Voss',
      'Rural Workers Party',
    ],
    [
      'Tamas Berec, secretary general of the Popular Labour Party, resigned on Monday.',
      'Tamas Berec',
      'Popular Labour Party',
    ],
    [
      'The Sable Hills Front named Daud Kareem as its general secretary last year.',
      'Daud Kareem',
      'Sable Hills Front',
    ],
  ])('%s', (text, person, org) => {
    expectTie(text, 'leader_of', person, org);
  });
  it('reads no member tie from "general secretary" on the parse', () => {
    // (the +employer member tie of a party's leader is the pipeline's, not the title's)
    const found = readTies('The Sable Hills Front named Daud Kareem as its general secretary last year.');
    expect(
      found.some((r) => r.type === 'member_of' && r.s === 'Daud Kareem'),
      showTies(found),
    ).toBe(false);
  });
  it.each([
    [
      'Oskar Lind, a secretary of the Harbour Workers Union, was questioned by police.',
      'Oskar Lind',
      'Harbour Workers Union',
    ],
    [
      "The Green Valley Party's press secretary, Mira Halden, denied the report.",
      'Mira Halden',
      'Green Valley Party',
    ],
  ])('a secretary is a member: %s', (text, person, org) => {
    expectTie(text, 'member_of', person, org);
    expectNoTie(text, 'leader_of', person, org);
  });
});

describe('ties28: "led by" after a part of a group describes the part', () => {
  it.each([
    [
      'The Red Dawn Brigade, a faction of the Northern Liberation Front led by Suleiman Barre, seized the road.',
      'Suleiman Barre',
      'Northern Liberation Front',
    ],
    [
      'Troops attacked the Hawk Column, a branch of the Sable Hills Front headed by Idris Mabrouk, near the pass.',
      'Idris Mabrouk',
      'Sable Hills Front',
    ],
    [
      'The Mountain Front, a Valley Defence Movement affiliate led by Jorge Pinto, attacked the post.',
      'Jorge Pinto',
      'Valley Defence Movement',
    ],
    [
      'The Coast Brigade, a Sable Hills Front affiliate commanded by Hamid Yousef, shelled the port.',
      'Hamid Yousef',
      'Sable Hills Front',
    ],
  ])('%s', (text, person, whole) => {
    expectNoTie(text, 'leader_of', person, whole);
  });
  it.each([
    [
      'Troops attacked the Hawk Column, a branch of the Sable Hills Front headed by Idris Mabrouk, near the pass.',
      'Idris Mabrouk',
      'Hawk Column',
    ],
    [
      'The Mountain Front, a Valley Defence Movement affiliate led by Jorge Pinto, attacked the post.',
      'Jorge Pinto',
      'Mountain Front',
    ],
  ])('the part is led: %s', (text, person, part) => {
    expectTie(text, 'leader_of', person, part);
  });
  it.each([
    [
      'The Tiger Column, which broke away from the Sable Hills Front, is led by Samir Haddad.',
      'Samir Haddad',
      'Sable Hills Front',
    ],
    [
      'The Dune Brigade, which split from the Harbour Front in 2019, is now led by Amir Zaki.',
      'Amir Zaki',
      'Harbour Front',
    ],
  ])('a group named in a relative clause is not the one led after it: %s', (text, person, inner) => {
    expectNoTie(text, 'leader_of', person, inner);
  });
  it('still reads "G, led by X" as X leading G', () => {
    expectTie(
      'The Sable Hills Front, led by Idris Mabrouk, attacked the post.',
      'leader_of',
      'Idris Mabrouk',
      'Sable Hills Front',
    );
  });
});

describe('ties28: a group two groups set up together', () => {
  it.each([
    [
      'The Harbour Front was set up by the Red Dawn Brigade and the Southern Youth Front in 2012.',
      'Harbour Front',
      'Red Dawn Brigade',
      'Southern Youth Front',
    ],
    [
      'The Red Dawn Brigade and the Southern Youth Front set up the Harbour Front in 2012.',
      'Harbour Front',
      'Red Dawn Brigade',
      'Southern Youth Front',
    ],
    [
      'The Hawk Column was established in 2016 by the Sable Hills Front and the Coast Brigade.',
      'Hawk Column',
      'Sable Hills Front',
      'Coast Brigade',
    ],
  ])('%s', (text, made, a, b) => {
    expectTie(text, 'affiliated_with', made, a);
    expectTie(text, 'affiliated_with', made, b);
    const found = readTies(text);
    expect(
      found.some((r) => r.type === 'allied_with' && [r.s, r.o].sort().join('|') === [a, b].sort().join('|')),
      showTies(found),
    ).toBe(true);
  });
  it('ties nothing to a single founder this way', () => {
    expectNoTie(
      'The Harbour Front was set up by the Red Dawn Brigade in 2012.',
      'affiliated_with',
      'Harbour Front',
      'Red Dawn Brigade',
    );
  });
  // (a coalition set up is made of its founders: the part_of pattern's own examples, run by
  // ties/patterns.test.ts)
});

describe('ties28: a group described as a part of another', () => {
  it.each([
    [
      'The Eastern Shield, a branch of the Northern Liberation Front, opened a new office.',
      'part_of',
      'Eastern Shield',
      'Northern Liberation Front',
    ],
    [
      "The Desert Hawks, the Northern Liberation Front's arm in Ostrava, recruited hundreds.",
      'part_of',
      'Desert Hawks',
      'Northern Liberation Front',
    ],
    [
      'The Silver Lances, an affiliate of the Sable Hills Front, denied the report.',
      'affiliated_with',
      'Silver Lances',
      'Sable Hills Front',
    ],
    [
      'The Iron Column, an offshoot of the Valley Defence Movement, was banned last year.',
      'split_from',
      'Iron Column',
      'Valley Defence Movement',
    ],
  ])('%s', (text, type, a, b) => {
    expectTie(text, type, a, b);
  });
});

describe('ties28: a title named by "named" or "called" with no "as"', () => {
  it.each([
    [
      'A Northern Liberation Front fighter named Ashraf Dalil was detained near the border.',
      'Ashraf Dalil',
      'Northern Liberation Front',
    ],
    [
      'Troops killed a Red Dawn Brigade fighter called Abu Salim near the river.',
      'Abu Salim',
      'Red Dawn Brigade',
    ],
    [
      'Police arrested a Sable Hills Front commander named Karim Ouda in the market.',
      'Karim Ouda',
      'Sable Hills Front',
    ],
  ])('%s', (text, person, org) => {
    expectTie(text, 'member_of', person, org);
  });
  it('gives no title to whom a leader names', () => {
    const text = 'The Red Dawn Brigade leader named Omar Bakri as his deputy on Sunday.';
    expectNoTie(text, 'leader_of', 'Omar Bakri', 'Red Dawn Brigade');
  });
});

describe('ties28: "G-linked" before a group whose name the gazetteers lack', () => {
  it.each([
    [
      'Fighters from the Northern Liberation Front-linked Islamic Sword Brigade attacked a checkpoint.',
      'Islamic Sword Brigade',
      'Northern Liberation Front',
    ],
    [
      'The Sable Hills Front-linked Coast Brigade shelled the port on Monday.',
      'Coast Brigade',
      'Sable Hills Front',
    ],
    [
      'The Southern Youth Front, a Northern Liberation Front-affiliated militia, seized the road.',
      'Southern Youth Front',
      'Northern Liberation Front',
    ],
  ])('%s', (text, a, b) => {
    expectTie(text, 'affiliated_with', a, b);
  });
});

describe('ties28: the leader of an armed group of no known kind is no member as well', () => {
  it.each([
    [
      'Troops attacked the Hawk Column, a branch of the Sable Hills Front headed by Idris Mabrouk, near the pass.',
      'Idris Mabrouk',
      'Hawk Column',
    ],
    [
      'The Dune Brigade, which split from the Harbour Front in 2019, is now led by Amir Zaki.',
      'Amir Zaki',
      'Dune Brigade',
    ],
  ])('%s', (text, person, org) => {
    expectTie(text, 'leader_of', person, org);
    expectNoTie(text, 'member_of', person, org);
  });
  it('keeps the member tie of the leader of a body of no known kind the text shows no fighting', () => {
    expectTie(
      'Lena Ruiz, director of the Coastal Research Institute, said the data were sound.',
      'member_of',
      'Lena Ruiz',
      'Coastal Research Institute',
    );
  });
});

describe('ties28: a general secretary of an armed group is no member as well', () => {
  it.each([
    [
      'Arjun Pal, general secretary of the Sable Hills Front, was arrested in Kolkata.',
      'Arjun Pal',
      'Sable Hills Front',
    ],
    [
      'The police detained Ravi Kumar, the general secretary of the Tiger Liberation Front, on Monday.',
      'Ravi Kumar',
      'Tiger Liberation Front',
    ],
  ])('%s', (text, person, org) => {
    expectTie(text, 'leader_of', person, org);
    expectNoTie(text, 'member_of', person, org);
  });
});

describe('ties28: an acronym with a bracketed qualifier names a body', () => {
  it.each([
    [
      'Arjun Pal, general secretary of the RWP (Marxist-Leninist), was arrested in Kolkata.',
      'leader_of',
      'Arjun Pal',
      'RWP (Marxist-Leninist)',
    ],
    [
      'Police say Hari Das, a senior leader of the NLP (Maoist), surrendered on Monday.',
      'member_of',
      'Hari Das',
      'NLP (Maoist)',
    ],
  ])('%s', (text, type, person, org) => {
    expectTie(text, type, person, org);
  });
});
