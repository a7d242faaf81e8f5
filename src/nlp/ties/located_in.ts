import type { TiePattern } from './types.js';

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
      ['Lahore lawyer Asma Jilani filed the petition on Monday.', 'Asma Jilani', 'Lahore'],
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
    object: ['obl:in|at'],
    a: ['organization'],
    b: ['place'],
    examples: [
      ['Lashkar-e-Taiba is based in Muridke, near Lahore.', 'Lashkar-e-Taiba', 'Muridke'],
      ['Al-Shabaab operates in southern Somalia.', 'Al-Shabaab', 'Somalia'],
    ],
  },
];
