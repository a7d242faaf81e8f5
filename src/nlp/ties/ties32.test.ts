import { describe, expect, it } from 'vitest';
import { tieStrings } from '../../../test/ties-helpers.js';

// Issue #10, arrests whose agency is named outside the arrest's own clause (ties21 helper):
// `arrestingAgency` and `arrestedPeople` in event-ties.ts, the naming cues and the participle's
// subject in ties/arrest-named.ts.

const ties = (text: string) => tieStrings(text, '2026-05-10');

describe('ties32: every person listed with an arrest patient is arrested', () => {
  it.each([
    [
      'DSS operatives detained Musa Garba and Sani Bala in Kaduna on Friday.',
      ['arrested_by(Musa Garba, DSS)', 'arrested_by(Sani Bala, DSS)'],
    ],
    [
      'The National Investigation Agency raided six homes in Srinagar. The agency said it arrested Javed Mir and Adil Lone.',
      [
        'arrested_by(Javed Mir, National Investigation Agency)',
        'arrested_by(Adil Lone, National Investigation Agency)',
      ],
    ],
  ])('%s', (text, want) => {
    const found = ties(text);
    for (const t of want) expect(found).toContain(t);
  });
});

describe('ties32: "according to F" names the agency of an arrest told in the passive', () => {
  it.each([
    [
      'Omar Khalil and Sami Haddad were arrested in Toledo on Tuesday, according to the Federal Bureau of Investigation.',
      [
        'arrested_by(Omar Khalil, Federal Bureau of Investigation)',
        'arrested_by(Sami Haddad, Federal Bureau of Investigation)',
      ],
    ],
    [
      'According to the Counter Terrorism Department, Ali Musa was detained at a checkpoint near Quetta.',
      ['arrested_by(Ali Musa, Counter Terrorism Department)'],
    ],
  ])('%s', (text, want) => {
    const found = ties(text);
    for (const t of want) expect(found).toContain(t);
  });
});

describe('ties32: an arrest with no agency of its own takes the one that arrested in the sentence before', () => {
  it.each([
    [
      'The Federal Investigation Agency arrested Kamran Ali in Lahore on Monday. Bilal Khan was detained later that day.',
      'arrested_by(Bilal Khan, Federal Investigation Agency)',
    ],
    [
      'The Guardia Civil arrested Karim Benali in Ceuta. His brother, Youssef Benali, was also detained, police said.',
      'arrested_by(Youssef Benali, Guardia Civil)',
    ],
    [
      'The National Investigation Agency has tracked the cell since 2021. In March, its officers detained Irfan Qureshi at a house in Pune. Two of his associates, Sajid Mir and Wasim Akram, were detained with him, the agency said.',
      'arrested_by(Wasim Akram, National Investigation Agency)',
    ],
  ])('%s', (text, tie) => {
    expect(ties(text)).toContain(tie);
  });

  it('takes none when two agencies arrested in the sentences before', () => {
    const found = ties(
      'The Federal Investigation Agency arrested Kamran Ali in Lahore. The Counter Terrorism Department detained Shahid Iqbal in Multan. Bilal Khan was detained the next day.',
    );
    expect(found.filter((t) => t.startsWith('arrested_by(Bilal Khan'))).toEqual([]);
  });

  it('takes none when the sentence names an organisation of its own', () => {
    const found = ties(
      'The Federal Investigation Agency arrested Kamran Ali in Lahore on Monday. Bilal Khan was detained in Kabul later that week, a Taliban spokesman said.',
    );
    expect(found).not.toContain('arrested_by(Bilal Khan, Federal Investigation Agency)');
  });
});

describe('ties32: people an arrest took, named in a later sentence', () => {
  it.each([
    [
      'The Counter Terrorism Department said it had arrested six men in raids in Karachi. Those held include Asif Raza and Naveed Khan.',
      [
        'arrested_by(Asif Raza, Counter Terrorism Department)',
        'arrested_by(Naveed Khan, Counter Terrorism Department)',
      ],
    ],
    [
      'The Directorate of Military Intelligence said it had smashed a network responsible for kidnappings in Kano, detaining four men. Two of the detained men, Musa Lawal and Audu Bello, are brothers.',
      [
        'arrested_by(Musa Lawal, Directorate of Military Intelligence)',
        'arrested_by(Audu Bello, Directorate of Military Intelligence)',
      ],
    ],
    [
      'The Anti-Terrorism Squad raided a flat in Mumbra on Tuesday, arresting three suspected Islamic State operatives. The third suspect, Tabrez Shaikh, was held in Thane the next day.',
      ['arrested_by(Tabrez Shaikh, Anti-Terrorism Squad)', 'member_of(Tabrez Shaikh, Islamic State)'],
    ],
    [
      'The army said its soldiers captured three Boko Haram fighters near Bama. Those captured include a commander, Abba Kaka.',
      ['member_of(Abba Kaka, Boko Haram)'],
    ],
  ])('%s', (text, want) => {
    const found = ties(text);
    for (const t of want) expect(found).toContain(t);
  });
});

describe('ties32: a later sentence that names someone under another noun names none of those held', () => {
  it('reads no arrest for "The suspected leader, identified as X" after "detaining four men and killing their leader"', () => {
    const found = ties(
      'The Anti-Terrorism Squad said it had raided a hideout in Thane, detaining four men and killing their suspected leader. The suspected leader, identified as Salim Qureshi, had fled Pune in 2021.',
    );
    expect(found.filter((t) => t.startsWith('arrested_by(Salim Qureshi'))).toEqual([]);
  });
  it('still names the held under a people noun ("The men, identified as A, B and C")', () => {
    const found = ties(
      'The army said it captured three suspected Islamic State fighters near Marawi. The men, identified as Abu Omar, Jamal Usman and Khalid Pendatun, were taken to Cagayan de Oro.',
    );
    expect(found).toContain('member_of(Jamal Usman, Islamic State)');
    expect(found).toContain('member_of(Khalid Pendatun, Islamic State)');
  });
});

describe('ties32: who defects to a side has not split from it', () => {
  it.each([
    [
      'Idris Hamid, a captain in the Sudanese Armed Forces, defected to the Rapid Support Forces in May.',
      'Sudanese Armed Forces',
      'Rapid Support Forces',
      'Idris Hamid',
    ],
    [
      'Musa Bakari, a Boko Haram commander, deserted to ISWAP with 40 fighters in 2016.',
      'Boko Haram',
      'ISWAP',
      'Musa Bakari',
    ],
  ])('%s', (text, left, joined, who) => {
    const found = ties(text);
    expect(found).toContain(`split_from(${who}, ${left})`);
    expect(found).toContain(`member_of(${who}, ${joined})`);
    expect(found).not.toContain(`split_from(${who}, ${joined})`);
  });
});

describe('ties32: a military rank below command is membership ("a Nigerian army captain, X")', () => {
  it.each([
    [
      'The Nigerian Army said it repelled the attack. A Nigerian army captain, Bello Sani, was killed in the ambush.',
      'member_of(Bello Sani, Nigerian Army)',
    ],
    [
      'Omar Farouk, a colonel in the Sudanese Armed Forces, was captured by the RSF.',
      'member_of(Omar Farouk, Sudanese Armed Forces)',
    ],
    [
      'A sergeant of the Kenya Defence Forces, Peter Otieno, was wounded in Lamu.',
      'member_of(Peter Otieno, Kenya Defence Forces)',
    ],
  ])('%s', (text, tie) => {
    expect(ties(text)).toContain(tie);
  });
});

describe('ties32: a unit does not fight the force it is part of', () => {
  it.each([
    [
      "Musa Dauda and three of his men died when soldiers of the Nigerian Army's 7 Division overran their base outside Gwoza on Sunday, Major Ali Bello said.",
      '7 Division',
      'Nigerian Army',
    ],
    [
      "Abu Hamza and four fighters were killed when commandos of the Kenya Defence Forces' 5th Battalion stormed their hideout in Boni forest on Sunday, a KDF officer said.",
      '5th Battalion',
      'Kenya Defence Forces',
    ],
  ])('%s', (text, unit, force) => {
    const found = ties(text);
    expect(found).toContain(`part_of(${unit}, ${force})`);
    expect(found.filter((t) => t.startsWith('fights(') && t.includes(unit) && t.includes(force))).toEqual([]);
  });

  it('still reads a unit fighting another group', () => {
    expect(
      ties("Soldiers of the Nigerian Army's 7 Division shelled a Boko Haram hideout near Konduga on Monday."),
    ).toContain('fights(7 Division, Boko Haram)');
  });
});

describe("ties32: a leader's deputy, lieutenants and aides are members of the group he leads", () => {
  it.each([
    [
      'Abu Bakr al-Sahrawi, the leader of Ansar Dine, was killed in the strike. His deputy, Hamadoun Kone, escaped.',
      ['member_of(Hamadoun Kone, Ansar Dine)'],
    ],
    [
      'Mullah Karim, who heads the Taliban in Helmand, denied the report. Two of his lieutenants, Abdul Hadi and Noor Ahmad, were arrested in Lashkar Gah.',
      ['member_of(Abdul Hadi, Taliban)', 'member_of(Noor Ahmad, Taliban)'],
    ],
    [
      "The al-Shabaab leader Ahmed Diriye has not been seen since March. Diriye's deputy, Hassan Yare, is believed to run the group's intelligence wing.",
      ['member_of(Hassan Yare, al-Shabaab)'],
    ],
  ])('%s', (text, want) => {
    const found = ties(text);
    for (const t of want) expect(found).toContain(t);
  });

  it('ties no one when the owner leads no group, or two', () => {
    const none = ties('Ali Hassan, a farmer from Baidoa, was hurt. His deputy, Omar Sidi, was unhurt.');
    expect(none.filter((t) => t.startsWith('member_of(Omar Sidi'))).toEqual([]);
    const two = ties(
      'Amadou Diallo leads Ansar Dine and also heads the Macina Liberation Front. His deputy, Omar Sidi, was sighted near Gao.',
    );
    expect(two.filter((t) => t.startsWith('member_of(Omar Sidi'))).toEqual([]);
  });
});

describe("ties32: an arrest told right after a security agency's report is the agency's", () => {
  it.each([
    [
      'The Counter Terrorism Department said on Sunday it had foiled a plot to bomb a shrine in Lahore. Ali Raza and Bilal Khan were arrested in the raid.',
      [
        'arrested_by(Ali Raza, Counter Terrorism Department)',
        'arrested_by(Bilal Khan, Counter Terrorism Department)',
      ],
    ],
    [
      'The National Investigation Agency announced on Friday that it had broken up a recruitment network in Kerala. Two brothers, Rahim Kutty and Salim Kutty, were detained in Kochi.',
      ['arrested_by(Salim Kutty, National Investigation Agency)'],
    ],
  ])('%s', (text, want) => {
    const found = ties(text);
    for (const t of want) expect(found).toContain(t);
  });

  it('takes no reporter that is no security agency', () => {
    const found = ties(
      'Hezbollah said on Monday that Israeli jets had struck a house in Tyre. Ali Saad was arrested in Sidon.',
    );
    expect(found.filter((t) => t.startsWith('arrested_by('))).toEqual([]);
  });
});

describe('ties32: "the group\'s H Unit" — a bare noun for the group named before owns its unit', () => {
  it.each([
    [
      "Al-Shabaab claimed the attack on Monday. The group's Jabhat Unit carried out the raid, a statement said.",
      'part_of(Jabhat Unit, Al-Shabaab)',
    ],
    [
      "Hezbollah said it fired rockets at a base near Safed. The group's Radwan Force had massed near the border, Israeli officials said.",
      'part_of(Radwan Force, Hezbollah)',
    ],
    [
      "The Justice and Equality Movement rejected the deal. The movement's Northern Command said it would keep fighting.",
      'part_of(Northern Command, Justice and Equality Movement)',
    ],
    [
      "The Communist Party of India (Maoist) called a strike on Monday. The party's Andhra Odisha Border Special Zonal Committee has its bases in the Malkangiri hills.",
      'part_of(Andhra Odisha Border Special Zonal Committee, Communist Party of India (Maoist))',
    ],
  ])('%s', (text, tie) => {
    expect(ties(text)).toContain(tie);
  });

  it("owns no name that modifies another noun than a unit's or an organ's (\"the group's Telegram channel\")", () => {
    expect(
      ties(
        "Kataib Hezbollah promised a response. Its leader used the group's Telegram account to say that the killing would be avenged.",
      ).filter((t) => t.startsWith('part_of(')),
    ).toEqual([]);
    // (a group's own news agency is its organ: ties23)
    expect(
      ties(
        "The Islamic State said it carried out the bombing. The group's Amaq news agency later released photographs.",
      ).filter((t) => t.startsWith('part_of(')),
    ).toEqual(['part_of(Amaq, Islamic State)']);
  });
});
