/**
 * Who an act befell (events7). "Struck positions held by Hamas's Qassam Brigades", "bombed bases
 * of Hezbollah's Radwan Force": a group named before "'s" only says whose unit the next name is;
 * the unit, named right after it, is the one the act befell. So does an organisation that only
 * qualifies a noun the next name stands beside ("trucks of the UN peacekeeping mission,
 * MINUSMA": the mission).
 */

import type { Annotated } from './annotated.js';
import { dependents, lemmaOf } from './syntax.js';

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
