import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;

describe('events: two acts of one type joined by "and", each with its own object', () => {
  it('"G killed A in X and then murdered B in Y" is two killings, both by G', () => {
    const a = run('Hezbollah killed Karim Saad in Tyre and then murdered Rami Haddad in Sidon.');
    expect(a.of('killing').map(a.roles)).toEqual([
      ['agent:Hezbollah', 'patient:Karim Saad'],
      ['agent:Hezbollah', 'patient:Rami Haddad'],
    ]);
    expect(a.of('killing').map((v) => a.name(v.place))).toEqual(['Tyre', 'Sidon']);
    const b = run(
      'Al-Shabaab fighters murdered Abdi Warsame in Baidoa in March and beheaded Yusuf Omar in Jowhar in June.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([
      ['agent:Al-Shabaab', 'patient:Abdi Warsame'],
      ['agent:Al-Shabaab', 'patient:Yusuf Omar'],
    ]);
    expect(b.of('killing').map((v) => b.name(v.place))).toEqual(['Baidoa', 'Jowhar']);
    expect(b.of('killing').map((v) => v.date?.text)).toEqual(['March', 'June']);
    // two verbs sharing one object stay one act
    expect(run('Boko Haram fighters abducted and killed Hauwa Liman.').of('killing')).toHaveLength(1);
    expect(run('ISWAP gunmen seized and executed Bulama Kachalla near Monguno.').of('killing')).toHaveLength(
      1,
    );
  });

  it('"arrested A on Monday and detained B on Friday": two arrests, each on its own day and place', () => {
    const a = run(
      'Soldiers arrested Musa Danjuma in Maiduguri on Tuesday and detained Idris Bello in Kano on Thursday.',
    );
    expect(a.of('arrest').map(a.roles)).toEqual([['patient:Musa Danjuma'], ['patient:Idris Bello']]);
    expect(a.of('arrest').map((v) => a.name(v.place))).toEqual(['Maiduguri', 'Kano']);
    const b = run(
      'Police arrested Tariq Mehmood in Quetta on Sunday and detained Javed Iqbal in Multan on Wednesday.',
    );
    expect(b.of('arrest').map(b.roles)).toEqual([['patient:Tariq Mehmood'], ['patient:Javed Iqbal']]);
    expect(b.of('arrest').map((v) => b.name(v.place))).toEqual(['Quetta', 'Multan']);
  });
});

describe('events: who identifies or names the slain is no doer of the killing', () => {
  it('"F identified the slain militant as X": X died, F is no agent', () => {
    const a = run('The Kenya Defence Forces identified the slain militant as Ahmed Iman Ali.');
    expect(a.of('killing').map(a.roles)).toEqual([['patient:Ahmed Iman Ali']]);
    const b = run(
      'Gunmen ambushed a convoy near Bannu on Sunday, killing a senior commander. The Pakistani army identified the slain commander as Colonel Tariq Hussain.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['patient:Tariq Hussain']]);
  });
});

describe('events: "the assault/the ambush/the attack killed N" retells the act told before', () => {
  it('the killing keeps the act’s doers, day and place', () => {
    const a = run(
      'Al-Shabaab fighters stormed a military base near Baidoa on Tuesday. The assault killed 14 soldiers, officials said.',
    );
    expect(a.of('killing').map(a.roles)).toEqual([['agent:Al-Shabaab']]);
    expect(a.name(a.of('killing')[0].place)).toBe('Baidoa');
    expect(a.of('killing')[0].date?.value).toBe('2025-06-10');
    const b = run(
      'ISWAP militants ambushed an army convoy near Damboa on Friday. The ambush killed Lieutenant Musa Abdullahi and six soldiers.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['agent:ISWAP', 'patient:Musa Abdullahi']]);
    expect(b.name(b.of('killing')[0].place)).toBe('Damboa');
    const c = run(
      'JNIM gunmen attacked a village near Mopti on Sunday. The attack killed 30 civilians, local officials said.',
    );
    expect(c.of('killing').map(c.roles)).toEqual([['agent:JNIM']]);
    expect(c.name(c.of('killing')[0].place)).toBe('Mopti');
  });
});

describe('events: "exchanged fire with" is a fight told by one side', () => {
  it('the subject is the agent, the "with" side named as a group the patient', () => {
    const a = run('Al-Shabaab fighters exchanged fire with Somali troops near Afgoye on Thursday.');
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Al-Shabaab']]);
    expect(a.name(a.of('attack')[0].place)).toBe('Afgoye');
    const b = run(
      'Gunmen from the ELN exchanged fire with soldiers of the Colombian army in Arauca on Monday.',
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:ELN', 'patient:Colombian army']]);
    expect(b.name(b.of('attack')[0].place)).toBe('Arauca');
  });
});
