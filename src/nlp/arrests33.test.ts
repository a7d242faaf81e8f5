import { type EventCase, eventBattery, wantOf } from '../../test/events-helpers.js';

// arrests33 (issue #10): an arrest's sides that the tie stage finds are the event's sides too, and
// "take X into custody". Passages written for this file, with invented names and places.
// - event-ties.ts: the body the tie stage finds for an arrest with no agent of its own (the one
//   reporting it, the one acting in the sentence before, the agency of the arrest told last) is
//   the event's agent; the people it finds (a list past a description, "they" for those named
//   before) are its patients; an arrest of people nobody names takes its body the same way.
// - ties-arrests30.ts `arrestedNamedBefore`: "six more suspects", "two other suspects" are new
//   people, not those the sentence before names.
// - event-lexicon.ts: "F took A and B into custody", "had taken him into custody" (a verb of
//   taking with its object before "into custody"; not "protective custody").
// - event-ties.ts, event-counted-named.ts `DESCRIBED_LAST`: "A, B and a third man known only as C"
//   lists C with A and B.

const A = wantOf('arrest');

const AGENT_FOUND: [string, EventCase][] = [
  [
    '"A and B were detained …, the F said": F is the event\'s agent',
    {
      text: 'Oren Talsky and Benedek Varo were detained in Kessling on Sunday, the Marrow State Security Committee said.',
      want: [A(['Benedek Varo', 'Oren Talsky'], undefined, undefined, ['Marrow State Security Committee'])],
    },
  ],
  [
    'a raid by F, then "Two men, A and B, were taken into custody": F is the agent',
    {
      text: 'The Dunmere Police Service searched a warehouse in Callow on Thursday. Two men, Ferris Oakham and Lyle Brandt, were taken into custody.',
      want: [A(['Ferris Oakham', 'Lyle Brandt'], undefined, undefined, ['Dunmere Police Service'])],
    },
  ],
];

const PEOPLE_FOUND: [string, EventCase][] = [
  [
    'a list past a description: "Among them were A, accused of …, and B"',
    {
      text: 'The Dunmere Police Service arrested five men in Callow on Thursday. Among them were Ferris Oakham, accused of renting the safe house, and Lyle Brandt.',
      want: [A(['Ferris Oakham', 'Lyle Brandt'], undefined, undefined, ['Dunmere Police Service'])],
    },
  ],
  [
    'a list past a description with "who": "A, who drove the van, and B"',
    {
      text: 'The Marrow State Security Committee detained four people near Kessling on Monday. Among them were Oren Talsky, who had driven the truck, and Benedek Varo.',
      want: [A(['Benedek Varo', 'Oren Talsky'], undefined, undefined, ['Marrow State Security Committee'])],
    },
  ],
];

const UNNAMED_PEOPLE: [string, EventCase][] = [
  [
    '"Six more men were detained …, the F said": F, and nobody named before',
    {
      text: 'Officers arrested Oren Talsky and Benedek Varo in Kessling on Saturday. Six more men were detained in Brisk on Sunday, the Marrow State Security Committee said.',
      want: [A([], 'Brisk', undefined, ['Marrow State Security Committee'])],
    },
  ],
  [
    'F arrested A and B; "Two other suspects were held the next day": F, and not A or B again',
    {
      text: 'The Dunmere Police Service arrested Ferris Oakham and Lyle Brandt in Callow on Saturday. Two other suspects were detained in Pellow on Sunday.',
      want: [
        A(['Ferris Oakham', 'Lyle Brandt'], 'Callow', undefined, ['Dunmere Police Service']),
        A([], 'Pellow', undefined, ['Dunmere Police Service']),
      ],
    },
  ],
  [
    '"Another suspect was detained" names no one told before',
    {
      text: 'The Marrow State Security Committee arrested Oren Talsky in Kessling on Monday. Another suspect was detained in Brisk on Tuesday.',
      want: [A([], 'Brisk', undefined, ['Marrow State Security Committee'])],
    },
  ],
];

const INTO_CUSTODY: [string, EventCase][] = [
  [
    '"F said it had taken X into custody"',
    {
      text: 'The Dunmere Police Service said on Friday it had taken Ferris Oakham into custody in Callow.',
      want: [A(['Ferris Oakham'], undefined, undefined, ['Dunmere Police Service'])],
    },
  ],
  [
    '"F took A and B into custody"',
    {
      text: 'Officers of the Marrow State Security Committee took Oren Talsky and Benedek Varo into custody at a farm near Kessling.',
      want: [A(['Benedek Varo', 'Oren Talsky'], undefined, undefined, ['Marrow State Security Committee'])],
    },
  ],
  [
    '"taken into protective custody" shelters a witness: no arrest',
    {
      text: 'The Dunmere Police Service said it had taken the witness Lyle Brandt into protective custody after threats against him.',
      none: ['arrest'],
    },
  ],
];

const DESCRIBED_LAST: [string, EventCase][] = [
  [
    'three counted, named next: "A, B and a third man known only as C"',
    {
      text: 'The Dunmere Police Service arrested three men in Callow on Thursday. They were identified as Ferris Oakham, Lyle Brandt and a third man known only as Tobin.',
      want: [A(['Ferris Oakham', 'Lyle Brandt', 'Tobin'], undefined, undefined, ['Dunmere Police Service'])],
    },
  ],
  [
    'the arrest\'s own list: "A, B and a woman identified as C"',
    {
      text: 'Agents of the Marrow State Security Committee detained Oren Talsky, Benedek Varo and a woman identified as Mirela Count at a border post on Friday.',
      want: [
        A(['Benedek Varo', 'Mirela Count', 'Oren Talsky'], undefined, undefined, [
          'Marrow State Security Committee',
        ]),
      ],
    },
  ],
];

eventBattery('arrests33', [
  ['the last of a list described, not named outright', DESCRIBED_LAST],
  ['the agent the tie stage finds', AGENT_FOUND],
  ['the people the tie stage finds', PEOPLE_FOUND],
  ['an arrest of people nobody names', UNNAMED_PEOPLE],
  ['take X into custody', INTO_CUSTODY],
]);
