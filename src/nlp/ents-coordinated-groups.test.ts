import { describe, expect, it } from 'vitest';
import { typeOf } from '../../test/entities-helpers.js';

// Two names joined by "and" before a plural group noun are two groups (issue #10). Every
// sentence and name here is written for the test.

describe('names coordinated before a plural group noun are groups', () => {
  it.each([
    ['Police said the G9 and G-Pep federations had joined forces.', ['G9', 'G-Pep']],
    ['Police said the Zaro Boys and Tindo Mbare gangs had joined forces.', ['Zaro Boys', 'Tindo Mbare']],
    ['Witnesses said the K7 and Bel-Air factions traded fire at dawn.', ['K7', 'Bel-Air']],
  ])('%s', (text, names) => {
    for (const name of names) expect(typeOf(text, name), name).toBe('organization');
  });
});
