// `npm run bench:extract` — words per second of dossier's whole pipeline against
// compromise's people/places/organizations pass over the same documents, one thread;
// beside it, the tagger and the tagger + dependency parser alone over the same sentences
// (part of the pipeline's time, shown to see what the parse costs). Each side runs in a
// process of its own: a first pass over the corpus (printed: the JIT is warming up), then
// `--rounds=N` (3) passes; the ratio is of the median passes. The machine's speed drifts
// by ±10% from minute to minute here: read the ratio over several runs.
// `npm run bench:extract -- --big` — peak RSS of `bin/dossier extract FILE --json` on
// one 10 MB document. Both measure the compiled dist/ (what bin/dossier runs); the npm
// script builds it first. Figures go in bench/RESULTS.md by hand.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import nlp from 'compromise';
import type { Extraction, SourceDocument } from '../src/types.js';
import {
  type BenchDoc,
  buildBigText,
  buildDocs,
  countWords,
  findCorpus,
  readArticle,
  repoRoot,
} from './corpus.js';
import { measuredRun } from './peak-rss.js';

const MIN_BYTES = 1024 * 1024;
const BIG_BYTES = 10 * 1024 * 1024;
const MiB = 1024 * 1024;

const args = process.argv.slice(2);
const big = args.includes('--big');
const bytesArg = args.find((a) => a.startsWith('--mb='));
const minBytes = bytesArg ? Number(bytesArg.slice(5)) * MiB : big ? BIG_BYTES : MIN_BYTES;
const roundsArg = args.find((a) => a.startsWith('--rounds='));
const nRounds = Math.max(1, Math.floor(Number(roundsArg?.slice(9) ?? 3)) || 3);
const sideValue = args.find((a) => a.startsWith('--side='))?.slice(7);
const sideArg = sideValue === 'dossier' || sideValue === 'compromise' ? sideValue : null;

function machine(): string {
  const cpus = os.cpus();
  return [
    `cpu     ${cpus[0]?.model ?? 'unknown'} (${cpus.length} logical cores visible)`,
    `memory  ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `node    ${process.version} ${process.platform}-${process.arch}`,
    'thread  one JS thread; V8 GC helper threads use other cores unless pinned with `taskset -c 0`',
    '        (the cpu s column counts them either way)',
  ].join('\n');
}

interface Timing {
  wall: number;
  cpu: number;
}

/** The round with the median wall time (of an even count, the faster middle one). */
function median(ts: Timing[]): Timing {
  return [...ts].sort((a, b) => a.wall - b.wall)[Math.floor((ts.length - 1) / 2)];
}

function timed(fn: () => void): Timing {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1e6 };
}

let peakHeap = 0;
let peakRss = 0;
let sampled = 0;
/**
 * The peaks, read after every 16th document (and with `now`). process.memoryUsage() after
 * each document (a /proc read and the heap's statistics: 0.1-0.2 ms of CPU a call in a
 * 300 MB process, 1.7% of a profiled run under load) ran inside dossier's timed passes
 * only, so the ratio charged the bench's own sampling to dossier.
 */
function sampleMemory(now = false): void {
  if (!now && ++sampled % 16 !== 0) return;
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakRss = Math.max(peakRss, m.rss);
}

const pad = (s: string, n: number) => s.padStart(n);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** What one side's process measured (printed as one JSON line after RESULT_TAG). */
interface SideResult {
  first: Timing;
  rounds: Timing[];
  words: number;
  documents: number;
  distinct: number;
  bytes: number;
  found: number;
  /** dossier only: the tagger and the tagger + parser alone over the same sentences */
  tagging?: Timing;
  parsing?: Timing;
  peakHeap: number;
  peakRss: number;
  baseRss: number;
  maxRss: number;
}
const RESULT_TAG = 'bench-extract-result ';

/**
 * One side in a process of its own: a first pass over the corpus (lexicons, gazetteers and
 * the model load on first use, and V8 compiles the hot code while it runs; dossier has far
 * more code to warm than compromise), then `rounds` passes, the steady state a long ingest
 * runs in. Each side runs alone, as a user runs it: in one process, dossier's passes paid
 * for marking compromise's heap as well (~40% more CPU a pass).
 */
async function side(which: 'dossier' | 'compromise', docs: BenchDoc[]): Promise<void> {
  const dist = pathToFileURL(join(repoRoot, 'dist/')).href;
  const { parseHeader } = (await import(`${dist}ingest/header.js`)) as {
    parseHeader: (text: string) => {
      fields: { title?: string; published?: string; url?: string; byline?: string; dek?: string };
      body: string;
    };
  };
  const { normaliseText } = (await import(`${dist}ingest/text.js`)) as {
    normaliseText: (t: string) => string;
  };
  // What readInput does for a text file, done before the clock starts: reading is not the pipeline.
  const sources: SourceDocument[] = docs.map((d) => {
    const { fields, body } = parseHeader(normaliseText(d.raw));
    return {
      title: fields.title ?? null,
      published: fields.published ?? null,
      url: fields.url ?? null,
      byline: fields.byline,
      dek: fields.dek,
      text: body,
    };
  });
  let found = 0;
  let pass: () => void;
  if (which === 'dossier') {
    const { extract } = (await import(`${dist}nlp/pipeline.js`)) as {
      extract: (src: SourceDocument) => Extraction;
    };
    pass = () => {
      found = 0;
      for (const s of sources) {
        found += extract(s).entities.length;
        sampleMemory();
      }
      sampleMemory(true);
    };
  } else
    pass = () => {
      found = 0;
      for (const s of sources) found += compromisePass(s.text);
    };
  const first = timed(pass);
  peakHeap = 0;
  peakRss = 0;
  // No forced collection before or between the timed passes: V8's full collection on
  // gc() throws away much of the optimised code, so each pass after one compiled its hot
  // functions again (dossier: 530-800 functions re-optimised a pass against 180-290
  // without, and ~30% more CPU). No ingest or extract run forces one.
  const rounds: Timing[] = [];
  for (let r = 0; r < nRounds; r++) rounds.push(timed(pass));
  gc();
  const baseRss = process.memoryUsage().rss;
  const result: SideResult = {
    first,
    rounds,
    words: sources.reduce((n, s) => n + countWords(s.text), 0),
    documents: sources.length,
    distinct: new Set(sources.map((s) => s.text)).size,
    bytes: sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0),
    found,
    peakHeap,
    peakRss,
    baseRss,
    maxRss: process.resourceUsage().maxRSS * 1024,
  };
  if (which === 'dossier') Object.assign(result, await parserAlone(sources));
  console.log(RESULT_TAG + JSON.stringify(result));
}

/** The tagger and the tagger + parser alone, over the texts' sentences (segmented before the clock). */
async function parserAlone(sources: SourceDocument[]): Promise<{ tagging: Timing; parsing: Timing }> {
  const dist = pathToFileURL(join(repoRoot, 'dist/')).href;
  const { segment, POS } = (await import(`${dist}nlp/segment.js`)) as {
    segment: (text: string) => {
      text: string;
      sentences: { tFirst: number; tLast: number }[];
      tokens: { start: Int32Array; end: Int32Array; pos: Uint8Array };
    };
    POS: readonly string[];
  };
  const { loadParser } = (await import(`${dist}nlp/parser/index.js`)) as {
    loadParser: () => { tag(w: readonly string[]): unknown; parse(w: readonly string[]): unknown };
  };
  const parser = loadParser();
  const sentences: string[][] = [];
  for (const s of sources) {
    const seg = segment(s.text);
    for (const x of seg.sentences) {
      const w: string[] = [];
      for (let t = x.tFirst; t < x.tLast; t++)
        if (POS[seg.tokens.pos[t]] !== 'SPACE')
          w.push(seg.text.slice(seg.tokens.start[t], seg.tokens.end[t]));
      if (w.length) sentences.push(w);
    }
  }
  // (collected before the warm-up, not after it: see side())
  gc();
  for (const w of sentences.slice(0, 2000)) parser.parse(w);
  const tagging = timed(() => {
    for (const w of sentences) parser.tag(w);
  });
  const parsing = timed(() => {
    for (const w of sentences) parser.parse(w);
  });
  return { tagging, parsing };
}

/** Runs a side in a child process (this script, the same flags) and reads its result. */
function runSide(which: 'dossier' | 'compromise'): SideResult {
  const script = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, [...process.execArgv, script, `--side=${which}`, ...args], {
    cwd: process.cwd(),
    encoding: 'utf8',
    maxBuffer: 64 * MiB,
  });
  const line = r.stdout?.split('\n').find((l) => l.startsWith(RESULT_TAG));
  if (r.status !== 0 || !line) {
    console.error(
      `bench:extract: the ${which} process failed (exit ${r.status}):\n${(r.stderr ?? '').slice(-2000)}`,
    );
    process.exit(1);
  }
  return JSON.parse(line.slice(RESULT_TAG.length)) as SideResult;
}

async function speed(): Promise<void> {
  console.log(machine());
  const d = runSide('dossier');
  const c = runSide('compromise');
  const words = d.words;
  console.log(
    `corpus  ${d.documents} documents (${d.distinct} distinct), ${(d.bytes / MiB).toFixed(2)} MiB, ${fmt(words)} words; each side in a process of its own`,
  );
  const dossier = median(d.rounds);
  const comp = median(c.rounds);
  const row = (name: string, t: Timing) =>
    `${name.padEnd(36)}${pad(fmt(words), 10)}${pad(t.wall.toFixed(2), 9)}${pad(t.cpu.toFixed(2), 9)}${pad(fmt(words / t.wall), 12)}${pad(fmt(words / t.cpu), 12)}`;
  console.log();
  console.log(
    `${''.padEnd(36)}${pad('words', 10)}${pad('wall s', 9)}${pad('cpu s', 9)}${pad('words/s', 12)}${pad('words/cpu-s', 12)}`,
  );
  console.log(row('first pass: dossier extract()', d.first));
  console.log(row('first pass: compromise', c.first));
  console.log(
    `first pass ratio                    ${(c.first.wall / d.first.wall).toFixed(2)}x wall, ${(c.first.cpu / d.first.cpu).toFixed(2)}x cpu  (the JIT warming up)`,
  );
  console.log(row(`dossier extract() (median of ${nRounds})`, dossier));
  if (d.tagging) console.log(row('  of which: tagger alone', d.tagging));
  if (d.parsing) console.log(row('  of which: tagger + parser', d.parsing));
  console.log(row(`compromise, people/places/orgs (${nRounds})`, comp));
  const walls = (t: Timing[]) => t.map((x) => x.wall.toFixed(2)).join(' ');
  console.log(
    `ratio dossier/compromise            ${(comp.wall / dossier.wall).toFixed(2)}x wall, ${(comp.cpu / dossier.cpu).toFixed(2)}x cpu  (bar: >= 1.00x; passes, wall s: dossier ${walls(d.rounds)}, compromise ${walls(c.rounds)})`,
  );
  console.log(
    `memory  dossier passes peak heap ${(d.peakHeap / MiB).toFixed(0)} MiB, RSS ${(d.peakRss / MiB).toFixed(0)} MiB (${(d.baseRss / MiB).toFixed(0)} MiB after them, collected); whole process RSS ${(d.maxRss / MiB).toFixed(0)} MiB`,
  );
  console.log(`check   dossier ${fmt(d.found)} entities, compromise ${fmt(c.found)} spans`);
}

function compromisePass(text: string): number {
  const doc = nlp(text);
  return (
    doc.people().out('array').length +
    doc.places().out('array').length +
    doc.organizations().out('array').length
  );
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function memory(text: string): Promise<void> {
  const dir = mkdtempSync(join(os.tmpdir(), 'dossier-bench-'));
  const file = join(dir, 'big.txt');
  writeFileSync(file, text);
  console.log(machine());
  console.log(
    `input   one document, ${(Buffer.byteLength(text) / MiB).toFixed(2)} MiB, ${fmt(countWords(text))} words`,
  );
  console.log(`command node bin/dossier extract ${file} --json > /dev/null`);
  try {
    const run = await measuredRun(
      process.execPath,
      [join(repoRoot, 'bin/dossier'), 'extract', file, '--json'],
      repoRoot,
    );
    const peak = run.peakKiB === null ? 'unknown' : `${(run.peakKiB / 1024).toFixed(0)} MiB`;
    console.log(`exit    ${run.code}${run.stderr ? `  stderr: ${run.stderr.trim().slice(0, 300)}` : ''}`);
    console.log(`time    ${run.seconds.toFixed(1)} s wall`);
    console.log(`peak    RSS ${peak} (${run.method})  (bar: < 300 MiB)`);
    if (run.code !== 0) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const corpus = findCorpus();
if (!corpus) {
  console.error(
    'bench:extract: no corpus: neither ../shared/corpus/{seed,public-domain} nor corpus/demo/ has .txt files',
  );
  process.exit(2);
}
const articles = corpus.files.map(readArticle);
console.log(`source  ${corpus.files.length} articles from ${corpus.label}`);
if (big) await memory(buildBigText(articles, minBytes));
else if (sideArg) await side(sideArg, buildDocs(articles, minBytes));
else await speed();
