// `[...s.matchAll(re)]` without matchAll's copy of the regex. matchAll builds a new RegExp
// from `re` on every call (its species constructor), which costs about as much as scanning
// a sentence; the readers call it a dozen times a sentence.

/**
 * The matches of the global regex `re` in `s`, in order, as `[...s.matchAll(re)]` gives
 * them: from `re.lastIndex` on, past an empty match by one character (one code point with
 * the u or v flag). `re.lastIndex` is as it was before the call.
 */
export function execAll(re: RegExp, s: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`execAll needs a global regex: ${re}`);
  const saved = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      out.push(m);
      if (m[0] === '') re.lastIndex = advance(s, re.lastIndex, /[uv]/.test(re.flags));
    }
  } finally {
    re.lastIndex = saved;
  }
  return out;
}

/** The index after the character at i (after the code point at i when `unicode`). */
function advance(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
