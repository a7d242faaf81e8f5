import { describe, it } from 'vitest';
import { expectNoTie, expectTie } from './ties-helpers.js';

// member_of and leader_of (members35 helper). Passages written for these tests, with invented
// names.
// - ONTOLOGY lists "commander", "leader", "chief", "head" and "emir" among leader_of's cues and
//   does not ask that the title be the only one of its kind: "X, a commander of G", "a senior G
//   leader, X", "a G commander known as X" now give leader_of as well as the member_of that
//   member_of/one-of-many reads (leader_of/one-of-many in ties/leader_of.ts). A deputy, a former
//   holder or a sub-commander leads nothing, and who commands a part of G ("G's special forces
//   commander", "the head of G's media unit") leads that part, not G (`leadsPart`, ties/read.ts).

describe('members35: one of many commanders leads as well as belongs', () => {
  it.each([
    [
      'Karim Haddou, a commander of the Sable Hills Brigade, was seized at a checkpoint near the river.',
      'Karim Haddou',
      'Sable Hills Brigade',
    ],
    [
      'A senior Red Delta Front leader, Tomas Achebe, spoke to reporters by telephone from the swamps.',
      'Tomas Achebe',
      'Red Delta Front',
    ],
    [
      'Soldiers shot dead an Eastern Shield Movement commander, Musa Garba, near a cattle market on Friday.',
      'Musa Garba',
      'Eastern Shield Movement',
    ],
    [
      'The ambush on the convoy was planned by a Black Marsh Army commander known as Hassan Lulu, villagers said.',
      'Hassan Lulu',
      'Black Marsh Army',
    ],
    [
      'Prosecutors say Ayo Bakare served for a decade as a commander in the Coastal Liberation Army.',
      'Ayo Bakare',
      'Coastal Liberation Army',
    ],
    [
      'Villagers named the dead man as Lado Kiro, a field commander with the Upper Nile Defence Force.',
      'Lado Kiro',
      'Upper Nile Defence Force',
    ],
  ])('%s → leader_of(%s, %s)', (text, person, group) => {
    expectTie(text, 'leader_of', person, group);
    expectTie(text, 'member_of', person, group);
  });

  it.each([
    [
      'Farid Okoro, a former commander of the Sable Hills Brigade, now sells tyres in the capital.',
      'Farid Okoro',
    ],
    [
      'Nabil Sarraf, a deputy commander of the Sable Hills Brigade, was arrested at his farm.',
      'Nabil Sarraf',
    ],
    [
      "The Sable Hills Brigade's special forces commander, Idris Kanu, was killed in a drone strike.",
      'Idris Kanu',
    ],
    ['The head of the Sable Hills Brigade media unit, Omar Yaya, was detained in the port.', 'Omar Yaya'],
  ])('no leader_of: %s', (text, person) => expectNoTie(text, 'leader_of', person, 'Sable Hills Brigade'));
});

describe('members35: a title set off after the one served stays a member as it leads', () => {
  it.each([
    [
      'Police detained Tariq Amin, a driver of Salim Gara, the Red Delta Front leader in Warri, on Tuesday.',
      'Salim Gara',
      'Red Delta Front',
    ],
    [
      'Rebels freed Ana Cruz, a cook for Leon Ortiz, the Sierra Verde Front commander in Tolima, last week.',
      'Leon Ortiz',
      'Sierra Verde Front',
    ],
  ])('%s → %s', (text, person, group) => {
    expectTie(text, 'leader_of', person, group);
    expectTie(text, 'member_of', person, group);
  });
});

describe('members35: a title set off after a driver’s, a guard’s or a relative’s master', () => {
  // ", a driver of X, the G leader": the title is X's (OF_ANOTHER_AFTER in ties/leader-people.ts)
  it.each([
    [
      'Police detained Tariq Amin, a driver of Salim Gara, the Red Delta Front leader, on Tuesday.',
      'Tariq Amin',
      'Salim Gara',
      'Red Delta Front',
    ],
    [
      'Officers stopped Femi Ade, a personal guard to Salim Gara, the Red Delta Front leader, at the jetty.',
      'Femi Ade',
      'Salim Gara',
      'Red Delta Front',
    ],
    [
      'Troops arrested Bello Sani, the son of Garba Musa, the Black Marsh Army commander, near the lake.',
      'Bello Sani',
      'Garba Musa',
      'Black Marsh Army',
    ],
    [
      'Soldiers questioned Aisha Lawal, the widow of Idris Yaro, a Black Marsh Army commander, in the town.',
      'Aisha Lawal',
      'Idris Yaro',
      'Black Marsh Army',
    ],
  ])('%s', (text, other, leader, group) => {
    expectTie(text, 'leader_of', leader, group);
    expectNoTie(text, 'leader_of', other, group);
  });

  it('a relative is no member for the one of many commanders named after', () =>
    expectNoTie(
      'Soldiers questioned Aisha Lawal, the widow of Idris Yaro, a Black Marsh Army commander, in the town.',
      'member_of',
      'Aisha Lawal',
      'Black Marsh Army',
    ));
});
