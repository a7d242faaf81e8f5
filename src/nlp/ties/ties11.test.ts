import { describe, expect, it } from 'vitest';
import { tieStrings } from '../../../test/ties-helpers.js';

// Ties between groups, and between states and groups, on unseen wire copy (issue #10, ties11):
// a country as a state at an end of supports/fights/allied_with, "pitted A against B",
// "both" for the two groups named before it, clashes that break out between two groups, and
// located_in that a dateline or an event's place does not make.

const ties = (text: string) => tieStrings(text, '2026-05-10');

describe('ties11: a country acting as a state', () => {
  it('a country backs a group: "backed by Russia and Egypt", "Iran funds G"', () => {
    const a = ties('The Libyan National Army is backed by Russia and Egypt, according to diplomats.');
    expect(a).toContain('supports(Russia, Libyan National Army)');
    expect(a).toContain('supports(Egypt, Libyan National Army)');
    expect(ties('Western officials say Iran funds the Houthis and Hezbollah.')).toContain(
      'supports(Iran, Houthis)',
    );
    expect(
      ties('The Syrian Democratic Forces, which are backed by the United States, hold Raqqa.'),
    ).toContain('supports(United States, Syrian Democratic Forces)');
  });

  it('a country fights a group: "Turkey launched an offensive against G", "Pakistan fought G"', () => {
    expect(ties("Turkey launched an offensive against the Kurdistan Workers' Party on Sunday.")).toContain(
      "fights(Turkey, Kurdistan Workers' Party)",
    );
    expect(ties('Pakistan fought the Tehrik-i-Taliban Pakistan in the tribal areas for years.')).toContain(
      'fights(Pakistan, Tehrik-i-Taliban Pakistan)',
    );
  });

  it('a town or a region is never a state: no tie from where a group is', () => {
    const a = ties('Gunmen from Borno fought the Islamic State West Africa Province near Lake Chad.');
    expect(a.filter((t) => t.startsWith('fights'))).toEqual([]);
    const b = ties('Residents of Kandahar backed the Taliban for years, elders said.');
    expect(b.filter((t) => t.startsWith('supports'))).toEqual([]);
  });
});

describe('ties11: located_in that is not', () => {
  it('a dateline places no outlet', () => {
    expect(
      ties('TRIPOLI, Libya (AFP) - Clashes killed 14 people overnight, officials said.').filter((t) =>
        t.startsWith('located_in'),
      ),
    ).toEqual([]);
    expect(
      ties('QUETTA, Sept 28 (Reuters) - Police said the highway to Karachi was closed.').filter((t) =>
        t.startsWith('located_in(Reuters'),
      ),
    ).toEqual([]);
  });

  it("an event's place after two conjoined groups is not where the second is", () => {
    expect(
      ties('Talks between the Taliban and the National Resistance Front in Doha ended on Monday.'),
    ).not.toContain('located_in(National Resistance Front, Doha)');
    expect(
      ties('A truce between the Nawasi Brigade and the Radaa Force in Tripoli held overnight.'),
    ).not.toContain('located_in(Radaa Force, Tripoli)');
  });

  it('an institute in a town is still there', () => {
    expect(ties('The Higher Regional Court in Dusseldorf convicted the man on Tuesday.')).toContain(
      'located_in(Higher Regional Court, Dusseldorf)',
    );
    expect(
      ties(
        '"It was expected," said Lina Haddad, an associate fellow at the Royal United Services Institute in London.',
      ),
    ).toContain('located_in(Royal United Services Institute, London)');
  });
});

describe('ties11: fights, loyalties and parts between groups', () => {
  it('"the fighting pitted A against B" is fights, and "both" after them stands for A and B', () => {
    const a = ties(
      'The fighting pitted the Nawasi Brigade against the Stability Support Apparatus, both loyal to the Presidential Council.',
    );
    expect(a).toContain('fights(Nawasi Brigade, Stability Support Apparatus)');
    expect(a).toContain('affiliated_with(Nawasi Brigade, Presidential Council)');
    expect(a).toContain('affiliated_with(Stability Support Apparatus, Presidential Council)');
    expect(ties('A feud that pits Hamas against Fatah has split the Palestinian movement.')).toContain(
      'fights(Hamas, Fatah)',
    );
  });

  it('"clashes broke out between A and B", "fighting erupted between A and B"', () => {
    expect(
      ties('Clashes broke out between the Nawasi Brigade and the Stability Support Apparatus on Monday.'),
    ).toContain('fights(Nawasi Brigade, Stability Support Apparatus)');
    expect(
      ties('On Friday clashes erupted between the Taliban and the National Resistance Front.'),
    ).toContain('fights(Taliban, National Resistance Front)');
  });

  it('"X, the group\'s suicide squad": the group is the one named before, never X', () => {
    const a = ties(
      "The Baloch Liberation Army said the Majeed Brigade, the group's suicide squad, carried out the attack.",
    );
    expect(a).toContain('part_of(Majeed Brigade, Baloch Liberation Army)');
    const b = ties("Hamas said the Qassam Brigades, the group's armed wing, fired the rockets.");
    expect(b).toContain('part_of(Qassam Brigades, Hamas)');
  });

  it('a proxy is supported by whoever runs it; an offshoot split from its parent', () => {
    expect(ties('Kataib Hezbollah, a proxy of Iran, claimed the drone attack.')).toContain(
      'supports(Iran, Kataib Hezbollah)',
    );
    const b = ties(
      'The Islamic State Sahel Province, an offshoot of the Islamic State West Africa Province, attacked the base.',
    );
    expect(b).toContain('split_from(Islamic State Sahel Province, Islamic State West Africa Province)');
    expect(b.filter((t) => t.startsWith('affiliated_with'))).toEqual([]);
  });
});

describe('ties11: who backs whom', () => {
  it('"X was accused by Y of arming Z": the accused arms Z, never the accuser', () => {
    const a = ties(
      "Last year the United Arab Emirates was accused by Chad's government of arming the Rapid Support Forces.",
    );
    expect(a).toContain('supports(United Arab Emirates, Rapid Support Forces)');
    expect(a).not.toContain('supports(Chad, Rapid Support Forces)');
    const b = ties('Pakistan accuses India of funding the Baloch Liberation Army.');
    expect(b).toContain('supports(India, Baloch Liberation Army)');
    expect(b).not.toContain('supports(Pakistan, Baloch Liberation Army)');
  });

  it('a proxy of a group is affiliated with it; a proxy of a state is supported by it', () => {
    expect(ties('The Resistance Front, a proxy of Lashkar-e-Taiba, claimed the attack.')).toContain(
      'affiliated_with(Resistance Front, Lashkar-e-Taiba)',
    );
    expect(ties("Russia's proxy, the Wagner Group, shelled the town.")).toContain(
      'supports(Russia, Wagner Group)',
    );
  });

  it('"the group" is never a research body named before it', () => {
    const a = ties(
      'Al-Shabaab retook the town. "They came back," said Omar Ali, a researcher at the International Crisis Group. The group, an al-Qaeda ally, still collects taxes.',
    );
    expect(a).toContain('allied_with(Al-Shabaab, al-Qaeda)');
    expect(a.filter((t) => /International Crisis Group, al-Qaeda/.test(t))).toEqual([]);
    const b = ties(
      'Hamas fired rockets. "It is a message," said Lea Roth of the Washington Institute. The group, an Iranian ally, vowed to fight on.',
    );
    expect(b.filter((t) => /Washington Institute/.test(t) && !t.startsWith('member_of'))).toEqual([]);
  });
});

describe('ties11: a relative clause on a group noun set beside a name', () => {
  it('"G (GA), an umbrella alliance of groups that includes A and B": A and B are part of G', () => {
    const a = ties(
      'The Baloch Liberation Army is part of the Baloch Raaji Aajoi Sangar (BRAS), a separatist alliance that includes the Baloch Liberation Front (BLF) and the Baloch Republican Guards.',
    );
    expect(a).toContain('part_of(Baloch Liberation Front, Baloch Raaji Aajoi Sangar)');
    expect(a).toContain('part_of(Baloch Republican Guards, Baloch Raaji Aajoi Sangar)');
    expect(
      ties('The rebels joined the National Front for Liberation, a coalition that includes Ahrar al-Sham.'),
    ).toContain('part_of(Ahrar al-Sham, National Front for Liberation)');
  });
});

describe('ties11: a rival or an ally the subject has', () => {
  it('"G faces a rival, H", "G has a rival, H" is rival_of', () => {
    expect(
      ties('Al Shabaab also faces a small rival, the Islamic State in Somalia, in the north.'),
    ).toContain('rival_of(Al Shabaab, Islamic State in Somalia)');
    expect(ties('Hamas now has a powerful rival, the Popular Resistance Committees.')).toContain(
      'rival_of(Hamas, Popular Resistance Committees)',
    );
  });

  it('"G has found an ally in H" is allied_with; a place after "in" ties nothing', () => {
    expect(ties('The Houthis have found a new ally in Hezbollah.')).toContain(
      'allied_with(Houthis, Hezbollah)',
    );
    expect(
      ties('Hamas has a rival in Gaza, officials said.').filter((t) => /^(?:rival_of|allied_with)/.test(t)),
    ).toEqual([]);
  });
});
