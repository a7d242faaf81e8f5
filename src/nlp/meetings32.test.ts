import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// rare32: a meeting whose only named side comes after its word ("talks with G were held",
// "officials met envoys of G") has that side as its agent, unless the meeting is stopped,
// modal or negated; the use or operation of vehicles banned, and flights suspended or grounded,
// are travel restrictions.
const run = (text: string, published = '2026-03-10') => {
  const r = runEvents(text, published);
  return { ...r, meetings: () => r.list('meeting'), travel: () => r.of('travel_restriction') };
};

describe('a meeting whose side is named after its word', () => {
  it('"talks with G were held": G is the agent', () => {
    const a = run('Talks with the Ogaden Liberation Council were held in Nairobi on Tuesday.');
    expect(a.meetings()).toEqual([['agent:Ogaden Liberation Council']]);
    expect(a.name(a.of('meeting')[0].place)).toBe('Nairobi');
    const b = run(
      'An official said talks with the Baloch Unity Front had been held on Monday through mediators.',
    );
    expect(b.meetings()).toEqual([['agent:Baloch Unity Front']]);
    expect(b.of('meeting')[0].date?.value).toBe('2026-03-09');
  });

  it('"met leaders/envoys of G": G is the agent', () => {
    const a = run(
      'Mediators in Doha met leaders of the Popular Front for the Liberation of Gao on Thursday.',
    );
    expect(a.meetings()).toEqual([['agent:Popular Front for the Liberation of Gao']]);
    const b = run('Officials met envoys of the Northern Ranger Movement in Arusha on Wednesday.');
    expect(b.meetings()).toEqual([['agent:Northern Ranger Movement']]);
  });

  it('talks suspended, postponed or called off (in the passive) are no meeting', () => {
    expect(run('Talks with the Kivu Defence Front were suspended on Monday.').meetings()).toEqual([]);
    expect(run('Talks with the Ogaden Liberation Council were postponed on Tuesday.').meetings()).toEqual([]);
    expect(run('The summit with the Kivu Defence Front was called off on Friday.').meetings()).toEqual([]);
  });

  it('a meeting only possible, to come or denied is none', () => {
    expect(
      run('The Ituri governor said talks with the Lendu Patriotic Front might resume next month.').meetings(),
    ).toEqual([]);
    expect(
      run('Officials will meet envoys of the Northern Ranger Movement in Arusha next week.').meetings(),
    ).toEqual([]);
    expect(
      run('Officials did not meet envoys of the Northern Ranger Movement in Arusha on Wednesday.').meetings(),
    ).toEqual([]);
  });
});

describe('vehicles and flights kept from moving', () => {
  it('"banned the use / halted the operation of motorcycles": a travel restriction by the authority', () => {
    const a = run('The Yobe State Government banned the use of tricycles in Damaturu on Monday.');
    expect(a.travel().map((v) => v.participants.length)).toEqual([1]);
    expect(a.name(a.travel()[0].participants[0].entity)).toBe('Yobe State Government');
    expect(a.name(a.travel()[0].place)).toBe('Damaturu');
    const b = run('The Gombe State Government halted the operation of motorcycles in Billiri on Friday.');
    expect(b.name(b.travel()[0]?.participants[0]?.entity ?? null)).toBe('Gombe State Government');
    const c = run('The state government banned the operation of motorcycles in Potiskum on Tuesday.');
    expect(c.name(c.travel()[0]?.place ?? null)).toBe('Potiskum');
  });

  it('flights suspended or grounded shut the place they fly to', () => {
    const a = run('The aviation authority suspended flights to Bunia on Friday after the rebel advance.');
    expect(a.travel().map((v) => a.name(v.place))).toEqual(['Bunia']);
    const b = run('The civil aviation authority grounded all flights to Beni on Sunday.');
    expect(b.travel().map((v) => b.name(v.place))).toEqual(['Beni']);
    const c = run('The airline grounded its flights to Kisangani on Saturday.');
    expect(c.travel().map((v) => c.name(v.place))).toEqual(['Kisangani']);
  });

  it('flights not suspended, or resumed, are no restriction', () => {
    expect(run('The aviation authority did not suspend flights to Bunia.').travel()).toEqual([]);
    expect(run('The airline resumed flights to Goma on Monday after the ban was lifted.').travel()).toEqual(
      [],
    );
  });
});
