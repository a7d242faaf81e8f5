// scripts/build-knowledge.ts rebuilds the committed gazetteer files from public sources (the
// watch lists in ../shared, GeoNames/SimpleMaps/countries-states-cities npm packages). The
// committed files must be what it writes today: a curated region added by hand without a
// rebuild once left admin-regions.json out of step with the script.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const watchlists = process.env.DOSSIER_WATCHLISTS ?? join(root, '../shared/watchlists');
const data = join(root, 'src/knowledge/data');
const generated = [
  'organizations.json',
  'cities.json',
  'ambiguous-place-names.json',
  'admin-regions.json',
  'compass-divisions.json',
  'towns.tsv',
  'towns.json',
];

describe.skipIf(!existsSync(join(watchlists, 'ofac/sdn.csv')))('build-knowledge', () => {
  const out = mkdtempSync(join(tmpdir(), 'dossier-knowledge-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes every generated file byte for byte as committed', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts/build-knowledge.ts'), '--out', out],
      { cwd: root, encoding: 'utf8', env: { ...process.env, DOSSIER_WATCHLISTS: watchlists } },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^organizations: \d+; distinct city names: \d+; divisions: \d+; towns: \d+$/m);
    for (const f of generated) {
      const built = readFileSync(join(out, f));
      const committed = readFileSync(join(data, f));
      // a mismatch names the file and its first differing line, not 10 MB of text
      if (!built.equals(committed)) {
        const a = built.toString('utf8').split('\n');
        const b = committed.toString('utf8').split('\n');
        const i = a.findIndex((line, k) => line !== b[k]);
        expect.fail(
          `${f} differs from the rebuild at line ${i + 1}: built ${a[i]?.slice(0, 120)} | committed ${b[i]?.slice(0, 120)}`,
        );
      }
    }
  }, 180_000);
});
