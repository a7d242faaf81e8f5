/**
 * "The court convicted A, B and C … The three men were arrested in March 2023 by F", "Police
 * named the suspects as A and B. … Detectives arrested the two men at a farm" (events22): an arrest
 * or killing told of "the N men (suspects, accused …)" with nobody named in it befell the N people
 * a list named before it, in the twelve sentences before (a court report names the accused high up): the last list of exactly N people joined by
 * commas and "and". A list of another length, or none, names nobody.
 */

import { NUMBER_WORDS } from '../knowledge/numbers.js';
import { type Annotated, mentionsBySentence } from './annotated.js';
import { accusedBefore, personRunsIn } from './event-accused.js';
import { triggerToken } from './event-act-subject.js';
import type { EventDraft } from './events.js';

// "the three men", "the two Tajik suspects", "the four accused": a definite count of people
// ("The four were arrested", "all three were detained": the count alone, events27)
const THE_N =
  /\b(?:the|all)\s+(two|three|four|five|six|seven|eight|nine|ten|[2-9])(?:\s+(?:[\w-]+\s+)?(?:men|women|suspects|accused|defendants|brothers|militants|fighters|convicts|detainees|people)\b|(?=\s+(?:were|had|have)\b))/gi;
// what joins two names of a list, with an age between: ", ", " and ", ", 24, ", ", 19, and "
const LIST_GAP = /^\s*(?:,\s*\d{1,3}\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)$/;

/** Gives an arrest or killing of "the N men" with no one named the N people a list before named. */
export function countedNamedBefore(doc: Annotated, events: EventDraft[]): void {
  let by: number[][] | null = null;
  for (const v of events) {
    if (v.type !== 'arrest' && v.type !== 'killing') continue;
    if (v.participants.some((p) => p.role === 'patient' && doc.entities[p.entity]?.type === 'person'))
      continue;
    const t = triggerToken(doc, v);
    if (t < 0) continue;
    const s = doc.seg.sentences[v.sentence];
    const at = doc.seg.tokens.start[t];
    const end = doc.seg.tokens.end[t];
    // the count right before the verb ("The three men were arrested", "The two men, both from X,
    // were detained") or right after it ("arrested the four men"), with no other word of weight between
    let n = 0;
    THE_N.lastIndex = 0;
    const text = doc.text.slice(s.start, s.end);
    for (let m = THE_N.exec(text); m; m = THE_N.exec(text)) {
      const from = s.start + m.index;
      const to = from + m[0].length;
      const before =
        to <= at &&
        /^(?:\s*,[^,;]{1,40},)?\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?$/i.test(doc.text.slice(to, at));
      const after = from >= end && /^\s+$/.test(doc.text.slice(end, from));
      if (before || after) n = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
    }
    if (!n) continue;
    by ??= mentionsBySentence(doc);
    let list: number[] | undefined;
    for (let k = v.sentence - 1; k >= 0 && k >= v.sentence - 12 && !list; k--)
      list = personRunsIn(doc, by[k] ?? [], LIST_GAP).findLast((l) => l.length === n);
    let people = list?.map((mi) => doc.mentionEntity[mi]);
    // (no list of N: the N accused a court report named in groups, events27)
    if (!people) {
      const accused = accusedBefore(doc, by, v.sentence);
      if (accused.length === n) people = accused;
    }
    if (!people) continue;
    // (a place or group the words took for whom it befell gives way to the people)
    v.participants = v.participants.filter((p) => p.role !== 'patient');
    for (const e of people)
      if (!v.participants.some((p) => p.entity === e)) v.participants.push({ role: 'patient', entity: e });
  }
}
