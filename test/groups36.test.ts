import { describe, expect, it } from 'vitest';
import { expectTie, readTies, showTies } from './ties-helpers.js';

// groups36: ties between groups. Passages written for these tests, with invented groups.
// - "A and B back H", "G's leaders support H", "leaders of G fund H", "G, whose commanders
//   finance H": after a plural subject the tagger read a backing verb's plain form as a noun or
//   an adverb (parse.ts, pluralBackingVerb), and a group's people stand for it through "whose"
//   too (read.ts, whoseOwner in the stand-in of RANKS_OF_FORCE).
// - "a G logistics supplier", "a G munitions supplier": words that are never verbs, which the
//   tagger read as the verb of the name before them (parse.ts, NEVER_VERB).
// - "X entered into an alliance with Y", "X is part of / a member of an alliance with Y": the agent
//   of the alliance noun (read.ts, agentNoun); "X and Y formed an alliance / signed a pact" with no
//   partner named after the noun ties those who made it (read.ts, PACT_MADE).

/** an asserted tie of a symmetric type between a and b, either way round (none when `want` is false) */
function expectPair(text: string, type: string, a: string, b: string, want = true): void {
  const found = readTies(text);
  const ok = found.some(
    (r) => r.type === type && !r.negated && ((r.s === a && r.o === b) || (r.s === b && r.o === a)),
  );
  expect(ok, showTies(found)).toBe(want);
}

describe('groups36: a plural subject backs a group', () => {
  it.each([
    [
      'The gunmen struck offices of the Selva Party, whose leaders back the Volta Front and are called traitors by the Koru Group.',
      [['Selva Party', 'Volta Front']],
    ],
    [
      'The Dune Movement, whose commanders openly support the Tamar Front, denied any role.',
      [['Dune Movement', 'Tamar Front']],
    ],
    [
      'The Reed Council and the Stone Movement fund the Harbour Brigade, diplomats say.',
      [
        ['Reed Council', 'Harbour Brigade'],
        ['Stone Movement', 'Harbour Brigade'],
      ],
    ],
    [
      'Both Kenya and Uganda finance the Ash Front, a report said.',
      [
        ['Kenya', 'Ash Front'],
        ['Uganda', 'Ash Front'],
      ],
    ],
    [
      'Members of the Reed Council back the Harbour Brigade, police believe.',
      [['Reed Council', 'Harbour Brigade']],
    ],
    [
      'Officials of the Dune Movement support the Volta Front, residents say.',
      [['Dune Movement', 'Volta Front']],
    ],
    [
      "The Stone Movement's commanders back the Tamar Front, officials say.",
      [['Stone Movement', 'Tamar Front']],
    ],
    [
      'Leaders of the Reed Council support the Stone Brigade, the report said.',
      [['Reed Council', 'Stone Brigade']],
    ],
    [
      'The Lion Movement and the Reed Council fund the Ash Front, according to the indictment.',
      [
        ['Lion Movement', 'Ash Front'],
        ['Reed Council', 'Ash Front'],
      ],
    ],
    [
      "The Tamar Front's members back the Harbour Brigade, police believe.",
      [['Tamar Front', 'Harbour Brigade']],
    ],
    [
      'Commanders of the Volta Front fund the Dune Movement through a trading firm.',
      [['Volta Front', 'Dune Movement']],
    ],
    [
      'Qatar and Turkey back the Harbour Brigade, which controls the port.',
      [
        ['Qatar', 'Harbour Brigade'],
        ['Turkey', 'Harbour Brigade'],
      ],
    ],
    ['Members of the Koru Party finance the Ash Front, prosecutors allege.', [['Koru Party', 'Ash Front']]],
  ])('%s', (text, pairs) => {
    for (const [s, o] of pairs) expectTie(text, 'supports', s, o);
  });
});
