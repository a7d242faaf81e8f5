import { type EventCase, eventBattery, wantOf } from '../../test/events-helpers.js';

// events24: a battery of short news sentences, written for this file, on three kinds of act the
// golds count and the pipeline missed: a killing whose victim is named but whose killer is not
// (or is only "gunmen", "unknown assailants", a weapon), an act known only by where it happened
// (its place must be its own clause's, never the dateline's or a country named elsewhere), and
// restrictions on travel (curfews, lockdowns, closed borders, exit-control lists, seized
// passports, bans on travel). Published on Tuesday 2025-06-10: Monday is 06-09, Sunday 06-08,
// Saturday 06-07, Friday 06-06, Thursday 06-05, Wednesday 06-04.

const K = wantOf('killing');
const A = wantOf('attack');
const R = wantOf('arrest');
const T = wantOf('travel_restriction');

const VICTIM_ONLY: [string, EventCase][] = [
  [
    'X, a commander, was killed in a drone strike',
    {
      text: 'Abdi Farah, a regional commander of al-Shabaab, was killed in a drone strike near Jilib on Sunday.',
      want: [K(['Abdi Farah'], 'Jilib', '2025-06-08')],
    },
  ],
  [
    'X was killed along with aides in an airstrike',
    {
      text: 'Senior commander Abu Hamza was killed along with two aides in an airstrike in Idlib on Monday.',
      want: [K(['Abu Hamza'], 'Idlib', '2025-06-09')],
    },
  ],
  [
    'X was killed in a raid, media reported',
    {
      text: 'Abu Bakr al-Iraqi was killed in a raid in Deir ez-Zor on Sunday, local media reported.',
      want: [K(['Abu Bakr al-Iraqi'], 'Deir ez-Zor', '2025-06-08')],
    },
  ],
  [
    'X was killed in a grenade attack on a bus',
    {
      text: 'Sarah Njoroge, a teacher, was killed in a grenade attack on a bus in Mandera on Friday.',
      want: [K(['Sarah Njoroge'], 'Mandera', '2025-06-06')],
    },
  ],
  [
    'X died in a suicide bombing',
    {
      text: 'Ahmed Nur, a district official, died in a suicide bombing at a market in Baidoa on Friday.',
      want: [K(['Ahmed Nur'], 'Baidoa', '2025-06-06')],
    },
  ],
  [
    'X was shot dead outside her home',
    {
      text: 'Local journalist Maria Lopez was shot dead outside her home in Tumaco on Saturday.',
      want: [K(['Maria Lopez'], 'Tumaco', '2025-06-07')],
    },
  ],
  [
    'two named elders were gunned down',
    {
      text: 'Two tribal elders, Gul Khan and Sher Ali, were gunned down in Miranshah on Saturday.',
      want: [K(['Gul Khan', 'Sher Ali'], 'Miranshah', '2025-06-07')],
    },
  ],
  [
    'gunmen shot dead X',
    {
      text: 'Gunmen shot dead Ravi Sharma, a village council head, in Pulwama on Thursday.',
      want: [K(['Ravi Sharma'], 'Pulwama', '2025-06-05')],
    },
  ],
  [
    'unknown assailants assassinated X',
    {
      text: 'Unknown assailants assassinated Sheikh Omar Haji, a pro-government cleric, in Beledweyne on Wednesday.',
      want: [K(['Sheikh Omar Haji'], 'Beledweyne', '2025-06-04')],
    },
  ],
  [
    'X was assassinated',
    {
      text: 'Yusuf Danjuma, a former lawmaker, was assassinated in Maiduguri on Sunday.',
      want: [K(['Yusuf Danjuma'], 'Maiduguri', '2025-06-08')],
    },
  ],
  [
    'X had been shot dead by unidentified gunmen, police said',
    {
      text: 'Police said Kamal Hussain, 45, had been shot dead by unidentified gunmen in Dera Ismail Khan on Friday.',
      want: [K(['Kamal Hussain'], 'Dera Ismail Khan', '2025-06-06')],
    },
  ],
  [
    'an airstrike killed X',
    {
      text: 'An airstrike killed Abu Yahya al-Masri, a senior figure in the group, near Sirte on Thursday.',
      want: [K(['Abu Yahya al-Masri'], 'Sirte', '2025-06-05')],
    },
  ],
  [
    'a roadside bomb killed X',
    {
      text: 'A roadside bomb killed district governor Mohammad Nabi in Lashkar Gah on Sunday.',
      want: [K(['Mohammad Nabi'], 'Lashkar Gah', '2025-06-08')],
    },
  ],
  [
    'an explosion killed X, opening with the day',
    {
      text: 'On Thursday, an explosion killed Nasir Ahmadi, a police commander, in Kandahar.',
      want: [K(['Nasir Ahmadi'], 'Kandahar', '2025-06-05')],
    },
  ],
  [
    "X's body was found",
    {
      text: "Hassan Abdi's body was found near Beledweyne on Monday, two days after he was abducted.",
      want: [K(['Hassan Abdi'], 'Beledweyne')],
    },
  ],
  [
    'the body of X was found',
    {
      text: 'The bullet-riddled body of Father Joseph Bako was found in Kaduna on Friday.',
      want: [K(['Joseph Bako'], 'Kaduna')],
    },
  ],
  [
    'police discovered the bodies of A and B',
    {
      text: 'Police discovered the bodies of Amina Yusuf and Grace Audu in a forest near Kajuru on Sunday.',
      want: [K(['Amina Yusuf', 'Grace Audu'], 'Kajuru', '2025-06-08')],
    },
  ],
  [
    'X was reported killed',
    {
      text: "Troops arrested Ali Hassan in Mosul early on Monday, the army said. Abu Omar al-Shishani, the group's military chief, was reported killed in an airstrike near Shirqat last week.",
      want: [K(['Abu Omar al-Shishani'], 'Shirqat', '2025-06')],
    },
  ],
  [
    'A and B were said to have been killed',
    {
      text: 'Two local commanders, Bashir Nur and Yusuf Dhere, were said to have been killed in an airstrike near Bardhere on Saturday.',
      want: [K(['Bashir Nur', 'Yusuf Dhere'], 'Bardhere', '2025-06-07')],
    },
  ],
  [
    'members of G were killed by a roadside bomb',
    {
      text: 'Troops arrested Ali Hassan in Mosul early on Monday, the army said. Seven members of the Civilian Joint Task Force were killed by a roadside bomb near Konduga on Saturday.',
      want: [K(['Civilian Joint Task Force'], 'Konduga', '2025-06-07')],
    },
  ],
  [
    'X was killed by a suicide bomber',
    {
      text: 'Mohammed Sani, a local vigilante leader, was killed by a suicide bomber in Bama on Friday.',
      want: [K(['Mohammed Sani'], 'Bama', '2025-06-06')],
    },
  ],
  [
    'X was killed by a car bomb a group planted: its attack too',
    {
      text: 'Ahmed Musa was killed by a car bomb planted by al-Shabaab in Baidoa on Sunday.',
      want: [
        K(['Ahmed Musa'], 'Baidoa', '2025-06-08', ['al-Shabaab']),
        A(['Ahmed Musa'], 'Baidoa', '2025-06-08', ['al-Shabaab']),
      ],
    },
  ],
  [
    'G confirmed that its governor, X, had been killed',
    {
      text: 'The Taliban confirmed that its shadow governor for Kunduz, Mullah Abdul Salam, had been killed.',
      want: [K(['Mullah Abdul Salam'])],
    },
  ],
  [
    'G said that its spokesman, X, had been arrested',
    {
      text: 'Al-Shabaab said on Sunday that its spokesman, Ali Dhere, had been arrested in Kismayo.',
      want: [R(['Ali Dhere'], 'Kismayo')],
    },
  ],
  [
    'the killing of X drew condemnation',
    {
      text: 'The killing of Abdullahi Bello, an imam, in Zaria on Friday drew wide condemnation.',
      want: [K(['Abdullahi Bello'], 'Zaria', '2025-06-06')],
    },
  ],
  [
    'the assassination of X',
    {
      text: 'The assassination of Colonel Ibrahim Keita in Bamako on Monday shocked the capital.',
      want: [K(['Ibrahim Keita'], 'Bamako', '2025-06-09')],
    },
  ],
  [
    'X, who was killed last month in clashes',
    {
      text: 'Ibrahim Musa, who was killed last month in clashes near Gao, had led the group for a decade.',
      want: [K(['Ibrahim Musa'], 'Gao', '2025-05')],
    },
  ],
  [
    'the second sentence tells who was killed',
    {
      text: 'Troops arrested Ali Hassan in Mosul early on Monday, the army said. Separately, Karim Jabbar, a village headman, was killed by gunmen in Tuz Khurmatu on Sunday.',
      want: [K(['Karim Jabbar'], 'Tuz Khurmatu', '2025-06-08'), R(['Ali Hassan'], 'Mosul')],
    },
  ],
  [
    'X was killed when a drone struck his car',
    {
      text: 'Abu Usama al-Libi was killed late on Friday when a drone hit his car on a road near Derna.',
      want: [K(['Abu Usama al-Libi'], 'Derna', '2025-06-06')],
    },
  ],
];

const PLACE_ONLY: [string, EventCase][] = [
  [
    'a bomb exploded at a market in X, after another lead',
    {
      text: 'Troops arrested Ali Hassan in Mosul early on Monday, the army said. Separately, a bomb exploded at a crowded market in Tikrit on Sunday.',
      want: [A(undefined, 'Tikrit', '2025-06-08')],
    },
  ],
  [
    'gunmen attacked a church in X',
    {
      text: 'Police in Lagos detained Musa Bello on Monday, a spokesman said. In a separate incident, gunmen attacked a church in Owo on Sunday.',
      want: [A(undefined, 'Owo', '2025-06-08')],
    },
  ],
  [
    'a dateline is not the place',
    {
      text: 'NAIROBI, Kenya (AP) — A roadside bomb hit a police truck in Garissa on Monday.',
      want: [A(undefined, 'Garissa', '2025-06-09')],
    },
  ],
  [
    'the place of the report is not the place of the act',
    {
      text: 'Speaking in Islamabad on Monday, the interior minister said a blast had hit a bus in Quetta on Sunday.',
      want: [A(undefined, 'Quetta', '2025-06-08')],
    },
  ],
  [
    'in X, police detained N men',
    {
      text: 'Troops killed Abdul Karim in Kirkuk on Friday. In Basra, police detained three men on Saturday.',
      want: [R(undefined, 'Basra', '2025-06-07')],
    },
  ],
  [
    'police arrested N suspected militants in X',
    {
      text: 'Troops killed Abdul Karim in Kirkuk on Friday. Police arrested four suspected militants in Peshawar on Sunday.',
      want: [R(undefined, 'Peshawar', '2025-06-08')],
    },
  ],
  [
    'a fourth suspect was detained at X',
    {
      text: 'Troops killed Abdul Karim in Kirkuk on Friday. A fourth suspect was detained at Heathrow Airport on Saturday.',
      want: [R([], 'Heathrow Airport', '2025-06-07')],
    },
  ],
  [
    'a man, who cannot be named, was arrested in X',
    {
      text: 'Troops killed Abdul Karim in Kirkuk on Friday. A third suspect, who cannot be named under a court order, was arrested in Dover on Sunday.',
      want: [R([], 'Dover', '2025-06-08')],
    },
  ],
  [
    'several suspects were taken into custody in X',
    {
      text: 'Troops killed Abdul Karim in Kirkuk on Friday. Several suspects were taken into custody in Mombasa on Saturday.',
      want: [R([], 'Mombasa', '2025-06-07')],
    },
  ],
  [
    'a car bomb killed N in X, told after another act',
    {
      text: 'Police arrested Omar Sheikh in Mogadishu on Friday. On Sunday, a car bomb killed six people at a checkpoint in Afgoye.',
      want: [A(undefined, 'Afgoye', '2025-06-08')],
    },
  ],
];

const TRAVEL: [string, EventCase][] = [
  [
    'imposed a curfew in X',
    {
      text: 'Authorities imposed a 24-hour curfew in Bamenda on Monday after the attack.',
      want: [T(undefined, 'Bamenda', '2025-06-09')],
    },
  ],
  [
    'a curfew was declared in X',
    {
      text: 'A dusk-to-dawn curfew was declared in Maiduguri on Saturday, the state government said.',
      want: [T(undefined, 'Maiduguri', '2025-06-07')],
    },
  ],
  [
    'announced a lockdown across X',
    {
      text: 'Separatists declared a lockdown of five days in Buea from Sunday and told residents to remain indoors.',
      want: [T(undefined, 'Buea')],
    },
  ],
  [
    'placed X on the exit control list',
    {
      text: 'The interior ministry placed Ahmed Saleh and Karim Baig on the Exit Control List on Friday.',
      want: [T(['Ahmed Saleh', 'Karim Baig'], undefined, '2025-06-06')],
    },
  ],
  [
    'X was put on a no-fly list',
    {
      text: 'Yusuf Kamara, a preacher from Leicester, was put on a no-fly list in March, his lawyer said.',
      want: [T(['Yusuf Kamara'])],
    },
  ],
  [
    'closed the border crossing at X',
    {
      text: 'Authorities closed the Torkham border crossing on Thursday after the clashes.',
      want: [T(undefined, 'Torkham', '2025-06-05')],
    },
  ],
  [
    'sealed its border with X',
    {
      text: 'Kenya sealed its border with Somalia at Mandera on Sunday after the raid.',
      want: [T(undefined, 'Mandera', '2025-06-08')],
    },
  ],
  [
    'the airport of X was closed',
    {
      text: 'The airport in Goma was closed on Sunday as the rebels advanced.',
      want: [T(undefined, 'Goma', '2025-06-08')],
    },
  ],
  [
    'travel to X was banned',
    {
      text: 'Travel to Tillaberi was banned by the regional governor on Friday.',
      want: [T(undefined, 'Tillaberi', '2025-06-06')],
    },
  ],
  [
    'the passports of X were seized',
    {
      text: 'Police seized the passports of Hamza Idris and Bilal Khan on Monday.',
      want: [T(['Bilal Khan', 'Hamza Idris'], undefined, '2025-06-09')],
    },
  ],
  [
    'a visa ban on X',
    {
      text: 'Washington imposed a visa ban on Colonel Assimi Diarra on Thursday.',
      want: [T(['Assimi Diarra'], undefined, '2025-06-05')],
    },
  ],
  [
    'a curfew imposed on X by a group',
    {
      text: 'The rebels imposed a curfew on Walikale on Wednesday, residents said.',
      want: [T(undefined, 'Walikale', '2025-06-04')],
    },
  ],
  [
    'put A and B on the no-fly list',
    {
      text: 'A court in Nairobi put Omar Sheikh and Ali Dere on the no-fly list on Thursday.',
      want: [T(['Ali Dere', 'Omar Sheikh'], undefined, '2025-06-05')],
    },
  ],
  [
    'confiscated the passports of A and B at an airport',
    {
      text: 'Border officials confiscated the passports of Fatima Bello and Aisha Umar on Saturday.',
      want: [T(['Aisha Umar', 'Fatima Bello'], undefined, '2025-06-07')],
    },
  ],
  [
    'visa bans on A and B',
    {
      text: 'The State Department announced visa bans on Colonel Moussa Keita and Ibrahim Sanogo on Friday.',
      want: [T(['Ibrahim Sanogo', 'Moussa Keita'], undefined, '2025-06-06')],
    },
  ],
  [
    'sealed the crossing at X',
    {
      text: 'Pakistan sealed the border crossing at Chaman on Monday.',
      want: [T(undefined, 'Chaman', '2025-06-09')],
    },
  ],
  [
    'the border post at X was closed',
    {
      text: 'The border post at Bunagana was closed on Saturday after heavy fighting.',
      want: [T(undefined, 'Bunagana', '2025-06-07')],
    },
  ],
  [
    'sealed the airport in X on a day',
    {
      text: 'Troops sealed the airport in Bunia on Sunday.',
      want: [T(undefined, 'Bunia', '2025-06-08')],
    },
  ],
  [
    'banned travel to X',
    {
      text: 'The regional government banned travel to Kidal on Saturday.',
      want: [T(undefined, 'Kidal', '2025-06-07')],
    },
  ],
];

const NOT_AN_EVENT: [string, EventCase][] = [
  [
    'a foiled bombing',
    {
      text: 'Police foiled a plot to bomb a church in Kano on Sunday.',
      none: ['attack', 'killing'],
    },
  ],
  [
    'a threat to kill',
    {
      text: 'The group threatened to kill Ahmed Salim, a local journalist, in Sokoto.',
      none: ['killing'],
    },
  ],
  [
    'a denied death',
    {
      text: 'The ministry denied reports that Abu Omar had been killed in Idlib.',
      none: ['killing'],
    },
  ],
  [
    'a survived attempt',
    {
      text: 'Governor Babagana Musa survived an assassination attempt in Bauchi on Sunday.',
      none: ['killing'],
    },
  ],
  [
    'an escaped murder attempt',
    {
      text: 'Senator Ali Ndume escaped a murder attempt near Kano on Friday.',
      none: ['killing'],
    },
  ],
  [
    'a bomb plot',
    {
      text: 'Police foiled a bomb plot against a church in Jos on Saturday.',
      none: ['attack'],
    },
  ],
  [
    'no body found',
    {
      text: 'Divers searched the river near Lokoja for a week, but no body of Samuel Adamu was found.',
      none: ['killing'],
    },
  ],
  [
    'a curfew that could come',
    {
      text: 'The governor said he could impose a curfew in Jos if the violence continued.',
      none: ['travel_restriction'],
    },
  ],
  [
    'lockdowns told as a habit',
    {
      text: 'The separatists have often imposed lockdowns on towns such as Kumbo and Ndop.',
      none: ['travel_restriction'],
    },
  ],
  [
    'curfews told as a habit',
    {
      text: 'Militias regularly impose curfews on villages around Bunia.',
      none: ['travel_restriction'],
    },
  ],
  [
    'a lockdown eased',
    {
      text: 'Officials eased the lockdown in Buea on Friday as shops reopened.',
      none: ['travel_restriction'],
    },
  ],
  [
    'a curfew lifted',
    {
      text: 'The curfew in Jos was lifted on Monday.',
      none: ['travel_restriction'],
    },
  ],
  [
    'one killing told twice',
    {
      text: 'Abdi Farah, a commander of al-Shabaab, was killed in a drone strike near Jilib on Sunday. The death of Abdi Farah is a blow to the group.',
      count: { killing: 1 },
    },
  ],
  [
    'a killing told twice by a body found',
    {
      text: 'Gunmen abducted and killed Peter Okafor, a pastor, in Enugu on Saturday. His body was found on Monday.',
      count: { killing: 1 },
    },
  ],
];

eventBattery('events24 battery: victims with no killer, acts known by their place, travel restrictions', [
  ['a killing whose killer is not named', VICTIM_ONLY],
  ['an act known by its place', PLACE_ONLY],
  ['a restriction on travel', TRAVEL],
  ['no event, or one', NOT_AN_EVENT],
]);
