import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;

describe('events: a killing done in an attack, an ambush or a raid', () => {
  it('"G killed N in an ambush near X" is an attack by G as well as the killing', () => {
    const a = run(
      'Fighters of the Islamic State Sahel Province killed nine gendarmes in an ambush near Ayorou on Saturday, officials said.',
    );
    expect(a.of('killing').map(a.roles)).toEqual([['agent:Islamic State Sahel Province']]);
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Islamic State Sahel Province']]);
    const att = a.of('attack')[0];
    expect(att.date?.value).toBe('2025-06-07');
    expect(a.name(att.place)).toBe('Ayorou');
    const b = run(
      'Al-Shabaab militants killed seven members of the Danab brigade in a raid on a base in Bulo Burde on Monday.',
    );
    expect(b.of('attack').map(b.roles)).toEqual(b.of('killing').map(b.roles));
    expect(b.of('attack').flatMap(b.roles)).toContain('agent:Al-Shabaab');
    // a passive with its doer after "by"
    const c = run(
      'Four policemen were killed in an attack by Tehrik-i-Taliban Pakistan in Tank district on Sunday.',
    );
    expect(c.of('attack').flatMap(c.roles)).toContain('agent:Tehrik-i-Taliban Pakistan');
    // with nobody said to have killed, or "in the attack" told before, no second act is made
    const d = run('Four policemen were killed in an ambush near Tank on Sunday, officials said.');
    expect(d.of('attack')).toEqual([]);
    const e = run(
      'Gunmen attacked a police post in Tank on Sunday. The Tehrik-i-Taliban Pakistan said its fighters had killed six policemen in the attack.',
    );
    expect(e.of('attack')).toHaveLength(1);
  });
});

describe('events: a killing in an attack whose doers a later claim names', () => {
  it('the attack takes the killing’s place and day, and the claimer is its doer', () => {
    const a = run(
      'Separatist fighters killed four soldiers in an ambush near Ndop on Tuesday, officials said. The Ambazonia Defence Forces claimed the attack in a video.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Ambazonia Defence Forces']]);
    expect(a.name(a.of('attack')[0].place)).toBe('Ndop');
    expect(a.of('attack')[0].date?.value).toBe('2025-06-10');
    const b = run(
      "Gunmen killed six gendarmes in a raid near Dori on Sunday. Jama'at Nusrat al-Islam wal-Muslimin claimed responsibility on Monday.",
    );
    expect(b.of('attack').map(b.roles)).toEqual([["agent:Jama'at Nusrat al-Islam wal-Muslimin"]]);
    expect(b.name(b.of('attack')[0].place)).toBe('Dori');
  });
});

describe('events: the claimer is the name heading a subject with a phrase set beside it', () => {
  it('"G (ABC), one of the groups fighting for a state they call Y, claimed" is G’s claim', () => {
    const a = run(
      'The Ambazonia Defence Forces (ADF), one of the armed groups fighting for a state they call Ambazonia, claimed the bombing of a checkpoint in Bamenda on Monday.',
    );
    expect(a.of('statement').map(a.roles)).toEqual([['speaker:Ambazonia Defence Forces']]);
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Ambazonia Defence Forces']]);
    const b = run(
      'The Bangsamoro Islamic Freedom Fighters, one of the groups fighting for a state they call Bangsamoro, claimed the bombing of a bus in Cotabato on Sunday.',
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Bangsamoro Islamic Freedom Fighters']]);
    expect(b.of('statement').map(b.roles)).toEqual([['speaker:Bangsamoro Islamic Freedom Fighters']]);
  });
});

describe('events: a pronoun in a clause set before the subject', () => {
  it('"Two years after it overran X, G …": G did the act, and is not its patient', () => {
    const a = run(
      'Two years after it overran the army headquarters in Kutkai, the Arakan Army now controls most of the state.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Arakan Army']]);
    const b = run(
      'Weeks after they ambushed a convoy of the Frontier Corps near Kalat, Balochistan Liberation Army fighters struck again.',
    );
    expect(b.of('attack')[0] && b.roles(b.of('attack')[0])).toEqual([
      'agent:Balochistan Liberation Army',
      'patient:Frontier Corps',
    ]);
  });
});

describe('events: who makes a statement when a phrase set beside the subject names someone', () => {
  it('"G, led by a commander known as X, said in a statement" is G’s statement', () => {
    const a = run(
      'The Segunda Marquetalia, headed by a former negotiator named Ivan Marquez, said in a statement on Monday that it would leave the talks.',
    );
    expect(a.of('statement').map(a.roles)).toEqual([['speaker:Segunda Marquetalia']]);
    const b = run(
      'The Frente Carolina Ramirez, led by a commander known as Araña, said in a statement on Thursday that it rejected the ceasefire.',
    );
    expect(b.of('statement').map(b.roles)).toEqual([['speaker:Frente Carolina Ramirez']]);
  });
});

describe('events: an act told in a relative clause on an unnamed noun', () => {
  it('"arrested men accused of hiding the gunmen who attacked a bus" is no attack by the police', () => {
    const a = run(
      'The Counter Terrorism Department has arrested three men accused of hiding the gunmen who attacked a bus in Jhelum last month, killing six passengers.',
    );
    expect(a.of('arrest').flatMap(a.roles)).toContain('agent:Counter Terrorism Department');
    expect(a.of('attack').flatMap(a.roles)).toEqual([]);
    expect(a.of('killing').flatMap(a.roles)).toEqual([]);
    const b = run(
      'The Jammu and Kashmir Police detained two brothers suspected of helping the militants who ambushed a convoy near Rajouri in May.',
    );
    expect(b.of('attack').flatMap(b.roles)).toEqual([]);
  });
});

describe('events: "X, whose brother was killed" — the act befell the one "whose" turns to', () => {
  it('the named relative of the dead is no victim', () => {
    const a = run('Police questioned Halima Omar, a teacher whose brother was killed in Mandera on Monday.');
    expect(a.of('killing').flatMap(a.roles)).toEqual([]);
    const b = run(
      'Halima Omar, whose husband was shot dead in Mandera on Monday, said the police came late.',
    );
    expect(b.of('killing').flatMap(b.roles)).toEqual([]);
    const c = run(
      'Militants stormed a hotel in Kismayo. Ahmed Nur, whose two daughters were among the dead, said the guards fled.',
    );
    expect(c.of('killing').flatMap(c.roles)).toEqual([]);
    const d = run(
      'Gunmen raided the village of Mucojo on Tuesday. "They come every year," said Abdul Karim, a farmer whose son was among those killed.',
    );
    expect(d.of('killing').flatMap(d.roles)).toEqual([]);
    // the named dead themselves stay the victims
    const e = run('Militants stormed a hotel in Kismayo. Ahmed Nur was among those killed.');
    expect(e.of('killing').flatMap(e.roles)).toEqual(['patient:Ahmed Nur']);
  });
});

describe('events: the force or group whose people a toll counts', () => {
  it('"…, killing seven members of G" / "killing five G soldiers": G is the attack’s and the killing’s patient', () => {
    const a = run(
      'Al-Shabaab fighters attacked a base near Baidoa on Monday, killing seven members of the Danab brigade.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Al-Shabaab', 'patient:Danab']]);
    expect(a.of('killing').map(a.roles)).toEqual([['agent:Al-Shabaab', 'patient:Danab']]);
    const b = run('Gunmen ambushed a convoy near Kalat on Tuesday, killing five Frontier Corps soldiers.');
    expect(b.of('attack').map(b.roles)).toEqual([['patient:Frontier Corps']]);
    expect(b.of('killing').map(b.roles)).toEqual([['patient:Frontier Corps']]);
    const c = run(
      'A Turkish drone hit a pickup truck outside Sinjar on Thursday, killing three fighters of the Sinjar Resistance Units.',
    );
    expect(c.of('attack').map(c.roles)).toEqual([['patient:Sinjar Resistance Units']]);
  });
});

describe('events: "He was arrested" after one person is named', () => {
  it('the one person the sentences before name is the patient; two named leave it open', () => {
    const a = run(
      'The court found that the defendant, identified only as Karim B., fought for the Islamic State in Mosul. Prosecutors said he later travelled to Greece. He was arrested in Dortmund in May last year, the prosecutors said.',
    );
    expect(a.of('arrest').map(a.roles)).toEqual([['patient:Karim B.']]);
    const b = run(
      'Judges in Rabat convicted Youssef Amrani of financing a cell linked to the Islamic State. She said the evidence was weak. He had been detained in Tangier in 2023.',
    );
    expect(b.of('arrest').map(b.roles)).toEqual([['patient:Youssef Amrani']]);
    const c = run(
      'Hassan Ali, a Shabaab commander, met Yusuf Dahir in Kismayo. He was arrested in Mombasa in May.',
    );
    expect(c.of('arrest').flatMap(c.roles)).toEqual([]);
  });
});

describe('events: "X, the group behind the 2002 bombings"', () => {
  it('an apposition that names X the doer of an act makes X its agent (a country in a compound does not)', () => {
    const a = run(
      'Jemaah Islamiyah, the group behind the 2002 Bali bombings, announced its dissolution in 2024.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Jemaah Islamiyah']]);
    expect(a.of('attack')[0].date?.value).toBe('2002');
    const b = run(
      'Lashkar-e-Taiba, the Pakistan-based group behind the 2008 Mumbai attacks, has been renamed.',
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Lashkar-e-Taiba']]);
  });
});

describe('events: ", when the group killed …" after an attack noun', () => {
  it('a clause of its own tells an older killing, not the toll of the attack before it', () => {
    const a = run(
      'The Communist Party of India (Maoist) claimed the blast. It was the deadliest attack on the police in the state since May 2021, when the group killed 22 soldiers in an ambush in Sukma district.',
    );
    expect(a.of('killing').map(a.roles)).toEqual([['agent:Communist Party of India (Maoist)']]);
    expect(a.of('killing')[0].date?.value).toBe('2021-05');
    const b = run(
      'Al-Shabaab claimed the bombing. It was the deadliest attack in the city since October 2017, when the group killed more than 500 people with a truck bomb.',
    );
    expect(b.of('killing').map((v) => v.date?.value)).toEqual(['2017-10']);
  });
});
