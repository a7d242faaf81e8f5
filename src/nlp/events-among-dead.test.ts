import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;

describe('events: "X was among those killed" names the dead of the killing told before', () => {
  it('the named dead join the toll of the act told a few sentences before, with its doers', () => {
    const a = run(
      "KABUL - The Islamic State Khorasan Province said it carried out Friday's suicide bombing at a wedding hall in Jalalabad that killed 22 guests.\n\nPolice said the bomber had entered the hall through the kitchen.\n\nTribal elder Haji Gul Agha was among those killed, his nephew told reporters.",
    );
    expect(a.of('killing').map(a.roles)).toEqual([
      ['agent:Islamic State Khorasan Province', 'patient:Haji Gul Agha'],
    ]);
    const b = run(
      'LAGOS - Gunmen of the Ansaru group killed 11 soldiers at a checkpoint outside Kaduna on Tuesday, the army said.\n\nThe militants took rifles and a pickup truck from the post.\n\nA lieutenant, Musa Danjuma, was among the dead, an officer said.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['agent:Ansaru', 'patient:Musa Danjuma']]);
    // (a killing on another day, or none told before, leaves the named dead a killing of their own)
    const c = run(
      'LAGOS - Gunmen of the Ansaru group killed 30 villagers in Kaduna in 2019. On Sunday, a bomb went off at a market in Zaria, police said. Trader Musa Danjuma was among those killed on Sunday, his brother said.',
    );
    expect(c.of('killing').map(c.roles)).toEqual([['agent:Ansaru'], ['patient:Trader Musa Danjuma']]);
    const d = run(
      'ZARIA - Trader Musa Danjuma was among those killed in a blast at a market in Zaria on Sunday, his brother said.',
    );
    expect(d.of('killing').map(d.roles)).toEqual([['patient:Trader Musa Danjuma']]);
  });
});
