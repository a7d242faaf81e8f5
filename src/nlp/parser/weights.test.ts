import { describe, expect, it } from 'vitest';
import { type PackedWeights, TrainWeights, Weights } from './weights.js';

// Run-time scoring against a plain reference: every feature found by its full key, its
// row added in feature order in float32. The keys are chosen so that many share a home
// slot (the tables have 1024 slots: keys equal modulo 1024 collide), which makes the
// scorer probe past occupied slots, and absent keys are mixed in.

function packed(C: number, rows: [number, [number, number][]][]): PackedWeights {
  const keys: number[] = [];
  const ptr = [0];
  const cls: number[] = [];
  const val: number[] = [];
  for (const [key, entries] of rows) {
    keys.push(key);
    for (const [c, v] of entries) {
      cls.push(c);
      val.push(v);
    }
    ptr.push(cls.length);
  }
  return {
    C,
    scale: 0.37,
    keys: Int32Array.from(keys),
    ptr: Uint32Array.from(ptr),
    cls: Uint8Array.from(cls),
    val: Int16Array.from(val),
  };
}

/** sparse: float32 sums in feature order; dense: integer sums, scaled once */
function reference(p: PackedWeights, feats: number[]): Float32Array {
  const out = new Float32Array(p.C);
  const ints = new Float64Array(p.C);
  for (const key of feats) {
    const r = p.keys.indexOf(key);
    if (r < 0) continue;
    for (let j = p.ptr[r]; j < p.ptr[r + 1]; j++) {
      out[p.cls[j]] += p.val[j] * p.scale;
      ints[p.cls[j]] += p.val[j];
    }
  }
  if (p.C <= 3) for (let c = 0; c < p.C; c++) out[c] = ints[c] * p.scale;
  return out;
}

/** 60 keys: runs sharing home slots 5, 6 and 1023 (wrapping to 0), and scattered ones */
function someKeys(): number[] {
  const keys: number[] = [];
  for (let k = 1; k <= 20; k++) keys.push(k * 1024 + 5, k * 1024 + 6 + 7919 * 1024 * (k % 3));
  for (let k = 1; k <= 8; k++) keys.push(-k * 1024 - 1);
  for (let k = 0; k < 12; k++) keys.push((k * 2654435761) | 0 || 7);
  return keys;
}

describe('Weights.score', () => {
  it('adds sparse rows as the plain reference does, in float32 and feature order', () => {
    const keys = someKeys();
    const rows: [number, [number, number][]][] = keys.map((key, i) => {
      const len = 1 + (i % 6);
      return [
        key,
        Array.from({ length: len }, (_, j) => [(i * 3 + j * 5) % 11, ((i * 37 + j * 101) % 2001) - 1000]),
      ];
    });
    const p = packed(11, rows);
    const w = Weights.from(p);
    const out = new Float32Array(11);
    // present keys, keys absent but homed among the collisions, and a repeated key
    const absent = [21 * 1024 + 5, 40 * 1024 + 6, -30 * 1024 - 1, 12345];
    for (let t = 0; t < 20; t++) {
      const feats = keys.filter((_, i) => (i + t) % 3 !== 0).concat(absent.slice(0, t % 5), keys[t]);
      w.score(Int32Array.from(feats), feats.length, out);
      expect(Array.from(out)).toEqual(Array.from(reference(p, feats)));
    }
  });

  it('sums dense rows (at most three classes) as the plain reference does', () => {
    const keys = someKeys();
    const rows: [number, [number, number][]][] = keys.map((key, i) => [
      key,
      [
        [0, ((i * 53) % 601) - 300],
        [2, ((i * 71) % 801) - 400],
      ],
    ]);
    const p = packed(3, rows);
    const w = Weights.from(p);
    const out = new Float32Array(3);
    const absent = [33 * 1024 + 5, 50 * 1024 + 6, 999];
    for (let t = 0; t < 20; t++) {
      const feats = keys.filter((_, i) => (i * 7 + t) % 4 !== 1).concat(absent.slice(0, t % 4));
      w.score(Int32Array.from(feats), feats.length, out);
      expect(Array.from(out)).toEqual(Array.from(reference(p, feats)));
    }
  });
});

describe('TrainWeights minCount', () => {
  const feats = (...k: number[]) => Int32Array.from(k);
  it('learns a feature only from its minCount-th update on', () => {
    const t = new TrainWeights(3, 10, 3);
    t.update(feats(11, 12), 2, 0, 1, 1);
    t.update(feats(11), 1, 0, 1, 2);
    expect(t.row(11)).toBe(-1);
    expect(t.row(12)).toBe(-1);
    t.update(feats(11, 12), 2, 0, 1, 3);
    expect(t.row(11)).toBeGreaterThanOrEqual(0);
    expect(t.row(12)).toBe(-1);
    const out = new Float32Array(3);
    t.score(feats(11, 12), 2, out);
    expect([...out]).toEqual([1, -1, 0]);
  });
  it('with minCount 1 learns every feature at once', () => {
    const t = new TrainWeights(3, 10);
    t.update(feats(21, 22), 2, 2, 0, 1);
    expect(t.row(21)).toBeGreaterThanOrEqual(0);
    expect(t.row(22)).toBeGreaterThanOrEqual(0);
    t.update(feats(21), 1, 0, 0, 2);
    const out = new Float32Array(3);
    t.score(feats(21), 1, out);
    expect([...out]).toEqual([-1, 0, 1]);
  });
});
