import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;

describe('events: a lead killing in an attack, its doers told by the group next', () => {
  it('"G said its fighters had killed N" makes the lead’s attack G’s, on the lead’s day and place', () => {
    const a = run(
      'Jihadist fighters killed 14 gendarmes in an assault on a police station in the town of Dori on Sunday, officials said. Islamic State Sahel Province said in a statement on Monday that its fighters had killed 25 gendarmes.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Islamic State Sahel Province']]);
    expect(a.name(a.of('attack')[0].place)).toBe('Dori');
    expect(a.of('attack')[0].date?.value).toBe('2025-06-08');
    const b = run(
      'Insurgents killed nine soldiers in a raid on an army camp near Dikwa on Saturday, security sources said. Islamic State West Africa Province said in a statement on Sunday that its men had killed 20 soldiers.',
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Islamic State West Africa Province']]);
    expect(b.name(b.of('attack')[0].place)).toBe('Dikwa');
    expect(b.of('attack')[0].date?.value).toBe('2025-06-07');
  });
});

describe('events: a superlative after a comma weighs the act told, it is none of its own', () => {
  it('", in one of the deadliest attacks …" leaves the killing standing', () => {
    const a = run(
      'Gunmen killed 30 villagers near the town of Bankass on Sunday, in one of the deadliest attacks in the region this year.',
    );
    expect(a.of('killing')).toHaveLength(1);
    expect(a.of('killing')[0].date?.value).toBe('2025-06-08');
    const b = run(
      'Militants killed 12 soldiers in an ambush near Kaya on Saturday, the worst assault on the army since January, officials said.',
    );
    expect(b.of('killing')).toHaveLength(1);
    expect(b.of('killing')[0].date?.value).toBe('2025-06-07');
  });
});

describe('events: a passive whose doers are the men of a named leader or group after "by"', () => {
  it('"killed by gunmen loyal to X", "ambushed by fighters of G": X and G are the doers', () => {
    const a = run(
      'Eight farmers were killed by gunmen loyal to the warlord Bello Turji near Shinkafi on Sunday, police said.',
    );
    expect(a.of('killing').map(a.roles)).toEqual([['agent:Bello Turji']]);
    const b = run(
      'Six traders were killed in an ambush by bandits led by Dogo Gide near Birnin Gwari on Saturday, residents said. Separately, troops of the Nigerian Army killed four kidnappers in Kaduna on Friday.',
    );
    expect(b.of('killing').flatMap(b.roles)).toContain('agent:Dogo Gide');
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Dogo Gide']]);
    // "by gunmen linked to G" only qualifies the gunmen: G is no doer
    const c = run('Eight farmers were killed by gunmen linked to the Islamic State near Beni on Sunday.');
    expect(c.all()).not.toContain('agent:Islamic State');
  });
});

describe('events: the day and place told after a verb joined to the act serve the act', () => {
  it('"beheaded N and burned dozens of homes in a raid on X on Thursday" is a killing at X that day', () => {
    const a = run(
      'Militants beheaded five farmers and burned dozens of houses in a raid on the village of Nangade on Thursday.',
    );
    expect(a.of('killing')).toHaveLength(1);
    expect(a.name(a.of('killing')[0].place)).toBe('Nangade');
    expect(a.of('killing')[0].date?.value).toBe('2025-06-05');
    const b = run(
      'Gunmen shot dead four traders and looted shops in the town of Kerawa on Saturday, residents said.',
    );
    expect(b.of('killing')).toHaveLength(1);
    expect(b.name(b.of('killing')[0].place)).toBe('Kerawa');
    expect(b.of('killing')[0].date?.value).toBe('2025-06-07');
  });
});

describe('events: a lead act whose noun a later claim names again', () => {
  it('"G claimed the raid" a few sentences on makes the lead’s killing and raid G’s', () => {
    const a = run(
      'Insurgents beheaded six fishermen in a night raid on the village of Nangade, officials said on Friday. The attackers came by boat before dawn. Residents fled into the bush. Many have not returned. Islamic State Mozambique Province claimed the raid in a statement.',
    );
    expect(a.of('killing').map(a.roles)).toEqual([['agent:Islamic State Mozambique Province']]);
    expect(a.name(a.of('attack')[0].place)).toBe('Nangade');
    const b = run(
      'Gunmen killed nine soldiers in an ambush near the town of Kidal on Tuesday, officials said. The convoy was returning to its base. Two trucks were burned. The wounded were flown to Gao. Jama’at Nusrat al-Islam wal-Muslimin claimed the ambush on Wednesday.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['agent:Jama’at Nusrat al-Islam wal-Muslimin']]);
    expect(b.name(b.of('attack')[0].place)).toBe('Kidal');
  });
});

describe('events: ", which …" right after the act noun is the noun’s own clause', () => {
  it('gives the claimed or blamed act its day and place, however the parse hung the clause', () => {
    const a = run(
      'The Islamic State said it carried out the bombing, which killed 14 people in Kabul on Friday.',
    );
    expect(a.of('attack')).toHaveLength(1);
    expect(a.name(a.of('attack')[0].place)).toBe('Kabul');
    expect(a.of('attack')[0].date?.value).toBe('2025-06-06');
    const b = run(
      'Police blamed the Islamic State for the bombing, which killed 14 people in Kabul on Friday.',
    );
    expect(b.of('attack')).toHaveLength(1);
    expect(b.name(b.of('attack')[0].place)).toBe('Kabul');
    expect(b.of('attack')[0].date?.value).toBe('2025-06-06');
  });
});

describe('events: a year told before in the paragraph does not date an act reported on a day', () => {
  it('"… joined the group in 2017. Police said on Monday they had arrested X" is of that Monday', () => {
    const a = run(
      'The cell was run by Ali Hamza, a former trader who joined the group in 2017. Police in Kano said on Monday they had arrested two men, Sani Bello and Umar Dauda, who had bought fuel for his fighters.',
    );
    expect(a.of('arrest')).toHaveLength(1);
    expect(a.of('arrest')[0].date?.value).toBe('2025-06-09');
    const b = run(
      'Musa Yusuf, who fought in Syria, returned to Kenya in 2019. The police said on Friday they had detained his brother, Omar Yusuf, in Mombasa.',
    );
    expect(b.of('arrest')).toHaveLength(1);
    expect(b.of('arrest')[0].date?.value).toBe('2025-06-06');
  });
});

describe('events: a strike told for the first time that killed a named person is an attack too', () => {
  it('"A drone strike by F killed a commander, X" is F’s attack on X as well as the killing', () => {
    const a = run(
      'A drone strike by the Nigerian Air Force on a camp near Kukawa killed an ISWAP commander, Abu Musa, on Friday.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Nigerian Air Force', 'patient:Abu Musa']]);
    expect(a.name(a.of('attack')[0].place)).toBe('Kukawa');
    const b = run(
      'An air strike by the Israeli military killed a Hamas commander, Ahmad Zaki, in Khan Younis on Tuesday.',
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Israeli military', 'patient:Ahmad Zaki']]);
    // "the strike" is one told before: the killing alone
    const c = run(
      'The strike by the Israeli military killed a Hamas commander, Ahmad Zaki, in Khan Younis on Tuesday.',
    );
    expect(c.of('attack')).toEqual([]);
  });
});

describe('events: an act with unnamed doers takes those of the act a group tells as its own next', () => {
  it('"G said in a statement that its fighters had detonated a bomb" gives the lead’s attack and toll G', () => {
    const a = run(
      'Separatist fighters attacked a convoy of the Frontier Corps near the town of Turbat on Sunday, killing five soldiers, officials said. The Balochistan Liberation Army said in a statement on Monday that its fighters had detonated a bomb before opening fire on the trucks.',
    );
    expect(a.of('attack')[0].participants.map((p) => `${p.role}:${a.name(p.entity)}`)).toContain(
      'agent:Balochistan Liberation Army',
    );
    expect(a.of('killing').map(a.roles)).toEqual([['agent:Balochistan Liberation Army']]);
    const b = run(
      'Rebels ambushed a police patrol near the town of Dori on Saturday, killing six officers, residents said. Jama’at Nusrat al-Islam wal-Muslimin said on Sunday that its fighters had bombed the patrol before opening fire.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['agent:Jama’at Nusrat al-Islam wal-Muslimin']]);
  });
});
