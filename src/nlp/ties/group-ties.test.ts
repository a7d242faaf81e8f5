import { describe, expect, it } from 'vitest';
import { readTies } from '../../../test/ties-helpers.js';
import { apartPlaces } from '../geocode.js';

// Ties between groups, states and places that must NOT be read (precision), and the
// geographic check on place-in-place ties.

const ties = (text: string) => readTies(text, '2020-05-10');

describe('places listed together are peers, not nested', () => {
  it('"A, B, C" and "the port of A and the town of B" state no part_of', () => {
    for (const text of [
      'They keep talking to everyone: Kabul, Tehran, Moscow, even the rebels.',
      'Only the capital Naypyidaw, the port of Sittwe and the island town of Ramree remain in army hands.',
      'Envoys shuttled between Riyadh, Doha, Ankara and Cairo all week.',
    ]) {
      const found = ties(text);
      expect(
        found.filter((r) => r.type === 'part_of'),
        text,
      ).toEqual([]);
    }
  });
  it('a place is not part of a place in another country or of a far-off town', () => {
    const ents = [
      { type: 'place', kind: 'city' },
      { type: 'place', kind: 'city' },
      { type: 'place', kind: 'country' },
      { type: 'place', kind: 'city' },
    ];
    const geos = [
      { lat: 35.69, lon: 51.42, country: 'IR' }, // a capital
      { lat: 55.75, lon: 37.62, country: 'RU' }, // another country's capital
      { lat: 32.0, lon: 53.0, country: 'IR' }, // the first one's country
      { lat: 29.6, lon: 52.5, country: 'IR' }, // a town ~680 km away in the same country
    ];
    const r = (subject: number, object: number) => ({ type: 'part_of', subject, object });
    expect(apartPlaces(r(0, 1), geos, ents)).toBe(true);
    expect(apartPlaces(r(0, 3), geos, ents)).toBe(true);
    expect(apartPlaces(r(0, 2), geos, ents)).toBe(false);
    // a country or region is trusted over the gazetteer's guess for the town
    expect(apartPlaces(r(1, 2), geos, ents)).toBe(false);
    expect(apartPlaces({ type: 'located_in', subject: 0, object: 1 }, geos, ents)).toBe(false);
    expect(apartPlaces(r(0, 1), [geos[0], null], ents)).toBe(false);
  });
  it('a town in its country, or a suburb of its city, is still part of it', () => {
    for (const [text, a, b] of [
      ['Heavy rain flooded Jalalabad, a city in Afghanistan, on Monday.', 'Jalalabad', 'Afghanistan'],
      ['Rain flooded Gulshan, a suburb of Dhaka, on Monday.', 'Gulshan', 'Dhaka'],
    ]) {
      const found = ties(text);
      expect(
        found.some((r) => r.type === 'part_of' && r.s === a && r.o === b),
        JSON.stringify(found),
      ).toBe(true);
    }
  });
});

describe("a place before a scholar's title is what the scholar studies", () => {
  it('"X, a Syria analyst at Y" is not located in Syria', () => {
    for (const text of [
      'Ali Haidar, a Syria analyst at the Brookings Institution, said the talks had stalled.',
      'Nadia Karimi, an Iran expert with the Crisis Group, said the strikes would continue.',
      'Sara Blum, a Yemen researcher at the Sana Center, said the truce was fragile.',
    ]) {
      const found = ties(text);
      expect(
        found.filter((r) => r.type === 'located_in'),
        text,
      ).toEqual([]);
    }
  });
  it('"X, a Karachi-based analyst" and "X, a Kabul lawyer" are still located there', () => {
    for (const [text, a, b] of [
      ['Omar Said, a Karachi-based analyst, said the group was weakened.', 'Omar Said', 'Karachi'],
      ['Hamid Noori, a Kabul lawyer, said the court was closed.', 'Hamid Noori', 'Kabul'],
    ]) {
      const found = ties(text);
      expect(
        found.some((r) => r.type === 'located_in' && r.s === a && r.o === b),
        JSON.stringify(found),
      ).toBe(true);
    }
  });
});

describe('taken off a list is not expelled', () => {
  it('"removed G from the list" ties G to no group named before', () => {
    for (const text of [
      'The United States lists the Houthis as a terrorist group and in 2021 removed Hezbollah from the list.',
      'Britain banned Hamas in 2021 and last year removed the Taliban from its sanctions list.',
    ]) {
      const found = ties(text);
      expect(
        found.filter((r) => r.type === 'expelled_from'),
        text,
      ).toEqual([]);
    }
  });
});

describe('forces that act jointly are allies, not foes', () => {
  it('"a joint operation with Y" ties X and Y as allies and never as fighting each other', () => {
    for (const [text, x, y] of [
      [
        'The Iraqi army launched a joint operation with the Peshmerga against the Islamic State.',
        'Iraqi army',
        'Peshmerga',
      ],
      [
        'The Nigerien army began a joint offensive with the Chadian army near Diffa.',
        'Nigerien army',
        'Chadian army',
      ],
    ]) {
      const found = ties(text);
      const pair = (r: { s: string; o: string }) => (r.s === x && r.o === y) || (r.s === y && r.o === x);
      expect(
        found.some((r) => r.type === 'allied_with' && pair(r)),
        JSON.stringify(found),
      ).toBe(true);
      expect(
        found.some((r) => r.type === 'fights' && pair(r)),
        JSON.stringify(found),
      ).toBe(false);
    }
  });
});

describe('"G-linked" and "G-backed" before a name', () => {
  it('"the G-linked / G-affiliated / G-allied H" is affiliated with G', () => {
    for (const [text, h, g] of [
      ['Troops have fought the al Qaeda-linked Ansar Front since 2015.', 'Ansar Front', 'al Qaeda'],
      ['Police blamed the Hamas-affiliated Saraya Brigade for the rocket fire.', 'Saraya Brigade', 'Hamas'],
      ['Troops clashed with the Hezbollah-allied Amal Movement near Tyre.', 'Amal Movement', 'Hezbollah'],
    ]) {
      const found = ties(text);
      expect(
        found.some((r) => r.type === 'affiliated_with' && r.s === h && r.o === g),
        JSON.stringify(found),
      ).toBe(true);
    }
  });
  it('"the G-backed militia H" is supported by G', () => {
    for (const [text, g, h] of [
      [
        'The raid wounded a fighter from the Iran-backed militia Kataib Hezbollah near Baghdad.',
        'Iran',
        'Kataib Hezbollah',
      ],
      ['Officials said the Hamas-funded Al-Nour Society ran the clinic.', 'Hamas', 'Al-Nour Society'],
    ]) {
      const found = ties(text);
      expect(
        found.some((r) => r.type === 'supports' && r.s === g && r.o === h),
        JSON.stringify(found),
      ).toBe(true);
    }
  });
  it('a hyphened cue before a common noun ties no one', () => {
    for (const text of [
      'Hamas condemned the al Qaeda-linked attack on the market.',
      'The Iran-backed attacks on shipping worried the Houthis.',
    ]) {
      const found = ties(text);
      expect(
        found.filter((r) => r.type === 'affiliated_with' || r.type === 'supports'),
        text,
      ).toEqual([]);
    }
  });
});

describe('"A of B" between two named groups', () => {
  it('a coalition "of" a group holds it: the group is part of the coalition', () => {
    for (const [text, g, c] of [
      [
        'The Northern Alliance of the Shan Army and the Wa Army seized the town.',
        'Shan Army',
        'Northern Alliance',
      ],
      [
        'Fighters of the Islamic Coalition of Ansar al-Din took the village.',
        'Ansar al-Din',
        'Islamic Coalition',
      ],
    ]) {
      const found = ties(text);
      expect(
        found.some((r) => r.type === 'part_of' && r.s === g && r.o === c),
        JSON.stringify(found),
      ).toBe(true);
      expect(
        found.some((r) => r.type === 'part_of' && r.s === c),
        JSON.stringify(found),
      ).toBe(false);
    }
  });
  it('a list after "of" makes no group a unit of another', () => {
    for (const text of [
      'The Northern Alliance of the Shan Army, the Wa Army and the Kachin Army attacked the town.',
      'The Quds Force of the Revolutionary Guards and the Basij of the Interior Ministry were deployed.',
    ]) {
      const found = ties(text);
      expect(
        found.filter(
          (r) => r.type === 'part_of' && !/Alliance|Revolutionary Guards|Interior Ministry/.test(r.o),
        ),
        text,
      ).toEqual([]);
    }
  });
});

describe('forming a group', () => {
  it('a group that forms a unit that is no coalition is not part of it', () => {
    for (const text of [
      'Hamas formed the Qassam Brigades in 1991.',
      'The Taliban formed the Red Unit in 2015.',
    ]) {
      const found = ties(text);
      expect(
        found.filter((r) => r.type === 'part_of'),
        text,
      ).toEqual([]);
    }
  });
});

describe('a dissident has split from the group', () => {
  it('"X, a G dissident" split from G', () => {
    for (const [text, x, g] of [
      ['Karim Lahlou, a Hamas dissident, spoke from exile in Cairo.', 'Karim Lahlou', 'Hamas'],
      ['Omar Farouk, a Hezbollah dissident, was arrested in Beirut on Sunday.', 'Omar Farouk', 'Hezbollah'],
    ]) {
      const found = ties(text);
      expect(
        found.some((r) => r.type === 'split_from' && r.s === x && r.o === g),
        JSON.stringify(found),
      ).toBe(true);
    }
  });
});
