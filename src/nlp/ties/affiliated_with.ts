import type { TiePattern } from './types.js';

export const AFFILIATED_WITH: TiePattern[] = [
  {
    kind: 'verb',
    id: 'affiliated_with/linked',
    type: 'affiliated_with',
    lemmas: ['link', 'affiliate', 'associate', 'connect', 'tie'],
    subject: ['obj'],
    // ("analysts link A to B": the parser may hang the "to" phrase on the object; ties27)
    object: ['obl:to|with', 'obj>nmod:to|with'],
    a: ['person', 'organization'],
    b: ['organization'],
    examples: [
      ['Lashkar-e-Jhangvi is linked to Al Qaeda, officials say.', 'Lashkar-e-Jhangvi', 'Al Qaeda'],
      ['Officials have linked Ansaru to al-Qaeda since 2012.', 'Ansaru', 'al-Qaeda'],
      ['Police said Tariq Aziz was affiliated with Jaish-e-Mohammed.', 'Tariq Aziz', 'Jaish-e-Mohammed'],
      [
        'Jaish-e-Mohammed is not affiliated with the Islamic State.',
        'Jaish-e-Mohammed',
        'Islamic State',
        'negated',
      ],
    ],
  },
  {
    // "X takes orders from Y", "X denies taking instructions from Y"
    kind: 'verb',
    id: 'affiliated_with/orders',
    type: 'affiliated_with',
    lemmas: ['take', 'receive', 'get', 'follow', 'obey'],
    subject: ['nsubj'],
    object: ['obj[order,instruction,direction,command]>nmod:from'],
    a: ['person', 'organization'],
    b: ['organization'],
    examples: [
      [
        "Officials say Kata'ib Hezbollah takes orders from the Islamic Revolutionary Guard Corps.",
        "Kata'ib Hezbollah",
        'Islamic Revolutionary Guard Corps',
      ],
      [
        'Jaish al-Adl denies taking orders from the Islamic State.',
        'Jaish al-Adl',
        'Islamic State',
        'negated',
      ],
    ],
  },
  {
    // "G has distanced itself from H", "X distanced himself from G": a disavowal of any tie
    kind: 'verb',
    id: 'affiliated_with/distanced',
    type: 'affiliated_with',
    lemmas: ['distance'],
    subject: ['nsubj'],
    object: ['obl:from'],
    a: ['person', 'organization'],
    b: ['organization'],
    negated: true,
    examples: [
      ['The Jabal Brigade has distanced itself from al-Qaeda.', 'Jabal Brigade', 'al-Qaeda', 'negated'],
      [
        'Omar Farouk, a preacher in Kano, distanced himself from Boko Haram on Friday.',
        'Omar Farouk',
        'Boko Haram',
        'negated',
      ],
      [
        'The Awami Party, which has led talks with the army, also distanced itself from the Baloch Liberation Army.',
        'Awami Party',
        'Baloch Liberation Army',
        'negated',
      ],
    ],
  },
  {
    kind: 'noun',
    id: 'affiliated_with/links',
    type: 'affiliated_with',
    lemmas: [
      'link',
      'tie',
      'connection',
      'affiliation',
      'association',
      'relationship',
      'relation',
      'contact',
    ],
    holder: 'agent',
    of: ['with', 'to'],
    a: ['person', 'organization'],
    b: ['organization'],
    examples: [
      ['Jaish-e-Mohammed denies any links with Al Qaeda.', 'Jaish-e-Mohammed', 'Al Qaeda', 'negated'],
      ['Lashkar-e-Jhangvi has close ties to Al Qaeda, analysts say.', 'Lashkar-e-Jhangvi', 'Al Qaeda'],
      [
        'Hafiz Saeed denied having any connection with Lashkar-e-Taiba.',
        'Hafiz Saeed',
        'Lashkar-e-Taiba',
        'negated',
      ],
      [
        'Tehrik-i-Taliban Pakistan has no links with the Islamic State.',
        'Tehrik-i-Taliban Pakistan',
        'Islamic State',
        'negated',
      ],
      [
        '"The Saraya Movement has no relations with Hezbollah," its leader said.',
        'Saraya Movement',
        'Hezbollah',
        'negated',
      ],
      ['Analysts say Harakat al-Sabireen has relations with Hezbollah.', 'Harakat al-Sabireen', 'Hezbollah'],
    ],
  },
  {
    // "G has nothing to do with H": a flat denial of any tie (the "with" phrase hangs on "do")
    kind: 'noun',
    id: 'affiliated_with/nothing-to-do',
    type: 'affiliated_with',
    lemmas: ['nothing'],
    holder: 'agent',
    of: ['with'],
    a: ['person', 'organization'],
    b: ['organization'],
    negated: true,
    examples: [
      [
        'The Taliban has nothing to do with al-Qaeda, Zabihullah Mujahid told reporters.',
        'Taliban',
        'al-Qaeda',
        'negated',
      ],
      [
        'Abu Sayyaf had nothing to do with the Maute group, the army said.',
        'Abu Sayyaf',
        'Maute group',
        'negated',
      ],
    ],
  },
  {
    kind: 'noun',
    id: 'affiliated_with/affiliate',
    type: 'affiliated_with',
    lemmas: ['affiliate', 'proxy', 'front'],
    holder: 'role',
    of: ['of', 'for', 'poss', 'compound'],
    a: ['organization'],
    b: ['organization'],
    examples: [
      ['Al-Shabaab, an al-Qaeda affiliate, claimed the attack in Mogadishu.', 'Al-Shabaab', 'al-Qaeda'],
      [
        'Jamaat-ud-Dawa is a front for Lashkar-e-Taiba, according to the United Nations.',
        'Jamaat-ud-Dawa',
        'Lashkar-e-Taiba',
      ],
      // "X (XA), the … affiliate of Y": the name before the acronym in brackets holds the title
      [
        'Analysts warn of the rise of Jamaat Nusrat al-Islam wal-Muslimin (JNIM), the Sahel affiliate of al-Qaeda, which now controls much of the region.',
        'Jamaat Nusrat al-Islam wal-Muslimin',
        'al-Qaeda',
      ],
      [
        'Security forces are battling the Islamic State West Africa Province (ISWAP), the Nigerian affiliate of the Islamic State, which split from Boko Haram.',
        'Islamic State West Africa Province',
        'Islamic State',
      ],
    ],
  },
  {
    // "a suspected G facilitator, X", "X, a facilitator for G": who helps a group from outside
    // it (shelter, transport, money) is linked to it, not one of its members
    kind: 'noun',
    id: 'affiliated_with/facilitator',
    type: 'affiliated_with',
    lemmas: ['facilitator', 'collaborator'],
    holder: 'role',
    of: ['of', 'for', 'poss', 'compound'],
    a: ['person'],
    b: ['organization'],
    examples: [
      [
        'Police in Kano arrested a suspected Ansaru facilitator, Musa Garba, on Friday.',
        'Musa Garba',
        'Ansaru',
      ],
      [
        'Rangers detained Aslam Khoso, a facilitator for Lashkar-e-Jhangvi, in Karachi.',
        'Aslam Khoso',
        'Lashkar-e-Jhangvi',
      ],
    ],
  },
  {
    // "X, which is close to Y", "a news agency close to Y"
    kind: 'noun',
    id: 'affiliated_with/close',
    type: 'affiliated_with',
    lemmas: ['close', 'sympathetic'],
    holder: 'role',
    of: ['to'],
    a: ['person', 'organization'],
    b: ['organization'],
    examples: [
      [
        'The Amaq News Agency, which is close to the Islamic State, published the claim.',
        'Amaq News Agency',
        'Islamic State',
      ],
      ['Police said Tariq Aziz was close to Lashkar-e-Jhangvi.', 'Tariq Aziz', 'Lashkar-e-Jhangvi'],
      // "which" past an acronym in brackets
      [
        'Omar told the Hawar News Agency (ANHA), which is close to the Syrian Democratic Forces.',
        'Hawar News Agency',
        'Syrian Democratic Forces',
      ],
    ],
  },
  {
    // "G says it is independent of H", "G, which insists it is independent from H": a disavowal
    // of any tie, like "has no links with H" (parts38)
    kind: 'noun',
    id: 'affiliated_with/independent',
    type: 'affiliated_with',
    lemmas: ['independent'],
    holder: 'role',
    of: ['of', 'from'],
    a: ['organization'],
    b: ['organization'],
    negated: true,
    examples: [
      [
        'The Tamar Workers Union says it is independent of the Tamar Liberation Army.',
        'Tamar Workers Union',
        'Tamar Liberation Army',
        'negated',
      ],
      [
        'The Karsh Council has always been independent from the Karsh Brigade, its chairman said.',
        'Karsh Council',
        'Karsh Brigade',
        'negated',
      ],
    ],
  },
  {
    // "a militia loyal to Y" (a person loyal to Y is its member: member_of/loyal)
    kind: 'noun',
    id: 'affiliated_with/loyal',
    type: 'affiliated_with',
    lemmas: ['loyal'],
    holder: 'role',
    of: ['to'],
    a: ['organization'],
    b: ['organization'],
    examples: [
      [
        'Omar spoke to the Kataib Sayyid al-Shuhada (KSS), which is loyal to the Badr Organization.',
        'Kataib Sayyid al-Shuhada',
        'Badr Organization',
      ],
      [
        'The Mahdi Army, a militia loyal to the Sadrist Movement, took the town.',
        'Mahdi Army',
        'Sadrist Movement',
      ],
      [
        'Kataib Hezbollah, which is loyal to the Islamic Revolutionary Guard Corps, denied the attack.',
        'Kataib Hezbollah',
        'Islamic Revolutionary Guard Corps',
      ],
    ],
  },
];
