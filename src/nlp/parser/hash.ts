// Integer feature hashing shared by the tagger and the parser. Features are 32-bit
// murmur-style mixes of a template id and integer values (word hashes, tags, labels),
// so no string is built per feature at run time.

/** Folds typographic variants into the forms UD English EWT uses. */
export function normWord(w: string): string {
  if (!/[\u2018-\u201f\u2032\u2033\u2010-\u2015\u2212\u2026\u00a0]/.test(w)) return w;
  return w
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\u00a0/g, ' ');
}

/** FNV-1a over a range of a string's UTF-16 code units. */
export function hashRange(s: string, start: number, end: number, lower: boolean, digits: boolean): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (lower && c >= 65 && c <= 90) c += 32;
    else if (lower && c > 127) {
      const l = s[i].toLowerCase();
      if (l.length === 1) c = l.charCodeAt(0);
    }
    if (digits && c >= 48 && c <= 57) c = 48;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h | 0;
}

function mix(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function fin(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}

export const f1 = (t: number, a: number): number => fin(mix(mix(0x2545f491, t), a));
export const f2 = (t: number, a: number, b: number): number => fin(mix(mix(mix(0x2545f491, t), a), b));
export const f3 = (t: number, a: number, b: number, c: number): number =>
  fin(mix(mix(mix(mix(0x2545f491, t), a), b), c));
export const f4 = (t: number, a: number, b: number, c: number, d: number): number =>
  fin(mix(mix(mix(mix(mix(0x2545f491, t), a), b), c), d));

/** Word shape: X/x/d/other with runs longer than two collapsed, hashed without building a string. */
export function shapeHash(w: string): number {
  let h = 0x811c9dc5 | 0;
  let prev = -1;
  let run = 0;
  const n = Math.min(w.length, 24);
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    let k: number;
    if (c >= 65 && c <= 90) k = 88;
    else if (c >= 97 && c <= 122) k = 120;
    else if (c >= 48 && c <= 57) k = 100;
    else if (c > 127) k = w[i].toLowerCase() !== w[i] ? 88 : w[i].toUpperCase() !== w[i] ? 120 : c;
    else k = c;
    if (k === prev) {
      if (++run > 2) continue;
    } else run = 1;
    prev = k;
    h = Math.imul(h ^ k, 0x01000193);
  }
  return h | 0;
}

/** Seeded PRNG (mulberry32), for deterministic shuffling. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
