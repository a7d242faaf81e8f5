import { describe, it } from 'vitest';
import { expectNoTie, expectTie } from '../../test/ties-helpers.js';

// Issue #10, false member_of / leader_of / located_in ties (precision33 helper). Passages written
// for these tests, with invented names.
// - A vice or deputy title leads nothing: the lemmatiser reads "vice" as "vise", so the patterns'
//   `notMods` are matched on the word as well as on its lemma (`notMod` in ties/read.ts); "vice
//   president/chairman of G" stays a member (`member_of/deputy`).
// - A title opened by "and" after a name's comma begins the next part of a list ("his wife, A, and
//   the deputy director of G, B"): the cue table's title cues do not read it as A's (`NOT_AND` in
//   relations.ts), nor does the parse reader when the parser hung the title on A as an apposition
//   (`roleHolder`).
// - "A of G and B of H": a conjoined name with an organisation of its own in an "of" phrase is not
//   given the other's (`member_of/person-of-org`, as `located_in` already was).
// - "X, Sahel director at G": a place before a post that an organisation's phrase follows is the
//   post's region, not X's home (cue `person-apposition-place`, `PORTFOLIO`).
// - Police bodies that name no police ("Special Detective Unit", "Criminal Investigation Unit",
//   "Garda …") are security agencies (`orgKind`), which "the group" never stands for.

describe('precision33: a vice or deputy title leads nothing', () => {
  it.each([
    [
      'Petra Lind, vice chairman of the Baltic Shipping Union, opened the meeting in Tallinn.',
      'Petra Lind',
      'Baltic Shipping Union',
    ],
    [
      'The vice president of the Farmers Alliance, Jonas Eke, resigned on Monday.',
      'Jonas Eke',
      'Farmers Alliance',
    ],
    [
      'Omar Saeed, vice president of the Awami Front, said the talks had failed.',
      'Omar Saeed',
      'Awami Front',
    ],
  ])('%s', (text, person, org) => {
    expectNoTie(text, 'leader_of', person, org);
    expectTie(text, 'member_of', person, org);
  });
});

describe('precision33: a title opened by "and" is the next name\'s', () => {
  it.each([
    [
      'He travelled with his wife, Amina Bello, and the deputy director of the Water Agency, Femi Adeyemi.',
      'member_of',
      'Amina Bello',
      'Femi Adeyemi',
      'Water Agency',
    ],
    [
      'The delegation included the mayor, Kofi Boateng, and the vice chairman of the Cocoa Board, Yaw Mensah.',
      'member_of',
      'Kofi Boateng',
      'Yaw Mensah',
      'Cocoa Board',
    ],
    [
      "The court heard from the victim's mother, Rose Atieno, and a member of the Lake Traders Union, Peter Odhiambo.",
      'member_of',
      'Rose Atieno',
      'Peter Odhiambo',
      'Lake Traders Union',
    ],
    [
      'Reporters spoke to the farmer, Ali Musa, and a spokesman for the Valley Water Board, Sani Dogo.',
      'spokesperson_of',
      'Ali Musa',
      'Sani Dogo',
      'Valley Water Board',
    ],
    [
      'The panel included a retired judge, Helen Moyo, and the leader of the Coastal Workers Party, Daniel Kiptoo.',
      'leader_of',
      'Helen Moyo',
      'Daniel Kiptoo',
      'Coastal Workers Party',
    ],
  ])('%s', (text, type, before, holder, org) => {
    expectNoTie(text, type, before, org);
    expectNoTie(text, 'member_of', before, org);
    expectTie(text, type, holder, org);
  });
});

describe('precision33: a conjoined name with an organisation of its own', () => {
  it.each([
    [
      'Police named the dead as Tomas Reyes, 52, of the Harbour Authority and Lina Ortiz of the Fisheries Board.',
      'Tomas Reyes',
      'Harbour Authority',
      'Lina Ortiz',
      'Fisheries Board',
    ],
    [
      'Officials said Amir Saleh of the Crimson Brigade and Omar Zaki of the Northern Front had signed the truce.',
      'Amir Saleh',
      'Crimson Brigade',
      'Omar Zaki',
      'Northern Front',
    ],
    [
      'Officials said Farid Nazari of the Lantern Foundation and Olga Petrova of the Harbour Trust had been freed.',
      'Farid Nazari',
      'Lantern Foundation',
      'Olga Petrova',
      'Harbour Trust',
    ],
  ])('%s', (text, a, g, b, h) => {
    expectTie(text, 'member_of', a, g);
    expectTie(text, 'member_of', b, h);
    expectNoTie(text, 'member_of', a, h);
  });

  // (two names sharing one phrase both hold it)
  it('Amir Saleh and Omar Zaki of the Crimson Brigade', () => {
    const text = 'Amir Saleh and Omar Zaki of the Crimson Brigade signed the truce in Dunmar.';
    expectTie(text, 'member_of', 'Amir Saleh', 'Crimson Brigade');
    expectTie(text, 'member_of', 'Omar Zaki', 'Crimson Brigade');
  });
});

describe("precision33: a post's region is no home", () => {
  it.each([
    ['Mira Olsen, Balkans editor at the Nordic Herald, said the vote was close.', 'Mira Olsen', 'Balkans'],
    [
      'Tomasz Nowak, Caucasus director at the Open Roads Institute, called the ruling a setback.',
      'Tomasz Nowak',
      'Caucasus',
    ],
    [
      'Hanne Berg, Sahel director at the Civic Rights Monitor, said the killings were war crimes.',
      'Hanne Berg',
      'Sahel',
    ],
    ['Tom Ashby, Africa correspondent for the Evening Courier, visited Mopti.', 'Tom Ashby', 'Africa'],
  ])('%s', (text, person, place) => {
    expectNoTie(text, 'located_in', person, place);
  });

  // (a place before an occupation with no organisation after it is still the home)
  it.each([
    ['Sara Holm, a Malmo engineer, won the design prize.', 'Sara Holm', 'Malmo'],
    ['Ivan Petrov, a Kazan lawyer, filed the appeal on Monday.', 'Ivan Petrov', 'Kazan'],
  ])('%s', (text, person, place) => {
    expectTie(text, 'located_in', person, place);
  });
});

describe('precision33: "the group" is never a police body', () => {
  it.each([
    [
      'Inspector Liam Casey of the Special Detective Unit said Tom Reilly had met Sean Dunne, a senior figure in the group, in Dundalk. The Black Oak Brigade had bought rifles, the court heard.',
      'Sean Dunne',
      'Special Detective Unit',
    ],
    [
      'The Grey Wolf Brigade has grown, prosecutors said. Detective Niall Byrne of the Garda Organised Crime Unit said Conor Hayes was a member of the group.',
      'Conor Hayes',
      'Garda Organised Crime Unit',
    ],
    [
      'Kevin Shaw, 33, was charged on Friday. An officer of the Criminal Investigation Unit said Shaw had met Dara Flynn, a senior member of the group, in Cork.',
      'Dara Flynn',
      'Criminal Investigation Unit',
    ],
  ])('%s', (text, person, police) => {
    expectNoTie(text, 'member_of', person, police);
  });

  it('the group named before stays', () => {
    expectTie(
      'The Grey Wolf Brigade has grown, prosecutors said. Detective Niall Byrne of the Garda Organised Crime Unit said Conor Hayes was a member of the group.',
      'member_of',
      'Conor Hayes',
      'Grey Wolf Brigade',
    );
  });
});
