import { type EventCase, eventBattery, wantOf } from '../../test/events-helpers.js';

// events29 (issue #10): a battery of short news passages, written for this file, on the doers
// of attacks and killings told through "the group" or a pronoun. "…, a week after the group killed
// eleven traders": the clause's own subject is the group noun, so the body named before it in
// another clause (the police reporting arrests) did not do it, the armed group named before did;
// "Researchers tie the group to H": a name after a bare "the group" in its sentence is not
// what a later "the group" carries on; "G attacked X in March, and in May it attacked Y": a
// second act of the type in a clause whose own subject is "it"/"they" is an act of its own, by
// the same doers; "X was killed in a G ambush": the name before the act noun is the doers', so the
// killing is G's and befell X, and the ambush is the attack it was done in; "X, a commander of G,
// defected to H": the name set before the role noun by a comma is the defector, however the
// parser hangs it. Published on Tuesday 2025-06-10.

const K = wantOf('killing');
const T = wantOf('attack');
const D = wantOf('defection');

const TIME_CLAUSE: [string, EventCase][] = [
  [
    '"police detained drivers of G, a week after the group killed eleven": G killed, not the police',
    {
      text: 'The Harlow Provincial Police said on Friday it had detained three drivers of the Kestrel Liberation Army, a week after the group killed eleven traders near Varnholt.',
      want: [K(undefined, undefined, undefined, ['Kestrel Liberation Army'])],
      without: ['killing(agent:Harlow Provincial Police)'],
    },
  ],
  [
    '"soldiers detained couriers of G, two days after the armed group attacked a convoy": G attacked',
    {
      text: 'Soldiers detained three couriers of the Red Hand Front in Varnholt on Monday, two days after the armed group attacked a convoy near Kestrel.',
      want: [T(undefined, undefined, undefined, ['Red Hand Front'])],
    },
  ],
  [
    'a body that bears no arms is not what "the group" stands for',
    {
      text: 'The Ostmark Farmers Union said its members had fled Harlow, a week after the group killed eleven traders near Varnholt.',
      without: ['killing(agent:Ostmark Farmers Union)'],
    },
  ],
];

const ANAPHOR: [string, EventCase][] = [
  [
    '"Researchers tie the group to H. … the group killed 15": G, the group told before H',
    {
      text: 'The Kestrel Liberation Army first appeared in Ostmark in 2018. Researchers tie the group to the Northern Liberation Front. In March 2024, the group killed at least 20 farmers in Varnholt.',
      want: [K(undefined, 'Varnholt', '2024-03', ['Kestrel Liberation Army'])],
      without: ['killing(agent:Northern Liberation Front)'],
    },
  ],
  [
    '"Officials say the group has ties to H. Last year the group attacked a post": G',
    {
      text: 'The Red Hand Front was formed in 2011. Officials say the group has ties to the Kestrel Liberation Army. In May 2023, the group attacked a police post in Harlow.',
      want: [T(undefined, 'Harlow', '2023-05', ['Red Hand Front'])],
      without: ['attack(agent:Kestrel Liberation Army)'],
    },
  ],
];

const PRONOUN_SECOND: [string, EventCase][] = [
  [
    '"G attacked a post on Monday, and on Thursday it raided a base": two attacks, both by G',
    {
      text: 'The Red Hand Front attacked a police post in Harlow on Monday, and on Thursday it raided an army base near Kestrel.',
      want: [
        T(undefined, 'Harlow', '2025-06-09', ['Red Hand Front']),
        T(undefined, 'Kestrel', '2025-06-05', ['Red Hand Front']),
      ],
      count: { attack: 2 },
    },
  ],
  [
    '"Fighters of G ambushed a convoy on Monday, and on Thursday they ambushed a patrol": two, by G',
    {
      text: 'Fighters of the Kestrel Liberation Army ambushed a convoy near Varnholt on Monday, and on Thursday they ambushed a patrol near Harlow.',
      want: [
        T(undefined, 'Varnholt', '2025-06-09', ['Kestrel Liberation Army']),
        T(undefined, 'Harlow', '2025-06-05', ['Kestrel Liberation Army']),
      ],
      count: { attack: 2 },
    },
  ],
  [
    '"killed and beheaded X" stays one act (one object, shared)',
    {
      text: 'Fighters of the Red Hand Front killed and beheaded Tomas Verlaine near Harlow on Monday.',
      count: { killing: 1 },
    },
  ],
];

const NAME_BEFORE_NOUN: [string, EventCase][] = [
  [
    '"X was killed in a G ambush": a killing by G of X, and the ambush by G',
    {
      text: 'Tomas Verlaine was killed in a Red Hand Front ambush near Harlow on Monday.',
      want: [
        K(['Tomas Verlaine'], 'Harlow', '2025-06-09', ['Red Hand Front']),
        T(undefined, 'Harlow', '2025-06-09', ['Red Hand Front']),
      ],
      count: { killing: 1, attack: 1 },
    },
  ],
  [
    '"X was killed in a G suicide attack on a checkpoint": two words between the name and the act',
    {
      text: 'Corporal Anders Holm was killed in a Kestrel Liberation Army suicide attack on a checkpoint in Varnholt on Sunday.',
      want: [
        K(['Anders Holm'], 'Varnholt', '2025-06-08', ['Kestrel Liberation Army']),
        T(undefined, 'Varnholt', '2025-06-08', ['Kestrel Liberation Army']),
      ],
    },
  ],
  [
    '"Two soldiers were killed in a G ambush": the killing is G\'s though nobody is named',
    {
      text: 'Two soldiers were killed in a Red Hand Front ambush near Kestrel on Monday.',
      want: [K(undefined, 'Kestrel', '2025-06-09', ['Red Hand Front'])],
    },
  ],
];

const DEFECTOR_BEFORE_ROLE: [string, EventCase][] = [
  [
    '"X, a commander of G, defected to H": X defected from G',
    {
      text: 'Tomas Verlaine, a commander of the Red Hand Front, defected to the Kestrel Liberation Army on Monday.',
      want: [D(undefined, undefined, '2025-06-09', ['Tomas Verlaine'])],
    },
  ],
  [
    '"X, a senior commander of G, surrendered to the army": X is the defector',
    {
      text: 'Anders Holm, a senior commander of the Kestrel Liberation Army, surrendered to the army in Varnholt in May.',
      want: [D(undefined, 'Varnholt', '2025-05', ['Anders Holm'])],
    },
  ],
];

eventBattery('events29: the doers of acts told through "the group" or a pronoun', [
  ['"after the group VERBed" in a clause of time', TIME_CLAUSE],
  ['"the group" carried on past a name set after it', ANAPHOR],
  ['a second act with "it"/"they" for its subject', PRONOUN_SECOND],
  ['the name before the act noun of "killed in a G ambush"', NAME_BEFORE_NOUN],
  ['the defector set before his role noun', DEFECTOR_BEFORE_ROLE],
]);
