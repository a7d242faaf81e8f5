import { type EventCase, eventBattery, wantOf } from './events-helpers.js';

// events36: attacks an analyst needs that a killing tells. Passages written for this file, with
// invented names and places.
// - event-mass-killing.ts `attacksOfMassKillings`: an armed group's (or a gunman's) killing of a
//   counted number of a force's men ("killed 31 soldiers", "ten policemen were killed by G"), or of
//   people with a weapon or at a force's post ("with a landmine", "at a checkpoint"), is also its
//   attack, on that day at that place.

const ATT = wantOf('attack');
const KILL = wantOf('killing');

const MASS: [string, EventCase][] = [
  [
    '"fighters of G killed 31 soldiers near X": an attack by G too',
    {
      text: 'In March, fighters of the Ansar Valley Front killed 31 soldiers near Kerrum, officials said.',
      want: [
        ATT(undefined, 'Kerrum', '2025-03', ['Ansar Valley Front']),
        KILL(undefined, 'Kerrum', '2025-03', ['Ansar Valley Front']),
      ],
    },
  ],
  [
    '"the group killed ten villagers with a landmine": the weapon makes it an attack',
    {
      text: 'The Ansar Valley Front was formed in 2015. The group killed ten villagers with a landmine in Dorsa district in May 2022.',
      want: [ATT(undefined, 'Dorsa', '2022-05', ['Ansar Valley Front'])],
    },
  ],
  [
    '"ten policemen were killed by G": the passive too',
    {
      text: 'Ten policemen were killed by the Ansar Valley Front near Kerrum on Sunday.',
      want: [ATT(undefined, 'Kerrum', '2025-06-08', ['Ansar Valley Front'])],
    },
  ],
  [
    '"G gunmen shot dead six gendarmes at a checkpoint": "shot dead" and a count no toll reads',
    {
      text: 'On Tuesday, Red Kestrel Brigade gunmen shot dead six gendarmes at a checkpoint outside Lindau.',
      want: [ATT(undefined, 'Lindau', '2025-06-10', ['Red Kestrel Brigade'])],
    },
  ],
  [
    '"G, a separatist movement, killed at least 12 members of H": an apposition between, a force\'s members',
    {
      text: 'The Drava Popular Army, an outlawed separatist movement, killed at least 12 members of the Orsa Home Guard near Tessaly in 2021.',
      want: [ATT(undefined, 'Tessaly', '2021', ['Drava Popular Army'])],
    },
  ],
  [
    '"the group killed 14 traders at a police post": the post of a force',
    {
      text: 'The Karvan Liberation Front was outlawed by Ostmark in 2009. In 2012 the group killed 14 traders at a police post in Velmora.',
      want: [ATT(undefined, 'Velmora', '2012', ['Karvan Liberation Front'])],
    },
  ],
];

eventBattery('events36', [['a killing of many by an armed group is its attack too', MASS]]);
