import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// events20: "N were killed when G attacked …" is a killing by the attack's doers. Sentences of our own.
const run = runEvents;

describe('events: a passive killing whose "when/as" clause is an attack told with its doers', () => {
  it("the killing takes the attack's doers, day and place", () => {
    const a = run(
      'Four policemen were killed late on Thursday when fighters of Jamaat Nusrat al-Islam wal-Muslimin attacked a checkpoint outside Djibo.',
    );
    const ka = a.of('killing');
    expect(ka.map(a.roles)).toEqual([['agent:Jamaat Nusrat al-Islam wal-Muslimin']]);
    expect(a.name(ka[0].place)).toBe('Djibo');
    expect(ka[0].date?.value).toBe(a.of('attack')[0].date?.value);
    const b = run(
      'At least nine villagers were killed and a dozen wounded as gunmen of the Allied Democratic Forces raided Mangina in North Kivu on Saturday, officials said.',
    );
    const kb = b.of('killing');
    expect(kb.map(b.roles)).toEqual([['agent:Allied Democratic Forces']]);
    expect(kb[0].date?.value).toBe('2025-06-07');
  });

  it('nobody killed, or a clause that follows the deaths ("after"), makes no killing of the attack', () => {
    const a = run(
      'Three soldiers were wounded when al-Shabaab militants attacked a base near Afgoye on Monday.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:al-Shabaab']]);
    expect(a.of('killing')).toEqual([]);
    const b = run(
      'Two traders were killed in Gao on Tuesday, a day after fighters of the Islamic State Sahel Province attacked an army post near Menaka.',
    );
    expect(b.of('killing').flatMap(b.roles)).not.toContain('agent:Islamic State Sahel Province');
  });
});

describe('events: an attack on a named force with a count of dead in its sentence', () => {
  it("is also a killing of that force by the attack's doers", () => {
    const a = run(
      'Al-Shabaab militants stormed a Somali army base near Afgoye on Monday, detonating a car bomb and killing at least 11 soldiers. The Somali National Army said it had retaken the base.',
    );
    expect(a.of('killing').map(a.roles)).toEqual([['agent:Al-Shabaab', 'patient:Somali National Army']]);
    const b = run(
      'ISWAP fighters overran a Multinational Joint Task Force base outside Monguno on Friday and killed nine soldiers.',
    );
    expect(b.of('killing').flatMap(b.roles)).toEqual(
      expect.arrayContaining(['agent:ISWAP', 'patient:Multinational Joint Task Force']),
    );
  });

  it('no count of dead, or no force it befell, makes no killing', () => {
    const a = run(
      'Al-Shabaab fighters stormed a base of the Somali National Army near Afgoye on Monday, wounding six soldiers.',
    );
    expect(a.of('killing')).toEqual([]);
    const b = run('Houthi forces attacked a ship in the Red Sea on Sunday, killing two sailors.');
    expect(b.of('killing').flatMap(b.roles)).not.toContain('patient:Red Sea');
  });
});
