import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// events20: suppliers, dealers and informants are role nouns: "a G supplier, X" befell X, not G.
// Sentences of our own.
const run = runEvents;

describe('events: "arrested a suspected G supplier/dealer/informant, X"', () => {
  it('the person the apposition names is whom the arrest befell, not the group', () => {
    const a = run(
      'Soldiers arrested a suspected ISWAP fuel supplier, Alhaji Musa Bukar, near a market in Maiduguri on Monday.',
    );
    expect(a.of('arrest').map(a.roles)).toEqual([['patient:Alhaji Musa Bukar']]);
    const b = run(
      'Police in Mombasa detained an alleged al-Shabaab arms dealer, Hassan Omar Ali, on Saturday.',
    );
    expect(b.of('arrest').map(b.roles)).toEqual([['patient:Hassan Omar Ali']]);
    const c = run(
      'Militants of Tehreek-e-Taliban Pakistan shot dead a police informant, Gul Zaman, in Tank on Friday.',
    );
    expect(c.of('killing').flatMap(c.roles)).toContain('patient:Gul Zaman');
  });
});
