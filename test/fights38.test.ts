import { describe, it } from 'vitest';
import { expectFight } from './ties-helpers.js';

// Issue #10, armed-conflict ties (fights38 helper). Passages written for these tests, with
// invented groups, people and countries. Both readings are in `ties-fights38.ts`, called by
// `event-ties.ts` for an attack or a killing:
// - a person on one side of the act whom the relation stage makes a member or leader of one group
//   stands for that group (`groupOfPerson`): "F killed X, a commander of G" is F fights G;
// - a bare noun for an armed group's men on one side ("five of the insurgents", "the militants'
//   camps", "the extremists") stands for the one armed group (or organisation of no kind) the
//   text names beside it (`militantSide`), as "the soldiers" stands for the state's force.

describe("fights38: a person's side is the group the person belongs to", () => {
  it.each([
    [
      'The Tarsa National Army announced that it had shot dead Omar Kessel, a senior commander of the Korra Liberation Front, near the border on Monday.',
      'Tarsa National Army',
      'Korra Liberation Front',
    ],
    [
      "Yusuf Bandar, the leader of the Ombala People's Militia, was killed by the Velm Defence Force in an air strike on Tuesday, officials said.",
      'Velm Defence Force',
      "Ombala People's Militia",
    ],
    [
      'Halim Roz, a commander of the Korra Liberation Front, ambushed soldiers of the Tarsa National Army on the road to Ostrava last week.',
      'Korra Liberation Front',
      'Tarsa National Army',
    ],
    [
      'Government troops killed a senior militant commander near Ostrava, the Kordavian Armed Forces (KAF) said on Sunday. Piet Malan, a commander of the Velm Return Movement, died with six of his men, a military spokesman said.',
      'Kordavian Armed Forces',
      'Velm Return Movement',
    ],
    [
      'Soldiers of the Harlan Defence Force killed Idris Temba, a member of the Ombala Islamic Movement, in a raid on his hideout, the army said.',
      'Harlan Defence Force',
      'Ombala Islamic Movement',
    ],
  ])('%s', (text, a, b) => expectFight(text, a, b));
});

describe("fights38: a bare noun of a group's men on the other side of a force's act", () => {
  it.each([
    [
      'Fighters of the Tanzor Liberation Front raided a market town in the east of Kordavia on Saturday, killing nine traders. The Kordavian National Army said its soldiers had killed five of the insurgents in a forest near the town.',
      'Kordavian National Army',
      'Tanzor Liberation Front',
    ],
    [
      "The Velm Front said on Sunday it had seized two towns. The Harlan Task Force, whose planes bombed the militants' hideouts west of Ostrava overnight, said the raids would go on.",
      'Harlan Task Force',
      'Velm Front',
    ],
    [
      'The Ombala Islamic Movement claimed an attack on a church in Ostrava on Sunday. The Harlan Defence Force said on Monday that its troops had clashed with the jihadists near the river.',
      'Harlan Defence Force',
      'Ombala Islamic Movement',
    ],
    [
      'The Korra Brotherhood has grown stronger in the delta this year. Last week the extremists attacked a base of the Tarsa National Army, killing four soldiers.',
      'Korra Brotherhood',
      'Tarsa National Army',
    ],
    [
      'The Azwa Freedom Front holds several villages in the north. Three of the rebels were killed by the Kordavian National Army near Ostrava on Tuesday, the army said.',
      'Kordavian National Army',
      'Azwa Freedom Front',
    ],
  ])('%s', (text, a, b) => expectFight(text, a, b));
});
