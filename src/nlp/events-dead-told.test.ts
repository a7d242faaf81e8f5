import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// events20: "the men killed on Thursday …" after a killing names its dead, no new killing.
// Sentences of our own.
const run = runEvents;

describe('events: a reduced relative "the men killed …" after a killing told before', () => {
  it('makes no killing of its own, nor one that befell the group the clause names', () => {
    const a = run(
      'Troops killed four gunmen near Beni on Thursday. It was unclear whether the men killed on Thursday had been fighting for the Allied Democratic Forces or for CODECO.',
    );
    expect(a.of('killing')).toHaveLength(1);
    expect(a.all()).not.toContain('patient:Allied Democratic Forces');
    const b = run(
      'Soldiers killed six insurgents in a raid near Mueda on Sunday. Villagers said the fighters killed in the raid belonged to Ansar al-Sunna.',
    );
    expect(b.of('killing')).toHaveLength(1);
    expect(b.all()).not.toContain('patient:Ansar al-Sunna');
  });

  it('with no killing told before, or with an object of its own, it is a killing', () => {
    const a = run(
      "Police said the gunmen killed in Tuesday's shootout in Garissa were members of al-Shabaab.",
    );
    expect(a.of('killing')).toHaveLength(1);
    const b = run(
      'Soldiers killed two rebels near Goma on Monday. Residents said the rebels killed a farmer in Rutshuru on Wednesday.',
    );
    expect(b.of('killing')).toHaveLength(2);
  });
});
