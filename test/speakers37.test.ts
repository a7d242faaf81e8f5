import { describe, it } from 'vitest';
import { checkSpeaker, type QuoteCase } from './quotes-helpers.js';

// speakers37: a speaker named by the post alone ("the captain", "the police boss", "the lawmaker")
// is the person the text introduced with that post, or with another word news uses for it; and a
// relative "which" / "who" the parse left as a speech verb's subject stands for the noun before it.
// Every passage is written for this test, with names and places of its own.

const check = (c: QuoteCase): void => checkSpeaker(c, '2025-08-19');

// a rank or title given with the name, the bare post later
const RANK_TITLES: QuoteCase[] = [
  {
    what: 'Capt. X … the captain said (same paragraph)',
    text: 'Capt. Idris Moumouni led the patrol that was ambushed outside Bosso. "They fired from both sides of the track," the captain said.',
    quote: 'They fired from both sides',
    want: { name: 'Idris Moumouni' },
  },
  {
    what: 'Police Inspector X said … the inspector told reporters',
    text: 'Police Inspector Kamrul Hasan said officers found bomb-making material in the flat in Gazipur. "There were enough chemicals to make ten devices," the inspector told reporters.',
    quote: 'There were enough chemicals',
    want: { name: 'Kamrul Hasan' },
  },
  {
    what: 'Maj. X, who …, … the major said, in the next paragraph',
    text: 'Maj. Juma Wekesa, whose company was hit on the Garissa road, survived with a leg wound.\n\n"We lost four good men that night," the major said from his hospital bed.',
    quote: 'We lost four good men',
    want: { name: 'Juma Wekesa' },
  },
  {
    what: 'Superintendent of Police X … said the superintendent (inverted)',
    text: 'Superintendent of Police Arvind Tirkey confirmed that two Maoist cadres died in the forest near Latehar. "The exchange of fire went on for nearly two hours," said the superintendent.',
    quote: 'The exchange of fire went on',
    want: { name: 'Arvind Tirkey' },
  },
  {
    what: 'Sgt. X … the sergeant recalled',
    text: 'Sgt. Daniel Kiprono was on duty at the barrier when the car came. "I saw it speeding towards us and shouted to the others," the sergeant recalled.',
    quote: 'I saw it speeding',
    want: { name: 'Daniel Kiprono' },
  },
  {
    what: 'Senator X urged … the senator said in P',
    text: 'Speaking after the raid, Senator Bukola Adewale urged the villagers to stay calm. "Our people must not take the law into their own hands," the senator said in Mubi.',
    quote: 'Our people must not take',
    want: { name: 'Bukola Adewale' },
  },
];

// the post named by another word news uses for it
const OTHER_WORDS: QuoteCase[] = [
  {
    what: 'the police commissioner, X, … the police chief told reporters',
    text: 'The state police commissioner, Ibrahim Dankwambo, visited the burnt market on Sunday.\n\n"We will find those behind this attack," the police chief told reporters.',
    quote: 'We will find those behind',
    want: { name: 'Ibrahim Dankwambo' },
  },
  {
    what: 'P police commissioner X … the police boss said',
    text: 'Kaduna police commissioner Olumide Bakare said three suspects had been held since the weekend. "Investigations are going on and more arrests will follow," the police boss said.',
    quote: 'Investigations are going on',
    want: { name: 'Olumide Bakare' },
  },
  {
    what: 'X, the deputy inspector general of police, … the police officer said',
    text: 'The deputy inspector general of police, Zafar Iqbal Bhatti, said the attackers had been identified. "They crossed the border two days before the attack," the police officer said.',
    quote: 'They crossed the border',
    want: { name: 'Zafar Iqbal Bhatti' },
  },
  {
    what: 'Lt. Col. X said … the officer said',
    text: 'Lt. Col. Souleymane Barry said the troops had taken back the town before dawn. "The enemy fled towards the border with their wounded," the officer said.',
    quote: 'The enemy fled towards',
    want: { name: 'Souleymane Barry' },
  },
  {
    what: 'Police Inspector X … the officer said, a second paragraph on',
    text: 'Inspector Sadia Rahman of the counter-terrorism department ordered the raid in Sylhet.\n\nAsked whether more arrests would follow, the officer said: "We are watching several other houses in the area."',
    quote: 'We are watching several',
    want: { name: 'Sadia Rahman' },
  },
  {
    what: 'X, a lawmaker from P, … asked the lawmaker',
    text: 'Wanjiku Kamau, an opposition lawmaker from Turkana, questioned the minister in parliament on Tuesday.\n\n"How many more teachers must die before the government acts?" asked the lawmaker.',
    quote: 'How many more teachers',
    want: { name: 'Wanjiku Kamau' },
  },
  {
    what: 'X, a senator representing P, … the lawmaker said',
    text: 'Emeka Onwudiwe, a senator representing Enugu North, raised the killings in the senate chamber. "We cannot allow this to continue in silence," the lawmaker said.',
    quote: 'We cannot allow this',
    want: { name: 'Emeka Onwudiwe' },
  },
  {
    what: 'X, the head of the regional health office, … the health official said',
    text: 'Halima Warsame, the head of the regional health office, said three clinics had closed. "We have no medicine left for the children," the health official said.',
    quote: 'We have no medicine left',
    want: { name: 'Halima Warsame' },
  },
  {
    what: 'Maulana X leads prayers … the cleric said',
    text: 'Maulana Abdul Sattar leads prayers at the mosque that was bombed in Quetta. "These people have no religion and no mercy," the cleric said.',
    quote: 'These people have no religion',
    want: { name: 'Abdul Sattar' },
  },
];

// the post told as a predicate or as what the person does
const TOLD_POST: QuoteCase[] = [
  {
    what: 'X is a doctor at P … the doctor said',
    text: 'Bilal Ahmadzai is a doctor at the main hospital in Kandahar. On Saturday night his ward received forty wounded.\n\n"We ran out of blood within two hours," the doctor said.',
    quote: 'We ran out of blood',
    want: { name: 'Bilal Ahmadzai' },
  },
  {
    what: 'X, who commands the force, … the commander said',
    text: 'Rashid Durrani, who commands the paramilitary force in the district, led the operation on Friday. "The area has been cleared of militants," the commander said.',
    quote: 'The area has been cleared',
    want: { name: 'Rashid Durrani' },
  },
  {
    what: 'X, a senior investigator with the unit, … the investigator said',
    text: 'Esther Mwikali, a senior investigator with the anti-terror police unit, said the cell had links abroad. "They received money from across the border every month," the investigator said.',
    quote: 'They received money from',
    want: { name: 'Esther Mwikali' },
  },
  {
    what: 'X is the headmaster of the school … the teacher recalled',
    text: 'Kojo Boateng is the headmaster of the school in Bawku, where the children hid. "I locked the door and told them to lie on the floor," the teacher recalled.',
    quote: 'I locked the door',
    want: { name: 'Kojo Boateng' },
  },
  {
    what: 'X, a nurse at the hospital in P, … the nurse said',
    text: 'Naomi Chebet, a nurse at the district hospital in Mandera, treated the first casualties. "Most of them had gunshot wounds to the legs," the nurse said.',
    quote: 'Most of them had gunshot',
    want: { name: 'Naomi Chebet' },
  },
  {
    what: 'X, a shopkeeper in the bazaar, … the shopkeeper said',
    text: 'Salim Haidari, a shopkeeper in the old bazaar, lost two cousins in the blast. "I heard it from the other end of the street," the shopkeeper said.',
    quote: 'I heard it from the other end',
    want: { name: 'Salim Haidari' },
  },
];

// the named holder speaks first; an unnamed holder of the post introduced later keeps "the officer"
// ("the president" stays a description: a head of state is left to other readers)
const THEN_UNNAMED: [QuoteCase, QuoteCase][] = [
  [
    {
      what: 'the captain, then an officer who gave no name',
      text: 'Capt. Idris Moumouni led the patrol that was ambushed outside Bosso. "They fired from both sides of the track," the captain said. Later a police officer who would give no name spoke to us. "They came from the lake at night," the officer said.',
      quote: 'They fired from both sides',
      want: { name: 'Idris Moumouni' },
    },
    { what: '', text: '', quote: 'They came from the lake', want: { desc: 'officer' } },
  ],
  [
    {
      what: 'the inspector, then a militant commander beside an unnamed officer',
      text: 'Inspector Sadia Rahman of the counter-terrorism department ordered the raid in Sylhet. "We are watching several other houses," the inspector said.\n\nLast year Mullah Sher Ali, a commander of the group in Kunar, went over to its rivals with his men, a senior police officer in Dhaka said. "They pay better and they fight harder," said the officer, who gave no name.',
      quote: 'We are watching several',
      want: { name: 'Sadia Rahman' },
    },
    { what: '', text: '', quote: 'They pay better', want: { desc: 'officer' } },
  ],
  [
    {
      what: 'the lawmaker, then an unnamed lawmaker of the ruling party',
      text: 'Wanjiku Kamau, an opposition lawmaker, questioned the minister on Tuesday. "He has failed the families," the lawmaker said. A lawmaker from the ruling party, who would not be identified, defended him. "The minister has done all he can," the lawmaker said.',
      quote: 'He has failed the families',
      want: { name: 'Wanjiku Kamau' },
    },
    { what: '', text: '', quote: 'The minister has done', want: { desc: 'lawmaker' } },
  ],
  [
    {
      what: 'the inspector, then the president',
      text: 'Police Inspector Kamrul Hasan led the raid in Gazipur. "The men inside had two rifles," the inspector said. The president visited the scene a day later. "This is a victory for our country," the president said.',
      quote: 'The men inside had',
      want: { name: 'Kamrul Hasan' },
    },
    { what: '', text: '', quote: 'This is a victory', want: { desc: 'president' } },
  ],
];

// "… by G, which called it “…”": the relative clause hung on the main verb by the parse
const RELATIVE_SUBJECT: QuoteCase[] = [
  {
    what: 'claimed by G, which called it',
    text: 'The ambush was claimed by Katiba Salaheddine, which called it "a lesson to the junta and its foreign mercenaries".',
    quote: 'a lesson to the junta',
    want: { name: 'Katiba Salaheddine' },
  },
  {
    what: 'condemned by G, which said the raiders would be',
    text: 'The raid was condemned by the Malawi Defence Force, which said the raiders would be "hunted down wherever they hide".',
    quote: 'hunted down wherever',
    want: { name: 'Malawi Defence Force' },
  },
  {
    what: 'blamed on G, which in a statement described the victims as',
    text: 'The beheadings were blamed on Ansar al-Sunna, which in a statement described the victims as "spies of the crusader army".',
    quote: 'spies of the crusader army',
    want: { name: 'Ansar al-Sunna' },
  },
  {
    what: 'delivered by G, which warned that',
    text: 'Food was delivered by the International Organization for Migration, which warned that "the situation in the camps is becoming desperate".',
    quote: 'the situation in the camps',
    want: { name: 'International Organization for Migration' },
  },
];

// "the report said", "the post said": what the body told of in the sentences before issued
const ISSUED_PAPER: QuoteCase[] = [
  {
    what: 'in its report, G documented … the report said',
    text: 'In its report, the Kenya Human Rights Commission documented thirty killings by police in Mandera. "Families are still waiting for answers," the report said.',
    quote: 'Families are still waiting',
    want: { name: 'Kenya Human Rights Commission' },
  },
  {
    what: 'G published a report … the report said, next paragraph',
    text: 'The Sudan Doctors Union published a report on Thursday on attacks on clinics in Darfur.\n\n"Health workers have been hunted down and shot," the report said.',
    quote: 'Health workers have been hunted',
    want: { name: 'Sudan Doctors Union' },
  },
  {
    what: 'G posted details on its account … the post said',
    text: 'The Somali National Army posted details of the raid on its Facebook page. "Troops killed seven fighters and seized their weapons," the post said.',
    quote: 'Troops killed seven fighters',
    want: { name: 'Somali National Army' },
  },
  {
    what: 'G issued a press release … the release said',
    text: 'The Ministry of Home Affairs issued a press release after the arrests in Kasese. "The suspects will appear before the court on Monday," the release said.',
    quote: 'The suspects will appear',
    want: { name: 'Ministry of Home Affairs' },
  },
  {
    what: 'G put out a bulletin … said the bulletin',
    text: 'The Mozambique Defence Armed Forces put out a bulletin on the fighting near Macomia. "Our units have retaken the coastal road," said the bulletin.',
    quote: 'Our units have retaken',
    want: { name: 'Mozambique Defence Armed Forces' },
  },
];

// an outlet's report stays "the report": the outlet is no author of the words it reports
const ORG_THEN_OUTLET: [QuoteCase, QuoteCase] = [
  {
    what: 'an org report, then a news agency report',
    text: 'The Uganda Human Rights Commission released a report on detentions in Kampala. "Dozens were held without charge for months," the report said.\n\nReuters reported on Friday that a convoy was hit near Beledweyne. "At least twelve soldiers died in the blast," the report said.',
    quote: 'Dozens were held',
    want: { name: 'Uganda Human Rights Commission' },
  },
  { what: '', text: '', quote: 'At least twelve soldiers', want: { desc: 'report' } },
];

describe('speakers37: the post alone names the person introduced with it', () => {
  for (const c of RANK_TITLES) it(`rank or title: ${c.what}`, () => check(c));
  for (const c of OTHER_WORDS) it(`another word for the post: ${c.what}`, () => check(c));
  for (const c of TOLD_POST) it(`the post told: ${c.what}`, () => check(c));
  for (const [c, later] of THEN_UNNAMED)
    it(`named, then unnamed: ${c.what}`, () => {
      check(c);
      check({ ...later, what: c.what, text: c.text });
    });
});

describe('speakers37: a relative pronoun left as the subject stands for the noun before it', () => {
  for (const c of RELATIVE_SUBJECT) it(c.what, () => check(c));
});

describe('speakers37: "the report" / "the post" / "the release" is the body that issued it', () => {
  for (const c of ISSUED_PAPER) it(c.what, () => check(c));
  it(`then an outlet's report stays unnamed: ${ORG_THEN_OUTLET[0].what}`, () => {
    check(ORG_THEN_OUTLET[0]);
    check({ ...ORG_THEN_OUTLET[1], what: ORG_THEN_OUTLET[0].what, text: ORG_THEN_OUTLET[0].text });
  });
});
