import { describe, it } from 'vitest';
import { expectFight, expectTie } from '../../test/ties-helpers.js';

// Issue #10, armed-conflict ties (fights33 helper). Passages written for these tests, with
// invented names.
// - An "object" that carries a preposition of its own is an oblique the parser hung on the wrong
//   arc: after "each other" the parser may make "each" a determiner of the place that follows and
//   the place the verb's object ("battled each other often in A and B" with A the object and "in"
//   its case). Such a name is never the one fought (`adverbPrep` in ties/stranded-subject.ts, read
//   by the verb patterns of ties/read.ts), and it is no foe of the two sides' own that would stop
//   "the two militias" from fighting each other (`foeOf` in ties-fights30.ts).

describe('fights33: a place the parser made the object of a fight verb', () => {
  it.each([
    [
      'The Kivu Defence Force and the Lomar Brigade rule the hills. The two militias battled each other often in Chad and Niger during 2019.',
      'Kivu Defence Force',
      'Lomar Brigade',
    ],
    [
      'The Sabu Front and the Tarsa Liberation Army share a border. Both groups have battled each other often in Mali and Niger.',
      'Sabu Front',
      'Tarsa Liberation Army',
    ],
  ])('the two sides fight each other: %s', (text, a, b) => expectFight(text, a, b));

  it.each([
    [
      'The Kivu Defence Force and the Lomar Brigade rule the hills. The two militias battled each other often in Chad and Niger during 2019.',
      'Kivu Defence Force',
      'Chad',
    ],
    [
      'The Kivu Defence Force and the Lomar Brigade rule the hills. The two militias battled each other often in Chad and Niger during 2019.',
      'Lomar Brigade',
      'Niger',
    ],
    [
      'The Sabu Front and the Tarsa Liberation Army share a border. Both groups have battled each other often in Mali and Niger.',
      'Sabu Front',
      'Mali',
    ],
    [
      'Fighters of the Sabu Front have clashed each other often across Niger and Chad.',
      'Sabu Front',
      'Niger',
    ],
    [
      'Members of the Kivu Defence Force have attacked each other often around Benin and Togo.',
      'Kivu Defence Force',
      'Benin',
    ],
  ])('no fight with the place of the fighting: %s', (text, a, b) => expectFight(text, a, b, false));
});

describe('fights33: the relative clause still names the object when the parser dropped one', () => {
  it.each([
    [
      'The Sabu Front has battled the Lomar Brigade, a militia that Ghana arms, for control of the river since 2019.',
      'Ghana',
      'Lomar Brigade',
    ],
    [
      'The Orun Movement has fought the Ketu Brigade, a faction that Niger supports, for control of Agadez since 2021.',
      'Niger',
      'Ketu Brigade',
    ],
  ])('%s', (text, s, o) => expectTie(text, 'supports', s, o));
});
