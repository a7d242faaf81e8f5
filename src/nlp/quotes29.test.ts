import { describe, expect, it } from 'vitest';
import { type QuoteCase as Case, checkSpeaker } from '../../test/quotes-helpers.js';
import { extract } from './pipeline.js';

// quotes29: quote speakers of South Asian and Middle Eastern security reporting (issue #10) that
// were lost: an office written by its initials after the person was introduced with it spelled
// out ("District Police Officer X … the DPO said"), "he added" after a description that stands
// for a named person ("the police chief said"), "the premier" for a prime minister, a bare office
// set beside a name with commas ("The mayor of P, X," … "the mayor"), and a body called by the
// noun its name ends in ("the cell", "the corps", "the front"). Every passage is written for this
// test; each rule is exercised by two passages or more, with names, places and word order varied.

const check = (c: Case): void => checkSpeaker(c, '2025-02-11');

const BATTERY: Case[] = [
  // ---- an office by its initials: the person introduced with the office spelled out
  {
    what: 'District Police Officer X … “…,” the DPO said',
    text: 'District Police Officer Tahir Ayub Marwat said the bazaar had been sealed. "No one will leave the area until the search ends," the DPO said.',
    quote: 'No one will leave',
    want: { name: 'Tahir Ayub Marwat' },
  },
  {
    what: 'Inspector General of Police (region in brackets) X … the IGP said',
    text: 'Inspector General of Police (Jammu) Rakesh Kumar Dogra said the hideout was found after a tip. "The two men opened fire as the team approached the orchard," the IGP said.',
    quote: 'The two men opened fire',
    want: { name: 'Rakesh Kumar Dogra' },
  },
  {
    what: 'Capital City Police Officer X … the CCPO told reporters',
    text: 'Capital City Police Officer Imran Kishwar Bhatti visited the scene on Friday.\n\n"Every entry point of the city has been sealed," the CCPO told reporters.',
    quote: 'Every entry point',
    want: { name: 'Imran Kishwar Bhatti' },
  },
  {
    what: 'Senior Superintendent of Police (SSP) X … the SSP said',
    text: 'Senior Superintendent of Police (SSP) Kamran Aftab Jadoon said checkpoints had been set up. "Every vehicle leaving the town is being searched," the SSP said.',
    quote: 'Every vehicle leaving',
    want: { name: 'Kamran Aftab Jadoon' },
  },
  {
    what: 'X, the Deputy Commissioner of P, … the DC said (the office after the name)',
    text: 'Gul Zaman Wazir, the Deputy Commissioner of Kurram, ordered the schools shut. "The children will stay at home until the road is safe," the DC said.',
    quote: 'The children will stay',
    want: { name: 'Gul Zaman Wazir' },
  },
  {
    what: 'the initials of another office stay what they were',
    text: 'District Police Officer Tahir Ayub Marwat said the bazaar had been sealed. "No one will leave the area until the search ends," the SHO said.',
    quote: 'No one will leave',
    want: { desc: 'SHO' },
  },
  {
    what: 'the initials of a body (no title among its words) stay the body',
    text: 'Counter Terrorism Department (CTD) Inspector Rashid Mehmood Abbasi led the raid on the house. "Three suspects were arrested with explosives," the CTD said.',
    quote: 'Three suspects were arrested',
    want: { name: 'Counter Terrorism Department' },
  },
  // ---- "he added" after a description that stands for a person named before
  {
    what: 'police chief X … “…,” the police chief said. ¶ “…,” he added',
    text: 'Multan police chief Sohail Akhtar Sukhera said the suspect had rented a room near the bus stand.\n\n"He paid the landlord three months in advance," the police chief said.\n\n"We are looking for two men who visited him," he added.',
    quote: 'We are looking for two men',
    want: { name: 'Sohail Akhtar Sukhera' },
  },
  {
    what: 'home minister X … “…,” the home minister said. ¶ “…,” he added',
    text: 'Sindh home minister Zubair Ahmed Lanjwani said police had found the car used by the attackers.\n\n"It was bought with forged papers a week ago," the home minister said.\n\n"The dealer has been taken into custody," he added.',
    quote: 'The dealer has been taken',
    want: { name: 'Zubair Ahmed Lanjwani' },
  },
  {
    what: 'army spokesman X … the army spokesman said. ¶ “…,” he said',
    text: 'Army spokesman Major General Irfan Qadir Malik told reporters that the post had been rebuilt.\n\n"The attackers came from across the border," the army spokesman said.\n\n"We have asked Kabul to act against them," he said.',
    quote: 'We have asked Kabul',
    want: { name: 'Irfan Qadir Malik' },
  },
  {
    what: 'District Police Officer X … the DPO said. “…,” he said',
    text: 'District Police Officer Shafqat Ali Khattak said two constables had been wounded.\n\n"Both were hit in the legs," the DPO said. "They are out of danger," he said.',
    quote: 'They are out of danger',
    want: { name: 'Shafqat Ali Khattak' },
  },
  {
    what: 'X, the commander of …, … the commander said. ¶ “…,” he added',
    text: 'Brigadier Hamza Tariq Niazi, the commander of the sector, met elders on Sunday.\n\n"The valley is clear of militants," the commander said.\n\n"Families can return to their homes next week," he added.',
    quote: 'Families can return',
    want: { name: 'Hamza Tariq Niazi' },
  },
  // ---- "the premier": a prime minister named before
  {
    what: 'Prime Minister X … “…,” the premier said',
    text: 'Prime Minister Farrukh Saeed Warraich visited the wounded in Quetta. "The nation stands with the families of the martyrs," the premier said.',
    quote: 'The nation stands',
    want: { name: 'Farrukh Saeed Warraich' },
  },
  {
    what: 'X, the prime minister, … the premier told the assembly',
    text: 'Adnan Rauf Gillani, the prime minister, chaired a meeting on security.\n\n"Those who harbour the attackers will answer for it," the premier told the assembly.',
    quote: 'Those who harbour',
    want: { name: 'Adnan Rauf Gillani' },
  },
  {
    what: 'the premier with no prime minister named stays a description',
    text: 'Officials met in Lahore on Friday.\n\n"Those who harbour the attackers will answer for it," the premier said.',
    quote: 'Those who harbour',
    want: { desc: 'the premier' },
  },
  // ---- a bare office set beside the name with commas
  {
    what: 'The mayor of P, X, … “…,” the mayor said',
    text: 'The mayor of Tyre, Walid Haidar Jaber, said the strike hit a garage. "People thought the worst was behind them," the mayor said.',
    quote: 'People thought the worst',
    want: { name: 'Walid Haidar Jaber' },
  },
  {
    what: 'X, the mayor of P, … the mayor told',
    text: 'Karim Nassar Daher, the mayor of Zahle, inspected the damage on Monday.\n\n"Three houses are gone and the school lost its roof," the mayor told reporters.',
    quote: 'Three houses are gone',
    want: { name: 'Karim Nassar Daher' },
  },
  {
    what: 'An elder of the tribe, X, … the elder said',
    text: 'An elder of the Zakakhel tribe, Malik Sher Afzal, said families had fled the valley. "We want our homes back, nothing more," the elder said.',
    quote: 'We want our homes back',
    want: { name: 'Malik Sher Afzal' },
  },
  {
    what: 'X, a tribal elder, … the elder told',
    text: 'Haji Noor Badshah, a tribal elder from Tirah, met the governor.\n\n"The young men have nowhere to work," the elder told the meeting.',
    quote: 'The young men have nowhere',
    want: { name: 'Haji Noor Badshah' },
  },
  {
    what: 'X, the chairman of the traders, … the chairman said',
    text: 'Khalid Mehmood Awan, the chairman of the traders association, said the market would stay shut. "Our losses run into millions every day," the chairman said.',
    quote: 'Our losses run',
    want: { name: 'Khalid Mehmood Awan' },
  },
  {
    what: 'The chairman of the committee, X, … the chairman added',
    text: 'The chairman of the peace committee, Sardar Wali Kakar, called for talks.\n\n"The guns must fall silent before the harvest," the chairman added.',
    quote: 'The guns must fall silent',
    want: { name: 'Sardar Wali Kakar' },
  },
  {
    what: 'a mayor named by title alone stays a description',
    text: 'Mayor Walid Haidar Jaber toured the port. "People thought the worst was behind them," the mayor said.',
    quote: 'People thought the worst',
    want: { desc: 'the mayor' },
  },
  // ---- a body called by the noun its name ends in
  {
    what: 'the Security Media Cell … the cell said',
    text: 'Aircraft struck a hideout in the desert, the Security Media Cell said. "The bodies of four terrorists were found in the cave," the cell said in a statement.',
    quote: 'The bodies of four',
    want: { name: 'Security Media Cell' },
  },
  {
    what: 'the Crisis Response Cell … the cell added',
    text: 'The Crisis Response Cell of the provincial government opened a helpline.\n\n"Families can call the number at any hour," the cell added.',
    quote: 'Families can call',
    want: { name: 'Crisis Response Cell' },
  },
  {
    what: 'the Frontier Corps … the corps said',
    text: 'The Frontier Corps said it had killed a commander of the group near Turbat. "The terrorist was wanted for attacks on labourers," the corps said.',
    quote: 'The terrorist was wanted',
    want: { name: 'Frontier Corps' },
  },
  {
    what: 'the Islamic Revolutionary Guard Corps … the corps told',
    text: 'The Islamic Revolutionary Guard Corps said its forces had fired at a drone over the gulf.\n\n"The drone entered our airspace without permission," the corps told state television.',
    quote: 'The drone entered',
    want: { name: 'Islamic Revolutionary Guard Corps' },
  },
  {
    what: 'the Kashmir Liberation Front … the front said',
    text: 'The Kashmir Liberation Front called a strike in the valley. "Our people will not accept the new law," the front said in a statement.',
    quote: 'Our people will not accept',
    want: { name: 'Kashmir Liberation Front' },
  },
  {
    what: 'the Baloch Republican Front … the front claimed',
    text: 'The Baloch Republican Front claimed the blast on the railway line.\n\n"The track was used to carry troops," the front claimed in a message.',
    quote: 'The track was used',
    want: { name: 'Baloch Republican Front' },
  },
  {
    what: 'the Federal Shariat Court … the court said',
    text: 'The Federal Shariat Court struck down the rules on Tuesday. "The provisions are against the injunctions of the law," the court said in its judgment.',
    quote: 'The provisions are against',
    want: { name: 'Federal Shariat Court' },
  },
  {
    what: 'the Peshawar High Court … the court observed',
    text: 'The Peshawar High Court heard the petition of the missing men.\n\n"The state cannot keep a citizen without telling his family," the court observed.',
    quote: 'The state cannot keep',
    want: { name: 'Peshawar High Court' },
  },
  {
    what: 'the Qassam Brigades … the brigades said',
    text: 'The Qassam Brigades said its fighters had hit a tank east of the camp. "The crew was killed and the tank burned," the brigades said.',
    quote: 'The crew was killed',
    want: { name: 'Qassam Brigades' },
  },
  {
    what: 'the Martyrs Brigade … the brigade said',
    text: 'The Martyrs Brigade posted a video of the raid.\n\n"Our men returned safely to their bases," the brigade said.',
    quote: 'Our men returned safely',
    want: { name: 'Martyrs Brigade' },
  },
];

describe('quotes29: initials, pronouns after a named office, the premier, apposed offices, bodies by their noun', () => {
  for (const c of BATTERY) it(c.what, () => check(c));
});

// ---- the seat of a post between the title and the name ("Deputy Commissioner Kurram X"): a place,
// no part of the person's name (mentions.ts, postSeat)
const SEATS: { what: string; text: string; person: string; place: string | null }[] = [
  {
    what: 'Deputy Commissioner + district + name',
    text: 'Deputy Commissioner Kurram Javed Ullah Mehsud said the road to Parachinar would stay closed. "The convoy will move only under escort," Mehsud said.',
    person: 'Javed Ullah Mehsud',
    place: 'Kurram',
  },
  {
    what: 'Commissioner + city + name',
    text: 'Commissioner Quetta Hamza Shafqaat told reporters the markets would reopen on Monday after the strike.',
    person: 'Hamza Shafqaat',
    place: 'Quetta',
  },
  {
    what: 'District Police Officer + district + name',
    text: 'District Police Officer Bannu Ziaud Din Ahmed said the attackers had fled toward the hills after the raid.',
    person: 'Ziaud Din Ahmed',
    place: 'Bannu',
  },
  {
    what: 'a given name that is also a town stays the name',
    text: 'Deputy Commissioner Hassan Ali Shah said the schools would reopen after the curfew was lifted.',
    person: 'Hassan Ali Shah',
    place: null,
  },
];

describe('quotes29: the seat of a post is no part of the name', () => {
  for (const c of SEATS)
    it(c.what, () => {
      const x = extract({ title: null, published: '2025-02-11', url: null, text: c.text });
      const people = x.entities.filter((e) => e.type === 'person').map((e) => e.name);
      expect(people).toContain(c.person);
      if (c.place) {
        expect(x.entities.some((e) => e.type === 'place' && e.name === c.place)).toBe(true);
        expect(people.some((n) => n.startsWith(c.place as string))).toBe(false);
      }
    });
  it('the speaker is the person without the seat', () => {
    check({
      what: 'seat split, then the surname',
      text: SEATS[0].text,
      quote: 'The convoy will move',
      want: { name: 'Javed Ullah Mehsud' },
    });
  });
});
