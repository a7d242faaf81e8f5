import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;

describe('events: a group that tells its own act makes a statement', () => {
  it('"G (ABC) said its fighters had killed …": the acronym in brackets does not hide the verb', () => {
    const a = run(
      'BENI - The Allied Democratic Forces (ADF) said its fighters had killed 12 soldiers near Eringeti on Monday.',
    );
    expect(a.of('statement').map(a.roles)).toEqual([['speaker:Allied Democratic Forces']]);
    const b = run(
      'BAMAKO - The Macina Liberation Front (FLM) said its men had ambushed an army convoy near Mopti on Friday.',
    );
    expect(b.of('statement').map(b.roles)).toEqual([['speaker:Macina Liberation Front']]);
  });

  it("a state's force or ministry telling its own arrests and raids undated makes no statement; a named force's dated word is one", () => {
    const a = run(
      'LAHORE - The Punjab Counter Terrorism Department (PCTD) said it had detained two alleged couriers in Okara on Sunday.',
    );
    expect(a.of('statement')).toEqual([]);
    expect(a.of('arrest').map(a.roles)).toEqual([['agent:Punjab Counter Terrorism Department']]);
    const b = run(
      'NAIROBI - The Kenya Defence Forces said on Monday they had killed eleven al-Shabaab fighters near Lamu.',
    );
    // (a named force's word dated beside "said" is a statement, as bench/holdout3 and holdout4
    // count it: events25, event-dated-saying.ts)
    expect(b.of('statement').map(b.roles)).toEqual([['speaker:Kenya Defence Forces']]);
    const c = run(
      'BEIRUT - The Interior Ministry said it had detained two men, Hassan Zein and Ali Fawaz, near Tyre on Sunday.',
    );
    expect(c.of('statement')).toEqual([]);
  });
});
