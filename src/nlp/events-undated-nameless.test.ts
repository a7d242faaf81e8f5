import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;

describe('events: a nameless, undated act past the lead is no incident (events13)', () => {
  it('a scene or a background act in the third paragraph or later: no attack', () => {
    const a = run(
      'The United Nations said on Monday that aid convoys had reached Kadugli.\n\nThe army said it had retaken two villages.\n\nPeople who fled to the town of Dilling described gunmen going from village to village and shooting farmers.',
    );
    expect(a.of('attack')).toEqual([]);
    const b = run(
      'Police in Nairobi said on Friday they had charged two brothers with financing al Shabaab.\n\nProsecutors said the brothers had sent money to Somalia.\n\nThe two men were detained in March over a bomb attack on a bus station in Garissa.',
    );
    expect(b.of('attack')).toEqual([]);
    // (the lead's nameless act stays)
    const c = run('Gunmen attacked a bus station in Garissa, killing four people, police said.');
    expect(c.of('attack').map((v) => c.name(v.place))).toEqual(['Garissa']);
  });
});
