import { describe, expect, it } from 'vitest';
import { f1, f2, f3, f4, rng } from './hash.js';

// The committed model's tables are keyed by these hashes: a change to them, however it is
// computed, makes every feature miss. The values below were taken from the hashes the
// committed model was trained with; they are pinned, not recomputed by a copy of the code.
describe('feature hashes', () => {
  it('give the values the committed model was trained with', () => {
    expect([f1(0, 50271532), f2(0, 50271532, 266108690)]).toEqual([-844735909, 1175053134]);
    expect(f3(0, 50271532, 266108690, -99180962)).toBe(-1392935714);
    expect(f4(0, 50271532, 266108690, -99180962, -1292661866)).toBe(344183912);
    expect(f4(4096, -907248196, 1955685157, 1408253241, 1602493450)).toBe(2019970197);
  });

  it('give the same fingerprint over 800 hashes of every arity and many template ids', () => {
    const r = rng(7);
    const val = () => (r() * 2 ** 32) | 0;
    let x = 0;
    for (const t of [0, 1, 17, 99, 119, 255, 256, 300, 4096, -1])
      for (let k = 0; k < 20; k++) {
        const [a, b, c, d] = [val(), val(), val(), val()];
        for (const h of [f1(t, a), f2(t, a, b), f3(t, a, b, c), f4(t, a, b, c, d)])
          x = (Math.imul(x, 31) + h) | 0;
      }
    expect(x).toBe(-1428677934);
  });
});
