import type { TiePattern } from './types.js';

/**
 * a group's fighting people who may found another: "formed by G militants" (not its members,
 * who may set up a body and stay: "formed by members of G"; its former members left it)
 */
const FOUNDERS = 'militant,fighter,commander,negotiator,guerrilla,rebel,former member';

const SPLIT_MODS = ['breakaway', 'splinter', 'dissident', 'renegade', 'rebel', 'rival', 'former'];

export const PART_OF: TiePattern[] = [
  {
    kind: 'noun',
    id: 'part_of/branch',
    type: 'part_of',
    lemmas: [
      'branch',
      'chapter',
      'wing',
      'faction',
      'arm',
      'cell',
      'unit',
      'province',
      'franchise',
      'division',
      'component',
      'part',
      'subsidiary',
      'squad',
      'brigade',
      'battalion',
      'regiment',
      'backbone',
      // (the units of a force or a state body: "H, G's regional command", "H, a directorate of
      // the G ministry": arrests30)
      'command',
      'directorate',
      'department',
      'bureau',
      'detachment',
      'platoon',
    ],
    holder: 'role',
    // ("the largest faction within G")
    of: ['of', 'within', 'poss', 'compound'],
    a: ['organization'],
    b: ['organization'],
    notMods: SPLIT_MODS,
    examples: [
      [
        'The Islamic State Khorasan Province is the Afghan branch of the Islamic State.',
        'Islamic State Khorasan Province',
        'Islamic State',
      ],
      [
        "Al-Qaeda's Yemen branch, al-Qaeda in the Arabian Peninsula, claimed the attack.",
        'al-Qaeda in the Arabian Peninsula',
        'Al-Qaeda',
      ],
      // (the owner hung on a word before the title: "G's East African branch")
      [
        "Al-Shabaab, al-Qaeda's East African branch, controls much of rural Somalia.",
        'Al-Shabaab',
        'al-Qaeda',
      ],
      [
        "Jamaat Ansar al-Sunna, the Islamic State's East African province, attacked Mocimboa da Praia.",
        'Jamaat Ansar al-Sunna',
        'Islamic State',
      ],
      // "G's special unit, X": the possessive names the group
      [
        "Lashkar-e-Taiba's special unit, the Fidayeen Squad, carried out the raid.",
        'Fidayeen Squad',
        'Lashkar-e-Taiba',
      ],
      [
        "Jaish-e-Mohammed's suicide wing, the Afzal Guru Squad, claimed the attack.",
        'Afzal Guru Squad',
        'Jaish-e-Mohammed',
      ],
      [
        'Jamaat-ud-Dawa, the charity wing of Lashkar-e-Taiba, runs schools in Punjab.',
        'Jamaat-ud-Dawa',
        'Lashkar-e-Taiba',
      ],
      // a squad, a brigade, the backbone of a force
      [
        "The Majeed Brigade, the Baloch Liberation Army's suicide squad, claimed the bombing.",
        'Majeed Brigade',
        'Baloch Liberation Army',
      ],
      [
        'The Kurdish YPG militia, the backbone of the Syrian Democratic Forces, held the line.',
        'YPG',
        'Syrian Democratic Forces',
      ],
      [
        'The Radwan Force is an elite battalion of Hezbollah, Israeli officials say.',
        'Radwan Force',
        'Hezbollah',
      ],
      [
        'Los Metros, the largest faction within the Gulf Cartel, has joined forces with the Zetas.',
        'Los Metros',
        'Gulf Cartel',
      ],
      [
        'The Quds Force is part of the Islamic Revolutionary Guard Corps, officials said.',
        'Quds Force',
        'Islamic Revolutionary Guard Corps',
      ],
      [
        'Reporters said the Badr Organization, which will fight as part of the Popular Mobilization Forces, reached Tikrit.',
        'Badr Organization',
        'Popular Mobilization Forces',
      ],
    ],
  },
  {
    // "Amaq, the Islamic State's news agency", "X, the mouthpiece of G": a group's own organ is
    // part of it (by its owner or "of" only: "the United Nations refugee agency" is no owner's
    // organ named; ties23)
    kind: 'noun',
    id: 'part_of/organ',
    type: 'part_of',
    lemmas: ['agency', 'outlet', 'mouthpiece', 'foundation'],
    holder: 'role',
    of: ['of', 'poss'],
    a: ['organization'],
    b: ['organization'],
    examples: [
      ["Amaq, the Islamic State's news agency, published the video.", 'Amaq', 'Islamic State'],
      ['Al-Manar, the mouthpiece of Hezbollah, aired the speech.', 'Al-Manar', 'Hezbollah'],
    ],
  },
  {
    // "X, the strongest group within G", "X is one of the main militias within G": a group
    // within another is part of it
    kind: 'noun',
    id: 'part_of/within',
    type: 'part_of',
    lemmas: ['group', 'militia', 'movement', 'organization', 'organisation', 'outfit', 'force'],
    holder: 'role',
    of: ['within'],
    a: ['organization'],
    b: ['organization'],
    notMods: SPLIT_MODS,
    examples: [
      ['Katiba Macina is one of the main groups within JNIM, analysts say.', 'Katiba Macina', 'JNIM'],
      [
        'Kataib Hezbollah, the most powerful militia within the Popular Mobilization Forces, denied the claim.',
        'Kataib Hezbollah',
        'Popular Mobilization Forces',
      ],
    ],
  },
  {
    // "G, a member of the H coalition", "A and B are both members of H": a group that is a
    // member of another is part of it
    kind: 'noun',
    id: 'part_of/member',
    type: 'part_of',
    lemmas: ['member', 'constituent'],
    holder: 'role',
    of: ['of', 'compound', 'poss'],
    a: ['organization'],
    b: ['organization'],
    notMods: SPLIT_MODS,
    examples: [
      [
        'Ahrar al-Sham, a member of the National Front for Liberation, denied the claim.',
        'Ahrar al-Sham',
        'National Front for Liberation',
      ],
      [
        "Analysts say the Black Banner Brigade is the Popular Front's largest member.",
        'Black Banner Brigade',
        'Popular Front',
      ],
      [
        'Hamas and Palestinian Islamic Jihad are both members of the Joint Operations Room.',
        'Palestinian Islamic Jihad',
        'Joint Operations Room',
      ],
    ],
  },
  {
    // "A and B formed the D Alliance": groups that form a coalition are its parts (read
    // only when the formed group is named as a coalition: "G formed the H Brigade" makes no part)
    kind: 'verb',
    id: 'part_of/form',
    type: 'part_of',
    // ("set up" with its particle only; ties28)
    lemmas: ['form', 'constitute', 'establish', 'create', 'found', 'set'],
    subject: ['nsubj'],
    object: ['obj'],
    a: ['organization'],
    b: ['organization'],
    examples: [
      [
        'Ansar Dine and the Macina Brigade formed the Sahel Coalition in 2017.',
        'Macina Brigade',
        'Sahel Coalition',
      ],
      [
        'The Shan Army and the Wa Army formed the Northern Alliance in 2019.',
        'Shan Army',
        'Northern Alliance',
      ],
      [
        'The Koru Front and the Selva Brigade set up the Eastern Alliance in 2015.',
        'Selva Brigade',
        'Eastern Alliance',
      ],
      [
        'The Tamsin Coalition was established by the Dune Brigade and the Harbour Front in 2018.',
        'Dune Brigade',
        'Tamsin Coalition',
      ],
    ],
  },
  {
    // "The Kachin Independence Army joined the Northern Alliance in 2016": a group joins another
    kind: 'verb',
    id: 'part_of/join',
    type: 'part_of',
    lemmas: ['join', 'rejoin'],
    subject: ['nsubj'],
    object: ['obj'],
    a: ['organization'],
    b: ['organization'],
    examples: [
      [
        'The Kachin Independence Army joined the Northern Alliance in 2016.',
        'Kachin Independence Army',
        'Northern Alliance',
      ],
      [
        'Jaish al-Islam joined the Islamic Front alliance in 2013, its commanders said.',
        'Jaish al-Islam',
        'Islamic Front',
      ],
    ],
  },
];

// "the Taliban's Red Unit", "Hamas's Qassam Brigades": a group's own unit, named
PART_OF.push({
  kind: 'noun',
  id: 'part_of/owned-unit',
  type: 'part_of',
  lemmas: [],
  holder: 'self',
  of: ['poss'],
  a: ['organization'],
  b: ['organization'],
  notMods: SPLIT_MODS,
  examples: [
    ["The Taliban's elite Red Unit attacked the checkpoint.", 'Red Unit', 'Taliban'],
    ["Hamas's Izz ad-Din al-Qassam Brigades fired the rockets.", 'Izz ad-Din al-Qassam Brigades', 'Hamas'],
  ],
});

PART_OF.push({
  kind: 'verb',
  id: 'part_of/include',
  type: 'part_of',
  lemmas: ['include', 'comprise', 'encompass', 'incorporate', 'absorb'],
  subject: ['obj'],
  object: ['nsubj'],
  a: ['organization'],
  b: ['organization'],
  examples: [
    [
      'The Syrian Democratic Forces, which include the Syrian Arab Coalition, advanced on Raqqa.',
      'Syrian Arab Coalition',
      'Syrian Democratic Forces',
    ],
    [
      "The Popular Mobilization Forces include Kata'ib Hezbollah and the Badr Organization.",
      'Badr Organization',
      'Popular Mobilization Forces',
    ],
  ],
});

// "G belongs to the H alliance", "G does not belong to H" (negated): one group within another
// (a person who belongs to G is member_of/belong)
PART_OF.push({
  kind: 'verb',
  id: 'part_of/belong',
  type: 'part_of',
  lemmas: ['belong'],
  subject: ['nsubj'],
  object: ['obl:to'],
  a: ['organization'],
  b: ['organization'],
  examples: [
    [
      'The Mutasim Brigade belongs to the Syrian National Army, according to its commanders.',
      'Mutasim Brigade',
      'Syrian National Army',
    ],
    [
      'Officials say Ansar al-Sharia belongs to the Shura Council of Benghazi Revolutionaries.',
      'Ansar al-Sharia',
      'Shura Council of Benghazi Revolutionaries',
    ],
    [
      'Jund al-Aqsa does not belong to the Hayat Tahrir al-Sham alliance.',
      'Jund al-Aqsa',
      'Hayat Tahrir al-Sham',
      'negated',
    ],
  ],
});

// "H, made up of A, B and C", "A and B make up H", "H is composed of A and B", "H consists of
// A and B": each named member is part of H
PART_OF.push(
  {
    kind: 'verb',
    id: 'part_of/made-up-of',
    type: 'part_of',
    namedSubject: true,
    lemmas: ['make'],
    particle: ['up'],
    subject: ['obl:of'],
    object: ['nsubj', 'obj'],
    a: ['organization'],
    b: ['organization'],
    examples: [
      [
        'The Islamic Resistance in Iraq, made up of Kataib Hezbollah and Harakat al-Nujaba, claimed the strike.',
        'Harakat al-Nujaba',
        'Islamic Resistance in Iraq',
      ],
      [
        'The Northern Alliance is made up of the Kachin Independence Army and the Arakan Army.',
        'Arakan Army',
        'Northern Alliance',
      ],
    ],
  },
  {
    kind: 'verb',
    id: 'part_of/make-up',
    type: 'part_of',
    lemmas: ['make'],
    particle: ['up'],
    subject: ['nsubj'],
    object: ['obj'],
    a: ['organization'],
    b: ['organization'],
    examples: [
      [
        'Ansar Dine, Al-Mourabitoun and the Macina Liberation Front make up the Support Group for Islam and Muslims.',
        'Al-Mourabitoun',
        'Support Group',
      ],
      [
        'Kataib Hezbollah and Harakat al-Nujaba make up the Islamic Resistance in Iraq.',
        'Kataib Hezbollah',
        'Islamic Resistance in Iraq',
      ],
    ],
  },
  {
    kind: 'verb',
    id: 'part_of/consist-of',
    type: 'part_of',
    namedSubject: true,
    lemmas: ['consist', 'compose'],
    subject: ['obl:of'],
    object: ['nsubj', 'obj'],
    a: ['organization'],
    b: ['organization'],
    examples: [
      [
        'The Northern Alliance, which consists of the Arakan Army and the Kachin Independence Army, attacked the town.',
        'Kachin Independence Army',
        'Northern Alliance',
      ],
      [
        'The Joint Force, composed of the Sudan Liberation Army and the Justice and Equality Movement, guards the road.',
        'Justice and Equality Movement',
        'Joint Force',
      ],
    ],
  },
);

// "H merged into G", "H was merged into G": H becomes part of G (ties23)
PART_OF.push({
  kind: 'verb',
  id: 'part_of/merge-into',
  type: 'part_of',
  lemmas: ['merge', 'dissolve', 'fold'],
  subject: ['nsubj'],
  object: ['obl:into'],
  a: ['organization'],
  b: ['organization'],
  examples: [
    [
      'In 2017 Jabhat Fatah al-Sham merged into Hayat Tahrir al-Sham.',
      'Jabhat Fatah al-Sham',
      'Hayat Tahrir al-Sham',
    ],
    [
      'The Ansar Brigade, which merged into the Syrian National Army in 2019, still holds Azaz.',
      'Ansar Brigade',
      'Syrian National Army',
    ],
  ],
});

// "G's fighters are enrolled in H", "G was integrated into H": G becomes part of H
PART_OF.push({
  kind: 'verb',
  id: 'part_of/enrol-in',
  type: 'part_of',
  lemmas: ['enrol', 'enroll', 'integrate', 'incorporate', 'absorb', 'fold'],
  subject: ['obj'],
  object: ['obl:in|into'],
  a: ['organization'],
  b: ['organization'],
  examples: [
    [
      "Asaib Ahl al-Haq's fighters are enrolled in the Popular Mobilization Forces.",
      'Asaib Ahl al-Haq',
      'Popular Mobilization Forces',
    ],
    [
      'Badr Organization fighters were absorbed into the Iraqi Security Forces in 2004.',
      'Badr Organization',
      'Iraqi Security Forces',
    ],
    [
      'In 2019 the Sudan Liberation Movement was integrated into the Sudanese Armed Forces.',
      'Sudan Liberation Movement',
      'Sudanese Armed Forces',
    ],
  ],
});

// "G, an alliance dominated by H", "a coalition led by H": the group that dominates or leads a
// coalition is one of its parts (the noun must name a coalition: "H dominates the government"
// makes no part)
PART_OF.push({
  kind: 'verb',
  id: 'part_of/coalition-led-by',
  type: 'part_of',
  lemmas: ['dominate', 'lead', 'spearhead', 'anchor'],
  subject: ['nsubj'],
  object: ['obj'],
  objLemmas: ['alliance', 'coalition', 'umbrella', 'bloc', 'grouping', 'federation', 'front'],
  a: ['organization'],
  b: ['organization'],
  examples: [
    [
      'The Syrian Democratic Forces, an alliance dominated by the YPG, took the town.',
      'YPG',
      'Syrian Democratic Forces',
    ],
    [
      'The Popular Mobilization Forces, a coalition led by Kataib Hezbollah, took the town.',
      'Kataib Hezbollah',
      'Popular Mobilization Forces',
    ],
  ],
});

// "H operates under G", "H fights under the banner / umbrella of G": a group that acts under
// another's name or command is part of it
PART_OF.push({
  kind: 'verb',
  id: 'part_of/under-banner',
  type: 'part_of',
  // ("A and B united / regrouped under H": parts38)
  lemmas: ['operate', 'fight', 'act', 'serve', 'unite', 'regroup', 'merge', 'unify'],
  subject: ['nsubj'],
  object: ['obl:under', 'obl[banner,umbrella,flag,command,auspices]>nmod:of'],
  a: ['organization'],
  b: ['organization'],
  examples: [
    [
      'Kataib Sayyid al-Shuhada, which operates under the Popular Mobilization Forces, denied the claim.',
      'Kataib Sayyid al-Shuhada',
      'Popular Mobilization Forces',
    ],
    ['Jund al-Aqsa fights under the banner of Tahrir al-Sham.', 'Jund al-Aqsa', 'Tahrir al-Sham'],
    [
      'The Karsh Brigade and the Dune Battalion united under the Tamar Coalition in 2017.',
      'Dune Battalion',
      'Tamar Coalition',
    ],
  ],
});

// "H brings together A and B", "H brought together A, B and C": the groups a coalition gathers
// are its parts (parts38)
PART_OF.push({
  kind: 'verb',
  id: 'part_of/bring-together',
  type: 'part_of',
  // (not "bringing together fighters from A and B": a group's people make no part of it)
  namedSubject: true,
  lemmas: ['bring'],
  particle: ['together'],
  subject: ['obj'],
  object: ['nsubj'],
  a: ['organization'],
  b: ['organization'],
  examples: [
    [
      'The Tamar Coalition brings together the Karsh Brigade and the Dune Battalion.',
      'Dune Battalion',
      'Tamar Coalition',
    ],
    [
      'Formed in 2014, the Northern Alliance brought together the Volta Movement and the Sahel Front.',
      'Volta Movement',
      'Northern Alliance',
    ],
  ],
});

// "Kyoto, a city in Japan", "X is part of Y": a place within a larger one
PART_OF.push({
  kind: 'noun',
  id: 'part_of/place-in-place',
  type: 'part_of',
  lemmas: ['part', 'capital', 'suburb', 'county', 'district', 'province', 'region', 'state', 'municipality'],
  holder: 'role',
  of: ['of', 'in', 'poss'],
  a: ['place'],
  b: ['place'],
  examples: [
    ['Officials said Sinjar is part of Iraq and must be rebuilt.', 'Sinjar', 'Iraq'],
    ['Rain flooded Gulshan, a suburb of Dhaka, on Monday.', 'Gulshan', 'Dhaka'],
  ],
});

// "the Northern Front of the Patriotic Army": one named group of another is its unit
PART_OF.push({
  kind: 'noun',
  id: 'part_of/org-of-org',
  type: 'part_of',
  lemmas: [],
  holder: 'self',
  of: ['of'],
  a: ['organization'],
  b: ['organization'],
  examples: [
    [
      'The Popular Army said it began an offensive against the Northern Front of the Patriotic Army.',
      'Northern Front',
      'Patriotic Army',
    ],
    [
      'Officers of the Quds Force of the Revolutionary Guards met in Damascus.',
      'Quds Force',
      'Revolutionary Guards',
    ],
  ],
});

// "Kyoto, a city in Japan": a settlement within a larger place; "the city of X", "the port
// of X", "the island town of X" name X itself, so "of" is not containment here ("A, the port
// of B and the town of C" lists three peers)
PART_OF.push({
  kind: 'noun',
  id: 'part_of/settlement-in-place',
  type: 'part_of',
  lemmas: ['city', 'town', 'village', 'island', 'port', 'neighborhood', 'neighbourhood', 'community'],
  holder: 'role',
  of: ['in', 'poss'],
  a: ['place'],
  b: ['place'],
  examples: [
    ['Kandahar, the second largest city in Afghanistan, was calm on Friday.', 'Kandahar', 'Afghanistan'],
    ['The floods reached Dera Ismail Khan, a town in Pakistan, overnight.', 'Dera Ismail Khan', 'Pakistan'],
  ],
});

export const SPLIT_FROM: TiePattern[] = [
  {
    kind: 'verb',
    id: 'split_from/defect',
    type: 'split_from',
    lemmas: ['defect', 'break', 'split', 'splinter', 'secede', 'separate', 'desert'],
    // (a group "separate from G" is distinct from it, and need never have been part of it)
    verbOnly: ['separate'],
    subject: ['nsubj'],
    object: ['obl:from|with'],
    a: ['person', 'organization'],
    b: ['organization'],
    examples: [
      [
        'Omar Khalid Khorasani defected from Tehrik-i-Taliban Pakistan in 2014.',
        'Omar Khalid Khorasani',
        'Tehrik-i-Taliban Pakistan',
      ],
      [
        'Jamaat-ul-Ahrar broke away from Tehrik-i-Taliban Pakistan after a dispute.',
        'Jamaat-ul-Ahrar',
        'Tehrik-i-Taliban Pakistan',
      ],
      [
        'Jabhat al-Nusra split from the Islamic State in 2013 and kept its fighters.',
        'Jabhat al-Nusra',
        'Islamic State',
      ],
    ],
  },
  {
    kind: 'noun',
    id: 'split_from/splinter',
    type: 'split_from',
    lemmas: ['faction', 'group', 'offshoot', 'splinter', 'wing', 'outfit'],
    holder: 'role',
    of: ['of', 'from', 'poss', 'compound'],
    a: ['person', 'organization'],
    b: ['organization'],
    mods: ['breakaway', 'splinter', 'dissident', 'renegade'],
    examples: [
      [
        'Jamaat-ul-Ahrar, a splinter faction of Tehrik-i-Taliban Pakistan, claimed the attack.',
        'Jamaat-ul-Ahrar',
        'Tehrik-i-Taliban Pakistan',
      ],
      ['Hizb-ul-Ahrar is a breakaway group of Jamaat-ul-Ahrar.', 'Hizb-ul-Ahrar', 'Jamaat-ul-Ahrar'],
    ],
  },
  {
    // a noun that says the split itself, with no "breakaway" needed: "X, a splinter of Y"
    kind: 'noun',
    id: 'split_from/splinter-of',
    type: 'split_from',
    lemmas: ['splinter', 'spin-off', 'spinoff', 'offshoot'],
    holder: 'role',
    // ("a G splinter, H", "G's offshoot, H")
    of: ['of', 'from', 'compound', 'poss'],
    a: ['organization'],
    b: ['organization'],
    examples: [
      [
        'The Tawhid Front, a splinter of Ahrar al-Sham, seized the crossing.',
        'Tawhid Front',
        'Ahrar al-Sham',
      ],
      [
        'Police say the Red Dawn Cell is a splinter of the Revolutionary Struggle network.',
        'Red Dawn Cell',
        'Revolutionary Struggle',
      ],
      // an offshoot grew out of the group it left
      [
        'The Islamic State Sahel Province, an offshoot of the Islamic State West Africa Province, attacked the base.',
        'Islamic State Sahel Province',
        'Islamic State West Africa Province',
      ],
      [
        'Police said the Continuity IRA was an offshoot of the Provisional IRA.',
        'Continuity IRA',
        'Provisional IRA',
      ],
      [
        'A Tehrik-i-Taliban Pakistan splinter, Jamaat-ul-Ahrar, claimed the attack.',
        'Jamaat-ul-Ahrar',
        'Tehrik-i-Taliban Pakistan',
      ],
      [
        'Police say the Real IRA, a Provisional IRA offshoot, planted the bomb.',
        'Real IRA',
        'Provisional IRA',
      ],
    ],
  },
  {
    // "G was formed by defectors from H", "dissidents of H founded G": a group its founders
    // brought out of another split from it
    kind: 'verb',
    id: 'split_from/formed-by-defectors',
    type: 'split_from',
    lemmas: ['form', 'found', 'create', 'establish', 'launch', 'start'],
    subject: ['obj'],
    object: [
      'nsubj[defector,deserter,dissident,renegade,breakaway]>nmod:from',
      'nsubj[defector,deserter,dissident,renegade,breakaway]>nmod:of',
      // ("a group formed by G militants / former commanders of G": fighters who leave to found a
      // new group split from the old one)
      `nsubj[${FOUNDERS}]>compound`,
      `nsubj[${FOUNDERS}]>nmod:of`,
    ],
    a: ['organization'],
    b: ['organization'],
    examples: [
      [
        'Jamaat Ansar was formed by defectors from the Pakistani Taliban.',
        'Jamaat Ansar',
        'Pakistani Taliban',
      ],
      [
        'In 2014, dissidents of the Arakan Army founded the Arakan Liberation Party.',
        'Arakan Liberation Party',
        'Arakan Army',
      ],
      [
        'The Kolvar Hawks, a group formed two years ago by ELN militants, denied the kidnapping.',
        'Kolvar Hawks',
        'ELN',
      ],
      [
        'The Revolutionary Front was formed by former commanders of the ELN in 2019.',
        'Revolutionary Front',
        'ELN',
      ],
      // (its former members: "formed by members of G" alone stays unsplit)
      ['Jaish al-Nasr was founded by former members of Jundallah in 2011.', 'Jaish al-Nasr', 'Jundallah'],
      ['The Azawad Front was created in 2014 by former members of Ansar Dine.', 'Azawad Front', 'Ansar Dine'],
    ],
  },
  {
    kind: 'noun',
    id: 'split_from/defector',
    type: 'split_from',
    lemmas: ['defector', 'deserter', 'dissident'],
    holder: 'role',
    of: ['from', 'poss', 'compound'],
    a: ['person'],
    b: ['organization'],
    examples: [
      [
        'Abdullahi Nur, a defector from al-Shabaab, now advises the Somali army.',
        'Abdullahi Nur',
        'al-Shabaab',
      ],
      [
        'Yusuf Bako, a Boko Haram deserter, told reporters the camp was short of food.',
        'Yusuf Bako',
        'Boko Haram',
      ],
      ['Karim Lahlou, a Hamas dissident, spoke from exile in Cairo.', 'Karim Lahlou', 'Hamas'],
    ],
  },
];

// "G's members include X", "G, whose members include X", "the members of G include X", "G members
// include X": a coalition's members, the subject of "include", are its parts (parts31)
PART_OF.push({
  kind: 'verb',
  id: 'part_of/members-include',
  type: 'part_of',
  lemmas: ['include', 'comprise'],
  subject: ['obj'],
  object: [
    'nsubj[member,constituent,component]>nmod:poss',
    'nsubj[member,constituent,component]>nmod:of',
    'nsubj[member,constituent,component]>compound',
  ],
  a: ['organization'],
  b: ['organization'],
  examples: [
    [
      'The Northern Alliance, whose members include the Karsh Brigade, took the town.',
      'Karsh Brigade',
      'Northern Alliance',
    ],
    [
      "The Coastal Front's members include the Dune Brigade and the Volta Movement.",
      'Volta Movement',
      'Coastal Front',
    ],
  ],
});

// "X, a member group of G", "X, a constituent organisation of the G alliance": a group named as
// a member of another is part of it (parts31)
PART_OF.push({
  kind: 'noun',
  id: 'part_of/member-group',
  type: 'part_of',
  lemmas: ['group', 'organization', 'organisation', 'faction', 'militia', 'party', 'movement'],
  mods: ['member', 'constituent'],
  holder: 'role',
  of: ['of', 'poss', 'compound'],
  a: ['organization'],
  b: ['organization'],
  examples: [
    [
      'The Karsh Brigade, a member group of the Northern Alliance, denied the claim.',
      'Karsh Brigade',
      'Northern Alliance',
    ],
    [
      'Police said the Volta Movement is a constituent organisation of the Tamar Coalition.',
      'Volta Movement',
      'Tamar Coalition',
    ],
  ],
});

// "G declared a Yemen Province", "G announced a new Coastal Wing": a named province,
// branch or wing a group sets up is one of its parts (parts33; "A and B formed the D Alliance"
// is part_of/form, the other way round)
PART_OF.push({
  kind: 'verb',
  id: 'part_of/declared-branch',
  type: 'part_of',
  lemmas: ['declare', 'announce', 'proclaim', 'establish', 'create', 'launch', 'form', 'found'],
  subject: ['obj'],
  object: ['nsubj'],
  objLemmas: ['province', 'wilayah', 'wilayat', 'branch', 'wing', 'chapter'],
  a: ['organization'],
  b: ['organization'],
  examples: [
    [
      'The Islamic State later announced a Pakistan Province, separate from its Khorasan branch.',
      'Pakistan Province',
      'Islamic State',
    ],
    ['The Tamar Group announced a new Coastal Wing last spring.', 'Coastal Wing', 'Tamar Group'],
  ],
});

// "X, one of the groups in the H alliance", "the largest faction in the H Coalition": a group
// within a coalition named as one (read.ts keeps only such objects; parts38)
PART_OF.push({
  kind: 'noun',
  id: 'part_of/in-coalition',
  type: 'part_of',
  lemmas: [
    'group',
    'faction',
    'militia',
    'movement',
    'organization',
    'organisation',
    'outfit',
    'member',
    'force',
  ],
  holder: 'role',
  of: ['in'],
  a: ['organization'],
  b: ['organization'],
  notMods: SPLIT_MODS,
  examples: [
    [
      'The Ravine Brigade, the largest faction in the Eastern Alliance, shelled the town.',
      'Ravine Brigade',
      'Eastern Alliance',
    ],
    [
      'Police said the Karsh Brigade is one of the main groups in the Tamar Coalition.',
      'Karsh Brigade',
      'Tamar Coalition',
    ],
  ],
});
