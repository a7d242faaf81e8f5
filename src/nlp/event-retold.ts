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
 * - "Gunmen killed eleven soldiers in an attack on a post", with the attack's doer named later
 *   ("G claimed the attack"): the killing and the attack of one clause are one act, and the
 *   killing has the attack's doers (and the other way round).
 * - "G has also struck in X, killing …", "G also killed two guards": "also" tells one more act of
 *   the doer's, which never joins one told before (`alsoDone`, read by the trigger stage).
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
  if (day?.length !== 10) return false;
  const s = doc.seg.sentences[v.sentence];
  if (ANOTHER.test(doc.text.slice(s.start, s.end))) return false;
  return events.some(
    (o) => o !== v && o.type === v.type && o.participants.length > 0 && o.date?.value === day,
  );
}

// "killed eleven soldiers in an attack on a post", "during a raid on the village"
const IN_AN_ACT = /\b(?:in|during)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:attack|ambush|raid|assault|bombing)\b/i;

/**
 * A nameless attack or killing takes the doers of the killing or attack told in its sentence on
 * the same day; a nameless killing "in an attack" takes those of the attack told in the next two
 * sentences ("G claimed the attack").
 */
export function oneActsDoers(doc: Annotated, events: EventDraft[]): EventDraft[] {
  for (const v of events) {
    if (v.participants.length || (v.type !== 'attack' && v.type !== 'killing')) continue;
    const other = v.type === 'attack' ? 'killing' : 'attack';
    const day = v.date?.value ?? null;
    const s = doc.seg.sentences[v.sentence];
    const inAct = v.type === 'killing' && IN_AN_ACT.test(doc.text.slice(s.start, s.end));
    const w = events.find(
      (o) =>
        o.type === other &&
        o.participants.some((p) => p.role === 'agent') &&
        ((o.sentence === v.sentence && (o.date?.value ?? null) === day) ||
          (inAct &&
            o.sentence > v.sentence &&
            o.sentence <= v.sentence + 2 &&
            (!o.date?.value || o.date.value === day))),
    );
    if (!w) continue;
    v.participants = w.participants.filter((p) => p.role === 'agent').map((p) => ({ ...p }));
    if (v.place < 0) v.place = w.place;
  }
  return events;
}

// "G has also struck in X, killing …", "G also killed two guards": one more act of the doer's,
// not the one told before
const ALSO_DONE = /\b(?:has|have|had)?\s*also\s+(?:\w+\s+){0,1}?(?:\w+(?:ed|ck|ew|ot)\b[^.;,]{0,50},\s*)?$/i;

/** Whether the words before a trigger tell it as one more act ("has also struck in X, killing"). */
export function alsoDone(head: string): boolean {
  return ALSO_DONE.test(head.slice(-90));
}
