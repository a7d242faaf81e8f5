// `npm run crash [-- --points N --seeds M]`: SIGKILL at N seeded random moments of
// ingest, reextract and a merge decision, for each of M seeds (default 200 × 1).
import { type CrashReport, runCrash } from './crash-harness.js';

const argv = process.argv.slice(2);
const value = (name: string, dflt: string) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : dflt;
};
const points = Number(value('--points', '200'));
const seeds = Number(value('--seeds', '1'));
const first = Number(value('--seed', '1'));
const kinds = value('--kinds', 'ingest,reextract,decision').split(',') as CrashReport['kind'][];

const all: CrashReport[] = [];
const t0 = Date.now();
for (let s = first; s < first + seeds; s++) {
  const reports = await runCrash({
    points,
    seed: s,
    kinds,
    more: argv.includes('--more'),
    log: (m) => process.stderr.write(`seed ${s} +${((Date.now() - t0) / 1000).toFixed(0)} s: ${m}\n`),
  });
  all.push(...reports);
}
console.log(
  '| run | kill points × seeds | killed while running | mid-ingest | integrity failures | re-run failures | graph mismatches |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const kind of kinds) {
  const rs = all.filter((r) => r.kind === kind);
  const sum = (k: keyof CrashReport) => rs.reduce((n, r) => n + (r[k] as number), 0);
  console.log(
    `| ${kind} | ${points} × ${seeds} | ${sum('killed')} | ${kind === 'ingest' ? sum('midway') : '–'} | ${sum('integrityFailures')} | ${sum('rerunFailures')} | ${sum('mismatches')} |`,
  );
}
for (const r of all) for (const f of r.failures) console.log(`FAIL ${f}`);
console.log(`${((Date.now() - t0) / 1000).toFixed(0)} s`);
process.exit(all.some((r) => r.failures.length) ? 1 : 0);
