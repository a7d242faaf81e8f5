import { describe, it } from 'vitest';
import { expectNoTie, expectTie } from './ties-helpers.js';

// member_of and leader_of (members35 helper). Passages written for these tests, with invented
// names.
// - A title set off after a name that itself follows a driver's, a guard's, a cook's or a
//   relative's ", a driver of X," is X's, not the first person's (OF_ANOTHER_AFTER,
//   `titlesOfServed` in ties/leader-people.ts).
// (The helper's leader_of for one of many commanders, "X, a commander of G", was held back by the
// lead: dev gold marks most such ties optional, and it reversed the tested convention.)

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
      'Gunmen kidnapped Musa Bala, the longtime chauffeur of Ahmed Tijani, the Black Marsh Army chief, outside Kano.',
      'Musa Bala',
      'Ahmed Tijani',
      'Black Marsh Army',
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
      'Soldiers questioned Aisha Lawal, the widow of Idris Yaro, the Black Marsh Army commander, in the town.',
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
      'Soldiers questioned Aisha Lawal, the widow of Idris Yaro, the Black Marsh Army commander, in the town.',
      'member_of',
      'Aisha Lawal',
      'Black Marsh Army',
    ));
});
