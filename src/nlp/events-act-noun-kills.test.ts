import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// events12: killings lost or mis-assigned. Sentences of our own.
const run = runEvents;

describe('events: an act noun or a doer noun as the subject of "killed"', () => {
  it('"An ISKP attack killed 20 people": a killing by the group the act noun names', () => {
    const a = run('An ISKP attack killed 20 people at a market in Jalalabad on Monday, officials said.');
    expect(a.of('killing').map(a.roles)).toEqual([['agent:ISKP']]);
    const b = run('An al-Shabaab attack killed 15 soldiers at a base near Baidoa on Sunday, the army said.');
    expect(b.of('killing').map(b.roles)).toEqual([['agent:al-Shabaab']]);
    const c = run('A Houthi drone strike killed six fishermen off the coast of Hodeidah on Wednesday.');
    expect(c.of('killing').map(c.roles)).toEqual([['agent:Houthi']]);
    const d = run('An ISWAP bombing killed 11 shoppers at a market in Monguno on Tuesday, residents said.');
    expect(d.of('killing').map(d.roles)).toEqual([['agent:ISWAP']]);
  });

  it('"a G suicide bomber killed 12 worshippers": a killing by G, on the act\'s day and place', () => {
    const a = run(
      'A Tehreek-e-Taliban Pakistan suicide bomber killed 12 worshippers at a mosque in Bannu on Friday, police said.',
    );
    const ka = a.of('killing');
    expect(ka.map(a.roles)).toEqual([['agent:Tehreek-e-Taliban Pakistan']]);
    expect(a.name(ka[0].place)).toBe('Bannu');
    const b = run(
      'A suicide bomber from Boko Haram killed nine traders at a market in Konduga on Tuesday, the army said.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['agent:Boko Haram']]);
  });

  it('"an ISKP suicide attacker killed 14 worshippers": a killing by the attacker\'s group', () => {
    const a = run(
      'An ISKP suicide attacker killed 14 worshippers at a shrine in Kunduz on Friday, police said.',
    );
    expect(a.of('killing').map(a.roles)).toEqual([['agent:ISKP']]);
    const b = run(
      'A suicide attacker from al-Shabaab killed eight recruits at a training camp in Mogadishu on Monday, officials said.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['agent:al-Shabaab']]);
  });
});

describe('events: a name opening a clause of time after the act', () => {
  it('"killed dozens since X was arrested": X is no victim', () => {
    const a = run(
      'Boko Haram fighters have killed dozens of farmers in Borno since Abubakar Shekau was arrested in March, the army said.',
    );
    expect(a.of('killing').flatMap(a.roles)).not.toContain('patient:Abubakar Shekau');
    expect(a.of('killing').flatMap(a.roles)).toContain('agent:Boko Haram');
    const b = run(
      'Al-Shabaab militants killed four soldiers in Jowhar on Monday, days after Ahmed Madobe was detained by police.',
    );
    expect(b.of('killing').flatMap(b.roles)).not.toContain('patient:Ahmed Madobe');
    expect(b.of('killing').flatMap(b.roles)).toContain('agent:Al-Shabaab');
  });

  it('"since X became", "before X issued", "when X was": X is no victim', () => {
    const a = run(
      'Militants of the Pakistani Taliban have killed 40 policemen in Bajaur since Noor Wali Mehsud became their leader, officials said.',
    );
    expect(a.of('killing').flatMap(a.roles)).not.toContain('patient:Noor Wali Mehsud');
    const b = run(
      'Soldiers killed seven villagers in Kidal on Thursday before Iyad Ag Ghaly issued a statement, residents said.',
    );
    expect(b.of('killing').flatMap(b.roles)).not.toContain('patient:Iyad Ag Ghaly');
    const c = run(
      'Jihadists killed nine herders near Menaka on Friday when Adnan Abu Walid al-Sahrawi was still alive, residents said.',
    );
    expect(c.of('killing').flatMap(c.roles)).not.toContain('patient:Adnan Abu Walid al-Sahrawi');
    const d = run(
      'Police detained five students in Mosul on Monday when Abu Bakr al-Baghdadi appeared in a video, officials said.',
    );
    expect(d.of('arrest').flatMap(d.roles)).not.toContain('patient:Abu Bakr al-Baghdadi');
  });

  it('"arrested two men after X had fled": X is not arrested', () => {
    const a = run(
      'Police in Kano arrested two brothers on Friday after Musa Danladi had fled the city, officials said.',
    );
    expect(a.of('arrest').flatMap(a.roles)).not.toContain('patient:Musa Danladi');
    const b = run(
      'Soldiers detained three traders in Gao on Sunday before Hamadou Kouffa was seen near the river.',
    );
    expect(b.of('arrest').flatMap(b.roles)).not.toContain('patient:Hamadou Kouffa');
  });
});

describe('events: "they"/"it" after a phrase of time, as the act\'s own subject', () => {
  it('"On Sunday they ambushed a patrol …, killing 22": the group the sentence before is about', () => {
    const a = run(
      'The Islamic State West Africa Province has grown stronger this year. On Sunday they ambushed a patrol near Damboa, killing 22 soldiers, officials said.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Islamic State West Africa Province']]);
    expect(a.of('killing').map(a.roles)).toEqual([['agent:Islamic State West Africa Province']]);
    const b = run(
      'Boko Haram has lost ground in the forest. In March, they raided the village of Kirawa, killing 14 farmers.',
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Boko Haram']]);
    expect(b.of('killing').map(b.roles)).toEqual([['agent:Boko Haram']]);
  });

  it('"Last week it attacked a convoy …, residents said": the group the sentence before is about', () => {
    const a = run(
      'Al-Shabaab has stepped up its campaign in the south. Last week it attacked a convoy near Afgoye, killing 11 soldiers, residents said.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Al-Shabaab']]);
    const b = run(
      "Jama'at Nusrat al-Islam wal-Muslimin has spread south from Mali. On Friday it attacked a gendarmerie post near Kpendjal, officials said.",
    );
    expect(b.of('attack').map(b.roles)).toEqual([["agent:Jama'at Nusrat al-Islam wal-Muslimin"]]);
    // (told in the passive, they are no doers)
    const c = run(
      'Al-Shabaab has stepped up its campaign in the south. On Sunday they were ambushed by troops near Afgoye, officials said.',
    );
    expect(c.of('attack').flatMap(c.roles)).not.toContain('agent:Al-Shabaab');
  });
});
