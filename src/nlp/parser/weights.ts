// Weight tables of the averaged perceptrons. Feature keys are 32-bit hashes (never 0).
//
// `TrainWeights` holds dense rows (one float per class) for every feature that has
// been updated, with the lazy averaging trick: u accumulates c·Δ, and the averaged
// weight is w − u/c. `Weights` is the run-time form: a sparse row per feature (CSR:
// classes and int16-quantised weights, dequantised to float32 on load) behind an
// open-addressing table, so scoring a feature touches only its non-zero classes.

export class TrainWeights {
  readonly C: number;
  private mask: number;
  private keys: Int32Array;
  private slotRow: Int32Array;
  nRows = 0;
  rowKeys: Int32Array;
  w: Float32Array;
  u: Float64Array;
  /**
   * A feature gets a row (a weight) only from its `minCount`-th update on: the rarer
   * ones are never learnt, so the model is trained without them and its tables shrink.
   */
  private minCount: number;
  private seen = new Map<number, number>();

  constructor(C: number, capacityLog2 = 20, minCount = 1) {
    this.C = C;
    this.minCount = minCount;
    const cap = 1 << capacityLog2;
    this.mask = cap - 1;
    this.keys = new Int32Array(cap);
    this.slotRow = new Int32Array(cap);
    this.rowKeys = new Int32Array(cap >> 1);
    this.w = new Float32Array((cap >> 1) * C);
    this.u = new Float64Array((cap >> 1) * C);
  }

  row(key: number): number {
    const keys = this.keys;
    let i = key & this.mask;
    for (;;) {
      const k = keys[i];
      if (k === key) return this.slotRow[i];
      if (k === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  private addRow(key: number): number {
    if (this.nRows * 2 >= this.keys.length) this.grow();
    let i = key & this.mask;
    while (this.keys[i] !== 0) {
      if (this.keys[i] === key) return this.slotRow[i];
      i = (i + 1) & this.mask;
    }
    const r = this.nRows++;
    this.keys[i] = key;
    this.slotRow[i] = r;
    this.rowKeys[r] = key;
    return r;
  }

  private grow(): void {
    const cap = this.keys.length * 2;
    this.mask = cap - 1;
    this.keys = new Int32Array(cap);
    this.slotRow = new Int32Array(cap);
    for (let r = 0; r < this.nRows; r++) {
      const key = this.rowKeys[r];
      let i = key & this.mask;
      while (this.keys[i] !== 0) i = (i + 1) & this.mask;
      this.keys[i] = key;
      this.slotRow[i] = r;
    }
    const rk = new Int32Array(cap >> 1);
    rk.set(this.rowKeys);
    this.rowKeys = rk;
    const w = new Float32Array((cap >> 1) * this.C);
    w.set(this.w);
    this.w = w;
    const u = new Float64Array((cap >> 1) * this.C);
    u.set(this.u);
    this.u = u;
  }

  score(feats: Int32Array, n: number, out: Float32Array): void {
    const C = this.C;
    out.fill(0, 0, C);
    const w = this.w;
    for (let f = 0; f < n; f++) {
      const r = this.row(feats[f]);
      if (r < 0) continue;
      const base = r * C;
      for (let c = 0; c < C; c++) out[c] += w[base + c];
    }
  }

  update(feats: Int32Array, n: number, truth: number, guess: number, step: number): void {
    if (truth === guess) return;
    const C = this.C;
    const minCount = this.minCount;
    for (let f = 0; f < n; f++) {
      const key = feats[f];
      if (minCount > 1 && this.row(key) < 0) {
        const c = (this.seen.get(key) ?? 0) + 1;
        if (c < minCount) {
          this.seen.set(key, c);
          continue;
        }
        this.seen.delete(key);
      }
      const base = this.addRow(key) * C;
      this.w[base + truth] += 1;
      this.u[base + truth] += step;
      this.w[base + guess] -= 1;
      this.u[base + guess] -= step;
    }
  }

  /**
   * Averages, prunes weights below `minAbs` and rows that end up empty, and
   * quantises to int16 with one scale for the table.
   */
  finish(step: number, minAbs: number): PackedWeights {
    const C = this.C;
    let maxAbs = 0;
    const avg = new Float32Array(this.nRows * C);
    for (let i = 0; i < avg.length; i++) {
      const v = this.w[i] - this.u[i] / step;
      avg[i] = v;
      const a = Math.abs(v);
      if (a > maxAbs) maxAbs = a;
    }
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const keys: number[] = [];
    const ptr: number[] = [0];
    const cls: number[] = [];
    const val: number[] = [];
    for (let r = 0; r < this.nRows; r++) {
      const before = cls.length;
      for (let c = 0; c < C; c++) {
        const v = avg[r * C + c];
        if (Math.abs(v) < minAbs) continue;
        const q = Math.round(v / scale);
        if (q === 0) continue;
        cls.push(c);
        val.push(q);
      }
      if (cls.length === before) continue;
      keys.push(this.rowKeys[r]);
      ptr.push(cls.length);
    }
    return {
      C,
      scale,
      keys: Int32Array.from(keys),
      ptr: Uint32Array.from(ptr),
      cls: Uint8Array.from(cls),
      val: Int16Array.from(val),
    };
  }
}

export interface PackedWeights {
  C: number;
  scale: number;
  keys: Int32Array;
  ptr: Uint32Array;
  cls: Uint8Array;
  val: Int16Array;
}

/** The run-time tables as stored in the model file. */
export interface WeightTables {
  C: number;
  scale: number;
  /** slots (power of two) */
  cap: number;
  /** cap × 2 int32: dense (C ≤ 3) [fingerprint u16, w0 i16 | w1 i16, w2 i16] or sparse [key, start << 8 | len] */
  tab: Int32Array;
  /** sparse rows: class | weight << 8 */
  data: Int32Array;
}

/** 16-bit fingerprint of a key for the dense tables (never 0). */
function fingerprint(key: number): number {
  return ((key >>> 16) ^ (key & 0xffff) ^ ((key >>> 8) & 0xff00)) & 0xffff || 1;
}

/**
 * Run-time weights. Memory latency, not arithmetic, bounds the scoring speed, so each
 * feature costs one cache miss when the row is dense (at most 3 classes: the move
 * model; an 8-byte slot holds a 16-bit fingerprint of the key and three int16
 * weights) and two when it is sparse (a slot holds the key and the start and length
 * of its row, whose entries pack class and int16 weight into one int32). The tables
 * are built once at training time and stored as they are, so loading is a view on
 * the file's bytes. Both scoring loops read every feature's home slot first, with no
 * branch on what it holds, so the misses of one configuration overlap.
 */
export class Weights {
  readonly C: number;
  private mask: number;
  private tab: Int32Array;
  private t16: Int16Array;
  private u16: Uint16Array;
  private data: Int32Array;
  private scale: number;
  private dense: boolean;

  constructor(t: WeightTables) {
    this.C = t.C;
    this.dense = t.C <= 3;
    this.scale = t.scale;
    this.mask = t.cap - 1;
    this.tab = t.tab;
    this.t16 = new Int16Array(t.tab.buffer, t.tab.byteOffset, t.tab.length * 2);
    this.u16 = new Uint16Array(t.tab.buffer, t.tab.byteOffset, t.tab.length * 2);
    this.data = t.data;
  }

  /** Builds the tables from trained weights (open addressing, load ≤ 0.75). */
  static build(p: PackedWeights): WeightTables {
    const n = p.keys.length;
    let cap = 1024;
    while (cap * 0.75 < n) cap <<= 1;
    const mask = cap - 1;
    const tab = new Int32Array(cap * 2);
    const dense = p.C <= 3;
    const nz = p.val.length;
    if (!dense && nz >= 1 << 23) throw new Error('parser model: weight table too large');
    const data = new Int32Array(dense ? 0 : nz);
    if (dense) {
      const u16 = new Uint16Array(tab.buffer);
      const t16 = new Int16Array(tab.buffer);
      for (let r = 0; r < n; r++) {
        const key = p.keys[r];
        let i = key & mask;
        while (u16[i * 4] !== 0) i = (i + 1) & mask;
        u16[i * 4] = fingerprint(key);
        for (let j = p.ptr[r]; j < p.ptr[r + 1]; j++) t16[i * 4 + 1 + p.cls[j]] = p.val[j];
      }
    } else {
      for (let j = 0; j < nz; j++) data[j] = p.cls[j] | (p.val[j] << 8);
      for (let r = 0; r < n; r++) {
        const key = p.keys[r];
        let i = key & mask;
        while (tab[i * 2] !== 0) i = (i + 1) & mask;
        tab[i * 2] = key;
        tab[i * 2 + 1] = (p.ptr[r] << 8) | (p.ptr[r + 1] - p.ptr[r]);
      }
    }
    return { C: p.C, scale: p.scale, cap, tab, data };
  }

  /** true for the dense (at most three classes) layout, which addDense reads */
  get isDense(): boolean {
    return this.dense;
  }

  /**
   * Dense tables only: adds the integer weights of each found feature to acc[0..2].
   * Sums of integers are exact, so features may be added in parts and in any order;
   * finishDense then gives what score gives for all of them at once.
   */
  addDense(feats: Int32Array, n: number, acc: Float64Array): void {
    const mask = this.mask;
    const u16 = this.u16;
    const t16 = this.t16;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    // First each feature's home slot, with no branch on what it holds, so that the
    // processor keeps many cache misses in flight (a mispredicted branch after each load
    // would wait for it); then the few features whose home slot holds another key probe on.
    if (pending.length < n) pending = new Int32Array(2 * n);
    const pend = pending;
    let np = 0;
    for (let f = 0; f < n; f++) {
      const key = feats[f];
      const fp = fingerprint(key);
      const o = (key & mask) << 2;
      const k = u16[o];
      const m = -bit(k === fp);
      s0 += t16[o + 1] & m;
      s1 += t16[o + 2] & m;
      s2 += t16[o + 3] & m;
      pend[np] = f;
      np += bit(k !== fp) & bit(k !== 0);
    }
    for (let q = 0; q < np; q++) {
      const key = feats[pend[q]];
      const fp = fingerprint(key);
      let i = ((key & mask) + 1) & mask;
      for (;;) {
        const o = i << 2;
        const k = u16[o];
        if (k === fp) {
          s0 += t16[o + 1];
          s1 += t16[o + 2];
          s2 += t16[o + 3];
          break;
        }
        if (k === 0) break;
        i = (i + 1) & mask;
      }
    }
    acc[0] += s0;
    acc[1] += s1;
    acc[2] += s2;
  }

  /** The scores of summed dense weights (as score writes them). */
  finishDense(acc: Float64Array, out: Float32Array): void {
    out.fill(0, 0, this.C);
    out[0] = acc[0] * this.scale;
    if (this.C > 1) out[1] = acc[1] * this.scale;
    if (this.C > 2) out[2] = acc[2] * this.scale;
  }

  static from(p: PackedWeights): Weights {
    return new Weights(Weights.build(p));
  }

  /** Sparse tables: the row of a key as score reads it (start << 8 | length), 0 when absent. */
  rowOf(key: number): number {
    const mask = this.mask;
    const tab = this.tab;
    let i = key & mask;
    for (;;) {
      const o = i << 1;
      const k = tab[o];
      if (k === key) return tab[o + 1];
      if (k === 0) return 0;
      i = (i + 1) & mask;
    }
  }

  /**
   * Sparse tables: score() of n features whose rows are partly known. rows[0..n) holds
   * the known rows (rowOf); the features at positions pos[0..nk) are found here by their
   * keys[0..nk). The rows are then added in position order, so the float32 sums are the
   * ones score() gives for the same features in the same order.
   */
  scoreRows(
    keys: Int32Array,
    pos: Int32Array,
    nk: number,
    rows: Int32Array,
    n: number,
    out: Float32Array,
  ): void {
    out.fill(0, 0, this.C);
    const mask = this.mask;
    const tab = this.tab;
    if (pending.length < nk) pending = new Int32Array(2 * nk);
    const pend = pending;
    let np = 0;
    // the home slots first, without a branch on what they hold (as in score)
    for (let q = 0; q < nk; q++) {
      const key = keys[q];
      const o = (key & mask) << 1;
      const k = tab[o];
      rows[pos[q]] = tab[o + 1] & -bit(k === key);
      pend[np] = q;
      np += bit(k !== key) & bit(k !== 0);
    }
    for (let p = 0; p < np; p++) {
      const q = pend[p];
      rows[pos[q]] = this.rowOf(keys[q]);
    }
    this.addRows(rows, n, out);
  }

  /** Adds rows[0..n) (start << 8 | length, 0 for none) into out, in order: the float32 sums depend on it. */
  private addRows(rows: Int32Array, n: number, out: Float32Array): void {
    const scale = this.scale;
    const data = this.data;
    for (let f = 0; f < n; f++) {
      const v = rows[f];
      if (v === 0) continue;
      const a = v >>> 8;
      const end = a + (v & 255);
      for (let j = a; j < end; j++) {
        const x = data[j];
        out[x & 255] += (x >> 8) * scale;
      }
    }
  }

  /**
   * Scores of the features into out[0..C). Sparse rows are added feature by feature in
   * float32 (out is a Float32Array), so the order of the features fixes the rounding;
   * dense rows are summed as integers (addDense), exact in any order.
   */
  score(feats: Int32Array, n: number, out: Float32Array): void {
    if (this.dense) {
      denseAcc[0] = 0;
      denseAcc[1] = 0;
      denseAcc[2] = 0;
      this.addDense(feats, n, denseAcc);
      this.finishDense(denseAcc, out);
      return;
    }
    out.fill(0, 0, this.C);
    const mask = this.mask;
    const tab = this.tab;
    // As in addDense, first every feature's home slot (independent loads, no branch on
    // their contents), then the rows, feature by feature in order (the float32 sums
    // depend on it).
    if (rowOf.length < n) rowOf = new Int32Array(2 * n);
    const rows = rowOf;
    for (let f = 0; f < n; f++) {
      const key = feats[f];
      const o = (key & mask) << 1;
      const k = tab[o];
      // the row (start << 8 | length, never 0) when the key is at home, 0 when it is
      // absent, -1 when another key holds the slot
      rows[f] = (tab[o + 1] & -bit(k === key)) | -(bit(k !== key) & bit(k !== 0));
    }
    // the few features whose home slot holds another key probe on, then every row in order
    for (let f = 0; f < n; f++) if (rows[f] === -1) rows[f] = this.rowOf(feats[f]);
    this.addRows(rows, n, out);
  }
}

const denseAcc = new Float64Array(3);

/** scratch: features to probe on (addDense), rows found (score) */
let pending = new Int32Array(256);
let rowOf = new Int32Array(256);
/** a comparison's result as 0 or 1, for arithmetic without a branch (true & 1 is 1) */
const bit = (b: boolean): number => (b as unknown as number) & 1;
