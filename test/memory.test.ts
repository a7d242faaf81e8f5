// The memory bar, end to end: the built CLI on one 10 MB article must finish
// and stay under 300 MB peak RSS. The article is the corpus bench:extract uses, its
// bodies joined into one document (bench/corpus.ts), so no text is checked in here.
// A run past the deadline is killed (whole process group) and fails with its figures.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBigText, findCorpus, readArticle, repoRoot } from '../bench/corpus.js';
import { measuredRun, rssMethod } from '../bench/peak-rss.js';

const MB = 1024 * 1024;
// The parser issue's bar: under 300 MB (taken as MiB, as GNU time reports KiB). History:
// 293 MiB with the parse alone, 315-342 MiB once the parse-based readers landed (2026-12-03),
// 281 MiB after the parse stopped keeping the parser model alive and a long text dropped the
// segmentation model (branch mem, bench/RESULTS.md "mem").
const LIMIT_KIB = 300 * 1024;
// The deadline only stops a runaway run: the speed bars are bench:extract's (a 10 MB article takes
// about 2 min of CPU on this machine; with the machine's two cores shared at load 12 it took
// 400-770 s of wall time, so 300 s killed sound runs).
const DEADLINE_MS = 900_000;

const corpus = findCorpus();
const method = rssMethod();
const skipReason = !corpus
  ? 'no corpus (../shared/corpus or corpus/demo/) to build the 10 MB article from'
  : method === 'none'
    ? 'neither /usr/bin/time nor /proc/PID/status is available to read peak RSS'
    : null;
if (skipReason) console.warn(`test/memory.test.ts skipped: ${skipReason}`);

describe.skipIf(skipReason !== null)('dossier extract on a 10 MB article', () => {
  let dir = '';
  let file = '';

  beforeAll(() => {
    if (!existsSync(join(repoRoot, 'dist/cli/main.js'))) {
      const build = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, encoding: 'utf8' });
      if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
    }
    dir = mkdtempSync(join(tmpdir(), 'dossier-memory-'));
    file = join(dir, 'article-10mb.txt');
    const articles = (corpus?.files ?? []).map(readArticle);
    writeFileSync(file, buildBigText(articles, 10 * MB));
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('exits 0 with peak RSS under the 300 MB bar', {
    timeout: DEADLINE_MS + 10_000,
  }, async () => {
    const run = await measuredRun(
      process.execPath,
      [join(repoRoot, 'bin/dossier'), 'extract', file, '--json'],
      repoRoot,
      {
        timeoutMs: DEADLINE_MS,
      },
    );
    const peak = run.peakKiB === null ? 'unknown' : `${(run.peakKiB / 1024).toFixed(0)} MiB`;
    const summary = `exit ${run.code}, ${run.seconds.toFixed(1)} s, peak RSS ${peak} (${run.method})`;
    // printed on success too, so a CI log shows the figure against the bar
    console.log(`test/memory: 10 MB article: ${summary}`);
    expect(run.timedOut, `not finished within ${DEADLINE_MS / 1000} s: ${summary}`).toBe(false);
    expect(run.code, `${summary}\n${run.stderr.slice(0, 2000)}`).toBe(0);
    expect(run.peakKiB, summary).not.toBeNull();
    expect(run.peakKiB ?? Infinity, summary).toBeLessThan(LIMIT_KIB);
  });
});
