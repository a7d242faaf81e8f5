import { describe, it } from 'vitest';
import { expectNoTie, expectTie } from '../../test/ties-helpers.js';

// Issue #10, people near an organisation read as its members or leaders (members29 helper,
// `ties-members29.ts`). Passages written for these tests, with invented names.
// - The cue table's title nouns ("member", "leader", "spokesman" … of G) name the person before
//   them only by apposition, copula or "as", never as the argument of a verb between the two:
//   "X met officials of G", "X killed two members of G" (`titleNamesOthers`).
// - "the commander" refers back to a person introduced with that title elsewhere, never to a name
//   whose only neighbouring title is the phrase itself ("X interviewed the commander of G";
//   `roleHolder` in annotated.ts).
// - A title set beside one name of a list is that name's alone ("A, leader of G, and B, head of
//   H"), and a title before a list's first name is not a later name's that has a title of its
//   own ("G leader A and his deputy B"; `ownTitleOnly`, `ownTitleWithin`).
// - A title that owns another noun ("X, the G leader's driver") is someone else's
//   (`titleOwnedByOther`, the cue table's NOT_OWNER).
// - "X, whose brother leads G" with X parsed as a second subject: the noun "whose" owns is the
//   verb's subject (`whoseSubject`).

describe('members29: a title that is a verb argument names others', () => {
  it.each([
    [
      'Yaw Mensah met officials of the Golden Crescent Front in Tanvale on Tuesday.',
      'Yaw Mensah',
      'Golden Crescent Front',
    ],
    [
      'Petra Lund killed two members of the Black Ridge Movement in a shootout.',
      'Petra Lund',
      'Black Ridge Movement',
    ],
    [
      'Arjun Pillai told members of the Coastal Farmers Union that the road would reopen.',
      'Arjun Pillai',
      'Coastal Farmers Union',
    ],
    [
      'Tomas Eriksen urged fighters of the Black Ridge Movement to lay down their arms.',
      'Tomas Eriksen',
      'Black Ridge Movement',
    ],
  ])('no member: %s', (text, person, org) => {
    expectNoTie(text, 'member_of', person, org);
  });
  it.each([
    [
      'Yaw Mensah thanked the leader of the Coastal Farmers Union for his help.',
      'Yaw Mensah',
      'Coastal Farmers Union',
    ],
    [
      'Petra Lund accused the head of the Golden Crescent Front of lying.',
      'Petra Lund',
      'Golden Crescent Front',
    ],
  ])('no leader: %s', (text, person, org) => {
    expectNoTie(text, 'leader_of', person, org);
    expectNoTie(text, 'member_of', person, org);
  });
  it.each([
    [
      'Yaw Mensah, a member of the Coastal Farmers Union, met officials of the Golden Crescent Front.',
      'Yaw Mensah',
      'Coastal Farmers Union',
      'Golden Crescent Front',
    ],
    [
      'Petra Lund, a fighter with the Black Ridge Movement, killed two members of the Golden Crescent Front.',
      'Petra Lund',
      'Black Ridge Movement',
      'Golden Crescent Front',
    ],
  ])('the apposed title still holds: %s', (text, person, own, other) => {
    expectTie(text, 'member_of', person, own);
    expectNoTie(text, 'member_of', person, other);
  });
});

describe('members29: "the commander" is no name beside the phrase itself', () => {
  it.each([
    [
      'Omar Bekele interviewed the commander of the Iron Hill Brigade in Tanvale.',
      'Omar Bekele',
      'Iron Hill Brigade',
    ],
    [
      'Lina Sorensen visited the commander of the Sable River Militia last week.',
      'Lina Sorensen',
      'Sable River Militia',
    ],
    [
      'Kemal Aydin questioned the commander of the Iron Hill Brigade in Tanvale.',
      'Kemal Aydin',
      'Iron Hill Brigade',
    ],
    [
      'Kemal Aydin met the spokesman of the Golden Crescent Front in Tanvale.',
      'Kemal Aydin',
      'Golden Crescent Front',
    ],
  ])('%s', (text, person, org) => {
    expectNoTie(text, 'member_of', person, org);
    expectNoTie(text, 'leader_of', person, org);
  });
});

describe('members29: a title beside one name of a list is that name alone', () => {
  it('A, leader of G, and B, head of H', () => {
    const text =
      'Kofi Asante, leader of the Golden Crescent Front, and Ivan Petrov, head of the Black Ridge Movement, signed the pact in Tanvale.';
    expectTie(text, 'leader_of', 'Kofi Asante', 'Golden Crescent Front');
    expectTie(text, 'leader_of', 'Ivan Petrov', 'Black Ridge Movement');
    expectNoTie(text, 'leader_of', 'Kofi Asante', 'Black Ridge Movement');
    expectNoTie(text, 'leader_of', 'Ivan Petrov', 'Golden Crescent Front');
  });
  it('A, a commander of G, and B, a spokesman for H', () => {
    const text =
      'Musa Bello, a commander of the Golden Crescent Front, and Sani Garba, a spokesman for the Coastal Farmers Union, were detained.';
    expectTie(text, 'member_of', 'Musa Bello', 'Golden Crescent Front');
    expectTie(text, 'spokesperson_of', 'Sani Garba', 'Coastal Farmers Union');
    expectNoTie(text, 'member_of', 'Sani Garba', 'Golden Crescent Front');
    expectNoTie(text, 'spokesperson_of', 'Musa Bello', 'Coastal Farmers Union');
  });
  it.each([
    [
      'Lina Sorensen, an adviser to the Black Ridge Movement, and Omar Bekele, a spokesman for the Golden Crescent Front, met in Tanvale.',
      'Lina Sorensen',
      'Omar Bekele',
      'Golden Crescent Front',
    ],
  ])('a second title hung on the first is the name before its comma: %s', (text, first, second, org) => {
    expectTie(text, 'spokesperson_of', second, org);
    expectNoTie(text, 'spokesperson_of', first, org);
  });
  it.each([
    [
      'Kofi Asante, a fighter with the Golden Crescent Front, and Ivan Petrov, a lawyer for the Coastal Farmers Union, were questioned.',
      'Kofi Asante',
      'Ivan Petrov',
      'Golden Crescent Front',
    ],
    [
      'Hana Kato, a member of the Black Ridge Movement, and Ravi Menon, a driver for the Coastal Farmers Union, were freed.',
      'Hana Kato',
      'Ravi Menon',
      'Black Ridge Movement',
    ],
  ])('a name after "and" is no holder of the title before it: %s', (text, first, second, org) => {
    expectTie(text, 'member_of', first, org);
    expectNoTie(text, 'member_of', second, org);
  });
  it('A and B, members of G: a title after the list is each name', () => {
    const text = 'Musa Bello and Sani Garba, members of the Sable River Militia, were detained in Tanvale.';
    expectTie(text, 'member_of', 'Musa Bello', 'Sable River Militia');
    expectTie(text, 'member_of', 'Sani Garba', 'Sable River Militia');
  });
  it.each([
    [
      'Golden Crescent Front leader Kofi Asante and his deputy Ivan Petrov were killed in a raid.',
      'Kofi Asante',
      'Ivan Petrov',
      'Golden Crescent Front',
    ],
    [
      'Sable River Militia chief Musa Bello and his aide Sani Garba were arrested in Tanvale.',
      'Musa Bello',
      'Sani Garba',
      'Sable River Militia',
    ],
    [
      'Iron Hill Brigade leader Sani Garba and his deputy Musa Bello were arrested in Tanvale.',
      'Sani Garba',
      'Musa Bello',
      'Iron Hill Brigade',
    ],
  ])('a later name with a title of its own: %s', (text, leader, other, org) => {
    expectTie(text, 'leader_of', leader, org);
    expectNoTie(text, 'leader_of', other, org);
  });
  it('G commanders A and B: a plural title before the list is each name', () => {
    const text = 'Black Ridge Movement commanders Kofi Asante and Ivan Petrov were killed in a raid.';
    expectTie(text, 'member_of', 'Kofi Asante', 'Black Ridge Movement');
    expectTie(text, 'member_of', 'Ivan Petrov', 'Black Ridge Movement');
  });
});

describe("members29: a title that owns another noun is someone else's", () => {
  it.each([
    [
      "Sani Garba, the Iron Hill Brigade leader's driver, was arrested.",
      'Sani Garba',
      'Iron Hill Brigade',
      'leader_of',
    ],
    [
      "Lina Sorensen, the Sable River Militia commander's wife, was freed.",
      'Lina Sorensen',
      'Sable River Militia',
      'leader_of',
    ],
    [
      "Omar Bekele, the Golden Crescent Front spokesman's brother, was questioned.",
      'Omar Bekele',
      'Golden Crescent Front',
      'spokesperson_of',
    ],
  ])('%s', (text, person, org, type) => {
    expectNoTie(text, type, person, org);
  });
});

describe('members29: the noun "whose" owns is its clause subject', () => {
  it.each([
    [
      'Ivan Petrov, whose brother leads the Iron Hill Brigade, was arrested.',
      'Ivan Petrov',
      'Iron Hill Brigade',
    ],
    [
      'Musa Bello, whose cousin heads the Sable River Militia, was questioned.',
      'Musa Bello',
      'Sable River Militia',
    ],
    [
      'Rosa Diaz, whose husband commands the Iron Hill Brigade, was arrested.',
      'Rosa Diaz',
      'Iron Hill Brigade',
    ],
  ])('%s', (text, person, org) => {
    expectNoTie(text, 'leader_of', person, org);
  });
  it('X, whose G fought …: a name "whose" owns still reads as X\'s', () => {
    expectTie(
      'Ivan Petrov, who leads the Iron Hill Brigade, was arrested.',
      'leader_of',
      'Ivan Petrov',
      'Iron Hill Brigade',
    );
  });
});

describe('members29: a name\'s "at" phrase at a site or after a verb says where, not for whom', () => {
  it.each([
    [
      'Gunmen shot dead Ravi Menon at the Blue Lagoon Hotel in Tanvale on Friday.',
      'Ravi Menon',
      'Blue Lagoon Hotel',
    ],
    ['A bomber killed Hana Kato at the Noor Valley Mosque in Tanvale.', 'Hana Kato', 'Noor Valley Mosque'],
    [
      'Militants seized Ayo Bankole at the Tanvale Central Market on Monday.',
      'Ayo Bankole',
      'Tanvale Central Market',
    ],
  ])('%s', (text, person, org) => {
    expectNoTie(text, 'member_of', person, org);
  });
  it.each([
    [
      'Femi Adeyemi at the Tanvale Institute of Technology led the study.',
      'Femi Adeyemi',
      'Tanvale Institute of Technology',
    ],
    [
      'Lina Sorensen of the Coastal Farmers Union said the road was closed.',
      'Lina Sorensen',
      'Coastal Farmers Union',
    ],
  ])('a name\'s own "at"/"of" phrase still makes a member: %s', (text, person, org) => {
    expectTie(text, 'member_of', person, org);
  });
});
