import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;

describe('events: a denial by one group beside a claim by another in one sentence', () => {
  it('"G denied any role, but H claimed it": two statements, G\'s and H\'s', () => {
    const a = run(
      'PESHAWAR - The Tehreek-e-Taliban Pakistan denied any role in the attack, but Jamaat-ul-Ahrar claimed it.',
    );
    expect(a.of('statement').map(a.roles).sort()).toEqual([
      ['speaker:Jamaat-ul-Ahrar'],
      ['speaker:Tehreek-e-Taliban Pakistan'],
    ]);
    const b = run(
      'MOGADISHU - Al-Shabaab claimed the bombing of the market in Baidoa, while the Ras Kamboni Brigade denied any role in it.',
    );
    expect(b.of('statement').map(b.roles).sort()).toEqual([
      ['speaker:Al-Shabaab'],
      ['speaker:Ras Kamboni Brigade'],
    ]);
    const c = run(
      'BAMAKO - JNIM denied that its fighters were involved, but the Islamic State Sahel Province claimed the massacre in a statement.',
    );
    expect(c.of('statement').map(c.roles).sort()).toEqual([
      ['speaker:Islamic State Sahel Province'],
      ['speaker:JNIM'],
    ]);
    // (a claim alone is one statement)
    const d = run('MOGADISHU - Al-Shabaab claimed the bombing of the market in Baidoa on Sunday.');
    expect(d.of('statement').map(d.roles)).toEqual([['speaker:Al-Shabaab']]);
  });
});
