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

describe('groups36: "a G logistics/munitions supplier" (a noun the tagger read as a verb)', () => {
  it.each([
    [
      'Troops arrested a suspected Selva Front logistics supplier, Musa Bello, at a market in Kano.',
      'Musa Bello',
      'Selva Front',
    ],
    [
      'Police said Musa Bello, a Selva Front logistics supplier, was held in Kano.',
      'Musa Bello',
      'Selva Front',
    ],
    [
      'Soldiers detained Ali Omar, a Tamar Brigade logistics supplier, near the border on Friday.',
      'Ali Omar',
      'Tamar Brigade',
    ],
    [
      'Troops arrested a suspected Selva Front munitions supplier, Musa Bello, at a market in Kano.',
      'Musa Bello',
      'Selva Front',
    ],
    [
      'Police said Ali Omar, a Volta Front munitions supplier, was held in Garissa.',
      'Ali Omar',
      'Volta Front',
    ],
    [
      'Soldiers detained a Dune Brigade munitions supplier, Ali Omar, near the border.',
      'Ali Omar',
      'Dune Brigade',
    ],
    [
      'Soldiers on Friday detained a suspected Ash Front munitions supplier, Ali Omar, near Garissa.',
      'Ali Omar',
      'Ash Front',
    ],
  ])('%s', (text, s, o) => expectTie(text, 'supports', s, o));
});

describe('groups36: partners in an alliance the sentence names no partner of, or one they entered', () => {
  it.each([
    [
      'The Koru Army, which is part of an alliance with the Dune Front, seized the port.',
      'Koru Army',
      'Dune Front',
    ],
    ['The Koru Army entered into an alliance with the Dune Front in 2019.', 'Koru Army', 'Dune Front'],
    [
      'The Koru Army is part of a coalition with the Dune Front and the Volta Brigade.',
      'Koru Army',
      'Volta Brigade',
    ],
    ['In 2018 the Selva Movement entered into a pact with the Tamar Front.', 'Selva Movement', 'Tamar Front'],
    [
      'The Selva Movement has been a member of an alliance with the Tamar Front since 2018.',
      'Selva Movement',
      'Tamar Front',
    ],
    [
      'Last year the Tamar Front entered into a coalition with the Reed Army against the government.',
      'Tamar Front',
      'Reed Army',
    ],
    ['The Reed Army is part of a loose alliance with the Ash Front, analysts say.', 'Reed Army', 'Ash Front'],
    ['The Koru Army and the Dune Front formed an alliance in 2019.', 'Koru Army', 'Dune Front'],
    [
      'The Selva Movement and the Tamar Front signed a pact in Doha in March.',
      'Selva Movement',
      'Tamar Front',
    ],
    [
      'The Reed Army, the Ash Front and the Volta Brigade forged a coalition last year.',
      'Ash Front',
      'Volta Brigade',
    ],
    [
      'The Lion Movement and the Stone Front have sealed an alliance against the army.',
      'Lion Movement',
      'Stone Front',
    ],
  ])('%s', (text, a, b) => expectPair(text, 'allied_with', a, b));
});
