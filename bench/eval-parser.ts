// `npm run eval:parser` — the tagger and parser on UD English EWT test.
//
// 1. Gold tokens: UPOS accuracy, UAS and LAS over all syntactic words, punctuation
//    included (the CoNLL 2018 shared-task way; LAS compares full labels with subtypes),
//    and words/s of tagging + parsing on one thread.
// 2. The project's own tokens: each sentence's `# text` goes through segment(), its
//    tokens are aligned to the gold words by character offsets, and the project's
//    sentences are tagged and parsed. A gold arc is recovered when its dependent and
//    its head (or the root) align 1:1 to project tokens and the predicted head and
//    label match.
//
//   npm run eval:parser -- [treebank-dir] [--model file] [--split test|dev]
//   (times are CPU time of this process, so a busy machine does not inflate them)

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readConllu, type UdSentence } from '../src/nlp/parser/conllu.js';
import type { Parser } from '../src/nlp/parser/index.js';
import { P, segment } from '../src/nlp/segment.js';
import { repoRoot } from './corpus.js';

// Speed is measured on the compiled dist/ (what bin/dossier runs; the npm script builds it).
const dist = (m: string) => pathToFileURL(join(repoRoot, 'dist', m)).href;
const { loadParser } = (await import(
  dist('nlp/parser/index.js')
)) as typeof import('../src/nlp/parser/index.js');
const { scoreParser } = (await import(
  dist('nlp/parser/evaluate.js')
)) as typeof import('../src/nlp/parser/evaluate.js');

function args() {
  const a = process.argv.slice(2);
  const o = {
    dir: '../shared/treebanks/ud-english-ewt',
    model: undefined as string | undefined,
    split: 'test',
  };
  for (let i = 0; i < a.length; i++) {
    if (a[i] === '--model') o.model = a[++i];
    else if (a[i] === '--split') o.split = a[++i];
    else if (a[i].startsWith('--')) throw new Error(`unknown option ${a[i]}`);
    else o.dir = a[i];
  }
  return o;
}

/** Character offsets of each gold word in the sentence text; [-1, -1] when it cannot be found in order. */
function wordOffsets(s: UdSentence): Int32Array {
  const off = new Int32Array(2 * s.words.length).fill(-1);
  let cur = 0;
  for (let i = 0; i < s.words.length; i++) {
    const w = s.words[i];
    let at = cur;
    while (at < s.text.length && /\s/.test(s.text[at])) at++;
    if (!s.text.startsWith(w, at)) {
      const k = s.text.indexOf(w, cur);
      if (k < 0 || k - cur > 20) continue;
      at = k;
    }
    off[2 * i] = at;
    off[2 * i + 1] = at + w.length;
    cur = at + w.length;
  }
  return off;
}

interface ProjectScore {
  arcs: number;
  aligned: number;
  recovered: number;
  unlabelled: number;
}

function projectTokens(parser: Parser, sents: UdSentence[]): ProjectScore {
  const r: ProjectScore = { arcs: 0, aligned: 0, recovered: 0, unlabelled: 0 };
  for (const s of sents) {
    const off = wordOffsets(s);
    const seg = segment(s.text);
    const tk = seg.tokens;
    // predicted head (token index, -1 root) and label of every project token
    const pHead = new Int32Array(tk.length).fill(-2);
    const pRel: string[] = new Array(tk.length);
    for (const sent of seg.sentences) {
      const idx: number[] = [];
      for (let t = sent.tFirst; t < sent.tLast; t++) if (tk.pos[t] !== P.SPACE) idx.push(t);
      if (idx.length === 0) continue;
      const p = parser.parse(idx.map((t) => s.text.slice(tk.start[t], tk.end[t])));
      for (let k = 0; k < idx.length; k++) {
        pHead[idx[k]] = p.head[k] < 0 ? -1 : idx[p.head[k]];
        pRel[idx[k]] = parser.labels[p.rel[k]];
      }
    }
    const byStart = new Map<number, number>();
    for (let t = 0; t < tk.length; t++) if (tk.pos[t] !== P.SPACE) byStart.set(tk.start[t], t);
    // gold word → project token when the spans are identical
    const tokOf = new Int32Array(s.words.length).fill(-1);
    for (let i = 0; i < s.words.length; i++) {
      const t = byStart.get(off[2 * i]);
      if (t !== undefined && off[2 * i] >= 0 && tk.end[t] === off[2 * i + 1]) tokOf[i] = t;
    }
    for (let i = 0; i < s.words.length; i++) {
      r.arcs++;
      const d = tokOf[i];
      const gh = s.head[i];
      const h = gh < 0 ? -1 : tokOf[gh];
      if (d < 0 || (gh >= 0 && h < 0)) continue;
      r.aligned++;
      if (pHead[d] === h) {
        r.unlabelled++;
        if (pRel[d] === s.rel[i]) r.recovered++;
      }
    }
  }
  return r;
}

function main() {
  const o = args();
  const file = join(o.dir, `en_ewt-ud-${o.split}.conllu`);
  let sents: UdSentence[];
  try {
    sents = readConllu(readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`cannot read ${file}`);
  }
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const parser = loadParser(o.model);
  const loadMs = performance.now() - t0;
  const lc = process.cpuUsage(c0);
  console.log(
    `model   ${o.model ?? 'data/parser/en-ewt.bin'} loaded in ${loadMs.toFixed(0)} ms wall, ${((lc.user + lc.system) / 1000).toFixed(0)} ms CPU`,
  );
  console.log(`        ${JSON.stringify(parser.meta)}`);
  const sc = scoreParser(parser, sents);
  // speed: best of three passes over the split (the first warms the JIT)
  let bestMs = sc.ms;
  let bestCpu = sc.cpuMs;
  for (let k = 0; k < 2; k++) {
    const r = scoreParser(parser, sents);
    bestMs = Math.min(bestMs, r.ms);
    bestCpu = Math.min(bestCpu, r.cpuMs);
  }
  const gt = scoreParser(parser, sents, true);
  const pct = (x: number) => (100 * x).toFixed(2);
  console.log(
    `EWT ${o.split}: ${sents.length} sentences, ${sc.words} words (gold tokens; punctuation included)`,
  );
  console.log(`  UPOS ${pct(sc.upos)}  UAS ${pct(sc.uas)}  LAS ${pct(sc.las)}   (predicted tags)`);
  console.log(`  UAS ${pct(gt.uas)}  LAS ${pct(gt.las)}   (gold tags, for reference)`);
  const rate = (ms: number) => Math.round(sc.words / (ms / 1000)).toLocaleString('en-US');
  console.log(
    `  speed ${rate(bestCpu)} words per CPU second (${rate(bestMs)} words/s wall; tag + parse, one thread, best of 3)`,
  );
  const pr = projectTokens(parser, sents);
  console.log(`project tokenisation (segment() on # text, parsed per project sentence):`);
  console.log(
    `  gold arcs ${pr.arcs}; both ends aligned 1:1 ${pct(pr.aligned / pr.arcs)}%; ` +
      `recovered (head + label) ${pct(pr.recovered / pr.arcs)}%, head only ${pct(pr.unlabelled / pr.arcs)}%`,
  );
}

try {
  main();
} catch (e) {
  console.error(`eval-parser: ${(e as Error).message}`);
  process.exit(1);
}
