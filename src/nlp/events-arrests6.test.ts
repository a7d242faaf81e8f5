import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = (text: string, published = '2025-05-14') => runEvents(text, published).list('arrest');

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
