// scripts/check-export.ts, the export bars checked from outside: it runs bin/dossier and
// reads what it wrote with Ajv, graphology, csv-parse and the FtM model.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const seed = join(root, '../shared/corpus/seed');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/check-export.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });

describe.skipIf(!existsSync(seed))('check:export', () => {
  it('exports every format from a store of the seed and finds each valid', () => {
    const r = run('--corpus', seed);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    for (const line of [
      'STIX objects valid',
      'STIX bundle valid',
      'GEXF re-read = dossier graph',
      'GRAPHML re-read = dossier graph',
      'CSV ties.csv evidence',
      'FtM entities valid',
    ])
      expect(r.stdout).toMatch(new RegExp(`^ok +${line}`, 'm'));
    expect(r.stdout).toMatch(/^all \d+ checks passed$/m);
  }, 120_000);

  it('a database that does not exist is one line and exit 2', () => {
    const r = run('--db', '/nonexistent/dossier.db');
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('check:export: /nonexistent/dossier.db: no such database');
  });
});
