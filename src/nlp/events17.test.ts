import { describe, expect, it } from 'vitest';
import { tiedQualifier } from './event-modality.js';
import { extract } from './pipeline.js';

// events17: acts a report does not tell as done, and acts read twice. Sentences of our own,
// in the style of wire copy.
const run = (text: string, published = '2026-03-10') => {
  const x = extract({ title: null, published, url: null, text });
  const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name ?? null;
  return x.events.map((v) => ({
    type: v.type,
    place: name(v.place),
    parts: v.participants.map((p) => `${p.role}:${name(p.entity)}`),
  }));
};
const acts = (text: string) => run(text).filter((v) => v.type === 'attack' || v.type === 'killing');

describe('events17: "any" picks out no act that was done', () => {
  it('"had not ordered any attacks", "denied carrying out any bombings"', () => {
    expect(
      acts(
        'A rebel delegate said in Kuala Lumpur last month that the movement had not ordered any attacks on civilians.',
      ),
    ).toEqual([]);
    expect(acts('The Baloch Liberation Front denied carrying out any bombings in Quetta this year.')).toEqual(
      [],
    );
  });
  it('an act told with its article stands', () => {
    expect(
      acts('Rebels of the Baloch Liberation Front attacked an army post near Turbat on Monday.'),
    ).toHaveLength(1);
  });
});

describe('events17: uncounted plural acts in the present or present perfect are a trend', () => {
  it('"weakened by army raids", "have carried out strikes on"', () => {
    expect(
      acts('The Allied Democratic Forces have been weakened by army raids in the forests of Ituri.'),
    ).toEqual([]);
    expect(
      acts('The Kenyan air force has carried out strikes on al Shabaab camps in the Boni forest.'),
    ).toEqual([]);
  });
  it('a day told, or the plural acts as subject, keep the incident', () => {
    expect(
      acts('The Kenyan air force has carried out strikes on al Shabaab camps in the Boni forest on Sunday.')
        .length,
    ).toBeGreaterThan(0);
    expect(acts('Army raids killed four al Shabaab fighters near Lamu.').length).toBeGreaterThan(0);
  });
});

describe('events17: a remnant or splinter of G is not G', () => {
  it('tiedQualifier reads "a remnant of the", "a splinter of", "an offshoot of"', () => {
    const t1 = 'Guerrillas from a remnant of the Shining Path ambushed a patrol.';
    const t2 = 'Fighters of a splinter of Boko Haram raided the village.';
    const t3 = 'Fighters of Boko Haram raided the village.';
    expect(tiedQualifier(t1, t1.indexOf('Shining'), t1.indexOf(' ambushed'))).toBe(true);
    expect(tiedQualifier(t2, t2.indexOf('Boko'), t2.indexOf(' raided'))).toBe(true);
    expect(tiedQualifier(t3, t3.indexOf('Boko'), t3.indexOf(' raided'))).toBe(false);
  });
  it('the group blamed after the act is its doer ("The army blamed G.")', () => {
    const v = acts(
      'Gunmen from an offshoot of the Revolutionary Armed Forces of Colombia ambushed a police convoy near Tumaco on Saturday, killing four officers.\n\nThe army blamed the National Liberation Army.',
    );
    expect(v.length).toBeGreaterThan(0);
    expect(v.every((e) => !e.parts.includes('agent:Revolutionary Armed Forces of Colombia'))).toBe(true);
    expect(v.some((e) => e.parts.includes('agent:National Liberation Army'))).toBe(true);
  });
});

describe('events17: a place is where an act happened, never its patient', () => {
  it('"attacked Mandera", "raided Gwoza"', () => {
    for (const text of [
      'Al Shabaab fighters attacked Mandera on Sunday, a police officer said.',
      'Boko Haram fighters raided Gwoza on Friday, residents said.',
    ]) {
      const v = acts(text);
      expect(v.length).toBeGreaterThan(0);
      expect(v.every((e) => e.parts.every((p) => !/^patient:(?:Mandera|Gwoza)$/.test(p)))).toBe(true);
    }
  });
});

describe('events17: a nameless act on the day of a named one of its type is that act told again', () => {
  it('"The patrol was attacked near X" after "G ambushed a patrol on Sunday"', () => {
    const one = acts(
      'Fighters of the National Liberation Army ambushed an army patrol in Arauca on Sunday, the army said.\n\nThe patrol was attacked near the Venezuelan border as it returned to its base, the statement said.',
    ).filter((v) => v.type === 'attack');
    expect(one).toHaveLength(1);
    const two = acts(
      'Boko Haram fighters attacked a military base in Borno on Friday, the army said.\n\nThe base was attacked from three sides, a soldier said.',
    ).filter((v) => v.type === 'attack');
    expect(two).toHaveLength(1);
  });
});

describe('events17: "a splinter of H", "an offshoot of H" describe a group, they tell no defection', () => {
  const defections = (text: string) => run(text).filter((v) => v.type === 'defection');
  it('an apposition or a predicate noun is no act', () => {
    expect(
      defections(
        'Jamaat-ul-Ahrar, a splinter of Tehrik-e-Taliban Pakistan that later rejoined it, claimed the bombing.',
      ),
    ).toEqual([]);
    expect(
      defections('Analysts in Lahore see Lashkar-e-Jhangvi as an offshoot of Sipah-e-Sahaba Pakistan.'),
    ).toEqual([]);
  });
  it('"G split from H in 2014" is a defection', () => {
    expect(
      defections('Jamaat-ul-Ahrar split from Tehrik-e-Taliban Pakistan in 2014, its spokesman said.').length,
    ).toBeGreaterThan(0);
  });
});

describe('events17: a participle before its noun is no designation', () => {
  const designations = (text: string) => run(text).filter((v) => v.type === 'designation');
  it('"the number of designated organisations", "a list of proscribed groups"', () => {
    expect(
      designations(
        'With the new listings, the number of designated terrorist organisations on the register rises to 80.',
      ),
    ).toEqual([]);
    expect(
      designations('The Home Office list of proscribed groups now runs to more than 80 organisations.'),
    ).toEqual([]);
  });
  it('a designation told with its verb stands', () => {
    expect(
      designations(
        'The State Department designated the Baloch Liberation Army a terrorist organisation on Tuesday.',
      ).length,
    ).toBeGreaterThan(0);
  });
});

describe('events17: the people of a group counted after the act make the group its patient', () => {
  it('"killed six fighters of G", "arrested three members of G"', () => {
    const k = run(
      'Soldiers killed six fighters of the Allied Democratic Forces in a raid near Beni on Monday.',
    ).find((v) => v.type === 'killing');
    expect(k?.parts).toContain('patient:Allied Democratic Forces');
    const a = run('Police arrested three members of the Baloch Liberation Army in Turbat on Friday.').find(
      (v) => v.type === 'arrest',
    );
    expect(a?.parts).toContain('patient:Baloch Liberation Army');
  });
});

describe('events17: a killing "in an attack" has the doers the claim gives the attack', () => {
  it('"Gunmen killed N in an attack … G claimed the attack"', () => {
    for (const [text, group] of [
      [
        'Gunmen killed nine soldiers in an attack on an army base near Menaka on Sunday, officials said.\n\nIslamic State Sahel Province claimed the attack on Monday.',
        'Islamic State Sahel Province',
      ],
      [
        'Militants killed four police officers in an ambush near Lamu on Friday, police said.\n\nAl Shabaab claimed the ambush in a statement.',
        'Al Shabaab',
      ],
    ]) {
      const k = run(text).filter((v) => v.type === 'killing');
      expect(k.length).toBeGreaterThan(0);
      expect(k.every((v) => v.parts.some((p) => p.toLowerCase() === `agent:${group.toLowerCase()}`))).toBe(
        true,
      );
    }
  });
});

describe('events17: an act inside what is denied is not told as done', () => {
  it('"denied that officers had shot dead", "denied killing", "rejected claims that … had killed"', () => {
    for (const text of [
      'Police denied that officers had shot dead two protesters in Garissa.',
      'The army denied killing the two herders near Gao last week.',
      'The group rejected claims that its fighters had killed civilians in the raid.',
    ])
      expect(acts(text)).toEqual([]);
  });
  it('an act told by another speaker, or whose doer alone is denied, stands', () => {
    expect(
      acts('Police said officers had shot dead two gunmen in Garissa on Monday.').length,
    ).toBeGreaterThan(0);
    expect(
      acts('Hezbollah denied any role in the bombing that killed four soldiers in Tyre on Monday.').length,
    ).toBeGreaterThan(0);
  });
});

describe('events17: a verb joined to a denial by "and" is told as done', () => {
  it('"denied the charges and was arrested", "rejected the offer and attacked"', () => {
    expect(
      run('Ahmed Noor denied the charges and was arrested by police in Garissa on Monday.').filter(
        (v) => v.type === 'arrest',
      ).length,
    ).toBeGreaterThan(0);
    expect(
      acts('The Baloch Liberation Front rejected the offer and attacked an army post near Turbat on Friday.')
        .length,
    ).toBeGreaterThan(0);
  });
});
