import { describe, expect, it } from 'vitest';
import { type QuoteCase as Case, checkSpeaker, speakerOf } from '../../test/quotes-helpers.js';
import { extract } from './pipeline.js';

// quotes28: quote constructions of news reporting (issue #10) in which the speaker was lost: a
// title written in capitals with its prepositions between a place and the person who holds it
// ("Borno State Commissioner of Police X"), a bare office ("the colonel") after a person whose
// title was abbreviated ("Col. X"), "she" / "he" whose only antecedent of that sex is a possessor
// ("X's husband was killed"), and Bengali names joined with the article ("Nurul Islam"). Every
// passage is written for this test; each rule is exercised by two passages or more, with names,
// places and word order varied.

const check = (c: Case): void => checkSpeaker(c, '2024-07-03');

const BATTERY: Case[] = [
  // ---- a capitalised title with "of" / "for" between a place and the holder's name
  {
    what: 'State + Commissioner of Police + name, after the quote',
    text: '"Security has been stepped up in every ward," Borno State Commissioner of Police Yusuf Lawal told reporters.',
    quote: 'Security has been stepped up',
    want: { name: 'Yusuf Lawal' },
  },
  {
    what: 'district + Inspector General of Police + name, after the quote',
    text: '"Security has been stepped up along the river," Bastar Inspector General of Police Sundar Rajan said.',
    quote: 'Security has been stepped up',
    want: { name: 'Sundar Rajan' },
  },
  {
    what: 'town + Superintendent of Police + name, after the quote',
    text: '"We moved on a tip about a gathering of the cadres," Narayanpur Superintendent of Police Vikram Singh said.',
    quote: 'We moved on a tip',
    want: { name: 'Vikram Singh' },
  },
  {
    what: 'State + Commissioner of Police + name, before the quote',
    text: 'Lagos State Commissioner of Police Fatai Owoseni said: "The suspects have admitted to the robbery of the bank."',
    quote: 'The suspects have admitted',
    want: { name: 'Fatai Owoseni' },
  },
  {
    what: 'State + Commissioner for + a title word taken into the name',
    text: '"The smugglers fled into the creeks at night," Rivers State Commissioner for Information Tonye Briggs said.',
    quote: 'The smugglers fled',
    want: { name: 'Tonye Briggs' },
  },
  // ---- a bare office after a person whose title the text abbreviated
  {
    what: 'Col. X … the colonel',
    text: 'Col. Ousmane Traore said the base had been retaken. "We lost no men in the assault," the colonel told reporters.',
    quote: 'We lost no men',
    want: { name: 'Ousmane Traore' },
  },
  {
    what: 'Lt. Col. X … the colonel',
    text: 'Lt. Col. Peter Mwangi said the attackers had fled on foot. "They left their wounded behind," the colonel said.',
    quote: 'They left their wounded',
    want: { name: 'Peter Mwangi' },
  },
  {
    what: 'Brig. Gen. X … the general',
    text: 'Brig. Gen. Ahmed Tinubu said the bridge had been retaken. "We lost two vehicles in the assault," the general told reporters.',
    quote: 'We lost two vehicles',
    want: { name: 'Ahmed Tinubu' },
  },
  {
    what: 'Maj. Gen. X, the commander of …, … the general',
    text: 'Maj. Gen. Abdul Haleem, the commander of the region, told reporters that the militants had been surrounded. "They have nowhere to go," the general said.',
    quote: 'They have nowhere to go',
    want: { name: 'Abdul Haleem' },
  },
  {
    what: 'Cmdr. X … the commander',
    text: 'Cmdr. Idris Bako said the boats had been seized near the island. "The smugglers fled into the creeks," the commander said.',
    quote: 'The smugglers fled',
    want: { name: 'Idris Bako' },
  },
  {
    what: 'another office than the title stays a description',
    text: 'Col. Ousmane Traore said the base had been retaken. "We lost no men in the assault," the general told reporters.',
    quote: 'We lost no men',
    want: { desc: 'the general' },
  },
  // ---- he / she whose only antecedent of that sex is a possessor
  {
    what: "X's husband was killed … she said",
    text: 'Zainab Idris\'s husband was killed in the raid on Tuesday along with two neighbours. "He went out to check on the goats," she said.',
    quote: 'He went out to check',
    want: { name: 'Zainab Idris' },
  },
  {
    what: "X's daughter had been taken by Y's men … she said",
    text: 'Police said Mary Wanjiru\'s daughter had been among those taken by Musa Hassan\'s men. "I begged them to leave her," she said.',
    quote: 'I begged them to leave',
    want: { name: 'Mary Wanjiru' },
  },
  {
    what: "X's son was abducted by gunmen led by Y … she said",
    text: 'Aisha Mohammed\'s son was abducted from the school last week by gunmen led by Bello Turji. "I only want my boy back," she said.',
    quote: 'I only want my boy back',
    want: { name: 'Aisha Mohammed' },
  },
  {
    what: "X's daughter was abducted … he said",
    text: 'Musa Garba\'s daughter was among the girls abducted from the school on Friday. "I have not slept since," he said.',
    quote: 'I have not slept',
    want: { name: 'Musa Garba' },
  },
  {
    what: "X's wife said … she said: the wife, not X",
    text: 'Yusuf Garba\'s wife said the men came at night. "They broke down the door," she said.',
    quote: 'They broke down',
    want: { desc: "Yusuf Garba's wife" },
  },
  {
    what: 'a possessor of the other sex is not taken',
    text: 'Halima Yusuf\'s farm was burned by the gunmen on Sunday. "They took everything we had," he said.',
    quote: 'They took everything',
    want: { desc: 'he' },
  },
  // ---- "the commander of G, known as X": a person, not the body after "of"
  {
    what: 'the commander of the militia, known as X, told … :',
    text: 'The commander of the local militia, known as Kachalla Gudau, told farmers by phone: "Pay the levy or we will come back."',
    quote: 'Pay the levy',
    want: { name: 'Kachalla Gudau' },
  },
  {
    what: 'the leader of the cell, known as X, told … :',
    text: 'The leader of the cell, known as Musa Dankari, told traders by phone: "Close your shops or we will burn them."',
    quote: 'Close your shops',
    want: { name: 'Musa Dankari' },
  },
  {
    what: '"…," the leader of the faction, known as X, told …',
    text: '"Leave the valley before the rains come," the leader of the breakaway faction, known as Abu Yahya, told herders.',
    quote: 'Leave the valley',
    want: { name: 'Abu Yahya' },
  },
];

describe('quotes28: speakers', () => {
  for (const c of BATTERY) it(c.what, () => check(c));
});

// Men's names of Bangladesh written with the joined article, each in two passages
const JOINED = [
  'Nurul',
  'Saiful',
  'Aminul',
  'Rafiqul',
  'Shafiqul',
  'Ashraful',
  'Anisul',
  'Shahidul',
  'Monirul',
  'Rezaul',
  'Kamrul',
  'Azizul',
  'Tariqul',
  'Nazrul',
  'Shamsul',
  'Sirajul',
  'Mizanur',
  'Habibur',
  'Mujibur',
  'Lutfur',
  'Atiqur',
  'Hafizur',
  'Mahbubur',
];

describe('quotes28: "Nurul Islam" is a person who speaks', () => {
  for (const n of JOINED) {
    it(`${n} Islam, a teacher …, said … "…," he said`, () =>
      check({
        what: n,
        text: `${n} Islam, a teacher at the camp school, said the gunmen came at dawn. "They fired into the air and took two boys," he said.`,
        quote: 'They fired into the air',
        want: { name: `${n} Islam` },
      }));
    it(`"…," said ${n} Islam, a camp official`, () =>
      check({
        what: n,
        text: `"The clash began over the market stalls," said ${n} Islam, a camp official in Ukhia.`,
        quote: 'The clash began',
        want: { name: `${n} Islam` },
      }));
  }
  it('a group named with the article joined stays a group', () => {
    const got = speakerOf(
      '"We struck the convoy near the border," Ansarul Islam said in a statement on Sunday.',
      'We struck the convoy',
    );
    expect(got?.names).toContain('Ansarul Islam');
  });
});

// the plural nouns for an armed group's men, each in two passages
const MEMBERS = [
  'militants',
  'jihadists',
  'jihadis',
  'insurgents',
  'extremists',
  'Islamists',
  'rebels',
  'guerrillas',
  'separatists',
];

describe('quotes28: "the jihadists said" after one armed group is named is that group', () => {
  for (const n of MEMBERS) {
    it(`G claimed … "…," the ${n} said`, () =>
      check({
        what: n,
        text: `ISWAP claimed the raid on the barracks on Monday. "Soldiers of the caliphate stormed the base," the ${n} said on Telegram.`,
        quote: 'Soldiers of the caliphate',
        want: { name: 'ISWAP' },
      }));
    it(`the army said G attacked … "…," the ${n} said`, () =>
      check({
        what: n,
        text: `The Kenya Defence Forces said al-Shabaab had attacked the camp at dawn. "We killed many of the invaders," the ${n} said in a statement.`,
        quote: 'We killed many',
        want: { name: 'al-Shabaab' },
      }));
  }
  it('two armed groups named: the description stays', () =>
    check({
      what: 'two groups',
      text: 'ISWAP and Boko Haram fought near the lake on Monday. "Soldiers of the caliphate attacked the barracks," the jihadists said on Telegram.',
      quote: 'Soldiers of the caliphate',
      want: { desc: 'the jihadists' },
    }));
  it('no armed group named: the description stays', () =>
    check({
      what: 'no group',
      text: 'Villagers said men on motorbikes raided the market. "We took only what we needed," the militants said in a video.',
      quote: 'We took only',
      want: { desc: 'the militants' },
    }));
});

// "the" and an office alone, the subject of a sentence between a name and "he said", each in two passages
const OFFICES = [
  'president',
  'minister',
  'governor',
  'general',
  'colonel',
  'commissioner',
  'commander',
  'mayor',
  'senator',
  'judge',
  'prosecutor',
  'ambassador',
  'envoy',
];

describe('quotes28: "The minister added …" is no new unnamed source for "he"', () => {
  for (const o of OFFICES) {
    it(`X said … The ${o} added … "…," he said`, () =>
      check({
        what: o,
        text: `Abdirahman Warsame said the town had been retaken on Sunday.\n\nThe ${o} added that troops were clearing mines on the road.\n\n"They have no future in this country," he said.`,
        quote: 'They have no future',
        want: { name: 'Abdirahman Warsame' },
      }));
    it(`X told … The ${o} said … "…," she said`, () =>
      check({
        what: o,
        text: `Grace Atieno told reporters the bridge would reopen next week. The ${o} said engineers had found no explosives. "We will not let them cut the road again," she said.`,
        quote: 'We will not let them',
        want: { name: 'Grace Atieno' },
      }));
  }
  it('an unnamed source introduced with "a" keeps its description', () =>
    check({
      what: 'a senior officer',
      text: 'A senior officer said the town had been retaken. The general added that troops were clearing mines. "They have no future in this country," he said.',
      quote: 'They have no future',
      want: { desc: 'A senior officer' },
    }));
});

// South Asian police ranks by their letters, each in two passages: the rank is a title set aside
// from the name, and the district or range before it is a place
const RANKS = ['DSP', 'ASP', 'DIG', 'IG', 'IGP', 'DGP', 'SHO'];

describe('quotes28: "Bastar IG X", "DSP X": a police rank by its letters is a title', () => {
  for (const r of RANKS) {
    it(`"…," ${r} X told reporters`, () => {
      const got = speakerOf(
        `"The cadres fled toward the river at dawn," ${r} Anil Sharma told reporters.`,
        'The cadres fled',
      );
      expect(got?.names?.[0]).toBe('Anil Sharma');
    });
    it(`Range ${r} X said: "…"`, () => {
      const x = extract({
        title: null,
        published: '2024-07-03',
        url: null,
        text: `Kanker ${r} Sundar Raj said: "The camp in the forest has been cleared of the cadres."`,
      });
      const q = x.quotes.find((y) => y.text.startsWith('The camp in the forest'));
      expect(x.entities.find((e) => e.id === q?.speaker)?.name).toBe('Sundar Raj');
      expect(x.entities.some((e) => e.name === 'Kanker' && e.type === 'place')).toBe(true);
    });
  }
  it('"SP" and "SSP" stay the party and the group', () => {
    for (const [text, name] of [
      ['SP chief Akhilesh Yadav spoke to supporters in Lucknow.', 'SP'],
      ['The SSP claimed the attack on the shrine in Jhang.', 'SSP'],
    ]) {
      const x = extract({ title: null, published: '2024-07-03', url: null, text });
      expect(x.entities.some((e) => e.type === 'organization' && e.name === name)).toBe(true);
    }
  });
});

// nouns for what someone says, before a colon and the quote, each in two passages
const WORDS_NOUNS = [
  'message',
  'warning',
  'reply',
  'answer',
  'response',
  'words',
  'verdict',
  'advice',
  'plea',
  'appeal',
  'demand',
  'promise',
  'vow',
  'retort',
  'explanation',
  'assessment',
];

describe('quotes28: "X\'s warning was clear: “…”" is X\'s', () => {
  for (const n of WORDS_NOUNS) {
    const be = n === 'words' ? 'were' : 'was';
    it(`X's ${n} ${be} clear: "…"`, () =>
      check({
        what: n,
        text: `Governor Amina Sule's ${n} to the villages ${be} clear: "Anyone who shelters the kidnappers will be prosecuted."`,
        quote: 'Anyone who shelters',
        want: { name: 'Amina Sule' },
      }));
    it(`The ${n} from X came hours later: "…"`, () =>
      check({
        what: n,
        text: `The ${n} from Khalid Aziz came hours later: "Not while they kill our people in the villages."`,
        quote: 'Not while they kill',
        want: { name: 'Khalid Aziz' },
      }));
  }
  it('a noun that is no speech names no speaker', () => {
    const got = speakerOf(
      'Khalid Aziz\'s convoy was stopped at the bridge: "Nobody may pass before the curfew ends tonight."',
      'Nobody may pass',
    );
    expect(got?.names ?? null).toBeNull();
  });
});
