import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;

describe("events: the lead's arrest of a group's people and the named arrest told dated next", () => {
  it('are one arrest, with the names, the day and the place told next', () => {
    const a = run(
      'QUETTA - Pakistani police have arrested three suspected members of the Baloch Republican Army, officials said on Saturday.\n\nThe Counter Terrorism Department said the men were captured in a raid near Kalat late on Friday. It named them as Gul Baloch, Rahim Bugti and Naseer Marri.',
    );
    const held = a.of('arrest');
    expect(held).toHaveLength(1);
    expect(a.roles(held[0])).toContain('patient:Gul Baloch');
    expect(a.roles(held[0])).toContain('patient:Baloch Republican Army');
    expect(held[0].date?.value).toBe('2025-06-06');
    const b = run(
      'SRINAGAR - Police have detained four suspected members of the Jaish-e-Mohammed group, a senior officer said on Thursday.\n\nThe men, Bilal Ahmad and Tariq Lone among them, were picked up in raids in Pulwama on Wednesday, the officer said.',
    );
    expect(b.of('arrest').map(b.roles)).toEqual([
      ['patient:Bilal Ahmad', 'patient:Jaish-e-Mohammed', 'patient:Tariq Lone'],
    ]);
  });
});
