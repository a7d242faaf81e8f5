import { describe, expect, it } from 'vitest';
import { type EventCase, eventBattery, wantOf } from '../../test/events-helpers.js';
import { hasTie, readTies, showTies } from '../../test/ties-helpers.js';

// events27 (issue #10): a battery of short news passages, written for this file, on arrests told in
// two steps and on the sides of a fight. The accused of a court report named in groups and their
// arrest told counted ("The four were arrested by F"); one or some of the arrested named after the
// arrest ("named one of them as X", "one of them, named as X,"); "F announced the arrest of …";
// names set before the arrest's participle ("A and B, arrested in May, appeared in court"); a plot
// is no attack; a militia or a military command is a side of a fight. Published on Tuesday
// 2025-06-10.

const A = wantOf('arrest');

const COURT: [string, EventCase][] = [
  [
    'three found guilty and one acquitted, then "the four were arrested by F"',
    {
      text: 'Oliver Grant, Samuel Pike and Harry Dunmore were found guilty on Monday of preparing acts of terrorism. Thomas Ashby was acquitted. The four were arrested in raids in Bristol in 2023 by the Metropolitan Police.',
      want: [
        A(['Harry Dunmore', 'Oliver Grant', 'Samuel Pike', 'Thomas Ashby'], undefined, undefined, [
          'Metropolitan Police',
        ]),
      ],
    },
  ],
  [
    'a judge convicts three, a fourth accused is cleared, "F arrested the four men"',
    {
      text: 'A judge in Lyon convicted Marc Dubois, Paul Girard and Luc Martin of terrorism offences on Friday. A fourth accused, Henri Blanc, was cleared. The General Directorate for Internal Security arrested the four men in Marseille in 2024.',
      want: [
        A(['Henri Blanc', 'Luc Martin', 'Marc Dubois', 'Paul Girard'], undefined, undefined, [
          'General Directorate for Internal Security',
        ]),
      ],
    },
  ],
  [
    'one enters a plea, his co-defendants (ages and towns between) plead not guilty, "the three men were arrested"',
    {
      text: 'A Texas man pleaded guilty on Monday to plotting to bomb a pipeline. Ryan Holt, of Midland, entered the plea before a federal judge. His co-defendants, Kyle Brandt, 24, of Odessa, Texas, and Wade Simms, 30, of Abilene, Texas, have pleaded not guilty. The three men were arrested in March by the Federal Bureau of Investigation.',
      want: [
        A(['Kyle Brandt', 'Ryan Holt', 'Wade Simms'], undefined, undefined, [
          'Federal Bureau of Investigation',
        ]),
      ],
    },
  ],
  [
    'two jailed, one charged separately, "all three were detained"',
    {
      text: 'Ivan Petrov and Oleg Sorokin were jailed for 12 years on Wednesday for financing the group. Dmitry Volkov was charged separately with the same offence. All three were detained in Kazan in 2024 by the Federal Security Service.',
      want: [
        A(['Dmitry Volkov', 'Ivan Petrov', 'Oleg Sorokin'], undefined, undefined, [
          'Federal Security Service',
        ]),
      ],
    },
  ],
  [
    'the judge who convicts is none of the accused: three accused for "the four" names nobody',
    {
      text: 'Judge Alan Morrow convicted Peter Lang, Simon Frey and Jonas Weber of membership of the group on Friday. The four men were arrested in 2023 by the Federal Criminal Police Office.',
      without: ['arrest(patient:Alan Morrow)'],
    },
  ],
];

const ONE_OF_THEM: [string, EventCase][] = [
  [
    'a statement named one of them as X (next sentence)',
    {
      text: 'The Counter Terrorism Department arrested three suspected militants in Quetta on Monday. A statement from the department named one of them as Imran Qureshi.',
      want: [A(['Imran Qureshi'], undefined, undefined, ['Counter Terrorism Department'])],
    },
  ],
  [
    'one of them, named as X, ordered held by a court',
    {
      text: 'Officers of the Anti-Terror Police Unit detained two men in Garissa on Friday. A magistrate later let police keep one of them, named as Hassan Abdi, for 14 days.',
      want: [A(['Hassan Abdi'], undefined, undefined, ['Anti-Terror Police Unit'])],
    },
  ],
  [
    'identified two of them as A and B, two sentences on',
    {
      text: 'The National Intelligence Agency arrested five people in Bosaso on Sunday. The suspects were taken to the capital for questioning. Officials identified two of them as Abdi Nur and Farah Jama.',
      want: [A(['Abdi Nur', 'Farah Jama'], undefined, undefined, ['National Intelligence Agency'])],
    },
  ],
  [
    'two of the men, identified as A and B, in the same paragraph',
    {
      text: 'Police in Lahore detained four men on Thursday. Two of the men, identified as Bilal Ahmed and Usman Tariq, were wanted for a bombing in 2022.',
      want: [A(['Bilal Ahmed', 'Usman Tariq'])],
    },
  ],
  [
    'named after a killing, not an arrest: no arrest takes the name',
    {
      text: 'Gunmen killed three villagers near Gao on Saturday. Officials named one of them as Hamidou Cisse.',
      none: ['arrest'],
    },
  ],
];

const ANNOUNCED: [string, EventCase][] = [
  [
    'F announced the arrest of counted people, then "Among them were A and B"',
    {
      text: "Separately, Kenya's National Intelligence Service on Tuesday announced the arrest of five suspected al-Shabaab members in Lamu. Among them were Yusuf Omar and Hamisi Bakari.",
      want: [A(['Hamisi Bakari', 'Yusuf Omar'], undefined, undefined, ['National Intelligence Service'])],
    },
  ],
  [
    'F confirmed the arrest of X',
    {
      text: 'The Counter Terrorism Department on Sunday confirmed the arrest of Imran Qureshi in Lahore.',
      want: [A(['Imran Qureshi'], undefined, undefined, ['Counter Terrorism Department'])],
    },
  ],
];

const PARTICIPLE: [string, EventCase][] = [
  [
    'A and B, arrested in May, appeared in court',
    {
      text: 'Ahmed Karim and Tarek Saleh, arrested in May, appeared in court in Amman on Monday.',
      want: [A(['Ahmed Karim', 'Tarek Saleh'])],
      without: ['arrest(agent:Tarek Saleh)'],
    },
  ],
  [
    'A, B and C, who were detained last week, were charged',
    {
      text: 'Yacine Belkacem, Karim Haddad and Nabil Ferhat, who were detained last week, were charged on Friday with financing terrorism.',
      want: [A(['Karim Haddad', 'Nabil Ferhat', 'Yacine Belkacem'])],
      without: ['arrest(agent:Nabil Ferhat)'],
    },
  ],
  [
    'with its doer named after "by", the doer stays',
    {
      text: 'Ahmed Karim and Tarek Saleh, arrested by the General Intelligence Directorate in May, appeared in court on Monday.',
      want: [A(['Ahmed Karim', 'Tarek Saleh'], undefined, undefined, ['General Intelligence Directorate'])],
    },
  ],
];

const PLOT: [string, EventCase][] = [
  [
    'charged with plotting attacks: no attack',
    {
      text: 'Omar Haddad and Sami Nasser, who were detained in May, appeared in court on Monday charged with plotting attacks on churches.',
      none: ['attack'],
    },
  ],
  [
    'accused of plotting bombings: no attack',
    {
      text: 'A court in Rabat on Tuesday jailed Youssef Alami, whom prosecutors accused of plotting bombings in Casablanca.',
      none: ['attack'],
    },
  ],
  [
    'an attack told as done stays an attack',
    {
      text: 'Al-Shabaab fighters attacked a police post in Mandera on Saturday.',
      want: [{ type: 'attack', agent: ['Al-Shabaab'] }],
    },
  ],
];

const UNIT: [string, EventCase][] = [
  [
    "detained by G's unit: the unit is a doer, before G",
    {
      text: "Omar Sheikh and Bilal Khan were detained in March by the FBI's Joint Terrorism Task Force.",
      want: [A(['Bilal Khan', 'Omar Sheikh'], undefined, undefined, ['FBI', 'Joint Terrorism Task Force'])],
    },
  ],
  [
    "arrested by a ministry's directorate",
    {
      text: "Ali Reza was arrested by the Interior Ministry's General Security Directorate in Latakia on Monday.",
      want: [A(['Ali Reza'], undefined, undefined, ['General Security Directorate', 'Interior Ministry'])],
    },
  ],
];

eventBattery('events27: arrests told in two steps, plots', [
  ['the accused of a court report, arrested counted', COURT],
  ['one or some of the arrested named later', ONE_OF_THEM],
  ['an arrest announced by its doer', ANNOUNCED],
  ['names before the arrest participle', PARTICIPLE],
  ['a plot is no attack', PLOT],
  ["the unit in the doer's by-phrase", UNIT],
]);

// the ties the events imply
const tie = (text: string, type: string, s: string, o: string, want = true) => {
  const found = readTies(text, '2025-06-10');
  expect(hasTie(found, type, s, o), showTies(found)).toBe(want);
};

describe('events27: ties of arrests told in two steps', () => {
  it('the accused of a court report are arrested_by the force that arrested "the four"', () => {
    const text =
      'Oliver Grant, Samuel Pike and Harry Dunmore were found guilty on Monday of preparing acts of terrorism. Thomas Ashby was acquitted. The four were arrested in raids in Bristol in 2023 by the Metropolitan Police.';
    tie(text, 'arrested_by', 'Thomas Ashby', 'Metropolitan Police');
    tie(text, 'arrested_by', 'Oliver Grant', 'Metropolitan Police');
  });
  it('a plea and co-defendants: each arrested_by the force', () => {
    const text =
      'Ryan Holt, of Midland, entered the plea before a federal judge on Monday. His co-defendants, Kyle Brandt, 24, of Odessa, and Wade Simms, 30, of Abilene, have pleaded not guilty. The three men were arrested in March by the Federal Bureau of Investigation.';
    tie(text, 'arrested_by', 'Wade Simms', 'Federal Bureau of Investigation');
    tie(text, 'arrested_by', 'Ryan Holt', 'Federal Bureau of Investigation');
  });
  it('one of them named later is arrested_by the arresting force', () => {
    tie(
      'The Shabwa Defense Forces detained three men at a checkpoint outside Ataq on Sunday. In a statement, the force named one of them as Saleh al-Awlaki.',
      'arrested_by',
      'Saleh al-Awlaki',
      'Shabwa Defense Forces',
    );
    tie(
      'Officers of the Federal Security Service detained two men in Nalchik on Tuesday. Judges remanded one of them, named as Ruslan Kodzoev, for two months.',
      'arrested_by',
      'Ruslan Kodzoev',
      'Federal Security Service',
    );
  });
});

describe('events27: sides of a fight by what the text calls them', () => {
  it('a name set beside "militia" is armed: fights with its attacker', () => {
    tie(
      'Last week, Katiba Macina fighters attacked a camp of hunters belonging to the Dogon militia Dan Na Ambassagou near Bandiagara, killing 14 of them.',
      'fights',
      'Katiba Macina',
      'Dan Na Ambassagou',
    );
    tie(
      'Fighters of the Allied Democratic Forces attacked positions of the militia Kyandenga Defence Group near Beni on Monday.',
      'fights',
      'Allied Democratic Forces',
      'Kyandenga Defence Group',
    );
  });
  it('a military command is armed: fights with the group it struck', () => {
    tie(
      'U.S. Central Command said on Monday that its aircraft struck Houthi radar sites near Hodeidah.',
      'fights',
      'U.S. Central Command',
      'Houthi',
    );
    tie(
      "The Pakistani military's Southern Command said its troops had raided hideouts of the Baloch Liberation Army near Turbat on Friday.",
      'fights',
      'Southern Command',
      'Baloch Liberation Army',
    );
  });
  it('a company whose ship was attacked is no side of a fight', () => {
    tie(
      'The Houthis fired missiles at a cargo ship owned by Thalassa Bulk Shipping in the Red Sea on Sunday.',
      'fights',
      'Houthis',
      'Thalassa Bulk Shipping',
      false,
    );
  });
});

describe('events27: the one army of the text arrests, a unit fights for its group', () => {
  it('"the army detained", "troops captured": the one army the article names', () => {
    tie(
      'The Lebanese Armed Forces kept clear of the clashes. The army detained four suspects in Tyre on Friday, naming one of them as Khaled Mansour.',
      'arrested_by',
      'Khaled Mansour',
      'Lebanese Armed Forces',
    );
    tie(
      'The Chadian National Army said on Wednesday it had launched an offensive against Boko Haram. Army spokesman General Issa Malloum said that troops captured a Boko Haram commander, Abakar Mahamat, and 22 of his fighters.',
      'arrested_by',
      'Abakar Mahamat',
      'Chadian National Army',
    );
  });
  it('"soldiers arrested two men, A and B": the one army named before', () => {
    tie(
      'The Nigerian Army holds patrols on the border. On Monday soldiers arrested two men, Ali Hassan and Umar Yusuf, near Banki.',
      'arrested_by',
      'Umar Yusuf',
      'Nigerian Army',
    );
  });
  it('two armies named: "soldiers arrested" is neither one\'s', () => {
    const text =
      'The Nigerian Army and the Cameroon Armed Forces hold joint patrols on the border. On Monday soldiers arrested two men, Ali Hassan and Umar Yusuf, near Banki.';
    tie(text, 'arrested_by', 'Ali Hassan', 'Nigerian Army', false);
    tie(text, 'arrested_by', 'Ali Hassan', 'Cameroon Armed Forces', false);
  });
  it("a unit's attack: its group fights the target too", () => {
    tie(
      "Late on Wednesday, Hamas's Sahm unit attacked a Popular Forces checkpoint near Khan Younis.",
      'fights',
      'Hamas',
      'Popular Forces',
    );
    tie(
      "Fighters of the Baloch Liberation Army's Fateh Squad ambushed a Frontier Corps convoy near Kalat on Sunday.",
      'fights',
      'Baloch Liberation Army',
      'Frontier Corps',
    );
    tie(
      "Troops of the Philippine Army's 103rd Infantry Brigade raided a camp of the Maute group near Piagapo on Tuesday.",
      'fights',
      'Philippine Army',
      'Maute group',
    );
  });
});

describe('events27: the sides of a clash', () => {
  it('"the clash between A (AA) and B (BB)": both sides, past the acronym', () => {
    const found = readTies(
      'The clash between members of the Arakan Rohingya Salvation Army (ARSA) and the Rohingya Solidarity Organisation (RSO) broke out late on Saturday in a camp near Ukhiya.',
      '2025-06-10',
    );
    expect(
      hasTie(found, 'fights', 'Arakan Rohingya Salvation Army', 'Rohingya Solidarity Organisation'),
      showTies(found),
    ).toBe(true);
    tie(
      'Clashes between fighters of the National Liberation Army (ELN) and the 33rd Front erupted near Tibu on Sunday.',
      'fights',
      'National Liberation Army',
      '33rd Front',
    );
  });
  it('a clash between two parties, neither armed, is no fight', () => {
    tie(
      'Clashes between supporters of the Awami League and the Bangladesh Nationalist Party left two people dead in Dhaka on Sunday.',
      'fights',
      'Awami League',
      'Bangladesh Nationalist Party',
      false,
    );
  });
});
