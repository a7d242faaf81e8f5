import { type EventCase, eventBattery, wantOf } from '../../test/events-helpers.js';

// events28 (issue #10): a battery of short news passages, written for this file, on arrests and
// fights told in wording the earlier rules did not read. A bare "picked up" of a person; the list
// after a colon ("Two suspects were arrested: A and B") with no place or day; "Those held were A,
// B and C"; "N couriers of G, A and B" (the people, not G); "by A and B" (both doers); a state of
// fighting with both sides named ("G has fought H since 2015", "G is at war with H", "fighters of
// G battled H"), an attack in which each side is an agent; the doer an act's later clause names
// ("…, and officials said G had carried out the assault"); the one "His co-defendants, A and B"
// belong to is accused with them ("All three were arrested"). Published on Tuesday 2025-06-10.

const A = wantOf('arrest');
const T = wantOf('attack');

const PICKED_UP: [string, EventCase][] = [
  [
    'a passive "was picked up on Sunday" befell the person named',
    {
      text: 'The alleged leader of the cell, Firmin Oskarsson, was picked up in Harlow on Sunday night.',
      want: [A(['Firmin Oskarsson'], 'Harlow', '2025-06-08')],
    },
  ],
  [
    'a passive "was picked up three days later near X": words between the verb and the place',
    {
      text: 'Ines Marbach, a teacher from Kestrel, was picked up three days later near Kestrel, her lawyer said.',
      want: [A(['Ines Marbach'], 'Kestrel')],
    },
  ],
  [
    'an active "picked up A and B": both whom it befell',
    {
      text: 'Security forces picked up Joran Hallik and Miko Stenvald in the town of Harlow on Monday.',
      want: [A(['Joran Hallik', 'Miko Stenvald'], 'Harlow', '2025-06-09')],
    },
  ],
  [
    '"picked up speed" takes no person: no arrest',
    {
      text: 'The campaign against the dam picked up speed in Harlow on Monday.',
      none: ['arrest'],
    },
  ],
  [
    '"fighting picked up" takes no person: no arrest',
    {
      text: 'Fighting in the hills around Kestrel picked up again on Monday after the talks failed.',
      none: ['arrest'],
    },
  ],
];

const LISTED: [string, EventCase][] = [
  [
    '"Two suspects were arrested: A and B", no place or day',
    {
      text: 'Two suspects were arrested: Pavel Orlik and Dario Venn.',
      want: [A(['Dario Venn', 'Pavel Orlik'])],
      count: { arrest: 1 },
    },
  ],
  [
    '"Three men were detained on Friday: A, B and C"',
    {
      text: 'Three men were detained on Friday: Lukas Ferro, Matteo Brandl and Yannick Sohl.',
      want: [A(['Lukas Ferro', 'Matteo Brandl', 'Yannick Sohl'], undefined, '2025-06-06')],
    },
  ],
  [
    '"Those held were A, B and C"',
    {
      text: 'Police raided four houses in Kestrel overnight. Those held were Lukas Ferro, Matteo Brandl and Yannick Sohl.',
      want: [A(['Lukas Ferro', 'Matteo Brandl', 'Yannick Sohl'])],
    },
  ],
  [
    '"Those detained include A and B"',
    {
      text: 'Those detained include Ilse Varga and Bruno Kett, a police spokesman in Harlow said.',
      want: [A(['Bruno Kett', 'Ilse Varga'])],
    },
  ],
  [
    '"Those held hostage were A and B" is no arrest',
    {
      text: 'Those held hostage were Ilse Varga and Bruno Kett, two aid workers from Harlow.',
      none: ['arrest'],
    },
  ],
];

const PEOPLE_OF: [string, EventCase][] = [
  [
    '"two suspected couriers of G, A and B": the couriers, not G',
    {
      text: 'Police in Harlow detained two suspected couriers of the Red Brigade, Tomas Brekke and Anton Wessel, on Wednesday.',
      want: [A(['Anton Wessel', 'Tomas Brekke'])],
      without: ['arrest(patient:Red Brigade)'],
    },
  ],
  [
    '"three suppliers of G, A, B and C"',
    {
      text: 'Troops detained three suppliers of the Northern Front, Aris Koval, Benno Strand and Cato Lind, near Kestrel on Tuesday.',
      want: [A(['Aris Koval', 'Benno Strand', 'Cato Lind'], 'Kestrel')],
      without: ['arrest(patient:Northern Front)'],
    },
  ],
];

const CO_DEFENDANTS: [string, EventCase][] = [
  [
    '"the ringleader, X … His co-defendants, A and B, were convicted … All three were detained by F"',
    {
      text: 'A court in Harlow found that the ringleader, Tomas Brekke, 41, had sent recruits abroad. His co-defendants, Anton Wessel and Ilse Varga, were convicted of membership. All three were detained in 2022 by the Harlow Police.',
      want: [A(['Anton Wessel', 'Ilse Varga', 'Tomas Brekke'], undefined, undefined, ['Harlow Police'])],
    },
  ],
  [
    '"Prosecutors said X … His co-defendants, A, 25, and B, 31, … The three men were detained"',
    {
      text: 'Prosecutors said Dario Venn had bought the fertiliser in Kestrel. His co-defendants, Pavel Orlik, 25, and Lukas Ferro, 31, were convicted on Friday. The three men were detained in Kestrel in 2021 by the Border Police.',
      want: [A(['Dario Venn', 'Lukas Ferro', 'Pavel Orlik'], undefined, undefined, ['Border Police'])],
    },
  ],
];

const JOINT: [string, EventCase][] = [
  [
    '"arrested in a joint operation by A and the B": both doers',
    {
      text: 'Rene Voss was arrested in a joint operation by the National Guard and the Harlow Police.',
      want: [A(['Rene Voss'], undefined, undefined, ['Harlow Police', 'National Guard'])],
    },
  ],
  [
    '"were detained on Monday by A and the B"',
    {
      text: 'Ada Lenz and Ole Brun were detained on Monday by the Border Police and the National Intelligence Service.',
      want: [
        A(['Ada Lenz', 'Ole Brun'], undefined, '2025-06-09', [
          'Border Police',
          'National Intelligence Service',
        ]),
      ],
    },
  ],
];

const FIGHTS: [string, EventCase][] = [
  [
    '"G is at war with H": both sides; no place from a clause on H',
    {
      text: 'The Northern Front is at war with the Red Brigade, which holds the town of Harlow.',
      want: [T(undefined, null, undefined, ['Northern Front', 'Red Brigade'])],
    },
  ],
  [
    '"G has fought H since 2015"',
    {
      text: 'The Northern Front has fought the Red Brigade since 2015.',
      want: [T(undefined, undefined, undefined, ['Northern Front', 'Red Brigade'])],
    },
  ],
  [
    '"fighters of G battled H near X on Monday": the people of G, the day and the place',
    {
      text: 'Fighters of the Blue Legion battled the Red Brigade near Harlow on Monday.',
      want: [T(undefined, 'Harlow', '2025-06-09', ['Blue Legion', 'Red Brigade'])],
    },
  ],
  [
    '"G and H fought a war in 2019": two sides in the subject',
    {
      text: 'The Northern Front and the Red Brigade fought a war in 2019 over the mines of Kestrel.',
      want: [T(undefined, undefined, '2019', ['Northern Front', 'Red Brigade'])],
    },
  ],
  [
    '"G has been fighting H for control of X"',
    {
      text: 'The Blue Legion has been fighting the Northern Front for control of Kestrel.',
      want: [T(undefined, undefined, undefined, ['Blue Legion', 'Northern Front'])],
    },
  ],
  [
    '"fought alongside H" is no fight between them',
    {
      text: 'The Blue Legion fought alongside the Red Brigade for two years.',
      none: ['attack'],
    },
  ],
  [
    '"fought for G" names his side, no fight',
    {
      text: 'Ilse Varga fought for the Northern Front in Kestrel before she left the group.',
      none: ['attack'],
    },
  ],
  [
    '"A and B have fought the group for years": the other side is unnamed, A and B fought together',
    {
      text: 'The Harlow Police and the National Guard have fought the group for years.',
      none: ['attack'],
    },
  ],
  [
    '"A and B have battled the rebels since 2020": no fight between A and B',
    {
      text: 'The Blue Legion and the Red Brigade have battled the rebels around Kestrel since 2020.',
      none: ['attack'],
    },
  ],
  [
    '"vowed to fight H" is a fight to come',
    {
      text: 'The Northern Front vowed to fight the Red Brigade.',
      none: ['attack'],
    },
  ],
];

const DOER_LATER: [string, EventCase][] = [
  [
    '"Gunmen attacked a bus …, and officials said G had carried out the assault": G did it',
    {
      text: 'Gunmen attacked a bus near Varnholt on Thursday, and officials later said the Red Brigade had carried out the assault.',
      want: [T(undefined, 'Varnholt', '2025-06-05', ['Red Brigade'])],
      without: ['attack(patient:Red Brigade)'],
    },
  ],
  [
    '"Raiders stormed a post …, and the military said G was behind the raid"',
    {
      text: 'Raiders stormed an army post near Kestrel on Wednesday, and the military said the Northern Front was behind the raid.',
      want: [T(undefined, 'Kestrel', '2025-06-04', ['Northern Front'])],
      without: ['attack(patient:Northern Front)'],
    },
  ],
];

eventBattery('events28: arrests and fights in unseen wording', [
  ['a bare "picked up"', PICKED_UP],
  ['the arrested listed after the act', LISTED],
  ['the people of a group named after it', PEOPLE_OF],
  ['whose co-defendants they are', CO_DEFENDANTS],
  ['doers joined in the "by" phrase', JOINT],
  ['a state of fighting, both sides named', FIGHTS],
  ["the doer an act's later clause names", DOER_LATER],
]);
