import { describe, expect, it } from 'vitest';
import { tieStrings } from '../../../test/ties-helpers.js';

// Ties that reach past one mention (ties18): a coalition's partners named after it with "with" /
// "alongside" are its parts and the subject's allies; a plural noun for a group's people ("the
// insurgents") stands for the one armed group named so far; a capitalised number word opens a
// coalition's name ("the Seven Party Alliance"); "both groups" with no list before it stands for
// the two armed groups named just before, when there are two.

const ties = (text: string) => tieStrings(text, '2026-05-10');

describe('ties18: partners of a coalition', () => {
  it('"A is part of D with B and C": B and C are parts of D and allies of A', () => {
    const a = ties(
      'The Karen National Union is part of the Northern Alliance with the Kachin Independence Army and the Arakan Army.',
    );
    expect(a).toContain('part_of(Karen National Union, Northern Alliance)');
    expect(a).toContain('part_of(Kachin Independence Army, Northern Alliance)');
    expect(a).toContain('part_of(Arakan Army, Northern Alliance)');
    expect(a).toContain('allied_with(Karen National Union, Kachin Independence Army)');
    expect(a).toContain('allied_with(Karen National Union, Arakan Army)');
  });

  it('"alongside" / "together with" a partner, past an acronym in brackets', () => {
    const a = ties('In 2016 the Ansar Brigade joined the Shura Council alongside the Omar Mukhtar Front.');
    expect(a).toContain('part_of(Omar Mukhtar Front, Shura Council)');
    expect(a).toContain('allied_with(Ansar Brigade, Omar Mukhtar Front)');
    const b = ties(
      'The Moro Liberation Front has been a member of the Bangsa Coalition together with the Sulu Army (SA) and the Lanao Brigade.',
    );
    expect(b).toContain('part_of(Sulu Army, Bangsa Coalition)');
    expect(b).toContain('part_of(Lanao Brigade, Bangsa Coalition)');
    // ("with the help of B" names no partner)
    const c = ties(
      'The Arakan Army joined the Northern Alliance with the help of the Kachin Independence Army.',
    );
    expect(c).not.toContain('part_of(Kachin Independence Army, Northern Alliance)');
    expect(c).not.toContain('allied_with(Arakan Army, Kachin Independence Army)');
  });
});

describe('ties18: "the insurgents" for the one armed group named', () => {
  it('"joined the militants" after one armed group is named is membership of it (of neither of two)', () => {
    expect(
      ties(
        'Boko Haram raided a market near Bama on Friday. Musa Garba, a former tailor from Kano, joined the militants in 2019.',
      ),
    ).toContain('member_of(Musa Garba, Boko Haram)');
    expect(
      ties(
        'Al-Shabaab stormed a base near Kismayo. Omar Jama, a former driver who joined the insurgents in 2017, was killed.',
      ),
    ).toContain('member_of(Omar Jama, Al-Shabaab)');
    // (with two armed groups named, the plural noun stands for neither)
    const a = ties(
      'The Free Syrian Army clashed with the Islamic State near Raqqa. Ahmed Saleh, a former baker, joined the rebels in 2013.',
    );
    expect(a.filter((t) => t.includes('Ahmed Saleh'))).toEqual([]);
  });
});

describe('ties18: "both groups" without a list', () => {
  it('stands for the two armed groups named in the sentences before (not for three)', () => {
    const a = ties(
      'The Islamic State West Africa Province attacked Boko Haram in Borno. The Nigerian Army, which fights both jihadist groups, declined to comment.',
    );
    expect(a).toContain('fights(Boko Haram, Nigerian Army)');
    expect(a).toContain('fights(Islamic State West Africa Province, Nigerian Army)');
    const b = ties(
      'Hayat Tahrir al-Sham seized a checkpoint from Hurras al-Din near Idlib on Sunday. Residents said the Syrian Army had shelled both groups for weeks.',
    );
    expect(b).toContain('fights(Hurras al-Din, Syrian Army)');
    expect(b).toContain('fights(Hayat Tahrir al-Sham, Syrian Army)');
    const c = ties(
      'Hayat Tahrir al-Sham seized a checkpoint from Hurras al-Din near Idlib on Sunday. The Islamic State praised the attack. Residents said the Syrian Army had shelled both groups for weeks.',
    );
    expect(c.filter((t) => t.includes('Syrian Army'))).toEqual([]);
  });
});

describe("ties18: a number word opening a coalition's name", () => {
  it('"the Three Brotherhood Alliance", "the Seven Party Alliance" keep the number; "the Three Army officers" names nothing', () => {
    expect(ties("The Ta'ang National Liberation Army is part of the Three Brotherhood Alliance.")).toContain(
      "part_of(Ta'ang National Liberation Army, Three Brotherhood Alliance)",
    );
    expect(ties('The Nepali Congress joined the Seven Party Alliance in 2005.')).toContain(
      'part_of(Nepali Congress, Seven Party Alliance)',
    );
    // (a number word before a lone body word is no name)
    const a = ties('Police said the Three Army officers were arrested by the Federal Police in Kabul.');
    expect(a.join(' ')).not.toContain('Three Army');
  });
});

describe('ties18: a place inside a group name keeps the tie on the whole name', () => {
  it('a region before a known generic name ("Democratic Party") opens another group\'s name', () => {
    expect(
      ties('Aso Karimi, a member of the Kurdistan Democratic Party of Iran, was killed in Koya.'),
    ).toContain('member_of(Aso Karimi, Kurdistan Democratic Party of Iran)');
    expect(ties('Rahim Baloch, a leader of the Sindh Democratic Party, was arrested in Karachi.')).toContain(
      'member_of(Rahim Baloch, Sindh Democratic Party)',
    );
  });

  it("a country after a body's word and words of another language ends that body's name", () => {
    expect(ties('The M23 rebels are part of the Alliance Fleuve Congo.')).toContain(
      'part_of(M23, Alliance Fleuve Congo)',
    );
    expect(ties('Jean Mba, a spokesman for the Union Patriotique Gabon, spoke in Libreville.')).toContain(
      'spokesperson_of(Jean Mba, Union Patriotique Gabon)',
    );
  });
});

describe('ties18: the indefinite group of a membership charge', () => {
  it('"belonging to a proscribed organisation" is the one armed group named; a name beside it wins', () => {
    expect(
      ties(
        'The New IRA claimed the bombing in Newry. Sean Doherty, 45, from Omagh, admitted belonging to a proscribed organisation.',
      ),
    ).toContain('member_of(Sean Doherty, New IRA)');
    expect(
      ties(
        'Police said the cell raised money for the Islamic State. Tarek Amrani was convicted of belonging to a terrorist organisation.',
      ),
    ).toContain('member_of(Tarek Amrani, Islamic State)');
    const a = ties(
      'Al-Shabaab attacked a hotel in Mogadishu. Brian Keane, 52, was convicted of membership of a banned organisation, the IRA.',
    );
    expect(a).toContain('member_of(Brian Keane, IRA)');
    expect(a).not.toContain('member_of(Brian Keane, Al-Shabaab)');
  });
});

describe('ties18: a plural noun with the names of its people beside it', () => {
  it('"his co-defendants, A and B, were convicted …" ties each name', () => {
    const a = ties(
      'His co-defendants, Tarek Amrani and Nabil Amrani, were convicted of belonging to the Islamic State.',
    );
    expect(a).toContain('member_of(Tarek Amrani, Islamic State)');
    expect(a).toContain('member_of(Nabil Amrani, Islamic State)');
    const b = ties('The suspects, Omar Diallo and Ibrahim Sow, were charged with membership of Hezbollah.');
    expect(b).toContain('member_of(Omar Diallo, Hezbollah)');
    expect(b).toContain('member_of(Ibrahim Sow, Hezbollah)');
  });
});

describe('ties18: people arrested unnamed, named later', () => {
  it('"identified one of them as X" and "One of them, X," name one of the arrested', () => {
    const a = ties(
      'The Anti-Terrorism Police Unit said on Monday it had arrested three suspected al-Shabaab militants in Garissa. An officer identified one of them as Ali Noor.',
    );
    expect(a).toContain('arrested_by(Ali Noor, Anti-Terrorism Police Unit)');
    expect(a).toContain('member_of(Ali Noor, al-Shabaab)');
    const b = ties(
      'The Anti-Terrorism Police Unit arrested three suspected al-Shabaab militants in Garissa on Monday. One of them, Ali Noor, had trained in Somalia.',
    );
    expect(b).toContain('arrested_by(Ali Noor, Anti-Terrorism Police Unit)');
  });

  it('facilitators and supporters of G are affiliated with G, not its members', () => {
    const a = ties(
      'The Anti-Terrorism Police Unit said on Monday it had arrested three suspected al-Shabaab facilitators in Garissa. An officer identified one of them as Ali Noor.',
    );
    expect(a).toContain('affiliated_with(Ali Noor, al-Shabaab)');
    expect(a).not.toContain('member_of(Ali Noor, al-Shabaab)');
    const b = ties(
      'The Anti-Terrorism Police Unit arrested two Islamic State supporters in Mombasa on Friday. They were identified as Juma Ali and Salim Hamisi.',
    );
    expect(b).toContain('arrested_by(Juma Ali, Anti-Terrorism Police Unit)');
    expect(b).toContain('affiliated_with(Salim Hamisi, Islamic State)');
  });
});
