import { describe, expect, it } from 'vitest';
import type { ExtractedEvent } from '../types.js';
import { extract } from './pipeline.js';

const run = (text: string, published = '2020-05-10') => {
  const x = extract({ title: null, published, url: null, text });
  const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name ?? null;
  const roles = (v: ExtractedEvent) => v.participants.map((p) => `${p.role}:${name(p.entity)}`).sort();
  return { x, name, roles };
};

describe('events: arrest', () => {
  it('dates an arrest against the publication date and places it', () => {
    // 2020-05-10 is a Sunday: "on Tuesday" is the Tuesday before it
    const { x, name, roles } = run('Police arrested Ibad Khan in Sialkot on Tuesday.');
    const arrests = x.events.filter((v) => v.type === 'arrest');
    expect(arrests).toHaveLength(1);
    expect(arrests[0].date).toEqual({ text: 'Tuesday', value: '2020-05-05' });
    expect(name(arrests[0].place)).toBe('Sialkot');
    expect(roles(arrests[0])).toContain('patient:Ibad Khan');
  });

  it('takes the year of a bare month from the publication date', () => {
    const { x } = run('Ibad Khan was arrested in Sialkot in March.', '2019-08-01');
    const [v] = x.events.filter((e) => e.type === 'arrest');
    expect(v.date?.value).toBe('2019-03');
  });

  it('makes an arrest event from an arrested_by tie with agent and patient', () => {
    const { x, roles } = run('Abdul Qadir was arrested by the Counter Terrorism Department.');
    const [v] = x.events.filter((e) => e.type === 'arrest');
    expect(roles(v)).toEqual(['agent:Counter Terrorism Department', 'patient:Abdul Qadir']);
  });

  it('the subject of "was arrested" is the patient, not the agent', () => {
    const { x, roles } = run('Ibad Khan was arrested in Sialkot in March.');
    const [v] = x.events.filter((e) => e.type === 'arrest');
    expect(roles(v)).toEqual(['patient:Ibad Khan']);
  });
});

describe('events: who did it', () => {
  it('"was placed under house arrest": the subject is the patient', () => {
    const { x, roles } = run(
      'Jaish-e-Mohammed chief Masood Azhar was placed under house arrest in Bahawalpur.',
    );
    const [v] = x.events.filter((e) => e.type === 'arrest');
    expect(roles(v)).toEqual(['patient:Masood Azhar']);
  });

  it('a clause between commas is passed over: the group before it claimed the attack', () => {
    const { x, roles } = run(
      'Jamaat-ul-Ahrar, which broke away from the Tehrik-i-Taliban Pakistan in 2014, claimed the bombing in Lahore.',
    );
    const [v] = x.events.filter((e) => e.type === 'attack');
    expect(roles(v)).toEqual(['agent:Jamaat-ul-Ahrar']);
  });
});

describe('events: statements', () => {
  it('makes one statement event per date the sentence gives', () => {
    const { x, roles } = run(
      'Tehrik-i-Taliban Pakistan issued a statement on Monday and another statement on 3 May.',
    );
    const st = x.events.filter((v) => v.type === 'statement');
    expect(st.map((v) => v.date?.value).sort()).toEqual(['2020-05-03', '2020-05-04']);
    for (const v of st) expect(roles(v)).toEqual(['speaker:Tehrik-i-Taliban Pakistan']);
  });

  it('makes no statement event when nobody is named', () => {
    const { x } = run('A statement was read out on Monday.');
    expect(x.events.filter((v) => v.type === 'statement')).toEqual([]);
  });
});

describe('events: expulsion', () => {
  it('makes an expulsion from an expelled_from tie', () => {
    const { x, roles } = run('Shahidullah Shahid was expelled from Tehrik-i-Taliban Pakistan.');
    const ex = x.events.filter((v) => v.type === 'expulsion');
    expect(ex).toHaveLength(1);
    expect(roles(ex[0])).toEqual(['agent:Tehrik-i-Taliban Pakistan', 'patient:Shahidullah Shahid']);
  });

  it('resolves a relative date on the expulsion', () => {
    const { x } = run('Lashkar-e-Taiba expelled Abdul Rehman Makki in January.');
    const [v] = x.events.filter((e) => e.type === 'expulsion');
    expect(v.date?.value).toBe('2020-01');
  });
});

describe('events: evidence', () => {
  it('points each event at the sentence that states it', () => {
    const text = 'The weather was fine. Abdul Qadir was arrested by the Counter Terrorism Department.';
    const { x } = run(text);
    expect(x.events.length).toBeGreaterThan(0);
    for (const v of x.events)
      expect(text.slice(v.evidence.start, v.evidence.end)).toMatch(/^Abdul Qadir.*\.$/);
  });
});

describe('events: passive designations', () => {
  it('"X was banned by Y": Y is the agent, X the patient', () => {
    const x = extract({
      title: null,
      published: '2023-11-20',
      url: null,
      text: 'Jamaat-ul-Barq was banned by the Interior Ministry on Monday.',
    });
    const name = (id: string) => x.entities.find((e) => e.id === id)?.name;
    const v = x.events.find((e) => e.type === 'designation');
    expect(v?.participants.map((p) => `${p.role}:${name(p.entity)}`).sort()).toEqual([
      'agent:Interior Ministry',
      'patient:Jamaat-ul-Barq',
    ]);
  });
});

describe('events: denied or negated acts', () => {
  it('a denied defection or a denied pledge is no event', () => {
    const { x } = run(
      'Asad Khorsani, spokesperson of Jamaat ul-Fajr, denied that Qari Bashir Durrani had defected.',
    );
    expect(x.events.filter((e) => e.type === 'defection')).toEqual([]);
    const y = run('Jamaat ul-Fajr denied pledging allegiance to the Islamic State.').x;
    expect(y.events.filter((e) => e.type === 'allegiance')).toEqual([]);
  });

  it('"was not arrested" is no arrest; a denial ends at "and"', () => {
    expect(
      run('Police said Ibad Khan was not arrested in Sialkot.').x.events.filter((e) => e.type === 'arrest'),
    ).toEqual([]);
    const { x, roles } = run('Ibad Khan denied the charges and was arrested by police in Sialkot on Monday.');
    const [v] = x.events.filter((e) => e.type === 'arrest');
    expect(roles(v)).toContain('patient:Ibad Khan');
  });

  it('"X denied any role in the attack": the attack is not X\'s', () => {
    const { x, roles } = run('Hezbollah denied any role in the attack on the convoy in Tyre.');
    for (const v of x.events.filter((e) => e.type === 'attack'))
      expect(roles(v)).not.toContain('agent:Hezbollah');
  });
});

describe('events: the one it befell', () => {
  it('"X, who survived the assault" is the patient of the attack, not its agent', () => {
    const { x, roles } = run(
      'Abdirahman Omar Osman, a former minister who survived the assault, said security forces were slow.',
    );
    const [v] = x.events.filter((e) => e.type === 'attack');
    expect(roles(v)).toEqual(['patient:Abdirahman Omar Osman']);
  });
});

describe('events: reported acts', () => {
  it('"X said the men were planning attacks": X reports the act, X is not its agent', () => {
    const { x, roles } = run(
      'Taliban spokesman Zabihullah Mujahid said the men were planning attacks on mosques.',
    );
    for (const v of x.events.filter((e) => e.type === 'attack'))
      expect(roles(v)).not.toContain('agent:Zabihullah Mujahid');
  });

  it('"The Taliban said they had arrested X": the pronoun makes the reporter the agent', () => {
    const { x, roles } = run('The Taliban said on Tuesday they had arrested Sanaullah Ghafari in Jalalabad.');
    const [v] = x.events.filter((e) => e.type === 'arrest');
    expect(roles(v)).toContain('agent:Taliban');
  });
});

describe('events: statements keep their speaker', () => {
  it('"Khorsani said in a statement": the one who said it speaks, though he reports', () => {
    const { x, roles } = run(
      '"Qari Bashir Durrani remains with us," Asad Khorsani said in a statement on Tuesday.',
    );
    const [v] = x.events.filter((e) => e.type === 'statement');
    expect(roles(v)).toEqual(['speaker:Asad Khorsani']);
  });
});
