// `npm run bench:export [-- --articles N] [--db FILE] [--formats stix,csv,…]` — every export
// format on a bench store: wall time and peak RSS of `bin/dossier export` (a child process,
// measured as bench:store measures ingest). The store is built by bench/store.ts --truth
// (its generator, written straight through the store's write path with ground-truth
// resolution: the fastest way to a large database), or reused with --db FILE when it exists.
// Bar: STIX of a 10,000-article store ≤ 60 s and ≤ 500 MB.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './corpus.js';
import { measuredRun } from './peak-rss.js';

const argv = process.argv.slice(2);
const value = (name: string, dflt: string) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : dflt;
};
const N = Number(value('--articles', '10000'));
if (!Number.isInteger(N) || N <= 0) throw new Error('--articles needs a positive whole number');
const formats = value('--formats', 'stix,gexf,graphml,csv,ftm,jsonl').split(',');
const work = mkdtempSync(join(os.tmpdir(), 'dossier-bench-export-'));
const db = value('--db', join(work, 'bench.db'));
const root = repoRoot;

if (!existsSync(db)) {
  console.log(`building a ${N}-article bench store (bench/store.ts --truth) …`);
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(root, 'bench/store.ts'),
      '--truth',
      '--articles',
      String(N),
      '--db',
      db,
      '--samples',
      '5',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}
const counts = execFileSync(
  'sqlite3',
  [
    db,
    "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM entities), (SELECT count(*) FROM facts WHERE kind='relation'), (SELECT count(*) FROM facts WHERE kind='event'), (SELECT count(*) FROM quotes)",
  ],
  { encoding: 'utf8' },
)
  .trim()
  .split('|');
console.log(
  `store     ${counts[0]} articles, ${counts[1]} entities, ${counts[2]} ties, ${counts[3]} events, ${counts[4]} quotes (${(statSync(db).size / 2 ** 20).toFixed(0)} MB)`,
);
console.log('format    seconds   peak RSS   output');
let failed = false;
for (const f of formats) {
  const out = join(work, f === 'csv' ? 'csv' : `export.${f}`);
  const r = await measuredRun(
    process.execPath,
    [join(root, 'bin/dossier'), 'export', '--db', db, '--format', f, '-o', out],
    root,
    { timeoutMs: 600_000 },
  );
  const bytes =
    f === 'csv'
      ? execFileSync('du', ['-sb', out], { encoding: 'utf8' }).split('\t')[0]
      : existsSync(out)
        ? String(statSync(out).size)
        : '0';
  const mb = r.peakKiB === null ? 'n/a' : `${(r.peakKiB / 1024).toFixed(0)} MB`;
  console.log(
    `${f.padEnd(9)} ${r.seconds.toFixed(1).padStart(7)}   ${mb.padStart(8)}   ${(Number(bytes) / 2 ** 20).toFixed(1)} MB${r.code === 0 ? '' : `  FAILED (exit ${r.code}${r.timedOut ? ', timed out' : ''}): ${r.stderr.slice(0, 300)}`}`,
  );
  if (r.code !== 0) failed = true;
  if (f === 'stix' && N >= 10_000 && (r.seconds > 60 || (r.peakKiB ?? 0) > 500 * 1024)) {
    console.log('  STIX over the bar (60 s, 500 MB)');
    failed = true;
  }
}
if (!argv.includes('--db')) rmSync(work, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
