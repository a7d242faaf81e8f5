import { P, type Segmented } from './segment.js';

// Words: tokens glued by hyphens or underscores with no space between them
// ("Sipah-e-Sahaba", "al-Nusra", "ISIS-K") act as one word for name finding.

export interface Word {
  start: number;
  end: number;
  text: string;
  /** first token index */
  t: number;
  /** POS of the last token (the head in "Tehrik-i-Taliban") */
  pos: number;
  sentence: number;
  /** index within the sentence's words */
  i: number;
}

const GLUE = /^[-_‐‑]$/;

export function sentenceWords(seg: Segmented, si: number): Word[] {
  const s = seg.sentences[si];
  const { start, end, pos } = seg.tokens;
  const text = seg.text;
  const out: Word[] = [];
  for (let t = s.tFirst; t < s.tLast; t++) {
    if (pos[t] === P.SPACE) continue;
    const prev = out[out.length - 1];
    const tokText = text.slice(start[t], end[t]);
    if (prev && start[t] === prev.end) {
      const prevLast = text.slice(prev.end - 1, prev.end);
      // glue across "-" only when both sides are letters: "al-Nusra", not "2014-"
      if (
        (GLUE.test(tokText) &&
          t + 1 < s.tLast &&
          start[t + 1] === end[t] &&
          /^[\p{L}\d]/u.test(text.slice(start[t + 1], end[t + 1])) &&
          // ("U.S.-trained": an abbreviation with its full stops, then the hyphen)
          (/[\p{L}\d]$/u.test(prevLast) || /^(?:\p{Lu}\.){2,}$/u.test(prev.text))) ||
        (GLUE.test(prevLast) && /^[\p{L}\d]/u.test(tokText))
      ) {
        prev.end = end[t];
        prev.text = text.slice(prev.start, prev.end);
        prev.pos = pos[t] === P.PUNCT ? prev.pos : pos[t];
        continue;
      }
    }
    out.push({ start: start[t], end: end[t], text: tokText, t, pos: pos[t], sentence: si, i: out.length });
  }
  out.forEach((w, i) => {
    w.i = i;
  });
  return out;
}

export function isCapWord(w: string): boolean {
  const c = w.codePointAt(0) ?? 0;
  // ASCII first: A-Z is a capital, any other ASCII character is none
  if (c >= 65 && c <= 90) return true;
  if (c >= 128) {
    const ch = String.fromCodePoint(c);
    if (ch !== ch.toLowerCase() && ch === ch.toUpperCase()) return true;
  }
  // "al-Zawahiri", "el-Sisi", "bin Laden" style: a lower-case particle glued to a capital
  // ("Jaish e-Mohammed", "Jamaat i-Islami": the Urdu and Persian izafat written apart);
  // "wal-Jihad", "fil-Iraq": "and the", "in the" glued to the next word of a group's name
  return /^(?:al|el|ul|e|i|ad|an|ar|as|at|az|ash|ath|adh|ed|en|er|es|et|ez|ud|ut|bin|ibn|wal|bil|fil|lil)[-‐]\p{Lu}/u.test(
    w,
  );
}

export function isAllCaps(w: string): boolean {
  // (a word starting with a-z, or shorter than two, is not: the cheap test first)
  const c = w.charCodeAt(0);
  if (w.length < 2 || (c >= 97 && c <= 122)) return false;
  return /^[\p{Lu}\d&-]{2,}$/u.test(w) && /\p{Lu}/u.test(w);
}
