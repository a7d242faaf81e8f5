/**
 * "G's bombing killed 14 people … X was among those killed", "… killed 20 soldiers. A captain,
 * X, was among the dead" (events11): "those killed" and "the dead" point back to a killing the
 * text told before, so the people named are that killing's patients, not the victims of a
 * killing of their own (which would carry none of the toll's doers). The killing told last
 * before, a few paragraphs back at most, on a day that does not disagree.
 */

import type { Role } from '../types.js';
import type { Annotated } from './annotated.js';
import type { EventDraft } from './events.js';
import { uposOf } from './syntax.js';

// how far back "those killed" may point: sentences and paragraphs
const MAX_SENTENCES = 6;
const MAX_PARAGRAPHS = 3;

/** The killing told before sentence `si` that "among those killed" there points to, if any. */
function killingToldBefore(
  doc: Annotated,
  out: EventDraft[],
  si: number,
  day: string | null,
): EventDraft | undefined {
  const para = doc.seg.sentences[si].paragraph;
  for (let i = out.length - 1; i >= 0; i--) {
    const v = out[i];
    if (v.sentence >= si) continue;
    if (si - v.sentence > MAX_SENTENCES || para - doc.seg.sentences[v.sentence].paragraph > MAX_PARAGRAPHS)
      return undefined;
    if (v.type !== 'killing') continue;
    const told = v.date?.value;
    // ("In 2019 a bombing killed 30 … X was among those killed on Sunday": another day, another act)
    if (day && told && !day.startsWith(told) && !told.startsWith(day)) return undefined;
    return v;
  }
  return undefined;
}

/** The day an event's verb at `at` tells, as the trigger reader dates it. */
export type DateAt = (at: number, type: 'killing') => { text: string; value: string | null } | null;

/** A killing of these victims (entities) with no doer named. */
export function killingOf(
  si: number,
  victims: number[],
  date: { text: string; value: string | null } | null,
  place: number,
  trigger: string,
): EventDraft {
  return {
    type: 'killing',
    sentence: si,
    date,
    place,
    participants: victims.map((entity) => ({ role: 'patient' as Role, entity })),
    trigger,
  };
}

/**
 * The dead `victims` named in sentence `si` ("X was among those killed"): patients of the
 * killing told before that "those killed" points back to (which takes `place` when it had
 * none), else a killing of their own on `date` at `place`.
 */
export function killingOfTheDead(
  doc: Annotated,
  out: EventDraft[],
  si: number,
  victims: number[],
  date: { text: string; value: string | null } | null,
  place: number,
  trigger: string,
): void {
  const k = killingToldBefore(doc, out, si, date?.value ?? null);
  if (!k) {
    out.push(killingOf(si, victims, date, place, trigger));
    return;
  }
  for (const e of victims)
    if (!k.participants.some((p) => p.entity === e)) k.participants.push({ role: 'patient', entity: e });
  if (k.place < 0) k.place = place;
}

// "Among them were X and Y", "Among the dead was X": the named dead of a toll just told
const AMONG_THEM = /^among\s+(them|the\s+dead|the\s+victims|those\s+killed)\s+(?:was|were)\s+/i;
// a sentence that tells of the dead ("left 17 villagers dead", "the victims included …")
const DEAD_TOLD = /\b(?:dead|killed|killing|victims|bodies)\b/i;

/**
 * "Raids left 17 villagers dead. The victims were farmers. Among them was a teacher, X,
 * who was dragged from his house and shot on Friday" (events11): the people a
 * sentence opening "Among them were" (after a sentence of the same paragraph that tells of
 * the dead) or "Among the dead was" names, up to a relative clause, are dead: the killing
 * told before takes them, else they make one (`killingOfTheDead`), dated and placed by
 * `dateFor` and `placeAt` at the relative clause's last verb. Whether it read any.
 */
export function amongThemDead(
  doc: Annotated,
  si: number,
  ms: number[],
  out: EventDraft[],
  dateFor: DateAt,
  placeAt: (at: number) => number,
): boolean {
  const s = doc.seg.sentences[si];
  // (a word compared before any pattern: most sentences open otherwise)
  if (doc.text.slice(s.start, s.start + 6).toLowerCase() !== 'among ') return false;
  const m = AMONG_THEM.exec(doc.text.slice(s.start, Math.min(s.end, s.start + 40)));
  if (!m) return false;
  if (m[1].toLowerCase() === 'them') {
    const prev = doc.seg.sentences[si - 1];
    if (!prev || prev.paragraph !== s.paragraph || !DEAD_TOLD.test(doc.text.slice(prev.start, prev.end)))
      return false;
  }
  const at = s.start + m[0].length;
  const rel = doc.text.slice(at, s.end).search(/[;]|,\s*(?:who|which|whose)\b/);
  const stop = rel < 0 ? s.end : at + rel;
  const dead: number[] = [];
  for (const mi of ms) {
    const x = doc.mentions[mi];
    const e = doc.mentionEntity[mi];
    if (x.start >= at && x.end <= stop && doc.entities[e].type === 'person' && !dead.includes(e))
      dead.push(e);
  }
  if (!dead.length) return false;
  // ("…, who was dragged from his house in X and shot on Friday": the relative clause tells
  // their death, its last verb the day and place of it)
  let tell = at;
  if (rel >= 0)
    for (let t = s.tLast - 1; t >= s.tFirst && doc.seg.tokens.start[t] > stop; t--)
      if (uposOf(doc, t) === 'VERB') {
        tell = doc.seg.tokens.start[t];
        break;
      }
  killingOfTheDead(doc, out, si, dead, dateFor(tell, 'killing'), placeAt(tell), 'among');
  return true;
}
