import anyAscii from 'any-ascii';

// Every gazetteer is keyed by this one function, so a surface from any stage
// ("Al-Qa'ida", "AL QA’IDA", "the Taliban") meets the data on common ground.
const APOSTROPHES = /['`"\u00b4\u02bb\u02bc\u02be\u02bf]/g;
const NON_ALNUM = /[^a-z0-9]+/g;

export function foldKey(s: string): string {
  const ascii = anyAscii(s).toLowerCase().replace(APOSTROPHES, '');
  const spaced = ascii.replace(NON_ALNUM, ' ').trim();
  return spaced.startsWith('the ') ? spaced.slice(4) : spaced;
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
