import { describe, expect, it } from 'vitest';
import { readTies, showTies, tieStrings } from '../../../test/ties-helpers.js';

// Issue #10, membership lost by mechanism rather than by wording (ties24 helper): a title held by
// someone named only later, an age between a name and the relative clause that gives its title,
// and a group noun set right before the group's own name. Sentences written for these tests.

const ties = (text: string) => tieStrings(text, '2026-06-01');

describe('ties35: a title introduced with "a"/"an" and its group, its holder named later', () => {
  it.each([
    [
      'Troops say a middle-ranking commander of the Tawhid Front gave himself up in the hills last week. The man, Jorge Ramos, had been with the rebels since he was 15.',
      'Jorge Ramos',
      'Tawhid Front',
    ],
    [
      'A researcher at the Sahel Policy Institute said the insurgents were short of money. "They are losing recruits," said the researcher, Fatou Ndiaye.',
      'Fatou Ndiaye',
      'Sahel Policy Institute',
    ],
    [
      'An official with the Baloch Students Organisation was abducted in Turbat on Sunday. Police later identified the official as Naveed Baloch.',
      'Naveed Baloch',
      'Baloch Students Organisation',
    ],
    [
      'Security sources said an operative of the Harakat Hazm network had been tracked for months. The woman, Leila Darwish, was arrested at the border in May.',
      'Leila Darwish',
      'Harakat Hazm',
    ],
  ])('%s', (text, s, o) => {
    const found = readTies(text, '2026-06-01');
    expect(
      found.some((r) => r.type === 'member_of' && r.s === s && r.o === o && !r.negated),
      showTies(found),
    ).toBe(true);
  });

  it('names no one by a noun other than the title ("the lawyer" is not "a commander")', () => {
    const t = ties(
      'A commander of the Tawhid Front surrendered last week. The lawyer, Maria Gomez, said the case was closed.',
    );
    expect(t).not.toContain('member_of(Maria Gomez, Tawhid Front)');
  });

  it('names no one when the title already holds a name in its own sentence', () => {
    const t = ties(
      'Omar Said, a commander of the Tawhid Front, surrendered last week. The man, Jorge Ramos, was his driver.',
    );
    expect(t).toContain('member_of(Omar Said, Tawhid Front)');
    expect(t).not.toContain('member_of(Jorge Ramos, Tawhid Front)');
  });

  it("names no one when a name is set beside the title's group", () => {
    const t = ties(
      'An official of the Baloch Students Organisation (BSO), Imran Shah, was abducted. The man, Naveed Baloch, saw it happen.',
    );
    expect(t).not.toContain('member_of(Naveed Baloch, Baloch Students Organisation)');
  });

  it('names no one three sentences on', () => {
    const t = ties(
      'A researcher at the Sahel Policy Institute said fighting would go on. The army denied it. The ministry declined to comment. Later, the researcher, Fatou Ndiaye, left the country.',
    );
    expect(t).not.toContain('member_of(Fatou Ndiaye, Sahel Policy Institute)');
  });
});

describe('ties35: an age set off by commas between a name and its "whom … as" clause', () => {
  it.each([
    [
      'Police detained Kemal Ozturk, 34, whom the indictment describes as a commander of the Free Homeland Brigades.',
      'Kemal Ozturk',
      'Free Homeland Brigades',
    ],
    [
      'Among those held was Musa Kante, 51, whom investigators described as a member of Ansar Dine.',
      'Musa Kante',
      'Ansar Dine',
    ],
  ])('%s', (text, s, o) => {
    expect(ties(text)).toContain(`member_of(${s}, ${o})`);
  });
});

describe('ties35: "the far-right group G": a group noun right before a name is that group', () => {
  it.each([
    [
      'Hamas fighters attacked the crossing. Liam Stockdale had long been a member of the far-right group Wessex Front until he was thrown out in 2023.',
      'Liam Stockdale',
      'Wessex Front',
      'Hamas',
    ],
    [
      'The Jaish al-Adl group claimed the attack. Its fighters included Omar Rigi, who had earlier belonged to the Sunni militant organisation Jundallah.',
      'Omar Rigi',
      'Jundallah',
      'Jaish al-Adl',
    ],
  ])('%s', (text, s, o, not) => {
    const t = ties(text);
    expect(t.some((x) => x.startsWith('member_of(') && x.includes(`${s}, ${o})`))).toBe(true);
    expect(t).not.toContain(`member_of(${s}, ${not})`);
  });
});

describe('ties35: "a Malian army sergeant, X": the demonym an adjective on the title, the force still named', () => {
  it.each([
    [
      'The Malian army said the base was attacked. A Malian army sergeant, Oumar Traore, was wounded.',
      'Oumar Traore',
      'Malian army',
    ],
    [
      'The Sudanese Armed Forces said the city was retaken. A Sudanese army captain, Ahmed Osman, was killed in the fighting.',
      'Ahmed Osman',
      'Sudanese Armed Forces',
    ],
  ])('%s', (text, s, o) => {
    expect(ties(text)).toContain(`member_of(${s}, ${o})`);
  });
});
