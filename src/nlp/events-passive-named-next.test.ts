import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;

describe('events: "a G commander was killed … The commander, X, …": X, not G', () => {
  it('the one person a passive act befell is the one the next sentence names with his role', () => {
    const a = run(
      'MOGADISHU - A senior al-Shabaab commander was killed by Somali special forces near Jilib on Sunday. The commander, Ahmed Yare, had led attacks in Mogadishu.',
    );
    expect(a.of('killing').map(a.roles)).toEqual([['patient:Ahmed Yare']]);
    const b = run(
      'PESHAWAR - A TTP commander was shot dead in Bannu on Friday, police said. The commander, Gul Wazir, was wanted for attacks on checkpoints.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['patient:Gul Wazir']]);
    const c = run(
      'QUETTA - A senior BLA commander was arrested in Turbat on Monday, officials said. The commander, Rahim Marri, had planned the bus attack.',
    );
    expect(c.of('arrest').map(c.roles)).toEqual([['patient:Rahim Marri']]);
    // (nobody named next: the group the role noun is of stays)
    const d = run(
      'PESHAWAR - A TTP commander was shot dead in Bannu on Friday, police said. He had been wanted for years.',
    );
    expect(d.of('killing').map(d.roles)).toEqual([['patient:TTP']]);
  });
});
