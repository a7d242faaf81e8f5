import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;
const show = (a: ReturnType<typeof run>, type = 'attack') =>
  a.of(type).map((v) => `${a.roles(v).join(' ')} ${v.date?.value ?? '-'}`);

describe('events: an act told "N years/months/weeks after" the sentence\'s time (events13)', () => {
  it('is that span before the day the rest of the sentence tells', () => {
    const a = run(
      'A court in Nairobi on Monday jailed two men for life, a prosecutor said, three years after al Shabaab gunmen attacked a shopping centre in Garissa.',
    );
    expect(show(a)).toEqual(['agent:al Shabaab 2022-06']);
    const b = run(
      'The army opened a new base in Borno on Friday, six months after Boko Haram fighters stormed a school in Gwoza.',
    );
    expect(show(b)).toEqual(['agent:Boko Haram 2024-12']);
    const c = run(
      'Police in Mombasa questioned a suspect on Saturday, two weeks after Al Hijra militants bombed a bus in Likoni.',
    );
    expect(show(c)).toEqual(['agent:Al Hijra 2025-05-24']);
    // (a date in the act's own clause is its own)
    const d = run(
      'The army deployed more troops to Djibo on Friday, a week after Ansarul Islam fighters ambushed a convoy there on May 28.',
    );
    expect(show(d)).toEqual(['agent:Ansarul Islam 2025-05-28']);
    const e = run(
      'The governor visited Mandera on Monday, a day after al Shabaab militants attacked a police post there on Sunday.',
    );
    expect(show(e)).toEqual(['agent:al Shabaab 2025-06-08']);
  });

  it('a nameless act counted back that far is background, no incident', () => {
    const a = run(
      'A military court in Baidoa on Tuesday sentenced a bomb maker to death, an official said, two years after a truck bomb killed 40 people near the central market.',
    );
    expect(a.x.events.filter((v) => v.type === 'attack' || v.type === 'killing')).toEqual([]);
    const b = run(
      'A judge in Maiduguri on Wednesday jailed a former fighter for 20 years, a year after gunmen attacked a market in Konduga, killing 12 traders.',
    );
    expect(b.x.events.filter((v) => v.type === 'attack' || v.type === 'killing')).toEqual([]);
  });
});
