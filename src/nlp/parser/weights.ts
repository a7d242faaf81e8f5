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

  constructor(C: number, capacityLog2 = 20) {
    this.C = C;
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
    for (let f = 0; f < n; f++) {
      const base = this.addRow(feats[f]) * C;
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

/**
 * Run-time weights. Memory latency, not arithmetic, bounds the scoring speed, so each
 * feature costs at most two cache misses: an open-addressing slot holds the key next
 * to its row (dense, inline, when there are at most 3 classes: the move model), or
 * next to the start and length of its sparse row, whose entries pack class and
 * quantised weight into one int32.
 */
export class Weights {
  readonly C: number;
  readonly nFeatures: number;
  private mask: number;
  private stride: number;
  private tab: Int32Array;
  private tabF: Float32Array;
  private data: Int32Array;
  private scale: number;
  private dense: boolean;

  constructor(p: PackedWeights) {
    this.C = p.C;
    const n = p.keys.length;
    this.nFeatures = n;
    this.dense = p.C <= 3;
    this.stride = this.dense ? 4 : 2;
    this.scale = p.scale;
    let cap = 1024;
    while (cap < n * 1.6) cap <<= 1;
    this.mask = cap - 1;
    const buf = new ArrayBuffer(cap * this.stride * 4);
    this.tab = new Int32Array(buf);
    this.tabF = new Float32Array(buf);
    const nz = p.val.length;
    if (!this.dense && nz >= 1 << 23) throw new Error('parser model: weight table too large');
    this.data = new Int32Array(this.dense ? 0 : nz);
    if (!this.dense) for (let j = 0; j < nz; j++) this.data[j] = p.cls[j] | (p.val[j] << 8);
    const st = this.stride;
    for (let r = 0; r < n; r++) {
      const key = p.keys[r];
      let i = key & this.mask;
      while (this.tab[i * st] !== 0) i = (i + 1) & this.mask;
      const o = i * st;
      this.tab[o] = key;
      const a = p.ptr[r];
      const b = p.ptr[r + 1];
      if (this.dense) {
        for (let j = a; j < b; j++) this.tabF[o + 1 + p.cls[j]] = p.val[j] * p.scale;
      } else {
        this.tab[o + 1] = (a << 8) | (b - a);
      }
    }
  }

  score(feats: Int32Array, n: number, out: Float32Array): void {
    out.fill(0, 0, this.C);
    const tab = this.tab;
    const mask = this.mask;
    if (this.dense) {
      const tf = this.tabF;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      for (let f = 0; f < n; f++) {
        const key = feats[f];
        let i = key & mask;
        for (;;) {
          const o = i << 2;
          const k = tab[o];
          if (k === key) {
            s0 += tf[o + 1];
            s1 += tf[o + 2];
            s2 += tf[o + 3];
            break;
          }
          if (k === 0) break;
          i = (i + 1) & mask;
        }
      }
      out[0] = s0;
      if (this.C > 1) out[1] = s1;
      if (this.C > 2) out[2] = s2;
      return;
    }
    const data = this.data;
    const scale = this.scale;
    for (let f = 0; f < n; f++) {
      const key = feats[f];
      let i = key & mask;
      for (;;) {
        const o = i << 1;
        const k = tab[o];
        if (k === key) {
          const v = tab[o + 1];
          const a = v >>> 8;
          const end = a + (v & 255);
          for (let j = a; j < end; j++) {
            const x = data[j];
            out[x & 255] += (x >> 8) * scale;
          }
          break;
        }
        if (k === 0) break;
        i = (i + 1) & mask;
      }
    }
  }
}
