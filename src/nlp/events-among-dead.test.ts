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

describe('events: "Among them were X …" after a sentence that tells of the dead', () => {
  it('names dead people: a killing of theirs, on the day and at the place their clause tells', () => {
    const a = run(
      'KADUNA - Bandits have killed at least 17 villagers in raids across southern Kaduna since Thursday, the state government said. Most of the dead were farmers. Among them were a retired teacher, Yakubu Danladi, and his son, who were dragged from their house in the village of Kauru and shot on Friday.',
    );
    const [k] = a.of('killing');
    expect(a.roles(k)).toEqual(['patient:Yakubu Danladi']);
    expect(k.date?.value).toBe('2025-06-06');
    expect(a.name(k.place)).toBe('Kauru');
    const b = run(
      'BAMAKO - Jihadist attacks have killed 30 people in central Mali this week, a local official said. The victims included herders and traders. Among them was a village chief, Amadou Sangare, who was shot near Djenne on Wednesday.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['patient:Amadou Sangare']]);
    // (after a sentence of no dead, "among them" names nobody who died)
    const c = run(
      'BAMAKO - Floods have displaced 30 families in central Mali this week. Among them was a village chief, Amadou Sangare, who lost his home near Djenne on Wednesday.',
    );
    expect(c.of('killing')).toEqual([]);
  });
});
