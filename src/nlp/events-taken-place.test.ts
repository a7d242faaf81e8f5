import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// events20: a place taken by "it/they" with an adverb between is an attack by the group, no
// arrest. Sentences of our own.
const run = runEvents;

describe('events: "when it <adverb> captured <place>"', () => {
  it('is an attack by the group the pronoun stands for, not an arrest', () => {
    const a = run(
      'The M23, which Kinshasa says Kigali arms, made its name a decade ago, when it briefly captured Goma and then withdrew.',
    );
    expect(a.of('arrest')).toEqual([]);
    expect(a.of('attack').map(a.roles)).toEqual([['agent:M23']]);
    expect(a.name(a.of('attack')[0].place)).toBe('Goma');
    const b = run(
      'Al-Shabaab lost ground in 2019 but rebounded in 2021, when they suddenly seized Buulobarde from government troops.',
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Al-Shabaab']]);
  });
});
