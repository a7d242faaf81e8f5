import { describe, it } from 'vitest';
import { checkSpeaker, type QuoteCase } from './quotes-helpers.js';

// speakers35: quote layouts of wire copy the attribution missed. Every passage is written for
// this test, with names and places of its own; each rule is exercised by two passages or more.

const check = (c: QuoteCase): void => checkSpeaker(c, '2025-05-02');

const APPOSED_NAME: QuoteCase[] = [
  {
    what: 'a spokesman for G, X, confirmed … “…,” he said',
    text: 'Gunmen seized two engineers near Gao last week.\n\nA spokesman for the Sahel Liberation Front, Oumar Traore, confirmed the abduction on Tuesday. "The engineers are alive and they are treated well," he said.',
    quote: 'The engineers are alive',
    want: { name: 'Oumar Traore' },
  },
  {
    what: 'a spokeswoman for the agency, X, said …¶“…,” she said',
    text: 'Aid convoys were stopped at a checkpoint outside Kadugli.\n\nA spokeswoman for the relief agency, Grace Wanjiru, said the trucks had waited for three days.\n\n"Food is rotting in the sun while children go hungry," she said.',
    quote: 'Food is rotting',
    want: { name: 'Grace Wanjiru' },
  },
];

const INTRODUCED: QuoteCase[] = [
  {
    what: 'a time before the title and the name',
    text: 'Militants stormed a village near Tillaberi this week.\n\nOn Wednesday, regional governor Amadou Harouna visited the families of the dead and promised new patrols.\n\n"The state has not abandoned you. Soldiers will stay here as long as it takes."',
    quote: 'The state has not',
    want: { name: 'Amadou Harouna' },
  },
  {
    what: 'their spokesman, X, in apposition',
    text: 'The Tigray Defence Forces denied shelling the camp.\n\nTheir spokesman, Gebre Tesfaye, spoke to reporters by telephone on Thursday.\n\n"Our units were nowhere near the camp at that time."',
    quote: 'Our units were nowhere',
    want: { name: 'Gebre Tesfaye' },
  },
  {
    what: "the group's spokesman, X, in apposition",
    text: 'The Arakan Army seized a police station in Buthidaung.\n\nThe group\'s spokesman, Khine Thu Kha, posted photographs of the captured weapons on Friday.\n\n"The enemy fled and left everything behind."',
    quote: 'The enemy fled',
    want: { name: 'Khine Thu Kha' },
  },
  {
    what: 'a title in capitals before the name',
    text: 'Two bombs exploded near a mosque in Maiduguri.\n\nPolice chief Abdu Umar visited the site with investigators on Saturday.\n\n"The devices were hidden in rubbish bins outside the gate."',
    quote: 'The devices were hidden',
    want: { name: 'Abdu Umar' },
  },
];

const BODIES: QuoteCase[] = [
  {
    what: 'the agency, named in apposition after the noun',
    text: 'The UN refugee agency, UNHCR, said thousands had crossed into Chad.\n\n"Most of them are women and children who walked for days," the agency said.',
    quote: 'Most of them are women',
    want: { name: 'UNHCR' },
  },
  {
    what: 'the agency, named in apposition with the',
    text: 'The UN children\'s agency, the UNICEF, warned of hunger in the camps.\n\n"Thousands of children are already severely malnourished," the agency said on Monday.',
    quote: 'Thousands of children',
    want: { name: 'UNICEF' },
  },
  {
    what: 'the media wing after X, the military’s media wing',
    text: 'Security forces raided a hideout in the hills of Kurram.\n\nThe Inter-Services Public Relations, the military\'s media wing, said seven militants were killed. "Weapons and ammunition were recovered from the compound," the media wing said.',
    quote: 'Weapons and ammunition',
    want: { name: 'Inter-Services Public Relations' },
  },
  {
    what: 'the media wing after the military’s media wing, X',
    text: 'Troops killed four fighters in a raid near Tank on Sunday.\n\nThe military\'s media wing, the Inter-Services Public Relations, gave the toll. "The area is being cleared of any remaining militants," the wing said.',
    quote: 'The area is being cleared',
    want: { name: 'Inter-Services Public Relations' },
  },
  {
    what: 'the embassy',
    text: 'The United States Embassy in Bamako told citizens to leave Mali.\n\n"Commercial flights may not be available for long," the embassy said.',
    quote: 'Commercial flights may',
    want: { name: 'United States Embassy' },
  },
  {
    what: 'the embassy, a week later',
    text: 'The British Embassy in Juba closed its doors after the shelling.\n\nStaff were moved to Entebbe by air.\n\n"We will reopen as soon as the city is safe," the embassy said in a message to citizens.',
    quote: 'We will reopen',
    want: { name: 'British Embassy' },
  },
  {
    what: 'the party, a party by its kind',
    text: 'The Pakistan Tehreek-e-Insaf said police had arrested dozens of its workers in Lahore.\n\n"This is a crackdown on peaceful protest," the party said.',
    quote: 'This is a crackdown',
    want: { name: 'Pakistan Tehreek-e-Insaf' },
  },
  {
    what: 'the party, a league by its kind',
    text: 'Supporters of the National League for Democracy marched through Yangon on Friday.\n\n"Our leaders are held without charge," the party said in a statement.',
    quote: 'Our leaders are held',
    want: { name: 'National League for Democracy' },
  },
  {
    what: 'the company, a business by its name',
    text: 'Missiles struck a bulk carrier owned by Aegean Star Maritime Ltd off Yemen.\n\n"All crew members are safe and the vessel is sailing to a nearby port," the company said.',
    quote: 'All crew members',
    want: { name: 'Aegean Star Maritime Ltd' },
  },
  {
    what: 'the firm, a business by its name',
    text: 'Gunmen attacked a pipeline run by Delta Basin Petroleum near Warri.\n\n"Production has stopped at two of our flow stations," the firm said on Sunday.',
    quote: 'Production has stopped',
    want: { name: 'Delta Basin Petroleum' },
  },
];

describe('speakers35: a name in commas after a description is the one described', () => {
  for (const c of APPOSED_NAME) it(c.what, () => check(c));
});

describe('speakers35: a quote alone after a paragraph whose subject is a person', () => {
  for (const c of INTRODUCED) it(c.what, () => check(c));
});

describe('speakers35: a body’s noun stands for the body named with it', () => {
  for (const c of BODIES) it(c.what, () => check(c));
});
