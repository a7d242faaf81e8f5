import { describe, expect, it } from 'vitest';
import type { ExtractedEvent } from '../types.js';
import { extract } from './pipeline.js';

// events15: events wire copy states that were read with no participant, or the wrong one.
const run = (text: string, published = '2026-11-05') => {
  const x = extract({ title: null, published, url: null, text });
  const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name ?? null;
  const roles = (v: ExtractedEvent) => v.participants.map((p) => `${p.role}:${name(p.entity)}`).sort();
  const of = (type: string) => x.events.filter((v) => v.type === type);
  return { x, name, roles, of };
};

describe('events15: a group counted as its people', () => {
  it('"detained three suspected G members" befell G', () => {
    const a = run('Soldiers detained three suspected ISKP members in Jalalabad on Monday, an official said.');
    expect(a.of('arrest').map(a.roles)).toEqual([['patient:ISKP']]);
    const b = run('Police arrested four Lashkar-e-Taiba militants in Sopore on Friday.');
    expect(b.of('arrest').map(b.roles)).toEqual([['patient:Lashkar-e-Taiba']]);
  });

  it('"shot dead N G fighters" is a killing of G', () => {
    const a = run('Troops shot dead five al-Shabaab fighters near Baidoa on Sunday.');
    expect(a.of('killing').map(a.roles)).toEqual([['patient:al-Shabaab']]);
    const b = run('Government forces killed at least 12 Boko Haram insurgents near Bama on Tuesday.');
    expect(b.of('killing').map(b.roles)).toEqual([['patient:Boko Haram']]);
  });

  it('one unnamed official of a group is not the group', () => {
    const a = run('Gunmen shot dead a senior Hezbollah commander in Tyre on Sunday.');
    expect(a.of('killing').flatMap(a.roles)).not.toContain('patient:Hezbollah');
  });
});
