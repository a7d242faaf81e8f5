// The founding article end to end through the built CLI, scored against its gold file by
// the shared scorer; the bars are the acceptance bars. Needs ../shared (the
// corpus, gold and scorer live outside this repo): without it the test is skipped, loudly.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { distIsStale } from './build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = resolve(root, '..', 'shared');
const article = join(shared, 'corpus/seed/isis-talk-of-the-town.txt');
const gold = join(shared, 'eval/gold/isis-talk-of-the-town.gold.json');
const scorer = join(shared, 'eval/score.mjs');
const hasShared = [article, gold, scorer].every((p) => existsSync(p));
if (!hasShared)
  console.warn(`seed.integration: skipped, ${shared} (seed article, gold file, scorer) not found`);

const _entry = join(root, 'dist/cli/main.js');

interface Scores {
  entities: { f1: number; aliasRecall: number; splits: string[]; missed: string[]; falsePositives: string[] };
  places: { geocoded: number; wrong: string[] };
  quotes: { f1: number; speakerAccuracy: number; speakerWrong: string[]; missed: string[] };
  relations: { f1: number; missed: string[]; falsePositives: string[] };
}

let s: Scores;

describe('seed article through the CLI', () => {
  beforeAll(async () => {
    if (!hasShared) return;
    if (distIsStale(root)) {
      const b = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
      if (b.status !== 0) throw new Error(`npm run build failed:\n${b.stdout}\n${b.stderr}`);
    }
    const r = spawnSync(process.execPath, [join(root, 'bin/dossier'), 'extract', article, '--json'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.status !== 0) throw new Error(`dossier extract failed (${r.status}):\n${r.stderr}`);
    const { score } = (await import(pathToFileURL(scorer).href)) as {
      score: (g: unknown, sys: unknown) => Scores;
    };
    s = score(JSON.parse(readFileSync(gold, 'utf8')), JSON.parse(r.stdout));
  }, 180_000);

  it.skipIf(!hasShared)('finds the entities (F1 ≥ 0.95, alias recall ≥ 0.9, no splits)', () => {
    const e = s.entities;
    const why = `missed: ${e.missed.join('; ')} | false: ${e.falsePositives.join('; ')} | splits: ${e.splits.join('; ')}`;
    expect(e.f1, why).toBeGreaterThanOrEqual(0.95);
    expect(e.aliasRecall, why).toBeGreaterThanOrEqual(0.9);
    expect(e.splits, why).toEqual([]);
  });

  it.skipIf(!hasShared)('geocodes the places (≥ 0.95 within tolerance)', () => {
    expect(s.places.geocoded, `wrong: ${s.places.wrong.join('; ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it.skipIf(!hasShared)('finds the quotes and their speakers (F1 ≥ 0.95, speakers ≥ 0.93)', () => {
    const q = s.quotes;
    const why = `missed: ${q.missed.join('; ')} | wrong speakers: ${q.speakerWrong.join('; ')}`;
    expect(q.f1, why).toBeGreaterThanOrEqual(0.95);
    expect(q.speakerAccuracy, why).toBeGreaterThanOrEqual(0.93);
  });

  it.skipIf(!hasShared)('finds the ties (strict F1 ≥ 0.75)', () => {
    const r = s.relations;
    expect(
      r.f1,
      `missed: ${r.missed.join('; ')} | false: ${r.falsePositives.join('; ')}`,
    ).toBeGreaterThanOrEqual(0.75);
  });
});
