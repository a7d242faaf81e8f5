import { eventBattery } from '../../test/events-helpers.js';

// events23: a battery of short news sentences about attacks and killings, written for this file
// in the constructions news reporting on armed groups uses (active, passive, nominal, relative
// clauses, tolls, deaths told with their cause, doers named before or in a later claim), with
// the golds' conventions: an attack that kills is an attack and a killing, both by the
// attackers; a killing's patients are the people it names, or the force or group whose people
// died. Published on Tuesday 2025-06-10: Sunday is 06-08, Saturday 06-07, Friday 06-06.

type Want = {
  type: 'attack' | 'killing';
  agent?: string[];
  patient?: string[];
  place?: string | null;
  date?: string | null;
};
type Case = {
  text: string;
  want?: Want[];
  none?: ('attack' | 'killing')[];
  count?: Partial<Record<'attack' | 'killing', number>>;
  /** "type(role:name)" no event may hold */
  without?: string[];
};

const A = (
  agent: string[] | undefined,
  place?: string | null,
  date?: string | null,
  patient?: string[],
): Want => ({
  type: 'attack',
  agent,
  patient,
  place,
  date,
});
const K = (
  agent: string[] | undefined,
  place?: string | null,
  date?: string | null,
  patient?: string[],
): Want => ({
  type: 'killing',
  agent,
  patient,
  place,
  date,
});

const ACTIVE: [string, Case][] = [
  [
    'stormed …, killing N',
    {
      text: 'Al-Shabaab gunmen stormed a seaside restaurant in Kismayo on Sunday, killing at least nine diners.',
      want: [A(['Al-Shabaab'], 'Kismayo', '2025-06-08'), K(['Al-Shabaab'], 'Kismayo', '2025-06-08')],
    },
  ],
  [
    'raided … and killed N',
    {
      text: 'Boko Haram fighters raided the village of Kawuri in Borno state on Saturday night and killed 14 farmers.',
      want: [A(['Boko Haram'], 'Kawuri', '2025-06-07'), K(['Boko Haram'], 'Kawuri', '2025-06-07')],
    },
  ],
  [
    'stormed … and shot dead N',
    {
      text: 'Fighters of the Allied Democratic Forces stormed a hospital in Byambwe on Friday and shot dead eleven patients.',
      want: [
        A(['Allied Democratic Forces'], 'Byambwe', '2025-06-06'),
        K(['Allied Democratic Forces'], 'Byambwe', '2025-06-06'),
      ],
    },
  ],
  [
    'ambushed',
    {
      text: 'ISWAP militants ambushed a military convoy near Damboa on Thursday.',
      want: [A(['ISWAP'], 'Damboa', '2025-06-05')],
      none: ['killing'],
    },
  ],
  [
    'opened fire on …, killing N',
    {
      text: 'Suspected ADF rebels opened fire on a market in Beni on Friday, killing six civilians.',
      want: [A(['ADF'], 'Beni', '2025-06-06'), K(['ADF'], 'Beni', '2025-06-06')],
    },
  ],
  [
    'overran',
    {
      text: 'Taliban fighters overran a police checkpoint in Kunduz on Wednesday.',
      want: [A(['Taliban'], 'Kunduz', '2025-06-04')],
    },
  ],
  [
    'fired missiles at',
    {
      text: 'Houthi rebels fired missiles at a cargo ship off Hodeidah on Monday.',
      want: [A(['Houthi'], 'Hodeidah', '2025-06-09')],
    },
  ],
  [
    'shelled …, killing N',
    {
      text: 'M23 rebels shelled the outskirts of Goma on Thursday, killing seven civilians.',
      want: [A(['M23'], 'Goma', '2025-06-05'), K(['M23'], 'Goma', '2025-06-05')],
    },
  ],
  [
    'bombed',
    {
      text: 'ELN guerrillas bombed an oil pipeline in Arauca on Monday.',
      want: [A(['ELN'], 'Arauca', '2025-06-09')],
    },
  ],
  [
    'G attacked …, a ministry said',
    {
      text: 'The PKK attacked a Turkish army outpost in Hakkari on Sunday, the defence ministry said.',
      want: [A(['PKK'], 'Hakkari', '2025-06-08')],
    },
  ],
  [
    'killed N in an attack on',
    {
      text: 'TTP militants killed 11 soldiers in an assault on a paramilitary fort in Bannu on Sunday.',
      want: [A(['TTP'], 'Bannu', '2025-06-08'), K(['TTP'], 'Bannu', '2025-06-08')],
    },
  ],
  [
    'killed named people',
    {
      text: 'Gunmen killed two village leaders, Yusuf Ali and Hassan Garba, in Gusau on Sunday.',
      want: [K([], 'Gusau', '2025-06-08', ['Hassan Garba', 'Yusuf Ali'])],
    },
  ],
  [
    'beheaded',
    {
      text: 'Abu Sayyaf militants beheaded a kidnapped fisherman on Jolo island on Tuesday.',
      want: [K(['Abu Sayyaf'], 'Jolo', '2025-06-10')],
    },
  ],
  [
    'abducted and killed',
    {
      text: 'Islamic State militants abducted and killed a shepherd near Palmyra on Wednesday.',
      want: [K(['Islamic State'], 'Palmyra', '2025-06-04')],
    },
  ],
  [
    'executed',
    {
      text: 'Hamas gunmen executed three men in Gaza City on Thursday, accusing them of collaborating with Israel.',
      want: [K(['Hamas'], 'Gaza City', '2025-06-05')],
    },
  ],
  [
    'security forces killed X in a raid',
    {
      text: 'Security forces killed Abdul Rahman, a local commander of the Islamic State, in a raid in Kirkuk on Sunday.',
      want: [K([], 'Kirkuk', '2025-06-08', ['Abdul Rahman'])],
    },
  ],
  [
    'troops killed N G fighters in an operation',
    {
      text: 'Nigerian troops killed 20 Boko Haram fighters in an operation near Bama on Monday.',
      want: [K([], 'Bama', '2025-06-09', ['Boko Haram'])],
    },
  ],
];

const MEANS: [string, Case][] = [
  [
    'a suicide bomber blew himself up …, killing N',
    {
      text: 'A suicide bomber detonated his vest inside a mosque in Peshawar on Friday, killing 30 worshippers.',
      want: [A([], 'Peshawar', '2025-06-06')],
      none: ['killing'],
    },
  ],
  [
    'a car bomb exploded …, killing N',
    {
      text: 'A car bomb exploded outside a police station in Baidoa on Monday, killing four officers.',
      want: [A([], 'Baidoa', '2025-06-09')],
      none: ['killing'],
    },
  ],
  [
    'a bomb … exploded …, killing N',
    {
      text: 'A bomb planted on a motorcycle exploded at a market in Quetta on Friday, killing three people. The Baloch Liberation Army said it had planted the bomb.',
      want: [
        A(['Baloch Liberation Army'], 'Quetta', '2025-06-06'),
        K(['Baloch Liberation Army'], 'Quetta', '2025-06-06'),
      ],
    },
  ],
  [
    'a roadside bomb went off',
    {
      text: 'A roadside bomb went off near a bus carrying pilgrims in Kirkuk on Tuesday.',
      want: [A([], 'Kirkuk', '2025-06-10')],
    },
  ],
  [
    'an IED killed N',
    {
      text: 'An IED killed three soldiers in Quetta on Wednesday.',
      want: [K([], 'Quetta', '2025-06-04')],
    },
  ],
  [
    'a drone strike killed X',
    {
      text: 'A US drone strike killed Ahmed Diriye, a senior commander of al-Shabaab, near Jilib on Thursday.',
      want: [K([], 'Jilib', '2025-06-05', ['Ahmed Diriye'])],
    },
  ],
  [
    'rockets hit',
    {
      text: 'Rockets hit the U.S. embassy compound in Baghdad on Sunday.',
      want: [A([], 'Baghdad', '2025-06-08')],
    },
  ],
  [
    'a suicide car bomber rammed',
    {
      text: 'A suicide car bomber rammed a military checkpoint in Mogadishu on Thursday.',
      want: [A([], 'Mogadishu', '2025-06-05')],
    },
  ],
  [
    'hurled a grenade at',
    {
      text: 'Militants hurled a grenade at a police patrol in Sopore on Monday, wounding three officers.',
      want: [A([], 'Sopore', '2025-06-09')],
    },
  ],
  [
    'a suicide car bomber targeted',
    {
      text: 'A suicide car bomber targeted a convoy of African Union troops near Marka on Friday.',
      want: [A([], 'Marka', '2025-06-06')],
    },
  ],
  [
    'grenades were thrown at',
    {
      text: 'Two grenades were thrown at a bus stop in Srinagar on Sunday, wounding 10 people.',
      want: [A([], 'Srinagar', '2025-06-08')],
    },
  ],
];

const PASSIVE: [string, Case][] = [
  [
    'X was shot dead by G',
    {
      text: 'A village chief, Ibrahim Musa, was shot dead by Boko Haram gunmen in Konduga on Monday.',
      want: [K(['Boko Haram'], 'Konduga', '2025-06-09', ['Ibrahim Musa'])],
    },
  ],
  [
    'N were gunned down',
    {
      text: 'Two aid workers were gunned down in Gao on Saturday.',
      want: [K([], 'Gao', '2025-06-07')],
    },
  ],
  [
    'X was beheaded by G',
    {
      text: 'A local journalist, Ahmad Karimi, was beheaded by Islamic State militants in Jalalabad on Friday.',
      want: [K(['Islamic State'], 'Jalalabad', '2025-06-06', ['Ahmad Karimi'])],
    },
  ],
  [
    'X was killed in a raid',
    {
      text: 'Senior ISWAP commander Abu Musab was killed in a military raid near Monguno on Friday.',
      want: [K([], 'Monguno', '2025-06-06', ['Abu Musab'])],
    },
  ],
  [
    'a police station was attacked by G',
    {
      text: 'A police station in Bannu was attacked by TTP militants on Friday.',
      want: [A(['TTP'], 'Bannu', '2025-06-06')],
    },
  ],
  [
    'a convoy was ambushed',
    {
      text: 'A convoy carrying UN peacekeepers was ambushed near Kidal on Thursday.',
      want: [A([], 'Kidal', '2025-06-05')],
    },
  ],
  [
    'N were killed when unnamed men stormed',
    {
      text: 'Nine soldiers were killed and six wounded when insurgents overran a border outpost near Djibo on Sunday.',
      want: [A([], 'Djibo', '2025-06-08')],
      none: ['killing'],
    },
  ],
  [
    'N were killed when G attacked',
    {
      text: 'Seven policemen were killed when Balochistan Liberation Army fighters attacked a checkpoint in Turbat on Saturday.',
      want: [
        A(['Balochistan Liberation Army'], 'Turbat', '2025-06-07'),
        K(['Balochistan Liberation Army'], 'Turbat', '2025-06-07'),
      ],
    },
  ],
  [
    'N died when G attacked',
    {
      text: 'At least 20 people died when Boko Haram fighters attacked a camp for displaced people in Dikwa on Wednesday.',
      want: [A(['Boko Haram'], 'Dikwa', '2025-06-04'), K(['Boko Haram'], 'Dikwa', '2025-06-04')],
    },
  ],
  [
    'N were killed on DAY when a drone struck …; named next',
    {
      text: 'Two men were killed on Thursday when a drone struck their car near Jilib. Local elders identified them as Hassan Abdi and Omar Yusuf.',
      want: [
        A([], 'Jilib', '2025-06-05', ['Hassan Abdi', 'Omar Yusuf']),
        K([], 'Jilib', '2025-06-05', ['Hassan Abdi', 'Omar Yusuf']),
      ],
    },
  ],
  [
    'N were shot dead late on DAY as gunmen raided …; claimed',
    {
      text: 'Four policemen were shot dead late on Friday as gunmen raided a checkpoint in Bannu. The Tehrik-i-Taliban Pakistan claimed the raid.',
      want: [
        A(['Tehrik-i-Taliban Pakistan'], 'Bannu', '2025-06-06'),
        K(['Tehrik-i-Taliban Pakistan'], 'Bannu', '2025-06-06'),
      ],
    },
  ],
  [
    'N died in a bomb blast',
    {
      text: 'Three soldiers died in a roadside bomb blast in Diffa on Saturday. Boko Haram claimed the blast.',
      want: [A(['Boko Haram'], 'Diffa', '2025-06-07'), K(['Boko Haram'], 'Diffa', '2025-06-07')],
    },
  ],
  [
    'N were killed in an attack by G',
    {
      text: 'Nine farmers were killed in an attack by ISWAP fighters on the village of Mafa on Monday.',
      want: [A(['ISWAP'], 'Mafa', '2025-06-09'), K(['ISWAP'], 'Mafa', '2025-06-09')],
    },
  ],
];

const NOMINAL: [string, Case][] = [
  [
    'the attack, claimed by G, killed N',
    {
      text: 'The attack, claimed by the Balochistan Liberation Army, killed seven policemen in Turbat on Saturday.',
      want: [
        A(['Balochistan Liberation Army'], 'Turbat', '2025-06-07'),
        K(['Balochistan Liberation Army'], 'Turbat', '2025-06-07'),
      ],
    },
  ],
  [
    'the bombing, which killed N, was claimed by G',
    {
      text: 'The bombing, which killed 12 people at a market in Maiduguri on Tuesday, was claimed by ISWAP.',
      want: [A(['ISWAP'], 'Maiduguri', '2025-06-10'), K(['ISWAP'], 'Maiduguri', '2025-06-10')],
    },
  ],
  [
    'the killing of X by G',
    {
      text: 'The killing of Somali lawmaker Abdullahi Farah by al-Shabaab in Mogadishu on Friday drew condemnation.',
      want: [K(['al-Shabaab'], 'Mogadishu', '2025-06-06', ['Abdullahi Farah'])],
    },
  ],
  [
    'the massacre of N',
    {
      text: 'The massacre of 40 villagers in Djugu on Friday was blamed on the CODECO militia.',
      want: [K(['CODECO'], 'Djugu', '2025-06-06')],
    },
  ],
  [
    'G massacred N',
    {
      text: 'ADF rebels massacred 30 villagers in Lubero on Sunday.',
      want: [K(['ADF'], 'Lubero', '2025-06-08')],
    },
  ],
  [
    'G carried out the massacre of N',
    {
      text: 'ISWAP carried out the massacre of 12 fishermen near Baga on Monday, the army said.',
      want: [K(['ISWAP'], 'Baga', '2025-06-09')],
    },
  ],
  [
    'the assassination of the TITLE X by G',
    {
      text: 'The assassination of the police chief Peter Mwangi by al-Shabaab gunmen in Garissa on Saturday shocked residents.',
      want: [K(['al-Shabaab'], 'Garissa', '2025-06-07', ['Peter Mwangi'])],
    },
  ],
  [
    'an assault … left N dead',
    {
      text: 'An assault by Islamic State fighters on a military base in Tillaberi on Tuesday left 17 soldiers dead.',
      want: [
        A(['Islamic State'], 'Tillaberi', '2025-06-10'),
        K(['Islamic State'], 'Tillaberi', '2025-06-10'),
      ],
    },
  ],
  [
    "G's attack on … killed N",
    {
      text: "Al-Shabaab's attack on an army base near Balcad on Thursday killed at least 15 soldiers.",
      want: [A(['Al-Shabaab'], 'Balcad', '2025-06-05'), K(['Al-Shabaab'], 'Balcad', '2025-06-05')],
    },
  ],
  [
    'G carried out an attack',
    {
      text: 'Jaish-e-Mohammed carried out a suicide attack on a paramilitary convoy in Pulwama on Friday, killing 14 troopers.',
      want: [
        A(['Jaish-e-Mohammed'], 'Pulwama', '2025-06-06'),
        K(['Jaish-e-Mohammed'], 'Pulwama', '2025-06-06'),
      ],
    },
  ],
];

const ACROSS: [string, Case][] = [
  [
    'its fighters, the group named before',
    {
      text: 'JNIM has stepped up its attacks in central Mali. On Friday, its fighters ambushed a convoy near Mopti, killing eight soldiers.',
      want: [A(['JNIM'], 'Mopti', '2025-06-06'), K(['JNIM'], 'Mopti', '2025-06-06')],
    },
  ],
  [
    'claimed in the next sentence',
    {
      text: 'Gunmen attacked a church in Kasese on Sunday, killing five worshippers. The Allied Democratic Forces claimed responsibility for the attack.',
      want: [
        A(['Allied Democratic Forces'], 'Kasese', '2025-06-08'),
        K(['Allied Democratic Forces'], 'Kasese', '2025-06-08'),
      ],
    },
  ],
  [
    'a bombing claimed later',
    {
      text: 'A suicide bomber detonated his vest inside a mosque in Peshawar on Friday, killing 30 worshippers. The Islamic State claimed the bombing.',
      want: [A(['Islamic State'], 'Peshawar', '2025-06-06'), K(['Islamic State'], 'Peshawar', '2025-06-06')],
    },
  ],
  [
    'N were killed when unnamed men stormed …; G claimed',
    {
      text: 'Twelve soldiers were killed when militants overran a base near Diapaga on Sunday. JNIM claimed responsibility for the assault a day later.',
      want: [A(['JNIM'], 'Diapaga', '2025-06-08'), K(['JNIM'], 'Diapaga', '2025-06-08')],
    },
  ],
  [
    'N died when unnamed men attacked …; G claimed',
    {
      text: 'Six traders died when gunmen attacked a bus near Mandera on Saturday. Al-Shabaab said it carried out the attack.',
      want: [A(['Al-Shabaab'], 'Mandera', '2025-06-07'), K(['Al-Shabaab'], 'Mandera', '2025-06-07')],
    },
  ],
  [
    'the lead told in full later, then claimed',
    {
      text: 'Nine gendarmes were killed when gunmen raided a camp near Kandi, the government said on Tuesday. Dozens of assailants assaulted the camp before dawn on Sunday. JNIM claimed responsibility for the raid in a statement.',
      want: [A(['JNIM'], 'Kandi'), K(['JNIM'], 'Kandi')],
      count: { attack: 1 },
    },
  ],
  [
    'the lead told in full later by its doers',
    {
      text: 'Six policemen were killed and two wounded when militants attacked a checkpoint in Dera Ismail Khan, officials said on Monday. The Pakistani Taliban said its fighters had raided the checkpoint on Saturday night.',
      want: [K(['Pakistani Taliban'], 'Dera Ismail Khan')],
    },
  ],
  [
    'the lead with nobody named, told in full by the act a claim names',
    {
      text: 'Seven policemen were killed when gunmen attacked a checkpoint near Tillaberi, the interior ministry said on Wednesday. Around fifty fighters on motorbikes attacked the position at dawn on Monday, police chief Colonel Ali Mahamadou wrote in a report. The Islamic State Sahel Province claimed responsibility on Tuesday.',
      want: [
        { type: 'attack', agent: ['Islamic State Sahel Province'], place: 'Tillaberi', date: '2025-06-09' },
        K(['Islamic State Sahel Province'], 'Tillaberi', '2025-06-09'),
      ],
    },
  ],
  [
    'the lead with nobody named, told in full: a second wording',
    {
      text: "Five guards were shot dead when armed men raided a gold mine near Kaya, the mines ministry said on Thursday. Scores of fighters attacked the site before dawn on Tuesday, as a note issued by the company's security chief, Major Paul Kabore, put it. JNIM claimed the attack on Wednesday.",
      want: [{ type: 'attack', agent: ['JNIM'], place: 'Kaya' }, K(['JNIM'], 'Kaya', '2025-06-10')],
    },
  ],
  [
    'a raid told again with its toll',
    {
      text: 'Al-Shabaab fighters raided a border post in Mandera on Friday. Four officers were killed in the raid, police said.',
      want: [A(['Al-Shabaab'], 'Mandera', '2025-06-06'), K(['Al-Shabaab'], 'Mandera', '2025-06-06')],
    },
  ],
  [
    'the attack told twice stays one',
    {
      text: 'Gunmen stormed a school in Kaduna on Monday. The attack on the school lasted two hours, police said.',
      want: [A([], 'Kaduna', '2025-06-09')],
      count: { attack: 1 },
    },
  ],
  [
    'an ambush told again with its toll',
    {
      text: 'ISWAP fighters ambushed a patrol near Marte on Sunday. Nine soldiers were killed in the ambush, a military source said.',
      want: [A(['ISWAP'], 'Marte', '2025-06-08'), K(['ISWAP'], 'Marte', '2025-06-08')],
      count: { attack: 1 },
    },
  ],
];

const NOT_DONE: [string, Case][] = [
  [
    'a threat',
    { text: 'Al-Shabaab threatened to attack polling stations in Mogadishu.', none: ['attack', 'killing'] },
  ],
  [
    'a plot foiled',
    { text: 'Police said they foiled a plot to bomb a church in Kano on Sunday.', none: ['attack'] },
  ],
  ['a fear', { text: 'Authorities fear ISWAP may launch fresh attacks on Monguno.', none: ['attack'] }],
  [
    'a toll over years',
    {
      text: 'Boko Haram, which has killed more than 35,000 people since 2009, remains active in Borno.',
      none: ['killing'],
    },
  ],
  [
    'a denial of a plan',
    {
      text: 'The Taliban denied that they were planning to attack foreign troops in Kandahar.',
      none: ['attack'],
    },
  ],
  [
    'nobody killed',
    {
      text: 'Gunmen attacked a police post in Bannu on Sunday, but nobody was killed.',
      want: [A([], 'Bannu', '2025-06-08')],
      none: ['killing'],
    },
  ],
  [
    "the attackers' own dead",
    {
      text: 'Boko Haram fighters attacked a base in Bama on Sunday, and 12 insurgents were killed in the fighting.',
      want: [A(['Boko Haram'], 'Bama', '2025-06-08')],
      none: ['killing'],
    },
  ],
  [
    'an attack beaten back',
    {
      text: 'Troops repelled an attack by ISWAP on Monguno on Friday, killing dozens of the assailants.',
      want: [A(['ISWAP'])],
      without: ['killing(agent:ISWAP)'],
    },
  ],
  [
    'a count told by a verb of its own before the act',
    {
      text: 'Troops killed three members of ISWAP, among them a commander wanted for a bombing in Maiduguri, on Sunday.',
      without: ['killing(agent:ISWAP)'],
    },
  ],
  [
    'a conditional',
    {
      text: 'If the army withdraws, the militants will attack the town of Kidal again, residents said.',
      none: ['attack'],
    },
  ],
];

eventBattery('events23 battery: attacks and killings in the constructions of news reporting', [
  ['told by an active verb', ACTIVE],
  ['told by a weapon or a bomber', MEANS],
  ['told in the passive or as deaths', PASSIVE],
  ['told by a noun', NOMINAL],
  ['told across sentences', ACROSS],
  ['not done, or not an incident', NOT_DONE],
]);
