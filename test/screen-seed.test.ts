// The seed's names against the real lists: the UN consolidated list of 2015
// (../shared/watchlists) and the OFAC SDN list shipped in data/watchlists.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readListFile } from '../src/screen/import/index.js';
import { Matcher } from '../src/screen/match.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const UN = join(root, '../shared/watchlists/un/consolidated-2015-03-27.xml');
const OFAC = join(root, 'data/watchlists/ofac/sdn.csv');

describe.skipIf(!existsSync(UN))('seed names against UN 2015 + OFAC 2021', () => {
  let m: Matcher;
  beforeAll(() => {
    const entries = [];
    for (const [path, list] of [
      [UN, 'un'],
      [OFAC, 'ofac'],
    ]) {
      const parsed = readListFile(path);
      for (const e of parsed.entries) e.list = list;
      entries.push(...parsed.entries);
    }
    m = new Matcher(entries);
  });

  it('"Aymen al-Zawahiri" hits the UN listing of AIMAN MUHAMMED RABI AL-ZAWAHIRI', () => {
    const un = m.screen({ name: 'Aymen al-Zawahiri' }).find((h) => h.list === 'un');
    expect(un).toMatchObject({ id: 'QDi.006', listedName: 'AIMAN MUHAMMED RABI AL-ZAWAHIRI' });
  });

  it('the TTP (organisation) is a hit on both lists', () => {
    const ids = m.screen({ name: 'TTP', type: 'organization' }).map((h) => `${h.list}:${h.id}`);
    expect(ids).toContain('un:QDe.132');
    expect(ids).toContain('ofac:12206');
  });

  it('"Ibad Khan" and "Muhammad Tanvir" are no one\'s listing', () => {
    expect(m.screen({ name: 'Ibad Khan', type: 'person' })).toEqual([]);
    expect(m.screen({ name: 'Muhammad Tanvir', type: 'person' })).toEqual([]);
  });

  it('the Arabic-script UN name finds its own listing first', () => {
    expect(m.screen({ name: 'أيمن محمد ربيع الظواهري' })[0]).toMatchObject({ list: 'un', id: 'QDi.006' });
  });
});
