import type { TiePattern } from './types.js';

export const SUPPORTS: TiePattern[] = [
  {
    kind: 'verb',
    id: 'supports/back',
    type: 'supports',
    lemmas: [
      'support',
      'back',
      'fund',
      'finance',
      'sponsor',
      'bankroll',
      'shelter',
      'harbour',
      'harbor',
      'arm',
      'endorse',
      'patronize',
      'patronise',
      'sympathize',
      'sympathise',
    ],
    subject: ['nsubj'],
    object: ['obj', 'obl:with'],
    a: ['person', 'organization'],
    b: ['person', 'organization'],
    examples: [
      [
        'Maulana Abdul Aziz supports Lashkar-e-Taiba and Jaish-e-Mohammed.',
        'Maulana Abdul Aziz',
        'Jaish-e-Mohammed',
      ],
      [
        'Officials say the Inter-Services Intelligence backs the Haqqani Network.',
        'Inter-Services Intelligence',
        'Haqqani Network',
      ],
      [
        'Hezbollah, which is funded by the Islamic Revolutionary Guard Corps, sent fighters to Syria.',
        'Islamic Revolutionary Guard Corps',
        'Hezbollah',
      ],
    ],
  },
];
