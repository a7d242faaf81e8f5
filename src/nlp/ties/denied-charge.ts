import type { Annotated } from '../annotated.js';
import type { RelationDraft } from '../relations.js';
import { children, headOf, lemmaOf, mentionAt, relOf } from '../syntax.js';

// A charge and its denial. News tells a contested tie as an accusation and then the accused's
// denial: "UN experts accuse G of backing H, a charge G denies", "…, which G denies", "X says G
// arms H. G denies the allegation." The tie read from the accusation is the one the text
// denies: it is kept as `negated`, as a tie denied outright ("G denies backing H") is. The
// denial's own clause is read by the patterns (ties/read.ts); this reads the denial that
// points back at a charge told before it.

/** a sentence that may hold a denial (checked before the parse is walked) */
const DENY_WORD =
  /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing))\b/i;
const DENY = new Set(['deny', 'reject', 'dismiss', 'refute']);
/** what the denial names: the charge */
const CHARGE = new Set(['charge', 'accusation', 'allegation', 'claim', 'report', 'suggestion', 'assertion']);
/** words that point back at the charge */
const POINTER = new Set(['this', 'it', 'that', 'these', 'them', 'those']);
const RELATIVE = new Set(['which', 'that']);
/** the ties a charge carries: backing, links, alliances, being a wing */
const CHARGED = new Set(['supports', 'affiliated_with', 'allied_with', 'part_of']);

/**
 * Where the charge a denial at token t rejects was told: 'here' for a relative clause on it
 * ("a charge G denies", "…, which G denies": this sentence), 'before' for a pointer or the
 * charge's noun ("G denies this", "G rejected the accusation": this sentence or the one
 * before), null when the denial governs its own clause (read by the patterns) or nothing.
 */
function chargeDenied(doc: Annotated, t: number): 'here' | 'before' | null {
  const r = relOf(doc, t);
  const h = headOf(doc, t);
  if (/^acl/.test(r) && h >= 0 && CHARGE.has(lemmaOf(doc, h))) return 'here';
  for (const k of children(doc, t)) {
    const kr = relOf(doc, k);
    if (kr !== 'obj' && kr !== 'nsubj:pass') continue;
    const l = lemmaOf(doc, k);
    if (RELATIVE.has(l)) return 'here';
    if (POINTER.has(l) || CHARGE.has(l)) return 'before';
  }
  return null;
}

/**
 * The words before a denial the parser did not read as a verb ("…, which Kigali denies", "…, a
 * charge Tehran denies" with "denies" taken for a noun): a name right before it, and before the
 * name "which" or a charge's noun after "a"/"an". The name's entity, or -1.
 */
function relativeDenier(doc: Annotated, t: number): number {
  const { start, end } = doc.seg.tokens;
  const word = (k: number) => doc.text.slice(start[k], end[k]);
  let k = t - 1;
  while (k >= 0 && !word(k).trim()) k--;
  const mi = k >= 0 ? mentionAt(doc, k) : -1;
  if (mi < 0 || doc.mentionEntity[mi] < 0) return -1;
  k--;
  while (k >= 0 && (!word(k).trim() || start[k] >= doc.mentions[mi].start)) k--;
  if (k < 0) return -1;
  const w = word(k).toLowerCase();
  if (w === 'which') return doc.mentionEntity[mi];
  if (!CHARGE.has(w.replace(/s$/, ''))) return -1;
  k--;
  while (k >= 0 && !word(k).trim()) k--;
  return k >= 0 && /^(?:a|an|the)$/i.test(word(k)) ? doc.mentionEntity[mi] : -1;
}

/** The entity the denial's subject names, or -1. */
function denier(doc: Annotated, t: number): number {
  for (const k of children(doc, t)) {
    if (relOf(doc, k) !== 'nsubj') continue;
    const mi = mentionAt(doc, k);
    return mi >= 0 ? doc.mentionEntity[mi] : -1;
  }
  return -1;
}

/**
 * Whether the one who denies is the one charged: the same entity, or a country's capital
 * speaking for it ("Kigali denies" of Rwanda).
 */
function sameSide(doc: Annotated, charged: number, who: number): boolean {
  if (charged === who) return true;
  const a = doc.entities[charged];
  const b = doc.entities[who];
  return (
    !!a &&
    !!b &&
    a.type === 'place' &&
    a.kind === 'country' &&
    b.type === 'place' &&
    b.kind !== 'country' &&
    !!a.country &&
    a.country === b.country
  );
}

/** Marks as negated the ties of a charge that the charged side denies (see above). */
export function negateDeniedCharges(doc: Annotated, relations: RelationDraft[]): void {
  if (!doc.syntax) return;
  const { seg, text } = doc;
  for (let si = 0; si < seg.sentences.length; si++) {
    const s = seg.sentences[si];
    if (!DENY_WORD.test(text.slice(s.start, s.end))) continue;
    const cands = relations.filter(
      (r) => (r.sentence === si || r.sentence === si - 1) && !r.negated && CHARGED.has(r.type),
    );
    if (!cands.length) continue;
    for (let t = s.tFirst; t < s.tLast; t++) {
      if (!DENY.has(lemmaOf(doc, t))) continue;
      let where = chargeDenied(doc, t);
      let who = where ? denier(doc, t) : -1;
      if (who < 0) {
        who = relativeDenier(doc, t);
        where = 'here';
      }
      if (who < 0) continue;
      for (const r of cands)
        if ((where === 'before' || r.sentence === si) && sameSide(doc, r.subject, who)) r.negated = true;
    }
  }
}
