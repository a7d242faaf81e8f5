import { describe, it } from 'vitest';
import { expectNoTie, expectTie } from '../../test/ties-helpers.js';

// Issue #10, member_of on unseen wording (members34 helper). Passages written for these tests,
// with invented names.
// - A list of people keeps its names past each one's age and where each is from ("A, 31, and B,
//   27", "A, 24, of P, B, 30, of Q, and C"), so "the men", "they" after it stand for the whole list
//   (`lastPersonRun`, `listBefore`, `LIST_GAP`, `ORIGIN_GAP` in relations.ts).
// - Membership as the ground of a legal act takes a noun standing for a group named before ("found
//   guilty of belonging to the group / to a proscribed organisation": the cue table's anaphors,
//   passed to `membershipAsGround` as `groupWords`); a banned group of no known kind is the one
//   organisation of no kind named before when no armed group is.
// - "X, believed/thought/said/alleged/suspected … to be / of being / as TITLE of G": a participle of
//   belief or report set off by a comma right after a person's name gives the name the title
//   (`believedOf` in ties/read.ts).
// - "a commander with G" is one of many, a member; "the second-in-command of G" is a member.

describe('members34: a list of people past ages and home towns', () => {
  it.each([
    [
      'A court in Oyo jailed Kofi Asante, 31, and Yaw Boateng, 27, for an arson attack in 2022. Prosecutors told the judge the men were all members of the Volta Redemption Army.',
      'Yaw Boateng',
    ],
    [
      'A court in Oyo jailed Kofi Asante, 31, and Yaw Boateng, 27, for an arson attack in 2022. Prosecutors told the judge the men were all members of the Volta Redemption Army.',
      'Kofi Asante',
    ],
    [
      'Kofi Asante, 24, of Kumasi, Yaw Boateng, 30, of Tamale, and Efua Mensah, 19, of Accra, were charged on Friday. Police said the men were all members of the Volta Redemption Army.',
      'Yaw Boateng',
    ],
    [
      'Kofi Asante, 24, of Kumasi, Yaw Boateng, 30, of Tamale, and Efua Mensah, 19, of Accra, were charged on Friday. Police said the men were all members of the Volta Redemption Army.',
      'Kofi Asante',
    ],
  ])('%s → %s', (text, person) => expectTie(text, 'member_of', person, 'Volta Redemption Army'));

  it('a list broken by a sentence of its own names no one else', () =>
    expectNoTie(
      'Kofi Asante, 31, was jailed on Monday. Yaw Boateng, a farmer, testified for the defence. The judge said the defendant was a member of the Volta Redemption Army.',
      'member_of',
      'Yaw Boateng',
      'Volta Redemption Army',
    ));
});

describe('members34: the group a membership charge names by a noun', () => {
  it.each([
    [
      'A jury in Ho has found three men guilty in the Volta Liberation Front case. Kofi Asante, 24, Yaw Boateng, 30, and Efua Mensah, 19, were found guilty on Friday of belonging to an outlawed group.',
      'Efua Mensah',
      'Volta Liberation Front',
    ],
    [
      'The Volta Redemption Army burned a police station last year. Kofi Asante was found guilty on Friday of belonging to the group.',
      'Kofi Asante',
      'Volta Redemption Army',
    ],
    [
      'The Volta Redemption Army burned a police station last year. Police arrested Yaw Boateng on Friday for belonging to the group.',
      'Yaw Boateng',
      'Volta Redemption Army',
    ],
    [
      'Two brothers from York were sentenced for membership of the outlawed far-right network Iron Dawn Collective. Tom Barlow, 22, and Sam Barlow, 25, had been convicted of belonging to a proscribed group.',
      'Sam Barlow',
      'Iron Dawn Collective',
    ],
  ])('%s → %s ∈ %s', (text, person, group) => expectTie(text, 'member_of', person, group));

  it('not when the verdict cleared them', () =>
    expectNoTie(
      'The Volta Redemption Army burned a police station last year. Kofi Asante was found not guilty on Friday of belonging to the group.',
      'member_of',
      'Kofi Asante',
      'Volta Redemption Army',
    ));
});

describe('members34: a title on a participle of belief set off after a name', () => {
  it.each([
    [
      'Police arrested Kofi Asante, believed to be a senior member of the Volta Redemption Army, in Tamale.',
      'Kofi Asante',
    ],
    [
      'Yaw Boateng, suspected of being a commander in the Volta Redemption Army, was detained on Monday.',
      'Yaw Boateng',
    ],
    ['Efua Mensah, alleged to be a Volta Redemption Army recruiter, was released on bail.', 'Efua Mensah'],
    [
      'Soldiers captured Kofi Asante, considered by the army to be a senior figure in the Volta Redemption Army, near the river.',
      'Kofi Asante',
    ],
  ])('%s → %s', (text, person) => expectTie(text, 'member_of', person, 'Volta Redemption Army'));

  it.each([
    [
      'Yaw Boateng, widely seen as the Volta Redemption Army’s most feared commander, was killed.',
      'Yaw Boateng',
    ],
    ['Kofi Asante, presumed to be the head of the Volta Redemption Army, was captured.', 'Kofi Asante'],
  ])('%s → %s leads', (text, person) => expectTie(text, 'leader_of', person, 'Volta Redemption Army'));

  it('a participle on a noun, not set off after the name: no title for the name', () =>
    expectNoTie(
      'Kofi Asante met a man believed to be a member of the Volta Redemption Army in Tamale.',
      'member_of',
      'Kofi Asante',
      'Volta Redemption Army',
    ));
});

describe('members34: titles with "with" and second-in-command', () => {
  it.each([
    ['Kofi Asante, a commander with the Volta Redemption Army, was killed near the border.', 'Kofi Asante'],
    ['Troops captured Yaw Boateng, a senior leader with the Volta Redemption Army.', 'Yaw Boateng'],
    [
      'Efua Mensah, the second-in-command of the Volta Redemption Army, surrendered on Friday.',
      'Efua Mensah',
    ],
    [
      "The Volta Redemption Army's second-in-command, Kofi Asante, was arrested at a checkpoint.",
      'Kofi Asante',
    ],
  ])('%s → %s', (text, person) => expectTie(text, 'member_of', person, 'Volta Redemption Army'));

  it.each([
    ['Kofi Asante, a commander with the Volta Redemption Army, was killed near the border.', 'Kofi Asante'],
    [
      'Efua Mensah, the second-in-command of the Volta Redemption Army, surrendered on Friday.',
      'Efua Mensah',
    ],
  ])('%s → %s does not lead', (text, person) =>
    expectNoTie(text, 'leader_of', person, 'Volta Redemption Army'),
  );
});
