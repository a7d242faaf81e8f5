import { describe, expect, it } from 'vitest';
import { apartPlaces, extract } from '../pipeline.js';

// Ties between groups, states and places that must NOT be read (precision), and the
// geographic check on place-in-place ties.

const ties = (text: string) => {
  const x = extract({ title: null, published: '2020-05-10', url: null, text });
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? '?';
  return x.relations.map((r) => ({
    type: r.type,
    s: name(r.subject),
    o: name(r.object),
    negated: r.negated,
  }));
};

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
