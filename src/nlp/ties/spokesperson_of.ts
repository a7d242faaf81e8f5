import type { TiePattern } from './types.js';

export const SPOKESPERSON_OF: TiePattern[] = [
  {
    kind: 'noun',
    id: 'spokesperson_of/spokesman',
    type: 'spokesperson_of',
    lemmas: ['spokesman', 'spokeswoman', 'spokesperson', 'mouthpiece'],
    holder: 'role',
    of: ['of', 'for', 'poss', 'compound'],
    a: ['person'],
    b: ['organization'],
    notMods: ['former', 'ex'],
    examples: [
      [
        'Zabihullah Mujahid, a spokesman for the Taliban, denied the report.',
        'Zabihullah Mujahid',
        'Taliban',
      ],
      [
        "The Taliban's spokesman Zabihullah Mujahid spoke to reporters in Kabul.",
        'Zabihullah Mujahid',
        'Taliban',
      ],
      ['Pentagon spokesman John Kirby briefed reporters on Friday.', 'John Kirby', 'Pentagon'],
      // past the acronym in brackets and a rank
      [
        'Kenya Defence Forces (KDF) spokesman Col. Paul Njuguna said the camp had been destroyed.',
        'Paul Njuguna',
        'Kenya Defence Forces',
      ],
      [
        'Afghan National Army (ANA) spokesman Gen. Ahmad Zia told reporters the road was open.',
        'Ahmad Zia',
        'Afghan National Army',
      ],
      ['Abdullah Muntazir is the spokesman of Jamaat-ud-Dawa.', 'Abdullah Muntazir', 'Jamaat-ud-Dawa'],
      // a title before its holder's name, with the organisation between: "a spokesman for Y, Capt. X"
      [
        'A spokesman for the Kenya Defence Forces, Col. Paul Njuguna, said the attackers fled.',
        'Paul Njuguna',
        'Kenya Defence Forces',
      ],
      [
        'The spokesman for the Somali National Army, Major Ali Hassan, said 12 militants were killed.',
        'Ali Hassan',
        'Somali National Army',
      ],
      [
        '"We will not stop," said a spokesman for the Pakistan Army, Capt. Ali Rashid.',
        'Ali Rashid',
        'Pakistan Army',
      ],
    ],
  },
  // "X, who speaks for G", "X speaks for the G movement": whoever speaks for a group is its
  // spokesperson
  {
    kind: 'verb',
    id: 'spokesperson_of/speak-for',
    type: 'spokesperson_of',
    lemmas: ['speak'],
    subject: ['nsubj'],
    object: ['obl:for'],
    a: ['person'],
    b: ['organization'],
    examples: [
      [
        'Jamal Omar, who speaks for the Allied Democratic Forces, denied the claim.',
        'Jamal Omar',
        'Allied Democratic Forces',
      ],
      [
        'Hamid Rahmani has spoken for the Baloch Liberation Front since 2019.',
        'Hamid Rahmani',
        'Baloch Liberation Front',
      ],
    ],
  },
];
