import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;

describe('events: "the Islamic State\'s Sahel branch" is the branch the text names', () => {
  it('"fighters from G\'s <Region> branch killed …" with "G <Region> Province" named: the branch', () => {
    const a = run(
      "MAIDUGURI - Fighters from the Islamic State's West Africa branch killed nine soldiers near Monguno on Sunday, the army said. Islamic State West Africa Province fighters have overrun several bases in Borno this year.",
    );
    expect(a.of('killing').map(a.roles)).toEqual([['agent:Islamic State West Africa Province']]);
    const b = run(
      "KABUL - Gunmen from the Islamic State's Khorasan branch killed 12 worshippers at a mosque in Kunduz on Friday, officials said. Islamic State Khorasan Province cells have targeted Shiites for years.",
    );
    expect(b.of('killing').map(b.roles)).toEqual([['agent:Islamic State Khorasan Province']]);
    const c = run(
      "MOGADISHU - Militants of the Islamic State's Somalia branch killed four soldiers near Bosaso on Monday. Islamic State Somalia Province fighters hold caves in the Cal Miskaad range.",
    );
    expect(c.of('killing').map(c.roles)).toEqual([['agent:Islamic State Somalia Province']]);
    // (with no branch of that region named, the group stays)
    const d = run(
      "MAIDUGURI - Fighters from the Islamic State's West Africa branch killed nine soldiers near Monguno on Sunday, the army said. The Islamic State has other affiliates in Africa.",
    );
    expect(d.of('killing').map(d.roles)).toEqual([['agent:Islamic State']]);
  });
});
