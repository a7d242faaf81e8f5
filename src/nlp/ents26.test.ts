import { describe, expect, it } from 'vitest';
import { entitiesOf, find, typeOf } from '../../test/entities-helpers.js';

// Entity finding on constructions of news reporting: a town's name that a group's name loses
// its vowels into, an institute named after a known body, a road between two towns, a force's
// reserve, a member of parliament's title and constituency, a compound noun in an apposition,
// a place's noun after an ambiguous name, a name a person "goes by". Every sentence and name
// here is written for the test.

describe("a town's own name is no spelling variant of a group's", () => {
  it.each([
    ['Officials in Ismailia said the convoy had left at dawn.', 'Ismailia'],
    ['The convoy reached Isernia before dawn, officials said.', 'Isernia'],
    ['Reporters travelled from Blomberg to the border on Monday.', 'Blomberg'],
  ])('%s → %s is a place', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });

  it('a spelling variant of a group that is no town still finds the group', () => {
    const e = find('Fighters of Hizbollah fired rockets across the border.', 'Hizbollah');
    expect(e?.type).toBe('organization');
  });
});

describe("a known body's name opening an institution's name", () => {
  it.each([
    [
      'The Al-Ahram Center for Strategic Studies said the insurgents had lost ground.',
      'Al-Ahram Center for Strategic Studies',
    ],
    [
      'Fighters were profiled by the Al Jazeera Centre for Studies in a report on Monday.',
      'Al Jazeera Centre for Studies',
    ],
    [
      'The Carnegie Endowment for International Peace published a study of the insurgency.',
      'Carnegie Endowment for International Peace',
    ],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });

  it('an armed group before an institution noun is left as it was read', () => {
    const names = entitiesOf('Al-Shabaab Center fighters fled.').map((e) => e.name);
    expect(names).not.toContain('Al-Shabaab Center');
  });
});

describe('the two ends of a road, a border or a line joined by a hyphen', () => {
  it.each([
    ['Bandits stopped a bus on the Lafey-Mandera road on Sunday.', ['Lafey', 'Mandera']],
    ['Traffic on the Garissa-Dadaab highway was halted after the blast.', ['Garissa', 'Dadaab']],
    ['The patrol was ambushed on the Kerem-Gulu road at night.', ['Kerem', 'Gulu']],
  ])('%s', (text, names) => {
    for (const n of names) expect(typeOf(text, n)).toBe('place');
  });

  it('two unknown names are left as one (nothing says they are places)', () => {
    const names = entitiesOf('Soldiers cleared the Awapalli-Basaguda road.').map((e) => e.name);
    expect(names).not.toContain('Awapalli');
  });
});

describe("a force's reserve is a force", () => {
  it.each([
    ['Three officers of the Kenya Police Reserve were wounded in Wajir.', 'Kenya Police Reserve'],
    ['A National Police Reserve officer was shot in the leg.', 'National Police Reserve'],
    ['An Army Reserve sergeant was charged with smuggling rifles.', 'Army Reserve'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });
});

describe("a legislator's title and constituency", () => {
  it.each([
    ['MP Dekow Barrow said the road was unsafe.', 'Dekow Barrow'],
    ['MLA Ravi Kumar visited the relief camp on Friday.', 'Ravi Kumar'],
    ['Mandera North MP Abdi Hiloow condemned the attack.', 'Abdi Hiloow'],
    ['Wajir East MP Rashid Kassim said the roads were unsafe.', 'Rashid Kassim'],
  ])('%s → %s', (text, name) => {
    const e = find(text, name);
    expect(e?.type).toBe('person');
    expect(e?.name).toBe(name);
  });
});

describe("an apposition's compound noun: its last noun is its head", () => {
  it.each([
    ['Among those who surrendered was Madvi Hidma, an area committee member, police said.', 'Madvi Hidma'],
    ['Among the dead was Kawasi Deva, a camp security guard, officials said.', 'Kawasi Deva'],
  ])('%s → %s is a person', (text, name) => {
    expect(typeOf(text, name)).toBe('person');
  });
});

describe("a place's noun after a town's name that is also a given name", () => {
  it.each([
    ['Raiders crossed the Augie area at night, farmers said.', 'Augie'],
    ['Officials said Augie district was calm after the raid.', 'Augie'],
  ])('%s → %s is a place', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });
});

describe('a name a person "goes by" is no town', () => {
  it.each([
    ['A militant leader who goes by Hamma Ba was arrested in a raid.', 'Hamma'],
    ['A fighter who went by Bouna Keita was captured near the river.', 'Bouna'],
  ])('%s', (text, town) => {
    expect(typeOf(text, town)).not.toBe('place');
  });
});

describe('the district of an office written "… of Police"', () => {
  it.each([
    [
      'The suspects were paraded by Sukma Superintendent of Police Kiran Chavan on Friday.',
      'Sukma',
      'Kiran Chavan',
    ],
    [
      'Six cadres gave up their arms before Narayanpur Superintendent of Police Rohan Minz.',
      'Narayanpur',
      'Rohan Minz',
    ],
    ['Kebbi State Commissioner of Police Bello Sani said four were held.', 'Kebbi State', 'Bello Sani'],
  ])('%s', (text, place, officer) => {
    expect(typeOf(text, place)).toBe('place');
    expect(typeOf(text, officer)).toBe('person');
  });
});

describe('a possessive town name in a dateline written in capitals', () => {
  it.each([
    ["COX'S BAZAR, Bangladesh, May 9 (AP) - Two refugees were killed in a clash.", "COX'S BAZAR"],
    ["COX'S BAZAR, Oct 3 (Reuters) - Police detained six men after a fire.", "COX'S BAZAR"],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
    expect(entitiesOf(text).map((e) => e.name)).not.toContain('COX');
  });
});

describe('a capitalised "The" inside a sentence is part of the name after it', () => {
  it.each([
    ['Prosecutors said he had joined the neo-Nazi group The Covenant in 2021.', 'The Covenant'],
    ['She admitted membership of the online network The Vanguard, an extremist cell.', 'The Vanguard'],
  ])('%s → %s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });

  it('a place the gazetteer knows keeps its reading, and a later bare mention joins the group', () => {
    expect(typeOf('Officials met in The Hague on Monday.', 'Hague')).toBe('place');
    const es = entitiesOf(
      'Prosecutors said he had joined the group The Covenant in 2021. He swore loyalty to The Covenant in a video call.',
    );
    expect(es.filter((e) => e.names.some((n) => /Covenant/.test(n))).map((e) => e.type)).toEqual([
      'organization',
    ]);
  });

  it('a place\'s word after "The" makes no place of the name', () => {
    const es = entitiesOf('He pledged himself to The Base, a neo-Nazi network, in a video call.');
    expect(es.filter((e) => e.type === 'place').map((e) => e.name)).toEqual([]);
  });
});

describe('a town or a quarter named after a sheikh, where "in" or "near" puts it', () => {
  it.each([
    ['Clashes erupted in Sheikh Jarrah on Friday evening.', 'Sheikh Jarrah'],
    ['Troops deployed near Sheikh Maskin after the raid.', 'Sheikh Maskin'],
    ['A military court in Sheikh Othman heard the case on Monday.', 'Sheikh Othman'],
  ])('%s → %s is a place', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });

  it('a sheikh met, or one whose house stands somewhere, is a person', () => {
    expect(typeOf('He met Sheikh Ahmed in Doha on Monday.', 'Sheikh Ahmed')).toBe('person');
    expect(typeOf('Gunmen fired at a guest in Sheikh Hamad’s house on Friday.', 'Sheikh Hamad')).not.toBe(
      'place',
    );
  });
});
