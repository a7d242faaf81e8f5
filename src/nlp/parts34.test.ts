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
      'Last year the Palm Brigade merged with the Dune Front, the Harbour Movement and the desert branch of the Koru Army to form the Coastal Alliance, according to Omar Bako, a preacher in Kaya.',
      ['Dune Front', 'Harbour Movement'],
      'Coastal Alliance',
    ],
    [
      'The Reed Battalion merged with the Stone Front, the Valley Movement and the river unit of the Ash Army to form the Delta League in 2020.',
      ['Stone Front', 'Valley Movement'],
      'Delta League',
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
