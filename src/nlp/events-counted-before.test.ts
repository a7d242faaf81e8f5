import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// events22: "the N men" of an arrest or killing are the N people a list named before. Sentences of
// our own.
const run = runEvents;

describe('events: "A, B and C … The three men were arrested" names whom the act befell', () => {
  it('the last list of exactly as many people, some sentences back', () => {
    const a = run(
      'A court in Rabat on Monday convicted Youssef Amrani, Karim Bennani and Hamza Tazi of financing the Islamic State. The judge said the evidence was strong. The defence will appeal. The three men were detained in a flat in Sale in May 2024 by the Central Bureau of Judicial Investigation.',
    );
    expect(a.of('arrest').flatMap(a.roles)).toEqual(
      expect.arrayContaining(['patient:Hamza Tazi', 'patient:Karim Bennani', 'patient:Youssef Amrani']),
    );
    const b = run(
      'Prosecutors named the suspects as Lukas Brenner and Felix Hartmann. Both had posted threats online for months. The Federal Criminal Police Office arrested the two men at a farm near Kassel on Tuesday.',
    );
    expect(b.of('arrest').flatMap(b.roles)).toEqual(
      expect.arrayContaining(['patient:Felix Hartmann', 'patient:Lukas Brenner']),
    );
  });

  it('a list of another length names nobody', () => {
    const a = run(
      'A court in Rabat on Monday convicted Youssef Amrani and Karim Bennani of financing the Islamic State. The three men were detained in a flat in Sale in May 2024 by the Central Bureau of Judicial Investigation.',
    );
    expect(
      a
        .of('arrest')
        .flatMap(a.roles)
        .filter((r) => r.startsWith('patient:')),
    ).toEqual([]);
  });
  it('"The two men, both from X, were detained": past a phrase set aside', () => {
    const a = run(
      'A court in Mombasa jailed Salim Mwinyi and Omar Kassim for ten years on Friday. The two men, both from Kilifi, were detained in Malindi by the Anti-Terrorism Police Unit in 2022.',
    );
    expect(a.of('arrest').flatMap(a.roles)).toEqual(
      expect.arrayContaining(['patient:Omar Kassim', 'patient:Salim Mwinyi']),
    );
    const b = run(
      'Judges convicted Rahim Bakr, Tarek Nasser and Ziad Haddad of plotting a bombing. The three accused, all in their twenties, had been arrested by the Internal Security Forces in Tripoli in 2023.',
    );
    expect(b.of('arrest').flatMap(b.roles)).toEqual(
      expect.arrayContaining(['patient:Rahim Bakr', 'patient:Tarek Nasser', 'patient:Ziad Haddad']),
    );
  });
});
