import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// A claimer named through a tie ("the al-Qaeda-linked group", "the Iran-backed militia") is
// never the group in the hyphen: that one only qualifies it. Every sentence is written for
// the test.

const run = runEvents;

describe('events: a name that only qualifies the claimer', () => {
  it('"claimed by the al-Qaeda-linked G group" is G\'s claim', () => {
    const a = run('The bombing of the market in Baidoa was claimed by the al-Qaeda-linked al-Shabaab group.');
    expect(a.all()).toContain('speaker:al-Shabaab');
    expect(a.all().filter((r) => r.endsWith(':al-Qaeda'))).toEqual([]);
    const b = run(
      'The ambush near Kidal was claimed by the Islamic State-affiliated Sahel Province group on Telegram.',
    );
    expect(b.all().filter((r) => r.endsWith(':Islamic State'))).toEqual([]);
  });

  it('"claimed by the X-linked group" with no name is the group of the act told before', () => {
    const a = run(
      'Al-Shabaab fighters stormed an army base near Jowhar on Tuesday. The assault was claimed by the al-Qaeda-linked group in a statement.',
    );
    const statements = a.x.events.filter((v) => v.type === 'statement').map(a.roles);
    expect(statements).toEqual([['speaker:Al-Shabaab']]);
    expect(a.all().filter((r) => r.endsWith(':al-Qaeda'))).toEqual([]);
    const b = run(
      'Boko Haram fighters raided the town of Gwoza on Sunday. The raid was claimed by the Islamic State-allied faction.',
    );
    expect(b.all().filter((r) => r.endsWith(':Islamic State'))).toEqual([]);
  });

  it('"the X-affiliated group claimed the attack" makes X neither its doer nor its speaker', () => {
    const a = run(
      'Gunmen killed five soldiers near Mopti. The Islamic State-affiliated group later claimed the attack.',
    );
    expect(a.all().filter((r) => r.endsWith(':Islamic State'))).toEqual([]);
  });
});
