import { hashRange, normWord, shapeHash } from './hash.js';

// Per-sentence lexical hashes, computed once per token and shared by the tagger and
// the parser. Arrays are offset by PAD so that positions -2..n+1 are valid
// (sentence start and end markers).

export const PAD = 2;
const START = 0x51a27;
const END = 0x3e4d9;

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
  }

  set(words: readonly string[]): void {
    const n = words.length;
    this.ensure(n);
    this.n = n;
    this.norm.length = n;
    for (let k = 0; k < PAD; k++) {
      this.fillMarker(k, START + k);
      this.fillMarker(n + PAD + k, END + k);
    }
    for (let i = 0; i < n; i++) {
      const s = normWord(words[i]);
      this.norm[i] = s;
      const j = i + PAD;
      const L = s.length;
      this.w[j] = hashRange(s, 0, L, false, false);
      this.lo[j] = hashRange(s, 0, L, true, true);
      this.pre1[j] = hashRange(s, 0, Math.min(1, L), true, false);
      this.pre2[j] = hashRange(s, 0, Math.min(2, L), true, false);
      this.pre3[j] = hashRange(s, 0, Math.min(3, L), true, false);
      this.suf1[j] = hashRange(s, Math.max(0, L - 1), L, true, false);
      this.suf2[j] = hashRange(s, Math.max(0, L - 2), L, true, false);
      this.suf3[j] = hashRange(s, Math.max(0, L - 3), L, true, false);
      this.pre4[j] = hashRange(s, 0, Math.min(4, L), true, false);
      this.suf4[j] = hashRange(s, Math.max(0, L - 4), L, true, false);
      this.shape[j] = shapeHash(s);
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
      this.flags[j] = fl;
    }
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
