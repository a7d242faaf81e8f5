import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commonWords } from './common-words.js';
import { dataFile } from './data-path.js';
import { buildMergedOrgIndex, ORG_INDEX_FILE, orgSourcesStamp } from './orgs.js';
import { buildCityLines, lookupPlace } from './places.js';

// The gazetteers' tables are precomputed at build time and searched in place; these
// check the ready-made forms answer exactly what building them from the data answers.

// The other names of an Arabic town, as places.ts documents them: for towns of 20,000
// people or more whose name without the article keeps five letters, that name, it
// with "al", and either without a final h after a vowel.
function articleVariants(key: string, population: number): string[] {
  const m = /^(?:al|ar|as|ad|an|at|az|ash|ath|adh|el) (.+)$/.exec(key);
  if (!m || population < 20_000 || m[1].replace(/[^a-z]/g, '').length < 5) return [];
  const names = [m[1], `al ${m[1]}`];
  const all = [...names, ...names.filter((v) => /[aeiou]h$/.test(v)).map((v) => v.slice(0, -1))];
  return [...new Set(all)].filter((v) => v !== key);
}

describe('precomputed gazetteers', () => {
  it('finds every city under each of its names, in population order, as the data lists them', () => {
    const rows = (
      JSON.parse(readFileSync(dataFile('cities.json'), 'utf8')) as {
        rows: [string, string, string, number, number, number, number][];
      }
    ).rows;
    const common = commonWords();
    const naive = new Map<string, number[]>();
    const add = (k: string, id: number) => {
      const list = naive.get(k) ?? [];
      if (!list.includes(id)) list.push(id);
      naive.set(k, list);
    };
    // a one-word town of 20,000 or more in a country whose names are transliterated, as
    // places.ts documents it: its name without a final h after a vowel too ("Baqubah")
    const transliterated = new Set(
      'YE SA IQ SY LB JO EG LY SD SO TN DZ MA PS AE OM QA KW BH IR AF PK'.split(' '),
    );
    for (const [, key, country, , , population, id] of rows) {
      if (key) add(key, id);
      for (const v of articleVariants(key, population ?? 0))
        if (!common.has(v.replace(/^al /, '').split(' ')[0])) add(v, id);
      if ((population ?? 0) >= 20_000 && transliterated.has(country) && /^[a-z]{4,}[aeiou]h$/.test(key)) {
        const bare = key.slice(0, -1);
        if (!common.has(bare)) add(bare, id);
      }
    }
    expect(buildCityLines().length).toBe([...naive.values()].reduce((n, l) => n + l.length, 0));
    let checked = 0;
    for (const [key, ids] of naive) {
      const got = lookupPlace(key)
        // (a curated town of the conflicts may share a GeoNames city's name: "Baga")
        .filter((c) => c.kind === 'city' && c.source.startsWith('geonames:'))
        .map((c) => Number(c.source.slice('geonames:'.length)));
      expect(got, key).toEqual(ids);
      checked++;
    }
    expect(checked).toBeGreaterThan(20_000);
  });

  it('keeps a city row whole: name, country, coordinates, population', () => {
    const karachi = lookupPlace('Karachi').find((c) => c.kind === 'city');
    expect(karachi).toMatchObject({ name: 'Karachi', country: 'PK' });
    expect(karachi?.population).toBeGreaterThan(1_000_000);
    expect(Math.round(karachi?.lat ?? 0)).toBe(25);
    expect(lookupPlace('Nowhereville Upon Nothing')).toEqual([]);
  });

  // loadOrgs as `dossier` runs it, with the precomputed directory pointed at `dir`
  // (null: no precomputed file, so the tables are built from the data).
  const loadOrgsWith = async (dir: string | null) => {
    vi.resetModules();
    vi.doMock('./data-path.js', async (original) => ({
      ...(await original<typeof import('./data-path.js')>()),
      precomputedPath: (name: string) => (dir ? join(dir, name) : null),
    }));
    return (await import('./orgs.js')).loadOrgs();
  };
  afterEach(() => {
    vi.doUnmock('./data-path.js');
    vi.resetModules();
  });

  it('answers the same organisation lookups from the serialised index as from the entries', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-orgs-'));
    try {
      const index = buildMergedOrgIndex(orgSourcesStamp());
      // what `npm run build` writes
      writeFileSync(join(dir, ORG_INDEX_FILE), JSON.stringify(index));
      const built = await loadOrgsWith(null);
      const reread = await loadOrgsWith(dir);
      expect(reread).not.toBe(built);
      const surfaces = index.entries.flatMap((e) => [e.name, ...e.aliases, ...e.acronyms]);
      // spelling drift goes through the loose (skeleton) table
      surfaces.push('Al Queda', 'Hizbut Tahrir', 'Lashkar e Tayyaba', 'Tehreek i Taliban');
      for (const s of surfaces) {
        expect(reread.lookup(s)?.name, s).toBe(built.lookup(s)?.name);
        expect(reread.lookupLoose(s)?.name, s).toBe(built.lookupLoose(s)?.name);
      }
      expect(surfaces.length).toBeGreaterThan(1000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('searches the sorted common-word list in place', () => {
    const words = commonWords();
    for (const w of ['statement', 'general', 'a', 'press']) expect(words.has(w), w).toBe(true);
    for (const w of ['pakistan', 'zzzzq', '', 'Statement']) expect(words.has(w), w).toBe(false);
  });
});
