/**
 * Events read twice or read with a place for a party (precision on text nobody tuned on).
 *
 * - A place is where an act happened, never who suffered it: "an attack on Danmusa", "raided
 *   the valley" make the place the act's place, not its patient (a country may stand for its
 *   state as a doer or a speaker, never as a victim either).
 * - An attack, killing or arrest told with nobody named on the very day of one of its type told
 *   with its parties ("The patrol was attacked near X as it returned to base", after "G ambushed
 *   a patrol on Sunday") is that act told again, unless the sentence says it is another one
 *   ("in a separate attack", "another raid", "a second ambush").
 */

import type { Annotated } from './annotated.js';
import type { EventDraft } from './events.js';

/** Moves a place that stands as an act's patient to the act's place (when it has none). */
export function placesAreNoPatients(doc: Annotated, events: EventDraft[]): EventDraft[] {
  for (const v of events) {
    const places = v.participants.filter(
      (p) => p.role === 'patient' && doc.entities[p.entity]?.type === 'place',
    );
    if (!places.length) continue;
    v.participants = v.participants.filter((p) => !places.includes(p));
    if (v.place < 0) v.place = places[0].entity;
  }
  return events;
}

const RETELLABLE = new Set(['attack', 'killing', 'arrest']);
// words by which a report tells a second act of a kind apart from the first
const ANOTHER = /\b(?:separate(?:ly)?|another|second|third|other|earlier|later|previous|new|fresh|also)\b/i;

/** True for a nameless act on the day of one of its type told with its parties: the same act again. */
export function retoldSameDay(doc: Annotated, v: EventDraft, events: EventDraft[]): boolean {
  if (v.participants.length || !RETELLABLE.has(v.type)) return false;
  const day = v.date?.value;
  if (!day || day.length !== 10) return false;
  const s = doc.seg.sentences[v.sentence];
  if (ANOTHER.test(doc.text.slice(s.start, s.end))) return false;
  return events.some(
    (o) => o !== v && o.type === v.type && o.participants.length > 0 && o.date?.value === day,
  );
}
