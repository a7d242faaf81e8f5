/**
 * "fighting between A and B" (events10): the sides of a fight told as a noun are named inside its
 * "between" phrase. A name after a verb ("clashes between the two factions have killed 300 people
 * since X was arrested") is in another clause and is no side.
 */

import type { Annotated } from './annotated.js';
import { children, lemmaOf, mentionAt, mentionTokens, relOf, uposOf } from './syntax.js';

/** A verb or auxiliary (by the parse) in sentence `si`, from offset `from` up to offset `to`. */
export function verbBetween(doc: Annotated, si: number, from: number, to: number): boolean {
  if (!doc.syntax) return false;
  const { start } = doc.seg.tokens;
  const sent = doc.seg.sentences[si];
  for (let t = sent.tFirst; t < sent.tLast && start[t] < to; t++) {
    if (start[t] < from) continue;
    const u = uposOf(doc, t);
    if (u === 'VERB' || u === 'AUX') return true;
  }
  return false;
}

/**
 * "President X has clashed with the leaders of Y", "X clashed with the army chief": a person
 * named as the very subject of "clash" (not through the fighters or men of a name) is at odds
 * with others in words; armed clashes are told of groups and forces.
 */
export function personClashed(doc: Annotated, t: number): boolean {
  if (!doc.syntax || t < 0 || uposOf(doc, t) !== 'VERB' || lemmaOf(doc, t) !== 'clash') return false;
  const subj = children(doc, t).find((k) => relOf(doc, k) === 'nsubj');
  if (subj === undefined) return false;
  const mi = mentionAt(doc, subj);
  const e = mi >= 0 ? doc.mentionEntity[mi] : -1;
  return e >= 0 && doc.entities[e].type === 'person';
}

// a word opening a clause of time ("since", "days after", "shortly before"), right before a name
const TIME_CLAUSE_BEFORE = /\b(?:since|after|before|when)\s+(?:the\s+)?$/i;

/**
 * "G has killed dozens since X was arrested", "killed four soldiers days after X was detained":
 * a name right after a word that opens a clause of time, followed by that clause's verb (by the
 * parse, an auxiliary or verb comes next), is the subject of another clause, never the one the
 * act told before it befell (events12).
 */
export function timeClauseSubject(doc: Annotated, mi: number): boolean {
  const m = doc.mentions[mi];
  if (!doc.syntax || !TIME_CLAUSE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 12), m.start)))
    return false;
  const { tLast } = mentionTokens(doc, mi);
  if (tLast >= doc.seg.sentences[m.sentence].tLast) return false;
  const u = uposOf(doc, tLast);
  return u === 'AUX' || u === 'VERB';
}

/**
 * "…, where they have clashed with G", "Its fighters are also locked in clashes with G" (events13):
 * a clash with only the side it was "with" named, and no day, tells a state of conflict, not an
 * incident one can map: who fought G, and when, is unknown. (A dated one, "On Sunday soldiers
 * clashed with G near X", is an incident, kept with G as its patient.)
 */
export function undatedOneSidedClash(v: {
  type: string;
  trigger: string;
  date: { value: string | null } | null;
  participants: { role: string }[];
}): boolean {
  return (
    v.type === 'attack' &&
    /^clash/i.test(v.trigger) &&
    !v.date?.value &&
    v.participants.length > 0 &&
    !v.participants.some((p) => p.role === 'agent')
  );
}
