import { describe, expect, it } from 'vitest';
import { hasTie, readTies, showTies } from './ties-helpers.js';

// denials36: ties the text denies. Passages written for these tests, with invented groups and people.
// - "rebuffed" and "repudiated" deny what they govern as "denied", "rejected" and "dismissed" do,
//   also where the parser hangs the rarer verb on the claim noun as its modifier
//   (ties/read.ts, DENY, deniedBy).
// - "There is no evidence / sign / proof / indication that X belonged to G", "police have not
//   found any evidence that …": a tie in a clause on a noun of grounds that the text says there is
//   none of is denied (ties/read.ts, GROUNDS, groundless).
// - "G rejected claims that it was part of H": a title a denied clause gives only a pronoun is held
//   by whoever denies it, when of the pronoun's kind (ties/read.ts, denierOwnsTitle).
// - "X, a spokesman for G, denied that the group had links to H", "a spokesman for G denied that it
//   had …": the group noun or "it" a denied tie gives as its holder is the group the denier speaks
//   for (ties/read.ts, denierHolds, speaksFor).
// - '"We have no links with H," said X, a senior commander of G': "we" in a quote speaks for the
//   group its speaker holds a title in (leader, chief, head, commander, chairman, founder,
//   official, emir, member, figure, as for a spokesman), or the one group an earlier tie makes the
//   speaker a spokesman, leader or member of (relations.ts, SPEAKS_FOR, spokenFor).

/** Expects the tie, denied. */
function expectDenied(text: string, type: string, s: string, o: string): void {
  const found = readTies(text);
  expect(hasTie(found, type, s, o, true), showTies(found)).toBe(true);
  expect(hasTie(found, type, s, o, false), showTies(found)).toBe(false);
}

describe('denials36: rebuffed, repudiated', () => {
  it.each([
    [
      'The Tana Liberation Army rebuffed suggestions that it was allied with the Red River Front.',
      'allied_with',
      'Tana Liberation Army',
      'Red River Front',
    ],
    [
      'The Red River Front has rebuffed reports of links with the Tana Liberation Army.',
      'affiliated_with',
      'Red River Front',
      'Tana Liberation Army',
    ],
    [
      'Claims of ties to the Ogaden Front were rebuffed by the Coastal Defence League on Sunday.',
      'affiliated_with',
      'Coastal Defence League',
      'Ogaden Front',
    ],
    [
      'Farid Haddad rebuffed claims that he was a fighter for the Sahel Youth Front.',
      'member_of',
      'Farid Haddad',
      'Sahel Youth Front',
    ],
    [
      'The Coastal Defence League repudiated reports that it had links with the Ogaden Front.',
      'affiliated_with',
      'Coastal Defence League',
      'Ogaden Front',
    ],
    [
      'Farid Haddad repudiated suggestions that he was a member of the Northern Shield Movement.',
      'member_of',
      'Farid Haddad',
      'Northern Shield Movement',
    ],
    [
      'In a statement on Friday, the Northern Shield Movement repudiated claims that it was part of the Granite Brigade.',
      'part_of',
      'Northern Shield Movement',
      'Granite Brigade',
    ],
  ])('%s', (text, type, s, o) => expectDenied(text, type, s, o));
});

describe('denials36: no evidence that …', () => {
  it.each([
    [
      'There is no evidence that the Tana Liberation Army is linked to the Red River Front, officials said.',
      'affiliated_with',
      'Tana Liberation Army',
      'Red River Front',
    ],
    [
      'Police found no evidence that Musa Keita was a member of the Sahel Youth Front.',
      'member_of',
      'Musa Keita',
      'Sahel Youth Front',
    ],
    [
      'Investigators have not found any evidence that the Coastal Defence League has ties to the Ogaden Front.',
      'affiliated_with',
      'Coastal Defence League',
      'Ogaden Front',
    ],
    [
      'The ministry said there was no sign that Farid Haddad had joined the Northern Shield Movement.',
      'member_of',
      'Farid Haddad',
      'Northern Shield Movement',
    ],
    [
      'Analysts see no sign that the Granite Brigade is allied with the Tana Liberation Army.',
      'allied_with',
      'Granite Brigade',
      'Tana Liberation Army',
    ],
    [
      'Prosecutors offered no proof that Musa Keita belonged to the Sahel Youth Front, his lawyer said.',
      'member_of',
      'Musa Keita',
      'Sahel Youth Front',
    ],
    [
      'There was no proof that the Ogaden Front had links with the Coastal Defence League, the report found.',
      'affiliated_with',
      'Ogaden Front',
      'Coastal Defence League',
    ],
    [
      'There is no indication that the Red River Front is affiliated with the Granite Brigade, a police spokesman said.',
      'affiliated_with',
      'Red River Front',
      'Granite Brigade',
    ],
    [
      'Officials said they had seen no indication that Farid Haddad had joined the Sahel Youth Front.',
      'member_of',
      'Farid Haddad',
      'Sahel Youth Front',
    ],
  ])('%s', (text, type, s, o) => expectDenied(text, type, s, o));
});

describe('denials36: a denied title held by the denier', () => {
  it.each([
    [
      'The Northern Shield Movement rejected claims that it was part of the Granite Brigade.',
      'Northern Shield Movement',
      'Granite Brigade',
    ],
    [
      'The Ogaden Front dismissed reports that it was a faction of the Granite Brigade.',
      'Ogaden Front',
      'Granite Brigade',
    ],
    [
      'The Sahel Youth Front has rejected claims that it is a wing of the Tana Liberation Army.',
      'Sahel Youth Front',
      'Tana Liberation Army',
    ],
    [
      'The Coastal Defence League on Monday rebuffed suggestions that it was a branch of the Red River Front.',
      'Coastal Defence League',
      'Red River Front',
    ],
  ])('%s', (text, s, o) => expectDenied(text, 'part_of', s, o));
});

describe('denials36: "we" speaks for the speaker\'s group', () => {
  it.each([
    [
      '"We have no links with the Ogaden Front," said Musa Keita, the leader of the Granite Brigade.',
      'Granite Brigade',
      'Ogaden Front',
    ],
    [
      '"We have nothing at all to do with the Ogaden Front," Coastal Defence League leader Farid Haddad told reporters in Berbera.',
      'Coastal Defence League',
      'Ogaden Front',
    ],
    [
      '"We have no links with the Granite Brigade," Musa Keita, the chief of the Coastal Defence League, said by telephone.',
      'Coastal Defence League',
      'Granite Brigade',
    ],
    [
      '"We have no relationship with the Sahel Youth Front," Ogaden Front chief Farid Haddad said.',
      'Ogaden Front',
      'Sahel Youth Front',
    ],
    [
      '"We have no ties to the Granite Brigade," said Musa Keita, the head of the Northern Shield Movement.',
      'Northern Shield Movement',
      'Granite Brigade',
    ],
    [
      '"We have no ties to the Sahel Youth Front," said Farid Haddad, the head of the Red River Front, in a video.',
      'Red River Front',
      'Sahel Youth Front',
    ],
    [
      '"We have no links with the Red River Front," said Musa Keita, a senior commander of the Tana Liberation Army.',
      'Tana Liberation Army',
      'Red River Front',
    ],
    [
      '"We have no connection with the Tana Liberation Army," said Musa Keita, a Coastal Defence League commander.',
      'Coastal Defence League',
      'Tana Liberation Army',
    ],
    [
      '"We have nothing at all to do with the Northern Shield Movement," said Farid Haddad, a commander with the Ogaden Front.',
      'Ogaden Front',
      'Northern Shield Movement',
    ],
    [
      '"We have no links with the Red River Front," said Musa Keita, the chairman of the Northern Shield Movement.',
      'Northern Shield Movement',
      'Red River Front',
    ],
    [
      '"We have nothing at all to do with the Granite Brigade," Sahel Youth Front chairman Farid Haddad said in a statement.',
      'Sahel Youth Front',
      'Granite Brigade',
    ],
    [
      '"We have no connection with the Coastal Defence League," said Farid Haddad, a founder of the Tana Liberation Army.',
      'Tana Liberation Army',
      'Coastal Defence League',
    ],
    [
      '"We have nothing at all to do with the Granite Brigade," said Musa Keita, the founder of the Ogaden Front.',
      'Ogaden Front',
      'Granite Brigade',
    ],
    [
      '"We have no connection with the Sahel Youth Front," said Farid Haddad, a senior official of the Tana Liberation Army.',
      'Tana Liberation Army',
      'Sahel Youth Front',
    ],
    [
      '"We are not affiliated with the Red River Front," Farid Haddad, a senior Ogaden Front official, said on Monday.',
      'Ogaden Front',
      'Red River Front',
    ],
    [
      '"We have no ties to the Ogaden Front," said Musa Keita, the emir of the Sahel Youth Front.',
      'Sahel Youth Front',
      'Ogaden Front',
    ],
    [
      '"We have no relationship with the Red River Front," Granite Brigade emir Farid Haddad said in an audio message.',
      'Granite Brigade',
      'Red River Front',
    ],
    [
      '"We have no connection to the Tana Liberation Army," said Musa Keita, a member of the Coastal Defence League.',
      'Coastal Defence League',
      'Tana Liberation Army',
    ],
    [
      '"We are not linked to the Ogaden Front," Farid Haddad, a longtime member of the Red River Front, told the court.',
      'Red River Front',
      'Ogaden Front',
    ],
    [
      '"We have no ties to the Sahel Youth Front," said Farid Haddad, a senior figure in the Granite Brigade.',
      'Granite Brigade',
      'Sahel Youth Front',
    ],
    [
      '"We have no links with the Tana Liberation Army," Musa Keita, a prominent figure in the Northern Shield Movement, said.',
      'Northern Shield Movement',
      'Tana Liberation Army',
    ],
  ])('%s', (text, s, o) => {
    const found = readTies(text);
    const type = found.find((r) => r.negated && r.o === o)?.type ?? 'affiliated_with';
    expect(hasTie(found, type, s, o, true), showTies(found)).toBe(true);
    // (not the speaker himself)
    expect(
      found.some((r) => r.negated && r.o === o && r.s !== s),
      showTies(found),
    ).toBe(false);
  });

  it.each([
    [
      'Musa Keita has led the Tana Liberation Army since 2019. "We have no links with the Red River Front," Keita said.',
      'affiliated_with',
      'Tana Liberation Army',
      'Red River Front',
    ],
    [
      'Police say Farid Haddad is a member of the Ogaden Front. "We have nothing at all to do with the Granite Brigade," Haddad told a local radio station.',
      'affiliated_with',
      'Ogaden Front',
      'Granite Brigade',
    ],
    [
      'The Coastal Defence League named Musa Keita as its spokesman in March. "We are not allied with the Sahel Youth Front," Keita said on Tuesday.',
      'allied_with',
      'Coastal Defence League',
      'Sahel Youth Front',
    ],
    [
      'Farid Haddad joined the Northern Shield Movement in 2015 and rose to command its eastern units. "We are not at odds with the Granite Brigade," Haddad said.',
      'rival_of',
      'Northern Shield Movement',
      'Granite Brigade',
    ],
  ])('by an earlier tie: %s', (text, type, s, o) => {
    const found = readTies(text);
    expect(hasTie(found, type, s, o, true), showTies(found)).toBe(true);
  });
});

describe('denials36: the denier speaks for the group', () => {
  it.each([
    [
      'A spokesman for the Kora Front denied that the group had any relationship with the Volta Brigade.',
      'Kora Front',
      'Volta Brigade',
    ],
    [
      'Ahmed Bello, a spokesman for the Kora Front, denied that the group had links with the Volta Brigade.',
      'Kora Front',
      'Volta Brigade',
    ],
    [
      'The Granite Brigade stormed a prison on Monday. A spokesman for the group denied that it had any relationship with the Ogaden Front.',
      'Granite Brigade',
      'Ogaden Front',
    ],
    [
      'An official of the Coastal Defence League denied that it had any connection with the Tana Liberation Army.',
      'Coastal Defence League',
      'Tana Liberation Army',
    ],
  ])('%s', (text, s, o) => {
    const found = readTies(text);
    expect(hasTie(found, 'affiliated_with', s, o, true), showTies(found)).toBe(true);
    // (not the one who speaks for it)
    expect(
      found.some((r) => r.negated && r.o === o && r.s !== s),
      showTies(found),
    ).toBe(false);
  });
});
