import { f1, f2, f3, f4 } from './hash.js';
import { type Lex, PAD } from './lex.js';
import { type TrainWeights, Weights } from './weights.js';

// Greedy arc-hybrid dependency parser (Kuhlmann et al. 2011) with the root token at
// the end of the buffer (Ballesteros & Nivre 2013), trained with the dynamic oracle
// of Goldberg & Nivre (2013). Moves: SHIFT; LEFT (b0 → s0, pop s0); RIGHT (s1 → s0,
// pop s0). The root token takes one dependent only: LEFT from it is legal when s0 is
// the last word on the stack.
//
// Two averaged perceptrons: the move model scores the three moves over ~100
// Zhang & Nivre (2011)-style features; when the move adds an arc, the label model
// picks its label from features of the head, the dependent and their children.

const SH = 0;
const LA = 1;
const RA = 2;
const N_MOVES = 3;
const MOVE_FEATS = 128;
const LABEL_FEATS = 40;

const NONE_W = 0x6e0e;
const ROOT_W = 0x700f;
const NONE_T = 0x7fff;
const ROOT_T = 0x7ffe;
const NONE_L = 255;

/** cached feature groups per word (State.cSum) */
const GROUPS = 8;
/** the cHave bits that survive a word taking a dependent (groups 0–3 and 7) */
const CHILD_GROUPS_KEEP = 0b1000_1111;

function bucket(d: number): number {
  return d <= 5 ? d : d <= 7 ? 6 : d <= 10 ? 7 : d <= 15 ? 8 : 9;
}

/** Parser configuration over a sentence of n words; word n is the root token. */
export class State {
  n = 0;
  cap = 0;
  stack = new Int32Array(0);
  sp = 0;
  b = 0;
  head = new Int32Array(0);
  rel = new Uint8Array(0);
  l1 = new Int32Array(0);
  l2 = new Int32Array(0);
  r1 = new Int32Array(0);
  r2 = new Int32Array(0);
  nl = new Int32Array(0);
  nr = new Int32Array(0);
  lmLo = new Int32Array(0);
  lmHi = new Int32Array(0);
  rmLo = new Int32Array(0);
  rmHi = new Int32Array(0);
  inStack = new Uint8Array(0);
  /** per word (n = root): lower-case word hash, tag, suffix hash */
  W = new Int32Array(0);
  T = new Int32Array(0);
  S = new Int32Array(0);
  /** coarse tag (UPOS) per word */
  U = new Int32Array(0);
  /**
   * The move model's integer sums (three per word and group) of the features that read
   * one word in one role (see oneWordFeatures): groups 0–3 its own attributes as b0
   * (with the words after it), s0, s1, s2; groups 4–6 its children as b0, s0, s1;
   * group 7 the word as s0 with the stack below it and its left children. Filled on
   * first use in a sentence; groups 4–6 are dropped when the word takes a dependent.
   * Slot n + 1 holds the sums for an empty role. Sums of integers, so adding them in
   * another order gives the same score. cSum[(slot * GROUPS + group) * 3 + c].
   */
  cSum = new Float64Array(0);
  /** per slot: bit g set when group g's sums are filled */
  cHave = new Uint8Array(0);

  init(lex: Lex, tags: Uint8Array, coarse?: Uint8Array): void {
    const n = lex.n;
    if (n + 2 > this.cap) {
      let cap = Math.max(64, this.cap);
      while (cap < n + 2) cap *= 2;
      this.cap = cap;
      this.stack = new Int32Array(cap);
      this.head = new Int32Array(cap);
      this.rel = new Uint8Array(cap);
      this.l1 = new Int32Array(cap);
      this.l2 = new Int32Array(cap);
      this.r1 = new Int32Array(cap);
      this.r2 = new Int32Array(cap);
      this.nl = new Int32Array(cap);
      this.nr = new Int32Array(cap);
      this.lmLo = new Int32Array(cap);
      this.lmHi = new Int32Array(cap);
      this.rmLo = new Int32Array(cap);
      this.rmHi = new Int32Array(cap);
      this.inStack = new Uint8Array(cap);
      this.W = new Int32Array(cap);
      this.T = new Int32Array(cap);
      this.S = new Int32Array(cap);
      this.U = new Int32Array(cap);
      this.cSum = new Float64Array(3 * GROUPS * cap);
      this.cHave = new Uint8Array(cap);
    }
    this.n = n;
    this.sp = 0;
    this.b = 0;
    for (let i = 0; i <= n; i++) {
      this.head[i] = -1;
      this.rel[i] = NONE_L;
      this.l1[i] = -1;
      this.l2[i] = -1;
      this.r1[i] = -1;
      this.r2[i] = -1;
      this.nl[i] = 0;
      this.nr[i] = 0;
      this.lmLo[i] = 0;
      this.lmHi[i] = 0;
      this.rmLo[i] = 0;
      this.rmHi[i] = 0;
      this.inStack[i] = 0;
      if (i < n) {
        this.W[i] = lex.lo[i + PAD];
        this.T[i] = tags[i];
        this.S[i] = lex.suf3[i + PAD];
        this.U[i] = coarse ? coarse[tags[i]] : tags[i];
      }
    }
    this.cHave.fill(0, 0, n + 2);
    this.W[n] = ROOT_W;
    this.T[n] = ROOT_T;
    this.S[n] = ROOT_W;
    this.U[n] = ROOT_T;
  }

  done(): boolean {
    return this.sp === 0 && this.b === this.n;
  }

  canShift(): boolean {
    return this.b < this.n;
  }
  canLeft(): boolean {
    return this.sp >= 1 && (this.b < this.n || this.sp === 1);
  }
  canRight(): boolean {
    return this.sp >= 2;
  }

  /** head and dependent of the arc a move adds */
  arcOf(move: number): { h: number; d: number } {
    const s0 = this.stack[this.sp - 1];
    return move === LA ? { h: this.b, d: s0 } : { h: this.stack[this.sp - 2], d: s0 };
  }

  apply(move: number, label: number): void {
    if (move === SH) {
      this.inStack[this.b] = 1;
      this.stack[this.sp++] = this.b++;
      return;
    }
    const d = this.stack[--this.sp];
    this.inStack[d] = 0;
    const h = move === LA ? this.b : this.stack[this.sp - 1];
    this.head[d] = h;
    this.rel[d] = label;
    // h's children change, and with them its cached sums of groups 4–6
    this.cHave[h] &= CHILD_GROUPS_KEEP;
    if (d < h) {
      this.nl[h]++;
      if (label < 32) this.lmLo[h] |= 1 << label;
      else this.lmHi[h] |= 1 << (label - 32);
      if (this.l1[h] < 0 || d < this.l1[h]) {
        this.l2[h] = this.l1[h];
        this.l1[h] = d;
      } else if (this.l2[h] < 0 || d < this.l2[h]) this.l2[h] = d;
    } else {
      this.nr[h]++;
      if (label < 32) this.rmLo[h] |= 1 << label;
      else this.rmHi[h] |= 1 << (label - 32);
      if (this.r1[h] < 0 || d > this.r1[h]) {
        this.r2[h] = this.r1[h];
        this.r1[h] = d;
      } else if (this.r2[h] < 0 || d > this.r2[h]) this.r2[h] = d;
    }
  }
}

/**
 * The move model's features of a configuration. With `all` false, the features
 * `oneWordFeatures` computes (one word's own attributes or children in one role) are left out.
 */
function moveFeatures(st: State, out: Int32Array, all = true): number {
  const W = st.W;
  const T = st.T;
  const rel = st.rel;
  const sp = st.sp;
  const n = st.n;
  const s0 = sp > 0 ? st.stack[sp - 1] : -1;
  const s1 = sp > 1 ? st.stack[sp - 2] : -1;
  const s2 = sp > 2 ? st.stack[sp - 3] : -1;
  const b0 = st.b;
  const b1 = b0 + 1 <= n ? b0 + 1 : -1;
  const b2 = b0 + 2 <= n ? b0 + 2 : -1;
  const s0l1 = s0 >= 0 ? st.l1[s0] : -1;
  const s0l2 = s0 >= 0 ? st.l2[s0] : -1;
  const s0r1 = s0 >= 0 ? st.r1[s0] : -1;
  const s0r2 = s0 >= 0 ? st.r2[s0] : -1;
  const s1l1 = s1 >= 0 ? st.l1[s1] : -1;
  const s1r1 = s1 >= 0 ? st.r1[s1] : -1;
  const s1r2 = s1 >= 0 ? st.r2[s1] : -1;
  const b0l1 = st.l1[b0];
  const b0l2 = st.l2[b0];

  const s0w = s0 >= 0 ? W[s0] : NONE_W;
  const s0p = s0 >= 0 ? T[s0] : NONE_T;
  const s1w = s1 >= 0 ? W[s1] : NONE_W;
  const s1p = s1 >= 0 ? T[s1] : NONE_T;
  const s2w = s2 >= 0 ? W[s2] : NONE_W;
  const s2p = s2 >= 0 ? T[s2] : NONE_T;
  const b0w = W[b0];
  const b0p = T[b0];
  const b1w = b1 >= 0 ? W[b1] : NONE_W;
  const b1p = b1 >= 0 ? T[b1] : NONE_T;
  const b2w = b2 >= 0 ? W[b2] : NONE_W;
  const b2p = b2 >= 0 ? T[b2] : NONE_T;

  const s0l1w = s0l1 >= 0 ? W[s0l1] : NONE_W;
  const s0l1p = s0l1 >= 0 ? T[s0l1] : NONE_T;
  const s0l1l = s0l1 >= 0 ? rel[s0l1] : NONE_L;
  const s0l2w = s0l2 >= 0 ? W[s0l2] : NONE_W;
  const s0l2p = s0l2 >= 0 ? T[s0l2] : NONE_T;
  const s0l2l = s0l2 >= 0 ? rel[s0l2] : NONE_L;
  const s0r1w = s0r1 >= 0 ? W[s0r1] : NONE_W;
  const s0r1p = s0r1 >= 0 ? T[s0r1] : NONE_T;
  const s0r1l = s0r1 >= 0 ? rel[s0r1] : NONE_L;
  const s0r2w = s0r2 >= 0 ? W[s0r2] : NONE_W;
  const s0r2p = s0r2 >= 0 ? T[s0r2] : NONE_T;
  const s0r2l = s0r2 >= 0 ? rel[s0r2] : NONE_L;
  const s1l1w = s1l1 >= 0 ? W[s1l1] : NONE_W;
  const s1l1p = s1l1 >= 0 ? T[s1l1] : NONE_T;
  const s1l1l = s1l1 >= 0 ? rel[s1l1] : NONE_L;
  const s1r1w = s1r1 >= 0 ? W[s1r1] : NONE_W;
  const s1r1p = s1r1 >= 0 ? T[s1r1] : NONE_T;
  const s1r1l = s1r1 >= 0 ? rel[s1r1] : NONE_L;
  const s1r2l = s1r2 >= 0 ? rel[s1r2] : NONE_L;
  const b0l1w = b0l1 >= 0 ? W[b0l1] : NONE_W;
  const b0l1p = b0l1 >= 0 ? T[b0l1] : NONE_T;
  const b0l1l = b0l1 >= 0 ? rel[b0l1] : NONE_L;
  const b0l2w = b0l2 >= 0 ? W[b0l2] : NONE_W;
  const b0l2p = b0l2 >= 0 ? T[b0l2] : NONE_T;
  const b0l2l = b0l2 >= 0 ? rel[b0l2] : NONE_L;

  const d1 = s0 >= 0 ? (b0 === n ? 15 : bucket(b0 - s0)) : 0;
  const d2 = s1 >= 0 ? bucket(s0 - s1) : 0;
  const s0vl = s0 >= 0 ? Math.min(st.nl[s0], 7) : 9;
  const s0vr = s0 >= 0 ? Math.min(st.nr[s0], 7) : 9;
  const s1vl = s1 >= 0 ? Math.min(st.nl[s1], 7) : 9;
  const s1vr = s1 >= 0 ? Math.min(st.nr[s1], 7) : 9;
  const b0vl = Math.min(st.nl[b0], 7);
  const s0sl = s0 >= 0 ? st.lmLo[s0] : -1;
  const s0slh = s0 >= 0 ? st.lmHi[s0] : -1;
  const s0sr = s0 >= 0 ? st.rmLo[s0] : -1;
  const s0srh = s0 >= 0 ? st.rmHi[s0] : -1;
  const s1sl = s1 >= 0 ? st.lmLo[s1] : -1;
  const s1slh = s1 >= 0 ? st.lmHi[s1] : -1;
  const s1sr = s1 >= 0 ? st.rmLo[s1] : -1;
  const s1srh = s1 >= 0 ? st.rmHi[s1] : -1;
  const b0sl = st.lmLo[b0];
  const b0slh = st.lmHi[b0];

  let k = 0;
  if (all) {
    out[k++] = f1(0, 1);
    out[k++] = f1(1, s0w);
    out[k++] = f1(2, s0p);
    out[k++] = f2(3, s0w, s0p);
    out[k++] = f1(4, s1w);
    out[k++] = f1(5, s1p);
    out[k++] = f2(6, s1w, s1p);
    out[k++] = f1(7, b0w);
    out[k++] = f1(8, b0p);
    out[k++] = f2(9, b0w, b0p);
    out[k++] = f1(10, b1w);
    out[k++] = f1(11, b1p);
    out[k++] = f2(12, b1w, b1p);
    out[k++] = f1(13, b2w);
    out[k++] = f1(14, b2p);
    out[k++] = f1(15, s2p);
    out[k++] = f1(16, s2w);
  }
  // pairs
  out[k++] = f4(17, s0w, s0p, b0w, b0p);
  out[k++] = f3(18, s0w, s0p, b0w);
  out[k++] = f3(19, s0w, b0w, b0p);
  out[k++] = f3(20, s0w, s0p, b0p);
  out[k++] = f3(21, s0p, b0w, b0p);
  out[k++] = f2(22, s0w, b0w);
  out[k++] = f2(23, s0p, b0p);
  if (all) out[k++] = f2(24, b0p, b1p);
  if (all) out[k++] = f4(25, s1w, s1p, s0w, s0p);
  if (all) out[k++] = f2(26, s1w, s0w);
  if (all) out[k++] = f2(27, s1p, s0p);
  if (all) out[k++] = f3(28, s1w, s1p, s0p);
  if (all) out[k++] = f3(29, s1p, s0w, s0p);
  if (all) out[k++] = f2(99, b0w, b1w);
  out[k++] = f2(100, s0w, b1w);
  out[k++] = f3(101, s1p, s0p, b1p);
  out[k++] = f3(102, s1w, b0w, b0p);
  out[k++] = f3(103, s1p, b0w, b0p);
  out[k++] = f2(104, s1p, b0p);
  // triples of tags
  if (all) out[k++] = f3(30, b0p, b1p, b2p);
  out[k++] = f3(31, s0p, b0p, b1p);
  out[k++] = f3(32, s1p, s0p, b0p);
  out[k++] = f3(33, s0p, s0l1p, b0p);
  out[k++] = f3(34, s0p, s0r1p, b0p);
  out[k++] = f3(35, s0p, b0p, b0l1p);
  if (all) out[k++] = f3(36, s1p, s0p, s0l1p);
  out[k++] = f3(37, s1p, s0p, s0r1p);
  if (all) out[k++] = f3(38, s2p, s1p, s0p);
  if (all) out[k++] = f3(39, s1p, s1r1p, s0p);
  if (all) out[k++] = f3(40, s1p, s1l1p, s0p);
  out[k++] = f4(105, s1p, s0p, b0p, b1p);
  if (all) out[k++] = f3(106, s1p, s0l1p, s0p);
  // distance
  out[k++] = f2(41, s0w, d1);
  out[k++] = f2(42, s0p, d1);
  out[k++] = f2(43, b0w, d1);
  out[k++] = f2(44, b0p, d1);
  out[k++] = f3(45, s0w, b0w, d1);
  out[k++] = f3(46, s0p, b0p, d1);
  if (all) out[k++] = f2(47, s1w, d2);
  if (all) out[k++] = f2(48, s1p, d2);
  if (all) out[k++] = f2(49, s0w, d2);
  if (all) out[k++] = f2(50, s0p, d2);
  if (all) out[k++] = f3(51, s1p, s0p, d2);
  if (all) out[k++] = f3(52, s1w, s0w, d2);
  // valency
  if (all) out[k++] = f2(53, s0w, s0vr);
  if (all) out[k++] = f2(54, s0p, s0vr);
  if (all) out[k++] = f2(55, s0w, s0vl);
  if (all) out[k++] = f2(56, s0p, s0vl);
  if (all) out[k++] = f2(57, s1w, s1vr);
  if (all) out[k++] = f2(58, s1p, s1vr);
  if (all) out[k++] = f2(59, s1w, s1vl);
  if (all) out[k++] = f2(60, s1p, s1vl);
  if (all) out[k++] = f2(61, b0w, b0vl);
  if (all) out[k++] = f2(62, b0p, b0vl);
  // children
  if (all) out[k++] = f1(63, s0l1w);
  if (all) out[k++] = f1(64, s0l1p);
  if (all) out[k++] = f1(65, s0l1l);
  if (all) out[k++] = f1(66, s0r1w);
  if (all) out[k++] = f1(67, s0r1p);
  if (all) out[k++] = f1(68, s0r1l);
  if (all) out[k++] = f1(69, s1l1w);
  if (all) out[k++] = f1(70, s1l1p);
  if (all) out[k++] = f1(71, s1l1l);
  if (all) out[k++] = f1(72, s1r1w);
  if (all) out[k++] = f1(73, s1r1p);
  if (all) out[k++] = f1(74, s1r1l);
  if (all) out[k++] = f1(75, b0l1w);
  if (all) out[k++] = f1(76, b0l1p);
  if (all) out[k++] = f1(77, b0l1l);
  if (all) out[k++] = f1(78, s0l2w);
  if (all) out[k++] = f1(79, s0l2p);
  if (all) out[k++] = f1(80, s0l2l);
  if (all) out[k++] = f1(81, s0r2w);
  if (all) out[k++] = f1(82, s0r2p);
  if (all) out[k++] = f1(83, s0r2l);
  if (all) out[k++] = f1(84, b0l2w);
  if (all) out[k++] = f1(85, b0l2p);
  if (all) out[k++] = f1(86, b0l2l);
  if (all) out[k++] = f4(87, s0p, s0l1l, s0l2l, 0);
  if (all) out[k++] = f4(88, s0p, s0r1l, s0r2l, 0);
  if (all) out[k++] = f4(89, b0p, b0l1l, b0l2l, 0);
  if (all) out[k++] = f4(90, s1p, s1r1l, s1r2l, 0);
  out[k++] = f3(107, s0p, s0l1l, b0p);
  out[k++] = f3(108, s0p, s0r1l, b0p);
  if (all) out[k++] = f3(109, s1p, s1r1l, s0p);
  out[k++] = f3(110, b0p, b0l1l, s0p);
  if (all) out[k++] = f3(111, s1p, s1l1l, s0p);
  // label sets
  if (all) out[k++] = f3(91, s0w, s0sr, s0srh);
  if (all) out[k++] = f3(92, s0p, s0sr, s0srh);
  if (all) out[k++] = f3(93, s0w, s0sl, s0slh);
  if (all) out[k++] = f3(94, s0p, s0sl, s0slh);
  if (all) out[k++] = f3(95, b0w, b0sl, b0slh);
  if (all) out[k++] = f3(96, b0p, b0sl, b0slh);
  if (all) out[k++] = f3(97, s1p, s1sr, s1srh);
  if (all) out[k++] = f3(98, s1p, s1sl, s1slh);
  {
    // coarse tags (UPOS), which generalise over the fine tags' Penn distinctions
    const U = st.U;
    const s0u = s0 >= 0 ? U[s0] : NONE_T;
    const s1u = s1 >= 0 ? U[s1] : NONE_T;
    const s2u = s2 >= 0 ? U[s2] : NONE_T;
    const b0u = U[b0];
    const b1u = b1 >= 0 ? U[b1] : NONE_T;
    const b2u = b2 >= 0 ? U[b2] : NONE_T;
    const b3u = b0 + 3 <= n ? U[b0 + 3] : NONE_T;
    out[k++] = f3(112, s0u, b0u, b1u);
    out[k++] = f3(113, s1u, s0u, b0u);
    if (all) out[k++] = f4(114, b0u, b1u, b2u, b3u);
    out[k++] = f4(115, s1u, s0u, b0u, b1u);
    out[k++] = f4(116, s2u, s1u, s0u, b0u);
    out[k++] = f4(117, s0u, b0u, d1, s0vl);
    out[k++] = f3(118, s0w, b0u, b1u);
    out[k++] = f3(119, s0u, b0w, b1u);
  }
  return k;
}

/** Features for labelling the arc h → d (the move has already been chosen). */
function labelFeatures(st: State, h: number, d: number, out: Int32Array): number {
  const W = st.W;
  const T = st.T;
  const S = st.S;
  const rel = st.rel;
  const n = st.n;
  const dir = d < h ? 1 : 2;
  const hw = W[h];
  const hp = T[h];
  const hs = S[h];
  const dw = W[d];
  const dp = T[d];
  const ds = S[d];
  const dist = bucket(Math.abs(h - d));
  const dl1 = st.l1[d];
  const dr1 = st.r1[d];
  const dl1l = dl1 >= 0 ? rel[dl1] : NONE_L;
  const dr1l = dr1 >= 0 ? rel[dr1] : NONE_L;
  const dl1w = dl1 >= 0 ? W[dl1] : NONE_W;
  const dr1w = dr1 >= 0 ? W[dr1] : NONE_W;
  const dl1p = dl1 >= 0 ? T[dl1] : NONE_T;
  const dr1p = dr1 >= 0 ? T[dr1] : NONE_T;
  const hl1 = st.l1[h];
  const hr1 = st.r1[h];
  const hl1l = hl1 >= 0 ? rel[hl1] : NONE_L;
  const hr1l = hr1 >= 0 ? rel[hr1] : NONE_L;
  const hsl = st.lmLo[h];
  const hslh = st.lmHi[h];
  const hsr = st.rmLo[h];
  const hsrh = st.rmHi[h];
  const dsl = st.lmLo[d];
  const dslh = st.lmHi[d];
  const dsr = st.rmLo[d];
  const dsrh = st.rmHi[d];
  const dnp = d + 1 < n ? T[d + 1] : NONE_T;
  const dpp = d > 0 ? T[d - 1] : NONE_T;
  const dnw = d + 1 < n ? W[d + 1] : NONE_W;
  const dpw = d > 0 ? W[d - 1] : NONE_W;
  const sp = st.sp;
  // the word left on the stack below the dependent (LEFT) or below the head (RIGHT)
  const below = sp > 0 ? st.stack[sp - 1] : -1;
  const bp = below >= 0 && below !== h ? T[below] : NONE_T;
  const b0p = st.b !== h ? T[st.b] : NONE_T;
  const vh = Math.min(st.nl[h] + st.nr[h], 5);

  let k = 0;
  out[k++] = f2(0, dir, 1);
  out[k++] = f2(1, dir, hw);
  out[k++] = f2(2, dir, hp);
  out[k++] = f3(3, dir, hw, hp);
  out[k++] = f2(4, dir, dw);
  out[k++] = f2(5, dir, dp);
  out[k++] = f3(6, dir, dw, dp);
  out[k++] = f3(7, dir, hw, dw);
  out[k++] = f3(8, dir, hp, dp);
  out[k++] = f4(9, dir, hw, hp, dp);
  out[k++] = f4(10, dir, hp, dw, dp);
  out[k++] = f4(11, dir, hp, dp, dist);
  out[k++] = f3(12, dir, dw, dist);
  out[k++] = f3(13, dir, dp, dl1l);
  out[k++] = f3(14, dir, dp, dr1l);
  out[k++] = f4(15, dir, dp, dl1l, dr1l);
  out[k++] = f4(16, dir, dp, dl1w, hp);
  out[k++] = f3(17, dir, dl1w, dp);
  out[k++] = f3(18, dir, dr1w, dp);
  out[k++] = f4(19, dir, hp, dp, mixSet(hsl, hslh));
  out[k++] = f4(20, dir, hp, dp, mixSet(hsr, hsrh));
  out[k++] = f4(21, dir, dp, dsl, dslh);
  out[k++] = f4(22, dir, dp, dsr, dsrh);
  out[k++] = f4(23, dir, hp, dp, hl1l);
  out[k++] = f4(24, dir, hp, dp, hr1l);
  out[k++] = f3(25, dir, hs, dp);
  out[k++] = f3(26, dir, ds, dp);
  out[k++] = f4(27, dir, hs, ds, hp);
  out[k++] = f4(28, dir, dp, dnp, hp);
  out[k++] = f4(29, dir, dp, dpp, hp);
  out[k++] = f3(30, dir, dw, dnw);
  out[k++] = f3(31, dir, dpw, dw);
  out[k++] = f4(32, dir, hp, dp, bp);
  out[k++] = f4(33, dir, hp, dp, b0p);
  out[k++] = f4(34, dir, dp, dl1p, dr1p);
  out[k++] = f4(35, dir, hw, dp, dist);
  out[k++] = f4(36, dir, hp, dp, vh);
  out[k++] = f4(37, dir, hw, dl1w, dp);
  return k;
}

function mixSet(lo: number, hi: number): number {
  return Math.imul(lo, 0x9e3779b1) ^ hi;
}

// ---------------------------------------------------------------- parsing

export interface ParseModels {
  move: Weights | TrainWeights;
  label: Weights | TrainWeights;
  /** index of 'root' in the label list */
  rootLabel: number;
  /** fine tag → coarse tag (UPOS) */
  coarse?: Uint8Array;
  nLabels: number;
}

const mfeats = new Int32Array(MOVE_FEATS);
const lfeats = new Int32Array(LABEL_FEATS);
const mscore = new Float32Array(N_MOVES);
let lscore = new Float32Array(64);

function bestLabel(m: ParseModels, st: State, h: number, d: number): number {
  if (h === st.n) return m.rootLabel;
  if (lscore.length < m.nLabels) lscore = new Float32Array(m.nLabels);
  const nf = labelFeatures(st, h, d, lfeats);
  m.label.score(lfeats, nf, lscore);
  let best = -1;
  let bs = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < m.nLabels; c++) {
    if (c === m.rootLabel) continue;
    if (lscore[c] > bs) {
      bs = lscore[c];
      best = c;
    }
  }
  return best;
}

/**
 * The features moveFeatures leaves out with `all` false, for word `i` in one group:
 * its own attributes as 0 = b0 (with the bias and the words after it, which have no
 * children yet), 1 = s0, 2 = s1, 3 = s2; its children, valency and label sets as
 * 4 = b0, 5 = s0, 6 = s1 (these change only when it takes a dependent, and State.apply
 * then drops their sums; group 5 reads only the right side); 7 = s0 with s1 and s2
 * (the words below it; i is the top of the stack) and its left children. i < 0 is the
 * empty role. The same hashes as moveFeatures.
 *
 * Group 7 holds as long as the word stays on the stack: it is pushed once, the words
 * below it stay there until it is popped, its left children were all attached before
 * it was pushed (LEFT attaches to b0), and s1 takes a child (RIGHT) only by popping it.
 * Of s0 it reads nothing that changes while it is on the stack (its right children).
 */
function oneWordFeatures(st: State, group: number, i: number, out: Int32Array): number {
  const W = st.W;
  const T = st.T;
  const rel = st.rel;
  const n = st.n;
  const w = i >= 0 ? W[i] : NONE_W;
  const p = i >= 0 ? T[i] : NONE_T;
  let k = 0;
  if (group === 7) return stackFeatures(st, i, w, p, out);
  if (group === 3) {
    out[k++] = f1(15, p);
    out[k++] = f1(16, w);
    return k;
  }
  if (group === 1) {
    out[k++] = f1(1, w);
    out[k++] = f1(2, p);
    out[k++] = f2(3, w, p);
    return k;
  }
  if (group === 2) {
    out[k++] = f1(4, w);
    out[k++] = f1(5, p);
    out[k++] = f2(6, w, p);
    return k;
  }
  if (group === 0) {
    const b1 = i + 1 <= n ? i + 1 : -1;
    const b2 = i + 2 <= n ? i + 2 : -1;
    const b1w = b1 >= 0 ? W[b1] : NONE_W;
    const b1p = b1 >= 0 ? T[b1] : NONE_T;
    const b2w = b2 >= 0 ? W[b2] : NONE_W;
    const b2p = b2 >= 0 ? T[b2] : NONE_T;
    const U = st.U;
    const b0u = U[i];
    const b1u = b1 >= 0 ? U[b1] : NONE_T;
    const b2u = b2 >= 0 ? U[b2] : NONE_T;
    const b3u = i + 3 <= n ? U[i + 3] : NONE_T;
    out[k++] = f1(0, 1);
    out[k++] = f1(7, w);
    out[k++] = f1(8, p);
    out[k++] = f2(9, w, p);
    out[k++] = f1(10, b1w);
    out[k++] = f1(11, b1p);
    out[k++] = f2(12, b1w, b1p);
    out[k++] = f1(13, b2w);
    out[k++] = f1(14, b2p);
    out[k++] = f2(24, p, b1p);
    out[k++] = f3(30, p, b1p, b2p);
    out[k++] = f2(99, w, b1w);
    out[k++] = f4(114, b0u, b1u, b2u, b3u);
    return k;
  }
  // the word's children, valency and label sets, as moveFeatures reads them
  const l1 = i >= 0 ? st.l1[i] : -1;
  const l2 = i >= 0 ? st.l2[i] : -1;
  const r1 = i >= 0 ? st.r1[i] : -1;
  const r2 = i >= 0 ? st.r2[i] : -1;
  const l1w = l1 >= 0 ? W[l1] : NONE_W;
  const l1p = l1 >= 0 ? T[l1] : NONE_T;
  const l1l = l1 >= 0 ? rel[l1] : NONE_L;
  const l2w = l2 >= 0 ? W[l2] : NONE_W;
  const l2p = l2 >= 0 ? T[l2] : NONE_T;
  const l2l = l2 >= 0 ? rel[l2] : NONE_L;
  const r1w = r1 >= 0 ? W[r1] : NONE_W;
  const r1p = r1 >= 0 ? T[r1] : NONE_T;
  const r1l = r1 >= 0 ? rel[r1] : NONE_L;
  const r2l = r2 >= 0 ? rel[r2] : NONE_L;
  const vl = i >= 0 ? Math.min(st.nl[i], 7) : 9;
  const vr = i >= 0 ? Math.min(st.nr[i], 7) : 9;
  const sl = i >= 0 ? st.lmLo[i] : -1;
  const slh = i >= 0 ? st.lmHi[i] : -1;
  const sr = i >= 0 ? st.rmLo[i] : -1;
  const srh = i >= 0 ? st.rmHi[i] : -1;
  if (group === 4) {
    out[k++] = f2(61, w, vl);
    out[k++] = f2(62, p, vl);
    out[k++] = f1(75, l1w);
    out[k++] = f1(76, l1p);
    out[k++] = f1(77, l1l);
    out[k++] = f1(84, l2w);
    out[k++] = f1(85, l2p);
    out[k++] = f1(86, l2l);
    out[k++] = f4(89, p, l1l, l2l, 0);
    out[k++] = f3(95, w, sl, slh);
    out[k++] = f3(96, p, sl, slh);
  } else if (group === 5) {
    const r2w = r2 >= 0 ? W[r2] : NONE_W;
    const r2p = r2 >= 0 ? T[r2] : NONE_T;
    // (its left children, which group 7 reads, are fixed by the time it is s0)
    out[k++] = f2(53, w, vr);
    out[k++] = f2(54, p, vr);
    out[k++] = f1(66, r1w);
    out[k++] = f1(67, r1p);
    out[k++] = f1(68, r1l);
    out[k++] = f1(81, r2w);
    out[k++] = f1(82, r2p);
    out[k++] = f1(83, r2l);
    out[k++] = f4(88, p, r1l, r2l, 0);
    out[k++] = f3(91, w, sr, srh);
    out[k++] = f3(92, p, sr, srh);
  } else {
    out[k++] = f2(57, w, vr);
    out[k++] = f2(58, p, vr);
    out[k++] = f2(59, w, vl);
    out[k++] = f2(60, p, vl);
    out[k++] = f1(69, l1w);
    out[k++] = f1(70, l1p);
    out[k++] = f1(71, l1l);
    out[k++] = f1(72, r1w);
    out[k++] = f1(73, r1p);
    out[k++] = f1(74, r1l);
    out[k++] = f4(90, p, r1l, r2l, 0);
    out[k++] = f3(97, p, sr, srh);
    out[k++] = f3(98, p, sl, slh);
  }
  return k;
}

/** Group 7 of oneWordFeatures: s0 = i (the top of the stack) with the words below it. */
function stackFeatures(st: State, s0: number, s0w: number, s0p: number, out: Int32Array): number {
  const W = st.W;
  const T = st.T;
  const rel = st.rel;
  const sp = st.sp;
  const s1 = sp > 1 ? st.stack[sp - 2] : -1;
  const s2 = sp > 2 ? st.stack[sp - 3] : -1;
  const s0l1 = s0 >= 0 ? st.l1[s0] : -1;
  const s1l1 = s1 >= 0 ? st.l1[s1] : -1;
  const s1r1 = s1 >= 0 ? st.r1[s1] : -1;
  const s1w = s1 >= 0 ? W[s1] : NONE_W;
  const s1p = s1 >= 0 ? T[s1] : NONE_T;
  const s2p = s2 >= 0 ? T[s2] : NONE_T;
  const s0l1p = s0l1 >= 0 ? T[s0l1] : NONE_T;
  const s1l1p = s1l1 >= 0 ? T[s1l1] : NONE_T;
  const s1l1l = s1l1 >= 0 ? rel[s1l1] : NONE_L;
  const s1r1p = s1r1 >= 0 ? T[s1r1] : NONE_T;
  const s1r1l = s1r1 >= 0 ? rel[s1r1] : NONE_L;
  const d2 = s1 >= 0 ? bucket(s0 - s1) : 0;
  let k = 0;
  out[k++] = f4(25, s1w, s1p, s0w, s0p);
  out[k++] = f2(26, s1w, s0w);
  out[k++] = f2(27, s1p, s0p);
  out[k++] = f3(28, s1w, s1p, s0p);
  out[k++] = f3(29, s1p, s0w, s0p);
  out[k++] = f3(36, s1p, s0p, s0l1p);
  out[k++] = f3(38, s2p, s1p, s0p);
  out[k++] = f3(39, s1p, s1r1p, s0p);
  out[k++] = f3(40, s1p, s1l1p, s0p);
  out[k++] = f3(106, s1p, s0l1p, s0p);
  out[k++] = f2(47, s1w, d2);
  out[k++] = f2(48, s1p, d2);
  out[k++] = f2(49, s0w, d2);
  out[k++] = f2(50, s0p, d2);
  out[k++] = f3(51, s1p, s0p, d2);
  out[k++] = f3(52, s1w, s0w, d2);
  out[k++] = f3(109, s1p, s1r1l, s0p);
  out[k++] = f3(111, s1p, s1l1l, s0p);
  // s0's left children, valency and label set (moveFeatures' s0 children, left side)
  const s0l2 = s0 >= 0 ? st.l2[s0] : -1;
  const vl = s0 >= 0 ? Math.min(st.nl[s0], 7) : 9;
  const s0l1w = s0l1 >= 0 ? W[s0l1] : NONE_W;
  const s0l1l = s0l1 >= 0 ? rel[s0l1] : NONE_L;
  const s0l2w = s0l2 >= 0 ? W[s0l2] : NONE_W;
  const s0l2p = s0l2 >= 0 ? T[s0l2] : NONE_T;
  const s0l2l = s0l2 >= 0 ? rel[s0l2] : NONE_L;
  const sl = s0 >= 0 ? st.lmLo[s0] : -1;
  const slh = s0 >= 0 ? st.lmHi[s0] : -1;
  out[k++] = f2(55, s0w, vl);
  out[k++] = f2(56, s0p, vl);
  out[k++] = f1(63, s0l1w);
  out[k++] = f1(64, s0l1p);
  out[k++] = f1(65, s0l1l);
  out[k++] = f1(78, s0l2w);
  out[k++] = f1(79, s0l2p);
  out[k++] = f1(80, s0l2l);
  out[k++] = f4(87, s0p, s0l1l, s0l2l, 0);
  out[k++] = f3(93, s0w, sl, slh);
  out[k++] = f3(94, s0p, sl, slh);
  return k;
}

const sfeats = new Int32Array(40);
const acc = new Float64Array(3);

/** Adds the cached sums of word i in a group (filling the cache on first use) to acc. */
function addCached(weights: Weights, st: State, group: number, i: number): void {
  const cache = st.cSum;
  const slot = i >= 0 ? i : st.n + 1;
  const o = 3 * (slot * GROUPS + group);
  const bit = 1 << group;
  if (!(st.cHave[slot] & bit)) {
    const a0 = acc[0];
    const a1 = acc[1];
    const a2 = acc[2];
    acc[0] = 0;
    acc[1] = 0;
    acc[2] = 0;
    weights.addDense(sfeats, oneWordFeatures(st, group, i, sfeats), acc);
    cache[o] = acc[0];
    cache[o + 1] = acc[1];
    cache[o + 2] = acc[2];
    st.cHave[slot] |= bit;
    acc[0] = a0;
    acc[1] = a1;
    acc[2] = a2;
  }
  acc[0] += cache[o];
  acc[1] += cache[o + 1];
  acc[2] += cache[o + 2];
}

function pickMove(m: ParseModels, st: State): number {
  const sh = st.canShift();
  const la = st.canLeft();
  const ra = st.canRight();
  if (!la && !ra) return SH;
  if (!sh && !la) return RA;
  if (!sh && !ra) return LA;
  const mv = m.move;
  if (mv instanceof Weights && mv.isDense) {
    // the same sum as scoring every feature: the one-word features from the cache
    const sp = st.sp;
    acc[0] = 0;
    acc[1] = 0;
    acc[2] = 0;
    const s0 = sp > 0 ? st.stack[sp - 1] : -1;
    const s1 = sp > 1 ? st.stack[sp - 2] : -1;
    addCached(mv, st, 0, st.b);
    addCached(mv, st, 1, s0);
    addCached(mv, st, 2, s1);
    addCached(mv, st, 3, sp > 2 ? st.stack[sp - 3] : -1);
    addCached(mv, st, 4, st.b);
    addCached(mv, st, 5, s0);
    addCached(mv, st, 6, s1);
    addCached(mv, st, 7, s0);
    mv.addDense(mfeats, moveFeatures(st, mfeats, false), acc);
    mv.finishDense(acc, mscore);
  } else {
    const nf = moveFeatures(st, mfeats);
    mv.score(mfeats, nf, mscore);
  }
  let best = -1;
  let bs = Number.NEGATIVE_INFINITY;
  if (sh && mscore[SH] > bs) {
    bs = mscore[SH];
    best = SH;
  }
  if (la && mscore[LA] > bs) {
    bs = mscore[LA];
    best = LA;
  }
  if (ra && mscore[RA] > bs) best = RA;
  return best;
}

/** Parses the sentence in `lex` with `tags`; heads land in st.head (n = root). */
export function parseState(m: ParseModels, st: State, lex: Lex, tags: Uint8Array): void {
  st.init(lex, tags, m.coarse);
  while (!st.done()) {
    const move = pickMove(m, st);
    if (move === SH) st.apply(SH, 0);
    else {
      const s0 = st.stack[st.sp - 1];
      const h = move === LA ? st.b : st.stack[st.sp - 2];
      st.apply(move, bestLabel(m, st, h, s0));
    }
  }
}

// ---------------------------------------------------------------- training

export interface GoldTree {
  /** projectivised heads, root = n */
  head: Int32Array;
  rel: Uint8Array;
  /** CSR of gold dependents */
  depPtr: Int32Array;
  deps: Int32Array;
}

export function goldTree(head: Int32Array, rel: Uint8Array): GoldTree {
  const n = head.length;
  const h = new Int32Array(n);
  for (let i = 0; i < n; i++) h[i] = head[i] < 0 ? n : head[i];
  projectivise(h);
  const cnt = new Int32Array(n + 2);
  for (let i = 0; i < n; i++) cnt[h[i] + 1]++;
  for (let i = 1; i < n + 2; i++) cnt[i] += cnt[i - 1];
  const depPtr = cnt.slice();
  const deps = new Int32Array(n);
  const fill = cnt.slice();
  for (let i = 0; i < n; i++) deps[fill[h[i]]++] = i;
  return { head: h, rel, depPtr, deps };
}

/** Lifts non-projective arcs (shortest first) to the head's head until the tree is projective. */
function projectivise(h: Int32Array): number {
  const n = h.length;
  let lifts = 0;
  for (let guard = 0; guard < 4 * n; guard++) {
    let bestD = -1;
    let bestSpan = Number.POSITIVE_INFINITY;
    for (let d = 0; d < n; d++) {
      const hd = h[d];
      if (hd === n) continue;
      const lo = Math.min(hd, d);
      const hi = Math.max(hd, d);
      if (hi - lo >= bestSpan) continue;
      for (let k = lo + 1; k < hi; k++) {
        let a = k;
        while (a !== hd && a !== n) a = h[a];
        if (a !== hd) {
          bestD = d;
          bestSpan = hi - lo;
          break;
        }
      }
    }
    if (bestD < 0) break;
    h[bestD] = h[h[bestD]];
    lifts++;
  }
  return lifts;
}

function moveCost(st: State, g: GoldTree, move: number): number {
  const b = st.b;
  const gh = g.head;
  if (move === SH) {
    const s0 = st.sp > 0 ? st.stack[st.sp - 1] : -1;
    const hb = gh[b];
    let c = hb !== s0 && hb < st.n && st.inStack[hb] ? 1 : 0;
    for (let j = g.depPtr[b]; j < g.depPtr[b + 1]; j++) if (st.inStack[g.deps[j]]) c++;
    return c;
  }
  const s0 = st.stack[st.sp - 1];
  const hs = gh[s0];
  let c: number;
  if (move === LA) {
    const s1 = st.sp > 1 ? st.stack[st.sp - 2] : -1;
    c = hs !== b && (hs === s1 || hs > b) ? 1 : 0;
  } else c = hs >= b ? 1 : 0;
  for (let j = g.depPtr[s0]; j < g.depPtr[s0 + 1]; j++) if (g.deps[j] >= b) c++;
  return c;
}

export interface TrainStats {
  moves: number;
  moveErrors: number;
}

/** One dynamic-oracle training pass over a sentence. */
export function trainParseSentence(
  move: TrainWeights,
  label: TrainWeights,
  m: ParseModels,
  st: State,
  lex: Lex,
  tags: Uint8Array,
  g: GoldTree,
  explore: number,
  rand: () => number,
  step: () => number,
  stats: TrainStats,
): void {
  st.init(lex, tags, m.coarse);
  const legal = [false, false, false];
  const cost = [0, 0, 0];
  while (!st.done()) {
    legal[SH] = st.canShift();
    legal[LA] = st.canLeft();
    legal[RA] = st.canRight();
    let nLegal = 0;
    let minCost = Number.POSITIVE_INFINITY;
    for (let a = 0; a < N_MOVES; a++)
      if (legal[a]) {
        nLegal++;
        cost[a] = moveCost(st, g, a);
        if (cost[a] < minCost) minCost = cost[a];
      }
    let next: number;
    if (nLegal === 1) {
      next = legal[SH] ? SH : legal[LA] ? LA : RA;
    } else {
      const nf = moveFeatures(st, mfeats);
      move.score(mfeats, nf, mscore);
      let pred = -1;
      let truth = -1;
      for (let a = 0; a < N_MOVES; a++) {
        if (!legal[a]) continue;
        if (pred < 0 || mscore[a] > mscore[pred]) pred = a;
        if (cost[a] === minCost && (truth < 0 || mscore[a] > mscore[truth])) truth = a;
      }
      stats.moves++;
      if (cost[pred] > minCost) {
        stats.moveErrors++;
        move.update(mfeats, nf, truth, pred, step());
        next = explore > 0 && rand() < explore ? pred : truth;
      } else {
        step();
        next = pred;
      }
    }
    if (next === SH) {
      st.apply(SH, 0);
      continue;
    }
    const d = st.stack[st.sp - 1];
    const h = next === LA ? st.b : st.stack[st.sp - 2];
    let lab: number;
    if (h === st.n) lab = m.rootLabel;
    else {
      lab = bestLabel(m, st, h, d);
      if (g.head[d] === h) {
        const gl = g.rel[d];
        if (lab !== gl) {
          const nf = labelFeatures(st, h, d, lfeats);
          label.update(lfeats, nf, gl, lab, step());
          if (explore === 0) lab = gl;
        } else step();
      }
    }
    st.apply(next, lab);
  }
}
