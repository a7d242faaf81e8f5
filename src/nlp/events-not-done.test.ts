import { describe, expect, it } from 'vitest';
import { extract } from './pipeline.js';

// Acts a sentence tells that are no one incident of the report: a habit over years, an arrest
// someone escaped.
const types = (text: string, published = '2025-05-14') =>
  extract({ title: null, published, url: null, text }).events.map((e) => e.type);

describe('events: a habit told over years is no incident', () => {
  it('"has attacked X for two decades", "for years" make no attack', () => {
    expect(types('The Tigray Front has attacked Eritrean border posts for two decades.')).toEqual([]);
    expect(types('Al-Shabaab has attacked Kenyan police for years.')).toEqual([]);
    expect(
      types(
        'The Ogaden National Liberation Front has ambushed army convoys in the region for more than ten years.',
      ),
    ).toEqual([]);
    // one act told with a span in another clause is still that act
    expect(
      types(
        'Al-Shabaab killed five soldiers in an attack on a base in Lamu that had been besieged for months.',
      ),
    ).toContain('killing');
  });
});

describe('events: an arrest escaped is no arrest', () => {
  it('"escaped arrest", "evaded arrest", "eluded arrest", "avoided arrest", "dodged arrest" make no arrest', () => {
    for (const text of [
      'Ali Dheere escaped arrest in Baidoa on Monday.',
      'The cleric Ahmed Salim escaped arrest when police raided his house in Kano.',
      'Hamid Yusuf has evaded arrest since March.',
      'Omar Dawud evaded arrest in Garissa on Friday.',
      'Kabiru has eluded arrest since 2019.',
      'Yusuf Bala eluded arrest in Maiduguri on Sunday.',
      'Bashir Musa avoided arrest by fleeing to Chad in March.',
      'Bashir Musa dodged arrest in Kano on Tuesday.',
    ])
      expect(types(text), text).not.toContain('arrest');
  });
});
