/**
 * Who an act befell (events7). "Struck positions held by Hamas's Qassam Brigades", "bombed bases
 * of Hezbollah's Radwan Force": a group named before "'s" only says whose unit the next name is;
 * the unit, named right after it, is the one the act befell. So does an organisation that only
 * qualifies a noun the next name stands beside ("trucks of the UN peacekeeping mission,
 * MINUSMA": the mission).
 */

import type { Annotated } from './annotated.js';
import { children, dependents, lemmaOf, mentionAt, relOf, uposOf } from './syntax.js';

const POSSESSIVE = /^['’]s?\s+/;
// " mission, ", " peacekeeping force, ": one or two lower-case words for one body, then a comma
const QUALIFIED_BODY = /^\s+(?:\p{Ll}[\w-]*\s+)?\p{Ll}[\w-]*[^s\s,]\s*,\s*/u;

/**
 * The mention the act befell among `list` (mentions after the trigger, in order), starting at
 * `first`: the organisation named right after "G's" when `first` is G, else `first` itself.
 */
export function possessedUnit(doc: Annotated, list: number[], first: number): number {
  const m = doc.mentions[first];
  const e = doc.mentionEntity[first];
  if (e < 0 || doc.entities[e].type !== 'organization') return first;
  // "G's Unit", or "the G mission, H" (an apposition that names the body G only qualifies)
  const poss =
    POSSESSIVE.exec(doc.text.slice(m.end, m.end + 4)) ??
    QUALIFIED_BODY.exec(doc.text.slice(m.end, m.end + 40));
  if (!poss) return first;
  const at = m.end + poss[0].length;
  const unit = list.find((mi) => doc.mentions[mi].start === at);
  if (unit === undefined) return first;
  const u = doc.mentionEntity[unit];
  return u >= 0 && u !== e && doc.entities[u].type === 'organization' ? unit : first;
}

/** Whether mention `mi` only says whose body the next mention of `list` is ("the Taliban's General Directorate"). */
export function possessorOfBody(doc: Annotated, mi: number, list: number[]): boolean {
  return possessedUnit(doc, list, mi) !== mi;
}

/**
 * "X's assassination", "rights groups condemned Y's arrest" (events14): the person before "'s"
 * on a killing or arrest noun is whom it befell, not who did it; with an "of" phrase on the noun
 * ("the commander's killing of two guards") the possessor did it. `trig` is the noun's token.
 */
export function victimPossessor(doc: Annotated, type: string, trig: number, mi: number): boolean {
  if ((type !== 'killing' && type !== 'arrest') || trig < 0) return false;
  const e = doc.mentionEntity[mi];
  if (e < 0 || doc.entities[e].type !== 'person') return false;
  const ofPhrase = dependents(doc, trig, 'nmod').some((k) =>
    dependents(doc, k, 'case').some((c) => lemmaOf(doc, c) === 'of'),
  );
  return (
    !ofPhrase && !/^\s+of\s/i.test(doc.text.slice(doc.seg.tokens.end[trig], doc.seg.tokens.end[trig] + 4))
  );
}

// past participles of the act verbs that are not -ed forms
const IRREGULAR_PARTICIPLE = /^(?:slain|shot|taken|caught|held)$/i;

/**
 * "X, killed by security forces in 2020, had led the cell", "Y, arrested in Quetta in 2019,
 * told …" (events14): a past participle set right after a name and its comma, with no subject,
 * auxiliary or object of its own in the parse, tells what befell the name: it reads as a passive.
 */
export function participleAfterName(doc: Annotated, t: number): boolean {
  if (t < 2 || uposOf(doc, t) !== 'VERB') return false;
  const { start, end } = doc.seg.tokens;
  const w = doc.text.slice(start[t], end[t]);
  if (!/[a-z]ed$/i.test(w) && !IRREGULAR_PARTICIPLE.test(w)) return false;
  if (doc.text.slice(start[t - 1], end[t - 1]) !== ',' || mentionAt(doc, t - 2) < 0) return false;
  const e = doc.mentionEntity[mentionAt(doc, t - 2)];
  if (e < 0 || doc.entities[e].type !== 'person') return false;
  return !children(doc, t).some((k) => /^(?:nsubj|aux|obj|expl|csubj)/.test(relOf(doc, k)));
}

// a preposition before a name makes it no subject ("in Iran", "from Pakistan")
const PREPOSITION_BEFORE =
  /\b(?:in|from|of|to|at|by|against|on|across|inside|within|for|with|into|over|near)\s+(?:the\s+)?$/i;

// between a subject and its verb: an adverb, or a past verb the act verb is joined to ("Iran
// seized and hanged")
const VERB_RIGHT_AFTER =
  /^\s+(?:(?:also|later|then|reportedly|allegedly)\s+)?(?:[a-z]+ed\s+and\s+(?:then\s+)?)?$/;

/**
 * "… founded by members of G after Iran hanged its leader" (events14): a country named right
 * before an active act verb (nothing but an adverb or a joined past verb between, no preposition before it) is the
 * verb's subject, whatever group word order found before it; -1 when there is none. `ms` are
 * the sentence's mentions, `at` the verb's offset.
 */
export function stateJustBefore(doc: Annotated, ms: number[], at: number): number {
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = doc.mentions[ms[i]];
    if (m.end > at) continue;
    if (!VERB_RIGHT_AFTER.test(doc.text.slice(m.end, at))) return -1;
    const e = doc.mentionEntity[ms[i]];
    if (e < 0 || doc.entities[e].type !== 'place' || doc.entities[e].kind !== 'country') return -1;
    return PREPOSITION_BEFORE.test(doc.text.slice(Math.max(0, m.start - 12), m.start)) ? -1 : ms[i];
  }
  return -1;
}

/**
 * "X was arrested along with his brother Y", "was detained together with Y" (events14): the
 * people a passive killing or arrest verb takes "along/together with" (an `obl` of the verb, or
 * the name set beside its noun) befell it too. Mentions of persons among `ok`.
 */
export function alongWith(doc: Annotated, type: string, t: number, ok: Set<number>): number[] {
  if ((type !== 'killing' && type !== 'arrest') || t < 0 || uposOf(doc, t) !== 'VERB') return [];
  const { start, end } = doc.seg.tokens;
  const out: number[] = [];
  for (const k of children(doc, t)) {
    if (!relOf(doc, k).startsWith('obl')) continue;
    const w = dependents(doc, k, 'case').find((c) => lemmaOf(doc, c) === 'with');
    if (w === undefined || !/^(?:along|together)$/i.test(doc.text.slice(start[w - 1], end[w - 1]))) continue;
    for (const n of [k, ...dependents(doc, k, 'appos')]) {
      const mi = mentionAt(doc, n);
      if (mi >= 0 && ok.has(mi) && doc.entities[doc.mentionEntity[mi]].type === 'person') out.push(mi);
    }
  }
  return out;
}
