import { describe, expect, it } from 'vitest';
import { hasTie, readTies, showTies } from './ties-helpers.js';

// Issue #10, ties of structure and denial (parts38). Passages written for these tests.
// - parse.ts: "G denied the group had/was …" with no "that": the clause's subject, read by the
//   parser as the speech verb's object, is the clause's subject (clauseAfterObject); "X serves as /
//   was created as the armed wing of G": the role is the verb's "as" phrase (asPhraseOnVerb);
//   "forms", "fights", "serves", "operates", "acts" after a name and before "part"/"as" are verbs.
// - relations.ts: the group word or pronoun that opens a clause of saying or denying stands for the
//   group its speaker speaks for ("a spokesman for G denied the group …"; groupOfSpeaker); a verb
//   joined to another with no subject of its own takes that verb's ("G denied … and said it …").
// - ties/read.ts: "there was no evidence X was linked to G" is denied; "G has no bases in P and no
//   links with H" (a second object of the light verb); "G has an armed wing, X"; "G set up X as
//   its armed wing"; "G forms part of H"; a group "in" a coalition named as one.
// - ties/affiliated_with.ts, part_of.ts: "independent of/from G" (denied); "H brings together A
//   and B"; "A and B united / regrouped under H".

type Want = [type: string, s: string, o: string, negated?: boolean];

const check = (text: string, want: Want[], none: Want[] = []) => {
  const found = readTies(text);
  for (const [type, s, o, negated] of want)
    expect(hasTie(found, type, s, o, !!negated), showTies(found)).toBe(true);
  for (const [type, s, o, negated] of none)
    expect(hasTie(found, type, s, o, !!negated), showTies(found)).toBe(false);
};

describe('parts38: a spokesman who denies a tie denies it for the group he speaks for', () => {
  it.each<[string, Want[], Want[]]>([
    [
      'A spokesman for the Volta Movement denied the group had links to al-Qaeda.',
      [['affiliated_with', 'Volta Movement', 'al-Qaeda', true]],
      [['affiliated_with', 'Volta Movement', 'al-Qaeda']],
    ],
    [
      "The Volta Movement's spokesman, Karim Diallo, denied that the group had any ties to al-Qaeda.",
      [['affiliated_with', 'Volta Movement', 'al-Qaeda', true]],
      [['affiliated_with', 'Karim Diallo', 'al-Qaeda', true]],
    ],
    [
      'Sahel Front spokesman Omar Diallo denied the group was linked to al-Qaeda.',
      [['affiliated_with', 'Sahel Front', 'al-Qaeda', true]],
      [['affiliated_with', 'Omar Diallo', 'al-Qaeda']],
    ],
    [
      'Omar Diallo, a spokesman for the Sahel Front, said the group had absolutely no ties to al-Qaeda.',
      [['affiliated_with', 'Sahel Front', 'al-Qaeda', true]],
      [],
    ],
    [
      'A spokeswoman for the Karsh Brigade denied the militia was connected to Hezbollah.',
      [['affiliated_with', 'Karsh Brigade', 'Hezbollah', true]],
      [],
    ],
    [
      'Officials of the Tamar Movement denied the movement was affiliated with the Islamic State.',
      [['affiliated_with', 'Tamar Movement', 'Islamic State', true]],
      [],
    ],
  ])('%s', (text, want, none) => check(text, want, none));

  it.each<[string, Want[]]>([
    [
      'Hezbollah officials denied any role in the attack and said they had no ties to the Ansar Brigade.',
      [['affiliated_with', 'Hezbollah', 'Ansar Brigade', true]],
    ],
    [
      "The Red Star Party denied setting fire to the depot and said it had no links to the People's Army.",
      [['affiliated_with', 'Red Star Party', "People's Army", true]],
    ],
  ])('a second verb of saying takes the subject of the first: %s', (text, want) => check(text, want));
});

describe('parts38: denied ties', () => {
  it.each<[string, Want[], Want[]]>([
    // "there is no evidence/sign/proof (that) …"
    [
      'Officials said there was no evidence the Ansar Brigade was connected to Hezbollah.',
      [['affiliated_with', 'Ansar Brigade', 'Hezbollah', true]],
      [['affiliated_with', 'Ansar Brigade', 'Hezbollah']],
    ],
    [
      'There was no sign the Dune Battalion was linked to al-Shabaab, police said.',
      [['affiliated_with', 'Dune Battalion', 'al-Shabaab', true]],
      [['affiliated_with', 'Dune Battalion', 'al-Shabaab']],
    ],
    // independent of / from
    [
      "The Kurdish Workers Union insists it is independent of the Kurdistan Workers' Party.",
      [['affiliated_with', 'Kurdish Workers Union', "Kurdistan Workers' Party", true]],
      [],
    ],
    [
      "The Kurdish Workers Union says it is independent from the Kurdistan Workers' Party.",
      [['affiliated_with', 'Kurdish Workers Union', "Kurdistan Workers' Party", true]],
      [],
    ],
    [
      'The Baloch Students Council, which is independent of the Baloch Liberation Army, held a rally in Quetta.',
      [['affiliated_with', 'Baloch Students Council', 'Baloch Liberation Army', true]],
      [],
    ],
    [
      'Leaders say the Cotabato Youth League remains fully independent from the Abu Sayyaf Group.',
      [['affiliated_with', 'Cotabato Youth League', 'Abu Sayyaf Group', true]],
      [],
    ],
    // a second object of "have"
    [
      'The Islamic State has no presence in the region and no ties to the Volta Movement, the minister said.',
      [['affiliated_with', 'Islamic State', 'Volta Movement', true]],
      [],
    ],
    [
      'The Sahel Front has no bases in Niger and no links with al-Qaeda, its leader said.',
      [['affiliated_with', 'Sahel Front', 'al-Qaeda', true]],
      [],
    ],
  ])('%s', (text, want, none) => check(text, want, none));
});

describe('parts38: parts of groups and coalitions', () => {
  it.each<[string, Want[], Want[]]>([
    // a group "in" a coalition named as one
    [
      'The Ravine Brigade, the largest faction in the Eastern Alliance, shelled the town.',
      [['part_of', 'Ravine Brigade', 'Eastern Alliance']],
      [],
    ],
    [
      'The Ravine Brigade is one of the groups in the Eastern Front alliance.',
      [['part_of', 'Ravine Brigade', 'Eastern Front']],
      [],
    ],
    [
      'The Qadisiya Brigade, one of several factions in the Northern Coalition, shelled the town.',
      [['part_of', 'Qadisiya Brigade', 'Northern Coalition']],
      [],
    ],
    [
      'Analysts call the Dune Battalion the strongest militia in the Tamar Coalition.',
      [['part_of', 'Dune Battalion', 'Tamar Coalition']],
      [],
    ],
    // a role after "as"
    [
      'The Dagan Battalion serves as the armed wing of the Harbour Front.',
      [['part_of', 'Dagan Battalion', 'Harbour Front']],
      [],
    ],
    [
      'The Dagan Battalion was created in 2012 as the armed wing of the Harbour Front.',
      [['part_of', 'Dagan Battalion', 'Harbour Front']],
      [],
    ],
    [
      'The Harbour Front set up the Dagan Battalion as its armed wing in 2012.',
      [['part_of', 'Dagan Battalion', 'Harbour Front']],
      [],
    ],
    [
      'The Volta Movement established the Sahel Brigade as its military wing.',
      [['part_of', 'Sahel Brigade', 'Volta Movement']],
      [],
    ],
    [
      'The Sahel Brigade acts as the military wing of the Volta Movement.',
      [['part_of', 'Sahel Brigade', 'Volta Movement']],
      [],
    ],
    // "forms part of", "fights / operates as part of"
    [
      'The Qadisiya Brigade forms part of the Northern Coalition.',
      [['part_of', 'Qadisiya Brigade', 'Northern Coalition']],
      [],
    ],
    [
      'The Qadisiya Brigade fights as part of the Northern Coalition.',
      [['part_of', 'Qadisiya Brigade', 'Northern Coalition']],
      [],
    ],
    [
      'The Karsh Brigade now forms part of the Tamar Coalition, its commander said.',
      [['part_of', 'Karsh Brigade', 'Tamar Coalition']],
      [],
    ],
    [
      'Since 2016 the Dune Battalion has formed part of the Northern Coalition.',
      [['part_of', 'Dune Battalion', 'Northern Coalition']],
      [],
    ],
    [
      'The Sahel Brigade fights as part of the Volta Movement.',
      [['part_of', 'Sahel Brigade', 'Volta Movement']],
      [],
    ],
    // "G has / maintains an armed wing, X"
    [
      'The Harbour Front has a military wing, the Dagan Battalion, which raided the camp.',
      [['part_of', 'Dagan Battalion', 'Harbour Front']],
      [],
    ],
    [
      'The Volta Movement maintains an armed wing, the Sahel Brigade.',
      [['part_of', 'Sahel Brigade', 'Volta Movement']],
      [],
    ],
    // "H brings together A and B", "A and B united / regrouped under H"
    [
      'The Northern Coalition brings together the Qadisiya Brigade and the Ravine Brigade.',
      [
        ['part_of', 'Qadisiya Brigade', 'Northern Coalition'],
        ['part_of', 'Ravine Brigade', 'Northern Coalition'],
      ],
      [],
    ],
    [
      'Formed in 2014, the Tamar Alliance brought together the Volta Movement and the Sahel Front.',
      [
        ['part_of', 'Volta Movement', 'Tamar Alliance'],
        ['part_of', 'Sahel Front', 'Tamar Alliance'],
      ],
      [],
    ],
    [
      'The Qadisiya Brigade and the Ravine Brigade united under the Northern Coalition in 2017.',
      [
        ['part_of', 'Qadisiya Brigade', 'Northern Coalition'],
        ['part_of', 'Ravine Brigade', 'Northern Coalition'],
      ],
      [],
    ],
    [
      'Several militias, including the Dune Battalion, regrouped under the Tamar Coalition last year.',
      [['part_of', 'Dune Battalion', 'Tamar Coalition']],
      [],
    ],
  ])('%s', (text, want, none) => check(text, want, none));
});

describe('parts38: who takes over a group, or its leadership, leads it', () => {
  it.each([
    ['Abu Rami took over Harakat Hazm in 2018 after his brother died.', 'Abu Rami', 'Harakat Hazm'],
    ['Ibrahim Musa has taken over Boko Haram, its fighters say.', 'Ibrahim Musa', 'Boko Haram'],
    [
      'After the death of Omar Sayed, Abu Rami assumed the leadership of the Sahel Front.',
      'Abu Rami',
      'Sahel Front',
    ],
    ['Abu Rami took command of the Sahel Front in March.', 'Abu Rami', 'Sahel Front'],
    [
      'In 2021 the leadership of the Volta Movement was assumed by Karim Diallo.',
      'Karim Diallo',
      'Volta Movement',
    ],
    ['Karim Diallo took charge of the Volta Movement after the split.', 'Karim Diallo', 'Volta Movement'],
  ])('%s', (text, s, o) => check(text, [['leader_of', s, o]]));
});
