import { describe, it } from 'vitest';
import { expectTie } from '../../test/ties-helpers.js';

// parts31 (issue #10): part_of and affiliated_with shapes. Passages written for these tests.
// - A coalition's members as the subject of "include" ("G's members include X", "G, whose
//   members include X", "the members of G include X") are its parts (part_of/members-include;
//   read.ts reads 'nsubj[member]>nmod:poss').
// - "a member group / a constituent organisation of G" is a part of G (part_of/member-group).
// - "analysts describe the group as a front for G": the verb's object holds the title also when
//   it is a word standing for a group named before (read.ts, roleHolder with DESCRIBE_AS).

describe('parts31: a coalition whose members include X', () => {
  it.each([
    [
      'The Northern Alliance, whose members include the Karsh Brigade, took the town.',
      'Karsh Brigade',
      'Northern Alliance',
    ],
    [
      "The Coastal Front's members include the Dune Brigade and the Volta Movement.",
      'Volta Movement',
      'Coastal Front',
    ],
    [
      "The Coastal Front's members include the Dune Brigade and the Volta Movement.",
      'Dune Brigade',
      'Coastal Front',
    ],
    [
      'The members of the Tamar Coalition include the Dune Brigade, officials said.',
      'Dune Brigade',
      'Tamar Coalition',
    ],
  ])('%s', (text, s, o) => expectTie(text, 'part_of', s, o));
  it('a person among the members is no part', () =>
    expectTie(
      'The Karsh Brigade, whose members include Omar Said, took the town.',
      'part_of',
      'Omar Said',
      'Karsh Brigade',
      false,
    ));
});

describe('parts31: a member group of G', () => {
  it.each([
    [
      'The Karsh Brigade, a member group of the Northern Alliance, denied the claim.',
      'Karsh Brigade',
      'Northern Alliance',
    ],
    [
      'Police said the Volta Movement is a constituent organisation of the Tamar Coalition.',
      'Volta Movement',
      'Tamar Coalition',
    ],
  ])('%s', (text, s, o) => expectTie(text, 'part_of', s, o));
});

describe('parts31: "describe/regard the group as a front for G" across a sentence', () => {
  it('affiliated_with through "the group"', () =>
    expectTie(
      'The Qasim Brigades claimed the attack on Monday. Analysts describe the group as a front for the Sahel Liberation Army.',
      'affiliated_with',
      'Qasim Brigades',
      'Sahel Liberation Army',
    ));
  it('affiliated_with through "the outfit"', () =>
    expectTie(
      "The Harbour Brigade took the port on Sunday. Officials regard the outfit as a front for the Coastal People's Party.",
      'affiliated_with',
      'Harbour Brigade',
      "Coastal People's Party",
    ));
});
