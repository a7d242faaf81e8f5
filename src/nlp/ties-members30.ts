import type { Annotated } from './annotated.js';
import { ARMED_PEOPLE } from './armed-lexicon.js';
import { children, headOf, lemmaOf, relOf, uposOf } from './syntax.js';

// Where an organisation sits, and which group a person's own title names (issue #10, members30):
// helpers for the cue table (`relations.ts`, the `org-in-place` cue) and the defection reader
// (`defection.ts`).

/**
 * Nouns of a group's presence, spread or activity: "the rise of G in P", "the expansion of G in
 * P", "the continuation of G in P", "operations of G in P". The place is where G grows or acts.
 */
const PRESENCE = new Set(
  'rise expansion spread presence return resurgence revival emergence growth continuation activity operation campaign advance offensive insurgency foothold influence reach footprint'.split(
    ' ',
  ),
);

/** the noun a nominal hangs on by "of" or a possessive, or -1 ("fighters" in "fighters of G") */
function ownerNoun(doc: Annotated, t: number): number {
  if (!/^(?:nmod|compound)/.test(relOf(doc, t))) return -1;
  const h = headOf(doc, t);
  if (h < 0 || !/^(?:NOUN|PROPN)$/.test(uposOf(doc, h) ?? '')) return -1;
  return h;
}

/**
 * "Fighters of G in P", "the rise of G in P", "troops of the 4th Brigade in P": the organisation
 * (token `org`) counts the armed people of a noun, or names the subject of a noun of presence or
 * activity, and the place (token `place`) hangs on that noun or on the organisation. Such a
 * place says where the people are or where the group acts, not where it is based. False when the
 * place's own "of" names the organisation's home ("the Front of P").
 */
export function placeOfGroupsPeople(doc: Annotated, org: number, place: number): boolean {
  if (org < 0 || place < 0) return false;
  const n = ownerNoun(doc, org);
  if (n < 0) return false;
  // (a capitalised plural that opens the sentence keeps its "s" as the lemma: "Fighters", "Troops")
  const lemma = lemmaOf(doc, n).replace(/(?<=[^s])s$/, '');
  if (!ARMED_PEOPLE.has(lemma) && !PRESENCE.has(lemma)) return false;
  // the place within the organisation's phrase or the noun's, not elsewhere in the sentence
  let p = place;
  for (let k = 0; k < 3 && /^(?:nmod:poss|compound|flat)$/.test(relOf(doc, p)); k++) p = headOf(doc, p);
  const h = headOf(doc, p);
  return h === org || h === n;
}

/**
 * "Security forces arrested X, a financier of G, in P": the organisation ends an apposition or a
 * relative clause that a comma closes, and the "in P" after that comma belongs to the clause's
 * verb, not to the organisation. `before` is the text from the previous comma of the sentence
 * (or its start) to the organisation's name, `mid` the normalised text between the organisation
 * and the place.
 */
export function placeAfterClosingComma(before: string, mid: string): boolean {
  return /^, /.test(mid) && /^,\s+(?:a|an|the|who|whose|which|one of)\b/i.test(before);
}

/** the verbs of the cue table's joining and working cues ("joined G", "works for G", "enlisted in G") */
const MEMBERSHIP_VERB = new Set(['join', 'enlist', 'recruit', 'work', 'serve']);

/** words that stand for the name they follow as a verb's subject ("X, who joined G") */
const RELATIVE = new Set(['who', 'that', 'which']);

/**
 * "X, whose son joined G", "X, whose brother works for G": the verb of a joining or working cue
 * between a person (ending at `aEnd`) and an organisation (starting at `bStart`) has a subject of
 * its own, a noun or a pronoun that is neither the person nor a relative word standing for him,
 * so the one who joined or works is someone else. Tokens `tFirst`..`tLast` are the sentence's.
 */
export function membershipVerbOfOthers(
  doc: Annotated,
  tFirst: number,
  tLast: number,
  aEnd: number,
  bStart: number,
): boolean {
  if (!doc.syntax) return false;
  const ts = doc.seg.tokens;
  for (let t = tFirst; t < tLast; t++) {
    if (ts.start[t] < aEnd) continue;
    if (ts.end[t] > bStart) break;
    if (!MEMBERSHIP_VERB.has(lemmaOf(doc, t))) continue;
    // (the person may be parsed as a second subject beside the one "whose" owns: look past it)
    for (const k of children(doc, t)) {
      if (!/^nsubj/.test(relOf(doc, k)) || ts.start[k] < aEnd) continue;
      if (RELATIVE.has(lemmaOf(doc, k).toLowerCase())) return false;
      if (/^(?:NOUN|PRON)$/.test(uposOf(doc, k) ?? '')) return true;
    }
    return false;
  }
  return false;
}
