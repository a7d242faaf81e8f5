import type { TiePattern } from './types.js';

const PO = ['person', 'organization'] as ('person' | 'organization')[];

// Armed conflict between groups or forces. "X claimed responsibility for the attack" ties
// no one: it is an event.
/** what two forces do together: "a joint operation/offensive/patrol with Y" */
export const JOINT_ACTS = [
  'operation',
  'offensive',
  'patrol',
  'raid',
  'campaign',
  'assault',
  'attack',
  'exercise',
  'mission',
];

export const FIGHTS: TiePattern[] = [
  {
    kind: 'verb',
    id: 'fights/fight',
    type: 'fights',
    lemmas: ['fight', 'battle', 'combat', 'clash', 'engage'],
    subject: ['nsubj'],
    object: ['obj', 'obl:against|with'],
    a: [...PO, 'state'],
    b: [...PO, 'state'],
    reciprocal: true,
    examples: [
      ['The Peshmerga fought the Islamic State near Mosul.', 'Islamic State', 'Peshmerga'],
      ['Hayat Tahrir al-Sham clashed with Ahrar al-Sham in Idlib.', 'Ahrar al-Sham', 'Hayat Tahrir al-Sham'],
      ['The Taliban and the Islamic State clashed in Nangarhar on Sunday.', 'Islamic State', 'Taliban'],
      // "armed groups, chiefly A and B, …": the names a plural noun lists stand for it
      [
        'Islamist armed groups, chiefly Ahrar al-Sham and the Nour al-Din al-Zenki Movement, have fought alongside Hayat Tahrir al-Sham against the Syrian Arab Army near Aleppo.',
        'Syrian Arab Army',
        'Nour al-Din al-Zenki Movement',
      ],
      // (…however the parser hangs the list on the plural)
      [
        'Armed groups, chiefly the Rohingya Liberation Army and the Arakan National Council, have fought alongside the military against the Karen National Union near the border.',
        'Arakan National Council',
        'Karen National Union',
      ],
      [
        'Several factions, including Jaish al-Islam and Ahrar al-Sham, clashed with the Syrian Arab Army in Douma.',
        'Syrian Arab Army',
        'Ahrar al-Sham',
      ],
      // "the two sides": the last two groups named before
      [
        'Hamas accused Fatah of arresting its members in Hebron, and the two sides clashed there on Monday.',
        'Fatah',
        'Hamas',
      ],
      [
        "Al-Shabaab's hold on Jowhar is disputed by the Somali National Army, and both sides fought there last week.",
        'Somali National Army',
        'Al-Shabaab',
      ],
      // "fought alongside Y against Z": the phrase may hang on the other oblique
      [
        'Hezbollah fighters fought alongside the Syrian Arab Army against the Free Syrian Army near Homs.',
        'Free Syrian Army',
        'Hezbollah',
      ],
      [
        'The Kurdistan Workers Party has battled alongside the Peshmerga against the Islamic State.',
        'Islamic State',
        'Kurdistan Workers Party',
      ],
      // a generic noun stands for the force named beside it
      [
        "Kenya's army, the Kenya Defence Forces, clashed with al-Shabaab near Lamu.",
        'al-Shabaab',
        'Kenya Defence Forces',
      ],
      [
        "Chad's army, the Chadian National Army, has fought Boko Haram since 2015.",
        'Boko Haram',
        'Chadian National Army',
      ],
      // denied: a negated tie, and no positive one from the older cue table
      [
        'Hezbollah dismissed reports that its fighters had clashed with the Free Syrian Army.',
        'Free Syrian Army',
        'Hezbollah',
        'negated',
      ],
      [
        'Boko Haram denied that its fighters had clashed with the Islamic State West Africa Province.',
        'Islamic State West Africa Province',
        'Boko Haram',
        'negated',
      ],
    ],
  },
  {
    // "X exchanged fire with Y", "X traded gunfire with Y"
    kind: 'verb',
    id: 'fights/exchange-fire',
    type: 'fights',
    lemmas: ['exchange', 'trade'],
    subject: ['nsubj'],
    object: ['obj[fire,gunfire,shot,blow]>nmod:with'],
    a: PO,
    b: PO,
    examples: [
      [
        'Taliban gunmen exchanged fire with the Afghan National Army near Ghazni on Friday.',
        'Afghan National Army',
        'Taliban',
      ],
      [
        'Al-Shabaab fighters traded gunfire with the Somali National Army for two hours.',
        'Somali National Army',
        'Al-Shabaab',
      ],
    ],
  },
  {
    kind: 'verb',
    id: 'fights/attack',
    type: 'fights',
    lemmas: [
      'attack',
      'target',
      'strike',
      'bomb',
      'shell',
      'ambush',
      'raid',
      'storm',
      'assault',
      'besiege',
      'pound',
      'rout',
      'defeat',
      'repel',
      'expel',
      'drive',
      'oust',
      'push',
      'overrun',
      'overran',
    ],
    subject: ['nsubj'],
    object: ['obj'],
    a: ['organization', 'state'],
    b: ['organization', 'state'],
    examples: [
      [
        'The Syrian Democratic Forces attacked the Islamic State in Raqqa.',
        'Islamic State',
        'Syrian Democratic Forces',
      ],
      [
        'The Syrian Democratic Forces drove the Islamic State out of Manbij.',
        'Islamic State',
        'Syrian Democratic Forces',
      ],
      // a headquarters stands for the force that holds it
      [
        'The Taliban overran the headquarters of the Afghan National Army in Kunduz.',
        'Afghan National Army',
        'Taliban',
      ],
      [
        'The Houthis stormed the headquarters of the Yemeni Republican Guard in Sanaa in 2017.',
        'Yemeni Republican Guard',
        'Houthis',
      ],
      // jets, drones, boats, hideouts and camps stand for the force that owns them
      [
        'The Pakistan Air Force said its jets had struck Tehrik-i-Taliban Pakistan hideouts near Miranshah.',
        'Tehrik-i-Taliban Pakistan',
        'Pakistan Air Force',
      ],
      [
        'The Iraqi Air Force said its aircraft had bombed Islamic State positions near Hawija.',
        'Islamic State',
        'Iraqi Air Force',
      ],
      // "its drive to defeat Y": the owner of the noun the verb completes
      [
        'The Iraqi Counter Terrorism Service said its drive to defeat the Islamic State in Mosul would continue.',
        'Islamic State',
        'Iraqi Counter Terrorism Service',
      ],
      [
        'Hezbollah sent fighters in its effort to defeat the Free Syrian Army near the border.',
        'Free Syrian Army',
        'Hezbollah',
      ],
    ],
  },
  {
    // "G militants killed six members of H", "G killed five H soldiers": one force killing
    // another's people is armed conflict between them
    kind: 'verb',
    id: 'fights/kill',
    type: 'fights',
    lemmas: ['kill', 'wound', 'injure', 'slay', 'massacre', 'behead', 'execute', 'neutralise', 'neutralize'],
    subject: ['nsubj'],
    object: ['obj', 'obj[member]>nmod:of'],
    a: ['organization'],
    b: ['organization'],
    examples: [
      [
        'Taliban gunmen killed four members of the Afghan National Army near Ghazni.',
        'Afghan National Army',
        'Taliban',
      ],
      [
        'Al-Shabaab fighters killed five Somali National Army soldiers in an ambush near Afgoye.',
        'Somali National Army',
        'Al-Shabaab',
      ],
      [
        'The Islamic State executed three members of Hayat Tahrir al-Sham in Idlib.',
        'Hayat Tahrir al-Sham',
        'Islamic State',
      ],
    ],
  },
  {
    // "two G fighters surrendered to H", "a G commander gave himself up to H": a side yields to
    // its enemy (fights29; a person alone yielding ties no one: both ends organisations)
    kind: 'verb',
    id: 'fights/surrender-to',
    type: 'fights',
    lemmas: ['surrender'],
    subject: ['nsubj'],
    object: ['obl:to'],
    a: ['organization'],
    b: ['organization'],
    examples: [
      [
        'Three fighters of the Lomar Brigade surrendered to the Kivu Defence Force near Tarsa on Monday.',
        'Lomar Brigade',
        'Kivu Defence Force',
      ],
      [
        'A senior commander of the Northern Liberation Front has surrendered to the Ruvani National Army with 20 of his men.',
        'Northern Liberation Front',
        'Ruvani National Army',
      ],
    ],
  },
  {
    // "X repelled an attack by Y", "X repulsed an assault by Y on the town": the side that beats
    // back an attack fights the side that made it (fights35)
    kind: 'verb',
    id: 'fights/repel-attack',
    type: 'fights',
    lemmas: ['repel', 'repulse'],
    subject: ['nsubj'],
    object: ['obj[attack,assault,offensive,raid,incursion,advance,ambush,onslaught]>nmod:by'],
    a: ['organization', 'state'],
    b: ['organization'],
    examples: [
      [
        'The Ruvani National Army repelled an attack by the Sabu Front near Tarsa on Monday night.',
        'Ruvani National Army',
        'Sabu Front',
      ],
      [
        'Kivu Defence Force soldiers repulsed an assault by the Lomar Brigade near the airport.',
        'Kivu Defence Force',
        'Lomar Brigade',
      ],
    ],
  },
  {
    // "X retook the town from Y", "X wrested the district from Y"
    kind: 'verb',
    id: 'fights/retake-from',
    type: 'fights',
    lemmas: ['retake', 'recapture', 'capture', 'seize', 'wrest', 'liberate', 'reclaim'],
    subject: ['nsubj'],
    object: ['obl:from'],
    a: ['organization'],
    b: ['organization'],
    examples: [
      [
        'Turkey armed the Free Syrian Army in its bid to retake the town from the Syrian Democratic Forces.',
        'Syrian Democratic Forces',
        'Free Syrian Army',
      ],
      [
        'The Afghan National Army recaptured the district from the Taliban on Monday.',
        'Taliban',
        'Afghan National Army',
      ],
    ],
  },
  {
    // "Z backed Y against X": the one backed fights the one it is backed against
    kind: 'verb',
    id: 'fights/backed-against',
    type: 'fights',
    lemmas: ['support', 'back', 'help', 'assist', 'aid', 'arm', 'train', 'equip', 'defend', 'protect'],
    subject: ['obj'],
    object: ['obl:against'],
    a: ['organization'],
    b: ['organization', 'state'],
    examples: [
      [
        'Iran has backed the Popular Mobilization Forces against the Islamic State since 2014.',
        'Islamic State',
        'Popular Mobilization Forces',
      ],
      // the one it is backed against may stand behind a noun ("the threat of", "fighters of")
      [
        'The United States supported the Syrian Democratic Forces against the threat of al-Qaeda in Idlib.',
        'al-Qaeda',
        'Syrian Democratic Forces',
      ],
      [
        'Russia helped the Syrian Arab Army against fighters of Jabhat al-Nusra near Aleppo.',
        'Jabhat al-Nusra',
        'Syrian Arab Army',
      ],
    ],
  },
  {
    kind: 'noun',
    id: 'fights/offensive',
    type: 'fights',
    lemmas: [
      'offensive',
      'strike',
      'airstrike',
      'air strike',
      'attack',
      'assault',
      'operation',
      'campaign',
      'war',
      'battle',
      'fight',
      'fighting',
      'clash',
      'raid',
      'counteroffensive',
      'counter-offensive',
      'bombardment',
      'onslaught',
      'crackdown',
      'conflict',
      'skirmish',
      'firefight',
      'gunfight',
      'gunbattle',
      'hostilities',
      'insurgency',
      'rebellion',
      'uprising',
    ],
    holder: 'agent',
    of: ['against', 'on', 'with'],
    a: [...PO, 'state'],
    b: [...PO, 'state'],
    // (a joint operation "with" Y is waged beside Y: fights/joint, allied_with/joint)
    notMods: ['joint', 'combined'],
    examples: [
      // "G said in a statement that it had launched …": the clause hung on the statement
      [
        'The Popular Liberation Army said in a post on its channel that it had started an offensive against the Free Patriotic Front.',
        'Popular Liberation Army',
        'Free Patriotic Front',
      ],
      [
        'Ansar Dine said in a communique that it had begun an offensive against the Malian army in Kidal.',
        'Ansar Dine',
        'Malian army',
      ],
      // one of a group's people stands for the group it fights
      [
        'The Pentagon said it had carried out a strike against a senior Hezbollah commander near Damascus.',
        'Hezbollah',
        'Pentagon',
      ],
      [
        'The Nigerian Air Force launched an air raid on a Boko Haram leader in Sambisa.',
        'Boko Haram',
        'Nigerian Air Force',
      ],
      [
        'The Iraqi Security Forces launched an offensive against the Islamic State in Mosul.',
        'Islamic State',
        'Iraqi Security Forces',
      ],
      ['Peshmerga strikes on the Islamic State continued overnight.', 'Islamic State', 'Peshmerga'],
      [
        'Officials said clashes between the Taliban and the Islamic State killed dozens.',
        'Islamic State',
        'Taliban',
      ],
      // the names after "between", read on the tokens when the parser hangs them apart
      [
        'Fighting between the Rapid Support Forces and the Sudanese Armed Forces displaced thousands near Khartoum.',
        'Rapid Support Forces',
        'Sudanese Armed Forces',
      ],
      [
        'Skirmishes between Hayat Tahrir al-Sham and the Syrian Arab Army flared again near Saraqib.',
        'Syrian Arab Army',
        'Hayat Tahrir al-Sham',
      ],
      // "embroiled in a conflict with Y": who is in the state the verb names
      [
        'The Allied Democratic Forces have been embroiled in a long conflict with the Congolese army.',
        'Congolese army',
        'Allied Democratic Forces',
      ],
      [
        'The Houthis remain locked in a conflict with the Southern Transitional Council over Aden.',
        'Southern Transitional Council',
        'Houthis',
      ],
    ],
  },
  {
    // "G claimed a bombing at an H checkpoint", "an ambush at an H base": an attack at a
    // group's post, base or convoy is on that group
    kind: 'noun',
    id: 'fights/attack-at',
    type: 'fights',
    lemmas: ['attack', 'bombing', 'raid', 'assault', 'ambush', 'strike', 'airstrike', 'shelling'],
    holder: 'agent',
    of: ['at'],
    a: [...PO, 'state'],
    b: ['organization'],
    notMods: ['joint', 'combined'],
    examples: [
      [
        'Al-Shabaab claimed responsibility for a bombing at a Somali National Army checkpoint in Mogadishu.',
        'Al-Shabaab',
        'Somali National Army',
      ],
      [
        'The Balochistan Liberation Army took credit for an ambush at a Frontier Corps camp near Turbat.',
        'Balochistan Liberation Army',
        'Frontier Corps',
      ],
    ],
  },
  {
    kind: 'noun',
    id: 'fights/mission',
    type: 'fights',
    lemmas: ['mission', 'sortie'],
    holder: 'agent',
    of: ['against'],
    a: PO,
    b: PO,
    examples: [
      [
        'The 52nd Fighter Squadron flew bombing missions against the Islamic State last month.',
        'Islamic State',
        '52nd Fighter Squadron',
      ],
      [
        'The Royal Air Force flew more than 300 sorties against the Islamic State in 2016.',
        'Islamic State',
        'Royal Air Force',
      ],
    ],
  },
  {
    // "X launched a joint operation with Y against Z": X (and Y) fight Z
    kind: 'noun',
    id: 'fights/joint',
    type: 'fights',
    lemmas: JOINT_ACTS,
    holder: 'agent',
    of: ['against', 'on'],
    a: [...PO, 'state'],
    b: [...PO, 'state'],
    mods: ['joint', 'combined'],
    examples: [
      [
        'The Iraqi army launched a joint operation with the Peshmerga against the Islamic State.',
        'Iraqi army',
        'Islamic State',
      ],
      [
        'The Nigerien army began a joint offensive with Chadian troops against Boko Haram near Diffa.',
        'Nigerien army',
        'Boko Haram',
      ],
    ],
  },
  {
    // "the fighting pitted X against Y", "a war that pits the army against G": the two the
    // conflict sets against each other fight
    kind: 'verb',
    id: 'fights/pit',
    type: 'fights',
    lemmas: ['pit'],
    subject: ['obj'],
    object: ['obl:against'],
    a: [...PO, 'state'],
    b: [...PO, 'state'],
    examples: [
      [
        'The battle for the port pitted the Nawasi Brigade against the Stability Support Apparatus.',
        'Nawasi Brigade',
        'Stability Support Apparatus',
      ],
      [
        'The conflict, which pits the Sudanese Armed Forces against the Rapid Support Forces, has displaced millions.',
        'Sudanese Armed Forces',
        'Rapid Support Forces',
      ],
    ],
  },
];
