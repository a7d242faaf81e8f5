import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// defect32: defections told in other words than the verbs read before: a surrender told as
// "handed himself over", "gave themselves up", "gave up their weapons"; a change of side told
// as "switched their allegiance / shifted his loyalty to H"; a group's people who surrender
// unnamed ("three members of the group", "a fighter who …", "several of its commanders"), the
// group being the one told before; a commander "who goes by X". Habits, offers, calls and modals
// make none.
const run = (text: string, published = '2026-03-02') => {
  const r = runEvents(text, published);
  return { ...r, defections: () => r.list('defection') };
};

describe('defections: surrender in other words', () => {
  it('"handed himself over to …": the one who gave up and the group his title names', () => {
    expect(
      run(
        'A Boko Haram commander, Musa Garba, handed himself over to troops in Bama on Monday.',
      ).defections(),
    ).toEqual([['agent:Musa Garba', 'recipient:Boko Haram']]);
    expect(
      run(
        'Police said Ahmed Warsame, a former al-Shabaab fighter, had handed himself over to them in Garissa.',
      ).defections(),
    ).toEqual([['agent:Ahmed Warsame', 'recipient:al-Shabaab']]);
  });

  it('"gave himself up", "gave themselves up", "gave up their weapons"', () => {
    expect(
      run(
        'Salim Barre, an al-Shabaab commander, gave himself up to Somali troops near Baidoa in May.',
      ).defections(),
    ).toEqual([['agent:Salim Barre', 'recipient:al-Shabaab']]);
    expect(
      run('Two Abu Sayyaf gunmen gave themselves up to marines in Patikul on Friday.').defections(),
    ).toEqual([['recipient:Abu Sayyaf']]);
    expect(
      run(
        "Forty fighters of the New People's Army gave up their weapons at a ceremony in Bukidnon on Tuesday.",
      ).defections(),
    ).toEqual([["recipient:New People's Army"]]);
  });

  it('no surrender from handing over things or giving up a plan', () => {
    expect(run('Villagers handed over two rifles to the police in Bama on Monday.').of('defection')).toEqual(
      [],
    );
    expect(run('Boko Haram gave up its plan to attack the town, officials said.').of('defection')).toEqual(
      [],
    );
  });
});

describe('defections: a change of allegiance', () => {
  it('"switched their allegiance to H", "shifted their loyalty to H": the group left by its counted people', () => {
    const a = run('In 2014 dozens of al-Shabaab fighters switched their allegiance to the Islamic State.');
    expect(a.defections()).toEqual([['recipient:al-Shabaab']]);
    expect(a.of('defection')[0].date?.value).toBe('2014');
    expect(
      run(
        'Several commanders of Boko Haram shifted their loyalty to the Islamic State two years later.',
      ).defections(),
    ).toEqual([['recipient:Boko Haram']]);
  });

  it('a named person switching his loyalty from G to H', () => {
    expect(run('Nasir Jalo switched his loyalty from Ansaru to Boko Haram in 2013.').defections()).toEqual([
      ['agent:Nasir Jalo', 'recipient:Ansaru'],
    ]);
    expect(
      run(
        'Court papers say Idris Mahdi changed his allegiance from al-Shabaab to the Islamic State.',
      ).defections(),
    ).toEqual([['agent:Idris Mahdi', 'recipient:al-Shabaab']]);
  });

  it('no defection from a possible switch, nor from a party or a council switching sides', () => {
    expect(
      run('Commanders of Boko Haram may switch their allegiance to the Islamic State, analysts warned.').of(
        'defection',
      ),
    ).toEqual([]);
    expect(
      run('Three members of parliament switched sides to the opposition on Tuesday.').of('defection'),
    ).toEqual([]);
  });
});

describe("defections: a group's people unnamed, the group told before", () => {
  it('"members of the group", "its fighters": the group named last', () => {
    expect(
      run(
        "Al-Shabaab still holds much of the Juba valley. On Sunday three of the group's members laid down their arms before the army near Jilib.",
      ).defections(),
    ).toEqual([['recipient:Al-Shabaab']]);
    expect(
      run(
        "The New People's Army ambushed a patrol in Negros on Monday. Two of its fighters surrendered to soldiers in Kabankalan on Wednesday.",
      ).defections(),
    ).toEqual([["recipient:New People's Army"]]);
  });

  it('"a fighter who handed himself over", "fourteen more members": the group the article names most', () => {
    expect(
      run(
        'Abu Sayyaf has lost most of its bases on Jolo. Abu Sayyaf still kidnaps fishermen, the navy says. Last month a gunman who had handed himself over at a marine camp in Patikul told officers that food was short.',
      ).defections(),
    ).toEqual([['recipient:Abu Sayyaf']]);
    expect(
      run(
        'Al-Shabaab controls the roads around Jilib. The army says al-Shabaab is weaker than a year ago. Eleven more fighters gave themselves up in Gedo in January, a spokesman said.',
      ).defections(),
    ).toEqual([['recipient:Al-Shabaab']]);
  });

  it('"a commander who goes by X surrendered": the name and the group told before', () => {
    expect(
      run(
        'Boko Haram has lost ground around Bama. Last week a commander who goes by Abu Hamza surrendered to troops in Gwoza.',
      ).defections(),
    ).toEqual([['agent:Abu Hamza', 'recipient:Boko Haram']]);
    expect(
      run(
        'Al-Shabaab has been pushed out of Jilib. In May a senior fighter who goes by Yusuf Dheere surrendered to soldiers in Kismayo.',
      ).defections(),
    ).toEqual([['agent:Yusuf Dheere', 'recipient:Al-Shabaab']]);
  });

  it('no defection from an offer to fighters who give up, a call to surrender, or soldiers', () => {
    expect(
      run(
        'Abu Sayyaf still holds parts of Patikul. The governor has offered cash to fighters who surrender.',
      ).of('defection'),
    ).toEqual([]);
    expect(
      run(
        'Boko Haram has lost ground near Bama. The army offered an amnesty to members who hand themselves over.',
      ).of('defection'),
    ).toEqual([]);
    expect(
      run('Al-Shabaab holds the town. The elders urged the fighters to surrender to the army.').of(
        'defection',
      ),
    ).toEqual([]);
    expect(
      run('Al-Shabaab overran the base on Monday. Two soldiers surrendered to the militants.').of(
        'defection',
      ),
    ).toEqual([]);
  });
});
