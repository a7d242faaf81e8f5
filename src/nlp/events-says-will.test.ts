import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;

describe('events: a group or its spokesman saying what will be (an announcement, a vow, a threat)', () => {
  it('"G said on Monday it would withdraw …": a statement by G, dated by its own day', () => {
    const a = run(
      "The Ta'ang National Liberation Army (TNLA) said on Monday it would withdraw its fighters from the town of Lashio within a month.",
    );
    expect(a.of('statement').map(a.roles)).toEqual([["speaker:Ta'ang National Liberation Army"]]);
    const b = run(
      'The National Resistance Front said on Friday that it will open an office in Dushanbe next month.',
    );
    expect(b.of('statement').map(b.roles)).toEqual([['speaker:National Resistance Front']]);
  });
  it('"Its spokesman, X, said the fighters would avenge …": the spokesman and his group', () => {
    const a = run(
      'Security forces killed a Tehrik-i-Taliban Pakistan (TTP) commander near Bannu last week. The TTP has fought the army for more than a decade. Its spokesman, Mohammad Khurasani, said the fighters would avenge their slain commander.',
    );
    expect(a.of('statement').map(a.roles)).toEqual([
      ['speaker:Mohammad Khurasani', 'speaker:Tehrik-i-Taliban Pakistan'],
    ]);
    // a plain "said" that reports what was found is no statement
    const b = run(
      'The National Resistance Front said the two soldiers it captured near Khenj had been carrying maps of its positions.',
    );
    expect(b.of('statement')).toEqual([]);
  });
});
