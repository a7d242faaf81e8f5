import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readListFile } from './import/index.js';
import { Matcher } from './match.js';
import { screenName } from './tokens.js';
import type { ListEntry } from './types.js';

const fx = (p: string) => fileURLToPath(new URL(`../../test/fixtures/screen/${p}`, import.meta.url));

function load(path: string, list: string): ListEntry[] {
  const parsed = readListFile(fx(path));
  for (const e of parsed.entries) e.list = list;
  return parsed.entries;
}

function person(id: string, ...names: string[]): ListEntry {
  return {
    list: 't',
    id,
    type: 'person',
    names: names.map((name, i) => ({ name, kind: i === 0 ? 'primary' : 'alias' })),
    birthYears: [],
    countries: [],
  };
}

let m: Matcher;
beforeAll(() => {
  m = new Matcher([
    ...load('un-small.xml', 'un'),
    ...load('ofac/sdn.csv', 'ofac'),
    ...load('list.csv', 'csv'),
  ]);
});

describe('hits and explanations', () => {
  it('finds the UN listing of Zawahiri from the seed spelling, with list, id, names and parts', () => {
    const hits = m.screen({ name: 'Aymen al-Zawahiri' });
    const un = hits.find((h) => h.list === 'un');
    expect(un).toMatchObject({
      id: 'QDi.006',
      listedName: 'AIMAN MUHAMMED RABI AL-ZAWAHIRI',
      type: 'person',
    });
    expect(un!.matchedName).toBe('Ayman Al-Zawahari');
    expect(un!.score).toBeGreaterThanOrEqual(0.85);
    const hows = un!.explanation.parts.map((p) => p.how);
    expect(hows).toEqual(['phonetic', 'phonetic']);
    expect(hits.some((h) => h.list === 'ofac' && h.id === '2676')).toBe(true);
  });

  it('reports missing middle names in the explanation when the primary name matches', () => {
    const [hit] = m.screen({ name: 'Aiman al-Zawahiri' }, { lists: ['un'] });
    expect(hit.id).toBe('QDi.006');
    const prim = m.screen({ name: 'Aiman Rabi al-Zawahiri' }, { lists: ['un'] })[0];
    expect(prim.matchedName).toBe('AIMAN MUHAMMED RABI AL-ZAWAHIRI');
    expect(prim.explanation.parts).toContainEqual({ how: 'missing', listed: 'muhammed', similarity: 0.3 });
    expect(prim.explanation.parts.filter((p) => p.how === 'exact').map((p) => p.query)).toEqual([
      'aiman',
      'rabi',
      'zawahiri',
    ]);
  });

  it('sets honorifics aside and keeps them for display', () => {
    const [hit] = m.screen({ name: 'Dr. Ayman al-Zawahiri' }, { lists: ['un'] });
    expect(hit.id).toBe('QDi.006');
    expect(hit.explanation.setAside).toEqual(['dr']);
  });

  it('finds organisations by acronym and by a spelling variant', () => {
    expect(m.screen({ name: 'TTP' }).map((h) => `${h.list}:${h.id}`)).toEqual(['un:QDe.132', 'ofac:12206']);
    expect(m.screen({ name: 'Tehreek-e-Taliban Pakistan' })[0].id).toBe('QDe.132');
    expect(m.screen({ name: 'Lashkar-e-Taiba' })[0]).toMatchObject({ list: 'ofac', id: '7140' });
  });

  it('does not hit names that only look alike', () => {
    expect(m.screen({ name: 'Ibad Khan' })).toEqual([]);
    expect(m.screen({ name: 'Muhammad Tanvir' })).toEqual([]);
    // One consonant apart is a different name, not a romanisation.
    expect(m.screen({ name: 'Khalid Khan' })).toEqual([]);
    expect(m.screen({ name: 'Khalil Khan' })[0].id).toBe('XXi.001');
  });
});

describe('Arabic script', () => {
  it('matches a romanised query against an Arabic-script alias by transliteration', () => {
    const only = new Matcher([
      {
        list: 'x',
        id: 'A1',
        type: 'person',
        names: [{ name: 'محمد حسن آخوند', kind: 'original-script' }],
        birthYears: [],
        countries: [],
      },
    ]);
    const [hit] = only.screen({ name: 'Mohammad Hassan Akhund' });
    expect(hit).toMatchObject({
      id: 'A1',
      matchedKind: 'original-script',
      matchedRomanised: 'mhmd hsn akhund',
    });
    expect(hit.explanation.parts).toContainEqual({
      how: 'transliteration',
      query: 'mohammad',
      listed: 'mhmd',
      similarity: 0.92,
    });
    expect(hit.explanation.parts.every((p) => p.how === 'transliteration' || p.how === 'exact')).toBe(true);
  });

  it('matches an Arabic-script query against romanised names', () => {
    const hits = m.screen({ name: 'أيمن الظواهري' });
    expect(hits.map((h) => h.id)).toContain('2676');
    expect(m.screen({ name: 'أيمن محمد ربيع الظواهري' })[0]).toMatchObject({ id: 'QDi.006', score: 1 });
  });

  it('keeps the written vowels: Ayman is not Mannan, Ahmad is not Ahmadi', () => {
    const only = new Matcher([
      {
        list: 'x',
        id: 'A2',
        type: 'person',
        names: [{ name: 'عبدالمنان نیازی', kind: 'original-script' }],
        birthYears: [],
        countries: [],
      },
      {
        list: 'x',
        id: 'A3',
        type: 'person',
        names: [{ name: 'محمد احمدی', kind: 'original-script' }],
        birthYears: [],
        countries: [],
      },
    ]);
    expect(only.screen({ name: 'Ayman Niazi' })).toEqual([]);
    expect(only.screen({ name: 'Abdul Mannan Niazi' })[0].id).toBe('A2');
    expect(only.screen({ name: 'Muhammad Ahmed' })).toEqual([]);
    expect(only.screen({ name: 'Muhammad Ahmadi' })[0].id).toBe('A3');
  });
});

describe('thresholds and qualifiers', () => {
  it('a lower threshold admits weaker matches, a higher one drops them', () => {
    const q = { name: 'Ayman Zawahiri Khan' };
    const low = m.screen(q, { threshold: 0.5 });
    expect(low.map((h) => h.id)).toContain('QDi.006');
    expect(m.screen(q)).toEqual([]);
    expect(m.screen(q, { threshold: 0.99 })).toEqual([]);
    for (const h of low) expect(h.score).toBeGreaterThanOrEqual(0.5);
  });

  it('birth year, country and type move the score and say so', () => {
    const base = m.screen({ name: 'Khaleel Khan' })[0];
    const born = m.screen({ name: 'Khaleel Khan', birthYear: 1980 })[0];
    expect(base.score).toBeLessThan(1);
    expect(born.score).toBeGreaterThan(base.score);
    expect(born.explanation.qualifiers).toEqual([
      { kind: 'birth-year', effect: 0.03, detail: 'born 1980, as listed' },
    ]);
    expect(m.screen({ name: 'Khalil Khan', birthYear: 1960 })).toEqual([]);
    const z = m.screen({ name: 'Ayman al-Zawahiri', country: 'PK' }, { lists: ['un'] })[0];
    expect(z.explanation.qualifiers[0]).toMatchObject({ kind: 'country', effect: -0.05 });
    expect(m.screen({ name: 'TTP', type: 'person' })).toEqual([]);
  });

  it('a lone common name is not a hit, a shared title makes one', () => {
    const only = new Matcher([
      person('P1', 'Hafiz Muhammad Saeed'),
      person('P2', 'Omar Abdullah', 'Omar'),
      ...Array.from({ length: 5 }, (_, i) => person(`O${i}`, `Omar Test${'x'.repeat(i)}`)),
    ]);
    expect(only.screen({ name: 'Mullah Omar' })).toEqual([]);
    expect(only.screen({ name: 'Hafiz Saeed' })[0].id).toBe('P1');
  });

  it('partial matches on common names only are discounted', () => {
    const entries = [person('C1', 'Muhammad Ajaj Nasir')];
    // Make the names common: many listed people share them.
    for (let i = 0; i < 20; i++) entries.push(person(`F${i}`, `Muhammad Nasir Q${'z'.repeat(i)}`));
    const only = new Matcher(entries);
    expect(only.screen({ name: 'Muhammad Nasser' }).map((h) => h.id)).not.toContain('C1');
    const hit = only.screen({ name: 'Muhammad Nasser' }, { threshold: 0.5 }).find((h) => h.id === 'C1');
    expect(hit?.explanation.notes.join(' ')).toMatch(/common names only/);
  });
});

describe('blocking', () => {
  it('the upper bound never falls below the real score of a candidate', () => {
    for (const [a, b] of [
      ['Ayman al-Zawahiri', 'Aiman Muhammed Rabi al-Zawahiri'],
      ['Muhammad Izhar Khan', 'Izhar Khan'],
      ['Tehrik-e-Taliban', 'Tehrik-e-Taliban Pakistan'],
    ] as const) {
      const only = new Matcher([person('B', b)]);
      const [hit] = only.screen({ name: a }, { threshold: 0 });
      // blocking prunes a candidate whose bound is below the threshold: at its own score (shown
      // rounded to 0.001) it is kept
      const again = only.screen({ name: a }, { threshold: hit.explanation.nameScore - 0.0005 });
      expect(again.map((h) => h.id)).toEqual(['B']);
    }
  });

  it('a query scores tens of candidates, not the list', () => {
    const big: ListEntry[] = [];
    for (let i = 0; i < 2000; i++) big.push(person(`N${i}`, `Name${i} Surname${i % 50}`));
    big.push(person('Z', 'Ayman al-Zawahiri'));
    const only = new Matcher(big);
    const c = (only as unknown as { candidates(q: unknown): number[] }).candidates(
      screenName('Aymen Zawahiri'),
    );
    expect(c.length).toBeLessThan(50);
    expect(only.screen({ name: 'Aymen Zawahiri' })[0].id).toBe('Z');
  });
});
