import { type EventCase, eventBattery, wantOf } from './events-helpers.js';

// events35: attacks and killings an analyst needs tied to their doers. Passages written for this
// file, with invented names and places.
// - events.ts `itDidIt`: "It has long been blamed for the 2011 bombing", "They carried out the raid on
//   X": "it"/"they" opening a sentence as the subject of a verb of doing before an act noun is the
//   group the sentences before are about (`topicGroup`); a denial or a modal between them gives
//   nobody.
// - events.ts `LANDMARK_BEFORE`: a building or body named after the act's object and a preposition
//   of place ("shot dead two traders near the gates of X", "killed a guard outside the X") is where
//   the act was, not whom it befell; a body the act's verb takes as its own object still is.

const ATT = wantOf('attack');

const IT_DID_IT: [string, EventCase][] = [
  [
    '"It has long been blamed for the 2011 bombing": the group told before is its doer',
    {
      text: 'The Karvan Liberation Front was outlawed by Ostmark in 2009. It has long been blamed for the 2011 bombing of a ferry terminal in Velmora.',
      want: [ATT(undefined, 'Velmora', '2011', ['Karvan Liberation Front'])],
    },
  ],
  [
    '"They carried out the assault": the plural pronoun too',
    {
      text: 'The Drava Popular Army was set up by exiled officers in 2015. They carried out the 2019 assault on a police academy in Tessaly.',
      want: [ATT(undefined, 'Tessaly', '2019', ['Drava Popular Army'])],
    },
  ],
  [
    '"It was behind the ambush": a group behind an act',
    {
      text: 'Residents of Orsa blame the Red Kestrel Brigade for a wave of kidnappings. It was behind the 2020 ambush of an army convoy near Lindau.',
      want: [ATT(undefined, 'Lindau', '2020', ['Red Kestrel Brigade'])],
    },
  ],
  [
    '"It has denied carrying out the bombing": a denial gives nobody',
    {
      text: 'The Karvan Liberation Front was outlawed by Ostmark in 2009. It has denied carrying out the 2011 bombing of a ferry terminal in Velmora.',
      without: ['attack(agent:Karvan Liberation Front)'],
    },
  ],
  [
    '"They may have carried out the raid": a modal gives nobody',
    {
      text: 'The Drava Popular Army was set up by exiled officers in 2015. Analysts say they may have carried out the 2019 raid on a police academy in Tessaly.',
      without: ['attack(agent:Drava Popular Army)'],
    },
  ],
];

const KILL = wantOf('killing');

const LANDMARK: [string, EventCase][] = [
  [
    '"shot dead two traders near the gates of X": X is no victim',
    {
      text: "On Sunday, gunmen shot dead two traders near the gates of Saint Mary's Hospital in Velmora.",
      want: [KILL(undefined, 'Velmora')],
      without: ["killing(patient:Saint Mary's Hospital)"],
    },
  ],
  [
    '"killed two guards in front of the X": the bank is where, the group who',
    {
      text: 'Gunmen of the Drava Popular Army killed two guards in front of the Orsa Central Bank on Monday.',
      want: [KILL(undefined, undefined, undefined, ['Drava Popular Army'])],
      without: ['killing(patient:Orsa Central Bank)'],
    },
  ],
  [
    '"shot dead two traders outside the Grand Hotel": the hotel is no victim',
    {
      text: 'On Sunday, gunmen shot dead two traders outside the Grand Hotel in Velmora.',
      want: [KILL(undefined, 'Velmora')],
      without: ['killing(patient:Grand Hotel)'],
    },
  ],
  [
    '"stormed the Grand Hotel": the verb\'s own object is still its target',
    {
      text: 'Police killed a gunman who had stormed the Grand Hotel in Velmora.',
      want: [ATT(['Grand Hotel'], 'Velmora')],
    },
  ],
  [
    '"killed two fighters of G near X": the group the dead belonged to is still the patient',
    {
      text: 'Troops killed two fighters of the Drava Popular Army near Tessaly on Monday.',
      want: [KILL(['Drava Popular Army'], 'Tessaly')],
    },
  ],
];

eventBattery('events35', [
  ['"it" or "they" as the doer of an act noun', IT_DID_IT],
  ['a landmark after the object is no patient', LANDMARK],
]);
