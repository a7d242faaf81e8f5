import { describe, expect, it } from 'vitest';
import { entitiesOf, find, typeOf } from '../../test/entities-helpers.js';
import { extract } from './pipeline.js';
import { segment } from './segment.js';

// Names and places on articles nobody has seen (places21). Every sentence and every name of a
// group, person or village here is written for the test.

describe('a hyphenated group name followed by a country is one organisation', () => {
  it.each([
    [
      'The bombing was claimed by Tanzeem-ul-Furqan Bangladesh, a little-known outfit.',
      'Tanzeem-ul-Furqan Bangladesh',
    ],
    [
      'Police blamed Jamaat-ul-Mahdi Afghanistan (JMA) for the rocket fire on Friday.',
      'Jamaat-ul-Mahdi Afghanistan',
    ],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
    // the country does not become a place of its own, nor an alias of the group
    expect(entitiesOf(text).some((e) => e.type === 'place')).toBe(false);
  });

  it('keeps a known group and a country joined by "and" apart', () => {
    const es = entitiesOf('Lashkar-e-Taiba and Pakistan denied any part in the raid.');
    expect(es.find((e) => e.names.includes('Pakistan'))?.type).toBe('place');
  });
});

describe("a people's army and military are one force", () => {
  it.each([
    [
      'The Israeli army said it had shot two gunmen. The Israeli military later said a soldier was hurt.',
      'Israeli',
    ],
    [
      'The Nigerian military said troops repelled the raid. A day later the Nigerian army named the dead.',
      'Nigerian',
    ],
  ])('%s', (text, people) => {
    const forces = entitiesOf(text).filter((e) => e.names.some((n) => n.startsWith(`${people} `)));
    expect(forces).toHaveLength(1);
    expect(forces[0].names).toEqual(expect.arrayContaining([`${people} army`, `${people} military`]));
  });

  it('keeps the navy apart from the army', () => {
    const es = entitiesOf('The Kenyan army shelled the coast. The Kenyan navy said a boat was hit.');
    expect(es.filter((e) => e.names.some((n) => n.startsWith('Kenyan '))).length).toBe(2);
  });
});

describe('a word wink cuts at a letter beyond Latin-1 stays one word', () => {
  it('keeps Turkish and transliterated names whole', () => {
    const seg = segment('Her lawyer, Sevim Aydın, met Ömer Çağlayan in Şırnak.');
    const words: string[] = [];
    for (let t = 0; t < seg.tokens.length; t++)
      words.push(seg.text.slice(seg.tokens.start[t], seg.tokens.end[t]));
    expect(words).toEqual(expect.arrayContaining(['Aydın', 'Çağlayan', 'Şırnak']));
  });

  it.each([
    ['Her lawyer, Selin Yıldız, asked the court to close the hearing.', 'Selin Yıldız'],
    ['The prosecutor, Kemal Doğru, said the men had trained in the hills.', 'Kemal Doğru'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('person');
  });
});

describe("a town's name with a capitalised division noun is the division", () => {
  it.each([
    ['Gunmen killed five farmers in Katsina State on Sunday, police said.', 'Katsina State'],
    ['Troops were sent to Baidoa District after the attack, the ministry said.', 'Baidoa District'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });

  it('stays a place before ", the group …" and apart from the town', () => {
    const text =
      'From bases near Zaria in Kaduna State, the group hires out gunmen to other gangs. Police raided a house in Kaduna city.';
    expect(typeOf(text, 'Kaduna State')).toBe('place');
    expect(typeOf(text, 'Kaduna')).toBe('place');
    expect(find(text, 'Kaduna')?.names).not.toContain('Kaduna State');
  });
});

describe('a camp named by the people it holds is a place', () => {
  it.each([
    ['Soldiers raided the Tel Ruhma refugee camp near Tulkarm before dawn.', 'Tel Ruhma'],
    ['Aid workers reached the Umm Sayala displacement camp outside El Fasher on Friday.', 'Umm Sayala'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });
});

describe('a capitalised feature noun after a place names the feature', () => {
  it.each([
    ['The tanker was heading for the Suez Canal when it was struck.', 'Suez Canal'],
    ['The convoy was ambushed in the Lowari Pass on Tuesday.', 'Lowari Pass'],
    ['Militants retreated into the Tora Bora Mountains after the raid.', 'Tora Bora Mountains'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });
});

describe("a group's one-word name before a unit noun names the unit", () => {
  it.each([
    ["Gunmen of the movement's Fateh Squad planted the bomb, a police officer said.", 'Fateh Squad'],
    ['The Hamas Battalion in the camp said two of its men died.', 'Hamas Battalion'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });
});

describe('words that name no one and no place', () => {
  it.each([
    ['Preachers visited the mosque on Fridays to recruit young men.', 'Fridays'],
    ['Markets in the town close on Sundays, residents said.', 'Sundays'],
    ['Separatists in the region want an independent French-speaking state.', 'French-speaking state'],
    ['Gunmen attacked a Muslim-majority district in the east last week.', 'Muslim-majority'],
  ])('%s', (text, name) => {
    expect(find(text, name)).toBeUndefined();
  });
});

describe('a resident (native) of a place, who …', () => {
  it.each([
    [
      '"Nobody farms now," said Bukar Zanna, a resident of Kirawa Gana, who spoke by telephone.',
      'Kirawa Gana',
    ],
    ['Amina Yusuf, a native of Dorvalik, who fled last year, described the raid.', 'Dorvalik'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });
});

describe("a unit after a backer's or trainer's compound", () => {
  it.each([
    ['Troops of the U.S.-trained Haramcad brigade guarded the airport.', 'Haramcad'],
    ['Commandos of the Iran-armed Fatimah brigade crossed the river.', 'Fatimah'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });
});

describe("a group called after its leader's name keeps its noun", () => {
  it.each([
    [
      'The alliance was formed by the Hafiz Zarin Wazir group and two smaller factions.',
      'Hafiz Zarin Wazir group',
    ],
    ['Fighters loyal to the Mullah Karim Dawar faction attacked a checkpoint.', 'Mullah Karim Dawar faction'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });
});

describe('where a camp or a feature lies', () => {
  const geoOf = (text: string, name: string) => {
    const x = extract({ title: null, published: '2026-12-04', url: null, text });
    return x.entities.find((e) => e.name === name)?.geo ?? null;
  };

  it.each([
    ['Soldiers raided the Tel Ruhma refugee camp near Tulkarm before dawn.', 'Tel Ruhma', 'PS'],
    ['Aid workers reached the Umm Sayala displacement camp outside El Fasher on Friday.', 'Umm Sayala', 'SD'],
  ])('%s', (text, name, country) => {
    const g = geoOf(text, name);
    expect(g?.country).toBe(country);
    expect(g?.near).toBeTruthy();
  });

  it.each([
    ['The tanker was heading for the Suez Canal when it was struck.', 'Suez Canal', 'EG'],
    ['Militants retreated into the Tora Bora Mountains after the raid.', 'Tora Bora Mountains', 'AF'],
  ])('%s', (text, name, country) => {
    expect(geoOf(text, name)?.country).toBe(country);
  });
});

describe('a known division with its own noun capitalised after it is that division', () => {
  it.each([
    [
      'Gendarmes were killed near Kumbo in Bui Division on Sunday. Bui has been restive since 2017.',
      'Bui Division',
      'Bui',
    ],
    [
      'Troops were sent to Mayo-Sava Division last month. Mayo-Sava borders Nigeria.',
      'Mayo-Sava Division',
      'Mayo-Sava',
    ],
  ])('%s', (text, full, bare) => {
    expect(find(text, full)?.names).toContain(bare);
    expect(find(text, full)?.type).toBe('place');
  });
});

describe('a feature named with and without its noun is one place', () => {
  it.each([
    [
      'Fighters hid in the Kelvaro Mountains. Troops later searched the upper Kelvaro for weeks.',
      'Kelvaro Mountains',
      'Kelvaro',
    ],
    [
      'The town lies on the Dawari River. Herders crossed the lower Dawari at night.',
      'Dawari River',
      'Dawari',
    ],
  ])('%s', (text, full, bare) => {
    expect(find(text, full)?.names).toContain(bare);
  });

  it('keeps a river apart from the town it is named after', () => {
    const text = 'The Kabul River flooded parts of Kabul.';
    expect(find(text, 'Kabul River')?.names).not.toContain('Kabul');
  });
});

describe('"the upper/lower X" is a place', () => {
  it.each([
    ['Farms along the upper Korvash were flooded, the agency said.', 'Korvash'],
    ['Herders crossed the lower Dawari at night, residents said.', 'Dawari'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });

  it('leaves "the lower House" alone', () => {
    expect(find('The bill passed the lower House on Monday.', 'House')).toBeUndefined();
  });
});

describe('a body\'s name before its "of"/"for" is the body named in full', () => {
  it.each([
    [
      'The Patriotic Front for Kelvarian Unity claimed the attack. The Patriotic Front said two of its men died.',
      'Patriotic Front',
    ],
    [
      'The Revolutionary Council of Dorvalik met on Monday. A week later the Revolutionary Council named a new leader.',
      'Revolutionary Council',
    ],
  ])('%s', (text, short) => {
    const bodies = entitiesOf(text).filter((e) => e.type === 'organization');
    expect(bodies).toHaveLength(1);
    expect(bodies[0].names).toContain(short);
  });

  it('joins no body when two bodies open with the name', () => {
    const text =
      'The Supreme Council of Kelvaria met. The Supreme Council for Reform also met. The Supreme Council said nothing.';
    expect(entitiesOf(text).filter((e) => e.type === 'organization')).toHaveLength(3);
  });
});

describe("a town's name before a given name and a surname opens a person's name", () => {
  it.each([
    ['Police detained Yusuf Osman Barre and Mahad Ali Gedi on Friday.', 'Mahad Ali Gedi'],
    ['Police detained Yusuf Osman Barre and Baidoa Hassan Warsame on Friday.', 'Baidoa Hassan Warsame'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('person');
  });

  it('keeps the town after a preposition of place', () => {
    expect(typeOf('Troops in Baidoa Hassan said nothing.', 'Baidoa')).toBe('place');
  });
});

describe('where a part of a town or a town of a local government area lies', () => {
  const geoOf = (text: string, name: string) =>
    extract({ title: null, published: '2026-12-04', url: null, text }).entities.find((e) => e.name === name)
      ?.geo ?? null;

  it.each([
    ['A van was hit by a roadside bomb at the Sariab area of Quetta.', 'Sariab', 'Quetta'],
    ['A grenade went off in the Kelvani neighbourhood of Peshawar.', 'Kelvani', 'Peshawar'],
  ])('%s', (text, name, town) => {
    // (a namesake of the tables 200 km off gives way to the town the text names)
    expect(geoOf(text, name)?.near).toBe(town);
  });

  it.each([
    [
      'Herders clashed with farmers near Bulaburin, a village in Konduga Local Government Area.',
      'Bulaburin',
      'Konduga',
    ],
    ['Bandits raided Kelvani, a village in Tsafe local government council, on Sunday.', 'Kelvani', 'Tsafe'],
  ])('%s', (text, name, area) => {
    expect(geoOf(text, name)?.near).toBe(area);
  });
});

describe('a defined acronym of a name a place opens is a body', () => {
  it.each([
    ['United Kingdom Maritime Trade Operations (UKMTO) reported an explosion near a tanker.', 'UKMTO'],
    ['Kenya Ports Authority (KPA) said two cranes were damaged.', 'KPA'],
  ])('%s', (text, acr) => {
    expect(typeOf(text, acr)).toBe('organization');
  });

  it('keeps a region with its country after it a place', () => {
    expect(typeOf('Officials in the Kurdistan Region of Iraq (KRI) denied it.', 'KRI')).toBe('place');
  });
});

describe('a name the text placed before is that place again', () => {
  it.each([
    [
      'Soldiers raided the Omar Dukhan refugee camp near Tulkarm. The raids later spread to Jenin and Omar Dukhan.',
      'Omar Dukhan',
    ],
    [
      'Troops reached the Nur Bakhsh refugee camp outside Kassala. Aid then went to Kassala and Nur Bakhsh.',
      'Nur Bakhsh',
    ],
  ])('%s', (text, name) => {
    const es = entitiesOf(text).filter((e) => e.names.includes(name));
    expect(es).toHaveLength(1);
    expect(es[0].type).toBe('place');
  });
});
