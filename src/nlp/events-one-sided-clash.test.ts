import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;

describe('events: a clash with one side named and no day is no incident (events13)', () => {
  it('"where they have clashed with G", "has clashed with G in the past": no attack', () => {
    const a = run(
      'The dissidents hold the mountains above Tame, where they have clashed with the National Liberation Army and with the army.',
    );
    expect(a.of('attack')).toEqual([]);
    const b = run(
      'Ansar al-Sunna controls much of the coast and has clashed with the Islamic State Mozambique Province in the past.',
    );
    expect(b.of('attack')).toEqual([]);
    // (a dated clash with the one side named is an incident)
    const c = run('On Sunday soldiers clashed with al Shabaab near Afgoye.');
    expect(c.of('attack').map(c.roles)).toEqual([['patient:al Shabaab']]);
  });
});
