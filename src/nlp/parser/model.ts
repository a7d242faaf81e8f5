import type { PackedWeights } from './weights.js';

// The model file (data/parser/*.bin), little-endian:
//   'DSPR' u32 version | u32 header length | header JSON (utf-8) padded to 4 |
//   three weight tables (tagger, moves, labels), each:
//     u32 classes | f32 scale | u32 features | u32 non-zeros |
//     i32 keys[features] | u32 ptr[features+1] | u8 class[non-zeros] (pad 4) | i16 weight[non-zeros] (pad 4)
// Typed arrays are copied out of the file buffer, so loading is a few memcpys plus
// building the open-addressing tables.

export const MAGIC = 0x52505344; // 'DSPR'
export const VERSION = 1;

export interface ModelHeader {
  labels: string[];
  /** the tagger's classes: 'UPOS' or 'UPOS|XPOS' (absent: the UPOS list) */
  tags?: string[];
  /** frequent unambiguous words → UPOS index */
  tagDict: [string, number][];
  meta: Record<string, string | number>;
}

export interface ModelData {
  header: ModelHeader;
  tagger: PackedWeights;
  move: PackedWeights;
  label: PackedWeights;
}

const pad4 = (n: number) => (n + 3) & ~3;

export function encodeModel(m: ModelData): Buffer {
  const head = Buffer.from(JSON.stringify(m.header), 'utf8');
  const tables = [m.tagger, m.move, m.label];
  let size = 12 + pad4(head.length);
  for (const t of tables)
    size += 16 + 4 * t.keys.length + 4 * t.ptr.length + pad4(t.cls.length) + pad4(2 * t.val.length);
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
    buf.writeUInt32LE(t.keys.length, o + 8);
    buf.writeUInt32LE(t.val.length, o + 12);
    o += 16;
    for (const arr of [t.keys, t.ptr, t.cls, t.val] as const) {
      const bytes = Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength);
      bytes.copy(buf, o);
      o += pad4(bytes.length);
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
  if (o + hlen > buf.length) throw new Error(`${name}: parser model is truncated`);
  const header = JSON.parse(buf.toString('utf8', o, o + hlen)) as ModelHeader;
  o += pad4(hlen);
  const need = (bytes: number) => {
    if (o + bytes > buf.length) throw new Error(`${name}: parser model is truncated`);
  };
  const copy = (bytes: number) => {
    need(bytes);
    const ab = new ArrayBuffer(bytes);
    new Uint8Array(ab).set(buf.subarray(o, o + bytes));
    o += pad4(bytes);
    return ab;
  };
  const table = (): PackedWeights => {
    need(16);
    const C = buf.readUInt32LE(o);
    const scale = buf.readFloatLE(o + 4);
    const nk = buf.readUInt32LE(o + 8);
    const nz = buf.readUInt32LE(o + 12);
    o += 16;
    const keys = new Int32Array(copy(4 * nk));
    const ptr = new Uint32Array(copy(4 * (nk + 1)));
    const cls = new Uint8Array(copy(nz));
    const val = new Int16Array(copy(2 * nz));
    return { C, scale, keys, ptr, cls, val };
  };
  const tagger = table();
  const move = table();
  const label = table();
  if (o !== buf.length) throw new Error(`${name}: parser model is truncated or has trailing bytes`);
  return { header, tagger, move, label };
}
