import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;
const attacks = (a: ReturnType<typeof run>) =>
  a.of('attack').map((v) => `${a.roles(v).join(' ')} @${a.name(v.place)}`);

describe('events: a group and its branch named after it are one side of an act told again (events13)', () => {
  it('"G Province fighters stormed …; G claimed the attack": one attack', () => {
    const a = run(
      'Militants from the Islamic State West Africa Province overran an army post in Gajiram on Saturday, killing six soldiers, a security source said.\n\nVillagers said the gunfire went on until dawn.\n\nIslamic State claimed the attack on Sunday in a statement.',
    );
    expect(attacks(a)).toEqual(['agent:Islamic State agent:Islamic State West Africa Province @Gajiram']);
    const b = run(
      'Al Qaeda in the Arabian Peninsula fighters attacked a checkpoint in Shabwa on Friday, killing four guards.\n\nA local official said the gunmen fled into the mountains.\n\nAl Qaeda claimed the assault in a statement on Saturday.',
    );
    expect(attacks(b)).toEqual(['agent:Al Qaeda agent:Al Qaeda in the Arabian Peninsula @Shabwa']);
  });
});
