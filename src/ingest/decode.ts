import { CP1252, CP1252_UNDEFINED, decodeCp1252 } from './cp1252.js';
import { InputError } from './errors.js';

export interface Decoded {
  /** The decoded characters, BOM removed, otherwise untouched. */
  text: string;
  /** What was detected: utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252, utf-8+windows-1252, or a declared label. */
  encoding: string;
}

const SNIFF_BYTES = 8192;
/** Above this share of control characters a sample is data, not prose. */
const MAX_CONTROL_SHARE = 0.1;
/** A Western text in Windows-1252 is mostly ASCII; random high bytes are not. */
const MIN_ASCII_SHARE_CP1252 = 0.5;

const utf8 = new TextDecoder('utf-8');
const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8Fatal.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Turns the bytes of one input into text, choosing the encoding from a BOM, a declared
 * charset (HTTP or <meta>), or the bytes themselves. UTF-8 is the default; bytes that are
 * not valid UTF-8 but read as Windows-1252 prose are decoded as such (that is what a
 * Word-exported "smart quote" file is); anything else is refused with the offset of the
 * first bad byte rather than turned into mojibake.
 */
export function decodeBytes(bytes: Uint8Array, input: string, declaredCharset?: string): Decoded {
  if (bytes.length === 0) throw new InputError(input, 'empty input');

  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le', input);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be', input);

  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  assertNotBinary(body, input);

  // Most inputs are valid UTF-8: let the native decoder say so before scanning byte by byte.
  const valid = tryUtf8(body);
  if (valid !== undefined) {
    const multibyte = /[^\x00-\x7f]/.test(valid);
    const declared = hasBom || multibyte ? undefined : legacyDecoder(declaredCharset);
    // Pure ASCII is the same in every legacy charset we would honour; report the declared one.
    if (declared) return { text: declared.decode(body), encoding: declared.encoding };
    return { text: valid, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  }

  const scan = scanUtf8(body);
  const declared = hasBom ? undefined : legacyDecoder(declaredCharset);
  if (declared) {
    const text = declared.decode(body);
    assertFewControls(text, input);
    return { text, encoding: declared.encoding };
  }

  if (!looksLikeCp1252(body)) {
    const b = body[scan.firstBad];
    const offset = scan.firstBad + (hasBom ? 3 : 0);
    throw new InputError(
      input,
      `not valid UTF-8 (byte 0x${b.toString(16).padStart(2, '0')} at offset ${offset}) and not plausible Windows-1252 text`,
    );
  }
  // A file with more stray high bytes than well-formed UTF-8 sequences is a Windows-1252
  // file in which a few byte pairs happen to be valid UTF-8; decode it whole.
  if (scan.bad > scan.multibyte) return { text: decodeCp1252(body), encoding: 'windows-1252' };
  return { text: decodeMixed(body), encoding: 'utf-8+windows-1252' };
}

function decodeUtf16(body: Uint8Array, label: 'utf-16le' | 'utf-16be', input: string): Decoded {
  let text: string;
  try {
    text = new TextDecoder(label, { fatal: true }).decode(body);
  } catch {
    throw new InputError(input, `not valid ${label.toUpperCase()} despite its byte order mark`);
  }
  assertFewControls(text, input);
  if (text.includes('\0')) throw new InputError(input, 'binary file, not text');
  return { text, encoding: label };
}

interface Decoder {
  encoding: string;
  decode(bytes: Uint8Array): string;
}

/** A decoder for a declared non-UTF-8 charset, when the label is one we can decode. */
function legacyDecoder(charset: string | undefined): Decoder | undefined {
  if (!charset) return undefined;
  let d: Decoder;
  try {
    d = new TextDecoder(charset.trim().toLowerCase());
  } catch {
    return undefined;
  }
  if (d.encoding === 'utf-8' || d.encoding.startsWith('utf-16')) return undefined;
  // WHATWG maps iso-8859-1 and us-ascii here too; see cp1252.ts for why not TextDecoder.
  return d.encoding === 'windows-1252' ? { encoding: d.encoding, decode: decodeCp1252 } : d;
}

function isControl(c: number): boolean {
  // Tab, LF, VT, FF, CR and ESC occur in real text files; the rest of C0 and DEL do not.
  return (
    (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) ||
    c === 0x7f
  );
}

function assertNotBinary(bytes: Uint8Array, input: string): void {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    if (c === 0) throw new InputError(input, 'binary file, not text');
    if (isControl(c)) controls++;
  }
  if (controls > n * MAX_CONTROL_SHARE) throw new InputError(input, 'binary file, not text');
}

function assertFewControls(text: string, input: string): void {
  const n = Math.min(text.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) if (isControl(text.charCodeAt(i))) controls++;
  if (controls > n * MAX_CONTROL_SHARE) throw new InputError(input, 'binary file, not text');
}

interface Utf8Scan {
  /** Offset of the first byte that starts no valid sequence, or -1. */
  firstBad: number;
  /** Number of such bytes. */
  bad: number;
  /** Number of well-formed multi-byte sequences. */
  multibyte: number;
}

/** Length of the well-formed UTF-8 sequence starting at i (Unicode Table 3-7), or 0. */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { firstBad: -1, bad: 0, multibyte: 0 };
  for (let i = 0; i < bytes.length; ) {
    const len = sequenceLength(bytes, i);
    if (len === 0) {
      if (scan.firstBad < 0) scan.firstBad = i;
      scan.bad++;
      i++;
    } else {
      if (len > 1) scan.multibyte++;
      i += len;
    }
  }
  return scan;
}

function looksLikeCp1252(bytes: Uint8Array): boolean {
  let ascii = 0;
  let stray = 0;
  for (let i = 0; i < bytes.length; ) {
    const c = bytes[i];
    if (c < 0x80) {
      ascii++;
      i++;
      continue;
    }
    // Well-formed UTF-8 sequences are left to the UTF-8 decoder; only stray bytes are judged.
    const len = sequenceLength(bytes, i);
    if (len > 0) {
      i += len;
      continue;
    }
    if (CP1252_UNDEFINED.has(c)) return false;
    stray++;
    i++;
  }
  return ascii >= (ascii + stray) * MIN_ASCII_SHARE_CP1252;
}

/** Valid UTF-8 runs as UTF-8, each stray byte as its Windows-1252 character. */
function decodeMixed(bytes: Uint8Array): string {
  const parts: string[] = [];
  let runStart = 0;
  for (let i = 0; i < bytes.length; ) {
    const len = sequenceLength(bytes, i);
    if (len > 0) {
      i += len;
      continue;
    }
    if (i > runStart) parts.push(utf8.decode(bytes.subarray(runStart, i)));
    parts.push(CP1252[bytes[i]]);
    i++;
    runStart = i;
  }
  if (runStart < bytes.length) parts.push(utf8.decode(bytes.subarray(runStart)));
  return parts.join('');
}
