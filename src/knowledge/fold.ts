import anyAscii from 'any-ascii';

// The one folding of names and surfaces. Every gazetteer is keyed by foldKey,
// name comparison (nlp/names.ts) and screening fold with foldName, and the
// store keeps foldKey of each name, so a surface from any stage ("Al-Qa'ida",
// "AL QA’IDA", "the Taliban") meets the data on common ground.
//
// any-ascii turns the typographic apostrophes and transliteration marks
// (’ ‘ ´ ʼ ʾ ′ → ', ʻ ʿ → `, ʺ → '') and curly double quotes (“ ” → ") into
// ASCII, so only those three ASCII characters need removing after it.
const APOSTROPHES = /['`"]/g;
const NON_ALNUM = /[^a-z0-9]+/g;

/** any-ascii with apostrophes removed ("Bay'ah" → "Bayah", "Qāʿida" → "Qaida"); case kept. */
export function asciiWithoutApostrophes(s: string): string {
  return anyAscii(s).replace(APOSTROPHES, '');
}

/** any-ascii, lower case, apostrophes removed ("Bay'ah" → "bayah"), other punctuation → one space. */
export function foldName(s: string): string {
  return asciiWithoutApostrophes(s).toLowerCase().replace(NON_ALNUM, ' ').trim();
}

/** foldName without a leading "the" ("The Taliban" → "taliban"): the key of gazetteers and stored names. */
export function foldKey(s: string): string {
  const folded = foldName(s);
  return folded.startsWith('the ') ? folded.slice(4) : folded;
}

// A looser key for spelling drift in transliterated names ("Al Qaeda" /
// "Al Qaida" / "Al Queda", "Hizbut Tahrir" / "Hizb ut-Tahrir"): no spaces,
// vowels dropped after the first letter, doubled letters collapsed, q→k.
// Too lossy for short names, so callers only trust it when unique and long.
export function skeletonKey(s: string): string {
  const k = foldKey(s).replace(/ /g, '').replace(/q/g, 'k').replace(/ph/g, 'f');
  if (k.length === 0) return k;
  const rest = k.slice(1).replace(/[aeiouy]/g, '');
  return (k[0] + rest).replace(/(.)\1+/g, '$1');
}
