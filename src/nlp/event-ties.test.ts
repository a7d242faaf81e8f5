import { describe, expect, it } from 'vitest';
import { extract } from './pipeline.js';

// Ties that events imply (event-ties.ts). Sentences written for these tests.
const ties = (text: string) => {
  const x = extract({ title: null, published: '2024-05-10', url: null, text });
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
  return {
    x,
    all: x.relations.map((r) => `${r.type}(${name(r.subject)}, ${name(r.object)})`),
    fromEvents: x.relations
      .filter((r) => String(r.cue).startsWith('event:'))
      .map((r) => `${r.type}(${name(r.subject)}, ${name(r.object)})`),
  };
};

describe('event ties: fights from an attack between armed organisations', () => {
  it('an ambush of one armed group by another', () => {
    const { fromEvents } = ties(
      'Islamic State fighters ambushed a patrol of the Syrian Democratic Forces near Hasakah on Friday.',
    );
    expect(fromEvents).toContain('fights(Islamic State, Syrian Democratic Forces)');
    // (a convoy stands for its force on the parse, which reads the tie first: not read twice)
    const convoy = ties(
      'Islamic State fighters ambushed a convoy of the Syrian Democratic Forces near Hasakah on Friday.',
    );
    expect(convoy.all.filter((t) => t === 'fights(Islamic State, Syrian Democratic Forces)')).toHaveLength(1);
  });

  it('an attack on a security force, cited by the event sentence', () => {
    const text = 'The Pakistani Taliban attacked a Frontier Corps post in Tank district, officials said.';
    const { x, fromEvents } = ties(text);
    expect(fromEvents).toContain('fights(Pakistani Taliban, Frontier Corps)');
    const r = x.relations.find((r) => r.type === 'fights');
    expect(r?.evidence).toEqual({ start: 0, end: text.length });
  });

  it('no fights tie when the target is not armed (a hotel)', () => {
    const { fromEvents } = ties('Al-Shabaab gunmen stormed the Hayat Hotel in Mogadishu on Sunday.');
    expect(fromEvents.filter((t) => t.startsWith('fights'))).toEqual([]);
  });
});

describe('event ties: allegiance', () => {
  it('pledged to the group when the pledge goes to the man named as its leader', () => {
    for (const text of [
      "Abu Bakr al-Baghdadi is the leader of the Islamic State. In 2015, Jamal Uddin swore allegiance to the group's leader, Abu Bakr al-Baghdadi.",
      "Abubakar Shekau was the leader of Boko Haram. Ali Ndume swore allegiance to the group's leader, Abubakar Shekau, in a mosque in Maiduguri.",
    ]) {
      const { all } = ties(text);
      const pledged = all.filter((t) => t.startsWith('pledged_allegiance_to'));
      expect(pledged).toHaveLength(1);
      expect(pledged[0]).toMatch(
        /^pledged_allegiance_to\((Jamal Uddin, Islamic State|Ali Ndume, Boko Haram)\)$/,
      );
    }
  });

  it('a tie already read is not added twice', () => {
    const { all } = ties('Ali Modu pledged allegiance to the Islamic State in a video released on Friday.');
    expect(all.filter((t) => t === 'pledged_allegiance_to(Ali Modu, Islamic State)')).toHaveLength(1);
  });
});

describe('event ties: defection', () => {
  it('split_from the group left and member_of the group joined', () => {
    const a = ties(
      'Salim Rahman, a former commander of Lashkar-e-Jhangvi, went over to the Islamic State Khorasan Province in 2015.',
    );
    expect(a.all).toContain('split_from(Salim Rahman, Lashkar-e-Jhangvi)');
    expect(a.all).toContain('member_of(Salim Rahman, Islamic State Khorasan Province)');
    const b = ties('Hamza Bello abandoned Boko Haram for ISWAP in 2016.');
    expect(b.all).toContain('split_from(Hamza Bello, Boko Haram)');
    expect(b.all).toContain('member_of(Hamza Bello, ISWAP)');
  });

  it('surrendering to the army leaves the group and joins nobody', () => {
    for (const [text, who, group] of [
      [
        "Ibrahim Kato, an ADF commander, surrendered to the Uganda People's Defence Force near Kasese on Tuesday.",
        'Ibrahim Kato',
        'ADF',
      ],
      [
        'Mustafa Ali, a Jaish-e-Mohammed militant, surrendered to the army in Kupwara last month.',
        'Mustafa Ali',
        'Jaish-e-Mohammed',
      ],
    ]) {
      const { all } = ties(text);
      expect(all).toContain(`split_from(${who}, ${group})`);
      expect(all.filter((t) => t.startsWith(`member_of(${who}`) && !t.includes(group))).toEqual([]);
    }
  });
});

describe('event ties: arrest', () => {
  it('each person an organisation arrests is arrested_by it, also when named in the next sentence', () => {
    const a = ties(
      'The Lebanese Armed Forces said they had detained two men suspected of planting a bomb near Sidon on Friday. The army named them as Karim Saad and Walid Haddad.',
    );
    // (read by the relations stage since ties13, ties/arrest-named.ts; the event adds no copy)
    expect(a.all).toContain('arrested_by(Karim Saad, Lebanese Armed Forces)');
    expect(a.all).toContain('arrested_by(Walid Haddad, Lebanese Armed Forces)');
    const b = ties(
      "Kenya's Anti-Terrorism Police Unit said on Sunday that it had arrested a suspected al-Shabaab financier, Omar Said, in Mombasa.",
    );
    expect(b.all).toContain('arrested_by(Omar Said, Anti-Terrorism Police Unit)');
    expect(b.all).toContain('member_of(Omar Said, al-Shabaab)');
  });

  it('a denied arrest stays a denied tie, and no positive one is added', () => {
    const { x } = ties('The Nigerian Army denied that it had arrested Musa Adamu in Kano on Friday.');
    const arrests = x.relations.filter((r) => r.type === 'arrested_by');
    expect(arrests.length).toBeGreaterThan(0);
    expect(arrests.every((r) => r.negated)).toBe(true);
  });
});
