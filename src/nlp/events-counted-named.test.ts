import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// events20: a counted arrest or killing takes the people the next sentence names, as many as
// the count. Sentences of our own.
const run = runEvents;

describe('events: "arrested three men. A, B and C were …" names whom the act befell', () => {
  it('the list that opens the next sentence, when it is as long as the count', () => {
    const a = run(
      'Police arrested three suspected financiers of al-Shabaab in Kismayo on Friday. Ali Hassan Omar, Fadumo Yusuf Ali and Abdi Nur Farah are accused of moving cash for the group, officials said.',
    );
    expect(a.of('arrest').map(a.roles)).toEqual([
      ['patient:Abdi Nur Farah', 'patient:Ali Hassan Omar', 'patient:Fadumo Yusuf Ali'],
    ]);
    const b = run(
      'Gendarmes detained two men at a roadblock outside Garoua on Wednesday. Moussa Bello and Issa Adamou were taken to a police station in the town, a security source said.',
    );
    expect(b.of('arrest').flatMap(b.roles)).toEqual(
      expect.arrayContaining(['patient:Issa Adamou', 'patient:Moussa Bello']),
    );
  });

  it('"named the dead as A, 22, and B, 30" in the next paragraph, ages and all', () => {
    const a = run(
      'Soldiers killed two gunmen near Jenin on Monday.\n\nThe army named the dead as Yusuf Hamdan, 22, and Khalil Nasser, 30.',
    );
    expect(a.of('killing').map(a.roles)).toEqual([['patient:Khalil Nasser', 'patient:Yusuf Hamdan']]);
    const b = run(
      'The Taliban killed three former soldiers in Ghazni on Sunday. Relatives identified them as Wali Ahmad, Gul Agha and Sher Mohammad.',
    );
    expect(b.of('killing').flatMap(b.roles)).toEqual(
      expect.arrayContaining(['patient:Gul Agha', 'patient:Sher Mohammad', 'patient:Wali Ahmad']),
    );
  });

  it("fewer people than the count in the act's own words give way to the list named next", () => {
    const a = run(
      'Soldiers killed three militants, among them Abu Talha, near Ghazni on Friday.\n\nOfficials identified the dead as Abu Talha, Qari Basir and Mullah Nasim.',
    );
    expect(a.of('killing').flatMap(a.roles)).toEqual(
      expect.arrayContaining(['patient:Abu Talha', 'patient:Mullah Nasim', 'patient:Qari Basir']),
    );
  });

  it('a list of another length, or names not opening the sentence, are not whom it befell', () => {
    const a = run(
      'The Counter-Terrorism Department said it had detained two men in Quetta on Sunday. Naveed Ahmed, Bashir Khan and Saleem Raza were later released.',
    );
    expect(a.of('arrest').flatMap(a.roles)).not.toContain('patient:Naveed Ahmed');
    const b = run(
      'Police arrested two suspects in Mombasa on Monday. Officers said Hassan Juma and Omar Said had helped them.',
    );
    expect(b.of('arrest').flatMap(b.roles)).not.toContain('patient:Hassan Juma');
  });
  it('"They were identified as A, B and C" opening the next sentence (events22)', () => {
    const a = run(
      'Counter-terrorism police in Peshawar arrested three suspected couriers of the Tehreek-e-Taliban Pakistan on Thursday. They were identified as Gul Rehman, Sher Zaman and Fazal Wahid, all from Khyber district.',
    );
    expect(a.of('arrest').flatMap(a.roles)).toEqual(
      expect.arrayContaining(['patient:Fazal Wahid', 'patient:Gul Rehman', 'patient:Sher Zaman']),
    );
    const b = run(
      'Soldiers shot dead two gunmen at a checkpoint near Gao late on Saturday.\n\nThe two men have been named as Oumar Maiga and Hamidou Cisse, the army said.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['patient:Hamidou Cisse', 'patient:Oumar Maiga']]);
  });
});

describe('events: "arrested four men. Two of them were named as A and B" names a part of them', () => {
  it('as many people as the part counts, with or without a source between', () => {
    const a = run(
      'Gendarmes detained four suspects near Tera last week. Two of them were identified by local officials as Moussa Diallo and Amadou Sidibe.',
    );
    expect(a.of('arrest').flatMap(a.roles)).toEqual(
      expect.arrayContaining(['patient:Amadou Sidibe', 'patient:Moussa Diallo']),
    );
    const b = run(
      'Troops killed five fighters in an ambush outside Mopti on Sunday.\n\nThree of them were identified as Hamadoun Barry, Issa Cisse and Ali Toure.',
    );
    expect(b.of('killing').flatMap(b.roles)).toEqual(
      expect.arrayContaining(['patient:Ali Toure', 'patient:Hamadoun Barry', 'patient:Issa Cisse']),
    );
  });

  it('a part larger than the count, or a list longer than the part, names no one', () => {
    const a = run(
      'Police arrested two men in Kano on Monday. Three of them were named as Sani Bello, Musa Audu and Ibrahim Yakubu.',
    );
    expect(a.of('arrest').flatMap(a.roles)).toEqual([]);
    const b = run(
      'Police arrested four men in Kano on Monday. One of them was identified as Sani Bello and Musa Audu.',
    );
    expect(b.of('arrest').flatMap(b.roles)).toEqual([]);
  });
});
