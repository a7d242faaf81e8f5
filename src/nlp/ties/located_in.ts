import { OCCUPATIONS } from '../../knowledge/titles.js';
import { LEADER_OF } from './leader_of.js';
import { MEMBER_OF } from './member_of.js';
import type { TiePattern } from './types.js';

/** titles that hold an office or a post, from the member and leader patterns, and a state's own */
const OFFICES = [
  ...new Set([
    ...[...MEMBER_OF, ...LEADER_OF]
      .filter((p) => p.kind === 'noun' && p.holder === 'role')
      .flatMap((p) => p.lemmas),
    ...[
      'governor',
      'mayor',
      'premier',
      'prime',
      'king',
      'queen',
      'chancellor',
      'ruler',
      'monarch',
      'dictator',
    ],
  ]),
];

// Where people and organisations are. The cue table still reads datelines, "Karachi
// police" and "X-based"; these read the parse.
export const LOCATED_IN: TiePattern[] = [
  {
    kind: 'noun',
    id: 'located_in/person-of-place',
    type: 'located_in',
    lemmas: [],
    holder: 'self',
    of: ['of', 'from'],
    a: ['person'],
    b: ['place'],
    examples: [
      ['Maria Lopez, 34, of Tucson, Ariz., was hurt in the crash.', 'Maria Lopez', 'Tucson'],
      ['Rescuers said Ahmed Raza of Quetta was among the dead.', 'Ahmed Raza', 'Quetta'],
    ],
  },
  {
    kind: 'noun',
    id: 'located_in/place-title-person',
    type: 'located_in',
    lemmas: [],
    holder: 'self',
    of: ['compound'],
    a: ['person'],
    b: ['place'],
    examples: [
      ['Texas oilman Hank Dawson bought the team.', 'Hank Dawson', 'Texas'],
      ['Karachi shopkeeper Imran Ali closed early on Friday.', 'Imran Ali', 'Karachi'],
    ],
  },
  {
    kind: 'noun',
    id: 'located_in/native',
    type: 'located_in',
    lemmas: [
      'native',
      'resident',
      'citizen',
      'son',
      'daughter',
      'mayor',
      'governor',
      'senator',
      'residents',
      'people',
    ],
    holder: 'role',
    of: ['of', 'from', 'in', 'poss', 'compound'],
    a: ['person'],
    b: ['place'],
    examples: [
      ['Ahmed Raza is a native of Quetta, his family said.', 'Ahmed Raza', 'Quetta'],
      ['Maria Lopez, a resident of Tucson, called the police.', 'Maria Lopez', 'Tucson'],
    ],
  },
  {
    kind: 'noun',
    id: 'located_in/place-role',
    type: 'located_in',
    lemmas: [
      'businessman',
      'businesswoman',
      'lawyer',
      'attorney',
      'farmer',
      'writer',
      'author',
      'artist',
      'singer',
      'actor',
      'actress',
      'doctor',
      'physician',
      'teacher',
      'student',
      'priest',
      'pastor',
      'cleric',
      'activist',
      'politician',
      'lawmaker',
      'legislator',
      'official',
      'diplomat',
      'man',
      'woman',
      'housewife',
      'merchant',
      'trader',
      'banker',
      'developer',
      'engineer',
      'journalist',
      'photographer',
      'architect',
      'industrialist',
      'millionaire',
      'billionaire',
    ],
    holder: 'role',
    of: ['compound'],
    a: ['person'],
    b: ['place'],
    examples: [
      ['Pieter Jansen, a Rotterdam businessman, bought the shipyard.', 'Pieter Jansen', 'Rotterdam'],
      ['The shop belongs to Maria Costa, a Porto businesswoman.', 'Maria Costa', 'Porto'],
    ],
  },
  {
    // "X's Ohio home", "the Karachi house of X", "X's home in P"
    kind: 'noun',
    id: 'located_in/home',
    type: 'located_in',
    lemmas: ['home', 'house', 'residence', 'apartment', 'flat', 'villa', 'farmhouse'],
    holder: 'agent',
    of: ['in', 'compound'],
    a: ['person'],
    b: ['place'],
    examples: [
      ["Agents searched Chen Wei's Ohio home on Friday.", 'Chen Wei', 'Ohio'],
      ["Police searched Omar Farooq's house in Mardan on Sunday.", 'Omar Farooq', 'Mardan'],
    ],
  },
  {
    // "Ohio's governor, X", "X, Japan's prime minister": whoever holds a place's office is from it
    kind: 'noun',
    id: 'located_in/place-office',
    type: 'located_in',
    lemmas: OFFICES,
    holder: 'role',
    of: ['poss'],
    a: ['person'],
    b: ['place'],
    notMods: ['former', 'ex'],
    examples: [
      ["Peru's chief trade negotiator, Luis Abanto, left the talks early.", 'Luis Abanto', 'Peru'],
      ["Kenji Mori, Japan's prime minister, arrived in Seoul on Monday.", 'Kenji Mori', 'Japan'],
    ],
  },
  {
    // "X's hometown of P", "his Iowa hometown", "X's hometown in P"
    kind: 'noun',
    id: 'located_in/hometown',
    type: 'located_in',
    lemmas: ['hometown', 'birthplace'],
    holder: 'agent',
    of: ['of', 'in', 'compound'],
    a: ['person'],
    b: ['place'],
    examples: [
      ["Reporters gathered in Lena Moss's hometown of Tulsa on Monday.", 'Lena Moss', 'Tulsa'],
      ['The singer Tom Ruddle went back to his Nebraska hometown to marry.', 'Tom Ruddle', 'Nebraska'],
    ],
  },
  {
    // "in his native Ohio": the place a person comes from
    kind: 'noun',
    id: 'located_in/native-place',
    type: 'located_in',
    lemmas: ['native'],
    holder: 'agent',
    of: ['head'],
    a: ['person'],
    b: ['place'],
    examples: [
      ['Senator Dale Ryker campaigned hard in his native Oregon last week.', 'Dale Ryker', 'Oregon'],
      ["Voters in Mark Dillon's native Ohio gave him a warm welcome.", 'Mark Dillon', 'Ohio'],
    ],
  },
  {
    // "the group's headquarters in P", "the Ford plant in P"
    kind: 'noun',
    id: 'located_in/seat',
    type: 'located_in',
    lemmas: [
      'headquarters',
      'headquarter',
      'office',
      'bureau',
      'plant',
      'factory',
      'campus',
      'embassy',
      'consulate',
    ],
    holder: 'agent',
    of: ['in', 'at'],
    a: ['organization'],
    b: ['place'],
    examples: [
      [
        "Agents searched the Helix Corporation's headquarters in Dayton on Friday.",
        'Helix Corporation',
        'Dayton',
      ],
      ['The talks were held at NATO headquarters in Brussels.', 'NATO', 'Brussels'],
      // "Kunar province", "Borno state": the division noun stands for the place named before it
      [
        "The Pakistani Taliban has its headquarters in Afghanistan's Kunar province, officials say.",
        'Pakistani Taliban',
        'Kunar',
      ],
      [
        'Al-Shabaab keeps its headquarters in Middle Juba region, according to the United Nations.',
        'Al-Shabaab',
        'Middle Juba',
      ],
    ],
  },
  {
    // "X, a farmer from P", "X, a shopkeeper in P": where a private person lives or works
    kind: 'noun',
    id: 'located_in/occupation-from',
    type: 'located_in',
    lemmas: [...OCCUPATIONS].filter((o) => !o.includes(' ')),
    holder: 'role',
    of: ['from', 'in'],
    a: ['person'],
    b: ['place'],
    notMods: ['former', 'ex'],
    examples: [
      ['Rahim Gul, a shopkeeper in Mardan, said prices had doubled.', 'Rahim Gul', 'Mardan'],
      ['Laila Noor, a teacher from Herat, described the night of the attack.', 'Laila Noor', 'Herat'],
    ],
  },
  {
    kind: 'verb',
    id: 'located_in/born-in',
    type: 'located_in',
    lemmas: ['bear', 'born', 'live', 'reside', 'grow', 'settle', 'raise'],
    subject: ['obj', 'nsubj'],
    object: ['obl:in|at|near'],
    a: ['person'],
    b: ['place'],
    examples: [
      ['Mullah Fazlullah was born in Swat in 1974.', 'Mullah Fazlullah', 'Swat'],
      ['Ahmed Raza lived in Quetta for ten years before he moved.', 'Ahmed Raza', 'Quetta'],
    ],
  },
  {
    kind: 'verb',
    id: 'located_in/based-in',
    type: 'located_in',
    lemmas: ['base', 'headquarter', 'locate', 'operate', 'station'],
    subject: ['obj', 'nsubj'],
    object: ['obl:in|at', 'obl:unmarked'],
    a: ['organization', 'person'],
    b: ['place'],
    examples: [
      ['Lashkar-e-Taiba is based in Muridke, near Lahore.', 'Lashkar-e-Taiba', 'Muridke'],
      ['Al-Shabaab operates in southern Somalia.', 'Al-Shabaab', 'Somalia'],
      // the title set beside a name stands for it
      ['Ahmed Ali, an Egyptian analyst based in Cairo, said the talks had failed.', 'Ahmed Ali', 'Cairo'],
      [
        'The Sahel Research Group, a think tank based in Dakar, published the figures.',
        'Sahel Research Group',
        'Dakar',
      ],
      ['Osman Baig, a senior Hamas figure based in Doha, denied the report.', 'Osman Baig', 'Doha'],
      // "a P-based G commander, X": the person is based in P, not the group
      [
        'A Quetta-based Lashkar-e-Taiba commander known as Abu Bakr directed the attack.',
        'Abu Bakr',
        'Quetta',
      ],
      ['Ali Hassan, a Doha-based Hamas official, denied the report.', 'Ali Hassan', 'Doha'],
      [
        'The Nairobi-based Institute for Security Studies published the figures.',
        'Institute for Security Studies',
        'Nairobi',
      ],
      // the name between the title and "based" is what is based there
      [
        'Maria Lopez, a spokeswoman for the Andes Mining Company based in Lima, declined to comment.',
        'Andes Mining Company',
        'Lima',
      ],
    ],
  },
];
