import { describe, it } from 'vitest';
import { expectTie } from '../../test/ties-helpers.js';

// parts34: part_of between groups that merge to form another. Passages written for these tests,
// with invented groups.
// - "A merged with B, C and the D branch to form G": the parser may hang "to form" on the list's
//   last noun (an acl) instead of the verb of merging; up that noun's conjuncts to the verb's
//   "with" phrase, the listed groups are parts of G all the same (read.ts, mergedToForm).

describe('parts34: "to form" hung on the last name of a merger list', () => {
  it.each([
    [
      'The Palm Brigade was founded in 2015 by Omar Bako, a preacher from Kaya, and two years later it merged with the Dune Front, the Harbour Movement and the desert branch of the Koru Army to form the Coastal Alliance, which swore allegiance to the Koru Army.',
      ['Dune Front', 'Harbour Movement'],
      'Coastal Alliance',
    ],
    [
      'The Yarrow Column was created in 2001 by Ali Dembe, a trader from Gombo, and a decade later it merged with the Ember Front, the Slate Movement and the hill wing of the Tide Army to form the Hill Coalition, which swore loyalty to the Tide Army.',
      ['Ember Front', 'Slate Movement'],
      'Hill Coalition',
    ],
  ])('%s', (text, parts, whole) => {
    for (const a of parts) expectTie(text, 'part_of', a, whole);
  });
  it('a list with no verb of merging forms no parts', () => {
    const text =
      'Soldiers met the Dune Front, the Harbour Movement and the southern wing of the Koru Army to form a cordon near the port.';
    expectTie(text, 'part_of', 'Dune Front', 'Koru Army', false);
    expectTie(text, 'part_of', 'Harbour Movement', 'Koru Army', false);
  });
});
