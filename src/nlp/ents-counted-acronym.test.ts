import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from '../../test/entities-helpers.js';

// An acronym with a count ("3R": three words in R), which the tokenizer splits into a number and
// capitals (issue #10). Every sentence and name here is written for the test.

describe('a counted acronym defined in brackets names the group before it', () => {
  it.each([
    [
      'Fighters of Return, Reclamation and Rehabilitation (3R) burned a village. The 3R later denied it.',
      '3R',
      'Return, Reclamation and Rehabilitation',
    ],
    [
      'The Movement for Mutual Mobilisation (3M) held the bridge. Soldiers said 3M fighters had fled.',
      '3M',
      'Movement for Mutual Mobilisation',
    ],
    [
      'A unit of the Popular Patriotic Front (2PF) surrendered. Two 2PF commanders were held.',
      '2PF',
      'Popular Patriotic Front',
    ],
  ])('%s', (text, acr, full) => {
    const e = find(text, acr);
    expect(e?.type).toBe('organization');
    expect(e?.names).toContain(full);
    // one entity for every use, and no person made of the capitals alone
    expect(entitiesOf(text).filter((x) => x.names.includes(acr))).toHaveLength(1);
    expect(entitiesOf(text).some((x) => x.type === 'person')).toBe(false);
  });
});
