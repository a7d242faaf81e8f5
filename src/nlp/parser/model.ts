import type { WeightTables } from './weights.js';

// The model file (data/parser/*.bin), little-endian:
//   'DSPR' u32 version | u32 header length | header JSON (utf-8) padded to 4 |
//   three weight tables (tagger, moves, labels), and a fourth (the tagger's second pass)
//   when the header says tagPasses: 2, each:
//     u32 classes | f32 scale | u32 slots | u32 row entries |
//     i32 slot table[slots × 2] | i32 row entries[]
// The tables are stored in their run-time layout (see Weights), so loading takes
// views on the file's bytes: no parsing, no table building.

const MAGIC = 0x52505344; // 'DSPR'
const VERSION = 2;

interface ModelHeader {
  labels: string[];
  /** the tagger's classes: 'UPOS' or 'UPOS|XPOS' (absent: the UPOS list) */
  tags?: string[];
  /** frequent unambiguous words → tag index */
  tagDict: [string, number][];
  /** lower-case word → ambiguity class (hash of the tags it took in training) */
  amb?: [string, number][];
  /** 2: a second tagger table follows the label table */
  tagPasses?: number;
  meta: Record<string, string | number>;
}

export interface ModelData {
  header: ModelHeader;
  tagger: WeightTables;
  move: WeightTables;
  label: WeightTables;
  /** the second tagger pass (header.tagPasses = 2) */
  tagger2?: WeightTables;
}

const pad4 = (n: number) => (n + 3) & ~3;

export function encodeModel(m: ModelData): Buffer {
  const head = Buffer.from(JSON.stringify(m.header), 'utf8');
  const tables = [m.tagger, m.move, m.label];
  if (m.tagger2) tables.push(m.tagger2);
  let size = 12 + pad4(head.length);
  for (const t of tables) size += 16 + 4 * t.tab.length + 4 * t.data.length;
  const buf = Buffer.alloc(size);
  let o = 0;
  buf.writeUInt32LE(MAGIC, o);
  buf.writeUInt32LE(VERSION, o + 4);
  buf.writeUInt32LE(head.length, o + 8);
  o += 12;
  head.copy(buf, o);
  o += pad4(head.length);
  for (const t of tables) {
    buf.writeUInt32LE(t.C, o);
    buf.writeFloatLE(t.scale, o + 4);
    buf.writeUInt32LE(t.cap, o + 8);
    buf.writeUInt32LE(t.data.length, o + 12);
    o += 16;
    for (const arr of [t.tab, t.data]) {
      Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength).copy(buf, o);
      o += arr.byteLength;
    }
  }
  return buf;
}

export function decodeModel(buf: Buffer, name: string): ModelData {
  if (buf.length < 12 || buf.readUInt32LE(0) !== MAGIC)
    throw new Error(`${name}: not a dossier parser model`);
  if (buf.readUInt32LE(4) !== VERSION)
    throw new Error(`${name}: parser model version ${buf.readUInt32LE(4)}, expected ${VERSION}`);
  const hlen = buf.readUInt32LE(8);
  let o = 12;
  const need = (bytes: number) => {
    if (o + bytes > buf.length) throw new Error(`${name}: parser model is truncated`);
  };
  need(hlen);
  const header = JSON.parse(buf.toString('utf8', o, o + hlen)) as ModelHeader;
  o += pad4(hlen);
  // a view on the file's bytes when they are 4-aligned in memory (they are for a file
  // read whole), else a copy
  const ints = (count: number): Int32Array => {
    need(4 * count);
    const at = buf.byteOffset + o;
    const arr =
      at % 4 === 0
        ? new Int32Array(buf.buffer, at, count)
        : new Int32Array(new Uint8Array(buf.subarray(o, o + 4 * count)).buffer);
    o += 4 * count;
    return arr;
  };
  const table = (): WeightTables => {
    need(16);
    const C = buf.readUInt32LE(o);
    const scale = buf.readFloatLE(o + 4);
    const cap = buf.readUInt32LE(o + 8);
    const nz = buf.readUInt32LE(o + 12);
    o += 16;
    if (cap === 0 || (cap & (cap - 1)) !== 0) throw new Error(`${name}: parser model is corrupt`);
    const tab = ints(cap * 2);
    const data = ints(nz);
    return { C, scale, cap, tab, data };
  };
  const tagger = table();
  const move = table();
  const label = table();
  const tagger2 = header.tagPasses === 2 ? table() : undefined;
  if (o !== buf.length) throw new Error(`${name}: parser model has trailing bytes`);
  return tagger2 ? { header, tagger, move, label, tagger2 } : { header, tagger, move, label };
}
