import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;
const show = (a: ReturnType<typeof run>) =>
  a.of('attack').map((v) => `${a.roles(v).join(' ')} @${a.name(v.place)} ${v.date?.value ?? '-'}`);

describe('events: a killing told again as "the massacre", "the attack" (events13)', () => {
  it('a claim of the act names the killing told before: its doers, day and place', () => {
    const a = run(
      'Fighters of the Allied Democratic Forces killed at least 22 villagers in the village of Mamove on Saturday, officials said.\n\nSurvivors said the assailants came at dawn with machetes.\n\nIslamic State claimed the massacre on Sunday through its news agency.',
    );
    expect(show(a)).toEqual(['agent:Allied Democratic Forces agent:Islamic State @Mamove 2025-06-07']);
    const b = run(
      'Boko Haram fighters killed 17 fishermen in Dikwa on Thursday, a local official said.\n\nThe victims had gone out before sunrise to check their nets.\n\nIslamic State West Africa Province claimed the attack on Friday.',
    );
    expect(show(b)).toEqual(['agent:Boko Haram agent:Islamic State West Africa Province @Dikwa 2025-06-05']);
  });
});
