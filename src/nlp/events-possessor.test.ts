import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// events14: the possessor of a killing or arrest noun. Sentences of our own.
const run = runEvents;

describe('events: "X\'s assassination", "X\'s arrest"', () => {
  it('a person before "\'s" on a killing or arrest noun is whom it befell', () => {
    const a = run("Karim Baloch's assassination in Turbat last week drew wide condemnation.");
    expect(a.of('killing').map(a.roles)).toEqual([['patient:Karim Baloch']]);
    const b = run("Rights groups condemned Ali Hamza's arrest in Lahore on Monday.");
    expect(b.of('arrest').map(b.roles)).toEqual([['patient:Ali Hamza']]);
    const c = run("Hassan Nur's murder by al-Shabaab fighters in Kismayo shocked the town.");
    expect(c.of('killing').map(c.roles)).toEqual([['agent:al-Shabaab', 'patient:Hassan Nur']]);
  });

  it('"G\'s killing of X": the noun form of the lexicon stays an act, by G, of X', () => {
    const a = run("Al-Shabaab's killing of Abdi Warsame in Baidoa angered clan elders.");
    expect(a.of('killing').map(a.roles)).toEqual([['agent:Al-Shabaab', 'patient:Abdi Warsame']]);
    const b = run("The Houthis' killing of Saleh Ahmed in Sanaa was condemned by the government.");
    expect(b.of('killing').flatMap(b.roles)).toContain('patient:Saleh Ahmed');
  });
});
