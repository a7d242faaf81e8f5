import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// An armed group's word as a statement event (group-statements.ts): the group, or its
// spokesman or leader, as the subject of a verb of stance.
const run = (text: string, published = '2025-05-14') => runEvents(text, published);

describe('events: an armed group denying, vowing, announcing', () => {
  it('a militant group as the subject of deny/vow/announce makes a statement it speaks', () => {
    const a = run('The Baloch Liberation Army denied on Friday that its fighters had attacked the bus.');
    expect(a.of('statement').map(a.roles)).toEqual([['speaker:Baloch Liberation Army']]);
    expect(a.of('statement')[0].date?.value).toBe('2025-05-09');
    const b = run('Jemaah Islamiyah announced in 2024 that it was disbanding.');
    expect(b.of('statement').map(b.roles)).toEqual([['speaker:Jemaah Islamiyah']]);
    expect(b.of('statement')[0].date?.value).toBe('2024');
    const c = run('Tehreek-i-Taliban Pakistan vowed revenge for the death of its commander in Bajaur.');
    expect(c.of('statement').map(c.roles)).toEqual([['speaker:Tehreek-i-Taliban Pakistan']]);
  });

  it("a group's spokesman (a tie read in the text) speaks with his group", () => {
    const a = run(
      'Al-Shabaab spokesman Ali Dheere threatened more attacks on Kenyan troops in a radio broadcast.',
    );
    expect(a.of('statement').map(a.roles)).toContainEqual(['speaker:Al-Shabaab', 'speaker:Ali Dheere']);
    const b = run(
      'Hassan Barre is the spokesman of the Ogaden National Liberation Front. Barre rejected the accusations in an interview on Monday.',
    );
    expect(b.of('statement').map(b.roles)).toContainEqual([
      'speaker:Hassan Barre',
      'speaker:Ogaden National Liberation Front',
    ]);
  });

  it('no statement from a ministry, a bare "said", a denied tie, a negation or a relative clause of the past', () => {
    expect(
      run('The interior ministry denied that detainees had been mistreated in Quetta.').of('statement'),
    ).toEqual([]);
    expect(run('Ansar Allah said the pair had been plotting strikes on tankers.').of('statement')).toEqual(
      [],
    );
    expect(run('Lashkar-e-Taiba denies any links with the banned charity.').of('statement')).toEqual([]);
    expect(run('Jaish-e-Mohammed has not confirmed the death of its commander.').of('statement')).toEqual([]);
    expect(
      run(
        'A faction has broken away from its leader Omar Farouk, whose Islamic Front rejected the accord, officials said.',
      ).of('statement'),
    ).toEqual([]);
  });
});

describe('events: the toll of an act whose doers a later claim names', () => {
  it('"Gunmen stormed X, killing six. G claimed the assault.": a killing by G on the act\'s day and place', () => {
    const a = run(
      'Gunmen stormed a police post near Kalat on Tuesday night, killing six officers. The Baloch Liberation Army claimed responsibility for the assault.',
    );
    const k = a.of('killing');
    expect(k.map(a.roles)).toEqual([['agent:Baloch Liberation Army']]);
    expect(k[0].date?.value).toBe(a.of('attack')[0].date?.value);
    const b = run(
      "Attackers on motorcycles raided a market in Djibo on Sunday, killing 12 traders. Jama'at Nusrat al-Islam wal-Muslimin claimed the raid on Monday.",
    );
    expect(b.of('killing').map(b.roles)).toEqual([["agent:Jama'at Nusrat al-Islam wal-Muslimin"]]);
  });

  it('with no doer ever named, the toll makes no killing of its own', () => {
    const a = run('Gunmen stormed a police post near Kalat on Tuesday night, killing six officers.');
    expect(a.of('killing')).toEqual([]);
    const b = run(
      'Unknown attackers raided a market in Djibo on Sunday, killing 12 traders, residents said.',
    );
    expect(b.of('killing')).toEqual([]);
  });
});

describe('events: a defector named by "known as" / "called" on the role noun', () => {
  it('"a G commander known as X surrendered": X is the defector, G the group left', () => {
    const a = run(
      'Last month an ISWAP commander known as Abu Musab surrendered to Nigerian troops in Bama with nine of his fighters, the army said.',
    );
    expect(a.of('defection').map(a.roles)).toContainEqual(['agent:Abu Musab', 'recipient:ISWAP']);
    const b = run(
      'A Pakistani Taliban commander named Qari Zahid surrendered to security forces in Swat on Monday with his weapons.',
    );
    expect(b.of('defection').map(b.roles)[0]).toContain('agent:Qari Zahid');
  });
});

describe('events: the arrested or dead the next sentence names as "one of them"', () => {
  it('"detained three men. One of them, X, …": X is the patient', () => {
    const a = run(
      'Police in Garissa on Monday detained three men at a roadblock. One of them, Abdi Warsame, was later released.',
    );
    expect(a.of('arrest').map(a.roles)).toContainEqual(['patient:Abdi Warsame']);
    const b = run(
      'Gunmen shot dead two aid workers near Gao on Friday. One of them, a nurse named Fatoumata Traore, had worked in the town for ten years.',
    );
    expect(b.of('killing').map(b.roles)).toContainEqual(['patient:Fatoumata Traore']);
  });
});

describe('events: a travel ban befalls people', () => {
  it('"X was barred from leaving/travelling": X is the patient, never the doer', () => {
    const a = run('The cleric Abdul Aziz was barred from leaving the country after his sermons.');
    expect(a.of('travel_restriction').map(a.roles)).toEqual([['patient:Abdul Aziz']]);
    const b = run('Opposition leader Ali Wazir was barred from travelling abroad by the interior ministry.');
    expect(b.of('travel_restriction').map(b.roles)[0]).toContain('patient:Ali Wazir');
  });

  it('a group that is no state body is no doer; a ban on nobody named is no event', () => {
    const a = run(
      'The ministry placed four leaders of the Baloch Liberation Army on a watch list, barring them from leaving the country.',
    );
    expect(a.of('travel_restriction')).toEqual([]);
    const b = run('Several members of Hizb ut-Tahrir were banned from leaving the province last year.');
    expect(b.of('travel_restriction').flatMap(b.roles)).not.toContain('agent:Hizb ut-Tahrir');
  });
});
