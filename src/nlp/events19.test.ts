import { describe, expect, it } from 'vitest';
import type { ExtractedEvent } from '../types.js';
import { extract } from './pipeline.js';

const run = (text: string, published = '2025-06-10') => {
  const x = extract({ title: null, published, url: null, text });
  const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name ?? null;
  const roles = (v: ExtractedEvent) => v.participants.map((p) => `${p.role}:${name(p.entity)}`).sort();
  const of = (type: string) => x.events.filter((e) => e.type === type);
  return { x, name, roles, of };
};

describe('events: a killing done in an attack, an ambush or a raid', () => {
  it('"G killed N in an ambush near X" is an attack by G as well as the killing', () => {
    const a = run(
      'Fighters of the Islamic State Sahel Province killed nine gendarmes in an ambush near Ayorou on Saturday, officials said.',
    );
    expect(a.of('killing').map(a.roles)).toEqual([['agent:Islamic State Sahel Province']]);
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Islamic State Sahel Province']]);
    const att = a.of('attack')[0];
    expect(att.date?.value).toBe('2025-06-07');
    expect(a.name(att.place)).toBe('Ayorou');
    const b = run(
      'Al-Shabaab militants killed seven members of the Danab brigade in a raid on a base in Bulo Burde on Monday.',
    );
    expect(b.of('attack').map(b.roles)).toEqual(b.of('killing').map(b.roles));
    expect(b.of('attack').flatMap(b.roles)).toContain('agent:Al-Shabaab');
    // a passive with its doer after "by"
    const c = run(
      'Four policemen were killed in an attack by Tehrik-i-Taliban Pakistan in Tank district on Sunday.',
    );
    expect(c.of('attack').flatMap(c.roles)).toContain('agent:Tehrik-i-Taliban Pakistan');
    // with nobody said to have killed, or "in the attack" told before, no second act is made
    const d = run('Four policemen were killed in an ambush near Tank on Sunday, officials said.');
    expect(d.of('attack')).toEqual([]);
    const e = run(
      'Gunmen attacked a police post in Tank on Sunday. The Tehrik-i-Taliban Pakistan said its fighters had killed six policemen in the attack.',
    );
    expect(e.of('attack')).toHaveLength(1);
  });
});
