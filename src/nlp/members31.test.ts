import { describe, it } from 'vitest';
import { expectNoTie, expectTie } from '../../test/ties-helpers.js';

// Issue #10, membership as the ground of a legal act (members31 helper, `ties-members31.ts`).
// Passages written for these tests, with invented names.
// - "arrested X for belonging to G", "X was sentenced to five years for membership of G",
//   "jailed X for being a member of G", "A, B and C were found guilty of belonging to G",
//   "detained X on charges of belonging to G", "arrested on suspicion of being a member of G":
//   the membership word has no subject of its own, so whom the act takes (its object, or its
//   passive subject; the names set beside a plural noun) is G's member (`membershipAsGround`).
// - Not when the verdict cleared them ("acquitted of", "not guilty of"), nor when the membership
//   word has a subject of its own or hangs on another verb ("arrested X, whose brother belonged to
//   G", "for helping men who belonged to G"); the parse reader's gerund after the object of a
//   clearing verb ("acquitted/cleared X of belonging to G") gives X nothing (`CLEARED` in
//   ties/read.ts).

describe('members31: membership as the ground of an arrest, a charge or a verdict', () => {
  it.each([
    [
      'Police arrested Oumar Sow on Tuesday for belonging to the Sahel Liberation Front.',
      'Oumar Sow',
      'Sahel Liberation Front',
    ],
    [
      'Gendarmes arrested Lena Marsh in Calder for belonging to the Kestrel Delta Cells.',
      'Lena Marsh',
      'Kestrel Delta Cells',
    ],
    [
      'Oumar Sow was arrested on Tuesday for belonging to the Sahel Liberation Front.',
      'Oumar Sow',
      'Sahel Liberation Front',
    ],
    [
      'Lena Marsh was detained last week for belonging to the Kestrel Delta Cells.',
      'Lena Marsh',
      'Kestrel Delta Cells',
    ],
    [
      'A court in Bamako jailed Oumar Sow for five years for being a member of the Sahel Liberation Front.',
      'Oumar Sow',
      'Sahel Liberation Front',
    ],
    [
      'A judge in Calder jailed Lena Marsh for six years for being a member of the Kestrel Delta Cells.',
      'Lena Marsh',
      'Kestrel Delta Cells',
    ],
    [
      'Oumar Sow was sentenced to five years for membership of the Sahel Liberation Front.',
      'Oumar Sow',
      'Sahel Liberation Front',
    ],
    [
      'Lena Marsh was sentenced on Monday to seven years in jail for membership of the Kestrel Delta Cells.',
      'Lena Marsh',
      'Kestrel Delta Cells',
    ],
    [
      'Police detained Karim Sy on Friday on charges of belonging to the Sahel Liberation Front.',
      'Karim Sy',
      'Sahel Liberation Front',
    ],
    [
      'Lena Marsh was held in Calder on charges of belonging to the Kestrel Delta Cells.',
      'Lena Marsh',
      'Kestrel Delta Cells',
    ],
    [
      'Karim Sy was arrested on suspicion of being an active member of the Sahel Liberation Front.',
      'Karim Sy',
      'Sahel Liberation Front',
    ],
    [
      'Officers arrested Lena Marsh on suspicion of being an active member of the Kestrel Delta Cells.',
      'Lena Marsh',
      'Kestrel Delta Cells',
    ],
  ])('%s', (text, person, group) => expectTie(text, 'member_of', person, group));

  it.each([
    [
      'Three men, Yusuf Bello, Sani Garba and Musa Idris, were found guilty of belonging to the Sahel Liberation Front.',
      ['Yusuf Bello', 'Sani Garba', 'Musa Idris'],
      'Sahel Liberation Front',
    ],
    [
      'Two women, Lena Marsh and Ada Penrose, were convicted on Thursday of belonging to the Kestrel Delta Cells.',
      ['Lena Marsh', 'Ada Penrose'],
      'Kestrel Delta Cells',
    ],
  ])('each person the verdict names: %s', (text, people, group) => {
    for (const p of people) expectTie(text, 'member_of', p, group);
  });
});

describe('members31: no membership from a cleared charge or from another holder', () => {
  it.each([
    [
      'Karim Sy was acquitted of belonging to the Sahel Liberation Front.',
      'Karim Sy',
      'Sahel Liberation Front',
    ],
    [
      'A jury in Calder acquitted Lena Marsh of belonging to the Kestrel Delta Cells.',
      'Lena Marsh',
      'Kestrel Delta Cells',
    ],
    [
      'The court cleared Lena Marsh of belonging to the Kestrel Delta Cells.',
      'Lena Marsh',
      'Kestrel Delta Cells',
    ],
    [
      'Judges acquitted Omar Diop of membership of the Sahel Liberation Front.',
      'Omar Diop',
      'Sahel Liberation Front',
    ],
    [
      'A court found Karim Sy not guilty of membership of the Sahel Liberation Front.',
      'Karim Sy',
      'Sahel Liberation Front',
    ],
    [
      'Judges in Calder found Lena Marsh not guilty of belonging to the Kestrel Delta Cells.',
      'Lena Marsh',
      'Kestrel Delta Cells',
    ],
    [
      'Police arrested Karim Sy, whose brother belonged to the Sahel Liberation Front.',
      'Karim Sy',
      'Sahel Liberation Front',
    ],
    [
      'Police arrested Karim Sy for helping men who belonged to the Sahel Liberation Front.',
      'Karim Sy',
      'Sahel Liberation Front',
    ],
    [
      'Officers detained Lena Marsh for sheltering two fugitives who belonged to the Kestrel Delta Cells.',
      'Lena Marsh',
      'Kestrel Delta Cells',
    ],
  ])('%s', (text, person, group) => expectNoTie(text, 'member_of', person, group));
});

// "the union", "the league", "the federation" for the one organisation named before whose name
// ends with the noun or has it before "of" (the cue table's `HEAD_NOUN_ANAPHOR` in relations.ts)
describe('members31: a bare head noun stands for the one organisation it ends', () => {
  it.each([
    [
      'The Union of Sahel Tribes has fought the insurgents since 2019. Musa Keita, a senior commander of the union, told reporters his men were ready.',
      'Musa Keita',
      'Union of Sahel Tribes',
    ],
    [
      'The Northern Tribal League said on Monday it had sent fighters to the border. Yusuf Adamu, a senior official of the league, said 200 men had gone.',
      'Yusuf Adamu',
      'Northern Tribal League',
    ],
    [
      'The Delta Farmers Federation called a strike. Ada Penrose, a member of the federation, said prices had doubled.',
      'Ada Penrose',
      'Delta Farmers Federation',
    ],
  ])('%s', (text, person, group) => expectTie(text, 'member_of', person, group));

  it('no antecedent when two such names fit', () => {
    const text =
      'The Union of Sahel Tribes and the Union of River Clans met in Gao. Musa Keita, a commander of the union, said talks had failed.';
    expectNoTie(text, 'member_of', 'Musa Keita', 'Union of Sahel Tribes');
    expectNoTie(text, 'member_of', 'Musa Keita', 'Union of River Clans');
  });
});
