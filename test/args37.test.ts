import { describe, expect, it } from 'vitest';
import { expectNoTie, readTies, showTies } from './ties-helpers.js';

// args37: the right tie type given to the wrong end. Passages written for these tests, with
// invented names.
// - A clause with no subject of its own ("after pledging allegiance to H", "before joining H",
//   "for swearing an oath to H") hung on a passive verb is done by the passive's subject, not by
//   the group in its from- or by-phrase (`agentOf` in ties/read.ts); its time word does not make
//   a verb like "dismissed" deny it (`deniedBy`).
// - The cue table reads such a clause the same way: a name in a clause of time with no subject
//   of its own is never the subject of the verb outside it, and the name next to the cue inside
//   it gives way to the main verb's subject (`clauseController`, ties/controlled-clause.ts).
// - "expelled from", "sacked by": a passive verb's subject is the one expelled, so the cue table's
//   "G … expelled X" does not read the name before it as the expeller (relations.ts).

const expectTieOf = (text: string, type: string, s: string, o: string): void => {
  const found = readTies(text);
  const ok = found.some((r) => r.type === type && r.s === s && r.o === o && !r.negated);
  expect(ok, showTies(found)).toBe(true);
};

describe('args37: a clause without a subject on a passive verb is the passive subject’s', () => {
  it.each([
    [
      'Nabil Saadi was thrown out of the Ansar Brigade in 2016 after pledging allegiance to Wilayat Sahel.',
      'pledged_allegiance_to',
      'Nabil Saadi',
      'Wilayat Sahel',
      'Ansar Brigade',
    ],
    [
      'Two years ago Fatima Bello was expelled from the Kano Front for swearing an oath to Boko Haram.',
      'pledged_allegiance_to',
      'Fatima Bello',
      'Boko Haram',
      'Kano Front',
    ],
    [
      'Omar Kassim was ousted from the Liwa Brigade before swearing allegiance to Hayat Tahrir al-Sham.',
      'pledged_allegiance_to',
      'Omar Kassim',
      'Hayat Tahrir al-Sham',
      'Liwa Brigade',
    ],
    [
      'Samir Haddou was removed from the Atlas Brigade in 2017 after swearing loyalty to al-Qaeda.',
      'pledged_allegiance_to',
      'Samir Haddou',
      'al-Qaeda',
      'Atlas Brigade',
    ],
    [
      'Yusuf Kante was dismissed from the Gao Brigade after pledging allegiance to al-Qaeda.',
      'pledged_allegiance_to',
      'Yusuf Kante',
      'al-Qaeda',
      'Gao Brigade',
    ],
    [
      'Leila Mansour was dismissed from the Union Front last month after declaring allegiance to the Islamic State.',
      'pledged_allegiance_to',
      'Leila Mansour',
      'Islamic State',
      'Union Front',
    ],
    [
      'Abu Talha was sacked by the Nusra Front in 2014 after joining Jund al-Aqsa.',
      'member_of',
      'Abu Talha',
      'Jund al-Aqsa',
      'Nusra Front',
    ],
    [
      'Jamal Rauf was thrown out of the Mehsud Front in 2013 after pledging his allegiance to Daesh.',
      'pledged_allegiance_to',
      'Jamal Rauf',
      'Daesh',
      'Mehsud Front',
    ],
    [
      'Rahim Gul was dismissed from Hizb-i-Islami in 2012 after swearing loyalty to the Afghan Taliban.',
      'pledged_allegiance_to',
      'Rahim Gul',
      'Afghan Taliban',
      'Hizb-i-Islami',
    ],
    [
      'Usman Dogo was thrown out of the Niger Brigade in March after joining Ansaru.',
      'member_of',
      'Usman Dogo',
      'Ansaru',
      'Niger Brigade',
    ],
    [
      'Kofi Asante was removed from the Coastal Movement after backing the Delta Avengers.',
      'supports',
      'Kofi Asante',
      'Delta Avengers',
      'Coastal Movement',
    ],
  ])('%s', (text, type, s, o, wrong) => {
    expectTieOf(text, type, s, o);
    const found = readTies(text);
    expect(
      found.some((r) => r.s === wrong && r.o === o),
      showTies(found),
    ).toBe(false);
  });
});

describe('args37: a group inside a clause of time is not the subject of the verb after it', () => {
  it.each([
    [
      'The Kaduna Brigade, after breaking away from Ansaru in 2015, pledged loyalty to Boko Haram.',
      'pledged_allegiance_to',
      'Kaduna Brigade',
      'Ansaru',
      'Boko Haram',
    ],
    [
      'Ansar al-Sunna, since splitting from the Tawhid Front, has sworn allegiance to al-Qaeda.',
      'pledged_allegiance_to',
      'Ansar al-Sunna',
      'Tawhid Front',
      'al-Qaeda',
    ],
    [
      'The Ogoni Legion, after parting ways with the Delta Brigade, has clashed with the Coastal Army for months.',
      'fights',
      'Ogoni Legion',
      'Delta Brigade',
      'Coastal Army',
    ],
    [
      'The Bamenda Brigade, before splitting from the Ambazonia Defence Forces, was allied with the Southern Cameroons Front.',
      'allied_with',
      'Bamenda Brigade',
      'Ambazonia Defence Forces',
      'Southern Cameroons Front',
    ],
  ])('%s', (text, type, s, inClause, o) => {
    expectTieOf(text, type, s, o);
    expectNoTie(text, type, inClause, o);
    expectNoTie(text, type, o, inClause);
  });
});

describe('args37: a passive "expelled from" names the one expelled, not an expeller before it', () => {
  it.each([
    [
      'After pledging allegiance to Boko Haram, Ahmed Sule was expelled from Ansaru.',
      'Ahmed Sule',
      'Ansaru',
      'Boko Haram',
    ],
    [
      'Following a row with the Tawhid Front, Bilal Omar was expelled from Ahrar al-Sham.',
      'Bilal Omar',
      'Ahrar al-Sham',
      'Tawhid Front',
    ],
    [
      'Accused of spying for the Nusra Front, Hamza Idris was sacked by Jaysh al-Islam in May.',
      'Hamza Idris',
      'Jaysh al-Islam',
      'Nusra Front',
    ],
  ])('%s', (text, person, group, other) => {
    expectTieOf(text, 'expelled_from', person, group);
    expectNoTie(text, 'expelled_from', group, other);
  });
});
