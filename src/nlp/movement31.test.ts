import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// rare31: restrictions of movement read on the parse (event-movement.ts). A ban or restriction of
// movement, traffic or vehicles, a suspension or cut of the internet or phone service, a road or
// bridge a named authority closes, and "restrictions on movement" an authority imposes are travel
// restrictions: the authority is the agent (a person too: the official who imposed it), the place
// is the one the clause or the sentence's opening "In X," names. A ban on a group is a designation,
// a lifted restriction, a habit or a mere possibility is none.
const run = (text: string, published = '2026-03-10') => {
  const r = runEvents(text, published);
  return { ...r, travel: () => r.list('travel_restriction') };
};

describe('movement banned or restricted', () => {
  it('"X banned the movement of motorcycles in Y": the authority is the agent, no designation', () => {
    const a = run(
      'The Kano State Government on Monday banned the movement of motorcycles after dark in the outlying wards of the city.',
    );
    expect(a.travel()).toEqual([['agent:Kano State Government']]);
    expect(a.of('travel_restriction')[0].date?.value).toBe('2026-03-09');
    expect(a.of('designation')).toEqual([]);
    const b = run(
      'The Borno State Government banned the movement of lorries on the Maiduguri road on Tuesday.',
    );
    expect(b.travel()).toEqual([['agent:Borno State Government']]);
    expect(b.of('designation')).toEqual([]);
  });

  it('an official who imposed it is its agent, not its patient', () => {
    const a = run(
      'Garissa County Commissioner John Mwangi ordered a night curfew along the Dadaab road from Sunday and restricted the movement of lorries after dark.',
    );
    expect(a.travel()).toEqual([['agent:John Mwangi']]);
    const b = run(
      'Lamu County Commissioner Irungu Macharia restricted the movement of boats near Kiunga on Friday.',
    );
    expect(b.travel()).toEqual([['agent:Irungu Macharia']]);
  });

  it('"X said movement would be restricted": the authority that announced it', () => {
    const a = run(
      'Refugee Commissioner Karim Uddin said extra guards would be sent to Bhasan Char and that travel between the settlements would be restricted after sunset.',
    );
    expect(a.travel()).toEqual([['agent:Karim Uddin']]);
    const b = run(
      'Governor Babagana Zulum said that travel on the Damboa road would be restricted from Monday.',
    );
    expect(b.travel()).toEqual([['agent:Babagana Zulum']]);
  });

  it('a power granted to restrict movement is used where the clause that granted it says', () => {
    const a = run(
      'Officials said emergency rule was declared across Mosul on Monday, allowing the police to restrict movement at checkpoints.',
    );
    const v = a.of('travel_restriction');
    expect(v.length).toBe(1);
    expect(a.name(v[0].place)).toBe('Mosul');
    expect(v[0].date?.value).toBe('2026-03-09');
    const b = run(
      'A state of emergency was declared in Kidal on Sunday, authorising the army to halt traffic at night.',
    );
    expect(b.name(b.of('travel_restriction')[0]?.place ?? null)).toBe('Kidal');
  });
});

describe('communications and roads', () => {
  it('internet or phone service suspended: the place the sentence opens with', () => {
    const a = run(
      'In Lahore, the district administration parked trucks across the Ravi bridge on Sunday evening, then suspended mobile internet service in the old city.',
    );
    const v = a.of('travel_restriction');
    expect(v.length).toBe(1);
    expect(a.name(v[0].place)).toBe('Lahore');
    const b = run('In Quetta, authorities suspended mobile phone service across the city on Friday.');
    expect(b.name(b.of('travel_restriction')[0]?.place ?? null)).toBe('Quetta');
  });

  it('a road a named authority closes is one; a road closed by nobody named is none', () => {
    expect(
      run('The Kenya Police Service closed the Garissa-Dadaab road to traffic on Monday.').travel(),
    ).toEqual([['agent:Kenya Police Service']]);
    expect(run('The Niger State Government shut the Bida highway on Friday.').travel()).toEqual([
      ['agent:Niger State Government'],
    ]);
    expect(
      run(
        'Drivers near Tomsa reported that the highway stayed shut to lorries for a day after the explosion.',
      ).travel(),
    ).toEqual([]);
    expect(run('The army closed the road to Kidal on Monday.').travel()).toEqual([]);
  });
});

describe('no restriction of movement', () => {
  it('a ban on a group is a designation, not a travel restriction', () => {
    const a = run('The government of Kenya banned the Mungiki sect on Monday.');
    expect(a.travel()).toEqual([]);
    const b = run('Pakistan banned the Baloch Liberation Army in 2006.');
    expect(b.travel()).toEqual([]);
    expect(b.of('designation').length).toBe(1);
  });

  it('a habit, a possibility, a plan or a lifted restriction is none', () => {
    expect(
      run(
        'In the Keral hills the rebels seldom let journalists in, and phone lines are often cut when fighting starts.',
      ).travel(),
    ).toEqual([]);
    expect(run('Police in Bauchi could restrict movement if the protests spread.').travel()).toEqual([]);
    expect(
      run('The government of Niger lifted restrictions on movement in Tillaberi on Monday.').travel(),
    ).toEqual([]);
    expect(
      run('Activists urged the governor of Kano to suspend internet service before the vote.').travel(),
    ).toEqual([]);
    expect(run('The police did not restrict movement in Jos on Sunday.').travel()).toEqual([]);
  });

  it('"imposed restrictions on movement", "announced a ban on motorcycles": the noun and who imposed it', () => {
    expect(
      run('The Yobe State Government imposed restrictions on movement in Geidam on Saturday.').travel(),
    ).toEqual([['agent:Yobe State Government']]);
    expect(
      run('The Adamawa State Government announced a ban on motorcycles in Mubi on Thursday.').travel(),
    ).toEqual([['agent:Adamawa State Government']]);
  });
});
