import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// events14: who was killed or arrested, by the grammar rather than by word order. Sentences of our own.
const run = runEvents;

describe('events: "X, killed by troops in 2020, had led …"', () => {
  it('a past participle set after a name and its comma befell the name', () => {
    const a = run('Yasin Malik, killed by security forces in 2020, had led the cell in Sopore.');
    expect(a.of('killing').map(a.roles)).toEqual([['patient:Yasin Malik']]);
    const b = run(
      'Abdul Qadir, arrested in Quetta in 2019, told investigators he had trained in Afghanistan.',
    );
    expect(b.of('arrest').map(b.roles)).toEqual([['patient:Abdul Qadir']]);
    const c = run('The cell was run by Abu Talha, captured by Iraqi forces near Mosul last year.');
    expect(c.of('arrest').map(c.roles)).toEqual([['patient:Abu Talha']]);
  });
});

describe('events: "hanged"', () => {
  it("an execution by hanging is a killing; a death by one's own hand is none", () => {
    const a = run('Iran hanged Ahmad Rezaei, a leader of Jundallah, in 2010.');
    expect(a.of('killing').map(a.roles)).toEqual([['agent:Iran', 'patient:Ahmad Rezaei']]);
    const b = run('Kareem Yusuf was hanged in Baghdad in 2019 after a court convicted him of terrorism.');
    expect(b.of('killing').map(b.roles)).toEqual([['patient:Kareem Yusuf']]);
    expect(run('Ali Jafari hanged himself in his cell in Evin prison in May.').of('killing')).toEqual([]);
    const c = run(
      'Rahim Bux killed himself with a grenade when police surrounded his house in Quetta on Monday.',
    );
    expect(c.of('killing')).toEqual([]);
  });
});

describe('events: a country right before the act verb is its doer', () => {
  it('"… of G after Iran hanged X": the country, not the group word order found before it', () => {
    const a = run(
      "Ansar Khalq was founded by former members of Jundallah after Iran hanged that group's leader, Hamid Rostami, in 2010.",
    );
    expect(a.of('killing').map(a.roles)).toEqual([['agent:Iran', 'patient:Hamid Rostami']]);
    const b = run(
      'The faction was formed by veterans of the Mahdi Army after Iraq executed its commander, Salim Jaber, in 2008.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['agent:Iraq', 'patient:Salim Jaber']]);
    const c = run(
      'The network was rebuilt by members of Jundallah after Pakistan arrested its chief, Karim Shah, in 2015.',
    );
    expect(c.of('arrest').map(c.roles)).toEqual([['agent:Pakistan', 'patient:Karim Shah']]);
  });
});
