import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// events20: "one of them", "some of the gunmen" as the act's subject are people told before, not
// the name word order finds before the verb. Sentences of our own.
const run = runEvents;

describe('events: a share of people as the subject of an act', () => {
  it('takes no doer from a name in another clause', () => {
    const a = run(
      'Police said soldiers of the Kenya Defence Forces surrounded the house in which the suspects hid after one of them shot at a patrol.',
    );
    expect(a.all()).not.toContain('agent:Kenya Defence Forces');
    const b = run(
      'The army said troops of the 7th Division cornered the gang in a forest near Zaria after some of the gunmen opened fire on a convoy.',
    );
    expect(b.all()).not.toContain('agent:7th Division');
  });

  it('"one of its fighters" is still the group\'s people', () => {
    const a = run(
      'Al-Shabaab fighters stormed a base near Afgoye on Sunday, and one of them attacked the gate with a grenade.',
    );
    expect(a.of('attack').flatMap(a.roles)).toContain('agent:Al-Shabaab');
  });
});
