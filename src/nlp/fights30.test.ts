import { describe, it } from 'vitest';
import { expectFight } from '../../test/ties-helpers.js';

// Issue #10, armed-conflict ties on unseen wording (fights30 helper): mechanisms, not cues.
// Passages written for these tests, with invented names.
// - The sides of an act of war (ties-fights30.ts, `actSides`, called by event-ties.ts): an attack
//   or killing whose agent and patient are organisations is `fights` when one is armed and the
//   other has no kind (who attacks an armed force fights it), or when the patient of no kind owns a
//   military site or men on the parse ("a patrol of G", "a G checkpoint"); not a company's bus.
// - Two sides told by a plural noun (ties-fights30.ts, `twoSidesFight`): "the rival factions
//   battled", "the two factions have fought", "the two groups fought one another" are the
//   last two organisations named before (in the sentence or the one before); not when the noun has
//   a foe of its own ("both groups fought the army"), nor when it is denied.
// - A verb with no subject of its own joined to a passive one ("G is based in P and has fought H",
//   "G was trained by H and has fought K") shares the passive's subject, not its agent
//   (ties/read.ts, `agentOf`).

describe('fights30: the sides of an act of war', () => {
  it.each([
    // an organisation of no kind attacking an armed force
    [
      "Late on Monday, the Sunrise Front's Hawk unit attacked a Kordovian Army checkpoint near Arbor.",
      'Hawk',
      'Kordovian Army',
    ],
    [
      'Two members of the Hawk unit were captured. Both men belonged to a Hawk cell that attacked a Kordovian Army checkpoint near Arbor in May.',
      'Hawk',
      'Kordovian Army',
    ],
    // a patient of no kind that owns a force's patrol or checkpoint
    [
      'After a quiet winter the Sunrise Front took Arbor in April, and in June its gunmen ambushed a patrol of the Sable Watch near Tarsa.',
      'Sunrise Front',
      'Sable Watch',
    ],
    [
      'After a quiet winter the Ostland Front took Mora in April, and in June its gunmen ambushed a patrol of the Morrow Watch near Kalen.',
      'Ostland Front',
      'Morrow Watch',
    ],
  ])('%s', (text, a, b) => expectFight(text, a, b));

  it('an organisation of no kind whose bus was ambushed is no side', () =>
    expectFight(
      'After a quiet winter the Sunrise Front took Arbor in April, and in June its gunmen ambushed a bus of Tarsa Holdings near Velm.',
      'Sunrise Front',
      'Tarsa Holdings',
      false,
    ));
});

describe('fights30: two sides told by a plural noun', () => {
  it.each([
    [
      'In 2021 a faction calling itself the Northern Command Council broke away from the Sunrise Front; every summer since, the rival factions have battled around Velm.',
      'Northern Command Council',
      'Sunrise Front',
    ],
    [
      'The Northern Command Council split from the Sunrise Front in 2021. Since then the two factions have fought for control of the islands.',
      'Northern Command Council',
      'Sunrise Front',
    ],
    [
      'The Northern Command Council split from the Sunrise Front in 2021, and for two years the two groups fought one another for the valley.',
      'Northern Command Council',
      'Sunrise Front',
    ],
    [
      'The Amber Legion left the Sunrise Front in 2020. Since then the two groups have fought one another in the hills.',
      'Amber Legion',
      'Sunrise Front',
    ],
    [
      'The Hawk Brigade broke with the Sunrise Front last year. The rival groups clashed near Velm on Monday, Reuters reported.',
      'Hawk Brigade',
      'Sunrise Front',
    ],
  ])('%s', (text, a, b) => expectFight(text, a, b));

  it.each([
    // a foe of their own: they fight the army, not each other
    [
      'The Northern Command Council and the Sunrise Front signed a pact in 2021, and both groups have clashed with the Kordovian Army since.',
      'Northern Command Council',
      'Sunrise Front',
    ],
    // denied
    [
      'The Hawk Brigade split from the Sunrise Front in 2021, but the two factions have not clashed since.',
      'Hawk Brigade',
      'Sunrise Front',
    ],
  ])('not: %s', (text, a, b) => expectFight(text, a, b, false));
});

describe('fights30: a verb joined to a passive one shares its subject, not its agent', () => {
  it.each([
    [
      'The Sunrise Front, which is based in the hills and has fought the Kordovian Army since 2019, has recruited heavily among students.',
      'Sunrise Front',
      'Kordovian Army',
    ],
    [
      'The Sunrise Front is based in the hills and has fought the Kordovian Army since 2019.',
      'Sunrise Front',
      'Kordovian Army',
    ],
    [
      'The Hawk Brigade was founded by former officers in 2012 and has battled the Sunrise Front ever since.',
      'Hawk Brigade',
      'Sunrise Front',
    ],
    [
      'The Hawk Brigade was trained by the Kordovian Army and has fought the Sunrise Front since 2019.',
      'Hawk Brigade',
      'Sunrise Front',
    ],
  ])('%s', (text, a, b) => expectFight(text, a, b));

  it("the passive's agent is no side of the second verb's fight", () =>
    expectFight(
      'The Hawk Brigade was trained by the Kordovian Army and has fought the Sunrise Front since 2019.',
      'Kordovian Army',
      'Sunrise Front',
      false,
    ));
});
