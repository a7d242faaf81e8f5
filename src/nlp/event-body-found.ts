/**
 * A body found (events24): "X's body was found near Y on Monday", "the bodies of A and B were
 * recovered from a ditch", "police discovered the body of X in Y" tell a killing of X with no
 * killer named, at the place and on the day of the finding (the golds date and place such a
 * killing by what the sentence tells). A killing of X told before is that one: nothing is added.
 */

import type { Annotated } from './annotated.js';
import { type DateAt, killingOf } from './event-among-dead.js';
import type { EventDraft } from './events.js';

// "was found", "were discovered", "had been dumped": the finding, right after the body's words
const FOUND_AFTER =
  /^\s*(?:[\p{L}'’-]+\s+){0,2}?(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:later\s+|also\s+)?(?:found|discovered|recovered|dumped|pulled|fished)\b/iu;
// "X's body", "X's bullet-riddled body", "X's bodies"
const POSSESSED_BODY = /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?bod(?:y|ies)\b/iu;
// "the (mutilated) body of (Father) ", "the bodies of "
const BODY_OF = /\bbod(?:y|ies)\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.]*\s+){0,2}$/u;
// "police found the body of", "discovered the bodies of": the finding told before the body
const FOUND_BEFORE =
  /\b(?:found|discovered|recovered|retrieved)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?bod(?:y|ies)\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.]*\s+){0,2}$/u;
// names joined into one list: "A and B", "A, B and C"
const JOINED = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;

/**
 * Makes the killing a sentence's found body tells, unless one of its victims was told killed
 * already (`out`); `dateFor` and `placeAt` read the day and place at an offset. Whether it made one.
 */
export function bodyFound(
  doc: Annotated,
  si: number,
  ms: number[],
  out: EventDraft[],
  dateFor: DateAt,
  placeAt: (at: number) => number,
): boolean {
  const s = doc.seg.sentences[si];
  const { text } = doc;
  const sText = text.slice(s.start, s.end);
  // (a word looked for before any pattern: most sentences hold none)
  if (!/\bbod(?:y|ies)\b/i.test(sText) || /\b(?:no|not|never)\s+bod/i.test(sText)) return false;
  const person = (mi: number) => doc.entities[doc.mentionEntity[mi]]?.type === 'person';
  const people = ms.filter(person);
  for (let i = 0; i < people.length; i++) {
    const m = doc.mentions[people[i]];
    const before = text.slice(s.start, m.start);
    const possessed = POSSESSED_BODY.exec(text.slice(m.end, s.end));
    const bodyOf = !possessed && (BODY_OF.test(before) || FOUND_BEFORE.test(before));
    if (!possessed && !bodyOf) continue;
    // the list the name opens ("the bodies of A and B")
    const victims = [people[i]];
    for (let j = i + 1; j < people.length; j++) {
      const prev = doc.mentions[victims[victims.length - 1]];
      if (!JOINED.test(text.slice(prev.end, doc.mentions[people[j]].start))) break;
      victims.push(people[j]);
    }
    const last = doc.mentions[victims[victims.length - 1]];
    const restAt = possessed ? last.end + possessed[0].length : last.end;
    const found = FOUND_AFTER.exec(text.slice(restAt, s.end));
    if (!found && !FOUND_BEFORE.test(before)) continue;
    // (the day and place are read at the verb of finding)
    const at = found ? restAt + found.index + found[0].length - 1 : m.start;
    const dead = [...new Set(victims.map((mi) => doc.mentionEntity[mi]))];
    // one killing told twice: X's killing told before is this one
    if (
      out.some(
        (v) =>
          v.type === 'killing' && v.participants.some((p) => p.role === 'patient' && dead.includes(p.entity)),
      )
    )
      return false;
    out.push(killingOf(si, dead, dateFor(at, 'killing'), placeAt(at), 'body'));
    return true;
  }
  return false;
}

/**
 * Whether a person is named among `mentions` after offset `from` (the reporting verb): "G confirmed
 * that its governor, X, had been killed" names X as the one it befell, so G, who tells it, is
 * neither its doer nor its victim (events24; read by the trigger reader's reporter test).
 */
export function namedInReport(doc: Annotated, mentions: number[], from: number): boolean {
  return mentions.some(
    (mi) => doc.mentions[mi].start > from && doc.entities[doc.mentionEntity[mi]]?.type === 'person',
  );
}
