import { type EventCase, eventBattery, wantOf } from '../../test/events-helpers.js';

// doers32: an attack or killing told with no doer, and a later sentence that puts it on an
// organisation by a verb of suspicion, accusation or ascription (event-doer-cued.ts). Passages
// written for this file, with made-up groups and towns. Published on Tuesday 2025-06-10.

const T = wantOf('attack');
const K = wantOf('killing');

const BELIEVED: [string, EventCase][] = [
  [
    '"The raiders are believed to be members of G": G did the raid',
    {
      text: 'Armed men raided a livestock market outside Harlow on Sunday, residents said.\n\nThe raiders are believed to be members of the Red Dawn Brigade, a militia that roams the western plateau.',
      want: [T(undefined, undefined, undefined, ['Red Dawn Brigade'])],
    },
  ],
  [
    '"The attackers were believed to be fighters of G, police added"',
    {
      text: 'Militants attacked a police station in Harlow on Tuesday, police said.\n\nThe attackers were believed to be fighters of the Tarsa Liberation Front, police added.',
      want: [T(undefined, undefined, undefined, ['Tarsa Liberation Front'])],
    },
  ],
];

const SUSPECTED_OF: [string, EventCase][] = [
  [
    '"G is suspected of carrying out the killings": G killed',
    {
      text: 'Gunmen killed four teachers at a school in Varnholt on Monday, police said.\n\nThe Tarsa Liberation Front is suspected of carrying out the killings, a police spokesman said.',
      want: [K(undefined, undefined, undefined, ['Tarsa Liberation Front'])],
    },
  ],
  [
    '"G is suspected of staging the attack, officials said"',
    {
      text: 'Assailants attacked a patrol near Kestrel on Saturday, the park service said.\n\nThe Red Dawn Brigade is suspected of staging the attack, officials said.',
      want: [T(undefined, undefined, undefined, ['Red Dawn Brigade'])],
    },
  ],
];

const BELIEVE_CLAUSE: [string, EventCase][] = [
  [
    '"Police believe G carried out the shooting"',
    {
      text: 'Gunmen shot dead three guards at a mine near Harlow on Thursday, the company said.\n\nDetectives believe the Black Crescent Movement carried out the shooting.',
      want: [K(undefined, undefined, undefined, ['Black Crescent Movement'])],
    },
  ],
  [
    '"officials think the attackers were fighters of G"',
    {
      text: 'Militants attacked a water plant outside Varnholt on Wednesday, engineers said.\n\nLocal officials think the attackers were fighters of the Tarsa Liberation Front.',
      want: [T(undefined, undefined, undefined, ['Tarsa Liberation Front'])],
    },
  ],
];

const ACCUSED: [string, EventCase][] = [
  [
    '"accused G, a militia, of staging the bombing"',
    {
      text: 'A bomb tore through a ferry terminal in Kestrel on Sunday, killing eight passengers, officials said.\n\nThe governor accused the Tarsa Liberation Front, a separatist militia, of staging the bombing.',
      want: [T(undefined, undefined, undefined, ['Tarsa Liberation Front'])],
    },
  ],
  [
    '"G was accused of the raid" in the passive',
    {
      text: 'Raiders stormed a customs post near Harlow on Monday and burned two trucks, officials said.\n\nThe Red Dawn Brigade was accused of carrying out the raid by the interior minister.',
      want: [T(undefined, undefined, undefined, ['Red Dawn Brigade'])],
    },
  ],
];

const LINKED: [string, EventCase][] = [
  [
    '"The army linked the raid to G"',
    {
      text: 'Armed men raided a convoy outside Varnholt on Thursday, killing five soldiers, the army said.\n\nThe army linked the raid to the Black Crescent Movement, which has fought the government for a decade.',
      want: [T(undefined, undefined, undefined, ['Black Crescent Movement'])],
    },
  ],
  [
    '"The bombing was linked to G" in the passive',
    {
      text: 'A car bomb exploded outside a bank in Kestrel on Friday, wounding eleven people, police said.\n\nThe bombing was later linked to the Red Dawn Brigade by investigators.',
      want: [T(undefined, undefined, undefined, ['Red Dawn Brigade'])],
    },
  ],
];

const HEDGED: [string, EventCase][] = [
  [
    '"No group has claimed the attack, but G is active in the area": nobody',
    {
      text: 'Militants stormed a village near Harlow on Wednesday, killing eleven farmers, residents said.\n\nNo group has claimed the attack, but the Red Dawn Brigade is active in the area.',
      want: [T(undefined, undefined, undefined, [])],
    },
  ],
  [
    '"G denied involvement …, and it was not clear who was responsible": nobody',
    {
      text: 'Armed men raided a convoy outside Kestrel on Thursday, the army said.\n\nThe Black Crescent Movement denied involvement in the raid, and it was not clear who was responsible.',
      want: [T(undefined, undefined, undefined, [])],
    },
  ],
  [
    '"Investigators did not link the raid to G": a negated cue names nobody',
    {
      text: 'Armed men raided a convoy outside Kestrel on Thursday, the army said.\n\nInvestigators did not link the raid to the Red Dawn Brigade.',
      want: [T(undefined, undefined, undefined, [])],
    },
  ],
  [
    '"Separately, officials suspect G of mounting an ambush": another incident, nobody',
    {
      text: 'Gunmen attacked a bus depot in Varnholt on Monday, police said.\n\nSeparately, officials suspect the Red Dawn Brigade of mounting the ambush on a patrol last month.',
      without: ['attack(agent:Red Dawn Brigade)'],
    },
  ],
];

eventBattery('doers32: the doer a later cue names', [
  ['believed (thought) to be members of G', BELIEVED],
  ['G suspected of the act', SUSPECTED_OF],
  ['believe G carried out the act', BELIEVE_CLAUSE],
  ['accused G of the act', ACCUSED],
  ['the act linked to G', LINKED],
  ['hedges and denials name nobody', HEDGED],
]);
