import { describe, expect, it } from 'vitest';
import { defaultLexicon } from './lexicon-default.js';
import { findMentions, type Mention } from './mentions.js';
import { segment } from './segment.js';

const mentions = (text: string): Mention[] => findMentions(segment(text), defaultLexicon());
const find = (text: string, surface: string) => mentions(text).find((m) => m.text === surface);
const surfaces = (text: string) => mentions(text).map((m) => m.text);

describe('findMentions: offsets', () => {
  it('gives each mention the text its offsets point at', () => {
    const text = 'Maulana Abdul Aziz met officials of Lashkar-e-Taiba in Lahore and posted as @lal_masjid.';
    const ms = mentions(text);
    expect(ms.length).toBeGreaterThanOrEqual(4);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('findMentions: people', () => {
  it('keeps honorifics such as Maulana and Mullah inside the name', () => {
    expect(find('Maulana Abdul Aziz led the prayers on Friday.', 'Maulana Abdul Aziz')?.type).toBe('person');
    expect(
      find('Police said Mullah Akhtar Mansour had crossed the border.', 'Mullah Akhtar Mansour')?.type,
    ).toBe('person');
  });

  it('sets titles and ranks aside from the name and keeps them as the title', () => {
    const gen = find('Gen. Raheel Sharif visited the troops.', 'Raheel Sharif');
    expect(gen?.type).toBe('person');
    expect(gen?.title).toBe('General');
    expect(gen?.full).toBe('Gen. Raheel Sharif');
    const dr = find('The report was written by Dr. Ayesha Siddiqa last year.', 'Ayesha Siddiqa');
    expect(dr?.type).toBe('person');
    expect(dr?.title).toBe('Dr');
  });

  it('finds a person after a sentence-initial adverb ("Later Asad Mehmood joined")', () => {
    const m = find(
      'Tariq Mehmood led the protest in Lahore. Later Asad Mehmood joined the march.',
      'Asad Mehmood',
    );
    expect(m?.type).toBe('person');
  });
});

describe('findMentions: organisations', () => {
  it('reads a hyphenated group name as one organisation', () => {
    const ms = mentions('Lashkar-e-Taiba claimed the attack on the checkpoint.');
    expect(ms.map((m) => [m.text, m.type])).toEqual([['Lashkar-e-Taiba', 'organization']]);
  });

  it('reads an unlisted hyphenated name with a group head word as an organisation', () => {
    expect(find('Police blamed Jaish-e-Khorasan for the blast.', 'Jaish-e-Khorasan')?.type).toBe(
      'organization',
    );
  });

  it('links an acronym to the expansion it is defined by', () => {
    const text = 'Officials of the Counter Terrorism Department (CTD) raided the house.';
    const ms = mentions(text);
    const exp = ms.find((m) => m.text === 'Counter Terrorism Department');
    const acr = ms.find((m) => m.text === 'CTD');
    expect(exp?.type).toBe('organization');
    expect(acr?.type).toBe('organization');
    expect(acr?.expands).toEqual({ start: exp?.start, end: exp?.end });
  });

  it('finds a known group after a sentence-initial "The"', () => {
    expect(find('The Taliban issued a statement on Monday.', 'Taliban')?.type).toBe('organization');
  });
});

describe('findMentions: handles', () => {
  it('reads @names as handles', () => {
    const m = find('The group now posts as @AmaqAgency on Telegram.', '@AmaqAgency');
    expect(m?.type).toBe('handle');
  });
});

describe('findMentions: words that are not names', () => {
  it('does not take a sentence-initial verb into a country name', () => {
    const ms = mentions('Will Pakistan act against the seminaries?');
    expect(ms.map((m) => m.text)).toEqual(['Pakistan']);
    expect(ms[0].type).toBe('place');
  });

  it('does not make nationality adjectives or months into entities', () => {
    expect(surfaces('Pakistani officials were silent about the raid.')).toEqual([]);
    expect(surfaces('In March the talks resumed in secret.')).toEqual([]);
    expect(surfaces('The talks resumed in March after a long pause.')).toEqual([]);
  });

  it('does not make a sentence-initial common noun before "said" a person', () => {
    const ms = mentions('Police said Tariq Jamil was held in Multan.');
    expect(
      ms.find((m) => m.text === 'Police' && (m.type === 'person' || m.guess === 'person')),
    ).toBeUndefined();
    expect(ms.find((m) => m.text === 'Tariq Jamil')?.type).toBe('person');
  });
});

describe('findMentions: unknown names typed by their shape and context', () => {
  it('an unknown name after "from" or "in" is a place, not a person', () => {
    const ms = mentions('A former prayer leader from Tarkhel Bala was detained in Sheen Ghar on Friday.');
    expect(ms.find((m) => m.text === 'Tarkhel Bala')?.type).toBe('place');
    expect(ms.find((m) => m.text === 'Sheen Ghar')?.type).toBe('place');
  });

  it('a group whose hyphenated first word has a group head ("Tehrik-i-…") is an organisation', () => {
    const ms = mentions('Officials said the Tehrik-i-Fatah Kohsar had claimed the attack.');
    expect(ms.find((m) => m.text === 'Tehrik-i-Fatah Kohsar')?.type).toBe('organization');
  });
});

describe('findMentions: appositions and datelines', () => {
  it('the noun after ", a" types the name before it', () => {
    const ms = mentions('He had contacts with Rayat al-Sharq, a militant group based in eastern Syria.');
    expect(ms.find((m) => m.text === 'Rayat al-Sharq')?.type).toBe('organization');
    const ps = mentions('Fighters moved to Landi Sarwar, a town near the border.');
    expect(ps.find((m) => m.text === 'Landi Sarwar')?.type).toBe('place');
  });

  it('a capitals dateline opening a paragraph is a place', () => {
    const ms = mentions('SHEEN GHAR: The shura met on Friday.');
    expect(ms.find((m) => m.text === 'SHEEN GHAR')?.type).toBe('place');
  });
});

describe('findMentions: surnames that are also words or towns', () => {
  it('"Thomas West" keeps its compass-word surname; "Trowbridge said" is a person, not the town', () => {
    const ms = mentions(
      'Thomas West spoke in Kabul. Later Gordon Trowbridge spoke, and Trowbridge said the strike worked.',
    );
    expect(ms.find((m) => m.text === 'Thomas West')?.type).toBe('person');
    expect(ms.find((m) => m.text === 'Trowbridge')?.type).not.toBe('place');
  });
});

describe('findMentions: names with a connector, places by their noun', () => {
  it('an institution word before "for"/"on" heads an organisation name', () => {
    expect(
      find(
        'Rami Abdulrahman heads the Syrian Observatory for Human Rights.',
        'Syrian Observatory for Human Rights',
      )?.type,
    ).toBe('organization');
    expect(
      find('The Council on Foreign Relations published a report.', 'Council on Foreign Relations')?.type,
    ).toBe('organization');
  });

  it('"the town of X" is a place even when no gazetteer knows X', () => {
    expect(find('Fighters seized the town of Saraqeb on Monday.', 'Saraqeb')?.type).toBe('place');
  });
});

describe('findMentions: titles, occupations and articles around names', () => {
  it('"Interior Minister X": the title is not the Interior Ministry', () => {
    const ms = mentions('Interior Minister Mohsin Naqvi said the attack was planned abroad.');
    expect(ms.map((m) => `${m.type}:${m.text}`)).toEqual(['person:Mohsin Naqvi']);
  });

  it('an occupation opening a sentence is set aside from the name, and is no spelling of it', () => {
    const m = find('Analyst Amir Rana said the group was rebuilding.', 'Amir Rana');
    expect(m?.type).toBe('person');
    expect(m?.full).toBeUndefined();
    expect(find('Security analyst Amir Rana said so.', 'Security')?.type).not.toBe('organization');
  });

  it('an acronym definition does not take "The" into the expansion', () => {
    expect(
      surfaces('The Tehreek-e-Taliban Pakistan (TTP) said in a statement that it had no link.'),
    ).toContain('Tehreek-e-Taliban Pakistan');
  });
});

describe('findMentions: ranks inside a run, facilities', () => {
  it('"Police Capt. Mohamed Hussein": the rank splits the run; the person keeps it as title', () => {
    const m = find('Police Capt. Mohamed Hussein told reporters the gunmen had fled.', 'Mohamed Hussein');
    expect(m?.type).toBe('person');
    expect(m?.title).toBe('Captain');
    expect(surfaces('Lt Col Ahmed Khan said so.')).toEqual(['Ahmed Khan']);
  });

  it('a hotel is not a person', () => {
    expect(find('The gunmen entered the Hayat Hotel after a car bomb exploded.', 'Hayat Hotel')?.type).toBe(
      'organization',
    );
  });
});

describe('findMentions: offices, grades, units and words that name no one', () => {
  it('"Secretary of State X", "Minister of Defence X": the office is part of the title', () => {
    const kerry = find('Secretary of State Dana Whitcombe met the envoys on Monday.', 'Dana Whitcombe');
    expect(kerry?.type).toBe('person');
    expect(kerry?.title).toBe('Secretary of State');
    const dep = find('Deputy Secretary of Defense Omar Haddad will travel to Erbil.', 'Omar Haddad');
    expect(dep?.type).toBe('person');
    expect(dep?.title).toBe('Secretary of Defense');
    expect(surfaces('The Minister of the Interior Karim Nasser resigned.')).toContain('Karim Nasser');
  });

  it('"Operator 1st Class X": the grade is no part of the name', () => {
    expect(surfaces('Navy Special Warfare Operator 1st Class Peter J. Dunmore was killed.')).toContain(
      'Peter J. Dunmore',
    );
    expect(surfaces('Sergeant 1st Class Laura Briggs was honoured.')).toEqual(['Laura Briggs']);
  });

  it('a numbered unit is an organisation: "the 82nd Airborne Division", "the 158th Fighter Wing"', () => {
    expect(
      find('Troops of the 82nd Airborne Division arrived in Kuwait.', '82nd Airborne Division')?.type,
    ).toBe('organization');
    expect(find('Airmen from the 158th Fighter Wing flew the mission.', '158th Fighter Wing')?.type).toBe(
      'organization',
    );
    expect(surfaces('He finished 2nd in the race on the 3rd of May.')).toEqual([]);
  });

  it('named operations, acronyms of common nouns and X-held modifiers are not entities', () => {
    expect(surfaces('The strikes were part of Operation Desert Anvil, officials said.')).toEqual([]);
    expect(surfaces('Operation Northern Shield ended in March.')).toEqual([]);
    expect(surfaces('A coalition UAV destroyed two IEDs on the road.')).toEqual([]);
    expect(surfaces('The drone hit an ISIL-held bridge and a Kurdish-controlled checkpoint.')).toEqual([]);
  });

  it('holidays, "Islamist" and peoples\' names are not persons', () => {
    expect(surfaces('The families gathered for Eid after the fighting.')).toEqual([]);
    expect(surfaces('The shops reopened after Ramadan, traders said.')).toEqual([]);
    expect(surfaces('An Islamist told the paper the Turks had closed the border.')).toEqual([]);
    expect(surfaces('Mostly Syrian Arab fighters joined the offensive.')).toEqual([]);
  });

  it('war actors by their usual names: Peshmerga, ISF, the Islamic State of Iraq and Levant', () => {
    expect(find('The Peshmerga retook the village.', 'Peshmerga')?.type).toBe('organization');
    expect(find('ISF units entered the city on Monday.', 'ISF')?.type).toBe('organization');
    expect(
      find(
        'Civilians fled the Islamic State of Iraq and Levant fighters.',
        'Islamic State of Iraq and Levant',
      )?.type,
    ).toBe('organization');
  });
});

describe('findMentions: streets named after towns', () => {
  it('reads "Multan Road" and "Kabul Street" as streets, not as the towns they are named after', () => {
    const a = mentions('Traders shut their shops along Multan Road in Lahore on Sunday.');
    expect(a.find((m) => m.text === 'Multan Road')).toMatchObject({ type: 'place', kind: 'street' });
    expect(a.some((m) => m.text === 'Multan')).toBe(false);
    expect(a.find((m) => m.text === 'Lahore')?.kind).toBe('city');
    const b = mentions('A car bomb exploded on Kabul Street in central Baghdad, killing four people.');
    expect(
      find('A car bomb exploded on Kabul Street in central Baghdad, killing four people.', 'Kabul Street'),
    ).toMatchObject({ type: 'place', kind: 'street' });
    expect(b.some((m) => m.text === 'Kabul')).toBe(false);
    expect(b.find((m) => m.text === 'Baghdad')?.kind).toBe('city');
  });

  it("keeps a title that begins the street's name, and other street words", () => {
    expect(find('Traffic on Sheikh Zayed Road was halted for an hour.', 'Sheikh Zayed Road')).toMatchObject({
      type: 'place',
      kind: 'street',
    });
    expect(find('Protesters gathered at the foot of Karachi Bridge overnight.', 'Karachi Bridge')?.kind).toBe(
      'street',
    );
    expect(find('Rangers closed Quetta Avenue after the blast.', 'Quetta Avenue')?.kind).toBe('street');
    // The town itself, and a lower-case road word after it, are unchanged.
    expect(find('Rangers closed the road to Quetta after the blast.', 'Quetta')?.kind).toBe('city');
  });
});
