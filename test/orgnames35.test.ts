import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './entities-helpers.js';

// orgnames35: names of bodies the mention finder missed or took for something else.
// - lexicon.ts ORG_HEAD: Filipino nouns of bodies, bare and in their linked form, open a body's
//   name ("Komiteng Rehiyon-…", "Kilusang …", "Samahan ng …").
// - mentions.ts TAGALOG_LINKED: a word before such a linked noun ("Bagong Alyansang …").
// - mentions.ts ROMANCE_OF: the Filipino "ng" (of) inside a body's name.
// - mentions.ts forAName: "for a" / "for an" inside a body's name, with a known place after an
//   adjective ("Movement for a Democratic Chad").
// - mentions.ts namesNothing: a vehicle's model (VEHICLE_MODEL) and a ship after "X-flagged"
//   name no person, group or place.
// Every sentence and name here is written for this test.

const orgNamed = (text: string, name: string) => {
  const e = find(text, name);
  return e?.type === 'organization' ? e.name : undefined;
};

describe('a Filipino noun of a body opens its name', () => {
  it.each([
    [
      'Soldiers clashed with a unit of the Komiteng Rehiyon-Eastern Visayas near a hamlet on Samar.',
      'Komiteng Rehiyon-Eastern Visayas',
    ],
    ['Komiteng Probinsya-Aurora admitted that two of its fighters had died.', 'Komiteng Probinsya-Aurora'],
    ['Komite Sentral Dalisay issued a statement about the truce on Friday.', 'Komite Sentral Dalisay'],
    ['Leaders of Komite Bayan Malaya were questioned by the military.', 'Komite Bayan Malaya'],
    [
      'Kilusang Magbubukid Ramos said the farmers were detained without warrants.',
      'Kilusang Magbubukid Ramos',
    ],
    [
      'Kilusang Manggagawa Laya said two of its organisers went missing in March.',
      'Kilusang Manggagawa Laya',
    ],
    ['Kilusan Bayan Tanglaw denied any link to the rebels.', 'Kilusan Bayan Tanglaw'],
    ['The army accused Kilusan Pagbabago Rizal of recruiting students.', 'Kilusan Pagbabago Rizal'],
    ['Alyansang Magsasaka Dumalo condemned the raid in a statement.', 'Alyansang Magsasaka Dumalo'],
    ['Alyansang Kabataan Bukid held a rally outside the camp.', 'Alyansang Kabataan Bukid'],
    ['Alyansa Tanggol Lupa said the soldiers had burned two houses.', 'Alyansa Tanggol Lupa'],
    ['Police raided the office of Alyansa Bayan Silangan on Monday.', 'Alyansa Bayan Silangan'],
    ['Samahang Mangingisda Tulay reported that three boats were seized.', 'Samahang Mangingisda Tulay'],
    ['The head of Samahang Kababaihan Liwayway was arrested at her home.', 'Samahang Kababaihan Liwayway'],
    ['Samahan Magsasaka Dapitan filed a complaint against the battalion.', 'Samahan Magsasaka Dapitan'],
    ['Samahan Tanod Bukal said its members were questioned by investigators.', 'Samahan Tanod Bukal'],
    ['Hukbong Mapagpalaya Silangan claimed the ambush on the patrol.', 'Hukbong Mapagpalaya Silangan'],
    ['The military said Hukbong Bayan Kanluran had lost its commander.', 'Hukbong Bayan Kanluran'],
  ])('%s → %s', (text, name) => {
    expect(orgNamed(text, name)).toBe(name);
  });

  it.each([
    ['Bagong Alyansang Tanggol condemned the arrests of the organisers.', 'Bagong Alyansang Tanggol'],
    [
      "The Bagong Hukbong Malaya, the rebels' name for their army, was founded decades ago.",
      'Bagong Hukbong Malaya',
    ],
    ['Pambansang Kilusang Dalisay denied that its staff had been armed.', 'Pambansang Kilusang Dalisay'],
    ['Nagkakaisang Samahang Bukid said its leaders were arrested on Monday.', 'Nagkakaisang Samahang Bukid'],
  ])('a word before a linked noun: %s → %s', (text, name) => {
    expect(orgNamed(text, name)).toBe(name);
  });

  it.each([
    ['Samahang Magsasaka ng Tarlac said the land had been taken by force.', 'Samahang Magsasaka ng Tarlac'],
    ['The Kilusang Mangingisda ng Panay accused the navy of harassment.', 'Kilusang Mangingisda ng Panay'],
  ])('"ng" (of) inside the name: %s → %s', (text, name) => {
    expect(orgNamed(text, name)).toBe(name);
  });
});

describe('"for a" inside a body\'s name', () => {
  it.each([
    [
      'The Coalition for a Free and Fair Valdoria said its monitors were expelled.',
      'Coalition for a Free and Fair Valdoria',
    ],
    [
      'Fighters of the Front for a Sovereign Ostmark seized the border post.',
      'Front for a Sovereign Ostmark',
    ],
    [
      'The Movement for a Democratic Niger said its forces had entered the town.',
      'Movement for a Democratic Niger',
    ],
    ['Gunmen of the Alliance for a United Chad attacked the convoy at dawn.', 'Alliance for a United Chad'],
  ])('%s → %s', (text, name) => {
    expect(orgNamed(text, name)).toBe(name);
  });
});

describe('a vehicle or a ship named by its model or its flag is no entity', () => {
  it.each([
    ['The Land Cruiser carrying the officers was hit by a roadside bomb.', 'Land Cruiser'],
    ['Witnesses said the kidnappers drove off in a white Land Cruiser.', 'Land Cruiser'],
    ['The attackers arrived in a Hilux mounted with a machine gun.', 'Hilux'],
    ['Police stopped a Hilux at the checkpoint outside the town.', 'Hilux'],
    ['The Panama-flagged Silver Heron was struck by a drone off the coast.', 'Silver Heron'],
    ['The Togo-flagged Blue Marlin was boarded by armed men at dawn.', 'Blue Marlin'],
  ])('%s', (text, name) => {
    expect(entitiesOf(text).filter((e) => e.names.some((n) => n.includes(name)))).toEqual([]);
  });
});
