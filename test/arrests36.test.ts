import { describe, it } from 'vitest';
import { type EventCase, eventBattery, wantOf } from './events-helpers.js';
import { expectTie } from './ties-helpers.js';

// arrests36 (issue #10): the bodies behind an arrest told beside the raid that made it, or of two
// bodies working as one. Passages written for this file, with invented names (and real forces and
// towns, in stories of our own).
// - ties-arrests36.ts `raidDoers` (event-ties.ts): an arrest with no arresting body of its own
//   takes the doers of the raid its sentence tells, named after "by" on the raid's noun ("a raid
//   by F led to the arrest of", "during an operation carried out by F") or as the subject of a verb
//   of raiding ("after F raided his house", "when F stormed a flat"); each body of a list.
// - ties-arrests36.ts `jointPartners`: "F, in coordination with G, arrested X", "F, along with G,":
//   both bodies; "a joint search by F and G ended with the arrest of X": each body of the list.
// - attributes.ts, ties-arrests30.ts: "Anti-Terrorism Squad", "Anti-Terror Squad" name a security
//   body as "Counter-Terrorism Department" does; organizations.curated.json: Nigeria's Department of
//   State Services (DSS), no longer cut to the US "Department of State".
// - ties-arrests36.ts `thoseHeldBy`: "Among those arrested by F were A and B", "Those detained by F
//   include A": F is the doer, not one taken; ties-arrests30.ts `ACCORDING_TO`: "according to a
//   statement from F", "according to officials of F" report for F as "according to F" does.
// - relations.ts `in-body-custody`: "X, who is in F custody", "X remains in F custody".
// - event-lexicon.ts: "caught by" a body whose noun of force or law follows is an arrest.

const A = wantOf('arrest');

const RAID_NOUN: [string, EventCase][] = [
  [
    '"a raid by F … led to the arrest of A and B"',
    {
      text: 'A raid by the Counter Terrorism Department in Quetta led to the arrest of Naveed Baloch and Sajid Kakar.',
      want: [A(['Naveed Baloch', 'Sajid Kakar'], undefined, undefined, ['Counter Terrorism Department'])],
    },
  ],
  [
    '"During a raid by F in P, X was arrested"',
    {
      text: 'During a raid by the Federal Investigation Agency in Karachi, Sohail Ahmed was arrested.',
      want: [A(['Sohail Ahmed'], undefined, undefined, ['Federal Investigation Agency'])],
    },
  ],
  [
    '"The operation, carried out by F, led to the arrests of A and B"',
    {
      text: 'The operation, carried out by the National Investigation Agency, led to the arrests of Arif Qureshi and Sameer Shaikh.',
      want: [A(['Arif Qureshi', 'Sameer Shaikh'], undefined, undefined, ['National Investigation Agency'])],
    },
  ],
  [
    '"Following a crackdown by F, X was taken into custody"',
    {
      text: 'Following a crackdown by the Directorate of Criminal Investigations, Peter Otieno was taken into custody in Nakuru.',
      want: [A(['Peter Otieno'], undefined, undefined, ['Directorate of Criminal Investigations'])],
    },
  ],
  [
    '"A joint search by F and G ended with the arrest of X": both bodies',
    {
      text: 'A joint search by the Kenya Police Service and the National Intelligence Service ended with the arrest of Abdi Nur Hussein.',
      want: [
        A(['Abdi Nur Hussein'], undefined, undefined, [
          'Kenya Police Service',
          'National Intelligence Service',
        ]),
      ],
    },
  ],
];

const RAID_VERB: [string, EventCase][] = [
  [
    '"X was arrested after F raided his house"',
    {
      text: 'Yunus Ali was arrested after the Rapid Action Battalion raided his house in Gazipur.',
      want: [A(['Yunus Ali'], undefined, undefined, ['Rapid Action Battalion'])],
    },
  ],
  [
    '"X was detained when F stormed a hideout"',
    {
      text: 'Hamza Yusuf was detained when the Department of State Services stormed a hideout in Kano.',
      want: [A(['Hamza Yusuf'], undefined, undefined, ['Department of State Services'])],
    },
  ],
  [
    '"A and B were taken into custody as F searched homes"',
    {
      text: 'Emre Kaya and Burak Yildiz were taken into custody as the Turkish National Police searched homes in Izmir.',
      want: [A(['Burak Yildiz', 'Emre Kaya'], undefined, undefined, ['Turkish National Police'])],
    },
  ],
  [
    '"X was arrested last month when F swooped on a safe house"',
    {
      text: 'Jamal Idris was arrested last month when the Ethiopian Federal Police swooped on a safe house in Dire Dawa.',
      want: [A(['Jamal Idris'], undefined, undefined, ['Ethiopian Federal Police'])],
    },
  ],
  [
    '"X was detained in P after F raided his shop on Tuesday"',
    {
      text: 'Yusuf Kamara was detained in Bo after the Sierra Leone Police raided his shop on Tuesday.',
      want: [A(['Yusuf Kamara'], undefined, undefined, ['Sierra Leone Police'])],
    },
  ],
];

const JOINT: [string, EventCase][] = [
  [
    '"F, in coordination with G, arrested X"',
    {
      text: 'The Counter Terrorism Department, in coordination with the Inter-Services Intelligence, arrested Haroon Rashid in Jhang.',
      want: [
        A(['Haroon Rashid'], undefined, undefined, [
          'Counter Terrorism Department',
          'Inter-Services Intelligence',
        ]),
      ],
    },
  ],
  [
    '"F, along with G, arrested X"',
    {
      text: 'The Anti-Terrorism Squad, along with the Mumbai Police, arrested Faisal Sheikh in Thane.',
      want: [A(['Faisal Sheikh'], undefined, undefined, ['Anti-Terrorism Squad', 'Mumbai Police'])],
    },
  ],
  [
    '"F, together with G, detained A and B"',
    {
      text: 'The National Intelligence Service, together with the Kenya Police Service, detained Omar Haji and Ali Haji in Lamu.',
      want: [
        A(['Ali Haji', 'Omar Haji'], undefined, undefined, [
          'Kenya Police Service',
          'National Intelligence Service',
        ]),
      ],
    },
  ],
  [
    '"F, in collaboration with G, has taken X into custody"',
    {
      text: 'The Federal Investigation Agency, in collaboration with the Punjab Police, has taken Nasir Ali into custody.',
      want: [A(['Nasir Ali'], undefined, undefined, ['Federal Investigation Agency', 'Punjab Police'])],
    },
  ],
];

const NAMES: [string, EventCase][] = [
  [
    '"X was arrested. The Anti-Terrorism Squad said he …": a security body by its name',
    {
      text: 'Pramod Jadhav was arrested in Nagpur on Monday. The Anti-Terrorism Squad said he had sent money to a banned group.',
      want: [A(['Pramod Jadhav'], undefined, undefined, ['Anti-Terrorism Squad'])],
    },
  ],
  [
    '"X was detained. The Anti-Terror Squad said he …"',
    {
      text: 'Karan Mehta was detained in Pune on Sunday. The Anti-Terror Squad said he was a courier for a banned group.',
      want: [A(['Karan Mehta'], undefined, undefined, ['Anti-Terror Squad'])],
    },
  ],
  [
    '"The Department of State Services has confirmed the arrest of X": the whole name',
    {
      text: 'The Department of State Services has confirmed the arrest of Usman Bello, a suspected Boko Haram commander.',
      want: [A(['Usman Bello'], undefined, undefined, ['Department of State Services'])],
    },
  ],
  [
    '"The Department of State Services arrested X"',
    {
      text: 'The Department of State Services arrested Aliyu Danjuma in Kaduna on Friday.',
      want: [A(['Aliyu Danjuma'], undefined, undefined, ['Department of State Services'])],
    },
  ],
];

const THOSE: [string, EventCase][] = [
  [
    '"Among those arrested by F on Sunday were A, a cleric, and B"',
    {
      text: 'Among those arrested by the Counter Terrorism Department on Sunday were Zahid Noor, a cleric, and Waqas Ali.',
      want: [A(['Waqas Ali', 'Zahid Noor'], undefined, undefined, ['Counter Terrorism Department'])],
    },
  ],
  [
    '"Among those detained by F were A and B"',
    {
      text: 'Among those detained by the Kenya Police Service were Hassan Mire and Abdullahi Mire.',
      want: [A(['Abdullahi Mire', 'Hassan Mire'], undefined, undefined, ['Kenya Police Service'])],
    },
  ],
  [
    '"Those arrested by F include A and B"',
    {
      text: 'Those arrested by the National Investigation Agency include Arif Qureshi and Sameer Shaikh.',
      want: [A(['Arif Qureshi', 'Sameer Shaikh'], undefined, undefined, ['National Investigation Agency'])],
    },
  ],
  [
    '"The men detained by F in P were identified as A and B"',
    {
      text: 'The men detained by the Federal Investigation Agency in Multan were identified as Junaid Akbar and Fahad Akbar.',
      want: [A(['Fahad Akbar', 'Junaid Akbar'], undefined, undefined, ['Federal Investigation Agency'])],
    },
  ],
  [
    '"Among those taken into custody by F was X"',
    {
      text: 'Among those taken into custody by the Somali Police Force was Abdiqani Farah.',
      want: [A(['Abdiqani Farah'], undefined, undefined, ['Somali Police Force'])],
    },
  ],
];

const ACCORDING: [string, EventCase][] = [
  [
    '"…, according to a statement from F"',
    {
      text: 'Zahid Noor and Waqas Ali were arrested with explosives, according to a statement from the Counter Terrorism Department.',
      want: [A(['Waqas Ali', 'Zahid Noor'], undefined, undefined, ['Counter Terrorism Department'])],
    },
  ],
  [
    '"…, according to an official notification of the F"',
    {
      text: 'Two brothers, Tarek Ammar and Sami Ammar, were detained in Sfax, according to an official notification of the Interior Ministry.',
      want: [A(['Sami Ammar', 'Tarek Ammar'], undefined, undefined, ['Interior Ministry'])],
    },
  ],
  [
    '"…, according to officials of F"',
    {
      text: 'Hussein Ali was detained on Friday, according to officials of the National Security Service.',
      want: [A(['Hussein Ali'], undefined, undefined, ['National Security Service'])],
    },
  ],
  [
    '"…, according to a spokesman for F"',
    {
      text: 'Karim Bensaid was arrested in Oran on Monday, according to a spokesman for the Algerian Gendarmerie.',
      want: [A(['Karim Bensaid'], undefined, undefined, ['Algerian Gendarmerie'])],
    },
  ],
];

const CAUGHT: [string, EventCase][] = [
  [
    '"X was caught by the F near P"',
    {
      text: 'Sani Bako was caught by the Nigeria Police Force near Kano.',
      want: [A(['Sani Bako'], undefined, undefined, ['Nigeria Police Force'])],
    },
  ],
  [
    '"X was caught near P by officers of F"',
    {
      text: 'Abdi Warsame was caught near Bosaso by officers of the Puntland Police Force.',
      want: [A(['Abdi Warsame'], undefined, undefined, ['Puntland Police Force'])],
    },
  ],
  [
    '"X had been caught by agents of F in P, officials said"',
    {
      text: 'Kamal Adan had been caught by National Intelligence and Security Agency officers in Beledweyne, officials said.',
      want: [A(['Kamal Adan'], undefined, undefined, ['National Intelligence and Security Agency'])],
    },
  ],
];

eventBattery('arrests36', [
  ['the doers a raid\'s noun names after "by"', RAID_NOUN],
  ['the subject of a verb of raiding', RAID_VERB],
  ['two bodies working as one', JOINT],
  ['security bodies by their names', NAMES],
  ['"those arrested by F were A and B": F the doer, A and B the people', THOSE],
  ['"according to" the paper or the people of a body', ACCORDING],
  ['"caught by" a body of force or law', CAUGHT],
]);

describe('arrests36: arrested_by the bodies of a raid or a joint arrest', () => {
  const cases: [string, string, string[], string[]][] = [
    ...[...RAID_NOUN, ...RAID_VERB, ...JOINT, ...NAMES, ...THOSE, ...ACCORDING, ...CAUGHT].map(
      ([label, c]): [string, string, string[], string[]] => [
        label,
        c.text,
        c.want?.[0]?.patient ?? [],
        c.want?.[0]?.agent ?? [],
      ],
    ),
  ];
  for (const [label, text, people, bodies] of cases)
    it(label, () => {
      for (const p of people) for (const f of bodies) expectTie(text, 'arrested_by', p, f);
    });
});

describe('arrests36: "in F custody" is held by F, as "in the custody of F" is', () => {
  const cases: [string, string, string, string][] = [
    [
      '"X, who is in F custody,"',
      'Ashraf Malik, who is in Federal Investigation Agency custody, denied the charges.',
      'Ashraf Malik',
      'Federal Investigation Agency',
    ],
    [
      '"X remains in F custody in P"',
      'Rafiq Bhatti remains in Counter Terrorism Department custody in Lahore.',
      'Rafiq Bhatti',
      'Counter Terrorism Department',
    ],
    [
      '"X was taken into F custody on Monday"',
      'Naeem Lodhi was taken into Punjab Police custody on Monday.',
      'Naeem Lodhi',
      'Punjab Police',
    ],
    [
      '"X died in F custody last year"',
      'Omar Jibril died in Department of State Services custody last year, his family said.',
      'Omar Jibril',
      'Department of State Services',
    ],
  ];
  for (const [label, text, p, f] of cases) it(label, () => expectTie(text, 'arrested_by', p, f));
});
