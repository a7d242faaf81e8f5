import { describe, expect, it } from 'vitest';
import { f1, f2, f3, f4, rng } from './hash.js';

// The committed model's tables are keyed by these hashes: a change to them, however
// it is computed, makes every feature miss. The reference below is the murmur-style
// mix written out in full, with the template id mixed into the seed each time.
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
const ref = (t: number, ...v: number[]) => fin(v.reduce(mix, mix(0x2545f491, t)));

describe('feature hashes', () => {
  it('equal the full mix for every template id, in and out of the precomputed range', () => {
    const r = rng(7);
    const val = () => (r() * 2 ** 32) | 0;
    for (const t of [0, 1, 17, 99, 119, 255, 256, 300, 4096, -1]) {
      for (let k = 0; k < 20; k++) {
        const [a, b, c, d] = [val(), val(), val(), val()];
        expect(f1(t, a)).toBe(ref(t, a));
        expect(f2(t, a, b)).toBe(ref(t, a, b));
        expect(f3(t, a, b, c)).toBe(ref(t, a, b, c));
        expect(f4(t, a, b, c, d)).toBe(ref(t, a, b, c, d));
      }
    }
  });
});
