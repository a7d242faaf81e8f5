import { hashRange, normWord, shapeHash } from './hash.js';

// Per-sentence lexical hashes, shared by the tagger and the parser. Arrays are offset
// by PAD so that positions -2..n+1 are valid (sentence start and end markers). A word's
// hashes depend on the word alone, so they are computed once per distinct word and
// kept (up to MAX_WORDS words, then the store starts again).

export const PAD = 2;
const START = 0x51a27;
const END = 0x3e4d9;
/** the hashes kept per word: w, lo, pre1–3, suf1–3, pre4, suf4, shape, flags */
const K = 12;
export const MAX_WORDS = 50_000;

/**
 * A copy of a word that holds no reference to the text it was sliced from: V8 keeps a
 * slice of 13 characters or more as a view on its parent, and the store outlives the
 * document (the parser is loaded once per process).
 */
const own = (s: string): string => (s.length < 13 ? s : ` ${s}`.slice(1));

export class Lex {
  n = 0;
  cap = 0;
  /** case-sensitive word (typographic variants folded) */
  w = new Int32Array(0);
  /** lower case, digits folded to 0 */
  lo = new Int32Array(0);
  pre1 = new Int32Array(0);
  pre2 = new Int32Array(0);
  pre3 = new Int32Array(0);
  suf1 = new Int32Array(0);
  suf2 = new Int32Array(0);
  suf3 = new Int32Array(0);
  pre4 = new Int32Array(0);
  suf4 = new Int32Array(0);
  shape = new Int32Array(0);
  /** bit 0 has digit, 1 has hyphen, 2 first upper, 3 all upper, 4 has letter */
  flags = new Int32Array(0);
  /** the folded words, for the tag dictionary */
  norm: string[] = [];
  /** per word of the sentence: its entry in the word store (see tagCache) */
  entry = new Int32Array(0);
  /**
   * Per stored word, for the tagger: 0 until it looks the word up, then what it found
   * (its ambiguity class and dictionary tag), valid while `tagOwner` is the model that wrote it.
   */
  tagCache = new Int32Array(0);
  tagOwner: readonly unknown[] = [];
  /**
   * Per stored word, for the tagger's features that read this one word (tagger.ts,
   * WORD_ROWS a word): their rows in `rowOwner`'s table, filled when rowHave is 1.
   */
  rowCache = new Int32Array(0);
  rowHave = new Uint8Array(0);
  rowOwner: unknown = null;
  private words = new Map<string, number>();
  private store = new Int32Array(K * 1024);
  private storeNorm: string[] = [];

  private ensure(n: number): void {
    if (n + 2 * PAD <= this.cap) return;
    let cap = Math.max(64, this.cap);
    while (cap < n + 2 * PAD) cap *= 2;
    this.cap = cap;
    this.w = new Int32Array(cap);
    this.lo = new Int32Array(cap);
    this.pre1 = new Int32Array(cap);
    this.pre2 = new Int32Array(cap);
    this.pre3 = new Int32Array(cap);
    this.suf1 = new Int32Array(cap);
    this.suf2 = new Int32Array(cap);
    this.suf3 = new Int32Array(cap);
    this.pre4 = new Int32Array(cap);
    this.suf4 = new Int32Array(cap);
    this.shape = new Int32Array(cap);
    this.flags = new Int32Array(cap);
    this.entry = new Int32Array(cap);
  }

  /** The store's entry of a word, hashing it the first time it is seen. */
  private entryOf(word: string): number {
    let e = this.words.get(word);
    if (e !== undefined) return e;
    e = this.storeNorm.length;
    if (K * (e + 1) > this.store.length) {
      const grown = new Int32Array(this.store.length * 2);
      grown.set(this.store);
      this.store = grown;
    }
    if (2 * (e + 1) > this.tagCache.length) {
      const grown = new Int32Array(Math.max(2048, this.tagCache.length * 2));
      grown.set(this.tagCache);
      this.tagCache = grown;
    }
    this.tagCache[2 * e] = 0;
    this.tagCache[2 * e + 1] = 0;
    if (e < this.rowHave.length) this.rowHave[e] = 0;
    const s = own(normWord(word));
    this.storeNorm.push(s);
    this.words.set(own(word), e);
    const o = K * e;
    const st = this.store;
    const L = s.length;
    st[o] = hashRange(s, 0, L, false, false);
    st[o + 1] = hashRange(s, 0, L, true, true);
    st[o + 2] = hashRange(s, 0, Math.min(1, L), true, false);
    st[o + 3] = hashRange(s, 0, Math.min(2, L), true, false);
    st[o + 4] = hashRange(s, 0, Math.min(3, L), true, false);
    st[o + 5] = hashRange(s, Math.max(0, L - 1), L, true, false);
    st[o + 6] = hashRange(s, Math.max(0, L - 2), L, true, false);
    st[o + 7] = hashRange(s, Math.max(0, L - 3), L, true, false);
    st[o + 8] = hashRange(s, 0, Math.min(4, L), true, false);
    st[o + 9] = hashRange(s, Math.max(0, L - 4), L, true, false);
    st[o + 10] = shapeHash(s);
    let fl = 0;
    let upper = 0;
    let letters = 0;
    for (let k = 0; k < L; k++) {
      const c = s.charCodeAt(k);
      if (c >= 48 && c <= 57) fl |= 1;
      else if (c === 45) fl |= 2;
      else if (c >= 65 && c <= 90) {
        upper++;
        letters++;
      } else if (c >= 97 && c <= 122) letters++;
    }
    const c0 = s.charCodeAt(0);
    if (c0 >= 65 && c0 <= 90) fl |= 4;
    if (letters > 0 && upper === letters) fl |= 8;
    if (letters > 0) fl |= 16;
    st[o + 11] = fl;
    return e;
  }

  set(words: readonly string[]): void {
    const n = words.length;
    this.ensure(n);
    this.n = n;
    this.norm.length = n;
    // the store starts again between sentences only, so a sentence's entries stay its words'
    if (this.storeNorm.length + n > MAX_WORDS) {
      this.words.clear();
      this.storeNorm.length = 0;
    }
    for (let k = 0; k < PAD; k++) {
      this.fillMarker(k, START + k);
      this.fillMarker(n + PAD + k, END + k);
    }
    for (let i = 0; i < n; i++) {
      const e = this.entryOf(words[i]);
      this.entry[i] = e;
      this.norm[i] = this.storeNorm[e];
      const j = i + PAD;
      const st = this.store;
      const o = K * e;
      this.w[j] = st[o];
      this.lo[j] = st[o + 1];
      this.pre1[j] = st[o + 2];
      this.pre2[j] = st[o + 3];
      this.pre3[j] = st[o + 4];
      this.suf1[j] = st[o + 5];
      this.suf2[j] = st[o + 6];
      this.suf3[j] = st[o + 7];
      this.pre4[j] = st[o + 8];
      this.suf4[j] = st[o + 9];
      this.shape[j] = st[o + 10];
      this.flags[j] = st[o + 11];
    }
  }

  /** how many words the store holds (their entries are 0 … size − 1) */
  get size(): number {
    return this.storeNorm.length;
  }

  private fillMarker(j: number, v: number): void {
    this.w[j] = v;
    this.lo[j] = v;
    this.pre1[j] = v;
    this.pre2[j] = v;
    this.pre3[j] = v;
    this.suf1[j] = v;
    this.suf2[j] = v;
    this.suf3[j] = v;
    this.pre4[j] = v;
    this.suf4[j] = v;
    this.shape[j] = v;
    this.flags[j] = 32 + (v & 1);
  }
}
