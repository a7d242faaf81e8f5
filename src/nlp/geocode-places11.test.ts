import { describe, expect, it } from 'vitest';
import { near, place, run } from '../../test/geocode-helpers.js';

describe('district seats the GeoNames extracts lack (countries-states-cities towns)', () => {
  it('are placed in the article country', () => {
    const a = place(
      'Maoist guerrillas set fire to three road-building machines in Gadchiroli district of Maharashtra overnight.',
      'Gadchiroli',
    );
    expect(near(a?.geo, 20.18, 80.0, 60)).toBe(true);
    const b = place(
      'Two constables of the reserve guard were hurt when a pressure bomb went off near Dantewada, India, on Friday.',
      'Dantewada',
    );
    expect(near(b?.geo, 18.9, 81.35)).toBe(true);
  });
});

describe('two namesakes far from the area do not vouch for each other', () => {
  it('takes the namesakes near the places of the area', () => {
    // Bijapur and Narayanpur of Chhattisgarh, not the larger towns of Karnataka
    const text =
      'RAIPUR, India - Security forces in Chhattisgarh killed four Maoists in Bijapur on Sunday, and a jawan was hurt in Narayanpur, police said. Reinforcements were sent from Sukma and Dantewada.';
    expect(near(place(text, 'Bijapur')?.geo, 18.8, 80.8)).toBe(true);
    expect(near(place(text, 'Narayanpur')?.geo, 19.7, 81.2, 60)).toBe(true);
  });

  it('moves a town with no place of the article near it to a namesake with two near it', () => {
    // the states named (Telangana, Maharashtra) have wide points within 400 km of Karnataka's Bijapur
    const a = place(
      'Rebels from Telangana and Maharashtra regrouped in the forests of Bijapur last month, officers in Jagdalpur said. Villagers near Bhairamgarh and Sukma reported their camps.',
      'Bijapur',
    );
    expect(near(a?.geo, 18.8, 80.8)).toBe(true);
  });
});

describe('a town whose words the text runs together or splits otherwise', () => {
  it('is found under the tables’ spelling in the article country', () => {
    // the tables' "Sai Buri"
    const a = place(
      'Insurgents shot dead a village headman in Saiburi district of Pattani province, Thai police said on Monday.',
      'Saiburi',
    );
    expect(near(a?.geo, 6.7, 101.62, 30)).toBe(true);
    // the tables' "Su-ngai Kolok", a place though the name alone reads like a person's
    const b = place(
      'A bomb hidden in a motorcycle exploded outside a market in Sungai Kolok, near the Malaysian border in southern Thailand, on Friday.',
      'Sungai Kolok',
    );
    expect(near(b?.geo, 6.03, 101.97, 30)).toBe(true);
    // the tables' "Su-ngai Padi"
    const c = place(
      'Rangers in Narathiwat, Thailand, said two suspects were arrested at a rubber plantation in Sungai Padi on Sunday.',
      'Sungai Padi',
    );
    expect(near(c?.geo, 6.09, 101.88, 30)).toBe(true);
  });
});

describe('a group named with an Arabic head word (Liwa, Ashab)', () => {
  const types = (text: string) => run(text).entities.map((e) => `${e.type}:${e.name}`);
  it('is one organisation, though the head word is also a town', () => {
    const a = types(
      'Iraqi officials said Liwa Abu al-Fadl al-Abbas sent two hundred fighters to the border.',
    );
    expect(a).toContain('organization:Liwa Abu al-Fadl al-Abbas');
    expect(a.some((t) => t.startsWith('place:'))).toBe(false);
    const b = types('Gunmen of Liwa Suqour al-Jabal stormed the checkpoint at dawn, a monitor reported.');
    expect(b).toContain('organization:Liwa Suqour al-Jabal');
  });
  it('is an organisation, not a person or a place', () => {
    const a = types(
      'A statement from Ashab al-Rayah, a little-known militia, claimed the drone strike on the airport.',
    );
    expect(a).toContain('organization:Ashab al-Rayah');
    const b = types('Ashab al-Kahf said its members fired three rockets at the logistics convoy.');
    expect(b).toContain('organization:Ashab al-Kahf');
  });
});

describe('a town no table has, where a town stands, in a report about one town', () => {
  it('is placed near the town the report is about', () => {
    const a = place(
      'Rebels killed nine farmers outside Beni on Monday, and the army said troops based in Beni had pursued the attackers towards Ndobeka.',
      'Ndobeka',
    );
    expect(a?.geo?.near).toBe('Beni');
    const b = place(
      'Police in Kolofata said the gunmen crossed from Nigeria at night. Two of them were arrested near Tulaki the next day, and a third surrendered in Kolofata.',
      'Tulaki',
    );
    expect(b?.geo?.near).toBe('Kolofata');
    expect(b?.geo?.country).toBe('CM');
  });
});

describe('a town’s name with a word no table knows right after it', () => {
  const places = (text: string) =>
    run(text)
      .entities.filter((e) => e.type === 'place')
      .map((e) => e.name);
  it('is part of that name, not the town', () => {
    expect(
      places('Salwa Judum, the disbanded militia, was blamed for the killings in the forest villages.'),
    ).not.toContain('Salwa');
    expect(places('Researchers with the Cabo Ligado project counted forty attacks in May.')).not.toContain(
      'Cabo',
    );
  });
});

describe('a name after "the district headquarters of"', () => {
  const isPlace = (text: string, name: string) =>
    run(text).entities.some((e) => e.type === 'place' && e.name === name);
  it('is a place', () => {
    expect(
      isPlace(
        'Soldiers reoccupied the district headquarters of Muidumbe after two days of fighting in Mozambique.',
        'Muidumbe',
      ),
    ).toBe(true);
    expect(
      isPlace(
        'The rebels withdrew from the provincial seat of Ndalembe before the rains, a trader said.',
        'Ndalembe',
      ),
    ).toBe(true);
  });
});

describe('a name before ", a village headman" or ", a town councillor"', () => {
  const typeOf = (text: string, name: string) => run(text).entities.find((e) => e.name === name)?.type;
  it('is a person, not a place', () => {
    expect(
      typeOf(
        'Police found the body of Niran Phromphan, a town councillor, near the market in Yala on Friday.',
        'Niran Phromphan',
      ),
    ).toBe('person');
    expect(
      typeOf(
        'Gunmen killed Arsae Dolah, a village headman, outside a mosque in Pattani, the army said.',
        'Arsae Dolah',
      ),
    ).toBe('person');
  });
});

describe('"X, a village in Y territory"', () => {
  it('places X at the territory the text names', () => {
    const a = place(
      'Rebels raided Mabuko, a village in Lubero territory, on Tuesday night, the army said.',
      'Mabuko',
    );
    expect(a?.geo?.near).toBe('Lubero');
    const b = place('Fighting was reported near Kambau, a village in Masisi territory, on Sunday.', 'Kambau');
    expect(b?.geo?.near).toBe('Masisi');
  });
});

describe('a village in a report that names a province and a town in it as often', () => {
  it('is placed near the province', () => {
    const a = place(
      'Troops in Cabo Delgado said the fighters had left Macomia. Aid workers in Cabo Delgado said families from Macomia had fled to the village of Nkonga.',
      'Nkonga',
    );
    expect(a?.geo?.near).toBe('Cabo Delgado');
    const b = place(
      'Police in Zamfara said bandits had raided Tsafe overnight. Residents of Tsafe said officials in Zamfara sent troops to the hamlet of Gidan Dawa.',
      'Gidan Dawa',
    );
    expect(b?.geo?.near).toBe('Zamfara');
  });
});
