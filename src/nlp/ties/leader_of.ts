import type { TiePattern } from './types.js';

/** titles an organisation has many of, besides its one leader ("a commander", "its leader in P") */
export const RANKED = [
  'leader',
  'chief',
  'head',
  'emir',
  'amir',
  'ameer',
  'commander',
  'boss',
  'director',
  // who governs a territory for a group or a body: "the G wali of P", "the bank's governor" (ties23)
  'wali',
  'governor',
];

export const LEADER_OF: TiePattern[] = [
  {
    kind: 'verb',
    id: 'leader_of/lead',
    type: 'leader_of',
    lemmas: ['lead', 'head', 'command', 'run', 'found', 'co-found', 'chair', 'direct', 'operate', 'manage'],
    subject: ['nsubj'],
    object: ['obj'],
    a: ['person'],
    b: ['organization'],
    examples: [
      ['Hafiz Saeed leads Jamaat-ud-Dawa from Lahore.', 'Hafiz Saeed', 'Jamaat-ud-Dawa'],
      [
        'Tehrik-i-Taliban Pakistan is now led by Noor Wali Mehsud.',
        'Noor Wali Mehsud',
        'Tehrik-i-Taliban Pakistan',
      ],
      [
        'Masood Azhar, who founded Jaish-e-Mohammed in 2000, has not been seen for years.',
        'Masood Azhar',
        'Jaish-e-Mohammed',
      ],
      [
        'Abu Mohammad al-Julani has headed Hayat Tahrir al-Sham since 2017.',
        'Abu Mohammad al-Julani',
        'Hayat Tahrir al-Sham',
      ],
      [
        'The clinic is run by Amina Yusuf, who also manages the Karachi Relief Foundation.',
        'Amina Yusuf',
        'Karachi Relief Foundation',
      ],
      [
        'Karl Weber, who operates the Alpine Rescue Service, found the climbers.',
        'Karl Weber',
        'Alpine Rescue Service',
      ],
      [
        'The Haqqani network, a faction that Jalaluddin Haqqani once led, attacked the hotel.',
        'Jalaluddin Haqqani',
        'Haqqani network',
      ],
    ],
  },
  {
    kind: 'noun',
    id: 'leader_of/leader',
    type: 'leader_of',
    lemmas: RANKED,
    holder: 'role',
    of: ['of', 'for', 'poss', 'compound', 'appos'],
    a: ['person'],
    b: ['organization'],
    notMods: ['former', 'deputy', 'ex', 'assistant', 'associate', 'vice'],
    // "a commander of Y", "Y's leader in P": one of many, a member (member_of/one-of-many)
    oneOfMany: false,
    examples: [
      [
        'Noor Wali Mehsud, the leader of Tehrik-i-Taliban Pakistan, issued a new code of conduct.',
        'Noor Wali Mehsud',
        'Tehrik-i-Taliban Pakistan',
      ],
      ['Taliban chief Haibatullah Akhundzada rarely appears in public.', 'Haibatullah Akhundzada', 'Taliban'],
      [
        'Abu Bakr al-Baghdadi was the emir of the Islamic State until his death.',
        'Abu Bakr al-Baghdadi',
        'Islamic State',
      ],
      ['Hafiz Saeed served as head of Jamaat-ud-Dawa for two decades.', 'Hafiz Saeed', 'Jamaat-ud-Dawa'],
      // "X, commander, Y": the title between commas, as military releases write it
      [
        '"We will stay," said Brig. Gen. Mark Ellis, commander, Combined Air Component Command.',
        'Mark Ellis',
        'Combined Air Component Command',
      ],
      [
        'Lt. Gen. Paul Funk, commander, Combined Joint Task Force, met Iraqi officers in Baghdad.',
        'Paul Funk',
        'Combined Joint Task Force',
      ],
    ],
  },
  {
    // titles only the one at the top holds, even when written with "a"
    kind: 'noun',
    id: 'leader_of/founder',
    type: 'leader_of',
    lemmas: ['founder', 'co-founder', 'chairman', 'chairwoman', 'president', 'supremo', 'caliph'],
    holder: 'role',
    of: ['of', 'for', 'poss', 'compound', 'appos'],
    a: ['person'],
    b: ['organization'],
    notMods: ['former', 'deputy', 'ex', 'assistant', 'associate', 'vice'],
    examples: [
      ['Riaz Basra, a founder of Lashkar-e-Jhangvi, was killed in 2002.', 'Riaz Basra', 'Lashkar-e-Jhangvi'],
      ['Nadia Rahman, chairwoman of the Awami Front, called for calm.', 'Nadia Rahman', 'Awami Front'],
      ['Lashkar-e-Taiba founder Hafiz Saeed was detained in Lahore.', 'Hafiz Saeed', 'Lashkar-e-Taiba'],
    ],
  },
  {
    // "its general secretary, X", "X, secretary general of G": the one at the top of a party's,
    // a movement's or a body's secretariat leads it; "secretary" alone is a member
    // (member_of/secretary), and the parser hangs either word of the two on the other (ties28)
    kind: 'noun',
    id: 'leader_of/secretary-general',
    type: 'leader_of',
    lemmas: ['secretary', 'general'],
    mods: ['general', 'secretary'],
    holder: 'role',
    of: ['of', 'for', 'poss', 'compound', 'appos'],
    a: ['person'],
    b: ['organization'],
    notMods: ['former', 'deputy', 'ex', 'assistant', 'associate', 'vice'],
    examples: [
      [
        "The Farmers' Unity Party's general secretary, Ilka Voss, was arrested on Friday.",
        'Ilka Voss',
        "Farmers' Unity Party",
      ],
      [
        'Tamas Berec, secretary general of the Popular Labour Party, resigned.',
        'Tamas Berec',
        'Popular Labour Party',
      ],
    ],
  },
  {
    // "X's G": a person who owns a group leads it (a militia, a party, a faction)
    kind: 'noun',
    id: 'leader_of/owner',
    type: 'leader_of',
    lemmas: [],
    holder: 'self',
    of: ['poss'],
    a: ['person'],
    b: ['organization'],
    inverse: true,
    examples: [
      [
        "In the east, Khalid Mansour's Libyan Liberation Army holds most of the oil fields.",
        'Khalid Mansour',
        'Libyan Liberation Army',
      ],
      [
        "Fighters of Amadou Sy's Macina Defence Front burned the market.",
        'Amadou Sy',
        'Macina Defence Front',
      ],
    ],
  },
  {
    // "the G militia of X", "the G of cleric X": the group a person's name follows with "of"
    kind: 'noun',
    id: 'leader_of/group-of-person',
    type: 'leader_of',
    lemmas: [],
    holder: 'self',
    of: ['of'],
    a: ['person'],
    b: ['organization'],
    inverse: true,
    examples: [
      [
        'The Peace Brigades militia of cleric Yusuf Qadri has long been at odds with the Badr Organisation.',
        'Yusuf Qadri',
        'Peace Brigades',
      ],
      [
        'It was joined by the Sudan Revolutionary Front faction of Ahmed Bello, which signed a pact in March.',
        'Ahmed Bello',
        'Sudan Revolutionary Front',
      ],
    ],
  },
];

// "X took over / assumed the leadership of G", "X took charge / command of G", "X took over G":
// who takes a group's lead leads it (a named group only for "took over G": "took over G's
// positions" is no leadership; parts38)
LEADER_OF.push(
  {
    kind: 'verb',
    id: 'leader_of/take-leadership',
    type: 'leader_of',
    lemmas: ['take', 'assume', 'inherit', 'seize'],
    subject: ['nsubj'],
    object: ['obj[leadership,command,charge,helm,reins,mantle]>nmod:of'],
    a: ['person'],
    b: ['organization'],
    examples: [
      ['Abu Rami took charge of Harakat Hazm last year.', 'Abu Rami', 'Harakat Hazm'],
      ['Musa Keita assumed the leadership of the Sahel Front after the raid.', 'Musa Keita', 'Sahel Front'],
    ],
  },
  {
    kind: 'verb',
    id: 'leader_of/take-over',
    type: 'leader_of',
    lemmas: ['take'],
    particle: ['over'],
    namedObject: true,
    subject: ['nsubj'],
    // ("took over the G": the parser may read "over" as the name's preposition)
    object: ['obj', 'obl:over'],
    a: ['person'],
    b: ['organization'],
    examples: [
      ['Abu Rami took over Harakat Hazm in 2018 after his brother died.', 'Abu Rami', 'Harakat Hazm'],
      [
        'Musa Keita took over the Sahel Front in 2019 when its founder was killed.',
        'Musa Keita',
        'Sahel Front',
      ],
    ],
  },
);
