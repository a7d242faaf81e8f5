import { describe, expect, it } from 'vitest';
import { extract } from './pipeline.js';

// events9: acts that are named but not told as having happened: aims, conditions, negated
// doing verbs and acts counted as none. Sentences of our own, in the style of wire copy.
const run = (text: string, published = '2025-03-14') =>
  extract({ title: null, published, url: null, text }).events.filter(
    (e) => e.type === 'attack' || e.type === 'killing',
  );

describe('events9: an act that is only an aim, a condition or denied is no event', () => {
  it('"a plot by G to bomb", "a bid to kill": the aim of a plan is no attack', () => {
    expect(
      run(
        'Police in Karachi said on Monday they had foiled a plot by the Pakistani Taliban to bomb a market in the city.',
      ),
    ).toEqual([]);
    expect(
      run(
        'Security officials said al-Shabaab had made a bid to kill the governor of Lower Shabelle last month.',
      ),
    ).toEqual([]);
    expect(run('Prosecutors said the Islamic State cell conspired to attack a church in Jakarta.')).toEqual(
      [],
    );
  });

  it('an act inside an "if/unless" clause is a condition, not an incident', () => {
    expect(
      run(
        'Hezbollah will respond if Israel continues its assault on southern Lebanon, a spokesman for the group said.',
      ),
    ).toEqual([]);
    expect(
      run('The Houthis said shipping would be safe unless the United States resumed its strikes on Yemen.'),
    ).toEqual([]);
  });

  it('"unclear if" asks about an act that was: the attack stands', () => {
    const v = run(
      'It was unclear if the attack on the checkpoint in Kidal on Sunday was carried out by JNIM.',
    );
    expect(v.map((e) => e.type)).toContain('attack');
  });

  it('"has not carried out an attack", "no attacks": the doing verb is negated or the act counted as none', () => {
    expect(run('The Islamic State has not carried out a major attack in Europe since 2017.')).toEqual([]);
    expect(run('Boko Haram has never staged an assault on Maiduguri airport, the army said.')).toEqual([]);
    expect(
      run('Officials said no attacks by al-Shabaab were reported in Mogadishu during the election.'),
    ).toEqual([]);
  });

  it('a doing verb that is not negated keeps the act', () => {
    const v = run('The Islamic State carried out an attack on a police station in Raqqa on Tuesday.');
    expect(v.map((e) => e.type)).toContain('attack');
    const w = run('Al-Shabaab launched an assault on an army base near Baidoa on Monday.');
    expect(w.map((e) => e.type)).toContain('attack');
  });
});

describe('events9: a doer given by description before an irregular past', () => {
  const roles = (text: string) => {
    const x = extract({ title: null, published: '2025-03-14', url: null, text });
    const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name ?? null;
    return x.events
      .filter((e) => e.type === 'killing' || e.type === 'attack')
      .map((v) => v.participants.map((p) => `${p.role}:${name(p.entity)}`));
  };

  it('"members of the G shot dead X": "shot" is the verb, G the agent', () => {
    expect(
      roles(
        'Gunmen believed to be members of the Islamic State shot dead three aid workers in Jalalabad on Monday.',
      ),
    ).toContainEqual(['agent:Islamic State']);
    expect(
      roles(
        'Two men thought to be members of the Pakistani Taliban shot and killed a policeman in Bannu on Tuesday.',
      ),
    ).toContainEqual(['agent:Pakistani Taliban']);
  });

  it('"fighters of the G struck a base": an irregular past is a verb, not a noun after "the"', () => {
    expect(roles('Fighters of the Islamic State struck an army base near Palmyra on Sunday.')).toContainEqual(
      ['agent:Islamic State'],
    );
  });
});

describe('events9: habits and trends are no incident', () => {
  it('"routinely beheads", "often ambushed": a habit', () => {
    expect(run('Ansar al-Sunna routinely beheads villagers in Cabo Delgado.')).toEqual([]);
    expect(run('Al-Shabaab fighters often ambushed convoys on the road to Baidoa.')).toEqual([]);
    // the same act told once, on its day, stands
    expect(run('Al-Shabaab fighters ambushed a convoy on the road to Baidoa on Monday.')).toHaveLength(1);
  });

  it('"the group\'s attacks have declined since 2019": uncounted plural acts over a span are a trend', () => {
    expect(run("The Islamic State's attacks have declined sharply since 2019, a U.N. report said.")).toEqual(
      [],
    );
    expect(
      run('Houthi strikes on shipping over the past six months have disrupted trade through the Red Sea.'),
    ).toEqual([]);
    // counted acts over the span are told acts
    expect(
      run('Two attacks by JNIM since Monday have killed 14 soldiers near Djibo.').length,
    ).toBeGreaterThan(0);
  });
});

describe('events9: counted acts are nouns', () => {
  const agents = (text: string) => {
    const x = extract({ title: null, published: '2025-03-14', url: null, text });
    const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name ?? null;
    return x.events
      .filter((e) => e.type === 'attack')
      .flatMap((v) => v.participants.map((p) => `${p.role}:${name(p.entity)}`));
  };

  it('"two attacks by G": G is the agent, not the object of a verb "attacks"', () => {
    expect(agents('Two attacks by JNIM since Monday have killed 14 soldiers near Djibo.')).toEqual([
      'agent:JNIM',
    ]);
    expect(
      agents('Three raids by the Taliban on police posts in Kunduz left nine officers dead on Friday.'),
    ).toEqual(['agent:Taliban']);
  });
});

describe('events9: the toll of an attack beaten back', () => {
  const killings = (text: string) => {
    const x = extract({ title: null, published: '2025-03-14', url: null, text });
    const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name ?? null;
    return x.events
      .filter((e) => e.type === 'killing')
      .map((v) => v.participants.map((p) => `${p.role}:${name(p.entity)}`).sort());
  };

  it('"repelled an attack by G, killing N": the attackers died, the repeller killed', () => {
    expect(
      killings(
        'The army said it had repelled an attack by Boko Haram on Monguno on Sunday, killing 20 militants.',
      ),
    ).toEqual([['patient:Boko Haram']]);
    expect(
      killings(
        'The Malian army repulsed an assault by JNIM on its base in Boulkessi on Friday, killing 15 fighters, the army said.',
      ),
    ).toEqual([['agent:Malian army', 'patient:JNIM']]);
  });

  it('an attack not beaten back keeps its toll for its doers', () => {
    expect(
      killings('Al-Shabaab fighters stormed an army base near Baidoa on Monday, killing 12 soldiers.'),
    ).toEqual([['agent:Al-Shabaab']]);
  });
});
