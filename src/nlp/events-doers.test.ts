import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = (text: string, published = '2021-03-14') => runEvents(text, published);

describe('events: an offensive or strikes against a named target', () => {
  it('"X launched/mounted an offensive against Y": an attack by X on Y', () => {
    const a = run(
      'The Ugandan army launched an offensive against the Allied Democratic Forces in Ituri on Monday.',
    );
    expect(a.of('attack').map(a.roles)).toContainEqual([
      'agent:Ugandan army',
      'patient:Allied Democratic Forces',
    ]);
    const b = run('Al-Shabaab mounted an offensive against the Somali National Army near Baidoa.');
    expect(b.roles(b.of('attack')[0])).toContain('patient:Somali National Army');
    expect(b.roles(b.of('attack')[0])).toContain('agent:Al-Shabaab');
  });

  it('"strikes on/against X" is the noun of an attack; "offensive remarks" and a general strike are none', () => {
    const a = run(
      'The Nigerian army carried out strikes on Boko Haram camps in the Sambisa forest on Friday.',
    );
    expect(a.of('attack').map(a.roles)).toContainEqual(['agent:Nigerian army', 'patient:Boko Haram']);
    const b = run(
      'The Houthis said the strikes against Ansar Allah positions near Hodeidah were a war crime.',
    );
    expect(b.of('attack').length).toBeLessThanOrEqual(1);
    const c = run('Hamas called the remarks offensive and Fatah called a general strike on Monday.');
    expect(c.of('attack')).toEqual([]);
  });

  it('"X responded/retaliated with strikes on Y": X is the doer', () => {
    const a = run('Kenya responded on Friday with strikes on al-Shabaab camps near Kismayo.');
    expect(a.of('attack').map(a.roles)).toContainEqual(['agent:Kenya', 'patient:al-Shabaab']);
    const b = run('The Nigerian army retaliated with strikes on Boko Haram hideouts near Bama on Monday.');
    expect(b.of('attack').map(b.roles)).toContainEqual(['agent:Nigerian army', 'patient:Boko Haram']);
  });
});

describe("events: a state that is the verb's own subject", () => {
  it('a state subject wins over a name of another clause that word order finds first', () => {
    const a = run(
      'Al-Shabaab, a militant group that was weakened after Kenya captured and executed its leader in 2015, remains active.',
    );
    for (const v of a.x.events.filter((e) => e.type === 'arrest' || e.type === 'killing'))
      expect(a.roles(v)).not.toContain('agent:Al-Shabaab');
    expect(a.of('arrest').map(a.roles)).toContainEqual(['agent:Kenya']);
    const b = run(
      'Jundallah, which faded after Iran seized and hanged its founder in 2010, was revived in 2012.',
    );
    for (const v of b.x.events) expect(b.roles(v)).not.toContain('agent:Jundallah');
  });

  it('"Kenya launched strikes on X": a state doer of a nominal act, not one after a preposition', () => {
    const a = run('Kenya launched strikes on al-Shabaab camps near Kismayo on Sunday.');
    expect(a.of('attack').map(a.roles)).toContainEqual(['agent:Kenya', 'patient:al-Shabaab']);
    const b = run(
      'Fighters from Somalia launched strikes on Kenya Defence Forces bases near Mandera on Sunday.',
    );
    for (const v of b.of('attack')) expect(b.roles(v)).not.toContain('agent:Somalia');
  });
});

describe('events: a role noun of a group named through its noun', () => {
  it('"killed a commander of the militia X": X is not the one killed', () => {
    const a = run(
      'An air strike near Hodeidah killed a top commander of the Iran-aligned militia Ansar Allah on Monday.',
    );
    for (const v of a.of('killing')) expect(a.roles(v)).not.toContain('patient:Ansar Allah');
    const b = run('Soldiers killed a leader of the armed group Ansaru near Kaduna on Friday.');
    for (const v of b.of('killing')) expect(b.roles(v)).not.toContain('patient:Ansaru');
  });
  it('Islamic Resistance in Iraq and Kataib Hezbollah are two groups', () => {
    const a = run(
      'Kataib Hezbollah denied any role, but the Islamic Resistance in Iraq claimed the drone attack on Monday.',
    );
    const names = a.x.entities.map((e) => e.name);
    expect(names).toContain('Islamic Resistance in Iraq');
    expect(a.x.entities.filter((e) => /Kata.?ib Hezbollah/.test(e.name))).toHaveLength(1);
    const b = run('The Islamic Resistance in Iraq said its fighters fired rockets at a base in Erbil.');
    expect(b.x.entities.find((e) => e.name === 'Islamic Resistance in Iraq')?.aliases ?? []).not.toContain(
      'Kataib Hezbollah',
    );
  });
});

describe("events: a possessor makes the act's word a noun", () => {
  it('"did not comment on Sunday\'s killings": the one who did not comment did not kill', () => {
    const a = run("The Nigerian Army did not comment on Sunday's killings in Borno.");
    for (const v of a.of('killing')) expect(a.roles(v)).not.toContain('agent:Nigerian Army');
    const b = run(
      "The Kenya Defence Forces, which fight al-Shabaab with help from Uganda's army, declined to discuss Friday's killings.",
    );
    for (const v of b.of('killing')) expect(b.roles(v)).not.toContain('agent:Kenya Defence Forces');
  });
  it('"X\'s ambush on a convoy": X is the doer of the noun', () => {
    const a = run("Al-Shabaab's ambush on a convoy near Mandera killed 12 soldiers on Tuesday.");
    expect(a.roles(a.of('attack')[0])).toContain('agent:Al-Shabaab');
    const b = run("Boko Haram's deadly raid on a school in Damasak killed four teachers on Monday.");
    expect(b.roles(b.of('attack')[0])).toContain('agent:Boko Haram');
  });
});

describe('events: the target named in the subject act', () => {
  it('"the strikes on X camps killed 20": X is not the killer', () => {
    const a = run('The strikes on al-Shabaab camps near Kismayo killed 20 fighters on Friday.');
    for (const v of a.of('killing')) expect(a.roles(v)).not.toContain('agent:al-Shabaab');
    const b = run('The raid on Boko Haram hideouts near Bama killed nine fighters on Monday.');
    for (const v of b.of('killing')) expect(b.roles(v)).not.toContain('agent:Boko Haram');
  });
  it('a possessor of the act is still its doer: "X\'s attack on the base killed nine"', () => {
    const a = run("Al-Shabaab's attack on the base killed nine soldiers on Sunday.");
    expect(a.roles(a.of('attack')[0])).toContain('agent:Al-Shabaab');
    const b = run("Boko Haram's raid on Damasak killed four teachers on Monday.");
    expect(b.roles(b.of('attack')[0])).toContain('agent:Boko Haram');
  });
});
