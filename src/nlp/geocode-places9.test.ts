import { describe, expect, it } from 'vitest';
import { find, near, place, run } from '../../test/geocode-helpers.js';

describe('a name set at a bearing from, or on the outskirts of, is a place', () => {
  it('is a place even when the text names it once, after "south of" or "north-east of"', () => {
    const a = place(
      'ADEN (AFP) - Rebel gunners hit army trenches south of Hodeida overnight, wounding five men, an officer said.',
      'Hodeida',
    );
    expect(a?.geo?.country).toBe('YE');
    const b = place(
      'Soldiers set up roadblocks north-east of Maiduguri after the raid, a Nigerian officer said.',
      'Maiduguri',
    );
    expect(near(b?.geo, 11.85, 13.16)).toBe(true);
  });

  it('is a place after "the outskirts of", and a given name there stays out of it', () => {
    const a = place(
      'Police in Pakistan found the car on the outskirts of Mardan late on Friday, officials said.',
      'Mardan',
    );
    expect(near(a?.geo, 34.2, 72.05)).toBe(true);
    const ents = run('The team drove south of Jamal, the village elder, to the river.').entities;
    expect(ents.some((e) => e.name === 'Jamal' && e.type === 'place')).toBe(false);
  });
});

describe('a plural division noun after a list of names', () => {
  it('is part of no name: the last name is one place with its other mentions', () => {
    const text =
      'Bandits raided farms across Zamfara and Sokoto states this year. The governor of Sokoto said troops were on the way.';
    const sokoto = find(text, 'Sokoto');
    expect(sokoto.length).toBe(1);
    expect(sokoto[0].type).toBe('place');
    expect(find(text, 'Sokoto states').length).toBe(0);
  });

  it('works for provinces and divisions too', () => {
    const a = run('Gunmen have hidden in the Diyala and Kirkuk provinces of Iraq since 2017.').entities;
    expect(a.some((e) => e.name === 'Kirkuk provinces')).toBe(false);
    expect(a.some((e) => e.type === 'place' && e.name === 'Kirkuk')).toBe(true);
    const b = run(
      'Separatists in Cameroon have blocked the roads of the Bui and Manyu divisions for weeks.',
    ).entities;
    expect(b.some((e) => e.name === 'Manyu divisions')).toBe(false);
    expect(b.some((e) => e.type === 'place' && e.name === 'Manyu')).toBe(true);
  });
});

describe('a town joined to a known town before ", who"', () => {
  it('stays a place (the relative clause is about the people before)', () => {
    const a = place(
      'Teachers went on strike in Bamenda and Buea, who say they are paid late, a union in Cameroon said.',
      'Buea',
    );
    expect(near(a?.geo, 4.15, 9.24)).toBe(true);
    const b = place(
      'The convoy carried traders from Gao and Timbuktu, who had waited a week for an escort in Mali.',
      'Gao',
    );
    expect(b?.geo?.country).toBe('ML');
  });
});

describe('a place no table has, listed with a town the tables know', () => {
  it("takes that town's point, marked near it", () => {
    const text =
      'Nigerian jets struck militant camps around Kwargaba and Silame in Sokoto state on Tuesday, the air force said.';
    const g = place(text, 'Kwargaba')?.geo;
    expect(g?.near).toBe('Silame');
    expect(g?.country).toBe('NG');
    const h = place(
      'Fighting closed the road from Bamenda to Mbengwikom, a trader in Cameroon said on Friday.',
      'Mbengwikom',
    )?.geo;
    expect(h?.near).toBe('Bamenda');
  });

  it('takes no point from a country or a region it is listed with', () => {
    const g = place(
      'Herders fled Kwargaba and Niger after the raid, villagers in Nigeria said.',
      'Kwargaba',
    )?.geo;
    expect(g?.near).not.toBe('Niger');
  });
});

describe('curated places of the conflicts that the tables lack or spell otherwise', () => {
  it("reads Bali as Indonesia's island in a story about Indonesia, and as the town near Bamenda in one about Cameroon", () => {
    const id = place(
      'JAKARTA (Reuters) - Indonesian police said a cell planned to bomb hotels in Bali in December.',
      'Bali',
    );
    expect(id?.geo?.country).toBe('ID');
    expect(near(id?.geo, -8.4, 115.2, 80)).toBe(true);
    const cm = place(
      'BAMENDA, Cameroon (AP) - Separatist fighters burned a school in Bali, west of Bamenda, on Sunday.',
      'Bali',
    );
    expect(cm?.geo?.country).toBe('CM');
  });

  it('reads Balad as the Somali town in a Somali story and the Iraqi town in an Iraqi one', () => {
    const so = place(
      'MOGADISHU, Somalia (AP) - Soldiers retook a bridge at Balad on the Shabelle river on Monday.',
      'Balad',
    );
    expect(near(so?.geo, 2.36, 45.39)).toBe(true);
    const iq = place(
      'Iraqi troops searched orchards near Balad, north of Baghdad, after a bombing in Samarra.',
      'Balad',
    );
    expect(iq?.geo?.country).toBe('IQ');
  });

  it('places the port of Mokha on the Yemeni coast, under its other spellings too', () => {
    expect(
      near(
        place('A drone hit a ship off Mokha on the Red Sea coast of Yemen on Sunday.', 'Mokha')?.geo,
        13.32,
        43.25,
      ),
    ).toBe(true);
    expect(
      near(
        place('Coast guards in Yemen said the boat left al-Mukha before dawn with 40 migrants.', 'al-Mukha')
          ?.geo,
        13.32,
        43.25,
      ),
    ).toBe(true);
  });

  it("places Cameroon's Littoral region, named with its noun", () => {
    expect(
      near(
        place(
          'Gunmen have crossed into the Littoral region of Cameroon near Nkongsamba, police said.',
          'Littoral',
        )?.geo,
        4.2,
        9.9,
        150,
      ),
    ).toBe(true);
    expect(
      near(
        place(
          'Farmers fleeing the fighting in Cameroon have settled in the Littoral Region since 2019.',
          'Littoral Region',
        )?.geo,
        4.2,
        9.9,
        150,
      ) ||
        near(
          place(
            'Farmers fleeing the fighting in Cameroon have settled in the Littoral Region since 2019.',
            'Littoral',
          )?.geo,
          4.2,
          9.9,
          150,
        ),
    ).toBe(true);
  });
});

describe('a name after a place preposition that owns the noun after it', () => {
  it('is no place ("resulted in Kaleem\'s death", "in Farouk\'s car")', () => {
    const a = run("The strike on the compound resulted in Kaleem's death, officials in Kabul said.").entities;
    expect(a.some((e) => e.type === 'place' && e.name === 'Kaleem')).toBe(false);
    const b = run("Police found the rifles in Farouk's car near the border with Afghanistan.").entities;
    expect(b.some((e) => e.type === 'place' && e.name === 'Farouk')).toBe(false);
  });
});

describe('a division named bare as well as with its noun', () => {
  it('is placed at the large city of its name when a bare mention names it', () => {
    const text =
      'Kurdish officials told reporters in Hasakah on Monday that two guards were hurt at a prison in Hasakah province in Syria.';
    expect(near(place(text, 'Hasakah')?.geo, 36.5, 40.75, 20)).toBe(true);
    const raqqa = place(
      'Commanders in Raqqa said on Sunday that patrols in Raqqa province of Syria had found two arms caches.',
      'Raqqa',
    );
    expect(near(raqqa?.geo, 35.95, 39.01, 30)).toBe(true);
  });
});

describe('a compass part of a place the tables know only whole', () => {
  it('is placed at that place, marked near it', () => {
    const a = place(
      'A court in East Jakarta sentenced two Indonesian men on Monday for a plot.',
      'East Jakarta',
    );
    expect(a?.geo?.near).toBe('Jakarta');
    expect(a?.geo?.country).toBe('ID');
    const b = place(
      'Police in Nigeria said gunmen burned homes across South Kaduna on Saturday night.',
      'South Kaduna',
    );
    expect(b?.geo?.country).toBe('NG');
    expect(near(b?.geo, 10.52, 7.44, 150)).toBe(true);
  });

  it('leaves a compass name that is a country its own (Western Sahara)', () => {
    expect(
      place('Moroccan troops patrolled Western Sahara near the wall.', 'Western Sahara')?.geo?.country,
    ).toBe('EH');
  });
});

describe('a state written as the news agencies abbreviate it, after a town', () => {
  it('is placed at the state', () => {
    expect(
      near(
        place('The man was arrested in Concord, Mass., on Monday, the FBI said.', 'Mass.')?.geo,
        42.3,
        -71.8,
        150,
      ),
    ).toBe(true);
    expect(
      near(
        place('He will appear before a judge in Rockville, Md., next week.', 'Md.')?.geo,
        39.0,
        -76.8,
        150,
      ),
    ).toBe(true);
  });
});

describe('a town the tables have in several places, which the text puts in a state or a country', () => {
  it('is the reading in that state ("Concord, Mass." is not Concord, California)', () => {
    expect(
      near(
        place('The man was arrested in Concord, Mass., on Monday, the FBI said.', 'Concord')?.geo,
        42.46,
        -71.35,
      ),
    ).toBe(true);
    expect(
      near(
        place('Agents searched a flat in Portland, Maine, and a car in Boston on Tuesday.', 'Portland')?.geo,
        43.66,
        -70.26,
      ),
    ).toBe(true);
  });

  it("is the reading in that country, even against the story's own country", () => {
    const g = place(
      'ISLAMABAD (Reuters) - Pakistani police in Karachi and Lahore said the suspect had studied in Hyderabad, India, before he returned to Pakistan.',
      'Hyderabad',
    )?.geo;
    expect(g?.country).toBe('IN');
    const h = place(
      'ABUJA (AP) - Nigerian police in Kano said the suspect was born in Bali, in Cameroon, and crossed into Nigeria in 2019.',
      'Bali',
    )?.geo;
    expect(h?.country).toBe('CM');
  });
});

describe("a town's name that opens a person's name", () => {
  it('is a given name before a surname set apart by commas with a speech verb or an age', () => {
    const a = run('His lawyer, Bala Dakum, said the verdict in Kaduna would be appealed.').entities;
    expect(a.some((e) => e.type === 'place' && e.name === 'Bala')).toBe(false);
    expect(a.some((e) => e.type === 'person' && e.name === 'Bala Dakum')).toBe(true);
    const b = run('A court in Manila found Rizal Bautista, 42, guilty of financing the cell.').entities;
    expect(b.some((e) => e.type === 'place' && e.name === 'Rizal')).toBe(false);
  });

  it('is that person when the text later writes the first name alone', () => {
    const a = run(
      "JAKARTA (AFP) - Judges found Rizal Pratama, 29, guilty of making bombs. Rizal's lawyer said his client would appeal.",
    ).entities;
    expect(a.some((e) => e.type === 'place' && e.name === 'Rizal')).toBe(false);
    expect(a.find((e) => e.name === 'Rizal Pratama')?.aliases).toContain('Rizal');
    const b = run(
      'KUALA LUMPUR (Reuters) - Police charged Jasin Omar, 35, with funding the group. Jasin told reporters he was innocent.',
    ).entities;
    expect(b.some((e) => e.type === 'place' && e.name === 'Jasin')).toBe(false);
  });
});

describe('a place set before a division the text names (", Y state", ", Y")', () => {
  it("is a place even when no table has it, at the division's point", () => {
    const a = place('Gunmen struck Kwargaba, Zamfara state, on Monday, police in Nigeria said.', 'Kwargaba');
    expect(a?.geo?.near).toBe('Zamfara');
    const b = place(
      'Soldiers were ambushed near Mbiyeh, Bui division, on Sunday, the army in Cameroon said.',
      'Mbiyeh',
    );
    expect(b?.geo?.country).toBe('CM');
    // a given name before a post ("Borno state governor") stays out
    const c = run('Soldiers escorted Ahmed, Borno state governor Zulum said in Nigeria.').entities;
    expect(c.some((e) => e.type === 'place' && e.name === 'Ahmed')).toBe(false);
  });

  it("takes the division's point over a namesake in another country", () => {
    const g = place('The senator was born in Westmoreland County, Va., in 1758.', 'Westmoreland County')?.geo;
    expect(g?.country).toBe('US');
    const h = place('The outlaw was born near Kearney in Clay County, Mo., in 1847.', 'Clay County')?.geo;
    expect(near(h, 38.4, -92.5, 300)).toBe(true);
  });
});

describe('a list of divisions or towns is no town and its division', () => {
  it('leaves each division of "A, B and C" at its own point', () => {
    const g = place('He was raised in Oklahoma, Arizona and Texas as a child.', 'Oklahoma')?.geo;
    expect(g?.near).toBeUndefined();
    expect(near(g, 35.6, -97.5, 100)).toBe(true);
    const h = place('Storms hit Tucson, Phoenix and Dallas on Sunday.', 'Tucson')?.geo;
    expect(near(h, 32.22, -110.93)).toBe(true);
  });

  it('reads "Wash." after a town as the state, not the capital', () => {
    expect(near(place('The orchards of Yakima, Wash., froze in March.', 'Yakima')?.geo, 46.6, -120.5)).toBe(
      true,
    );
    expect(near(place('Police in Spokane, Wash., arrested two men.', 'Wash.')?.geo, 47.4, -120.5, 150)).toBe(
      true,
    );
  });
});

describe('a village nothing placed, in a report about one town', () => {
  it('takes the point of the town the report names most, marked near it', () => {
    const text =
      'Gunmen killed four farmers in Dutsin-Ma on Monday. Police in Dutsin-Ma said the attackers fled to the village of Kwarkwada. Residents of Dutsin-Ma buried the dead in Nigeria.';
    const g = place(text, 'Kwarkwada')?.geo;
    expect(g?.near).toBe('Dutsin-Ma');
    const text2 =
      'Soldiers in Cameroon searched Ndop on Friday after an ambush. Elders in Ndop said two men were taken from Mbenkwaro village. Shops in Ndop stayed shut.';
    expect(place(text2, 'Mbenkwaro')?.geo?.near).toBe('Ndop');
  });

  it('takes no point when two places share the most mentions', () => {
    const text =
      'Troops in Gao and Mopti were put on alert. Officials in Gao and Mopti said the village of Tinkarabe was empty in Mali.';
    expect(place(text, 'Tinkarabe')?.geo?.near).toBeUndefined();
  });
});
