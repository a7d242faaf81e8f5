import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// rare33: rare event types told in general forms. Expulsions by the body one is put out of ("was
// expelled / dismissed / discharged from G", "He was expelled" after the person is named, "removed X
// from his post"); defectors the next sentence names after an unnamed surrender ("Among them were A
// and B", "identified them as A and B"); designations by a list of what it holds ("added G to the
// list of designated terrorist groups"), by "listed A and B as terrorist …", and the one "under
// sanctions"; a restriction of flights or vehicles told in a sentence that opens with the plural.
const run = (text: string, published = '2026-04-10') => runEvents(text, published);

describe('expulsions by the body one is put out of', () => {
  it('"He was expelled from G": the person named just before, by G', () => {
    const r = run(
      'Police in Quetta arrested Dost Karim Mengal, a commander of the Northern Baloch Front, on Monday.\n\nMengal, 41, was wanted for two bombings in Sibi. He was expelled from the Northern Baloch Front in 2017 after a quarrel with its chief, an official said.',
    );
    expect(r.list('expulsion')).toEqual([['agent:Northern Baloch Front', 'patient:Dost Karim Mengal']]);
    expect(r.of('expulsion')[0].date?.value).toBe('2017');
    const h = run(
      'Investigators questioned Rahim Sultani about the cell on Friday.\n\nHe was expelled from the Coastal Guard in 2020, a spokesman said.',
    );
    expect(h.list('expulsion')).toEqual([['agent:Coastal Guard', 'patient:Rahim Sultani']]);
  });

  it('"was discharged / dismissed from G": an expulsion from a body only', () => {
    expect(
      run(
        'Omar Balde, a former sergeant, was discharged from the Royal Navy in 2019 over his online posts.',
      ).list('expulsion'),
    ).toEqual([['agent:Royal Navy', 'patient:Omar Balde']]);
    expect(
      run(
        'Petra Vogt was dismissed from the Coastal Guard last year after investigators found her diaries.',
      ).list('expulsion'),
    ).toEqual([['agent:Coastal Guard', 'patient:Petra Vogt']]);
    // (a patient leaving hospital, a juror sent home: nobody put out of a body)
    expect(run('Rahim Sultani was discharged from hospital on Monday.').list('expulsion')).toEqual([]);
    expect(run('Ines Marlow was dismissed from the jury on the second day.').list('expulsion')).toEqual([]);
  });

  it('"removed X from his post": put out of an office by the subject', () => {
    expect(
      run(
        'Last week the Popular Mobilisation Directorate removed a brigade commander, Faris Hadi Nouri, from his post after he threatened the embassy.',
      ).list('expulsion'),
    ).toEqual([['agent:Popular Mobilisation Directorate', 'patient:Faris Hadi Nouri']]);
    expect(
      run('The Red Valley Brigades removed Samir Haddad from his command on Tuesday.').list('expulsion'),
    ).toEqual([['agent:Red Valley Brigades', 'patient:Samir Haddad']]);
    // (a thing removed from a post is no one put out)
    expect(
      run('The Red Valley Brigades removed the flag from the post on Tuesday.').list('expulsion'),
    ).toEqual([]);
  });
});

describe('defectors named in the next sentence', () => {
  const lead = 'Troops killed two fighters of the Eastern Liberation Movement near Garissa on Monday.\n\n';
  it('"N fighters surrendered … Among them were A and B"', () => {
    const r = run(
      `${lead}On Wednesday, nine Liberation fighters, three of them women, surrendered before the district police chief in Garissa. Among them were Abdi Korane, a platoon leader, and his wife Halima Dube, a nurse. Each will receive a grant.`,
    );
    expect(r.list('defection')).toEqual([['agent:Abdi Korane', 'agent:Halima Dube']]);
    const s = run(
      `${lead}Twelve militants who had surrendered to police in March reached a transit camp in Wajir on Friday. Among them was a field commander called "Colonel Tiger", once feared near Mandera.`,
    );
    expect(s.list('defection').map((v) => v.filter((p) => p.startsWith('agent')))).toEqual([['agent:Tiger']]);
  });

  it('"a rebel couple surrendered … identified them as A and B"', () => {
    expect(
      run(
        `${lead}A rebel couple from the hills surrendered to soldiers in Wajir on Tuesday, bringing a rifle. The army identified them as Farah Mohamud, a cook, and her husband, Yusuf Adan Keinan.`,
      ).list('defection'),
    ).toEqual([['agent:Farah Mohamud', 'agent:Yusuf Adan Keinan']]);
    expect(
      run(
        `${lead}Two gunmen surrendered at a police post in Wajir on Sunday. Officers named the two as Hassan Dahir Gure and Mowlid Ilkacase.`,
      ).list('defection'),
    ).toEqual([['agent:Hassan Dahir Gure', 'agent:Mowlid Ilkacase']]);
  });

  it('no surrender told, or one only offered: nobody named next defects', () => {
    expect(
      run(
        `${lead}Nine fighters were seen near the camp on Wednesday. Among them were Abdi Korane and Halima Dube.`,
      ).list('defection'),
    ).toEqual([]);
    expect(
      run(
        `${lead}The governor offered an amnesty to fighters who surrender. Among them were Abdi Korane and Halima Dube, officials hoped.`,
      ).list('defection'),
    ).toEqual([]);
  });
});

describe('designations by a list, by "listed as", and "under sanctions"', () => {
  it('"added G to the list of designated terrorist groups / proscribed groups"', () => {
    const r = run(
      'The United States added the Sahel Defence Front, a Malian militia, to its list of designated terrorist groups in March 2019.',
    );
    expect(r.list('designation')).toEqual([['agent:United States', 'patient:Sahel Defence Front']]);
    expect(r.of('designation')[0].date?.value).toBe('2019-03');
    expect(
      run('The United Kingdom added the White Wolf Brigade to its list of proscribed groups in 2020.').list(
        'designation',
      ),
    ).toEqual([['agent:United Kingdom', 'patient:White Wolf Brigade']]);
    // (a list of guests, of demands: no ban)
    expect(
      run('The United Kingdom added the White Wolf Brigade to its list of invited groups in 2020.').list(
        'designation',
      ),
    ).toEqual([]);
  });

  it('"listed A and B as terrorist entities": every name of the object', () => {
    expect(
      run(
        'Australia listed both the Iron Dawn and the Northern Order as terrorist entities in May 2022.',
      ).list('designation'),
    ).toEqual([['agent:Australia', 'patient:Iron Dawn', 'patient:Northern Order']]);
    expect(
      run('New Zealand listed the Crimson Hand as a terrorist organisation in 2021.').list('designation'),
    ).toEqual([['agent:New Zealand', 'patient:Crimson Hand']]);
    // (listed as a speaker, as a witness: no ban)
    expect(run('The organisers listed Karim Bashiri as a speaker at the forum.').list('designation')).toEqual(
      [],
    );
  });

  it('"X has been under sanctions": X is the one designated', () => {
    expect(
      run('Its founder, Karim Bashiri, has been under British sanctions since 2017.').list('designation'),
    ).toEqual([['patient:Karim Bashiri']]);
    expect(run('The Lakeside Movement is subject to UN sanctions.').list('designation')).toEqual([
      ['agent:UN', 'patient:Lakeside Movement'],
    ]);
    expect(
      run('The Lakeside Movement is no longer under UN sanctions.')
        .list('designation')
        .flat()
        .filter((p) => p.startsWith('patient')),
    ).toEqual([]);
  });
});

describe('restrictions told with the plural first', () => {
  it('"Flights to X were suspended", "Vehicles were banned from X"', () => {
    const r = run('Flights to Goma were suspended on Monday.', '2026-10-28');
    expect(r.of('travel_restriction').map((v) => r.name(v.place))).toEqual(['Goma']);
    const s = run('Vehicles were banned from the centre of Bunia on Friday.', '2026-10-28');
    expect(s.of('travel_restriction').map((v) => s.name(v.place))).toEqual(['Bunia']);
    // (flights told, nothing restricted)
    expect(run('Flights to Goma were full on Monday.', '2026-10-28').of('travel_restriction')).toEqual([]);
  });
});
