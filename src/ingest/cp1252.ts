/**
 * Windows-1252 decoding done by hand: Node's TextDecoder('windows-1252') takes a Latin-1
 * fast path in some releases (20.20 among them) and returns C1 controls for 0x80–0x9F,
 * which is exactly where the smart quotes, dashes and € live.
 */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/** The character for each byte; 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined and pass through as in WHATWG. */
export const CP1252: readonly string[] = Array.from({ length: 256 }, (_, b) =>
  String.fromCharCode(b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80] : b),
);

/** Bytes that Windows-1252 leaves undefined; their presence rules it out. */
export const CP1252_UNDEFINED: ReadonlySet<number> = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

export function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const end = Math.min(bytes.length, i + CHUNK);
    const parts = new Array<string>(end - i);
    for (let j = i; j < end; j++) parts[j - i] = CP1252[bytes[j]];
    out += parts.join('');
  }
  return out;
}
