import type { TiePattern } from './types.js';

/** verbs of handing something over ("supplies weapons to", "gave sanctuary to") */
const SUPPLY_VERBS = [
  'supply',
  'provide',
  'give',
  'offer',
  'send',
  'deliver',
  'ship',
  'smuggle',
  'channel',
  'funnel',
  'transfer',
  'sell',
];
/** what a group is given to fight with, or a refuge: the object of a SUPPLY_VERBS support */
const MEANS = [
  'weapon',
  'weapons',
  'arm',
  'arms',
  'drone',
  'drones',
  'missile',
  'missiles',
  'rocket',
  'rockets',
  'ammunition',
  'explosive',
  'explosives',
  'money',
  'cash',
  'fund',
  'funds',
  'funding',
  'financing',
  'training',
  'support',
  'backing',
  'aid',
  'assistance',
  'equipment',
  'fighters',
  'logistics',
  'sanctuary',
  'haven',
  'shelter',
  'refuge',
  'protection',
];

/** what is raised or collected for a group: the object of a "raise-for" support */
const RAISED = ['money', 'fund', 'funds', 'cash', 'donation', 'donations', 'contribution', 'contributions'];

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
      'train',
      'equip',
    ],
    subject: ['nsubj'],
    object: ['obj', 'obl:with'],
    a: ['person', 'organization', 'state'],
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
      // (an object relative clause: the noun it describes is what the verb acts on)
      [
        'The Houthis, a movement that Iran arms and funds, fired missiles at ships on Monday.',
        'Iran',
        'Houthis',
      ],
    ],
  },
  {
    // "G receives weapons and training from H", "G denied receiving support from H": who gives
    // the help supports who receives it
    kind: 'verb',
    id: 'supports/receive-from',
    type: 'supports',
    lemmas: ['receive', 'get', 'obtain', 'accept', 'take'],
    subject: [
      'obj[support,backing,weapon,weapons,arm,arms,funding,fund,funds,money,training,aid,help,assistance,supply,supplies,financing,ammunition,cash,drone,drones,missile,missiles,rocket,rockets,explosive,explosives,equipment]>nmod:from',
    ],
    object: ['nsubj'],
    a: ['person', 'organization', 'state'],
    b: ['person', 'organization'],
    examples: [
      [
        'The Houthis receive weapons from the Islamic Revolutionary Guard Corps, UN experts say.',
        'Islamic Revolutionary Guard Corps',
        'Houthis',
      ],
      [
        'The Allied Democratic Forces denied receiving support from the Islamic State.',
        'Islamic State',
        'Allied Democratic Forces',
        'negated',
      ],
      ['Al-Shabaab has obtained funding from businessmen and from al-Qaeda.', 'al-Qaeda', 'Al-Shabaab'],
    ],
  },
  {
    // "G enjoys the support of H", "G won the backing of Iran": who backs G
    kind: 'verb',
    id: 'supports/enjoy-support-of',
    type: 'supports',
    lemmas: ['enjoy', 'win', 'gain', 'secure', 'have', 'retain', 'receive', 'get', 'obtain', 'command'],
    subject: ['obj[support,backing,patronage,sponsorship,protection,blessing]>nmod:of'],
    object: ['nsubj'],
    a: ['person', 'organization', 'state'],
    b: ['person', 'organization'],
    examples: [
      ['Hezbollah enjoys the support of Iran and Syria, officials say.', 'Syria', 'Hezbollah'],
      [
        'The Houthis have long enjoyed the backing of the Islamic Revolutionary Guard Corps.',
        'Islamic Revolutionary Guard Corps',
        'Houthis',
      ],
      [
        'Last year the Arakan Army won the support of the Kachin Independence Army.',
        'Kachin Independence Army',
        'Arakan Army',
      ],
    ],
  },
  {
    // "X fought Y with support from Z", "X took the town with the backing of Z"
    kind: 'noun',
    id: 'supports/with-support',
    type: 'supports',
    lemmas: ['support', 'backing', 'help', 'assistance', 'aid'],
    holder: 'agent',
    of: ['clause'],
    a: ['person', 'organization', 'state'],
    b: ['person', 'organization'],
    examples: [
      [
        'The Afghan National Army, which fights the Taliban with support from the United States Army, lost the district.',
        'United States Army',
        'Afghan National Army',
      ],
      [
        'Hayat Tahrir al-Sham took Idlib with the support of the Turkish Army.',
        'Turkish Army',
        'Hayat Tahrir al-Sham',
      ],
      [
        'The Syrian Arab Army, which fights both groups with support from the Wagner Group, did not comment.',
        'Wagner Group',
        'Syrian Arab Army',
      ],
    ],
  },
  {
    // "The United States provides the army with weapons and training", "Iran supplied the
    // Houthis with drones": who equips a group with the means to fight supports it
    kind: 'verb',
    id: 'supports/provide-with',
    type: 'supports',
    lemmas: ['provide', 'supply', 'furnish', 'equip', 'arm'],
    subject: ['nsubj'],
    object: ['obj'],
    withLemmas: MEANS,
    a: ['person', 'organization', 'state'],
    b: ['organization'],
    examples: [
      [
        'The United States provides the Lebanese Armed Forces with weapons and training.',
        'United States',
        'Lebanese Armed Forces',
      ],
      ['UN experts say Iran supplied the Houthis with drones and missiles.', 'Iran', 'Houthis'],
      [
        "In the 1990s Sudan provided the Lord's Resistance Army with arms and a refuge.",
        'Sudan',
        "Lord's Resistance Army",
      ],
    ],
  },
  {
    // "Russia's support for the Wagner Group", "Turkey's backing for the Syrian National Army":
    // whose help it is supports the group it is for
    kind: 'noun',
    id: 'supports/support-for',
    type: 'supports',
    // ("backing" has the lemma "back")
    lemmas: ['support', 'backing', 'back', 'sponsorship', 'patronage', 'funding', 'financing'],
    holder: 'agent',
    // (not "of": "enjoys the support of H" names the backer)
    of: ['for', 'to'],
    a: ['person', 'organization', 'state'],
    b: ['organization'],
    examples: [
      ["Russia's support for the Wagner Group grew after 2022.", 'Russia', 'Wagner Group'],
      ["Turkey's backing for the Syrian National Army angered Washington.", 'Turkey', 'Syrian National Army'],
      [
        "The United States' funding for the Syrian Democratic Forces ended in May.",
        'United States',
        'Syrian Democratic Forces',
      ],
    ],
  },
  {
    // "Iran, the main backer of the Houthis", "Rwanda is the M23's chief sponsor": a group's
    // backer, sponsor or patron supports it
    kind: 'noun',
    id: 'supports/backer',
    type: 'supports',
    lemmas: ['backer', 'sponsor', 'patron', 'benefactor', 'paymaster'],
    holder: 'role',
    of: ['of', 'poss', 'compound'],
    a: ['person', 'organization', 'state'],
    b: ['organization'],
    examples: [
      ['Iran is the main backer of the Houthis, Saudi officials say.', 'Iran', 'Houthis'],
      ["Rwanda, the M23's chief sponsor, denied sending troops across the border.", 'Rwanda', 'M23'],
      ['Qatar has long been a patron of Hamas, Israeli officials say.', 'Qatar', 'Hamas'],
    ],
  },
  {
    // "a suspected G logistics supplier, X", "X, an arms supplier to G": who supplies a group
    // from outside it supports it (ties20)
    kind: 'noun',
    id: 'supports/supplier',
    type: 'supports',
    lemmas: ['supplier'],
    holder: 'role',
    of: ['of', 'for', 'to', 'poss', 'compound'],
    a: ['person', 'organization', 'state'],
    b: ['organization'],
    examples: [
      [
        'Troops arrested a suspected Boko Haram arms supplier, Bulama Musa, near Maiduguri on Friday.',
        'Bulama Musa',
        'Boko Haram',
      ],
      [
        'Police detained Yusuf Ali Gedi, a weapons supplier to al-Shabaab, in Kismayo.',
        'Yusuf Ali Gedi',
        'al-Shabaab',
      ],
    ],
  },
  {
    // "G, a proxy of Iran", "Iran's proxy G": the state that runs a proxy supports it (a proxy
    // of a group is affiliated with it: affiliated_with/affiliate)
    kind: 'noun',
    id: 'supports/proxy',
    type: 'supports',
    lemmas: ['proxy', 'client'],
    holder: 'role',
    of: ['of', 'for', 'poss', 'compound'],
    a: ['state'],
    b: ['organization'],
    inverse: true,
    examples: [
      ['Kataib Hezbollah, a proxy of Iran, claimed the drone attack.', 'Iran', 'Kataib Hezbollah'],
      ["Russia's proxy, the Wagner Group, shelled the town.", 'Russia', 'Wagner Group'],
      ['Officials say the Fatemiyoun Brigade is a proxy for Iran in Syria.', 'Iran', 'Fatemiyoun Brigade'],
    ],
  },
  {
    // "Iran supplies weapons to the Houthis", "G provided money and training to H", "X gave
    // sanctuary to G": who gives a group the means to fight, or a refuge, supports it; the
    // recipient hangs on the thing given or on the verb (a delegation or a letter sent to G is
    // no support)
    kind: 'verb',
    id: 'supports/supply',
    type: 'supports',
    lemmas: SUPPLY_VERBS,
    subject: ['nsubj'],
    object: [`obj[${MEANS.join(',')}]>nmod:to`, 'obl:to'],
    objLemmas: MEANS,
    a: ['person', 'organization', 'state'],
    b: ['organization'],
    examples: [
      ['Iran supplies weapons and drones to the Houthis, UN experts say.', 'Iran', 'Houthis'],
      [
        'Prosecutors said the Hawala Trading Company sent money to the Islamic State for two years.',
        'Hawala Trading Company',
        'Islamic State',
      ],
      [
        'Officials in Kabul accused Pakistan of giving safe haven to the Haqqani Network.',
        'Pakistan',
        'Haqqani Network',
      ],
      [
        'Analysts say Eritrea gives sanctuary to the Oromo Liberation Army.',
        'Eritrea',
        'Oromo Liberation Army',
      ],
      ['In the 1990s Sudan offered shelter to al-Qaeda, the report recalls.', 'Sudan', 'al-Qaeda'],
      ['The Taliban offered refuge to al-Qaeda after 1996.', 'Taliban', 'al-Qaeda'],
    ],
  },
  {
    // "X raised money for G", "X was convicted of collecting donations for G": who gathers
    // money for a group supports it (a town raising a militia, or a fund raised for victims,
    // names no group after "for")
    kind: 'verb',
    id: 'supports/raise-for',
    type: 'supports',
    lemmas: ['raise', 'collect', 'solicit', 'gather', 'launder'],
    subject: ['nsubj'],
    object: [`obj[${RAISED.join(',')}]>nmod:for`, 'obl:for'],
    objLemmas: RAISED,
    a: ['person', 'organization'],
    b: ['organization'],
    examples: [
      ['Rojhat Demir raised money for the PKK in Rotterdam, prosecutors say.', 'Rojhat Demir', 'PKK'],
      [
        'Hassan Abdi was convicted of collecting donations for al-Shabaab among Somalis in Ohio.',
        'Hassan Abdi',
        'al-Shabaab',
      ],
      [
        'The Al-Noor Charity solicited cash for Hamas in Germany, the ministry said.',
        'Al-Noor Charity',
        'Hamas',
      ],
    ],
  },
  {
    // "X, a Hezbollah sympathiser", "X is a supporter of G": who backs a group without being
    // named one of its people supports it
    kind: 'noun',
    id: 'supports/sympathiser',
    type: 'supports',
    lemmas: ['sympathiser', 'sympathizer', 'supporter', 'donor', 'fundraiser'],
    holder: 'role',
    of: ['of', 'to', 'for', 'poss', 'compound'],
    a: ['person'],
    b: ['organization'],
    examples: [
      [
        'Police in Berlin arrested Karim Haddad, a known Hezbollah sympathiser, on Friday.',
        'Karim Haddad',
        'Hezbollah',
      ],
      ['Prosecutors say Selin Arslan is a supporter of the PKK.', 'Selin Arslan', 'PKK'],
      [
        'Omar Farah, a longtime donor to al-Shabaab, was jailed in Minneapolis on Tuesday.',
        'Omar Farah',
        'al-Shabaab',
      ],
    ],
  },
];
