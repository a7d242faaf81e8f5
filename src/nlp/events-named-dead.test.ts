import { type EventCase, eventBattery, wantOf } from '../../test/events-helpers.js';

// events26: a battery of short news sentences, written for this file, on the dead a report names
// after the act that killed them: "X died of his wounds", "Y succumbed to his injuries", "Z was
// declared dead on arrival", "One of the victims was identified as X", "Police named one of the victims
// as Y". The person named is a victim of the act told just before: the killing told there takes
// him as its patient, or, after an attack with no killing, he is the victim of a killing of its
// own at the attack's place. Published on Tuesday 2025-06-10: Monday is 06-09, Sunday 06-08,
// Saturday 06-07, Friday 06-06.

const K = wantOf('killing');

// died of wounds, succumbed, declared dead: the victim of the act told before
const DIED_OF_WOUNDS: [string, EventCase][] = [
  [
    'died of his wounds, after a killing with nobody named',
    {
      text: 'Three soldiers were killed when gunmen ambushed a convoy near Mopti on Saturday. Sergeant Amadou Traore died of his wounds at a hospital the next day.',
      want: [K(['Amadou Traore'], 'Mopti')],
      count: { killing: 1 },
    },
  ],
  [
    'died of her wounds, after a killing told with its doers',
    {
      text: 'Boko Haram fighters killed four villagers in Konduga on Friday. A teacher, Hauwa Musa, died of her wounds in Maiduguri on Sunday.',
      want: [K(['Hauwa Musa'])],
      without: ['killing(patient:Boko Haram)'],
    },
  ],
  [
    'succumbed to his injuries, in a sentence joined to a killing',
    {
      text: 'Two policemen were killed in a grenade attack on a checkpoint in Sopore on Monday. Constable Rafiq Ahmad succumbed to his injuries in hospital later that night.',
      want: [K(['Rafiq Ahmad'], 'Sopore')],
      count: { killing: 1 },
    },
  ],
  [
    'succumbed to wounds, a militia member',
    {
      text: 'Six members of a village militia were killed when bandits raided Gidan Bature on Sunday. Their leader, Musa Dankano, later succumbed to gunshot wounds.',
      want: [K(['Musa Dankano'], 'Gidan Bature')],
    },
  ],
  [
    'declared dead on arrival, after a shooting',
    {
      text: 'Gunmen shot dead a police constable at a checkpoint in Gujranwala on Friday. Constable Tariq Mehmood was declared dead soon after he reached the hospital, police said.',
      want: [K(['Tariq Mehmood'], 'Gujranwala')],
      count: { killing: 1 },
    },
  ],
  [
    'died en route to hospital, after an attack with no killing told',
    {
      text: 'Militants attacked a police post in Garissa late on Thursday. One officer, Peter Njoroge, was shot and died en route to hospital.',
      want: [K(['Peter Njoroge'], 'Garissa', '2025-06-05')],
    },
  ],
  [
    'died of his wounds, after a raid with no killing told',
    {
      text: 'Gunmen raided an army camp near Kidal on Saturday night. Corporal Ibrahim Maiga was wounded in the raid and died of his wounds on Monday.',
      want: [K(['Ibrahim Maiga'], 'Kidal')],
    },
  ],
  [
    'two dead in one sentence: died on the spot, while another succumbed',
    {
      text: 'Two soldiers were killed in a gunfight with militants in the forests of Kathua on Sunday. Sergeant Harpreet Singh died on the spot, while Constable Mohan Lal succumbed to his injuries in hospital.',
      want: [K(['Harpreet Singh', 'Mohan Lal'], 'Kathua')],
      count: { killing: 1 },
    },
  ],
  [
    'a second victim who died of wounds in the sentence of the killing',
    {
      text: 'Corporal Diego Herrera was killed by a sniper outside the station in Jamundi on Sunday, and Sergeant Luis Ortega died of his wounds on Monday.',
      want: [K(['Diego Herrera', 'Luis Ortega'])],
      count: { killing: 1 },
    },
  ],
];

// the dead named: "one of the victims was identified as X", "police named one of the victims as X"
const ONE_OF_THE_DEAD: [string, EventCase][] = [
  [
    'police named one of the victims as X',
    {
      text: 'Five soldiers were killed when their truck hit a roadside bomb near Wajir on Friday. Police named one of the victims as Corporal Samuel Otieno.',
      want: [K(['Samuel Otieno'], 'Wajir')],
      count: { killing: 1 },
    },
  ],
  [
    'one of the victims was identified as X',
    {
      text: 'Security forces killed seven insurgents in a raid near Dantewada on Monday. One of the victims was identified as Hidma Sodi, a local commander.',
      want: [K(['Hidma Sodi'], 'Dantewada')],
      count: { killing: 1 },
    },
  ],
  [
    'one of the dead, X, was …',
    {
      text: 'Two refugees were killed when rival gangs fought inside a camp near Ukhia on Saturday. One of the dead, Rashid Ullah, 28, was a shopkeeper.',
      want: [K(['Rashid Ullah'])],
      count: { killing: 1 },
    },
  ],
  [
    'the army said one of the dead was X',
    {
      text: 'Four militiamen were killed in an ambush on a checkpoint near Rafah on Sunday. The militia said one of the dead was its deputy commander, Yasser Hamdan.',
      want: [K(['Yasser Hamdan'])],
      count: { killing: 1 },
    },
  ],
  [
    'it named one of them as X',
    {
      text: 'Gunmen shot dead three men outside a mosque in Kano on Friday. Police named one of them as Abubakar Sani, a trader.',
      want: [K(['Abubakar Sani'], 'Kano')],
      count: { killing: 1 },
    },
  ],
  [
    'one of them, X, died of his wounds',
    {
      text: 'Insurgents attacked an army post near Tikrit on Thursday, wounding three soldiers. One of them, Ali Jabbar, died of his wounds on Saturday.',
      want: [K(['Ali Jabbar'])],
    },
  ],
];

// a party's people in a street fight, and the dead of an attack on a force
const SIDES: [string, EventCase][] = [
  [
    'workers of a party clashed with police, one of them dead later',
    {
      text: 'An assistant sub-inspector was killed when workers of the Tehreek-i-Labbaik Pakistan clashed with officers near Muridke on Sunday. Sub-Inspector Ali Raza was pronounced dead at a hospital in Lahore.',
      want: [
        { type: 'attack', agent: ['Tehreek-i-Labbaik Pakistan'], place: 'Muridke' },
        K(['Ali Raza'], 'Muridke'),
      ],
    },
  ],
  [
    'supporters of a party clashed with police',
    {
      text: 'Supporters of the Awami League clashed with police in Khulna on Friday.',
      want: [{ type: 'attack', agent: ['Awami League'], place: 'Khulna', date: '2025-06-06' }],
    },
  ],
  [
    'activists of a party clashed with police, nobody dead',
    {
      text: 'Activists of the Jamaat-e-Islami clashed with police in Karachi on Monday, and two officers were wounded.',
      want: [{ type: 'attack', agent: ['Jamaat-e-Islami'], place: 'Karachi' }],
      none: ['killing'],
    },
  ],
  [
    "one of the dead was X's brother, Y: Y died, the force attacked lost him",
    {
      text: "Hamas's Sahm unit attacked a Popular Forces checkpoint near Rafah on Wednesday, and four militiamen were killed. The Popular Forces said one of the dead was Yasser Abu Tair's brother, Khaled.",
      want: [K(['Khaled', 'Popular Forces'], 'Rafah', '2025-06-04', ['Sahm'])],
      without: ['killing(patient:Yasser Abu Tair)'],
    },
  ],
  [
    "a fight between two groups: the dead named are nobody's victims in particular",
    {
      text: 'Two refugees were killed when fighters of the Arakan Army and the Rohingya Solidarity Organisation clashed in a camp near Teknaf on Saturday. Abdul Karim, a 30-year-old porter, died of his wounds at a clinic the next day.',
      want: [K(['Abdul Karim'], 'Teknaf', '2025-06-08', [])],
    },
  ],
];

// a killing done in a fight ("in an encounter", "in a gunfight with G"): the fight is an attack too
const IN_A_FIGHT: [string, EventCase][] = [
  [
    'a force killed militants in an encounter',
    {
      text: 'The Rashtriya Rifles killed two Lashkar-e-Taiba militants in an encounter in Shopian on Monday.',
      want: [
        { type: 'attack', agent: ['Rashtriya Rifles'], place: 'Shopian', date: '2025-06-09' },
        { type: 'killing', agent: ['Rashtriya Rifles'], place: 'Shopian' },
      ],
    },
  ],
  [
    'soldiers were killed in a gunfight with a group',
    {
      text: 'Three soldiers were killed in a gunfight with Jaish-e-Mohammed militants near Kathua on Sunday.',
      want: [
        { type: 'attack', agent: ['Jaish-e-Mohammed'], place: 'Kathua', date: '2025-06-08' },
        { type: 'killing', agent: ['Jaish-e-Mohammed'], place: 'Kathua' },
      ],
    },
  ],
  [
    'marines killed a leader in a firefight',
    {
      text: 'On Friday Philippine Marines killed a senior Abu Sayyaf figure, Radullan Sahiron, in a firefight near Patikul.',
      want: [{ type: 'attack', agent: ['Philippine Marines'], place: 'Patikul', date: '2025-06-06' }],
    },
  ],
  [
    'killed and others wounded in an encounter with a group, on its day',
    {
      text: 'Two soldiers were killed and a captain was hurt in an encounter with Hizbul Mujahideen militants in Doda district on Monday.',
      want: [
        { type: 'attack', agent: ['Hizbul Mujahideen'], date: '2025-06-09' },
        { type: 'killing', agent: ['Hizbul Mujahideen'], date: '2025-06-09' },
      ],
    },
  ],
  [
    'killed in a shootout, nobody named: no attack',
    {
      text: 'Two gunmen were killed in a shootout near Hangu late on Tuesday.',
      none: ['attack'],
    },
  ],
  [
    'killed in the gunfight told before: one attack',
    {
      text: 'Soldiers of the Assam Rifles clashed with fighters of the United Liberation Front of Asom near Tinsukia on Saturday. Two rebels were killed in the gunfight, the army said.',
      count: { attack: 1 },
    },
  ],
];

// no death, or none of a person named
const NOT_DEAD: [string, EventCase][] = [
  [
    'wounded, not dead',
    {
      text: 'Gunmen attacked a police post in Garissa on Thursday. One officer, Peter Njoroge, was wounded and taken to hospital.',
      none: ['killing'],
    },
  ],
  [
    'died of an illness: no act',
    {
      text: 'The group said its former leader, Abu Yusuf, died of an illness last month.',
      none: ['killing'],
    },
  ],
  [
    'died of wounds with no act told before',
    {
      text: 'The veteran politician John Kamau died of his wounds from a car crash years ago, his family said.',
      none: ['killing'],
    },
  ],
  [
    'one of the dead named, the killing told once',
    {
      text: 'Militants killed six soldiers in an attack on a base near Gao on Friday. One of those killed was identified as Captain Moussa Keita. Captain Moussa Keita had served in the north for years.',
      count: { killing: 1 },
    },
  ],
  [
    'one of the arrested named, not a dead man',
    {
      text: 'Police arrested three suspected smugglers in raids in Quetta on Monday. An official identified one of them as Gul Khan, a trucker.',
      none: ['killing'],
    },
  ],
  [
    'one of the detained, after a raid that detained them',
    {
      text: 'Troops raided a hideout in Mosul on Friday and detained four men. The army named one of them as Saad Ibrahim.',
      none: ['killing'],
    },
  ],
  [
    'a victim named before, not told again',
    {
      text: 'Gunmen shot dead Pastor John Okafor in Enugu on Saturday. John Okafor died on the spot, police said.',
      count: { killing: 1 },
    },
  ],
];

eventBattery('events26 battery: the dead a report names after the act', [
  ['died of wounds, succumbed, declared dead', DIED_OF_WOUNDS],
  ['one of the dead named', ONE_OF_THE_DEAD],
  ['the sides of a fight, the force attacked', SIDES],
  ['a killing done in a fight', IN_A_FIGHT],
  ['no death of a person named', NOT_DEAD],
]);
