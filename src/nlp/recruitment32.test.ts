import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// defect32: recruitment told as enlisting others ("a recruiter had enlisted X and Y", "were
// enlisted by G") or luring them to join ("lured three students to join G", "were lured … by a
// recruiter"). One's own enlisting ("enlisted in the army") and luring into a trap make none.
const run = (text: string, published = '2026-03-02') => {
  const r = runEvents(text, published);
  return { ...r, recruitments: () => r.list('recruitment') };
};

describe('recruitment: enlisting others', () => {
  it('"had enlisted X and Y", "were enlisted by G": the recruits as patients', () => {
    expect(
      run(
        'Police said a recruiter had enlisted Joseph Marek and Daniel Orvo at a mosque in Mombasa last year.',
      ).recruitments(),
    ).toEqual([['patient:Daniel Orvo', 'patient:Joseph Marek']]);
    expect(
      run('Tom Ekuru and Sam Lowa were enlisted by al-Shabaab in 2019, the court heard.').recruitments(),
    ).toEqual([['agent:al-Shabaab', 'patient:Sam Lowa', 'patient:Tom Ekuru']]);
  });

  it('no recruitment from enlisting oneself', () => {
    expect(run('Omar Tahlil enlisted in the Kenyan army in 2010.').recruitments()).toEqual([]);
    expect(run('After school Grace Njeri enlisted as a nurse with the Red Cross.').recruitments()).toEqual(
      [],
    );
  });
});

describe('recruitment: luring to join', () => {
  it('"lured … to join G", "were lured … by a recruiter"', () => {
    expect(
      run(
        'In 2021 Hassan Dhore lured three students from Lamu to join al-Shabaab, prosecutors said.',
      ).recruitments(),
    ).toEqual([['agent:Hassan Dhore', 'recipient:al-Shabaab']]);
    expect(
      run(
        'Karim Bessa and Peter Nowe were lured to Somalia by an al-Shabaab recruiter in 2022.',
      ).recruitments(),
    ).toEqual([['patient:Karim Bessa', 'patient:Peter Nowe']]);
  });

  it('no recruitment from luring into a trap', () => {
    expect(
      run('The gunmen lured the soldiers into an ambush near Garissa on Monday.').recruitments(),
    ).toEqual([]);
    expect(
      run('Kidnappers lured Ahmed Ali to a hotel in Mandera with an offer of work.').recruitments(),
    ).toEqual([]);
  });
});
