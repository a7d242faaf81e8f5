import { JOINT_ACTS } from './fights.js';
import type { TiePattern } from './types.js';

const PO = ['person', 'organization'] as ('person' | 'organization')[];
/** what armed groups do together in the field: attack, seize, hold, run operations */
const JOINT_VERBS = [
  'attack',
  'strike',
  'raid',
  'storm',
  'ambush',
  'assault',
  'seize',
  'capture',
  'overrun',
  'retake',
  'besiege',
  'shell',
  'bomb',
  'target',
  'launch',
  'carry',
  'conduct',
  'mount',
  'stage',
  'fight',
  'battle',
  'operate',
  'patrol',
  'control',
  'hold',
  'defend',
  'run',
  'claim',
];

export const ALLIED_WITH: TiePattern[] = [
  {
    kind: 'verb',
    id: 'allied_with/ally',
    type: 'allied_with',
    lemmas: ['ally', 'align', 'cooperate', 'collaborate', 'merge', 'team', 'partner', 'unite'],
    subject: ['nsubj', 'obj'],
    // ("allied to H", as British usage has it)
    object: ['obl:with|to'],
    a: [...PO, 'state'],
    b: [...PO, 'state'],
    reciprocal: true,
    examples: [
      [
        'Jamaat-ul-Ahrar is allied with Tehrik-i-Taliban Pakistan.',
        'Jamaat-ul-Ahrar',
        'Tehrik-i-Taliban Pakistan',
      ],
      ['Lashkar-e-Jhangvi cooperates with Al Qaeda in Karachi.', 'Lashkar-e-Jhangvi', 'Al Qaeda'],
      ['Al-Shabaab, which is allied to al-Qaeda, has attacked Lamu twice.', 'Al-Shabaab', 'al-Qaeda'],
      ['Hurras al-Din remained closely allied to al-Qaeda until 2020.', 'Hurras al-Din', 'al-Qaeda'],
      ['Jamaat-ul-Ahrar and Lashkar-e-Islam merged in 2015.', 'Jamaat-ul-Ahrar', 'Lashkar-e-Islam'],
      // a tie the subject denies is negated: "rejected claims that it was allied with Y"
      ['The Taliban rejected claims that it was allied with al-Qaeda.', 'Taliban', 'al-Qaeda', 'negated'],
      [
        'Ansar al-Sharia dismissed reports that it cooperates with the Islamic State.',
        'Ansar al-Sharia',
        'Islamic State',
        'negated',
      ],
    ],
  },
  {
    // "X fought alongside Y": those who fight side by side are allies
    kind: 'verb',
    id: 'allied_with/alongside',
    type: 'allied_with',
    // (and who operate or serve beside another force: "G operated alongside the army")
    lemmas: ['fight', 'battle', 'combat', 'operate', 'serve', 'patrol', 'deploy'],
    subject: ['nsubj'],
    object: ['obl:alongside|beside'],
    a: ['organization', 'state'],
    b: ['organization', 'state'],
    examples: [
      [
        'Hezbollah fighters fought alongside the Syrian Arab Army near Qusayr in 2013.',
        'Hezbollah',
        'Syrian Arab Army',
      ],
      [
        'The Kurdistan Workers Party has battled alongside the Peshmerga against the Islamic State.',
        'Kurdistan Workers Party',
        'Peshmerga',
      ],
      [
        'The Wagner Group operated alongside the Central African Armed Forces near Bambari.',
        'Wagner Group',
        'Central African Armed Forces',
      ],
      [
        'The Wagner Group served alongside the Central African Armed Forces for three years.',
        'Wagner Group',
        'Central African Armed Forces',
      ],
    ],
  },
  {
    kind: 'verb',
    id: 'allied_with/join-forces',
    type: 'allied_with',
    lemmas: ['join'],
    subject: ['nsubj'],
    object: ['obj[force,hand]>nmod:with', 'obl:with'],
    a: [...PO, 'state'],
    b: [...PO, 'state'],
    examples: [
      ['Jamaat-ul-Ahrar joined forces with Lashkar-e-Islam last year.', 'Jamaat-ul-Ahrar', 'Lashkar-e-Islam'],
      ['Boko Haram joined hands with the Islamic State in West Africa.', 'Boko Haram', 'Islamic State'],
    ],
  },
  {
    // "A and B joined forces": who join forces are allies (not "A and B joined G")
    kind: 'verb',
    id: 'allied_with/join-forces-together',
    type: 'allied_with',
    lemmas: ['join'],
    subject: ['nsubj'],
    object: [],
    objLemmas: ['force', 'hand'],
    a: [...PO, 'state'],
    b: [...PO, 'state'],
    reciprocal: true,
    examples: [
      [
        'In 2016 Jamaat-ul-Ahrar and Lashkar-e-Islam joined forces against the army.',
        'Jamaat-ul-Ahrar',
        'Lashkar-e-Islam',
      ],
      [
        "The Arakan Army and the Ta'ang National Liberation Army joined hands last year.",
        'Arakan Army',
        "Ta'ang National Liberation Army",
      ],
    ],
  },
  {
    // "A and B jointly attacked P", "A and B launched a joint offensive": who act together
    // are allies
    kind: 'verb',
    id: 'allied_with/jointly',
    type: 'allied_with',
    lemmas: JOINT_VERBS,
    subject: ['nsubj'],
    object: [],
    jointly: ['jointly', 'together', 'joint', 'combined'],
    a: ['organization', 'state'],
    b: ['organization', 'state'],
    reciprocal: true,
    examples: [
      [
        'The Arakan Army and the Kachin Independence Army jointly attacked the border post on Sunday.',
        'Arakan Army',
        'Kachin Independence Army',
      ],
      [
        'Jaish al-Adl and Ansar al-Furqan launched a joint raid on the police station in Rask.',
        'Jaish al-Adl',
        'Ansar al-Furqan',
      ],
    ],
  },
  {
    // "A seized P together with B": who act together with another are its allies
    kind: 'verb',
    id: 'allied_with/together-with',
    type: 'allied_with',
    lemmas: JOINT_VERBS,
    subject: ['nsubj'],
    object: ['obl:with'],
    jointly: ['together'],
    a: ['organization', 'state'],
    b: ['organization', 'state'],
    examples: [
      [
        'The Peshmerga seized the town from the Islamic State together with the Syrian Democratic Forces.',
        'Peshmerga',
        'Syrian Democratic Forces',
      ],
      [
        'Hamas fighters attacked the crossing together with Palestinian Islamic Jihad, Israeli officials said.',
        'Hamas',
        'Palestinian Islamic Jihad',
      ],
    ],
  },
  {
    kind: 'noun',
    id: 'allied_with/alliance',
    type: 'allied_with',
    lemmas: ['alliance', 'coalition', 'pact', 'partnership', 'agreement', 'truce'],
    holder: 'agent',
    of: ['with', 'of'],
    a: [...PO, 'state'],
    b: [...PO, 'state'],
    examples: [
      ['Jaish al-Islam formed an alliance with Ahrar al-Sham in 2015.', 'Jaish al-Islam', 'Ahrar al-Sham'],
      [
        'Hayat Tahrir al-Sham signed a pact with Ahrar al-Sham, a commander said.',
        'Hayat Tahrir al-Sham',
        'Ahrar al-Sham',
      ],
    ],
  },
  {
    // "X launched a joint operation with Y": those who act together are allies
    kind: 'noun',
    id: 'allied_with/joint',
    type: 'allied_with',
    lemmas: JOINT_ACTS,
    holder: 'agent',
    of: ['with'],
    a: ['organization', 'state'],
    b: ['organization', 'state'],
    mods: ['joint', 'combined'],
    examples: [
      [
        'The Iraqi army launched a joint operation with the Peshmerga against the Islamic State.',
        'Iraqi army',
        'Peshmerga',
      ],
      [
        'The Nigerien army began a joint offensive with the Chadian army near Diffa.',
        'Nigerien army',
        'Chadian army',
      ],
    ],
  },
  {
    // "X formed a coordination council with Y", "established a joint command with Y": a body
    // two groups run together makes them allies
    kind: 'noun',
    id: 'allied_with/joint-body',
    type: 'allied_with',
    lemmas: ['council', 'command', 'committee'],
    holder: 'agent',
    of: ['with'],
    a: ['organization', 'state'],
    b: ['organization', 'state'],
    mods: ['joint', 'coordination'],
    examples: [
      [
        'The Hill Front formed a coordination council with the Free Valley Front last year.',
        'Hill Front',
        'Free Valley Front',
      ],
      [
        'The Karen National Union established a joint command with the Kachin Independence Army in 2021.',
        'Karen National Union',
        'Kachin Independence Army',
      ],
      [
        'The Arakan Army formed a joint committee with the Chin National Front to run the border towns.',
        'Arakan Army',
        'Chin National Front',
      ],
      [
        'Ansar al-Sunna formed a coordination committee with the Ahlu Sunna Front, a rival said.',
        'Ansar al-Sunna',
        'Ahlu Sunna Front',
      ],
    ],
  },
  {
    kind: 'noun',
    id: 'allied_with/an-ally',
    type: 'allied_with',
    lemmas: ['ally', 'partner'],
    holder: 'role',
    of: ['of', 'poss', 'compound'],
    a: [...PO, 'state'],
    b: [...PO, 'state'],
    examples: [
      ['The Haqqani Network, a close ally of the Taliban, runs its own camps.', 'Haqqani Network', 'Taliban'],
      ['Jaish al-Islam is an ally of Ahrar al-Sham.', 'Jaish al-Islam', 'Ahrar al-Sham'],
      ['Hezbollah and its ally, the Amal Movement, rejected the plan.', 'Amal Movement', 'Hezbollah'],
      ['The Taliban and their ally al-Qaeda met in Doha.', 'al-Qaeda', 'Taliban'],
      ['Jaish al-Islam and Faylaq al-Rahman were allies until 2016.', 'Jaish al-Islam', 'Faylaq al-Rahman'],
    ],
  },
];

export const RIVAL_OF: TiePattern[] = [
  {
    kind: 'noun',
    id: 'rival_of/odds',
    type: 'rival_of',
    lemmas: [
      'odds',
      'loggerheads',
      'feud',
      'rivalry',
      'dispute',
      'differences',
      'difference',
      'disagreement',
      'enmity',
    ],
    holder: 'agent',
    of: ['with', 'between'],
    a: PO,
    b: PO,
    examples: [
      ['Lashkar-e-Jhangvi is at odds with Jaish-e-Mohammed.', 'Jaish-e-Mohammed', 'Lashkar-e-Jhangvi'],
      ['The Islamic State has a bitter feud with Al Qaeda over leadership.', 'Al Qaeda', 'Islamic State'],
      [
        'The Islamic State West Africa Province has been locked in a bitter rivalry with Boko Haram since 2016.',
        'Boko Haram',
        'Islamic State West Africa Province',
      ],
      [
        'Ahrar al-Sham became embroiled in a feud with Jaish al-Islam over the spoils of Douma.',
        'Jaish al-Islam',
        'Ahrar al-Sham',
      ],
      [
        'The rivalry between al-Shabaab and the Islamic State has turned deadly in Puntland.',
        'Islamic State',
        'al-Shabaab',
      ],
    ],
  },
  {
    kind: 'noun',
    id: 'rival_of/rival',
    type: 'rival_of',
    lemmas: ['rival', 'enemy', 'foe', 'adversary', 'opponent', 'nemesis'],
    holder: 'role',
    of: ['of', 'poss', 'compound'],
    a: PO,
    b: PO,
    examples: [
      ['Al Qaeda, a rival of the Islamic State, condemned the killings.', 'Al Qaeda', 'Islamic State'],
      [
        'Hayat Tahrir al-Sham is a bitter enemy of the Islamic State.',
        'Hayat Tahrir al-Sham',
        'Islamic State',
      ],
      // an owned title and the name after it: "its rival, H"
      [
        'The Islamic State attacked positions held by its rival, the al-Nusra Front.',
        'al-Nusra Front',
        'Islamic State',
      ],
      [
        'Ansar al-Sharia and its old foe, the Libyan National Army, traded fire.',
        'Libyan National Army',
        'Ansar al-Sharia',
      ],
      // the owner hung on the name, the title its modifier
      [
        'On Friday the Islamic State West Africa Province overran camps held by its rival Boko Haram.',
        'Boko Haram',
        'Islamic State West Africa Province',
      ],
      // a plural title ties its holders to each other
      [
        'Hayat Tahrir al-Sham and Ahrar al-Sham are long-time rivals.',
        'Hayat Tahrir al-Sham',
        'Ahrar al-Sham',
      ],
      [
        'Boko Haram and the Islamic State West Africa Province have been bitter enemies since 2016.',
        'Boko Haram',
        'Islamic State West Africa Province',
      ],
    ],
  },
  {
    kind: 'verb',
    id: 'rival_of/oppose',
    type: 'rival_of',
    lemmas: ['oppose', 'denounce', 'condemn', 'feud', 'compete', 'vie', 'rival', 'excommunicate', 'disown'],
    subject: ['nsubj'],
    object: ['obj', 'obl:with|against'],
    a: PO,
    b: PO,
    examples: [
      ['Al Qaeda denounced the Islamic State in a statement.', 'Al Qaeda', 'Islamic State'],
      ['The Taliban oppose the Islamic State in eastern Afghanistan.', 'Islamic State', 'Taliban'],
      ['Al Qaeda disowned the Islamic State in February 2014.', 'Al Qaeda', 'Islamic State'],
    ],
  },
];
