import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// events8: fights told by their sides, surrenders of a group's fighters, doers named by description.
// Sentences of our own, in the style of wire copy.
const run = (text: string, published = '2025-03-14') => runEvents(text, published);

describe('events8: a fight told by its sides', () => {
  it('"X clashed with Y": X the agent, Y the patient, on its own day and place', () => {
    const { x, name, roles } = run(
      'Soldiers of the Malian army clashed with fighters of the Islamic State Sahel Province near Menaka on Tuesday.',
    );
    const [v] = x.events.filter((e) => e.type === 'attack');
    expect(roles(v)).toEqual(['agent:Malian army', 'patient:Islamic State Sahel Province']);
    expect(v.date?.value).toBe('2025-03-11');
    expect(name(v.place)).toBe('Menaka');
  });

  it('"clashed with G fighters": the group its fighters stand for is the patient', () => {
    const { x, roles } = run(
      'Government troops clashed with Boko Haram fighters in the Sambisa Forest on Monday.',
    );
    const [v] = x.events.filter((e) => e.type === 'attack');
    expect(roles(v)).toContain('patient:Boko Haram');
  });

  it('"clashes/fighting between X and Y": the first side the agent, the second the patient, dated in its own words', () => {
    const a = run(
      'Heavy clashes erupted Tuesday between Taliban fighters and Islamic State militants in Achin district, killing at least 12 fighters on both sides, officials said.',
    );
    const [v] = a.x.events.filter((e) => e.type === 'attack');
    expect(a.roles(v)).toEqual(['agent:Taliban', 'patient:Islamic State']);
    expect(v.date?.value).toBe('2025-03-11');
    const b = run('Fighting between the Islamic State and the Taliban broke out in Nangarhar on Sunday.');
    const [w] = b.x.events.filter((e) => e.type === 'attack');
    expect(b.roles(w)).toEqual(['agent:Islamic State', 'patient:Taliban']);
    expect(w.date?.value).toBe('2025-03-09');
    expect(b.name(w.place)).toBe('Nangarhar');
  });

  it('a clash with no armed side named is no event', () => {
    const { x } = run('The finance minister clashed with opposition lawmakers over the budget on Tuesday.');
    expect(x.events.filter((e) => e.type === 'attack')).toHaveLength(0);
    const b = run('Supporters of the two candidates clashed outside the stadium on Saturday.');
    expect(b.x.events.filter((e) => e.type === 'attack')).toHaveLength(0);
  });

  it('"killed in clashes near X": the clash is how they died, and X the killing\'s place', () => {
    const { x, name } = run(
      'The army said on Thursday that its soldiers had killed 14 militants of the Allied Democratic Forces in clashes near Beni last week.',
    );
    const kills = x.events.filter((e) => e.type === 'killing');
    expect(kills).toHaveLength(1);
    expect(name(kills[0].place)).toBe('Beni');
  });
});

describe('events8: a group’s fighters counted as they surrender', () => {
  it('"N members of G surrendered", "hundreds of G fighters surrendered": a defection from G', () => {
    const a = run(
      'Twenty members of the Allied Democratic Forces surrendered to the Ugandan army in Kasese district on Wednesday.',
    );
    const [v] = a.x.events.filter((e) => e.type === 'defection');
    expect(a.roles(v)).toEqual(['recipient:Allied Democratic Forces']);
    expect(v.date?.value).toBe('2025-03-12');
    const b = run(
      'Hundreds of Islamic State fighters surrendered to the Syrian Democratic Forces in Baghouz in March 2019.',
    );
    const [w] = b.x.events.filter((e) => e.type === 'defection');
    expect(b.roles(w)).toEqual(['recipient:Islamic State']);
    expect(w.date?.value).toBe('2019-03');
  });

  it('a fighter the count names ("among them X") is the defector', () => {
    const { x, roles } = run(
      'The army said on Monday that 31 fighters of the Abu Sayyaf, among them a sub-leader known as Abu Hamid, had surrendered to marines in Sulu.',
    );
    const [v] = x.events.filter((e) => e.type === 'defection');
    expect(roles(v)).toEqual(['agent:Abu Hamid', 'recipient:Abu Sayyaf']);
  });

  it('the army they surrender to is not the group left, and a count of soldiers who may surrender is none', () => {
    const a = run(
      'Two al-Shabaab militants who surrendered to Somali forces in Baidoa last week told reporters they were hungry.',
    );
    const [v] = a.x.events.filter((e) => e.type === 'defection');
    expect(a.roles(v)).toEqual(['recipient:al-Shabaab']);
    const b = run(
      'Officials said dozens of Boko Haram fighters could surrender to the army in the coming weeks.',
    );
    expect(b.x.events.filter((e) => e.type === 'defection')).toHaveLength(0);
  });
});

describe('events8: a role of a group described by its backers', () => {
  it('"killed a commander of the Iran-backed G, X": X is the patient, not G', () => {
    const { x, roles } = run(
      'Soldiers killed a top commander of the Iran-backed Kataib Hezbollah group, Jawad Kadhim, during an operation near Jurf al-Sakhar on Monday.',
    );
    const [v] = x.events.filter((e) => e.type === 'killing');
    expect(roles(v)).toEqual(['patient:Jawad Kadhim']);
  });

  it('the man the next sentence names ("mourned the man, X") is the patient', () => {
    const { x, roles } = run(
      'An air strike near Hodeidah killed a senior leader of the Iran-aligned Houthi movement on Friday, residents said. The movement mourned the man, Yahya al-Shami, in a statement on Saturday.',
    );
    const [v] = x.events.filter((e) => e.type === 'killing');
    expect(roles(v)).toContain('patient:Yahya al-Shami');
    expect(roles(v)).not.toContain('patient:Houthi');
  });
});

describe('events8: acts told in the plural, in general', () => {
  it('plural acts with no count, day or doer are no incident', () => {
    for (const text of [
      'Attacks have continued in the villages around Palma despite the deployment of regional troops.',
      'Bombings have become rarer in Kabul since the ceasefire.',
      'Killings of aid workers have risen in Darfur, the United Nations says.',
    ]) {
      const { x } = run(text);
      expect(x.events.filter((e) => e.type === 'attack' || e.type === 'killing')).toEqual([]);
    }
  });

  it('acts counted, or told with their day or doer, stay', () => {
    const a = run('Two attacks on army posts near Diffa killed nine soldiers on Monday.');
    expect(a.x.events.filter((e) => e.type === 'attack').length).toBeGreaterThan(0);
    const b = run('Al-Shabaab claimed coordinated attacks on two police stations in Mandera on Sunday.');
    expect(b.x.events.filter((e) => e.type === 'attack').length).toBeGreaterThan(0);
  });

  it('statements and messages in general ("in its statements", "messages from G") are none', () => {
    for (const text of [
      'The Islamic State West Africa Province has threatened aid workers in its statements.',
      'Analysts who study messages from the Jama Islamiya say the group is recruiting again.',
    ]) {
      const { x } = run(text);
      expect(x.events.filter((e) => e.type === 'statement')).toEqual([]);
    }
    // a statement with its day stays
    const c = run(
      'The Islamic State West Africa Province said in two statements on Tuesday that it had attacked a base.',
    );
    expect(c.x.events.filter((e) => e.type === 'statement').length).toBeGreaterThan(0);
  });
});
