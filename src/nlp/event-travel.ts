/**
 * Travel restrictions (events24): who a ban on travel befell, and a curfew, lockdown or closure
 * known only by the place it shuts. The golds count "a curfew was imposed in X", "the border
 * crossing at X was closed", "travel to X was banned" as travel restrictions with that place and
 * nobody named; bans on people ("placed A and B on the exit control list", "seized the passports
 * of X", "a visa ban on Y") have those people as patients.
 */

import type { Annotated } from './annotated.js';
import type { EventDraft } from './events.js';

// "the passports of X", "a visa ban on X", "imposed on X": who a travel restriction befell, right after it
export const TRAVEL_BARRED_AFTER =
  /^\s*(?:(?:was|were)\s+(?:imposed|placed)\s+)?(?:of|on|against|for)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?$/i;

/**
 * "The ministry placed A and B on the exit control list", "put X on a no-fly list": the people
 * named between the verb that puts them on a list and the list (events24).
 */
export function travelBarredBefore(text: string, doc: Annotated, before: number[], at: number): number[] {
  const person = before.filter((mi) => doc.entities[doc.mentionEntity[mi]]?.type === 'person');
  const last = person.at(-1);
  if (last === undefined) return [];
  if (
    !/^\s*(?:,\s*)?(?:on|to)\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,2}$/i.test(
      text.slice(doc.mentions[last].end, at),
    )
  )
    return [];
  // the verb that lists them, and the people after it
  const from = Math.max(0, doc.mentions[last].start - 200);
  const verb = [
    ...text.slice(from, doc.mentions[last].start).matchAll(/\b(?:placed|put|added|included|listed)\b/gi),
  ].at(-1);
  if (!verb) return [];
  return person.filter((mi) => doc.mentions[mi].start >= from + verb.index);
}

// "the curfew was lifted", "eased the lockdown", "reopened the border": a restriction that ends
const ENDED =
  /\b(?:lift(?:ed|s|ing)?|eas(?:ed|es|ing)|relax(?:ed|es|ing)|end(?:ed|s|ing)|reopen(?:ed|s|ing)?|withdr[ae]w[ns]?|scrap(?:ped|s)?|rescind(?:ed|s)?|revok(?:ed|es|ing))\b/i;

/**
 * A travel restriction with nobody named that is still an event: it shuts a named place that is
 * no country (a curfew "in X", a lockdown "across Y", the crossing "at Z"), it is no habit told in
 * the plural with no day ("imposes lockdowns on towns"), and its sentence does not tell it ending
 * ("the curfew in X was lifted").
 */
export function placeShut(doc: Annotated, v: EventDraft): boolean {
  if (v.place < 0 || doc.entities[v.place].kind === 'country') return false;
  // ("imposes lockdowns every week on towns like X": a habit, no one restriction)
  if (/^(?:curfews|lockdowns)$/i.test(v.trigger) && !v.date?.value) return false;
  const s = doc.seg.sentences[v.sentence];
  return !ENDED.test(doc.text.slice(s.start, s.end));
}

/**
 * "closed the Torkham border crossing", "travel to Tillaberi was banned": a place named inside the
 * words of a closure or ban (`from`–`to`, among the sentence's mentions `ms`), or marked right
 * after them ("sealed the crossing at X", "a curfew in X"), is the place it shuts, before the
 * place the parse finds (`found`), which passes over a place before a noun or after "to".
 */
export function placeInTheBan(doc: Annotated, ms: number[], from: number, to: number, found: number): number {
  // ("banned travel to X": the words end on the preposition, the place follows it)
  const upTo = /\b(?:to|into|from|of)$/i.test(doc.text.slice(from, to)) ? to + 2 : to;
  for (const mi of ms) {
    const m = doc.mentions[mi];
    const e = doc.mentionEntity[mi];
    // ("closed the border crossing at X", "a curfew in X": the place marked right after the words)
    const inside =
      m.end <= to ||
      m.start <= upTo ||
      (m.start > to && /^\s+(?:at|in|on|across|around)\s+(?:the\s+)?$/i.test(doc.text.slice(to, m.start)));
    if (m.start >= from && inside && e >= 0 && doc.entities[e].type === 'place') return e;
  }
  return found;
}

/**
 * "sealed the crossing at X on Monday": a day written right after a closure or ban's words (no
 * comma or clause between), where the parse ties none to it; `resolve` makes it a value.
 */
export function dayOfTheBan<D extends { start: number; end: number }, R>(
  dates: D[],
  text: string,
  end: number,
  resolve: (d: D) => R,
): R | null {
  const d = dates.find(
    (d) =>
      d.start >= end &&
      d.start - end <= 40 &&
      !/[,;.:]|\b(?:after|before|since|when|as)\b/i.test(text.slice(end, d.start)),
  );
  return d ? resolve(d) : null;
}
