import { describe, expect, it } from 'vitest';
import { tieStrings } from '../../../test/ties-helpers.js';

// Tie shapes of wire copy on unseen articles (issue #10): splinter nouns, wars fought as a
// light verb's object, relative clauses on a title beside a name, "its" after a dateline,
// clashes as armed conflict, and a "P-based" name before a denial.

const ties = (text: string) => tieStrings(text, '2026-05-10');

describe('issue #10 tie shapes', () => {
  it('"a war/battle with G" as the object of fight/lose is fights', () => {
    expect(ties('The Islamic State Sahel Province has fought a bitter war with JNIM since 2020.')).toContain(
      'fights(Islamic State Sahel Province, JNIM)',
    );
    expect(ties('Hayat Tahrir al-Sham fought a long battle against Hurras al-Din in Idlib.')).toContain(
      'fights(Hayat Tahrir al-Sham, Hurras al-Din)',
    );
  });

  it('a "that" clause on a title beside a group is that group\'s, not the name inside the title', () => {
    const a = ties('Ansaru, a splinter of Boko Haram that swore allegiance to al Qaeda, has been weakened.');
    expect(a).toContain('split_from(Ansaru, Boko Haram)');
    expect(a).toContain('pledged_allegiance_to(Ansaru, al Qaeda)');
    expect(a).not.toContain('pledged_allegiance_to(Boko Haram, al Qaeda)');
    const b = ties(
      'The Tawhid Front, an offshoot of Ahrar al-Sham that is allied with Hayat Tahrir al-Sham, took the town.',
    );
    expect(b).toContain('allied_with(Tawhid Front, Hayat Tahrir al-Sham)');
    expect(b).not.toContain('allied_with(Ahrar al-Sham, Hayat Tahrir al-Sham)');
  });

  it('"which" after "X, a commander of G," is G\'s clause, never the person\'s', () => {
    const a = ties(
      'Abu Saleh, a commander of the Tawhid Brigade, which is allied with the Nour Movement, was killed.',
    );
    expect(a).toContain('allied_with(Tawhid Brigade, Nour Movement)');
    expect(a).not.toContain('allied_with(Abu Saleh, Nour Movement)');
    const b = ties(
      'Omar Sheikh, a fighter of the Harakat Brigade, which is allied with the Jund Front, surrendered.',
    );
    expect(b).not.toContain('allied_with(Omar Sheikh, Jund Front)');
  });

  it('"its" after a dateline is not the outlet', () => {
    const a = ties(
      'BOGOTA, Colombia (AP) - A faction of the Central General Staff has broken with its leader Ivan Mordisco, officials said.',
    );
    expect(a.filter((t) => t.includes('(Ivan Mordisco, AP)'))).toEqual([]);
    expect(a).toContain('leader_of(Ivan Mordisco, Central General Staff)');
    const b = ties(
      'MANILA (Reuters) - The Abu Sayyaf Group lost its leader Radzmil Jannatul in a raid, the army said.',
    );
    expect(b.filter((t) => t.includes(', Reuters)'))).toEqual([]);
  });

  it('"clashed with", "fought against" are fights, not a rivalry', () => {
    const a = ties(
      "Mordisco's loyalists hold the hills of Cauca, where the Central General Staff has clashed with the ELN.",
    );
    expect(a).toContain('fights(Central General Staff, ELN)');
    expect(a.filter((t) => t.startsWith('rival_of'))).toEqual([]);
    const b = ties(
      'In 2023 the Macina Liberation Front fought against the Dan Na Ambassagou militia near Mopti.',
    );
    expect(b.filter((t) => t.startsWith('rival_of'))).toEqual([]);
  });

  it('a "P-based" group that denies something is not denied its base', () => {
    expect(ties('The Mosul-based Rijal Brigade denied the claim.')).toContain(
      'located_in(Rijal Brigade, Mosul)',
    );
    expect(ties('The Quetta-based Jaish al-Adl rejected the report on Monday.')).toContain(
      'located_in(Jaish al-Adl, Quetta)',
    );
  });

  it('"the province(s) of P" stands for P, every place of its list', () => {
    const a = ties('The Jund Brigade has operated in the provinces of Helmand and Kandahar since 2015.');
    expect(a).toContain('located_in(Jund Brigade, Helmand)');
    expect(a).toContain('located_in(Jund Brigade, Kandahar)');
    expect(ties('Al-Shabaab operates in the region of Gedo.')).toContain('located_in(Al-Shabaab, Gedo)');
  });
});
