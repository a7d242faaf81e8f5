import { describe, expect, it } from 'vitest';
import { near, place, run } from '../../test/geocode-helpers.js';
import { geocode, lookupPlace } from '../knowledge/places.js';

describe('a transliterated town written without its final h', () => {
  it('answers to the name news writes ("Baquba", "Falluja")', () => {
    expect(lookupPlace('Baquba').some((c) => c.country === 'IQ')).toBe(true);
    expect(lookupPlace('Falluja').some((c) => c.country === 'IQ')).toBe(true);
  });

  it('is a place, in a dateline or after "of"', () => {
    const a = place('BAQUBA, Iraq (AFP) - Police detained three men at a checkpoint on Friday.', 'Baquba');
    expect(near(a?.geo, 33.75, 44.61)).toBe(true);
    const b = place(
      'Iraqi troops searched farms on the outskirts of Falluja and Ramadi after the bombing.',
      'Falluja',
    );
    expect(near(b?.geo, 33.35, 43.78)).toBe(true);
  });
});

describe('an Arab town written without its article', () => {
  it('is the town the tables list with "al-" in the article\'s country', () => {
    const baaj = place(
      'Iraqi aircraft struck hideouts west of Mosul, near the town of Baaj, the army in Baghdad said.',
      'Baaj',
    );
    expect(near(baaj?.geo, 36.04, 41.72)).toBe(true);
  });

  it('comes before a namesake in a neighbouring country the article also names', () => {
    const text =
      'Kurdish-led forces raided homes in Busayrah, in eastern Syria, on Tuesday, days after a convoy from the Iraqi side of the border was ambushed near Raqqa and Hasakah.';
    const g = place(text, 'Busayrah')?.geo;
    expect(g?.country).toBe('SY');
    expect(near(g, 35.16, 40.43)).toBe(true);
  });
});

describe('a division written with "state"', () => {
  it('is the division, not the country it is named after', () => {
    const niger = place('Bandits abducted 40 villagers in Niger state, police in Minna said.', 'Niger state');
    expect(niger?.geo?.country).toBe('NG');
    expect(near(niger?.geo, 9.9, 5.6, 150)).toBe(true);
  });

  it('is a Mexican state the division table lacks', () => {
    const g = place(
      'Nine bodies were found on a road in Guerrero state, prosecutors in Acapulco said.',
      'Guerrero state',
    );
    expect(near(g?.geo, 17.6, -99.9, 100)).toBe(true);
    const edomex = place(
      'Gunmen killed four police officers in Mexico state on Sunday, officials said.',
      'Mexico state',
    );
    expect(near(edomex?.geo, 19.35, -99.6)).toBe(true);
    expect(geocode('State of Mexico', ['MX'])?.country).toBe('MX');
    expect(near(geocode('Zacatecas state', ['MX']), 23.3, -102.7)).toBe(true);
  });
});

describe('a group named by a place and a lower-case noun', () => {
  it('is the group, not the place', () => {
    for (const [text, name] of [
      [
        'Soldiers clashed with gunmen of the Jalisco cartel near the port of Manzanillo on Sunday.',
        'Jalisco',
      ],
      ['The Gulf cartel has lost ground in Tamaulipas to its former enforcers, analysts say.', 'Gulf'],
    ]) {
      const ents = run(text).entities;
      expect(ents.some((e) => e.type === 'place' && e.name === name)).toBe(false);
      expect(ents.some((e) => e.type === 'organization' && e.name.startsWith(name))).toBe(true);
    }
  });
});

describe('mountains and rivers of the conflicts', () => {
  it('have a point', () => {
    expect(
      near(
        place(
          'Militants hid in the Hamrin mountains for months, officers in Kirkuk said.',
          'Hamrin mountains',
        )?.geo,
        34.4,
        44.4,
      ),
    ).toBe(true);
    expect(
      near(
        place(
          'Fighters crossed the Mandara mountains from Nigeria into Cameroon overnight.',
          'Mandara mountains',
        )?.geo,
        10.8,
        13.8,
      ),
    ).toBe(true);
    expect(near(geocode('Lurio River', ['MZ']), -13.8, 38.5)).toBe(true);
    expect(near(geocode('Messalo river', ['MZ']), -11.8, 39.4)).toBe(true);
  });
});

describe('a lone name no stage typed, where places stand', () => {
  it("is a place when it is a town of the article's country", () => {
    const torodi = place(
      'Gunmen attacked a market near Niamey, in Niger, on Monday and residents fled to Torodi overnight, a Nigerien official said.',
      'Torodi',
    );
    expect(near(torodi?.geo, 13.12, 1.8)).toBe(true);
    const chiure = place(
      'Hundreds of families in Mozambique walked from Ancuabe to Chiure after the insurgents burned their homes in Cabo Delgado.',
      'Chiure',
    );
    expect(chiure?.geo?.country).toBe('MZ');
  });

  it('is not a place after "according to"', () => {
    const ents = run(
      'Gunmen attacked a market near Niamey, in Niger, on Monday, according to Torodi, a farmer who saw it.',
    ).entities;
    expect(ents.some((e) => e.type === 'place' && e.name === 'Torodi')).toBe(false);
  });
});

describe('an abbreviation in capitals that spells a town', () => {
  it('is no town', () => {
    for (const [text, abbr] of [
      [
        'Under the Immigration and Nationality Act ("INA"), the order stands until the INA is amended.',
        'INA',
      ],
      ['The Americans with Disabilities Act ("ADA") applies, and the ADA sets no deadline here.', 'ADA'],
    ])
      expect(run(text).entities.some((e) => e.type === 'place' && e.name === abbr)).toBe(false);
  });
});

describe('a known place and a lower-case noun that the tables name together', () => {
  it('is that other place', () => {
    const plains = place(
      'Christian families returned to the Nineveh plains after the war, a priest in Erbil said.',
      'Nineveh plains',
    );
    expect(near(plains?.geo, 36.4, 43.4)).toBe(true);
    const niger = place('Gunmen kidnapped pupils in Niger state and in Kaduna on Friday.', 'Niger state');
    expect(niger?.geo?.country).toBe('NG');
  });
});

describe('an Indonesian province in English order', () => {
  it('is the province the table lists island first', () => {
    const a = place(
      'Police in Central Sulawesi shot dead two militants near Poso on Sunday.',
      'Central Sulawesi',
    );
    expect(near(a?.geo, -1.4, 121.58)).toBe(true);
    const b = place(
      'Detectives arrested a cell in West Java that planned to bomb a church in Bandung.',
      'West Java',
    );
    expect(b?.geo?.country).toBe('ID');
  });
});

describe("a town of the article's country spelled another way, where places stand", () => {
  it('is placed by its consonants', () => {
    for (const text of [
      'TRIPOLI, Libya (Reuters) - Clashes between rival militias hit Sabha and Derna on Friday, the health ministry said.',
      'Libyan forces moved from Benghazi to Derna after the floods, a spokesman for the army in Libya said.',
    ])
      expect(near(place(text, 'Derna')?.geo, 32.77, 22.64)).toBe(true);
  });
});

describe('a compass division named without its noun', () => {
  it("is the article's country's, of the divisions the nouns name", () => {
    const sw = place(
      'BAMENDA, Cameroon (Reuters) - Gunmen killed two gendarmes in Mamfe and Kumba, in the South-West region, on Sunday.',
      'South-West',
    );
    expect(sw?.geo?.country).toBe('CM');
    const nw = place(
      'Separatists in Cameroon burned a school in Kumbo, in the North-West region, and fled toward Nigeria.',
      'North-West',
    );
    expect(nw?.geo?.country).toBe('CM');
  });
});

describe('a K written for a Q', () => {
  it("is the town of the article's country, not a namesake across the border", () => {
    for (const text of [
      'KABUL (AP) - Taliban fighters captured Kalat, the capital of Zabul province in Afghanistan, officials said.',
      'A bomb exploded at a bazaar in Kalat in southern Afghanistan, and another hit Kandahar, Afghan officials said.',
    ])
      expect(near(place(text, 'Kalat')?.geo, 32.11, 66.91)).toBe(true);
  });

  it('leaves the town of the first country as it is', () => {
    const g = place(
      'QUETTA, Pakistan (Reuters) - Gunmen shot dead four men near Kalat in Balochistan.',
      'Kalat',
    )?.geo;
    expect(near(g, 29.03, 66.59)).toBe(true);
  });
});
