import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// events14: every name of a list the act befell. Sentences of our own.
const run = runEvents;

describe('events: "A, 34, and his cousin B, 29, were arrested", "killed A and his deputy B"', () => {
  it('a passive subject "A and his <relation> B", with or without ages: both are patients', () => {
    const a = run('Aziz Haqqani, 34, and his cousin Zaman Haqqani, 29, were arrested in a raid in Khost.');
    expect(a.of('arrest').map(a.roles)).toEqual([['patient:Aziz Haqqani', 'patient:Zaman Haqqani']]);
    const b = run('Omar Sheikh and his deputy Bilal Dar were killed in a gunfight in Shopian on Sunday.');
    expect(b.of('killing').map(b.roles)).toEqual([['patient:Bilal Dar', 'patient:Omar Sheikh']]);
  });

  it('an object "A and his brother B", "A along with (together with) his brother B": both are patients', () => {
    const a = run('Police said they had arrested Imran Wazir and his brother Naveed Wazir in Bannu.');
    expect(a.of('arrest').flatMap(a.roles)).toEqual(
      expect.arrayContaining(['patient:Imran Wazir', 'patient:Naveed Wazir']),
    );
    const b = run('Police arrested Javed Iqbal along with his brother Asif Iqbal in Multan on Friday.');
    expect(b.of('arrest').flatMap(b.roles)).toEqual(
      expect.arrayContaining(['patient:Javed Iqbal', 'patient:Asif Iqbal']),
    );
    const c = run(
      'Malian soldiers captured Musa Kamara together with his deputy Idrissa Sow near Gao on Monday.',
    );
    expect(c.of('arrest').flatMap(c.roles)).toEqual(
      expect.arrayContaining(['patient:Musa Kamara', 'patient:Idrissa Sow']),
    );
  });

  it('a passive verb "along/together with Y": Y is a patient too', () => {
    const a = run('Javed Iqbal was arrested along with his brother Asif Khan in Multan on Friday.');
    expect(a.of('arrest').map(a.roles)).toEqual([['patient:Asif Khan', 'patient:Javed Iqbal']]);
    const b = run('Rashid Noor was detained together with Hamza Yousuf at a checkpoint near Kohat.');
    expect(b.of('arrest').map(b.roles)).toEqual([['patient:Hamza Yousuf', 'patient:Rashid Noor']]);
  });
});
