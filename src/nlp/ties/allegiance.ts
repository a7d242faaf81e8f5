import type { TiePattern } from './types.js';

const OATH = "allegiance,loyalty,fealty,bayah,bay'ah,baiat,oath";

export const PLEDGED_ALLEGIANCE_TO: TiePattern[] = [
  {
    kind: 'verb',
    id: 'pledged_allegiance_to/pledge',
    type: 'pledged_allegiance_to',
    lemmas: ['pledge', 'swear', 'declare', 'give', 'offer', 'take', 'renew'],
    subject: ['nsubj'],
    object: ['obl:to', `obj[${OATH}]>nmod:to`],
    // what is given or offered is the oath: "gave refuge to G", "offered money to G" are none
    objLemmas: OATH.split(','),
    a: ['person', 'organization'],
    b: ['person', 'organization'],
    examples: [
      [
        'Hafiz Saeed Khan pledged allegiance to Abu Bakr al-Baghdadi.',
        'Hafiz Saeed Khan',
        'Abu Bakr al-Baghdadi',
      ],
      ['In 2015 Boko Haram pledged allegiance to the Islamic State.', 'Boko Haram', 'Islamic State'],
      [
        'Jamaat ul-Fajr denied pledging allegiance to the Islamic State.',
        'Jamaat ul-Fajr',
        'Islamic State',
        'negated',
      ],
    ],
  },
];

/** verbs that end an oath: "renounced his allegiance to G", "withdrew its bay'ah from G" */
const RENOUNCE = ['renounce', 'withdraw', 'revoke', 'rescind', 'retract', 'disavow'];

PLEDGED_ALLEGIANCE_TO.push(
  {
    kind: 'verb',
    id: 'pledged_allegiance_to/renounce',
    type: 'pledged_allegiance_to',
    lemmas: RENOUNCE,
    subject: ['nsubj'],
    object: [`obj[${OATH}]>nmod:to|from`],
    a: ['person', 'organization'],
    b: ['person', 'organization'],
    negated: true,
    examples: [
      [
        'Omar Khalid Khorasani renounced his allegiance to the Pakistani Taliban.',
        'Omar Khalid Khorasani',
        'Pakistani Taliban',
        'negated',
      ],
      [
        'Ansar Bayt al-Maqdis withdrew its oath to al-Qaeda in 2014.',
        'Ansar Bayt al-Maqdis',
        'al-Qaeda',
        'negated',
      ],
    ],
  },
  {
    kind: 'verb',
    id: 'split_from/renounce',
    type: 'split_from',
    lemmas: RENOUNCE,
    subject: ['nsubj'],
    object: [`obj[${OATH}]>nmod:to|from`],
    a: ['person', 'organization'],
    b: ['organization'],
    examples: [
      [
        'Omar Khalid Khorasani renounced his allegiance to the Pakistani Taliban.',
        'Omar Khalid Khorasani',
        'Pakistani Taliban',
      ],
      ['Ansar Bayt al-Maqdis withdrew its oath to al-Qaeda in 2014.', 'Ansar Bayt al-Maqdis', 'al-Qaeda'],
    ],
  },
);

export const EXPELLED_FROM: TiePattern[] = [
  {
    kind: 'verb',
    id: 'expelled_from/expel',
    type: 'expelled_from',
    lemmas: ['expel', 'sack', 'oust', 'dismiss', 'remove', 'kick', 'throw', 'suspend'],
    subject: ['obj'],
    object: ['nsubj', 'obl:from'],
    a: ['person', 'organization'],
    b: ['organization'],
    examples: [
      [
        'Shahidullah Shahid was expelled from Tehrik-i-Taliban Pakistan.',
        'Shahidullah Shahid',
        'Tehrik-i-Taliban Pakistan',
      ],
      ['Lashkar-e-Taiba expelled Abdul Rehman Makki last week.', 'Abdul Rehman Makki', 'Lashkar-e-Taiba'],
    ],
  },
];

export const ARRESTED_BY: TiePattern[] = [
  {
    kind: 'verb',
    id: 'arrested_by/arrest',
    type: 'arrested_by',
    lemmas: ['arrest', 'detain', 'capture', 'apprehend', 'nab', 'abduct', 'seize'],
    subject: ['obj'],
    object: ['nsubj'],
    a: ['person'],
    b: ['organization'],
    examples: [
      [
        'Abdul Qadir was arrested by the Counter Terrorism Department.',
        'Abdul Qadir',
        'Counter Terrorism Department',
      ],
      [
        'The Federal Investigation Agency detained Tariq Aziz at Karachi airport.',
        'Tariq Aziz',
        'Federal Investigation Agency',
      ],
      [
        'Abdul Qadir and Tariq Aziz were arrested by the Counter Terrorism Department.',
        'Tariq Aziz',
        'Counter Terrorism Department',
      ],
    ],
  },
];
