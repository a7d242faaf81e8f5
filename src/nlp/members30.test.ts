import { describe, it } from 'vitest';
import { expectNoTie, expectTie } from '../../test/ties-helpers.js';

// Issue #10, located_in and member_of read on weak evidence (members30 helper,
// `ties-members30.ts`). Passages written for these tests, with invented names.
// - "in P" after an organisation that counts a noun's armed people ("fighters of G in P",
//   "troops of the 4th Brigade in P") or names the subject of a noun of presence or activity
//   ("the rise of G in P", "the expansion of G in P") says where the people are or where G acts,
//   not its seat (`placeOfGroupsPeople`, the cue table's `org-in-place`).
// - "X, a financier of G, in P": the comma closes the apposition that holds G, so "in P" is the
//   verb's (`placeAfterClosingComma`).
// - "X, whose son joined G", "X, whose brother works for G": the joining or working verb has a
//   subject of its own, and X is no member (`membershipVerbOfOthers`).
// - "X, 34, who belongs to G": "who" after an age set off by commas stands for the name before the
//   age (the parse reader's fallback for a misattached relative clause, ties/read.ts).
// - A person who surrenders or deserts leaves the group his own title names ("the G commander
//   X"), even when no gazetteer or name word says G is armed, rather than an armed group named
//   sentences before (`armedByItsPeople` in defection.ts).

describe("members30: the place of a group's people or acts is no seat", () => {
  it.each([
    [
      'The Sahara Lions, a jihadist group, have grown. Fighters of the Sahara Lions in Bekora burned the market on Sunday.',
      'Sahara Lions',
      'Bekora',
    ],
    ['Troops of the 4th Mountain Brigade in Marova repelled the attack.', '4th Mountain Brigade', 'Marova'],
    [
      'The Iron Oak Order, an armed group, denied the report. The gunmen said that militants of the Iron Oak Order in Dalvik had been ordered to withdraw.',
      'Iron Oak Order',
      'Dalvik',
    ],
    [
      'The Sahara Lions, a jihadist group, have grown. The rise of the Sahara Lions in Tarvesh worried officials.',
      'Sahara Lions',
      'Tarvesh',
    ],
    [
      'The Sahara Lions, a jihadist group, have grown. Diplomats said the expansion of the Sahara Lions in Kodari had alarmed neighbouring states.',
      'Sahara Lions',
      'Kodari',
    ],
    [
      'The Iron Oak Order, an armed group, denied the report. The study traced the spread of the Iron Oak Order in Sareth over the past decade.',
      'Iron Oak Order',
      'Sareth',
    ],
    [
      'Prosecutors said the cell was a continuation of the Iron Oak Order in Velmar under a new name.',
      'Iron Oak Order',
      'Velmar',
    ],
  ])('%s', (text, org, place) => {
    expectNoTie(text, 'located_in', org, place);
  });

  // (the seat of a body named by its people's title stays)
  it.each([
    [
      'Lena Park, a researcher at the Harbour Policy Institute in Velmar, said the group was weaker.',
      'Harbour Policy Institute',
      'Velmar',
    ],
    [
      'Omar Ilunga, an analyst with the Lakeside Security Forum in Dalvik, said the attacks would go on.',
      'Lakeside Security Forum',
      'Dalvik',
    ],
  ])('%s', (text, org, place) => {
    expectTie(text, 'located_in', org, place);
  });
});

describe('members30: a comma closing the apposition that holds the group', () => {
  it.each([
    [
      'The Sahara Lions, a jihadist group, have grown. Security forces arrested Hamid Rahal, a suspected financier of the Sahara Lions, in Tarvesh.',
      'Sahara Lions',
      'Tarvesh',
    ],
    [
      'Soldiers killed Tariq Osei, who had led a cell of the Iron Oak Order, in Velmar last week.',
      'Iron Oak Order',
      'Velmar',
    ],
  ])('%s', (text, org, place) => {
    expectNoTie(text, 'located_in', org, place);
  });
});

describe("members30: a surrender leaves the group of the person's own title", () => {
  it.each([
    [
      'Boko Haram attacked a convoy near Maiduguri last month. Moussa Dembele, the Sahara Lions commander in Bekora, surrendered to the army on Monday.',
      'Moussa Dembele',
      'Sahara Lions',
      'Boko Haram',
    ],
    [
      'Al-Shabaab fighters ambushed a patrol on the border in March. Police said Yusuf Warsame, a senior commander of the Iron Oak Order, surrendered to troops on Sunday.',
      'Yusuf Warsame',
      'Iron Oak Order',
      'Al-Shabaab',
    ],
  ])('%s', (text, person, own, earlier) => {
    expectTie(text, 'split_from', person, own);
    expectNoTie(text, 'split_from', person, earlier);
    expectNoTie(text, 'member_of', person, earlier);
  });
});

describe('members30: a joining or working verb with a subject of its own', () => {
  it.each([
    [
      'The Sahara Lions, a jihadist group, have grown. Abdel Karim, whose son joined the Sahara Lions in 2020, said he had not seen him since.',
      'Abdel Karim',
      'Sahara Lions',
    ],
    [
      'The Iron Oak Order, an armed group, denied the report. Grace Otieno, whose brother works for the Iron Oak Order, refused to comment.',
      'Grace Otieno',
      'Iron Oak Order',
    ],
  ])('%s', (text, person, org) => {
    expectNoTie(text, 'member_of', person, org);
  });

  // (the person who is the verb's subject, or whom "who" stands for, still joined or works)
  it.each([
    [
      'The Sahara Lions, a jihadist group, have grown. Abdel Karim, who joined the Sahara Lions in 2020, said he had left.',
      'Abdel Karim',
      'Sahara Lions',
    ],
    [
      'The Iron Oak Order, an armed group, denied the report. Grace Otieno works for the Iron Oak Order, her lawyer said.',
      'Grace Otieno',
      'Iron Oak Order',
    ],
  ])('%s', (text, person, org) => {
    expectTie(text, 'member_of', person, org);
  });
});

describe('members30: "who" after an age set off by commas stands for the name before the age', () => {
  it.each([
    [
      'The Iron Oak Order, an armed group, denied the report. Rami Aziz, 34, who belongs to the Iron Oak Order, was charged.',
      'Rami Aziz',
      'Iron Oak Order',
    ],
    [
      'The Sahara Lions, a jihadist group, have grown. Daniel Frost, 31, who belonged to the Sahara Lions, was sentenced on Friday.',
      'Daniel Frost',
      'Sahara Lions',
    ],
  ])('%s', (text, person, org) => {
    expectTie(text, 'member_of', person, org);
  });
});
