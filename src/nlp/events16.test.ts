import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// events16: events a report states that were missed (recall), on sentences written for these tests.
const run = (text: string, published = '2026-11-30') => runEvents(text, published);

describe('events16: a subject standing for the group named before', () => {
  it('"when the group killed N" in a background clause is the group\'s killing, dated there', () => {
    const a = run(
      'Ansar al-Sunna has carried out raids in the north. The toll was the highest since 2023, when the group killed 12 people at a market in Pemba.',
    );
    const k = a.of('killing');
    expect(k.map(a.roles)).toEqual([['agent:Ansar al-Sunna']]);
    expect(k[0].date?.value).toBe('2023');
    const b = run(
      'Boko Haram raided the town on Monday. Hundreds have fled since the group killed 40 farmers near Maiduguri in March.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['agent:Boko Haram']]);
  });

  it('"its fighters raided", "fighters from the group killed" are the group\'s acts', () => {
    const a = run(
      'Jaish al-Adl was formed in 2012. In March 2024 its fighters raided an army base in Saravan, killing seven soldiers.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Jaish al-Adl']]);
    const b = run(
      'Ansar al-Sunna has carried out raids in the north. In 2023, fighters from the group killed 12 people at a market in Pemba.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['agent:Ansar al-Sunna']]);
  });

  it('a group noun with no armed group named before gives no doer', () => {
    const a = run(
      'The Red Cross sent aid to the area. Since March, when the group killed 12 people at a market in Pemba, aid has slowed.',
    );
    expect(a.of('killing').flatMap(a.roles)).not.toContain('agent:Red Cross');
  });
});

describe('events16: a surrender by a commander "of the group"', () => {
  it('"a commander of the group, X, surrendered" leaves the group named before', () => {
    const a = run(
      'Al-Shabaab said on Monday it had killed five soldiers. Last month a senior commander of the group, Ahmed Farah, surrendered to the authorities in Baidoa with eight of his men.',
    );
    const d = a.of('defection');
    expect(d.map(a.roles)).toEqual([['agent:Ahmed Farah', 'recipient:Al-Shabaab']]);
    expect(d[0].date?.value).toBe('2026-10');
    const b = run(
      'Boko Haram has lost ground this year. One of its commanders, Musa Kaka, surrendered to troops in Bama on Friday.',
    );
    expect(b.of('defection').map(b.roles)).toEqual([['agent:Musa Kaka', 'recipient:Boko Haram']]);
  });
});

describe('events16: the lead act and an old one in the same town', () => {
  it('an undated lead attack is not the attack told months before in the same town', () => {
    const a = run(
      'Gunmen stormed a police post in the town of Rask overnight, killing five officers, state media reported on Monday. Jaish al-Adl claimed responsibility in a statement. In December 2023 its fighters raided a police station in Rask, killing 11 officers.',
    );
    expect(a.of('attack').length).toBe(2);
    expect(a.of('attack').some((v) => v.date?.value === '2023-12')).toBe(true);
    const b = run(
      'Militants attacked an army camp near Kidal, killing four soldiers, the army said on Sunday. JNIM claimed the attack. In 2022 the group attacked an army camp near Kidal, killing 20 soldiers.',
    );
    expect(b.of('attack').length).toBe(2);
  });
});

describe('events16: a group that speaks through its own channel', () => {
  it('"G said through its outlet", "G said on its channel" are statements', () => {
    const a = run(
      'The Islamic State group said through its Amaq outlet that one of its fighters had targeted a checkpoint.',
    );
    expect(a.of('statement').map(a.roles)).toEqual([['speaker:Islamic State']]);
    const b = run('Al-Shabaab said on its website that its fighters had overrun a base in Lower Shabelle.');
    expect(b.of('statement').map(b.roles)).toEqual([['speaker:Al-Shabaab']]);
  });

  it("a state force's channel, or a spokesman, is no channel statement", () => {
    const a = run(
      'The Kenya Defence Forces said on its website that troops had overrun a base in Lower Shabelle.',
    );
    expect(a.of('statement')).toEqual([]);
    const b = run(
      'Al-Shabaab said through its spokesman that fighters had overrun a base in Lower Shabelle.',
    );
    expect(b.of('statement')).toEqual([]);
  });
});

describe('events16: "among those held", "among those detained"', () => {
  it('"Among those held was X" and "X was among those held" are arrests of X', () => {
    const a = run(
      'Police detained 14 people in raids in Izmir on Tuesday. Among those held was a Syrian national, Ahmad Halabi, who police said was a recruiter.',
    );
    expect(a.of('arrest').flatMap(a.roles)).toContain('patient:Ahmad Halabi');
    const b = run(
      'Troops raided a village near Kismayo on Friday. Abdi Warsame, a local elder, was among those held.',
    );
    expect(b.of('arrest').flatMap(b.roles)).toContain('patient:Abdi Warsame');
  });

  it('"among those detained", "among the people wounded" are no killing', () => {
    const a = run('Omar Said was among those detained in the raids in Garissa on Friday.');
    expect(a.of('killing')).toEqual([]);
    const b = run('Fatuma Ali was among the people wounded in the blast in Garissa on Friday.');
    expect(b.of('killing')).toEqual([]);
    const c = run('Fatuma Ali was among those killed in the blast in Garissa on Friday.');
    expect(c.of('killing').map(c.roles)).toEqual([['patient:Fatuma Ali']]);
  });
});

describe('events16: a suicide bomber "from the group"', () => {
  it("is the group's attack", () => {
    const a = run(
      'Ansar al-Sunna has carried out raids in the north. In 2023, a suicide bomber from the group killed 12 people at a market in Pemba.',
    );
    expect(a.of('attack').flatMap(a.roles)).toContain('agent:Ansar al-Sunna');
    const b = run(
      'Boko Haram has lost ground this year. On Sunday a suicide bomber from the group blew herself up at a mosque in Konduga.',
    );
    expect(b.of('attack').flatMap(b.roles)).toContain('agent:Boko Haram');
  });
});
