import { describe, expect, it } from 'vitest';
import { expectFight, readTies, showTies } from '../../test/ties-helpers.js';

// Issue #10, armed-conflict and arrest ties on wording the rules had not met (fights29 helper).
// Passages written for these tests, with invented names.
// - Allies in one act share its enemy: "A fought alongside B against C" is B against C too
//   (ties-fights29.ts, `alliesShareFoes`).
// - "X has been weakened by (years of) fighting / clashes with Y": the side the fight wears down
//   (read.ts, WORN, on the verb and on the noun).
// - "G fighters surrendered to H", "a G commander surrendered to H": a side yielding to its enemy
//   (fights/surrender-to; a person alone yielding ties no one).
// - "the G government/regime", "the military, known as G": in a fight, a ruling body or a state's
//   military stands for the organisation named in it or after it (read.ts, RULING_SIDE).
// - A body the text names by its forces ("forces of G", "troops loyal to G", "G forces") is armed,
//   so an attack on it is a fight (event-ties.ts, ARMED_NOUN_BEFORE/AFTER).
// - Arrests: "arrested … by officers from F" past a list of places (event-arrest-agent.ts,
//   BY_PEOPLE_OF); "along with two associates, A and B" (arrest-named.ts, ALONG); "police" with no
//   force's name stands for the one police force the text names (event-ties.ts, `policeNamed`).
// - "Three years after G drove H out of P, …" parsed with "years" as the subject: the noun of the
//   span's "after"/"before"/"since" phrase does the act (read.ts, `spanOpener`).

const expectArrest = (text: string, person: string, force: string, want = true) => {
  const found = readTies(text);
  const ok = found.some((r) => r.type === 'arrested_by' && !r.negated && r.s === person && r.o === force);
  expect(ok, showTies(found)).toBe(want);
};

describe('fights29: allies in one act share its enemy', () => {
  it.each([
    [
      'The Lomar Brigade once fought alongside the Kivu Defence Force against the Northern Liberation Front near Tarsa.',
      'Kivu Defence Force',
      'Northern Liberation Front',
    ],
    [
      'The Kivu Defence Force launched a joint offensive with the Lomar Brigade against the Northern Liberation Front in May.',
      'Lomar Brigade',
      'Northern Liberation Front',
    ],
  ])('%s', (text, a, b) => {
    expectFight(text, a, b);
  });
  it('makes no foe of an ally named outside the act ("A, an ally of B, fought C")', () => {
    expectFight(
      'The Lomar Brigade, an ally of the Kivu Defence Force, fought the Northern Liberation Front near Tarsa.',
      'Kivu Defence Force',
      'Northern Liberation Front',
      false,
    );
  });
});

describe('fights29: the side a fight wears down', () => {
  it.each([
    [
      'The Lomar Brigade has been weakened by years of fighting with its rival, the Northern Liberation Front.',
      'Lomar Brigade',
      'Northern Liberation Front',
    ],
    [
      'The Lomar Brigade has been weakened by clashes with the Northern Liberation Front.',
      'Lomar Brigade',
      'Northern Liberation Front',
    ],
    [
      'The Sable Hills Front was weakened by arrests and by fighting with the Kivu Defence Force.',
      'Sable Hills Front',
      'Kivu Defence Force',
    ],
    [
      'The Kivu Defence Force has been weakened by months of fighting with the Lomar Brigade in the north.',
      'Kivu Defence Force',
      'Lomar Brigade',
    ],
  ])('%s', (text, a, b) => {
    expectFight(text, a, b);
  });
  it('reads no fight from talks that wear a side down', () => {
    expectFight(
      'The Kivu Defence Force has been weakened by months of talks with the Lomar Brigade in the north.',
      'Kivu Defence Force',
      'Lomar Brigade',
      false,
    );
  });
});

describe('fights29: a side yields to its enemy', () => {
  it.each([
    [
      'Two Lomar Brigade fighters who surrendered to the Kivu Defence Force last month told investigators about the camp.',
      'Lomar Brigade',
      'Kivu Defence Force',
    ],
    [
      'Fourteen members of the Sable Hills Front surrendered to the Ruvani National Army in Tarsa on Monday.',
      'Sable Hills Front',
      'Ruvani National Army',
    ],
  ])('%s', (text, a, b) => {
    expectFight(text, a, b);
  });
  it('ties no one when a person alone yields', () => {
    const found = readTies('Jonas Vell surrendered to the Kivu Defence Force last month.');
    expect(
      found.some((r) => r.type === 'fights'),
      showTies(found),
    ).toBe(false);
  });
});

describe('fights29: a ruling body or a military stands for its named organisation', () => {
  it.each([
    [
      'The Lomar Brigade has fought the Ruvani Movement government since 2021.',
      'Lomar Brigade',
      'Ruvani Movement',
    ],
    [
      'The Northern Liberation Front clashed with the Sable Hills Front regime near Tarsa last year.',
      'Northern Liberation Front',
      'Sable Hills Front',
    ],
    [
      'The Lomar Brigade continues to fight the military, known as the Tatmadaw Kyi, near Tarsa.',
      'Lomar Brigade',
      'Tatmadaw Kyi',
    ],
    [
      'The Sable Hills Front has clashed with the military, known as the Kivu Defence Force, for years.',
      'Sable Hills Front',
      'Kivu Defence Force',
    ],
  ])('%s', (text, a, b) => {
    expectFight(text, a, b);
  });
  it('reads no fight from praise of a government', () => {
    expectFight(
      'The Lomar Brigade praised the Ruvani Movement government on Monday.',
      'Lomar Brigade',
      'Ruvani Movement',
      false,
    );
  });
});

describe('fights29: a body the text names by its forces is armed', () => {
  it.each([
    [
      'Fighters from the Kivu Liberation Front stormed a roadblock held by forces of the Northern Salvation Council on Sunday, killing five guards.',
      'Kivu Liberation Front',
      'Northern Salvation Council',
    ],
    [
      'Gunmen of the Kivu Liberation Front ambushed Northern Salvation Council forces near Tarsa on Friday.',
      'Kivu Liberation Front',
      'Northern Salvation Council',
    ],
  ])('%s', (text, a, b) => {
    expectFight(text, a, b);
  });
  it('reads no fight with a council that only reports an attack', () => {
    expectFight(
      'The Northern Salvation Council said the Kivu Liberation Front attacked the town.',
      'Kivu Liberation Front',
      'Northern Salvation Council',
      false,
    );
  });
});

describe('fights29: arrests told with other words', () => {
  const trial = 'Jonas Vell, Petar Ruman, Ali Hasko and Dara Fenn went on trial in Leeds on Monday.';
  it.each([
    [
      `${trial} The four were arrested together in raids on homes in Bradford, Halifax and Leeds in May by officers from the West Midlands Police.`,
      'West Midlands Police',
    ],
    [
      `${trial} The four were detained in a sweep of flats in Halifax in June by agents of the National Crime Agency.`,
      'National Crime Agency',
    ],
  ])('by the people of a force: %s', (text, force) => {
    for (const p of ['Jonas Vell', 'Petar Ruman', 'Ali Hasko', 'Dara Fenn']) expectArrest(text, p, force);
  });
  it.each([
    [
      'The National Intelligence Agency arrested Omar Haddad in Tarsa on Friday along with two associates, Sami Baraka and Karim Nassar.',
      'National Intelligence Agency',
      ['Sami Baraka', 'Karim Nassar'],
    ],
    [
      'The Federal Police detained Omar Haddad on Sunday together with three aides, Sami Baraka, Karim Nassar and Ilka Voss.',
      'Federal Police',
      ['Sami Baraka', 'Karim Nassar', 'Ilka Voss'],
    ],
  ])('with a counted list of companions: %s', (text, force, people) => {
    for (const p of people) expectArrest(text, p, force);
  });
  it.each([
    [
      'In Nakuru, Kenyan police told reporters on Tuesday they had detained Jonas Vell, a suspected recruiter. "He used clubs to find boys," said Omar Haddad, a spokesman for the Kenya Police Service.',
      'Jonas Vell',
      'Kenya Police Service',
    ],
    [
      'Police in Kolvey arrested Petar Ruman on Monday. The Kolvey Police Department said he had sheltered the gunmen.',
      'Petar Ruman',
      'Kolvey Police Department',
    ],
    [
      'Kenyan police arrested Petar Ruman in Nakuru on Monday. The Kenya Police Service and the Uganda Police Force have shared intelligence on the network.',
      'Petar Ruman',
      'Kenya Police Service',
    ],
  ])('"police" for the police force named: %s', (text, person, force) => {
    expectArrest(text, person, force);
  });
  it('gives an arrest by troops to no police force', () => {
    expectArrest(
      'Troops arrested Petar Ruman on Monday, the army said. The Kolvey Police Department said it was not involved.',
      'Petar Ruman',
      'Kolvey Police Department',
      false,
    );
  });
});

describe('fights29: a span of time parsed as the subject of the act it opens', () => {
  it.each([
    [
      'Three years after clan militias known as the Lomar Brigade drove the Northern Liberation Front out of Tarsa, the group is back.',
      'Lomar Brigade',
      'Northern Liberation Front',
    ],
    [
      'Two years after tribal militias known as the Sable Hills Front pushed the Kivu Liberation Front out of Ganda, the rebels returned.',
      'Sable Hills Front',
      'Kivu Liberation Front',
    ],
  ])('%s', (text, a, b) => {
    expectFight(text, a, b);
  });
});
