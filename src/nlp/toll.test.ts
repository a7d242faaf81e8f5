import { describe, expect, it } from 'vitest';
import { eventTolls } from './toll.js';

/** Every toll in `s` read as one sentence at `offset`: an attack's kinds and an arrest's. */
const findTolls = (s: string, offset = 0) => {
  const text = ' '.repeat(offset) + s;
  const sentence = [{ start: offset, end: text.length }];
  return ['attack', 'arrest']
    .flatMap((type) => eventTolls(text, type, 0, sentence, new Set()))
    .sort((a, b) => a.start - b.start);
};

const one = (s: string) => {
  const t = findTolls(s);
  return t.map((x) => ({
    kind: x.kind,
    min: x.min,
    max: x.max,
    ...(x.includesPerpetrators ? { perps: true } : {}),
  }));
};

describe('tolls', () => {
  it('reads exact counts in either order', () => {
    expect(one('The blast killed five people at a checkpoint.')).toEqual([
      { kind: 'killed', min: 5, max: 5 },
    ]);
    expect(one('Gunmen stormed the school and killed 12 students on Monday.')).toEqual([
      { kind: 'killed', min: 12, max: 12 },
    ]);
    expect(one('Three soldiers were killed and seven others wounded in the ambush.')).toEqual([
      { kind: 'killed', min: 3, max: 3 },
      { kind: 'wounded', min: 7, max: 7 },
    ]);
    expect(one('Officials said 17 people died and 40 were injured.')).toEqual([
      { kind: 'killed', min: 17, max: 17 },
      { kind: 'wounded', min: 40, max: 40 },
    ]);
  });

  it('reads a death toll that names its event before the count', () => {
    expect(one("The death toll from Tuesday's market bombing rose to 23, a hospital said.")).toEqual([
      { kind: 'killed', min: 23, max: 23 },
    ]);
    expect(one('The death toll in the ferry attack has risen to at least 41.')).toEqual([
      { kind: 'killed', min: 41, max: null },
    ]);
  });

  it('keeps lower bounds, ranges and upper bounds as ranges', () => {
    expect(one('The attack killed at least 16 people, police said.')).toEqual([
      { kind: 'killed', min: 16, max: null },
    ]);
    expect(one('At least 16 worshippers were killed in the mosque.')).toEqual([
      { kind: 'killed', min: 16, max: null },
    ]);
    expect(one('More than 20 people were wounded by shrapnel.')).toEqual([
      { kind: 'wounded', min: 21, max: null },
    ]);
    expect(one('Between 10 and 15 villagers were kidnapped from the market.')).toEqual([
      { kind: 'kidnapped', min: 10, max: 15 },
    ]);
    expect(one('The raid left as many as 30 insurgents dead.')).toEqual([
      { kind: 'killed', min: null, max: 30 },
    ]);
    expect(one('Up to 30 fighters were killed in the strikes.')).toEqual([
      { kind: 'killed', min: null, max: 30 },
    ]);
    expect(one('The death toll rose to 1,204 on Friday.')).toEqual([
      { kind: 'killed', min: 1204, max: 1204 },
    ]);
  });

  it('reads words and vague quantities', () => {
    expect(one('Dozens were wounded when the market was shelled.')).toEqual([
      { kind: 'wounded', min: 24, max: null },
    ]);
    expect(one('A dozen passengers were abducted from the bus.')).toEqual([
      { kind: 'kidnapped', min: 12, max: 12 },
    ]);
    expect(one('Security forces arrested twenty-two suspects in dawn raids.')).toEqual([
      { kind: 'arrested', min: 22, max: 22 },
    ]);
    expect(one('Police detained several men after the clash.')).toEqual([
      { kind: 'arrested', min: 3, max: null },
    ]);
  });

  it('notes a count that includes the attackers', () => {
    expect(one('The suicide attack killed nine people, including the bomber.')).toEqual([
      { kind: 'killed', min: 9, max: 9, perps: true },
    ]);
    expect(one('Eleven people were killed, including two attackers, officials said.')).toEqual([
      { kind: 'killed', min: 11, max: 11, perps: true },
    ]);
  });

  it('does not read years, ages or unrelated numbers as tolls', () => {
    expect(one('The group was founded in 2014 and has 300 members.')).toEqual([]);
    expect(one('The man, aged 45, was arrested in Kano.')).toEqual([]);
    expect(one('A man was arrested in Kano on Friday.')).toEqual([{ kind: 'arrested', min: 1, max: 1 }]);
    expect(one('It was not clear who killed the mayor.')).toEqual([]);
  });

  it('cites its own words with document offsets', () => {
    const s = 'Rebels abducted 14 aid workers near the border.';
    const [t] = findTolls(s, 100);
    expect(t.text).toBe('abducted 14 aid workers');
    expect(t.start).toBe(100 + s.indexOf('abducted'));
    expect(t.end - t.start).toBe(t.text.length);
  });
});
