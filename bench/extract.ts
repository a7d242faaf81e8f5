// `npm run bench:extract` — words per second of dossier's whole pipeline against
// compromise's people/places/organizations pass over the same documents, one thread;
// beside it, the tagger and the tagger + dependency parser alone over the same sentences
// (part of the pipeline's time, shown to see what the parse costs). Each side first makes
// one pass over the corpus (printed: the JIT is warming up), then `--rounds=N` (3) passes
// in turn; the ratio is of the median rounds.
// `npm run bench:extract -- --big` — peak RSS of `bin/dossier extract FILE --json` on
// one 10 MB document. Both measure the compiled dist/ (what bin/dossier runs); the npm
// script builds it first. Figures go in bench/RESULTS.md by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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
const rounds = Math.max(1, Math.floor(Number(roundsArg?.slice(9) ?? 3)) || 3);

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
function sampleMemory(): void {
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakRss = Math.max(peakRss, m.rss);
}

const pad = (s: string, n: number) => s.padStart(n);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

async function speed(docs: BenchDoc[]): Promise<void> {
  const dist = pathToFileURL(join(repoRoot, 'dist/')).href;
  const { extract } = (await import(`${dist}nlp/pipeline.js`)) as {
    extract: (src: SourceDocument) => Extraction;
  };
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
  const words = sources.reduce((n, s) => n + countWords(s.text), 0);
  const bytes = sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  const distinct = new Set(sources.map((s) => s.text)).size;

  console.log(machine());
  console.log(
    `corpus  ${sources.length} documents (${distinct} distinct), ${(bytes / MiB).toFixed(2)} MiB, ${fmt(words)} words`,
  );

  // A first pass of each over the whole corpus: lexicons, gazetteers and the model load
  // on first use, and V8 compiles the hot functions while it runs (dossier has far more
  // code to warm than compromise, and a few dozen documents do not reach all of it). It
  // is timed and printed; the ratio is taken on the passes after it, the steady state a
  // long ingest runs in.
  let entities = 0;
  let found = 0;
  const dossierPass = () =>
    timed(() => {
      entities = 0;
      for (const s of sources) {
        entities += extract(s).entities.length;
        sampleMemory();
      }
    });
  const compromisePassAll = () =>
    timed(() => {
      found = 0;
      for (const s of sources) found += compromisePass(s.text);
    });
  const dossierFirst = dossierPass();
  gc();
  const compFirst = compromisePassAll();
  gc();
  const baseRss = process.memoryUsage().rss;
  peakHeap = 0;
  peakRss = 0;

  // Then the two in turn, round by round, so that a drift in the machine's speed (other
  // processes, clock) falls on both; each side's figure is its median round.
  const dRounds: Timing[] = [];
  const cRounds: Timing[] = [];
  for (let r = 0; r < rounds; r++) {
    dRounds.push(dossierPass());
    gc();
    cRounds.push(compromisePassAll());
    gc();
  }
  const dossier = median(dRounds);
  const comp = median(cRounds);
  const dossierHeap = peakHeap;
  const dossierRss = peakRss;

  // The tagger and parser alone, over the same texts' sentences (segmented before the clock).
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
  for (const w of sentences.slice(0, 2000)) parser.parse(w);
  gc();
  const tagging = timed(() => {
    for (const w of sentences) parser.tag(w);
  });
  const parsing = timed(() => {
    for (const w of sentences) parser.parse(w);
  });

  const row = (name: string, t: Timing) =>
    `${name.padEnd(34)}${pad(fmt(words), 10)}${pad(t.wall.toFixed(2), 9)}${pad(t.cpu.toFixed(2), 9)}${pad(fmt(words / t.wall), 12)}${pad(fmt(words / t.cpu), 12)}`;
  console.log();
  console.log(
    `${''.padEnd(34)}${pad('words', 10)}${pad('wall s', 9)}${pad('cpu s', 9)}${pad('words/s', 12)}${pad('words/cpu-s', 12)}`,
  );
  console.log(row('first pass: dossier extract()', dossierFirst));
  console.log(row('first pass: compromise', compFirst));
  console.log(
    `first pass ratio                  ${(compFirst.wall / dossierFirst.wall).toFixed(2)}x wall, ${(compFirst.cpu / dossierFirst.cpu).toFixed(2)}x cpu  (JIT warming up)`,
  );
  console.log(row(`dossier extract() (median of ${rounds})`, dossier));
  console.log(row('  of which: tagger alone', tagging));
  console.log(row('  of which: tagger + parser', parsing));
  console.log(row(`compromise, people/places/orgs (${rounds})`, comp));
  const each = dRounds.map((d, r) => (cRounds[r].wall / d.wall).toFixed(2)).join(' ');
  console.log(
    `ratio dossier/compromise          ${(comp.wall / dossier.wall).toFixed(2)}x wall, ${(comp.cpu / dossier.cpu).toFixed(2)}x cpu  (bar: >= 1.00x; wall round by round: ${each})`,
  );
  console.log(
    `memory  dossier rounds peak heap ${(dossierHeap / MiB).toFixed(0)} MiB, RSS ${(dossierRss / MiB).toFixed(0)} MiB (${(baseRss / MiB).toFixed(0)} MiB after the first passes);` +
      ` whole run RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
  );
  console.log(`check   dossier ${fmt(entities)} entities, compromise ${fmt(found)} spans`);
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
else await speed(buildDocs(articles, minBytes));
