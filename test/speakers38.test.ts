import { describe, expect, it } from 'vitest';
import { extract } from '../src/nlp/pipeline.js';
import { checkSpeaker, type QuoteCase } from './quotes-helpers.js';

// speakers38: "the group" / "the militants" where two armed groups are in play stand for the one
// that acted; "the DC" with no one introduced by that post is an unnamed source, no body; "Jan" or
// "Jun" before a Dutch particle opens a name, and a surname after "van" is no place for its word.
// Every passage is written for this test, with names and places of its own.

const check = (c: QuoteCase): void => checkSpeaker(c, '2025-11-20');

// "the group" where the sentence before names two bodies: the one that acted, not the one whose
// name holds "Group" nor the one named first
const GROUP_THAT_ACTED: QuoteCase[] = [
  {
    what: 'G1 ambushed a convoy of the Wagner Group … the group said',
    text: 'Jama\'at Nusrat al-Islam wal-Muslimin ambushed a convoy of the Wagner Group near Tessalit on Sunday. "We destroyed four vehicles and killed the mercenaries inside," the group said in a Telegram post.',
    quote: 'We destroyed four vehicles',
    want: { name: "Jama'at Nusrat al-Islam wal-Muslimin" },
  },
  {
    what: 'a camp of G1 was shelled by G2 (passive) … the group said',
    text: 'A camp of the Karen National Union was shelled by the Kachin Independence Army last week. "We answered every shell with two of our own," the group said on Friday.',
    quote: 'We answered every shell',
    want: { name: 'Kachin Independence Army' },
  },
  {
    what: 'positions of G1 were attacked by G2 fighters … the group said in a post',
    text: 'Positions of Hayat Tahrir al-Sham near Sarmada were attacked by Islamic State fighters overnight. "Three apostates were killed," the group said in a post on Telegram.',
    quote: 'Three apostates were killed',
    want: { name: 'Islamic State' },
  },
  {
    what: 'a chief of G1 was kidnapped by members of G2 … the group said',
    text: 'A district chief of the Boko Haram faction was kidnapped by members of Ansaru near Birnin Gwari on Saturday. "The man was taken because he betrayed the cause," the group said in an audio message.',
    quote: 'The man was taken',
    want: { name: 'Ansaru' },
  },
  {
    what: 'the Wagner Group will be targeted by G (future, passive) … the group said',
    text: 'The Wagner Group will be targeted by Jama\'at Nusrat al-Islam wal-Muslimin in every town it enters, the jihadist organisation warned. "We will strike them wherever they go," the group said.',
    quote: 'We will strike them',
    want: { name: "Jama'at Nusrat al-Islam wal-Muslimin" },
  },
];

// "the militants" / "the rebels": the nearest sentence that names an armed group decides, and of
// two there, the one that acted
const MEN_OF_THE_GROUP_THAT_ACTED: QuoteCase[] = [
  {
    what: 'two groups named, then one seized a village … the rebels said',
    text: 'Al-Shabaab and the Islamic State in Somalia have clashed in Puntland since last year. On Monday the Islamic State in Somalia seized the village of Dhadaar. "The village is in our hands," the rebels said.',
    quote: 'The village is in our hands',
    want: { name: 'Islamic State in Somalia' },
  },
  {
    what: 'a truck of G1 was struck by G2 … the insurgents said',
    text: 'A truck of the Syrian Democratic Forces was struck by Islamic State near Deir ez-Zor. "The infidels burned in their vehicle," the insurgents said.',
    quote: 'The infidels burned',
    want: { name: 'Islamic State' },
  },
  {
    what: 'G2 fighters ambushed a G1 convoy … the jihadists said',
    text: 'Since 2016 ISWAP and Boko Haram have been at war. ISWAP fighters ambushed a Boko Haram convoy on the lake shore on Sunday. "We killed the khawarij and took their boats," the jihadists said.',
    quote: 'We killed the khawarij',
    want: { name: 'ISWAP' },
  },
  {
    what: 'two groups recruit, G2 claimed the attack … the militants said',
    text: 'Lashkar-e-Taiba and Jaish-e-Mohammed both recruit in the valley, police say. Jaish-e-Mohammed claimed the grenade attack on the police station in Sopore. "Our men returned safely," the militants said.',
    quote: 'Our men returned',
    want: { name: 'Jaish-e-Mohammed' },
  },
  {
    what: 'villages held by G1 were overrun by G2 (the holder is no doer) … the extremists said',
    text: 'Villages held by Ansar al-Sunna were overrun by the Islamic State on Tuesday, residents said. "We took back what belongs to us," the extremists said in a statement.',
    quote: 'We took back',
    want: { name: 'Islamic State' },
  },
];

// a district's post by its initials, with no one introduced by that post: an unnamed source, no body
const BARE_INITIALS: [QuoteCase, string][] = [
  [
    {
      what: 'the DC said (none named before)',
      text: 'Shops stayed shut in Parachinar for a third day. "The situation is under control and the roads will open soon," the DC said.',
      quote: 'The situation is under control',
      want: { desc: 'the DC' },
    },
    'DC',
  ],
  [
    {
      what: 'said the DC, in a second paragraph',
      text: 'Villagers in Tank blocked the highway after the killing of a teacher.\n\n"Talks with the elders went on until midnight," said the DC, who met them at the district office.',
      quote: 'Talks with the elders',
      want: { desc: 'the DC' },
    },
    'DC',
  ],
  [
    {
      what: 'the DPO told reporters',
      text: 'Two constables were wounded when a grenade was thrown at the police post. "The attackers escaped on a motorbike towards the hills," the DPO told reporters.',
      quote: 'The attackers escaped',
      want: { desc: 'the DPO' },
    },
    'DPO',
  ],
  [
    {
      what: 'the DPO said, the quote after a colon',
      text: 'Residents of Lakki Marwat protested outside the station on Friday. The DPO said: "We have doubled the patrols on every road out of town."',
      quote: 'We have doubled the patrols',
      want: { desc: 'the DPO' },
    },
    'DPO',
  ],
  [
    {
      what: 'the CCPO said',
      text: 'Traffic was diverted around the square before the march. "No one will be allowed to carry sticks or weapons," the CCPO said.',
      quote: 'No one will be allowed',
      want: { desc: 'the CCPO' },
    },
    'CCPO',
  ],
  [
    {
      what: 'the CCPO warned',
      text: 'Extra police were posted at the churches of the city for the holiday. "Any suspicious bag must be reported at once," the CCPO warned.',
      quote: 'Any suspicious bag',
      want: { desc: 'the CCPO' },
    },
    'CCPO',
  ],
  [
    {
      what: 'the SDPO said',
      text: 'The body of the abducted trader was found in a canal near the village. "He had been shot twice in the head," the SDPO said.',
      quote: 'He had been shot twice',
      want: { desc: 'the SDPO' },
    },
    'SDPO',
  ],
  [
    {
      what: 'said the SDPO',
      text: 'Three men were held after the clash over the land. "Both families have filed cases against each other," said the SDPO, adding that calm had returned.',
      quote: 'Both families have filed',
      want: { desc: 'the SDPO' },
    },
    'SDPO',
  ],
  [
    {
      what: 'the DM said',
      text: 'Internet services were suspended across the district after the clashes. "Rumours on social media were making things worse," the DM said.',
      quote: 'Rumours on social media',
      want: { desc: 'the DM' },
    },
    'DM',
  ],
  [
    {
      what: 'the DM told a news agency',
      text: 'Prohibitory orders were imposed in the town on Thursday night. "Gatherings of more than four people are banned for a week," the DM told a news agency.',
      quote: 'Gatherings of more than four',
      want: { desc: 'the DM' },
    },
    'DM',
  ],
  [
    {
      what: 'the SDM said',
      text: 'The families of the missing workers gathered outside the tehsil office. "A team has been sent to search the riverbank," the SDM said.',
      quote: 'A team has been sent',
      want: { desc: 'the SDM' },
    },
    'SDM',
  ],
  [
    {
      what: 'said the SDM',
      text: 'Schools in the block will stay closed until Monday. "The buildings are being used to house the displaced," said the SDM.',
      quote: 'The buildings are being used',
      want: { desc: 'the SDM' },
    },
    'SDM',
  ],
];

// "Jan" or "Jun" before a Dutch particle is a given name, not the month
const MONTH_GIVEN_NAME: [string, string][] = [
  [
    'Dutch aid worker Jan van der Berg was freed on Monday after three months in captivity. "I never thought I would see my children again," van der Berg said.',
    'Jan van der Berg',
  ],
  [
    '"The camp has run out of clean water," said Jan de Vries, who runs the clinic for the charity.',
    'Jan de Vries',
  ],
  [
    'The engineers were led by Jun van Hout, a Dutch contractor, when the convoy was stopped at the checkpoint.',
    'Jun van Hout',
  ],
  [
    "Jan van Rijn, the mission's deputy head, told the council that the ceasefire was holding in the south.",
    'Jan van Rijn',
  ],
];

// a surname after "van" / "van den" is no place, though its word names a place's kind (a dam)
const DUTCH_SURNAME: [string, string][] = [
  [
    'The Dutch minister, Pieter van Dam, said the frigate would stay in the Gulf of Aden until March.',
    'Pieter van Dam',
  ],
  [
    '"We had no warning at all," said Lotte van Dam, a nurse who was in the market when the bomb went off.',
    'Lotte van Dam',
  ],
  ['Ruud van Dam, a Dutch envoy, met the tribal elders in Kidal on Thursday.', 'Ruud van Dam'],
  ['The hostages included an engineer, Marieke van Dam, who had been held since June.', 'Marieke van Dam'],
];

const personNamed = (text: string, name: string): string[] =>
  extract({ title: null, published: '2025-11-20', url: null, text })
    .entities.filter((e) => [e.name, ...e.aliases].includes(name))
    .map((e) => e.type);

describe('speakers38: "the group" / "the militants" stand for the group that acted', () => {
  for (const c of GROUP_THAT_ACTED) it(`the group: ${c.what}`, () => check(c));
  for (const c of MEN_OF_THE_GROUP_THAT_ACTED) it(`its men: ${c.what}`, () => check(c));
});

describe('speakers38: a district post by its initials alone is an unnamed source', () => {
  for (const [c, initials] of BARE_INITIALS)
    it(c.what, () => {
      check(c);
      const x = extract({ title: null, published: '2025-11-20', url: null, text: c.text });
      expect(x.entities.filter((e) => e.name === initials).map((e) => e.type)).toEqual([]);
    });
});

describe('speakers38: names with Dutch particles', () => {
  for (const [text, name] of MONTH_GIVEN_NAME)
    it(`a month's short form opens the name: ${name}`, () =>
      expect(personNamed(text, name)).toEqual(['person']));
  for (const [text, name] of DUTCH_SURNAME)
    it(`a surname after the particle: ${name}`, () => expect(personNamed(text, name)).toEqual(['person']));
});
