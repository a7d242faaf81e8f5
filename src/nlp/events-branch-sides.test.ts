import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;
const attacks = (a: ReturnType<typeof run>) =>
  a.of('attack').map((v) => `${a.roles(v).join(' ')} @${a.name(v.place)}`);

describe('events: a group and its branch named after it are one side of an act told again (events13)', () => {
  it('"G Province fighters stormed …; G claimed the attack": one attack', () => {
    const a = run(
      'Fighters of the Islamic State West Africa Province stormed a military base in Marte on Sunday, killing 10 soldiers, officials said.\n\nResidents said the fighting lasted for hours.\n\nIslamic State claimed the attack on Monday through its Amaq agency.',
    );
    expect(attacks(a)).toEqual(['agent:Islamic State agent:Islamic State West Africa Province @Marte']);
    const b = run(
      'Al Qaeda in the Arabian Peninsula fighters attacked a checkpoint in Shabwa on Friday, killing four guards.\n\nA local official said the gunmen fled into the mountains.\n\nAl Qaeda claimed the assault in a statement on Saturday.',
    );
    expect(attacks(b)).toEqual(['agent:Al Qaeda agent:Al Qaeda in the Arabian Peninsula @Shabwa']);
  });
});
