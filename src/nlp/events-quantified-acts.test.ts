import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;
const acts = (a: ReturnType<typeof run>) =>
  a.x.events.filter((v) => v.type === 'attack' || v.type === 'killing');

describe('events: "most attacks", "all the attacks", "some attacks" are acts in general (events13)', () => {
  it('a plural act noun a quantifier takes is no incident, whoever is named with it', () => {
    expect(acts(run('Analysts say the Islamic State is behind most attacks in Deir ez-Zor.'))).toEqual([]);
    expect(acts(run('Police blamed the TTP for all the attacks on polio teams in Bajaur.'))).toEqual([]);
    expect(acts(run('Boko Haram carried out some attacks on churches in Yobe.'))).toEqual([]);
    // (acts counted, and people counted with "some", are incidents)
    const a = run('Boko Haram fighters carried out two attacks on churches in Yobe on Sunday.');
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Boko Haram']]);
    const b = run('ISWAP fighters killed some 30 farmers in Borno on Monday.');
    expect(b.of('killing').map(b.roles)).toEqual([['agent:ISWAP']]);
  });
});
