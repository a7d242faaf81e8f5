import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// events15: events wire copy states that were read with no participant, or the wrong one.
const run = (text: string, published = '2026-11-05') => runEvents(text, published);

describe('events15: a group counted as its people', () => {
  it('"detained three suspected G members" befell G', () => {
    const a = run('Soldiers detained three suspected ISKP members in Jalalabad on Monday, an official said.');
    expect(a.of('arrest').map(a.roles)).toEqual([['patient:ISKP']]);
    const b = run('Police arrested four Lashkar-e-Taiba militants in Sopore on Friday.');
    expect(b.of('arrest').map(b.roles)).toEqual([['patient:Lashkar-e-Taiba']]);
  });

  it('"shot dead N G fighters" is a killing of G', () => {
    const a = run('Troops shot dead five al-Shabaab fighters near Baidoa on Sunday.');
    expect(a.of('killing').map(a.roles)).toEqual([['patient:al-Shabaab']]);
    const b = run('Government forces killed at least 12 Boko Haram insurgents near Bama on Tuesday.');
    expect(b.of('killing').map(b.roles)).toEqual([['patient:Boko Haram']]);
  });

  it('one unnamed official of a group is not the group', () => {
    const a = run('Gunmen shot dead a senior Hezbollah commander in Tyre on Sunday.');
    expect(a.of('killing').flatMap(a.roles)).not.toContain('patient:Hezbollah');
  });
});

describe('events15: the one an act is blamed on', () => {
  it('"blamed the attack on G" and "was blamed on G" make G its doer', () => {
    const a = run('Officials blamed the ambush near Kalat on Tuesday on the Balochistan Liberation Army.');
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Balochistan Liberation Army']]);
    const b = run(
      'A car bombing in Mogadishu on Sunday wrecked a hotel. The bombing was blamed on al-Shabaab.',
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:al-Shabaab']]);
    expect(b.of('statement')).toHaveLength(0);
  });

  it('an act named otherwise in the blaming sentence is the one told just before', () => {
    const a = run(
      'Gunmen stormed the village of Gorom on Monday and seized a teacher, residents said. The abduction was blamed on Islamic State Sahel Province.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Islamic State Sahel Province']]);
    const b = run(
      'Attackers raided a police post in Tank on Friday night, residents said. Officials attributed the assault to the Pakistani Taliban.',
    );
    expect(b.of('attack').flatMap(b.roles)).toContain('agent:Pakistani Taliban');
  });
});

describe('events15: who did it', () => {
  it('a relative clause on an unnamed noun takes no doer from another clause', () => {
    const a = run(
      'Police in Srinagar arrested two men accused of hiding the gunmen who fired on a bus in Reasi on Sunday.',
    );
    expect(a.of('attack').flatMap(a.roles)).toEqual([]);
    const b = run('The army detained a driver who had ferried the fighters who attacked a post near Djibo.');
    expect(b.of('attack').flatMap(b.roles)).toEqual([]);
  });

  it('"were picked up" in raids is an arrest, and the raids no attack', () => {
    const a = run('Ali Dar and Bilal Dar were picked up in overnight raids in Doda on Tuesday, police said.');
    expect(a.of('arrest').map(a.roles)).toEqual([['patient:Ali Dar', 'patient:Bilal Dar']]);
    expect(a.of('attack')).toHaveLength(0);
    const b = run(
      'Ahmed Khan was picked up by counter-terrorism police at a checkpoint in Quetta on Monday.',
    );
    expect(b.of('arrest').map(b.roles)).toEqual([['patient:Ahmed Khan']]);
  });
});

describe('events15: doers and tolls', () => {
  it('"a G suicide bomber" did the bombing for G', () => {
    const a = run(
      'An al-Shabaab suicide bomber struck a restaurant in Mogadishu on Friday, killing six people.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:al-Shabaab']]);
    const b = run('In May, an ISKP suicide bomber blew himself up outside a bank in Kandahar.');
    expect(b.of('attack').map(b.roles)).toEqual([['agent:ISKP']]);
  });

  it('", shooting dead N" after a raid is the raid\'s toll, a killing by its doers', () => {
    const a = run(
      'Fighters from Boko Haram raided the village of Kolofata on Saturday, shooting dead five civilians.',
    );
    expect(a.of('killing').map(a.roles)).toEqual([['agent:Boko Haram']]);
    const b = run(
      'Al-Shabaab militants stormed a police post near Afgoye on Monday, gunning down three officers.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['agent:Al-Shabaab']]);
  });

  it('the outlet sources "told" is no party to the act', () => {
    const a = run(
      'Suspected jihadists ambushed a convoy near Djibo on Sunday, killing 14 soldiers, security sources told AFP.',
    );
    expect(a.of('attack').flatMap(a.roles)).toEqual([]);
    const b = run('Gunmen attacked a checkpoint in Tank on Monday night, a police officer told Reuters.');
    expect(b.of('attack').flatMap(b.roles)).toEqual([]);
  });
});

describe('events15: the day and place under a participle on the object', () => {
  it('"ambushed a convoy escorted by the army near X on Sunday" is placed and dated', () => {
    const a = run(
      'Jihadists ambushed a convoy escorted by the army near Djibo on Sunday, killing 14 soldiers.',
    );
    const [v] = a.of('attack');
    expect(a.name(v.place)).toBe('Djibo');
    expect(v.date?.value).toBe('2026-11-01');
    const b = run('Al-Shabaab fighters ambushed a truck loaded with grain near Baidoa on Monday.');
    const [w] = b.of('attack');
    expect(b.name(w.place)).toBe('Baidoa');
    expect(w.date?.value).toBe('2026-11-02');
  });
});

describe('events15: statements, blame and surrender told otherwise', () => {
  it('"blamed G for the attack" makes G its doer', () => {
    const a = run(
      'The governor blamed the Gulf Cartel for the attack on a police post in Reynosa on Monday.',
    );
    expect(a.of('attack').flatMap(a.roles)).toContain('agent:Gulf Cartel');
    const b = run("Officials in Kaduna blamed Ansaru for Sunday's ambush on a convoy near Birnin Gwari.");
    expect(b.of('attack').flatMap(b.roles)).toContain('agent:Ansaru');
  });

  it('a speaking verb joined by "and" speaks for the first verb\'s subject', () => {
    const a = run(
      'Governor Ricardo Navarro condemned the assault on Monday and said in a post on X that more police would be sent.',
    );
    expect(a.of('statement').map(a.roles)).toEqual([['speaker:Ricardo Navarro']]);
    const b = run(
      'Interior Minister Mohsin Naqvi visited the wounded in Quetta and said in a statement that the attackers would be punished.',
    );
    expect(b.of('statement').map(b.roles)).toEqual([['speaker:Mohsin Naqvi']]);
  });

  it('"laid down his/their arms" is a defection; an appeal to lay them down is none', () => {
    const a = run(
      'The army said that a commander of the Abu Sayyaf Group, Radullan Sahiron, laid down his arms in Sulu on Friday.',
    );
    expect(a.of('defection').flatMap(a.roles)).toContain('agent:Radullan Sahiron');
    const b = run('More than 30 members of al-Shabaab laid down their weapons in Baidoa on Monday.');
    expect(b.of('defection').map(b.roles)).toEqual([['recipient:al-Shabaab']]);
    const c = run('The army urged ISWAP fighters to lay down their arms.');
    expect(c.of('defection')).toHaveLength(0);
  });
});

describe('events15: the named dead', () => {
  it('"Among the dead was/were X" names the patients of the killing just told', () => {
    const a = run(
      'Gunmen from al-Shabaab stormed a hotel in Kismayo on Friday, killing nine people. Among the dead were Abdi Farah and Hassan Ali, both local elders.',
    );
    expect(a.of('killing').map(a.roles)).toEqual([
      ['agent:al-Shabaab', 'patient:Abdi Farah', 'patient:Hassan Ali'],
    ]);
    const b = run(
      'ISWAP fighters ambushed a patrol near Monguno on Sunday, killing six soldiers. Among those killed was Captain Musa Bello, the patrol commander.',
    );
    expect(b.of('killing').flatMap(b.roles)).toContain('patient:Musa Bello');
  });

  it('with no killing told just before, nobody is made dead', () => {
    const a = run(
      'Police arrested two men in Garissa on Monday. Among the suspects was Omar Said, a trader.',
    );
    expect(a.of('killing')).toHaveLength(0);
  });
});
