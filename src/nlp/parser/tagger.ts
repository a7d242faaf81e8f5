import { f1, f2, f3 } from './hash.js';
import { Lex, MAX_WORDS, PAD } from './lex.js';
import { type TrainWeights, Weights } from './weights.js';

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

// The features of tagFeatures (first pass) that read one word only, in one of five roles:
// the word itself, or the word one or two before or after it. Their rows in the weight
// table depend on the word alone, so they are found once per stored word (Lex.rowCache,
// WORD_ROWS a word, in this order) instead of once per occurrence.
//   own   0 amb (35)   1 suf4 (43)  2 pre4 (44)  3 suf4+flags (45)  4 w (1)  5 lo (2)
//         6 suf1 (3)   7 suf2 (4)   8 suf3 (5)   9 pre1 (6)  10 pre2 (7)  11 pre3 (8)
//         12 shape (9) 13 flags (21)
//   j − 1 14 lo (13)  15 suf3 (14)  16 shape (23)  17 amb (38)
//   j − 2 18 lo (15)
//   j + 1 19 lo (16)  20 suf3 (17)  21 shape (22)  22 suf2 (28)  23 amb (36)
//   j + 2 24 lo (18)  25 amb (37)  26 shape (49)
const WORD_ROWS = 28;

/** The keys of word j's one-word features (the order above) into out. */
function wordKeys(lex: Lex, j: number, out: Int32Array): void {
  const lo = lex.lo[j];
  const suf3 = lex.suf3[j];
  const shape = lex.shape[j];
  const a = amb[j];
  out[0] = f1(35, a);
  out[1] = f1(43, lex.suf4[j]);
  out[2] = f1(44, lex.pre4[j]);
  out[3] = f2(45, lex.suf4[j], lex.flags[j]);
  out[4] = f1(1, lex.w[j]);
  out[5] = f1(2, lo);
  out[6] = f1(3, lex.suf1[j]);
  out[7] = f1(4, lex.suf2[j]);
  out[8] = f1(5, suf3);
  out[9] = f1(6, lex.pre1[j]);
  out[10] = f1(7, lex.pre2[j]);
  out[11] = f1(8, lex.pre3[j]);
  out[12] = f1(9, shape);
  out[13] = f1(21, lex.flags[j]);
  out[14] = f1(13, lo);
  out[15] = f1(14, suf3);
  out[16] = f1(23, shape);
  out[17] = f1(38, a);
  out[18] = f1(15, lo);
  out[19] = f1(16, lo);
  out[20] = f1(17, suf3);
  out[21] = f1(22, shape);
  out[22] = f1(28, lex.suf2[j]);
  out[23] = f1(36, a);
  out[24] = f1(18, lo);
  out[25] = f1(37, a);
  out[26] = f1(49, shape);
}

const wkeys = new Int32Array(WORD_ROWS);

/** Fills the one-word rows of the sentence's words not yet in lex.rowCache (setAmb first). */
function fillWordRows(w: Weights, lex: Lex): void {
  if (lex.rowOwner !== w) {
    lex.rowHave.fill(0);
    lex.rowOwner = w;
  }
  if (lex.rowHave.length < lex.size) {
    const size = Math.min(Math.max(2048, 2 * lex.size), MAX_WORDS);
    const have = new Uint8Array(size);
    have.set(lex.rowHave);
    lex.rowHave = have;
    const rows = new Int32Array(WORD_ROWS * size);
    rows.set(lex.rowCache);
    lex.rowCache = rows;
  }
  const have = lex.rowHave;
  const rows = lex.rowCache;
  for (let i = 0; i < lex.n; i++) {
    const e = lex.entry[i];
    if (have[e]) continue;
    wordKeys(lex, i + PAD, wkeys);
    const o = WORD_ROWS * e;
    for (let r = 0; r < WORD_ROWS - 1; r++) rows[o + r] = w.rowOf(wkeys[r]);
    have[e] = 1;
  }
}

/** the row of a sentence marker's one-word feature r (position j is outside the sentence) */
function markerRow(w: Weights, lex: Lex, j: number, r: number): number {
  wordKeys(lex, j, wkeys);
  return w.rowOf(wkeys[r]);
}

const tkeys = new Int32Array(TAG_FEATS);
const tpos = new Int32Array(TAG_FEATS);
const trows = new Int32Array(TAG_FEATS);

/**
 * tagFeatures (first pass) as rows: the one-word features' rows from lex.rowCache into
 * trows, the other features' keys into tkeys with their positions in tpos. Returns the
 * number of keys; the features are tagFeatures' (TAG_ROW_FEATS of them), in its order.
 */
function tagRows(w: Weights, lex: Lex, i: number, p1: number, p2: number, bias: number): number {
  const j = i + PAD;
  const n = lex.n;
  const rc = lex.rowCache;
  const e = lex.entry;
  const o = WORD_ROWS * e[i];
  const om1 = i >= 1 ? WORD_ROWS * e[i - 1] : -1;
  const om2 = i >= 2 ? WORD_ROWS * e[i - 2] : -1;
  const op1 = i + 1 < n ? WORD_ROWS * e[i + 1] : -1;
  const op2 = i + 2 < n ? WORD_ROWS * e[i + 2] : -1;
  const rows = trows;
  const keys = tkeys;
  const pos = tpos;
  let k = 0;
  rows[0] = rc[o];
  rows[1] = op1 >= 0 ? rc[op1 + 23] : markerRow(w, lex, j + 1, 23);
  rows[2] = op2 >= 0 ? rc[op2 + 25] : markerRow(w, lex, j + 2, 25);
  rows[3] = om1 >= 0 ? rc[om1 + 17] : markerRow(w, lex, j - 1, 17);
  keys[k] = f2(39, amb[j], amb[j + 1]);
  pos[k++] = 4;
  keys[k] = f2(40, p1, amb[j + 1]);
  pos[k++] = 5;
  keys[k] = f3(41, p1, amb[j], amb[j + 1]);
  pos[k++] = 6;
  keys[k] = f3(42, amb[j], amb[j + 1], amb[j + 2]);
  pos[k++] = 7;
  rows[8] = rc[o + 1];
  rows[9] = rc[o + 2];
  rows[10] = rc[o + 3];
  keys[k] = f2(46, lex.lo[j], lex.lo[j + 2]);
  pos[k++] = 11;
  keys[k] = f2(47, lex.shape[j], lex.shape[j + 1]);
  pos[k++] = 12;
  keys[k] = f3(48, p1, p2, lex.lo[j]);
  pos[k++] = 13;
  rows[14] = op2 >= 0 ? rc[op2 + 26] : markerRow(w, lex, j + 2, 26);
  rows[15] = bias;
  rows[16] = rc[o + 4];
  rows[17] = rc[o + 5];
  rows[18] = rc[o + 6];
  rows[19] = rc[o + 7];
  rows[20] = rc[o + 8];
  rows[21] = rc[o + 9];
  rows[22] = rc[o + 10];
  rows[23] = rc[o + 11];
  rows[24] = rc[o + 12];
  keys[k] = f1(10, p1);
  pos[k++] = 25;
  keys[k] = f2(11, p1, p2);
  pos[k++] = 26;
  keys[k] = f2(12, p1, lex.lo[j]);
  pos[k++] = 27;
  rows[28] = om1 >= 0 ? rc[om1 + 14] : markerRow(w, lex, j - 1, 14);
  rows[29] = om1 >= 0 ? rc[om1 + 15] : markerRow(w, lex, j - 1, 15);
  rows[30] = om2 >= 0 ? rc[om2 + 18] : markerRow(w, lex, j - 2, 18);
  rows[31] = op1 >= 0 ? rc[op1 + 19] : markerRow(w, lex, j + 1, 19);
  rows[32] = op1 >= 0 ? rc[op1 + 20] : markerRow(w, lex, j + 1, 20);
  rows[33] = op2 >= 0 ? rc[op2 + 24] : markerRow(w, lex, j + 2, 24);
  keys[k] = f2(19, lex.lo[j - 1], lex.lo[j]);
  pos[k++] = 34;
  keys[k] = f2(20, lex.lo[j], lex.lo[j + 1]);
  pos[k++] = 35;
  rows[36] = rc[o + 13];
  rows[37] = op1 >= 0 ? rc[op1 + 21] : markerRow(w, lex, j + 1, 21);
  rows[38] = om1 >= 0 ? rc[om1 + 16] : markerRow(w, lex, j - 1, 16);
  keys[k] = f2(24, p1, lex.suf3[j]);
  pos[k++] = 39;
  keys[k] = f2(25, lex.flags[j], lex.flags[j - 1] & 32 ? 1 : 0);
  pos[k++] = 40;
  keys[k] = f2(26, lex.suf2[j], lex.lo[j + 1]);
  pos[k++] = 41;
  keys[k] = f3(27, p1, lex.lo[j], lex.lo[j + 1]);
  pos[k++] = 42;
  rows[43] = op1 >= 0 ? rc[op1 + 22] : markerRow(w, lex, j + 1, 22);
  keys[k] = f2(29, lex.lo[j - 1], lex.suf3[j]);
  pos[k++] = 44;
  keys[k] = f2(30, lex.lo[j + 1], lex.lo[j + 2]);
  pos[k++] = 45;
  keys[k] = f2(31, p1, lex.lo[j + 1]);
  pos[k++] = 46;
  keys[k] = f2(32, lex.lo[j - 1], lex.lo[j + 1]);
  pos[k++] = 47;
  keys[k] = f2(33, p1, lex.shape[j]);
  pos[k++] = 48;
  keys[k] = f3(34, p1, lex.lo[j], lex.suf3[j + 1]);
  pos[k++] = 49;
  return k;
}

/** the number of features tagFeatures gives without a first pass */
const TAG_ROW_FEATS = 50;

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
  // the first pass of a run-time model reads its one-word features' rows from lex.rowCache
  const w = m.weights;
  const rows = !first && w instanceof Weights && !w.isDense ? w : null;
  let bias = 0;
  if (rows) {
    fillWordRows(rows, lex);
    bias = rows.rowOf(f1(0, 1));
  }
  for (let i = 0; i < n; i++) {
    let best = dictTag(m, lex, i);
    const only = upos && upos[i] !== FREE_TAG ? upos[i] : -1;
    if (best === undefined || (only >= 0 && m.upos[best] !== only)) {
      if (rows)
        rows.scoreRows(tkeys, tpos, tagRows(rows, lex, i, p1, p2, bias), trows, TAG_ROW_FEATS, scratch);
      else w.score(feats, tagFeatures(lex, i, p1, p2, feats, first), scratch);
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
