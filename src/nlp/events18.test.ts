import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;

describe('events: who speaks when the subject has a phrase set beside it', () => {
  it('the name heading the subject speaks, not a group named in its apposition', () => {
    const a = run(
      'The Hamza Brigade, one of the biggest factions of the Syrian National Army, said in a statement its men had taken two hills.',
    );
    expect(a.of('statement').map(a.roles)).toEqual([['speaker:Hamza Brigade']]);
    const b = run(
      "The Ogaden National Liberation Front, a rival of the Somali Region's ruling party, the Prosperity Party, said in a statement on Sunday that its fighters had withdrawn.",
    );
    expect(b.of('statement').map(b.roles)).toEqual([['speaker:Ogaden National Liberation Front']]);
    // the same for the one who claims an act
    const d = run(
      'Gunmen killed four soldiers near Kumbo on Tuesday. The Ambazonia Defence Forces, one of several armed groups that broke with the Southern Cameroons National Council, claimed the attack in a video.',
    );
    expect(d.of('statement').map(d.roles)).toEqual([['speaker:Ambazonia Defence Forces']]);
    expect(d.of('attack').map(d.roles)).toEqual([['agent:Ambazonia Defence Forces']]);
    // a common noun heading the subject leaves the word to the name beside it
    const c = run('A Hamas official, Osama Hamdan, said in a statement that the talks had stalled.');
    expect(c.of('statement').flatMap(c.roles)).toContain('speaker:Osama Hamdan');
  });
});

describe("events: an arrest of a group's people told again with a name", () => {
  it('"police detained N suspected G members … Among those held was X" is one arrest', () => {
    const a = run(
      'Police in Lahore detained nine people suspected of links to Lashkar-e-Taiba on Monday. Among those held was Tariq Mehmood, a preacher at a mosque in the city.',
    );
    expect(a.of('arrest').map(a.roles)).toEqual([['patient:Lashkar-e-Taiba', 'patient:Tariq Mehmood']]);
    const b = run(
      'Kenyan police arrested six suspected al-Shabaab members in Mombasa on Friday. Among those detained in Mombasa was Juma Ali Omar, a boat owner.',
    );
    expect(b.of('arrest')).toHaveLength(1);
    expect(b.of('arrest')[0].date?.value).toBe('2025-06-06');
    expect(b.of('arrest').flatMap(b.roles)).toContain('patient:Juma Ali Omar');
  });
});

describe('events: a bare plural act after a preposition is a noun', () => {
  it('"worn down by desertions, arrests and …" tells no arrest by the group worn down', () => {
    const a = run(
      'Shops in Bazarak stayed shut on Saturday afternoon. The National Resistance Front has been worn down by desertions, arrests and a shortage of money, but it still holds some high valleys.',
    );
    expect(a.of('arrest')).toEqual([]);
    const b = run(
      'Traders in Bannu closed their shops on Friday morning. Tehreek-i-Taliban Pakistan has been hurt by arrests and the deaths of its commanders.',
    );
    expect(b.of('arrest')).toEqual([]);
  });
});

describe('events: "the group" that claims an act told just before', () => {
  it('is the group that did the act, not the last group named (its victims)', () => {
    const a = run(
      'Militants of the Islamic State shot dead five fighters of the Syrian Democratic Forces (SDF) at a roadblock outside Hajin on Sunday. The attackers fired from a pickup truck and escaped, a monitoring group said. The group later claimed responsibility on Telegram.',
      '2026-11-23',
    );
    expect(a.of('statement').map(a.roles)).toEqual([['speaker:Islamic State']]);
    const b = run(
      'Fighters of the Allied Democratic Forces killed six members of a Mai-Mai militia near Beni on Friday. The group later claimed responsibility on Telegram.',
    );
    expect(b.of('statement').map(b.roles)).toEqual([['speaker:Allied Democratic Forces']]);
  });
});

describe('events: an act told in the simple present -s form is a habit', () => {
  it('"G still recruits …", "G recruits fighters in …" make no recruitment; a past act stays', () => {
    expect(run('Lashkar-e-Taiba still recruits young men in Punjab.').of('recruitment')).toEqual([]);
    expect(
      run('Tehreek-i-Taliban Pakistan recruits fighters in the tribal districts, officials say.').of(
        'recruitment',
      ),
    ).toEqual([]);
    expect(run('The group now recruits teenagers on social media, police said.').of('recruitment')).toEqual(
      [],
    );
    const a = run('Al-Shabaab recruited dozens of teenagers in Jilib in March.');
    expect(a.of('recruitment').map(a.roles)).toEqual([['agent:Al-Shabaab']]);
  });
});

describe('events: a claim that only names the act again', () => {
  it('"Gunmen killed N … G claimed the attack": the nameless killing told before is G\'s', () => {
    const a = run(
      'Unidentified gunmen shot dead two policemen in Bannu on Friday. Hafiz Gul Bahadur group claimed the attack in a message to reporters.',
    );
    expect(a.of('killing').map(a.roles)).toEqual([['agent:Hafiz Gul Bahadur']]);
    const b = run(
      'Attackers killed three guards at a mine near Tera on Friday. Islamic State Sahel Province claimed the raid on its Amaq agency.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['agent:Islamic State Sahel Province']]);
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Islamic State Sahel Province']]);
  });
});
