import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// events22: a killing done in a fight "with" an organisation was done by that organisation.
// Sentences of our own.
const run = runEvents;
const killings = (a: ReturnType<typeof run>) =>
  a.of('killing').map((v) => [...a.roles(v), `date:${v.date?.value ?? null}`]);

describe('events: "killed in a clash (an encounter, a gunfight) with G": G killed', () => {
  it("nobody named as the dead: the killing is G's, on the day of the fight", () => {
    const a = run(
      'Two soldiers lost their lives and were killed in an encounter with Lashkar-e-Taiba militants in the hills above Doda on Tuesday, officials said.',
    );
    expect(killings(a)).toEqual([['agent:Lashkar-e-Taiba', 'date:2025-06-10']]);
    const b = run(
      'Three policemen were killed and a fourth was wounded in a firefight with Hizbul Mujahideen fighters in a village near Shopian on Monday, the police said.',
    );
    expect(killings(b)).toEqual([['agent:Hizbul Mujahideen', 'date:2025-06-09']]);
  });

  it('a named dead man, also one who "died in a clash with G"', () => {
    const a = run(
      'The court heard that the plot was led by Abu Dujana, who was killed in a gunfight with the Special Operations Group in Sopore in 2019.',
    );
    expect(killings(a)).toEqual([['agent:Special Operations Group', 'patient:Abu Dujana', 'date:2019']]);
    const b = run(
      'Hafiz Rahman, a commander of the Moro Islamic Liberation Front, died in a clash with the Bangsamoro Islamic Freedom Fighters near Datu Piang on Friday.',
    );
    expect(a.of('killing').length + b.of('killing').length).toBe(2);
    expect(b.of('killing').flatMap(b.roles)).toContain('agent:Bangsamoro Islamic Freedom Fighters');
  });

  it('a fight with no organisation named after "with" gives no doer', () => {
    const a = run(
      'Abu Dujana, a commander of Lashkar-e-Taiba, was killed in a gunfight with security forces in Sopore on Monday.',
    );
    expect(a.of('killing').flatMap(a.roles)).not.toContain('agent:Lashkar-e-Taiba');
  });
});
