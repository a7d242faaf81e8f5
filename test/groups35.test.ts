import { describe, expect, it } from 'vitest';
import { expectTie, readTies, showTies } from './ties-helpers.js';

// groups35: ties between groups. Passages written for these tests, with invented groups.
// - "G has been fighting H for control of P", "G is fighting a smaller rival, H": a fight over
//   the same ground, or against a group the text calls a rival, is a rivalry too (read.ts,
//   FIGHTS_RIVAL; a fight alone stays a fight).
// - "A is part of H, an (umbrella) alliance that also includes B": two groups that one sentence
//   makes parts of one coalition are allies (read.ts, coMembers; not units of one force).
// - "A has been part of H with B and C": the parser may hang C on H; C is listed with B, beside A,
//   never inside H... nor A inside C (read.ts, withBetween).

/** an asserted tie of a symmetric type between a and b, either way round */
function expectPair(text: string, type: string, a: string, b: string, want = true): void {
  const found = readTies(text);
  const ok = found.some(
    (r) => r.type === type && !r.negated && ((r.s === a && r.o === b) || (r.s === b && r.o === a)),
  );
  expect(ok, showTies(found)).toBe(want);
}

describe('groups35: rivals in a fight', () => {
  it.each([
    [
      'The Koru Army, which holds much of the coast, has been fighting the Volta Front for control of the valley since 2019.',
      'Koru Army',
      'Volta Front',
    ],
    [
      'In the north the Selva Brigade has fought the Harbour Movement for control of the gold mines for two years.',
      'Selva Brigade',
      'Harbour Movement',
    ],
    [
      'The Koru Army is now battling a smaller rival, the Volta Front, in the northern hills.',
      'Koru Army',
      'Volta Front',
    ],
    [
      'Last month the Tamar Group began fighting an old rival, the Dune Brigade, near the river crossing.',
      'Tamar Group',
      'Dune Brigade',
    ],
    // ("for control" hung on the acronym: read on the tokens of the clause)
    [
      'The Reed Movement has been fighting the Stone Army, known by its English initials SA, for control of the lake since 2017.',
      'Reed Movement',
      'Stone Army',
    ],
    [
      'Since 2015 the Ash Front has battled the Harbour Brigade, known to locals as the HB, for control of the fishing grounds.',
      'Ash Front',
      'Harbour Brigade',
    ],
  ])('%s', (text, a, b) => {
    expectPair(text, 'fights', a, b);
    expectPair(text, 'rival_of', a, b);
  });
  it.each([
    [
      'The Koru Army has been fighting the Volta Front near the coast since 2019.',
      'Koru Army',
      'Volta Front',
    ],
    [
      'The Selva Brigade fought the Harbour Movement for two days in March.',
      'Selva Brigade',
      'Harbour Movement',
    ],
    // (the "for control" of the next clause is another fight's)
    [
      'The Koru Army fought the Volta Front in May, and the Dune Brigade has since battled the Selva Movement for control of the port.',
      'Koru Army',
      'Volta Front',
    ],
  ])('a fight alone is no rivalry: %s', (text, a, b) => {
    expectPair(text, 'fights', a, b);
    expectPair(text, 'rival_of', a, b, false);
  });
});

describe('groups35: members of one alliance are allies', () => {
  it.each([
    [
      'The Tamar Brigade belongs to the Coastal Axis, an alliance which also includes the Dune Front and some factions in Chad.',
      'Tamar Brigade',
      'Dune Front',
      'Coastal Axis',
    ],
    [
      'The Koru Army is the biggest member of the Selva Council, an umbrella alliance of rebel movements which includes the Volta Front as well.',
      'Koru Army',
      'Volta Front',
      'Selva Council',
    ],
  ])('%s', (text, a, b, whole) => {
    expectTie(text, 'part_of', a, whole);
    expectTie(text, 'part_of', b, whole);
    expectPair(text, 'allied_with', a, b);
  });
  it('units of one force are no allies', () => {
    const text =
      'The Quds Force and the Basij Militia are both units of the Revolutionary Guard, officials said.';
    expectTie(text, 'part_of', 'Quds Force', 'Revolutionary Guard');
    expectPair(text, 'allied_with', 'Quds Force', 'Basij', false);
  });
});

describe('groups35: "part of H with B and C" puts C beside, not inside', () => {
  it.each([
    [
      'The Tamar Brigade has been part of the Coastal Alliance with the Dune Front and the Volta Movement since 2019.',
      'Tamar Brigade',
      'Volta Movement',
      'Coastal Alliance',
    ],
    [
      'Since 2016 the Reed Army has been part of the Northern Bloc with the Stone Front and the Ash Brigade.',
      'Reed Army',
      'Ash Brigade',
      'Northern Bloc',
    ],
  ])('%s', (text, a, c, whole) => {
    expectTie(text, 'part_of', a, whole);
    expectTie(text, 'part_of', a, c, false);
    expectPair(text, 'allied_with', a, c);
  });
});
