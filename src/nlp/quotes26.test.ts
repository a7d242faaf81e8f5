import { describe, expect, it } from 'vitest';
import { type QuoteCase as Case, checkSpeaker } from '../../test/quotes-helpers.js';
import { extract } from './pipeline.js';

// quotes26: a battery of quote constructions of news reporting (issue #10) in which the speaker was
// lost: a name cut by a word the lists keep out of names ("Abu Eid") or by a particle no list held
// ("ould", "ag"), a legislator's constituency taken into the name, a conjunct speech verb given to the
// clause it follows, "the militia" for the wrong group, a negated verb read as attribution, a role
// noun read across a sentence, unnamed sources no noun list knew. Every passage is written for this
// test; each rule is exercised by two passages or more, with names, places and word order varied.

const check = (c: Case): void => checkSpeaker(c, '2024-06-12');

const BATTERY: Case[] = [
  // ---- a kinship particle before a word the lists keep out of names (Abu Eid, Ibn Eid, Abu Ramadan)
  {
    what: 'Town + Abu + surname',
    text: 'The militia still guards the road. Salem Abu Eid, a commander of the militia in Arish, said his men joined the search. "We know these routes," Abu Eid said.',
    quote: 'We know these routes',
    want: { name: 'Salem Abu Eid' },
  },
  {
    what: 'kunya: given + Abu + festival word',
    text: 'Tribal fighters joined the search on Friday. Khalil Abu Ramadan, a tribal elder from Rafah, said the attackers fled south. "They left their cars and walked into the dunes," Abu Ramadan said.',
    quote: 'They left their cars',
    want: { name: 'Khalil Abu Ramadan' },
  },
  {
    what: 'ibn + holiday word',
    text: '"We will not hand over the prisoners," said Hamid Ibn Eid, a commander of the brigade.',
    quote: 'We will not hand over',
    want: { name: 'Hamid Ibn Eid' },
  },
  // ---- the Moorish and Tuareg 'son of' written in lower case (ould, ag)
  {
    what: 'ould in name',
    text: 'Mauritanian troops have reinforced the border. "No armed group will use our territory as a rear base," Mohamed ould Cheikh, the defence minister, said.',
    quote: 'No armed group will use',
    want: { name: 'Mohamed ould Cheikh' },
  },
  {
    what: 'ag in name',
    text: 'Talks resumed in Algiers this week. "We want a real autonomy for the north, not promises," said Bilal ag Acherif, a leader of the coalition.',
    quote: 'We want a real autonomy',
    want: { name: 'Bilal ag Acherif' },
  },
  {
    what: 'ould second',
    text: 'Herders crossed the border at night. "We lost forty camels to the gunmen," Ahmed ould Sidi, a herder from Bassikounou, told reporters.',
    quote: 'We lost forty camels',
    want: { name: 'Ahmed ould Sidi' },
  },
  // ---- a speech verb joined to a clause another speech verb reports (said … and claimed that “…”)
  {
    what: 'In a statement, its spokesman X said ... and claimed that "…"',
    text: 'The party denied that its workers had fired at police. In a statement, its spokesman Qari Jameel Rahmani said the rally was peaceful and claimed that police had used "live rounds against unarmed marchers".',
    quote: 'live rounds against unarmed',
    want: { name: 'Qari Jameel Rahmani' },
  },
  {
    what: 'conjunct warned after reported clause',
    text: 'Defence Minister Amina Yusuf said the army was ready and warned that the rebels would face "a response they will not forget soon".',
    quote: 'a response they will not',
    want: { name: 'Amina Yusuf' },
  },
  // ---- "the militia" for the body the text called so ("the Dogon militia X", a name opening with a given name)
  {
    what: 'the Dogon militia NAME ... The militia said',
    text: 'Jihadists attacked a camp of hunters belonging to the Bambara militia Danna Sofo near Segou. The militia, which has fought the jihadists for years, said in a statement that it would "answer every attack on our villages".',
    quote: 'answer every attack on our',
    want: { name: 'Danna Sofo' },
  },
  {
    what: 'the militia with given-name-like name',
    text: 'Gunmen killed six members of the Dogon militia Dan Na Pulo near Bankass. The militia said on Monday it would "defend our people with or without the army".',
    quote: 'defend our people',
    want: { name: 'Dan Na Pulo' },
  },
  // ---- a negated verb of speaking after a quote is no attribution ("a claim AFP was unable to confirm")
  {
    what: 'It said, a claim AFP was unable to confirm',
    text: 'Al-Shabaab said it carried out the attack on the base near Kismayo. The group said it had "wiped out an entire company of invaders", a claim AFP was unable to confirm.',
    quote: 'wiped out an entire company',
    want: { name: 'Al-Shabaab' },
  },
  {
    what: 'negated: did not confirm',
    text: 'The army said it had killed a senior commander in the raid. Jama\'at Nasr al-Islam said its fighters had shot down "two helicopters of the crusader army", a claim the military did not confirm.',
    quote: 'two helicopters of the crusader',
    want: { name: "Jama'at Nasr al-Islam" },
  },
  // ---- "the official" / "the spokesman": a role noun of the next paragraph is not the role of the name before
  {
    what: 'A senior official of X, speaking on condition of anonymity, said ... "…," the official said.',
    text: '"We cannot sell anything while the roads are shut," said Rashid Mahmood, a grocer in Gujranwala.\n\nA senior official of the Sindh interior department, speaking on condition of anonymity, said talks with the protesters had failed. "They want guarantees that nobody can give," the official said.',
    quote: 'They want guarantees',
    want: { desc: 'senior official' },
  },
  {
    what: 'roleHolder clip: spokesman of next para',
    text: '"Our goats were taken before dawn," said Musa Abdallah, a farmer near Goz Beida.\n\nA police spokesman in the region said officers were looking for the thieves. "We have set up checkpoints on every road out of the town," the spokesman said.',
    quote: 'We have set up checkpoints',
    want: { desc: 'police spokesman' },
  },
  // ---- the people news quotes without a name: refugee, hostage
  {
    what: 'A refugee ..., who spoke ... because he feared ..., said. "…," he said',
    text: 'Aid groups suspended work in the camp on Monday. A UN spokeswoman in Geneva said staff were safe.\n\nA trader in the camp market, who spoke on condition of anonymity because he feared reprisals, said shops had stayed closed all week. "They come at night and take whatever they want," he said.',
    quote: 'They come at night and take',
    want: { desc: 'trader' },
  },
  {
    what: 'hostage he said',
    text: 'Police Commissioner Hassan Ali said the victims were freed on Monday.\n\nA hostage who was held for six weeks in the forest, and who asked not to be named, said the kidnappers moved every night. "They tied our hands and made us walk in the dark," he said.',
    quote: 'They tied our hands',
    want: { desc: 'hostage' },
  },
  // ---- an English word ending in -us is no Arabic construct (Precious, Glorious)
  {
    what: 'African virtue names 2',
    text: 'Precious Moyo lost her brother in the ambush. "He was only going to the market," Moyo said.',
    quote: 'He was only going',
    want: { name: 'Precious Moyo' },
  },
  {
    what: 'Glorious Ncube (-us English word)',
    text: 'Glorious Ncube waited outside the police station all day. "They will not tell me where my son is," Ncube said.',
    quote: 'They will not tell me',
    want: { name: 'Glorious Ncube' },
  },
  // ---- constructions that already worked, kept as guards (long titles, particles, initials,
  // given names no list holds, a surname after a full mention, unnamed sources, bodies)
  {
    what: 'surname after full mention',
    text: 'Gunmen stormed a police post in Zhob overnight. Provincial official Karimullah Ahmadi said four policemen died. "The attackers came from across the hills and left before dawn," Ahmadi said.',
    quote: 'The attackers came from',
    want: { name: 'Ahmadi' },
  },
  {
    what: 'said Abu X al-Y',
    text: '"We hold the bridge and the road to the airport," said Abu Mariam al-Dulaimi, a commander of the brigade.',
    quote: 'We hold the bridge',
    want: { name: 'Abu Mariam al-Dulaimi' },
  },
  {
    what: 'bin in name',
    text: 'Yemeni officials met in Aden on Sunday. "The truce must cover every front or it will fail," Salem bin Breik told reporters.',
    quote: 'The truce must cover',
    want: { name: 'Salem bin Breik' },
  },
  {
    what: 'Lt. Col. X Y, the army spokesman, said',
    text: 'Troops recovered weapons after the clash. "Seven insurgents were neutralised and two rifles recovered," Lt. Col. Kelechi Nwosu, the army\'s spokesman, said.',
    quote: 'Seven insurgents were',
    want: { name: 'Kelechi Nwosu' },
  },
  {
    what: 'Police Superintendent X Y said',
    text: 'Police Superintendent Wanjiru Kamau said on Friday: "The suspects were planning to attack a church in the town."',
    quote: 'The suspects were planning',
    want: { name: 'Wanjiru Kamau' },
  },
  {
    what: 'said X Y, 34,',
    text: '"I ran with my children into the bush," said Tabitha Zuwaira, 34, who reached the camp on Monday.',
    quote: 'I ran with my children',
    want: { name: 'Tabitha Zuwaira' },
  },
  {
    what: 'name with initial',
    text: '"Our troops repelled the attack and pursued the attackers," Maj. Gen. Ibrahim A. Sallau said.',
    quote: 'Our troops repelled',
    want: { name: 'Sallau' },
  },
  {
    what: 'unknown given name, X Y said',
    text: 'Fighting continued near Beni. "The rebels burned the health centre and the school," Kambale Mupenda said by phone.',
    quote: 'The rebels burned',
    want: { name: 'Kambale Mupenda' },
  },
  {
    what: 'unknown given name, said after',
    text: '"They took our cattle and shot the herders," said Gatluak Deng, a chief in Jonglei.',
    quote: 'They took our cattle',
    want: { name: 'Gatluak Deng' },
  },
  {
    what: 'Col. X said (one word after rank)',
    text: '"We found the explosives hidden under sacks of rice," Col. Barakzai said.',
    quote: 'We found the explosives',
    want: { name: 'Barakzai' },
  },
  {
    what: 'name with van',
    text: '"The mine clearance will take at least two more years," Pieter van Rensburg, who leads the demining team, said.',
    quote: 'The mine clearance',
    want: { name: 'Pieter van Rensburg' },
  },
  {
    what: 'resident unnamed',
    text: '"The shelling has not stopped since midnight," a resident of the town said by telephone.',
    quote: 'The shelling has not',
    want: { desc: 'resident' },
  },
  {
    what: 'org speaks not person: ministry',
    text: '"Forty militants were killed in the operation," the Interior Ministry said in a statement.',
    quote: 'Forty militants were killed',
    want: { name: 'Interior Ministry' },
  },
  {
    what: 'long title before name, commissioner',
    text: '"We recovered three bodies from the river," the state\'s Commissioner for Internal Security, Samuel Aruwan, said.',
    quote: 'We recovered three bodies',
    want: { name: 'Samuel Aruwan' },
  },
  {
    what: 'said Hajiya X Y',
    text: '"My husband was taken from the farm on Tuesday," said Hajiya Bilkisu Abdullahi.',
    quote: 'My husband was taken',
    want: { name: 'Bilkisu Abdullahi' },
  },
  {
    what: 'Ould capital',
    text: '"We will not negotiate with those who kill civilians," Sidi Ould Tah told reporters in Nouakchott.',
    quote: 'We will not negotiate',
    want: { name: 'Sidi Ould Tah' },
  },
  {
    what: 'Ag capital',
    text: '"The movement has not signed anything," Alghabass Ag Intalla said.',
    quote: 'The movement has not signed',
    want: { name: 'Alghabass Ag Intalla' },
  },
  {
    what: 'hyphenated French given',
    text: '"The rebels control the mines now," said Jean-Baptiste Kasereka, a civil society leader in Rutshuru.',
    quote: 'The rebels control the mines',
    want: { name: 'Jean-Baptiste Kasereka' },
  },
  {
    what: 'Burmese U title',
    text: '"The soldiers burned at least forty houses," U Kyaw Min Htut, a village administrator, said.',
    quote: 'The soldiers burned at least',
    want: { name: 'Kyaw Min Htut' },
  },
  {
    what: 'Indonesian single name',
    text: 'Police raided a house in Sukoharjo. "The suspects had built three pipe bombs," national police spokesman Trunoyudo said.',
    quote: 'The suspects had built',
    want: { name: 'Trunoyudo' },
  },
  {
    what: 'surname said in later paragraph (split)',
    text: 'Ahmed Shah Noorzai, the district governor, said the Taliban attacked at midnight.\n\nThe fighting lasted for six hours, officials said.\n\n"We asked for air support but it came too late," Noorzai said.',
    quote: 'We asked for air support',
    want: { name: 'Noorzai' },
  },
  {
    what: 'name-like English word surname',
    text: 'Kenyan police commander Peter Young visited the scene. "We have deployed more officers along the border," Young said.',
    quote: 'We have deployed more',
    want: { name: 'Young' },
  },
  {
    what: 'unnamed: a commander who declined',
    text: '"The fighters are regrouping in the valley," said a militia commander who declined to be named.',
    quote: 'The fighters are regrouping',
    want: { desc: 'militia commander' },
  },
  {
    what: 'org unknown name + Front said',
    text: '"Our units shot down two drones over the town," the Kachin Independence Army said.',
    quote: 'Our units shot down',
    want: { name: 'Kachin Independence Army' },
  },
  {
    what: 'first name only after description',
    text: 'A mother of three, who gave her name only as Zainab, said the soldiers came at dawn. "They did not let us take anything," Zainab said.',
    quote: 'They did not let us',
    want: { name: 'Zainab' },
  },
  {
    what: 'statement from the group said',
    text: 'The Allied Democratic Forces claimed the raid. "Our fighters killed the apostates in their homes," a statement from the group said.',
    quote: 'Our fighters killed the apostates',
    want: { name: 'Allied Democratic Forces' },
  },
  {
    what: 'Tamil single initial after',
    text: '"The cadres had camped in the forest for a week," said R. Senthilkumar, superintendent of police.',
    quote: 'The cadres had camped',
    want: { name: 'Senthilkumar' },
  },
  {
    what: 'woman, surname only, earlier title',
    text: 'Judge Fatoumata Sanogo adjourned the trial. "The defence has not seen the evidence," Sanogo said.',
    quote: 'The defence has not seen',
    want: { name: 'Fatoumata Sanogo' },
  },
  {
    what: 'entity guard: the group Hassan Ali founded',
    text: 'He left the group Hassan Ali founded in 2009. "I was young and they promised us money," he said.',
    quote: 'I was young',
    want: { name: 'Hassan Ali' },
  },
];

describe('quotes26: speakers of news constructions', () => {
  for (const c of BATTERY) it(c.what, () => check(c));
});

/** the person entities of a passage, by their names */
function people(text: string): string[] {
  const x = extract({ title: null, published: '2024-06-12', url: null, text });
  return x.entities.filter((e) => e.type === 'person').map((e) => e.name);
}

describe('quotes26: a legislator after the constituency', () => {
  const cases: [string, string][] = [
    [
      'Wajir South MP Mohamed Adow Abdi urged the police to act. "Our people are being killed every week and nobody comes," he said.',
      'Mohamed Adow Abdi',
    ],
    [
      'Lamu East MP Ruweida Obo urged the army to reopen the road. "Our farmers have not been to their fields for months," she said.',
      'Ruweida Obo',
    ],
    [
      '"The police did nothing while the shops burned," Sopore MLA Irshad Rasool Kar told reporters.',
      'Irshad Rasool Kar',
    ],
    [
      '"The police watched while the mob burned the houses," Peshawar MNA Noor Alam Durrani said on Tuesday.',
      'Noor Alam Durrani',
    ],
  ];
  for (const [text, name] of cases)
    it(name, () => {
      // the name alone, neither the constituency's compass word nor the title in it
      expect(people(text)).toEqual([name]);
    });
});
