import { describe, it } from 'vitest';
import { checkSpeaker, type QuoteCase } from './quotes-helpers.js';

// speakers36: a body that speaks by a common noun ("the group", "the agency", "the office", "a
// police statement") stands for the body of that kind the article named. Every passage is written
// for this test, with names and places of its own; each reading is exercised by four passages or more.

const check = (c: QuoteCase): void => checkSpeaker(c, '2025-06-11');

const OWNED_STATEMENT: QuoteCase[] = [
  {
    what: 'G’s statement said, G an acronym',
    text: 'The army’s press office, the Directorate of Defence Information (DDI), announced the end of the operation near Tanout.\n\n"Nineteen bandits were neutralised and their camp destroyed," DDI’s statement said.',
    quote: 'Nineteen bandits were',
    want: { name: 'Directorate of Defence Information' },
  },
  {
    what: 'the outfit’s statement said',
    text: 'The Lashkar-e-Jhangvi al-Alami has denied planting the bomb at the shrine in Sehwan.\n\n"We have never attacked worshippers," the outfit\'s statement said.',
    quote: 'We have never attacked',
    want: { name: 'Lashkar-e-Jhangvi al-Alami' },
  },
  {
    what: 'the group’s statement read, passive report before it',
    text: 'A roadside bomb was claimed by the Ansar al-Haqq Brigades on Friday.\n\n"The vehicle of the tyrants was destroyed with all inside it," the group\'s statement read.',
    quote: 'The vehicle of the tyrants',
    want: { name: 'Ansar al-Haqq Brigades' },
  },
  {
    what: 'a police statement said, the police named in full before',
    text: 'The Tanzania Police Force detained five men in Mtwara on suspicion of recruiting for insurgents across the border.\n\n"They were found with maps and large sums of cash," a police statement said.',
    quote: 'They were found with maps',
    want: { name: 'Tanzania Police Force' },
  },
  {
    what: 'an army statement said, the army named in full before',
    text: 'The Chadian National Army pushed back an assault on its post at Ngouboua on Sunday night.\n\n"Our men held their ground until dawn, and seventeen assailants died," an army statement said.',
    quote: 'Our men held',
    want: { name: 'Chadian National Army' },
  },
  {
    what: 'the ministry’s latest communiqué said',
    text: 'Benin\'s Ministry of Defence was criticised after two more attacks in the north.\n\n"Reinforcements reached Karimama on Monday," the ministry\'s latest communique said.',
    quote: 'Reinforcements reached',
    want: { name: 'Ministry of Defence' },
  },
];

const BODY_NOUNS: QuoteCase[] = [
  {
    what: 'the office, named with its holder’s title',
    text: "Peru's Public Prosecutor's Office charged nine former rebels over the massacre in Ayacucho.\n\n\"The victims' families have waited four decades for this day,\" the office said.",
    quote: 'The victims',
    want: { name: "Public Prosecutor's Office" },
  },
  {
    what: 'the office, after a passive sentence',
    text: 'Arrest warrants were issued on Tuesday by the Office of the Special Prosecutor in Bogota.\n\n"The accused ordered the killings of community leaders," said the office.',
    quote: 'The accused ordered',
    want: { name: 'Office of the Special Prosecutor' },
  },
  {
    what: 'the Kurdish-led force said',
    text: 'The Syrian Democratic Forces arrested dozens of suspects in raids east of Deir ez-Zor.\n\n"The cell was preparing car bombs," the Kurdish-led force said.',
    quote: 'The cell was preparing',
    want: { name: 'Syrian Democratic Forces' },
  },
  {
    what: 'the paramilitary force',
    text: 'Fighting flared around El Fasher as the Rapid Support Forces shelled the city\'s last hospital.\n\n"We are targeting army positions only," the paramilitary force said in a statement.',
    quote: 'We are targeting',
    want: { name: 'Rapid Support Forces' },
  },
  {
    what: 'the agency, the group’s own news agency',
    text: 'The Islamic State claimed the bombing of the church in Kasindi through its Amaq news agency.\n\n"A soldier of the caliphate detonated his explosive belt," the agency said.',
    quote: 'A soldier of the caliphate',
    want: { name: 'Amaq' },
  },
  {
    what: 'the agency, their news agency, in another sentence order',
    text: 'Houthi fighters released footage of the seized ship through their Saba news agency on Sunday.\n\nAccording to the agency, "the crew are in good health and will be treated as guests."',
    quote: 'the crew are in good health',
    want: { name: 'Saba' },
  },
  {
    what: 'the agency, a state news agency owned by the government',
    text: 'The junta announced the arrests of two former ministers through its Sahel Press news agency on Friday.\n\n"They were plotting to destabilise the transition," the agency said.',
    quote: 'They were plotting',
    want: { name: 'Sahel Press' },
  },
  {
    what: 'said the agency, after a media agency named by its owner',
    text: 'The Baloch rebels posted a video of the attack on the train through their Zrumbesh media agency.\n\n"Our fighters will not stop until the occupation ends," said the agency.',
    quote: 'Our fighters will not stop',
    want: { name: 'Zrumbesh' },
  },
  {
    what: 'the office, a procurator’s office, a day later',
    text: 'The Regional Procurator\'s Office in Kherson opened a war crimes case on Monday.\n\nInvestigators visited the village the next day.\n\n"Civilians were held in a basement for weeks," the office said.',
    quote: 'Civilians were held',
    want: { name: "Regional Procurator's Office" },
  },
  {
    what: 'according to the office',
    text: 'The Attorney General\'s Office in Kabul has reopened the file on the bombing of the wedding hall.\n\nAccording to the office, "new witnesses have come forward in recent weeks."',
    quote: 'new witnesses have come',
    want: { name: "Attorney General's Office" },
  },
  {
    what: 'the force, a defence force named in full',
    text: 'The Uganda People\'s Defence Force sent two battalions across the border into Ituri.\n\n"Our troops will stay until the rebels are defeated," the force said on Wednesday.',
    quote: 'Our troops will stay',
    want: { name: "Uganda People's Defence Force" },
  },
];

const SECURITY_FORCES: QuoteCase[] = [
  {
    what: 'the security forces said stays a description',
    text: 'The Rapid Support Forces were blamed for the looting of the market in Nyala.\n\n"The looters were caught and disarmed," the security forces said.',
    quote: 'The looters were caught',
    want: { desc: 'security forces' },
  },
];

const FAR_GROUP: QuoteCase[] = [
  {
    what: 'the group, seven sentences after the only armed group',
    text: 'The Zintan Martyrs Brigade overran an army outpost south of Sirte on Monday.\n\nOfficials said the outpost held about thirty soldiers.\n\nThe road to the coast was closed for hours.\n\nHospitals in the city appealed for blood donors.\n\nThe government called an emergency meeting.\n\nSchools in the district stayed shut on Tuesday.\n\nFamilies waited outside the morgue for news.\n\n"We warned them to leave our land," the group said in a video.',
    quote: 'We warned them',
    want: { name: 'Zintan Martyrs Brigade' },
  },
  {
    what: 'the movement, far after a group named as a possessor',
    text: 'Fighters of Harakat Ahrar al-Jazira ambushed a supply convoy near Kassala.\n\nThe convoy carried fuel and flour.\n\nFour drivers were missing by nightfall.\n\nAid agencies suspended their work in the area.\n\nThe local governor imposed a curfew.\n\nMarkets were closed on Wednesday.\n\nDozens of families left for the capital.\n\n"The convoy was feeding the enemy," the movement said on Thursday.',
    quote: 'The convoy was feeding',
    want: { name: 'Harakat Ahrar al-Jazira' },
  },
  {
    what: 'the outfit, far after a group named in the passive',
    text: 'Two police officers were shot dead in Bannu by gunmen of the Ittehad-ul-Mujahideen Front, witnesses said.\n\nThe officers were guarding a polio team.\n\nThe vaccination drive was suspended.\n\nHealth workers staged a protest.\n\nThe provincial government promised more guards.\n\nSchools were closed across the district.\n\nTraders shut their shops.\n\n"The vaccinators are spies," the outfit said in a pamphlet.',
    quote: 'The vaccinators are spies',
    want: { name: 'Ittehad-ul-Mujahideen Front' },
  },
  {
    what: 'the militia, far after the only armed group',
    text: 'The Nduma Defence Front seized two villages near Walikale last week.\n\nResidents fled into the forest.\n\nAid workers said food stocks were running out.\n\nThe army promised to retake the area.\n\nSoldiers arrived on Saturday.\n\nThe fighting lasted two days.\n\nMany houses were burned.\n\n"We defend our land against the foreigners," the militia said.',
    quote: 'We defend our land',
    want: { name: 'Nduma Defence Front' },
  },
];

const MEN_OF_THE_GROUP: QuoteCase[] = [
  {
    what: 'the insurgents, a group known as armed by its name only',
    text: 'Ansar al-Tawhid fighters burned a village near Mueda.\n\n"The enemy has been defeated," the insurgents said in a statement.',
    quote: 'The enemy has been',
    want: { name: 'Ansar al-Tawhid' },
  },
  {
    what: 'the militants, a front named before',
    text: 'The Liberation Front of the Ogaden Plains kidnapped three oil workers near Degehabur.\n\n"The foreigners will be freed when the company leaves," the militants said in a message to a local radio station.',
    quote: 'The foreigners will be freed',
    want: { name: 'Liberation Front of the Ogaden Plains' },
  },
  {
    what: 'the rebels, a brigade named in the passive',
    text: 'A government helicopter was shot down over Jabal Marra by the Free Darfur Brigade.\n\n"We will down every aircraft that bombs our villages," the rebels said.',
    quote: 'We will down every',
    want: { name: 'Free Darfur Brigade' },
  },
  {
    what: 'the jihadists, a jund group',
    text: 'Jund al-Haqq claimed the killing of six gendarmes in the north of Togo.\n\n"Any soldier on our land is a target," the jihadists said in a video.',
    quote: 'Any soldier on our land',
    want: { name: 'Jund al-Haqq' },
  },
];

describe('speakers36: a body’s statement, owned or named by the body’s noun, is the body’s', () => {
  for (const c of OWNED_STATEMENT) it(c.what, () => check(c));
});

describe('speakers36: "the office", "the force", "the agency" stand for the body named with that noun', () => {
  for (const c of BODY_NOUNS) it(c.what, () => check(c));
  for (const c of SECURITY_FORCES) it(c.what, () => check(c));
});

describe('speakers36: "the group" far back is the one armed group the article named', () => {
  for (const c of FAR_GROUP) it(c.what, () => check(c));
});

describe('speakers36: "the insurgents" stand for the one armed group, its kind told by its name', () => {
  for (const c of MEN_OF_THE_GROUP) it(c.what, () => check(c));
});

const BY_CLASS: QuoteCase[] = [
  {
    what: 'the Britain-based monitor, an observatory named before',
    text: 'The Syrian Network for War Monitoring said shelling had killed nine people in Atarib.\n\n"Four of the dead were children," the Britain-based monitor said.',
    quote: 'Four of the dead',
    want: { name: 'Syrian Network for War Monitoring' },
  },
  {
    what: 'the watchdog, a watch named before an armed group',
    text: 'Yemen Conflict Watch blamed the Houthis for a drone strike on a market in Taiz.\n\n"Civilians are being targeted deliberately," the watchdog said on Monday.',
    quote: 'Civilians are being targeted',
    want: { name: 'Yemen Conflict Watch' },
  },
  {
    what: 'according to the monitor, an observatory in the passive',
    text: 'At least thirty fighters were killed in the clashes, according to a toll issued by the Libyan Observatory for Civilian Protection.\n\nAccording to the monitor, "the fighting moved into residential streets by nightfall."',
    quote: 'the fighting moved',
    want: { name: 'Libyan Observatory for Civilian Protection' },
  },
  {
    what: 'the rights group, named after the armed group it accuses',
    text: 'Al-Shabaab executed two men in Jilib after a trial by its own court, Amnesty International said.\n\n"Neither man was allowed a lawyer," the rights group said.',
    quote: 'Neither man was allowed',
    want: { name: 'Amnesty International' },
  },
  {
    what: 'the human rights group, named after the militia it accuses',
    text: 'The Wagner Group was accused of killing herders near Nara by the Sahel Rights Observatory.\n\n"The victims were unarmed," the human rights group said in a report.',
    quote: 'The victims were unarmed',
    want: { name: 'Sahel Rights Observatory' },
  },
  {
    what: 'said the rights organisation, an armed group between',
    text: 'The Arakan Rights Collective documented the burning of a village near Maungdaw.\n\nIt blamed the Arakan Army for the fire.\n\n"At least two hundred homes were destroyed," said the rights organisation.',
    quote: 'At least two hundred',
    want: { name: 'Arakan Rights Collective' },
  },
  {
    what: 'the charity, a medical aid body named after the militia',
    text: 'Fighters of the Forces Patriotiques looted a clinic run by the Kivu Medical Relief Foundation near Rutshuru.\n\n"Our staff had to flee with the patients," the charity said.',
    quote: 'Our staff had to flee',
    want: { name: 'Kivu Medical Relief Foundation' },
  },
  {
    what: 'the aid group, a relief body named after the armed group',
    text: 'Boko Haram abducted two workers of the Borno Relief Network near Monguno.\n\n"We are in contact with the families," the aid group said.',
    quote: 'We are in contact',
    want: { name: 'Borno Relief Network' },
  },
  {
    what: 'said the medical charity, a foundation',
    text: 'The Rapid Support Forces shelled a hospital supported by the Nile Health Foundation in El Obeid.\n\n"Two of our nurses were wounded," said the medical charity.',
    quote: 'Two of our nurses',
    want: { name: 'Nile Health Foundation' },
  },
  {
    what: 'the press freedom group, a committee of journalists',
    text: 'The Taliban detained a radio reporter in Khost, the Afghan Journalists Safety Committee said.\n\n"He was beaten during questioning," the press freedom group said.',
    quote: 'He was beaten during',
    want: { name: 'Afghan Journalists Safety Committee' },
  },
  {
    what: 'the media watchdog, reporters named before a militia',
    text: 'The Association of Sahel Reporters condemned the kidnapping of a journalist by the Katiba Macina near Mopti.\n\n"Journalists are not party to this war," the media watchdog said.',
    quote: 'Journalists are not party',
    want: { name: 'Association of Sahel Reporters' },
  },
  {
    what: 'the regional bloc, a community of states',
    text: 'The Economic Community of Central African States suspended Gabon after the coup.\n\n"Constitutional order must be restored quickly," the regional bloc said.',
    quote: 'Constitutional order must',
    want: { name: 'Economic Community of Central African States' },
  },
  {
    what: 'said the bloc, a union of states, after the junta',
    text: 'The junta in Niamey rejected the sanctions imposed by the West African Monetary Union.\n\n"The sanctions will stay until the president is freed," said the bloc.',
    quote: 'The sanctions will stay',
    want: { name: 'West African Monetary Union' },
  },
];

const BY_CLASS_NONE: QuoteCase[] = [
  {
    what: 'the rights group, no rights body named: not the armed group',
    text: 'The Lord\'s Resistance Army abducted twelve children near Obo.\n\n"The children are used as porters and fighters," the rights group said.',
    quote: 'The children are used',
    want: { desc: 'the rights group' },
  },
];

describe('speakers36: "the monitor", "the rights group", "the charity", "the bloc" are the body of that class', () => {
  for (const c of BY_CLASS) it(c.what, () => check(c));
  for (const c of BY_CLASS_NONE) it(c.what, () => check(c));
});
