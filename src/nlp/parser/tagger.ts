import { f1, f2, f3 } from './hash.js';
import { Lex, PAD } from './lex.js';
import type { TrainWeights, Weights } from './weights.js';

// Averaged-perceptron tagger (Collins 2002; Honnibal's "200 lines" design): one greedy
// left-to-right pass over word, lower case, prefixes and suffixes 1-4, shape, the two
// previous predicted tags, the neighbouring words, and the ambiguity classes (the set
// of tags a word took in training) of the word and its neighbours, which stand in for
// the tags to the right. Words that are frequent and unambiguous in the training data
// are tagged from a dictionary. An optional second pass (a second table) also reads
// the first pass's tags of the word and the two to its right.
//
// It predicts fine tags: UPOS paired with the Penn tag ('VERB|VBN', 'AUX|VBD'), which
// tell the parser more than UPOS alone (a passive participle, a possessive). The UPOS
// is read off the fine tag.

const START_TAG = 0x7ff0;
const START_TAG2 = 0x7ff1;
const END_TAG = 0x7ff2;
const TAG_FEATS = 64;
const AMB_UNK = 0x3a11;
const AMB_PAD = 0x3a12;

/** Ambiguity classes of the sentence's words (offset by PAD), for the features. */
let amb = new Int32Array(64);
function setAmb(m: TaggerModel, lex: Lex): void {
  if (amb.length < lex.n + 2 * PAD) amb = new Int32Array(lex.n + 2 * PAD + 64);
  for (let k = 0; k < PAD; k++) {
    amb[k] = AMB_PAD;
    amb[lex.n + PAD + k] = AMB_PAD + 1;
  }
  const a = m.amb;
  // what the tagger found for each stored word (lex.tagCache) holds for one dictionary and class table
  if (lex.tagOwner[0] !== m.dict || lex.tagOwner[1] !== a) {
    lex.tagCache.fill(0);
    lex.tagOwner = [m.dict, a];
  }
  const tc = lex.tagCache;
  for (let i = 0; i < lex.n; i++) {
    const e = 2 * lex.entry[i];
    let v = tc[e];
    if (v === 0) {
      v = a ? (a.get(lex.norm[i].toLowerCase()) ?? AMB_UNK) : AMB_UNK;
      tc[e] = v;
    }
    amb[i + PAD] = v;
  }
}

/** The dictionary's tag of word i of the sentence (setAmb first), or undefined. */
function dictTag(m: TaggerModel, lex: Lex, i: number): number | undefined {
  const e = 2 * lex.entry[i] + 1;
  let d = lex.tagCache[e];
  if (d === 0) {
    // 1: not in the dictionary; t + 2: tag t
    const t = m.dict.get(lex.norm[i]);
    d = t === undefined ? 1 : t + 2;
    lex.tagCache[e] = d;
  }
  return d === 1 ? undefined : d - 2;
}

function tagFeatures(
  lex: Lex,
  i: number,
  p1: number,
  p2: number,
  out: Int32Array,
  first?: Uint8Array,
): number {
  const j = i + PAD;
  let n = 0;
  if (first) {
    // a second pass: the first pass's tags of this word and the words to its right
    const nn = lex.n;
    const r0 = first[i];
    const r1 = i + 1 < nn ? first[i + 1] : END_TAG;
    const r2 = i + 2 < nn ? first[i + 2] : END_TAG;
    out[n++] = f1(51, r0);
    out[n++] = f1(52, r1);
    out[n++] = f2(53, r1, r2);
    out[n++] = f2(54, p1, r1);
    out[n++] = f3(55, p1, r0, r1);
    out[n++] = f2(56, lex.lo[j], r1);
    out[n++] = f2(57, lex.lo[j], r0);
    out[n++] = f3(58, r0, r1, r2);
    out[n++] = f2(59, lex.suf3[j], r1);
  }
  // ambiguity classes: the set of tags a word took in training, here and to the right
  out[n++] = f1(35, amb[j]);
  out[n++] = f1(36, amb[j + 1]);
  out[n++] = f1(37, amb[j + 2]);
  out[n++] = f1(38, amb[j - 1]);
  out[n++] = f2(39, amb[j], amb[j + 1]);
  out[n++] = f2(40, p1, amb[j + 1]);
  out[n++] = f3(41, p1, amb[j], amb[j + 1]);
  out[n++] = f3(42, amb[j], amb[j + 1], amb[j + 2]);
  // four-letter affixes, more context
  out[n++] = f1(43, lex.suf4[j]);
  out[n++] = f1(44, lex.pre4[j]);
  out[n++] = f2(45, lex.suf4[j], lex.flags[j]);
  out[n++] = f2(46, lex.lo[j], lex.lo[j + 2]);
  out[n++] = f2(47, lex.shape[j], lex.shape[j + 1]);
  out[n++] = f3(48, p1, p2, lex.lo[j]);
  out[n++] = f1(49, lex.shape[j + 2]);
  out[n++] = f1(0, 1);
  out[n++] = f1(1, lex.w[j]);
  out[n++] = f1(2, lex.lo[j]);
  out[n++] = f1(3, lex.suf1[j]);
  out[n++] = f1(4, lex.suf2[j]);
  out[n++] = f1(5, lex.suf3[j]);
  out[n++] = f1(6, lex.pre1[j]);
  out[n++] = f1(7, lex.pre2[j]);
  out[n++] = f1(8, lex.pre3[j]);
  out[n++] = f1(9, lex.shape[j]);
  out[n++] = f1(10, p1);
  out[n++] = f2(11, p1, p2);
  out[n++] = f2(12, p1, lex.lo[j]);
  out[n++] = f1(13, lex.lo[j - 1]);
  out[n++] = f1(14, lex.suf3[j - 1]);
  out[n++] = f1(15, lex.lo[j - 2]);
  out[n++] = f1(16, lex.lo[j + 1]);
  out[n++] = f1(17, lex.suf3[j + 1]);
  out[n++] = f1(18, lex.lo[j + 2]);
  out[n++] = f2(19, lex.lo[j - 1], lex.lo[j]);
  out[n++] = f2(20, lex.lo[j], lex.lo[j + 1]);
  out[n++] = f1(21, lex.flags[j]);
  out[n++] = f1(22, lex.shape[j + 1]);
  out[n++] = f1(23, lex.shape[j - 1]);
  out[n++] = f2(24, p1, lex.suf3[j]);
  out[n++] = f2(25, lex.flags[j], lex.flags[j - 1] & 32 ? 1 : 0);
  out[n++] = f2(26, lex.suf2[j], lex.lo[j + 1]);
  out[n++] = f3(27, p1, lex.lo[j], lex.lo[j + 1]);
  out[n++] = f1(28, lex.suf2[j + 1]);
  out[n++] = f2(29, lex.lo[j - 1], lex.suf3[j]);
  out[n++] = f2(30, lex.lo[j + 1], lex.lo[j + 2]);
  out[n++] = f2(31, p1, lex.lo[j + 1]);
  out[n++] = f2(32, lex.lo[j - 1], lex.lo[j + 1]);
  out[n++] = f2(33, p1, lex.shape[j]);
  out[n++] = f3(34, p1, lex.lo[j], lex.suf3[j + 1]);
  return n;
}

export interface TaggerModel {
  weights: Weights | TrainWeights;
  dict: Map<string, number>;
  /** lower-case word → ambiguity class (hash of the tags it took in training) */
  amb?: Map<string, number>;
  nTags: number;
  /** fine tag → UPOS index */
  upos: Uint8Array;
}

let scratch = new Float32Array(256);
const feats = new Int32Array(TAG_FEATS);

function argmax(m: TaggerModel, only: number): number {
  let best = -1;
  let bs = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < m.nTags; c++) {
    if (only >= 0 && m.upos[c] !== only) continue;
    if (scratch[c] > bs) {
      bs = scratch[c];
      best = c;
    }
  }
  return best;
}

/**
 * Tags `lex` (already set to the sentence) into `out` (fine tags). With `upos`, each
 * fine tag is the best one whose UPOS is the given one.
 */
/** In the `upos` given to tagLex (and to the parser), a word whose tag is left to the tagger. */
export const FREE_TAG = 255;

export function tagLex(
  m: TaggerModel,
  lex: Lex,
  out: Uint8Array,
  upos?: Uint8Array,
  first?: Uint8Array,
): void {
  if (scratch.length < m.nTags) scratch = new Float32Array(m.nTags);
  let p1 = START_TAG;
  let p2 = START_TAG2;
  const n = lex.n;
  setAmb(m, lex);
  for (let i = 0; i < n; i++) {
    let best = dictTag(m, lex, i);
    const only = upos && upos[i] !== FREE_TAG ? upos[i] : -1;
    if (best === undefined || (only >= 0 && m.upos[best] !== only)) {
      const nf = tagFeatures(lex, i, p1, p2, feats, first);
      m.weights.score(feats, nf, scratch);
      best = argmax(m, only);
      if (best < 0) best = argmax(m, -1);
    }
    out[i] = best;
    p2 = p1;
    p1 = best;
  }
}

/** One training pass over a sentence; returns the number of correct tags. */
export function trainTagSentence(
  m: TaggerModel & { weights: TrainWeights },
  lex: Lex,
  gold: Uint8Array,
  step: () => number,
  first?: Uint8Array,
): number {
  if (scratch.length < m.nTags) scratch = new Float32Array(m.nTags);
  let p1 = START_TAG;
  let p2 = START_TAG2;
  let correct = 0;
  setAmb(m, lex);
  for (let i = 0; i < lex.n; i++) {
    let guess = m.dict.get(lex.norm[i]);
    if (guess === undefined) {
      const nf = tagFeatures(lex, i, p1, p2, feats, first);
      m.weights.score(feats, nf, scratch);
      guess = argmax(m, -1);
      m.weights.update(feats, nf, gold[i], guess, step());
    } else step();
    if (guess === gold[i]) correct++;
    p2 = p1;
    p1 = guess;
  }
  return correct;
}

/** How often each word, as `key` writes it, took each tag: [word, count by tag], in word order. */
function tagCounts(
  sents: { words: string[] }[],
  tags: Uint8Array[],
  nTags: number,
  key: (w: string) => string,
): [string, Int32Array][] {
  const counts = new Map<string, Int32Array>();
  sents.forEach((s, k) => {
    for (let i = 0; i < s.words.length; i++) {
      const w = key(s.words[i]);
      let c = counts.get(w);
      if (!c) counts.set(w, (c = new Int32Array(nTags)));
      c[tags[k][i]]++;
    }
  });
  return [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Frequent words (≥ minCount) that carry one tag at least `minShare` of the time. */
export function buildTagDict(
  sents: { words: string[] }[],
  tags: Uint8Array[],
  nTags: number,
  norm: (w: string) => string,
  minCount = 20,
  minShare = 0.97,
): Map<string, number> {
  const dict = new Map<string, number>();
  for (const [w, c] of tagCounts(sents, tags, nTags, norm)) {
    let tot = 0;
    let best = 0;
    for (let t = 0; t < nTags; t++) {
      tot += c[t];
      if (c[t] > c[best]) best = t;
    }
    if (tot >= minCount && c[best] / tot >= minShare) dict.set(w, best);
  }
  return dict;
}

/** Lower-case words seen ≥ minCount times → hash of the tags they took at least `minShare` of the time. */
export function buildAmbClasses(
  sents: { words: string[] }[],
  tags: Uint8Array[],
  nTags: number,
  norm: (w: string) => string,
  minCount = 3,
  minShare = 0.05,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const [w, c] of tagCounts(sents, tags, nTags, (w) => norm(w).toLowerCase())) {
    let tot = 0;
    for (let t = 0; t < nTags; t++) tot += c[t];
    if (tot < minCount) continue;
    let h = 0x2f1;
    for (let t = 0; t < nTags; t++) if (c[t] >= minShare * tot) h = f2(50, h, t);
    out.set(w, h);
  }
  return out;
}

export { Lex };
