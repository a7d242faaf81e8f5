import { describe, expect, it } from 'vitest';
import { expectTie, readTies } from '../../test/ties-helpers.js';

// parts33: part_of and affiliated_with between groups, branches and wings. Passages written for
// these tests, with invented groups.
// - A title with a copula and a coordinator of its own but no subject, joined to a verb ("G holds
//   three towns and is a member of H"), is held by that verb's subject; a passive's own subject
//   ("G was founded in 2011 and is the armed wing of H"), never its agent (read.ts, roleHolder).
// - "merged with A, B and C to form G": every listed group is a part of G, also the names the
//   parser hung on the verb without a preposition (read.ts, part_of/form).
// - "G declared / announced a P Province / a new H Wing": a named province, branch or wing a
//   group sets up is part of it; not when two groups set it up together (part_of/declared-branch).
// - "a camp of H (HH), G's regional command in P" with the owned title hung on the verb: the name
//   before the comma holds it (read.ts, roleHolder).
// - "G, an alliance formed by … . The alliance is …": a bare definite noun stands for the
//   organisation the text set it beside (relations.ts, calledNoun).

describe('parts33: a copular title joined to a verb shares its subject', () => {
  it.each([
    [
      'The Karsa Front controls most of the valley, and is nominally part of the Northern Patriotic Alliance.',
      'Karsa Front',
      'Northern Patriotic Alliance',
    ],
    [
      'The Selva Movement holds three towns in the north and is a member of the Coastal Coalition.',
      'Selva Movement',
      'Coastal Coalition',
    ],
    [
      'The Red Hand Brigade was founded in 2011, and is the military wing of the Free Valley Party.',
      'Red Hand Brigade',
      'Free Valley Party',
    ],
  ])('%s', (text, a, b) => expectTie(text, 'part_of', a, b));
  it('a passive joined to the title gives its subject, not its agent', () => {
    const text =
      'The Red Hand Brigade was founded by the Dune Brigade in 2011, and is now the military wing of the Free Valley Party.';
    expectTie(text, 'part_of', 'Red Hand Brigade', 'Free Valley Party');
    expectTie(text, 'part_of', 'Dune Brigade', 'Free Valley Party', false);
  });
});

describe('parts33: every group merged to form another is part of it', () => {
  it.each([
    [
      'Years later it merged with the Dune Brigade, the Selva Movement and the Harbour Front to form the Coastal Coalition.',
      ['Dune Brigade', 'Selva Movement', 'Harbour Front'],
    ],
    [
      'The Tamar Group merged with the Dune Brigade and the Selva Movement to form the Coastal Coalition.',
      ['Tamar Group', 'Dune Brigade', 'Selva Movement'],
    ],
  ])('%s', (text, parts) => {
    for (const p of parts) expectTie(text, 'part_of', p, 'Coastal Coalition');
  });
});

describe('parts33: a province, branch or wing a group declares is its part', () => {
  it.each([
    [
      'The Islamic State later announced a Pakistan Province, separate from its Khorasan branch.',
      'Pakistan Province',
      'Islamic State',
    ],
    ['The Tamar Group announced a new Coastal Wing last spring.', 'Coastal Wing', 'Tamar Group'],
    [
      'Al-Qaeda established a Sahel Branch in 2017, and the Islamic State answered by proclaiming a Sahel Province.',
      'Sahel Province',
      'Islamic State',
    ],
  ])('%s', (text, a, b) => expectTie(text, 'part_of', a, b));
  it('a body two groups set up together is a part of neither', () => {
    const text = 'The Dune Brigade and the Selva Movement formed the Coastal Branch in 2012.';
    expectTie(text, 'part_of', 'Coastal Branch', 'Dune Brigade', false);
    expectTie(text, 'part_of', 'Coastal Branch', 'Selva Movement', false);
  });
});

describe("parts33: G's owned unit set beside a name the parser hung on the verb", () => {
  it.each([
    [
      "Troops raided a camp of the Komite Selatan (KS), the Karsa Front's regional command in the hills.",
      'Komite Selatan',
      'Karsa Front',
    ],
    [
      "Among the dead was a squad leader of the Komite Selatan (KS), the Karsa Front's regional command in the hills.",
      'Komite Selatan',
      'Karsa Front',
    ],
    [
      "Soldiers shot dead a sniper of the Dune Brigade (DB), the Selva Movement's armed wing, near the river.",
      'Dune Brigade',
      'Selva Movement',
    ],
  ])('%s', (text, a, b) => expectTie(text, 'part_of', a, b));
});

describe('parts33: "the alliance" stands for the group the text called an alliance', () => {
  it('a denied part, in the next sentence', () => {
    const found = readTies(
      'Responsibility was claimed by the Coastal Coalition, an alliance the Dune Brigade and the Selva Movement created in 2024. Yet the alliance is not itself part of the Northern Front, although its fighters share supply routes.',
    );
    expect(
      found.some(
        (r) => r.type === 'part_of' && r.s === 'Coastal Coalition' && r.o === 'Northern Front' && r.negated,
      ),
    ).toBe(true);
  });
  it('a coalition named by another noun', () =>
    expectTie(
      'The Tamar Council (TC), a coalition of six clan militias, seized the port. The coalition is a member of the Northern Front, its spokesman said.',
      'part_of',
      'Tamar Council',
      'Northern Front',
    ));
});
