import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;

describe('events: "A spokesman for G, X, said in a statement": X and G speak', () => {
  it('the person named beside the title speaks, with the group whose title it is', () => {
    const a = run(
      'MOGADISHU - A spokesman for al-Shabaab, Ali Dhere, said in a statement that the group had carried out the attack.',
    );
    expect(a.of('statement').map(a.roles)).toEqual([['speaker:Ali Dhere', 'speaker:al-Shabaab']]);
    const b = run(
      'SANAA - A spokesman for Ansar Allah, Mohammed Abdulsalam, said in a statement on Sunday that the strikes would not go unanswered.',
    );
    expect(b.of('statement').map(b.roles)).toEqual([['speaker:Ansar Allah', 'speaker:Mohammed Abdulsalam']]);
    // (a phrase that is no name set beside the group leaves the group the speaker)
    const c = run(
      'BAMAKO - The Macina Liberation Front (FLM), led by Amadou Koufa, said in a statement it now held the town.',
    );
    expect(c.of('statement').map(c.roles)).toEqual([['speaker:Macina Liberation Front']]);
  });
});
