import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// events14: a death told with the act that caused it is a killing. Sentences of our own.
const run = runEvents;

describe('events: "X died in a drone strike", "X died when troops stormed …"', () => {
  it('"died in" an attack noun or a fight: the dead are the patients, the act\'s owner the agent', () => {
    const a = run(
      'Hamid Karimi, a senior commander of the Taliban, died in a US drone strike in Paktika on Sunday, police said.',
    );
    const ka = a.of('killing');
    expect(ka.map(a.roles)).toEqual([['agent:US', 'patient:Hamid Karimi']]);
    expect(a.name(ka[0].place)).toBe('Paktika');
    const b = run(
      'Abu Omar and Abu Hafs, two commanders of the Islamic State, died in a clash with Kurdish forces near Hasakah.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['patient:Abu Hafs', 'patient:Abu Omar']]);
  });

  it('"died when" an attack verb: its subject (through its people) is the agent, its place the killing\'s', () => {
    const a = run(
      'Qari Saifullah died when special forces of the 215th Corps raided his hideout in Helmand on Friday.',
    );
    const ka = a.of('killing');
    expect(ka.map(a.roles)).toEqual([['agent:215th Corps', 'patient:Qari Saifullah']]);
    expect(a.name(ka[0].place)).toBe('Helmand');
    const b = run(
      "The cell's leader, identified as Mullah Rahmatullah, died when commandos of the National Directorate of Security stormed a compound in Jalalabad.",
    );
    expect(b.of('killing').map(b.roles)).toEqual([
      ['agent:National Directorate of Security', 'patient:Mullah Rahmatullah'],
    ]);
  });

  it('"X, who died in a strike": the noun the relative clause hangs on', () => {
    const a = run('The group was led by Abu Yahya, who died in a Russian air strike near Idlib in 2021.');
    expect(a.of('killing').flatMap(a.roles)).toContain('patient:Abu Yahya');
  });

  it('"two G fighters died in …": the group whose people died is the patient', () => {
    const a = run('Two al-Shabaab fighters died in a clash with soldiers near Afgoye on Monday.');
    expect(a.of('killing').map(a.roles)).toEqual([['patient:al-Shabaab']]);
    const b = run(
      'Six soldiers of the 72nd Brigade died when Islamic State fighters attacked their base near Baiji on Sunday.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['agent:Islamic State', 'patient:72nd Brigade']]);
  });

  it('"died of wounds sustained in a strike": the act the wounds were had in, with its place', () => {
    const a = run('Salim Ayyash died of wounds sustained in a US drone strike near Idlib on Monday.');
    const ka = a.of('killing');
    expect(ka.map(a.roles)).toEqual([['agent:US', 'patient:Salim Ayyash']]);
    expect(a.name(ka[0].place)).toBe('Idlib');
    const b = run(
      'Karim Haddad later died from injuries he suffered in the bombing in Tripoli, police said.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['patient:Karim Haddad']]);
    expect(
      run('Omar Bakri died of wounds sustained in a fall at his home in Tripoli.').of('killing'),
    ).toEqual([]);
  });

  it('a death with no act told is no killing', () => {
    expect(run('Mullah Omar died in a hospital in Karachi in 2013, the Taliban said.').of('killing')).toEqual(
      [],
    );
    expect(run('Abdul Salam Zaeef died in 2019 after a long illness.').of('killing')).toEqual([]);
  });
});
