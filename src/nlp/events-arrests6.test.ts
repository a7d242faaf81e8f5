import { describe, expect, it } from 'vitest';
import type { ExtractedEvent } from '../types.js';
import { extract } from './pipeline.js';

const run = (text: string, published = '2025-05-14') => {
  const x = extract({ title: null, published, url: null, text });
  const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name ?? null;
  const roles = (v: ExtractedEvent) => v.participants.map((p) => `${p.role}:${name(p.entity)}`).sort();
  return x.events.filter((e) => e.type === 'arrest').map(roles);
};

describe('events: one of the counted people an arrest befell', () => {
  it('"X was among five suspects arrested", "X was one of three men detained": X is the arrested', () => {
    expect(run('Ali Dheere was among five suspects arrested in Garissa on Tuesday.')).toEqual([
      ['patient:Ali Dheere'],
    ]);
    expect(run('Musa Kabiru was one of three men detained by Kenyan police in Garissa on Tuesday.')).toEqual([
      ['patient:Musa Kabiru'],
    ]);
    expect(run('Hamid Yusuf was also among the 12 people detained in Mombasa after the raid.')).toEqual([
      ['patient:Hamid Yusuf'],
    ]);
  });
});
