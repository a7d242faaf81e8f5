import { describe, expect, it } from 'vitest';
import { readTies, showTies } from '../../test/ties-helpers.js';

// Issue #10, arrests on wording the rules had not met (arrests30 helper): mechanisms, not cues.
// Passages written for these tests, with invented names and places.
// - The body that made an arrest whose sentence names none that did it (ties-arrests30.ts,
//   `arrestBodyNear`, called by event-ties.ts after its own readings): the one body able to hold
//   people whose report the sentence tells; else the one the sentence before (same paragraph, not
//   past "Separately") shows acting or reporting; else the one whose report the next sentence tells.
//   A court holds no one; a body only mentioned ("after a tip from F", "talks with F") made no arrest.
// - The people an arrest takes continue past a description set off in a list: "Among them were A,
//   accused of …, and B" (`conjoinedPeople`: a name after ", and" hung on a verb of the description).

const expectArrest = (text: string, person: string, force: string, want = true) => {
  const found = readTies(text);
  const ok = found.some((r) => r.type === 'arrested_by' && !r.negated && r.s === person && r.o === force);
  expect(ok, showTies(found)).toBe(want);
};
const expectNoArrest = (text: string, person: string) => {
  const found = readTies(text);
  expect(
    found.some((r) => r.type === 'arrested_by' && r.s === person),
    showTies(found),
  ).toBe(false);
};

describe('arrests30: the reporting body of an arrest in its own sentence', () => {
  it('"A and B were detained …, F said": F, for each', () => {
    const t =
      'Aron Kesh and Davo Lint were detained in Tarn on Sunday, the Northland State Security Committee said.';
    expectArrest(t, 'Aron Kesh', 'Northland State Security Committee');
    expectArrest(t, 'Davo Lint', 'Northland State Security Committee');
  });
  it('"X was taken into custody …, according to F"', () => {
    expectArrest(
      'Ilsa Brann was taken into custody at a checkpoint near Oxley on Friday, according to the Varno Intelligence Directorate.',
      'Ilsa Brann',
      'Varno Intelligence Directorate',
    );
  });
  it('a body only mentioned in the sentence made no arrest ("after a tip from F")', () => {
    expectNoArrest(
      'Aron Kesh and Davo Lint were arrested in Belmora in March after a tip from the Varno Intelligence Directorate.',
      'Aron Kesh',
    );
  });
});

describe('arrests30: the arresting body in the sentence before', () => {
  it('a raid by F, then "Two men, A and B, were taken into custody"', () => {
    const t =
      'The Belmora Police Service raided a house in Tarn on Monday. Two men, Aron Kesh and Davo Lint, were taken into custody.';
    expectArrest(t, 'Aron Kesh', 'Belmora Police Service');
    expectArrest(t, 'Davo Lint', 'Belmora Police Service');
  });
  it('F stormed a compound, then "Three suspects, including X, were arrested"', () => {
    expectArrest(
      'The Kestrel Counter-Terrorism Unit stormed a compound outside Varno late on Tuesday. Three suspects, including Lod Amsel, were arrested.',
      'Lod Amsel',
      'Kestrel Counter-Terrorism Unit',
    );
  });
  it('F reported arrests, then "The cell’s suspected leader, X, was picked up"', () => {
    expectArrest(
      'Security officers detained nine people on Sunday, the Northland State Security Committee said. The cell’s suspected leader, Aron Kesh, was picked up at a flat in Tarn on Monday.',
      'Aron Kesh',
      'Northland State Security Committee',
    );
  });
  it('a court holds no one ("X appeared before the Court. He was arrested last month")', () => {
    expectNoArrest(
      'Pim Rusk appeared before the Tarn High Court on Monday. He was arrested last month in Oxley.',
      'Pim Rusk',
    );
  });
  it('a body the sentence before only mentions made no arrest ("talks with F")', () => {
    expectNoArrest(
      'Lunar officials have held talks with the Belmora Police Service. Pim Rusk was arrested in Varno on Sunday.',
      'Pim Rusk',
    );
  });
  it('none when another body reports the arrest in its own sentence ("…, a G spokesman said")', () => {
    expectNoArrest(
      'The Northland Police raided a farm near Oxley on Monday. Pim Rusk was detained in Tarn later that day, a Black Banner Front spokesman said.',
      'Pim Rusk',
    );
  });
  it('none when another body arrested someone just before', () => {
    expectNoArrest(
      'The Belmora Police Service detained Aron Kesh in Tarn. The Northland State Security Committee arrested Davo Lint in Oxley on the same day. Pim Rusk was taken into custody on Sunday.',
      'Pim Rusk',
    );
  });
  it('not past "Separately"', () => {
    expectNoArrest(
      'The Northland Police raided a farm near Oxley on Monday. Separately, Pim Rusk was detained in Tarn on Tuesday.',
      'Pim Rusk',
    );
  });
});

describe('arrests30: the arresting body reporting in the next sentence', () => {
  it('"X was arrested on Friday. F said he …"', () => {
    expectArrest(
      'Pim Rusk was arrested on Friday in Tarn. The Federal Investigation Agency said he had been sending money to the Black Banner Front.',
      'Pim Rusk',
      'Federal Investigation Agency',
    );
  });
  it('"X was detained at the airport. F said she …"', () => {
    expectArrest(
      'Ilsa Brann was detained at Tarn airport on Thursday. The Varno Intelligence Directorate said she had been carrying forged passports.',
      'Ilsa Brann',
      'Varno Intelligence Directorate',
    );
  });
  it('not for an arrest with a doer of its own ("Soldiers detained X. F said …")', () => {
    expectNoArrest(
      'Soldiers detained Ilsa Brann near Oxley on Thursday. The Varno Intelligence Directorate said it had no part in the operation.',
      'Ilsa Brann',
    );
  });
  it('a body of the next sentence that does not report made no arrest', () => {
    expectNoArrest(
      'Ilsa Brann was detained at Tarn airport on Thursday. Her lawyer has written to the Varno Intelligence Directorate.',
      'Ilsa Brann',
    );
  });
});

describe('arrests30: a list of the arrested past a description', () => {
  it('"Among them were A, accused of …, and B, who …"', () => {
    const t =
      'The Federal Investigation Agency said on Friday it had arrested four suspects in Tarn. Among them were Aron Kesh, accused of smuggling rifles for the group, and Davo Lint, whom police described as a bomb maker.';
    expectArrest(t, 'Aron Kesh', 'Federal Investigation Agency');
    expectArrest(t, 'Davo Lint', 'Federal Investigation Agency');
  });
  it('"Among them were A, a driver who had rented the van, and B"', () => {
    expectArrest(
      'The Varno Intelligence Directorate said it had arrested five men in Oxley. Among them were Lod Amsel, a driver from Tarn who had rented the van, and Ilsa Brann.',
      'Ilsa Brann',
      'Varno Intelligence Directorate',
    );
  });
  it('a name after "and" that a verb of its own takes is no one arrested', () => {
    expectNoArrest(
      'The Varno Intelligence Directorate said it had arrested Lod Amsel, a driver from Tarn, and questioned Ilsa Brann.',
      'Ilsa Brann',
    );
  });
});

// - The units of a force or of a state body are parts of it like a branch or a wing (part_of.ts,
//   `part_of/branch` nouns): command, directorate, department, bureau, detachment, platoon.
describe('arrests30: part_of by the unit nouns of a force or a state body', () => {
  const expectPart = (text: string, part: string, whole: string) => {
    const found = readTies(text);
    const ok = found.some((r) => r.type === 'part_of' && !r.negated && r.s === part && r.o === whole);
    expect(ok, showTies(found)).toBe(true);
  };
  it.each([
    [
      'The Oxley Regional Committee, the Black Banner Front’s regional command, claimed the attack.',
      'Oxley Regional Committee',
      'Black Banner Front',
    ],
    [
      'The Tarn Rapid Force is the eastern command of the Northland Defence Forces.',
      'Tarn Rapid Force',
      'Northland Defence Forces',
    ],
    [
      'The Varno Border Service, a directorate of the Lunar Liberation Army, said it had detained two smugglers.',
      'Varno Border Service',
      'Lunar Liberation Army',
    ],
    [
      'The Varno Border Service is a directorate of the Oxley Security Ministry.',
      'Varno Border Service',
      'Oxley Security Ministry',
    ],
    [
      'The General Security Directorate, a department of the Interior Ministry, made the arrests.',
      'General Security Directorate',
      'Interior Ministry',
    ],
    [
      'The Varno Border Service is a department of the Oxley Security Ministry.',
      'Varno Border Service',
      'Oxley Security Ministry',
    ],
    [
      'The Zuhra Office, the political bureau of the Black Banner Front, issued a statement.',
      'Zuhra Office',
      'Black Banner Front',
    ],
    [
      'The Zuhra Office is the media bureau of the Lunar Liberation Army.',
      'Zuhra Office',
      'Lunar Liberation Army',
    ],
    [
      'The Red Hand Brigade is a detachment of the Tarn Frontier Regiment.',
      'Red Hand Brigade',
      'Tarn Frontier Regiment',
    ],
    [
      'The Kestrel Rangers, a detachment of the Lunar Liberation Army, guarded the pass.',
      'Kestrel Rangers',
      'Lunar Liberation Army',
    ],
    [
      'The Kestrel Company, a platoon of the Lunar Liberation Army, guarded the pass.',
      'Kestrel Company',
      'Lunar Liberation Army',
    ],
    [
      'The Oxley Guard is the third platoon of the Tarn Frontier Regiment.',
      'Oxley Guard',
      'Tarn Frontier Regiment',
    ],
  ])('%s', (text, part, whole) => {
    expectPart(text, part, whole);
  });
});

// - The people of an arrest whose own words name none: "They were arrested by F", "The suspect was
//   detained by F" stand for the people the sentence before names (the one person for a singular
//   word, its one list of names for a plural one): `arrestedNamedBefore`.
describe('arrests30: the arrested told by a pronoun or a people noun', () => {
  it.each([
    [
      'Aron Kesh and Davo Lint were found guilty on Friday of planning attacks. They were arrested in March by officers of the Northland Police.',
      ['Aron Kesh', 'Davo Lint'],
      'Northland Police',
    ],
    [
      'Lod Amsel and Pim Rusk were convicted on Monday of arson. They had been detained in 2022 by the Belmora Police Service.',
      ['Lod Amsel', 'Pim Rusk'],
      'Belmora Police Service',
    ],
    [
      'Ilsa Brann and Lod Amsel were charged on Monday with funding the Black Banner Front. The suspects were detained last week by the Federal Investigation Agency.',
      ['Ilsa Brann', 'Lod Amsel'],
      'Federal Investigation Agency',
    ],
    [
      'Pim Rusk, a teacher from Tarn, was charged on Monday with funding the Black Banner Front. The suspect was detained last week by the Federal Investigation Agency.',
      ['Pim Rusk'],
      'Federal Investigation Agency',
    ],
    [
      'Ilsa Brann was sentenced to six years on Thursday. The defendant was detained in 2023 by the Varno Intelligence Directorate.',
      ['Ilsa Brann'],
      'Varno Intelligence Directorate',
    ],
  ])('%s', (text, people, force) => {
    for (const p of people) expectArrest(text, p, force);
  });
  it('a singular word with two people named before stands for no one', () => {
    expectNoArrest(
      'Pim Rusk met Lod Amsel in Tarn on Monday. The suspect was detained last week by the Federal Investigation Agency.',
      'Pim Rusk',
    );
  });
  it('not past "Separately"', () => {
    expectNoArrest(
      'Pim Rusk was jailed for eight years on Friday. Separately, the suspect was detained last week by the Federal Investigation Agency.',
      'Pim Rusk',
    );
  });
});
