import { describe, it } from 'vitest';
import { type QuoteCase as Case, checkSpeaker } from '../../test/quotes-helpers.js';

// quotes25: a battery of quote constructions of news reporting (issue #10) in which the speaker
// entity was missed (letters of a body, a one-word name that is also an English word, West
// African, Ethiopian and Nigerian given names), an abbreviated rank cut the subject, or a named
// speaker lost to a description ("the governor said" after "Governor X", "the X group said").
// Every passage is written for this test; each rule is exercised by two passages or more.

const check = (c: Case): void => checkSpeaker(c, '2024-05-02');

const BATTERY: Case[] = [
  // ---- letters of a body no table knows, speaking
  {
    what: '“…,” LETTERS said in a statement',
    text: 'Gunmen attacked a camp for displaced people near Bunia. "Our peacekeepers returned fire and the assailants withdrew," MONUSCO said in a statement.',
    quote: 'Our peacekeepers returned fire',
    want: { name: 'MONUSCO' },
  },
  {
    what: 'LETTERS told reporters (other body, other verb)',
    text: 'Fighting spread to the outskirts of El Fasher on Sunday. UNITAMS told reporters: "Civilians are trapped between the two forces with no way out."',
    quote: 'Civilians are trapped',
    want: { name: 'UNITAMS' },
  },
  {
    what: 'said LETTERS at the end',
    text: '"Three of our staff are missing after the convoy was stopped," said OCHAF, a relief body based in Goma.',
    quote: 'Three of our staff',
    want: { name: 'OCHAF' },
  },
  {
    what: 'the mission, known as LETTERS, said',
    text: 'A patrol was ambushed north of Timbuktu. "Two peacekeepers were wounded in the attack," the UN mission, known as MINUSMA, said.',
    quote: 'Two peacekeepers were wounded',
    want: { name: 'MINUSMA' },
  },
  {
    what: 'the force, known as LETTERS, said (other noun, other place)',
    text: 'Regional troops have been deployed since 2021. "We have cleared the road to Mocimboa," the regional force, known as SAMIM, said on Friday.',
    quote: 'We have cleared the road',
    want: { name: 'SAMIM' },
  },
  // ---- a one-word name that is also an English word, speaking
  {
    what: '“…,” Mujahid said',
    text: 'The Taliban rejected the report on Monday. "Such claims are baseless and we will not negotiate on them," Mujahid said.',
    quote: 'Such claims are baseless',
    want: { name: 'Mujahid' },
  },
  {
    what: '“…,” Grace told reporters (another such name, other verb)',
    text: 'Relatives gathered outside the morgue in Eldoret. "We waited all night and nobody came to tell us anything," Grace told reporters.',
    quote: 'We waited all night',
    want: { name: 'Grace' },
  },
  {
    what: 'not after an article: "the Mujahid said" names no one',
    text: 'A fighter spoke from a hideout in the hills. "We will stay here until the foreigners leave," the mujahid said.',
    quote: 'We will stay here',
    want: { desc: 'mujahid' },
  },
  // ---- West African, Ethiopian and Nigerian given names (a surname that is an English word)
  {
    what: 'said the local chief, Mamadou Sow.',
    text: 'The village was burned on Thursday night. "We found eleven bodies at the edge of the forest," said the local chief, Mamadou Sow.',
    quote: 'We found eleven bodies',
    want: { name: 'Mamadou Sow' },
  },
  {
    what: 'the mayor, Souleymane Wood, said (other order, other name)',
    text: 'The mayor of the town, Souleymane Wood, said on Friday: "The road to the market has been closed since the attack."',
    quote: 'The road to the market',
    want: { name: 'Souleymane Wood' },
  },
  {
    what: 'an Ethiopian name after the quote',
    text: '"Our forces have pushed the militia out of the town," Getachew Hill, a regional official, told reporters in Bahir Dar.',
    quote: 'Our forces have pushed',
    want: { name: 'Getachew Hill' },
  },
  {
    what: 'a Yoruba name with an English surname',
    text: '"They took my brother and asked for ten million naira," Babatunde Price said by telephone from Ilorin.',
    quote: 'They took my brother',
    want: { name: 'Babatunde Price' },
  },
  {
    what: 'a woman’s Sahelian name, then "she said"',
    text: 'Aminata Rice fled Djibo with her four children in March.\n\n"We walked for three days without water," she said.',
    quote: 'We walked for three days',
    want: { name: 'Aminata Rice' },
  },
  {
    what: 'a weekday that is a given name: “…,” Sunday X, the victim’s brother, said',
    text: '"The gunmen demanded a ransom of fifty million naira," Sunday Adeyemi, the victim\'s brother, said.',
    quote: 'The gunmen demanded a ransom',
    want: { name: 'Sunday Adeyemi' },
  },
  {
    what: 'a weekday that is a given name: “…,” Friday X told reporters',
    text: 'Soldiers reached the village two days later. "We ran into the bush with the children," Friday Okon told reporters in Calabar.',
    quote: 'We ran into the bush',
    want: { name: 'Friday Okon' },
  },
  // ---- an abbreviated rank before the name
  {
    what: '“…,” Insp. X said',
    text: '"The road will stay closed until the bomb squad has finished," Insp. Joseph Mwangi said.',
    quote: 'The road will stay closed',
    want: { name: 'Joseph Mwangi' },
  },
  {
    what: '“…,” Supt. X told reporters',
    text: 'Police sealed off the mosque after the blast. "Two suspects are being questioned," Supt. Mary Wanjiru told reporters on Monday.',
    quote: 'Two suspects are being questioned',
    want: { name: 'Mary Wanjiru' },
  },
  {
    what: 'Brig. X said: “…” (rank before the quote)',
    text: 'Brig. Ahmed Taiwo said on Wednesday: "The troops are still clearing the forest around the camp."',
    quote: 'The troops are still clearing',
    want: { name: 'Ahmed Taiwo' },
  },
  {
    what: 'Cmdr. X said (a naval rank)',
    text: '"The vessel was boarded and its crew detained," Cmdr. Peter Olsen said in Djibouti.',
    quote: 'The vessel was boarded',
    want: { name: 'Peter Olsen' },
  },
  // ---- a bare office after the person introduced with it
  {
    what: 'Governor X … “…,” the governor said',
    text: 'Governor Babajide Lawal visited the burned market on Monday and met traders.\n\n"This is a sad day for our state and we will rebuild," the governor said.',
    quote: 'This is a sad day',
    want: { name: 'Babajide Lawal' },
  },
  {
    what: 'the district commissioner, X, … “…,” the commissioner said',
    text: 'The district commissioner, Hamisi Ally, said the attackers had fled. "They crossed the river into Mozambique before dawn," the commissioner said.',
    quote: 'They crossed the river',
    want: { name: 'Hamisi Ally' },
  },
  {
    what: 'Colonel X … On Tuesday the colonel said: “…”',
    text: 'Colonel Assimi Keita has led the junta since the coup. On Tuesday the colonel said: "We will not bow to pressure from abroad."',
    quote: 'We will not bow',
    want: { name: 'Assimi Keita' },
  },
  {
    what: 'X, the state prosecutor, … later, the prosecutor said',
    text: 'Nadia Ferhat, the state prosecutor, opened the case against the four men. Later, the prosecutor said: "They planned the attack for months."',
    quote: 'They planned the attack',
    want: { name: 'Nadia Ferhat' },
  },
  {
    what: 'a bare "the president" stays a description',
    text: 'President Ali Bongo addressed the nation. Officials met on Friday.\n\n"We will respond firmly to any threat," the president said.',
    quote: 'We will respond firmly',
    want: { desc: 'president' },
  },
  {
    what: 'the governor of another person is not reached: "a spokesman for the governor" stays',
    text: 'Governor Umaru Bello toured the camp on Sunday. "The state will feed the displaced for three more months," a spokesman for the governor said.',
    quote: 'The state will feed',
    want: { desc: 'spokesman for the governor' },
  },
  // ---- a group's name before the noun of what it is
  {
    what: '“…,” the G group said',
    text: 'A car bomb hit a checkpoint in Mosul. "A soldier of the caliphate struck an apostate checkpoint," the Islamic State group said in a statement.',
    quote: 'A soldier of the caliphate',
    want: { name: 'Islamic State' },
  },
  {
    what: '“…,” the G militant group said (another group, a word between)',
    text: '"Our fighters destroyed two armoured vehicles near Afgoye," the al-Shabaab militant group said on its radio station.',
    quote: 'Our fighters destroyed',
    want: { name: 'al-Shabaab' },
  },
  {
    what: 'the G movement said: “…” (before the quote)',
    text: 'The Houthi movement said on Saturday: "We targeted a ship that belongs to the enemy in the Gulf of Aden."',
    quote: 'We targeted a ship',
    want: { name: 'Houthi' },
  },
  {
    what: 'a town’s police stays a description',
    text: '"The attackers came on motorbikes and fled towards the border," Kano police said.',
    quote: 'The attackers came on motorbikes',
    want: { desc: 'police' },
  },
  // ---- particles inside a name: two in a row, and lower-case "dan", "dos"
  {
    what: 'said X van der Y, the chief prosecutor',
    text: '"The investigation is still at an early stage," said Pieter van der Berg, the chief prosecutor in The Hague.',
    quote: 'The investigation is still',
    want: { name: 'Pieter van der Berg' },
  },
  {
    what: 'X de la Y told reporters (French, before the verb)',
    text: 'Security was tightened in Lyon. "The cell had been planning the attack since the summer," Marc de la Roche, a counter-terrorism prosecutor, told reporters.',
    quote: 'The cell had been planning',
    want: { name: 'Marc de la Roche' },
  },
  {
    what: 'said X dan Y (Hausa "son of")',
    text: '"We were asleep when the shooting started," said Aliyu dan Musa, a farmer in the village of Gidan Bawa.',
    quote: 'We were asleep',
    want: { name: 'Aliyu dan Musa' },
  },
  {
    what: 'X dos Y said (Portuguese, another verb place)',
    text: 'Insurgents raided the district headquarters overnight. "We have identified two of the attackers," Maria dos Santos, the provincial police spokeswoman, said.',
    quote: 'We have identified two',
    want: { name: 'Maria dos Santos' },
  },
  {
    what: 'a capitalised "Das" stays a surname',
    text: '"The two men were held overnight and released," Supt. Ravi Das said in Guwahati.',
    quote: 'The two men were held',
    want: { name: 'Ravi Das' },
  },
  // ---- a quote alone in its paragraph after a paragraph that introduces a person
  {
    what: 'X, who …, was … .¶“…”',
    text: 'A bomb exploded at the bus station in Maiduguri on Friday.\n\nMusa Kabiru, who runs a pharmacy near the station, was inside when the bomb went off.\n\n"The windows shattered and people were screaming for help."',
    quote: 'The windows shattered',
    want: { name: 'Musa Kabiru' },
  },
  {
    what: 'X, a teacher, lost … . Y.¶“…” (two sentences, a woman)',
    text: 'Fatouma Traore, a teacher in Sevare, lost her husband in the attack. She now lives with her sister.\n\n"I still wait for him to come home every evening."',
    quote: 'I still wait for him',
    want: { name: 'Fatouma Traore' },
  },
  // ---- "he"/"she" after a long description of an unnamed source, introduced after a name
  {
    what: 'X said … . A former fighter who … and … described … .“…,” he said',
    text: 'Ibrahim Sule Danjuma, a security analyst in Abuja, said the gangs had grown richer. A former fighter who left the camp in March and surrendered to soldiers in Zurmi described the preachers. "They told us that the cattle we took were ours by right," he said.',
    quote: 'They told us that the cattle',
    want: { desc: 'former fighter' },
  },
  {
    what: 'X said … . A nurse who … before … recalled … .“…,” she said',
    text: 'Police spokesman Haruna Bello said the wounded were taken to Kano. A nurse who worked through the night at the teaching hospital before the army arrived in the morning recalled the scenes. "We ran out of blood for transfusions by midnight," she said.',
    quote: 'We ran out of blood',
    want: { desc: 'nurse' },
  },
  // ---- constructions that already worked, kept as guards
  {
    what: 'a police spokesman, X, said',
    text: '"The gunmen came at dawn and took eleven passengers," a police spokesman, Yusuf Garba, said.',
    quote: 'The gunmen came at dawn',
    want: { name: 'Yusuf Garba' },
  },
  {
    what: 'said X, the governor of a state',
    text: '"Our men were ambushed on the road to Damboa," said Babagana Musa, the governor of Borno State.',
    quote: 'Our men were ambushed',
    want: { name: 'Babagana Musa' },
  },
  {
    what: 'an organisation by its full name after the quote',
    text: '"Access to the camps remains extremely difficult," the International Committee of the Red Cross said in a statement.',
    quote: 'Access to the camps',
    want: { name: 'International Committee of the Red Cross' },
  },
  {
    what: 'an unnamed source keeps its description',
    text: '"We have received reports of abductions on the highway," a senior security official in Zamfara said.',
    quote: 'We have received reports',
    want: { desc: 'senior security official' },
  },
  {
    what: 'residents as a plural source',
    text: 'Residents said the fighters arrived on pickups. "They searched every house looking for the chief," one resident said.',
    quote: 'They searched every house',
    want: { desc: 'resident' },
  },
];

describe('quotes25: speakers of news constructions', () => {
  for (const c of BATTERY) it(c.what, () => check(c));
});
