/**
 * An act's place told in the next sentence (evplaces21).
 *
 * Wire copy often tells the act in its lead with no place, or only the region or country around
 * it ("G attacked army positions in central Mali on Sunday"), and places it in the next sentence
 * or the one after, told about the same act: "The fighting began near X", "The attack took place
 * in X", "The convoy came under fire outside the village of X", "The attackers surrounded mourners in
 * the village of X". Such a sentence opens with the act's noun, with the act's doers ("the
 * attackers", "the gunmen"), or with what it befell as the subject of a verb of its type ("The
 * convoy was attacked"). Its place (one marked "in/at/near", "the village of") is the act's
 * when the act has none, or when it is finer than the region or country the act has (and in the
 * same country). A sentence that tells another act ("In a separate attack", "another raid"), or
 * that dates itself to another day than the act's, places nothing.
 */

import type { Annotated } from './annotated.js';
import { findDates } from './dates.js';
import type { EventDraft } from './events.js';

const PLACED = new Set(['attack', 'killing', 'arrest']);

// "The attack", "The overnight fighting", "That ambush": the act told again, as the subject
const ACT_SUBJECT =
  /^(?:(?:The|That|This)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|assault|ambush|raid|bombing|blast|explosion|fighting|clash(?:es)?|shooting|killings?|massacre|arrests?|operation|incident|violence|firefight|gunfight)|(?:The|Both)\s+(?:[\w-]+\s+)?(?:attackers|assailants|gunmen|raiders|militants|insurgents|jihadists|rebels|bombers?|suspects|victims))\b/;
// "The convoy was attacked", "The men were arrested": a definite subject, then a verb of the act's type
const DEFINITE_SUBJECT = /^(?:The|They|He|She)\b/;
const VERB_OF: Record<string, RegExp> = {
  attack:
    /^[^,;]{0,60}?\b(?:was|were|had\s+been|came\s+under)\s+(?:[\w-]+\s+)?(?:attacked|ambushed|raided|bombed|shelled|stormed|struck|hit|targeted|fire|attack)\b/i,
  killing:
    /^[^,;]{0,60}?\b(?:was|were|had\s+been)\s+(?:[\w-]+\s+)?(?:killed|shot|slain|beheaded|executed)\b/i,
  arrest:
    /^[^,;]{0,60}?\b(?:was|were|had\s+been)\s+(?:[\w-]+\s+)?(?:arrested|detained|captured|held|seized)\b/i,
};
// words by which a report tells a second act of a kind apart from the first
const ANOTHER = /\b(?:separate(?:ly)?|another|second|other|earlier|previous|similar|also)\b/i;
// a place marked as where: "in X", "near the town of X", "on the outskirts of X"
const MARKED =
  /\b(?:in|at|near|outside|inside|around)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:village|town|city|hamlet|settlement|district|area|outskirts|suburbs?|camp|locality|neighbou?rhood)\s+of\s+)?$/i;
const POSSESSIVE = /^(?:\s+(?:state|province|region|district|county|governorate))?['’]s\b/;

/** A country, or a region the gazetteer does not list as a point: an area a town lies in. */
function broad(doc: Annotated, e: number): boolean {
  const x = doc.entities[e];
  return (
    x.kind === 'country' ||
    (x.kind === 'region' && !/^place:(?:neighbourhood|town|site|city):/.test(x.key ?? '')) ||
    /^place:(?:province|state|region|agency):/.test(x.key ?? '')
  );
}

/** The first place the sentence marks as where, finer places first; -1 when none. */
function markedPlace(doc: Annotated, si: number, mentions: number[]): number {
  const s = doc.seg.sentences[si];
  let coarse = -1;
  for (const mi of mentions) {
    const m = doc.mentions[mi];
    if (m.start < s.start || m.end > s.end) continue;
    const e = doc.mentionEntity[mi];
    if (doc.entities[e].type !== 'place') continue;
    if (POSSESSIVE.test(doc.text.slice(m.end, m.end + 14))) continue;
    if (!MARKED.test(doc.text.slice(Math.max(s.start, m.start - 40), m.start))) continue;
    if (!broad(doc, e)) return e;
    if (coarse < 0) coarse = e;
  }
  return coarse;
}

/** Whether sentence `si` tells the act `v` again, by its opening words. */
function tellsAgain(doc: Annotated, si: number, v: EventDraft): boolean {
  const s = doc.seg.sentences[si];
  const t = doc.text.slice(s.start, s.end);
  const head = t.slice(0, t.search(/[,;]|$/));
  if (ANOTHER.test(head)) return false;
  return ACT_SUBJECT.test(t) || (DEFINITE_SUBJECT.test(t) && VERB_OF[v.type]?.test(t) === true);
}

/** Places (in place) the attacks, killings and arrests whose place the next sentences tell. */
export function placedNext(doc: Annotated, events: EventDraft[], by: number[][]): EventDraft[] {
  for (const v of events) {
    if (!PLACED.has(v.type) || (v.place >= 0 && !broad(doc, v.place))) continue;
    for (let si = v.sentence + 1; si <= v.sentence + 2 && si < doc.seg.sentences.length; si++) {
      if (!tellsAgain(doc, si, v)) continue;
      const s = doc.seg.sentences[si];
      // a day of its own that is not the act's: another act
      const day = v.date?.value;
      if (
        day &&
        findDates(doc.text, doc.published, { start: s.start, end: s.end }).some(
          (d) => d.value && !d.value.startsWith(day) && !day.startsWith(d.value),
        )
      )
        break;
      const p = markedPlace(doc, si, by[si] ?? []);
      if (p < 0 || p === v.place) break;
      if (v.place >= 0) {
        const a = doc.entities[v.place].country;
        const b = doc.entities[p].country;
        if (broad(doc, p) || (a && b && a !== b)) break;
      }
      // the toll told with the attack in its sentence ("ambushed a patrol …, killing two") is there too
      for (const o of events)
        if (o !== v && o.sentence === v.sentence && o.place === v.place && PLACED.has(o.type)) o.place = p;
      v.place = p;
      break;
    }
  }
  return events;
}

/**
 * A ban or a designation by a state with no place told ("a network Canada outlawed in 2019",
 * "the United States listed him as a terrorist") holds where that state rules: the state is
 * its place. One by a body (a ministry, a court, the Treasury) keeps none.
 */
export function placedByState(doc: Annotated, events: EventDraft[]): EventDraft[] {
  for (const v of events) {
    if (v.type !== 'designation' || v.place >= 0) continue;
    const states = v.participants.filter(
      (p) =>
        p.role === 'agent' &&
        doc.entities[p.entity]?.type === 'place' &&
        doc.entities[p.entity].kind === 'country',
    );
    if (states.length === 1) v.place = states[0].entity;
  }
  return events;
}

// "in the camp", "near the same valley", "in the town": a place told before, named by its kind
const PLACE_ANAPHOR =
  /\b(?:in|at|near|inside|outside|around)\s+the\s+(?:same\s+)?(town|village|city|camp|valley|district|hamlet|settlement)\b(?!\s+of\b|['’])/gi;

/**
 * "Last year its men shot four guards in a raid in the same valley", "clashing with
 * militants in the camp": an act whose clause names no place but a place told before by its kind
 * is there. The place is the last one the text named with that noun ("the Swat valley", "Shuafat
 * camp", "the village of X", "X refugee camp"), in this sentence before the act or in the eight
 * sentences before it; -1 when the words from `from` to `to` hold no such phrase or none was named.
 */
export function placeByItsKind(doc: Annotated, si: number, from: number, to: number, by: number[][]): number {
  const stretch = doc.text.slice(from, to);
  PLACE_ANAPHOR.lastIndex = 0;
  const m = PLACE_ANAPHOR.exec(stretch);
  if (!m) return -1;
  const noun = m[1].toLowerCase();
  const named = new RegExp(`^\\s+(?:refugee\\s+)?${noun}s?\\b`, 'i');
  const nounOf = new RegExp(`\\b${noun}\\s+of\\s+$`, 'i');
  const ownName = new RegExp(`\\s${noun}$`, 'i');
  for (let k = si; k >= 0 && k >= si - 8; k--) {
    const list = by[k] ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const mi = list[i];
      const x = doc.mentions[mi];
      if (x.start >= from + (m.index ?? 0)) continue;
      const e = doc.mentionEntity[mi];
      if (doc.entities[e].type !== 'place') continue;
      if (
        ownName.test(doc.text.slice(x.start, x.end)) ||
        named.test(doc.text.slice(x.end, x.end + 24)) ||
        nounOf.test(doc.text.slice(Math.max(0, x.start - 24), x.start))
      )
        return e;
    }
  }
  return -1;
}
