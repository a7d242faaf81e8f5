// `npm run bench:serve [-- --db FILE | --articles N] [--duration 30] [--connections 50] [--ingest 1000]`
//
// Load on the HTTP API with autocannon: `bin/dossier serve` on a bench store (made by
// bench/store.ts --direct when no --db is given; 10,000 articles by default), 50
// connections for 30 s over a mix of search, entity, graph, timeline and path; then the
// same again while `bin/dossier ingest` adds 1,000 articles to the same store. Reports
// requests/s, p50/p99 latency, errors (non-2xx and socket errors) and the server's peak
// RSS (VmHWM), and checks the bars: 0 errors, p99 ≤ 250 ms (≤ 500 ms during the ingest),
// RSS ≤ 1 GB. All traffic goes to 127.0.0.1. Each run says what its errors were and the
// machine's load average before → after it. DOSSIER_CACHE=0 runs the server without its
// read cache, DOSSIER_READ_THREADS=0 without its read threads.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg as osLoad, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { buildDocs, findCorpus, readArticle, repoRoot } from './corpus.js';

const argv = process.argv.slice(2);
const value = (name: string, dflt: string) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : dflt;
};
const ARTICLES = Number(value('--articles', '10000'));
const DURATION = Number(value('--duration', '30'));
const CONNECTIONS = Number(value('--connections', '50'));
const INGEST = Number(value('--ingest', '1000'));
const BIN = join(repoRoot, 'bin/dossier');
const work = mkdtempSync(join(tmpdir(), 'dossier-bench-serve-'));

function benchStore(): string {
  const given = value('--db', '');
  if (given) return given;
  const db = join(work, 'bench.db');
  console.log(`building a ${ARTICLES}-article bench store (bench/store.ts --direct)…`);
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(repoRoot, 'bench/store.ts'),
      '--articles',
      String(ARTICLES),
      '--direct',
      '--db',
      db,
      '--samples',
      '1',
    ],
    { cwd: repoRoot, stdio: 'inherit' },
  );
  if (r.status !== 0) throw new Error('bench/store.ts failed');
  return db;
}

/** Peak resident set of a process (VmHWM), in MiB; null off Linux. */
function peakRssMiB(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

function startServer(db: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout?.on('data', (d) => {
      out += d;
      const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.once('exit', (code) => reject(new Error(`dossier serve exited (${code}): ${out}`)));
  });
}

async function json<T>(url: string): Promise<T> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return (await r.json()) as T;
}

interface Result {
  label: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** what the errors were: autocannon timeouts (no answer in 10 s), socket errors, statuses */
  kinds: string;
  requests: number;
  load: string;
}

const loadavg = () =>
  osLoad()
    .map((x) => x.toFixed(1))
    .join(' ');

async function load(url: string, label: string, paths: () => string): Promise<Result> {
  const before = loadavg();
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, path: paths() }) }],
  });
  const errors = r.errors + r.timeouts + r.non2xx;
  const statuses = Object.entries(
    (r as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {},
  )
    .map(([code, v]) => `${code}×${v.count}`)
    .join(' ');
  return {
    label,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors,
    kinds: `timeouts ${r.timeouts}, socket errors ${r.errors - r.timeouts}, non-2xx ${r.non2xx}; statuses ${statuses}`,
    requests: r.requests.total,
    load: `${before} → ${loadavg()}`,
  };
}

const db = benchStore();
const { child, url } = await startServer(db);
let ingest: ChildProcess | undefined;
try {
  const ents = await json<{ items: { id: string; name: string }[] }>(
    `${url}/api/entities?sort=mentions&limit=300`,
  );
  const ids = ents.items.map((e) => e.id);
  const words = [...new Set(ents.items.flatMap((e) => e.name.split(/\s+/)).filter((w) => w.length > 3))];
  if (ids.length < 2) throw new Error('the bench store has fewer than 2 entities');
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pick = <T>(xs: T[]) => xs[rand(xs.length)];
  const e = encodeURIComponent;
  const mix = [
    () => `/api/search?q=${e(pick(words))}`,
    () => `/api/entities/${e(pick(ids))}`,
    () => `/api/graph?around=${e(pick(ids))}&depth=1`,
    () => `/api/timeline?entity=${e(pick(ids))}`,
    () => `/api/path?a=${e(pick(ids))}&b=${e(pick(ids))}&maxHops=3`,
  ];
  let k = 0;
  const paths = () => mix[k++ % mix.length]();
  const health = await json<{ documents: number; entities: number }>(`${url}/api/health`);
  console.log(`store: ${health.documents} documents, ${health.entities} entities; server at ${url}`);

  const results: Result[] = [];
  results.push(await load(url, 'mix, idle store', paths));
  const rssIdle = peakRssMiB(child.pid!);

  let ingested = 0;
  if (INGEST > 0) {
    const corpus = findCorpus();
    if (!corpus) throw new Error('no corpus for the concurrent ingest');
    const dir = join(work, 'ingest');
    mkdirSync(dir);
    const articles = corpus.files.map(readArticle);
    let all = buildDocs(articles, INGEST * 2000);
    while (all.length < INGEST) all = buildDocs(articles, INGEST * 2000 * (1 + INGEST / all.length));
    let bytes = 0;
    for (const [i, d] of all.slice(0, INGEST).entries()) {
      writeFileSync(join(dir, `${String(i).padStart(5, '0')}.txt`), d.raw);
      bytes += d.raw.length;
    }
    const before = health.documents;
    ingest = spawn(process.execPath, [BIN, 'ingest', dir, '--db', db, '--json'], {
      cwd: repoRoot,
      stdio: 'ignore',
    });
    results.push(await load(url, `mix, during an ingest of ${INGEST} articles`, paths));
    ingested = (await json<{ documents: number }>(`${url}/api/health`)).documents - before;
    console.log(
      `concurrent ingest: ${ingested} of ${INGEST} articles stored during the ${DURATION} s window (${(bytes / 1e6).toFixed(2)} MB)`,
    );
  }
  const rss = peakRssMiB(child.pid!);

  console.log(
    `\n${CONNECTIONS} connections, ${DURATION} s each; mix: search, entity, graph, timeline, path\n`,
  );
  console.log('| run | requests | req/s | p50 ms | p99 ms | errors | bar | load average (1, 5, 15 min) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |');
  let ok = true;
  for (const [i, r] of results.entries()) {
    const bar = i === 0 ? 250 : 500;
    const pass = r.errors === 0 && r.p99 <= bar;
    ok &&= pass;
    console.log(
      `| ${r.label} | ${r.requests} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} | ${pass ? 'pass' : 'FAIL'} (0 errors, p99 ≤ ${bar} ms) | ${r.load} |`,
    );
  }
  for (const r of results) console.log(`${r.label}: ${r.kinds}`);
  const rssOk = rss === null || rss <= 1024;
  ok &&= rssOk;
  console.log(
    `\nserver peak RSS: ${rssIdle?.toFixed(0) ?? '?'} MiB after the idle run, ${rss?.toFixed(0) ?? '?'} MiB at the end (bar ≤ 1024: ${rssOk ? 'pass' : 'FAIL'})`,
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  ingest?.kill('SIGTERM');
  child.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
