/**
 * An act told in a span counted from the sentence's own time (events13): "The court sentenced X on
 * Tuesday, two years after a truck bomb killed 80 people in the capital", "The raid came a week
 * after gunmen stormed a village near X". The act after "N days/weeks/months/years after" is that
 * span before the time the rest of the sentence tells (and after it for "before"), so the date the
 * act took from the sentence, or from the act told before, is moved by the span: "two years after"
 * an act of October 2026 is of October 2024. A date written inside the act's own clause ("a week
 * after gunmen stormed X on Sunday") is the act's own and stays. (The parser reads "two years
 * after a bomb killed" as a noun phrase, so the span is read on the words before the trigger.)
 */

import { NUMBER_WORDS } from '../knowledge/numbers.js';
import type { Annotated } from './annotated.js';
import { shiftDay, shiftMonths } from './dates.js';
import type { EventDraft } from './events.js';

// "two years after", "a week before", "18 months after", then the act's clause up to its trigger
// (no comma, semicolon or full stop between)
const COUNTED_SPAN = /\b(\d{1,3}|[a-z]+)\s+(day|week|month|year)s?\s+(after|before)\s+([^,;.]{0,80})$/i;

/** The act's date moved by the span its sentence counts it from, or null when there is none. */
function countedDate(doc: Annotated, v: EventDraft): string | null {
  const day = v.date?.value;
  if (!day) return null;
  const s = doc.seg.sentences[v.sentence];
  // (the trigger's word may be told twice in the sentence: "a bomb maker … after a truck bomb killed")
  let at = -1;
  let m: RegExpExecArray | null = null;
  const word = v.trigger.split(/\s+/)[0]?.toLowerCase();
  const { start, end } = doc.seg.tokens;
  for (let t = s.tFirst; t < s.tLast && !m; t++) {
    if (doc.text.slice(start[t], end[t]).toLowerCase() !== word) continue;
    at = start[t];
    m = COUNTED_SPAN.exec(doc.text.slice(Math.max(s.start, at - 140), at));
  }
  if (!m) return null;
  const n = /^\d/.test(m[1]) ? +m[1] : NUMBER_WORDS[m[1].toLowerCase()];
  if (!n) return null;
  // (a date in the act's own words, after "after", is its own)
  const clause = doc.text.slice(at - m[4].length, s.end);
  if (v.date?.text && clause.includes(v.date.text)) return null;
  const sign = m[3].toLowerCase() === 'after' ? -1 : 1;
  const unit = m[2].toLowerCase();
  if (unit === 'year' || unit === 'month') {
    const months = sign * n * (unit === 'year' ? 12 : 1);
    return day.length === 4 && unit === 'year'
      ? String(+day + sign * n)
      : shiftMonths(day.slice(0, 7), months);
  }
  if (day.length !== 10) return null;
  return shiftDay(day, sign * n * (unit === 'week' ? 7 : 1));
}

/** Moves the date of each attack, killing and arrest told "N units after/before" another time by the span. */
export function countedFromTheSentence(doc: Annotated, events: EventDraft[]): EventDraft[] {
  for (const v of events) {
    if (v.type !== 'attack' && v.type !== 'killing' && v.type !== 'arrest') continue;
    const value = countedDate(doc, v);
    if (value && v.date) v.date = { text: v.date.text, value };
  }
  return events;
}
