/**
 * Arrests told in two steps (events27, issue #10), read on the words after the trigger stage:
 * - `oneOfThemNamed`: an arrest of people counted and not all named ("police detained three men
 *   …") and, in the same sentence or one of the next two, a naming of one or some of them: "named
 *   one of them as X", "identified two of them as A and B", "one of them, named as X,", "two of
 *   the men, identified as A and B,". The named are that arrest's patients (its doer then holds
 *   them: `arrested_by`). An arrest told in between, or another act of another type, takes them
 *   instead; nothing when no arrest is told before. An arrest that has named no one takes the
 *   whole list after a colon in its sentence ("Two suspects were arrested: A and B") or after
 *   "They were" opening the next ("… detained two men. They were A and B.").
 * - `announcedArrest`: "F announced (confirmed, reported) the arrest of …" makes the organisation
 *   F, the subject of the report verb, the arrest's doer when the arrest has none.
 */

import { NUMBER_WORDS } from '../knowledge/numbers.js';
import type { Annotated } from './annotated.js';
import type { EventDraft } from './events.js';

const COUNT = '(?:one|two|three|four|five|six|seven|eight|nine|[1-9])';
// right before the first name: "named one of them as ", "identifying two of the suspects as "
const NAMED_PART_AS = new RegExp(
  `\\b(?:named|identified|naming|identifying)\\s+(${COUNT})\\s+of\\s+(?:them|the\\s+(?:\\w+\\s+)?(?:men|women|suspects|detainees|accused|militants|arrested))\\s+as\\s+$`,
  'i',
);
// right before the first name: "one of them, named as ", "two of the men, identified as "
const PART_NAMED_AS = new RegExp(
  `\\b(${COUNT})\\s+of\\s+(?:them|those|the\\s+(?:\\w+\\s+)?(?:men|women|suspects|detainees|accused|militants))\\s*,?\\s+(?:later\\s+)?(?:named|identified)\\s+(?:by\\s+[^,.;]{1,40}?\\s+)?as\\s+$`,
  'i',
);
// right before the first name of the whole list: "Two suspects were arrested: A and B" (in the
// arrest's own sentence), "… arrested two men on Monday. They were A and B." (the next one)
const LIST_COLON = /:\s*$/;
const THEY_WERE = /(?:^|[.!?]["”’]?\s+)They\s+(?:were|are|have\s+been)\s+$/;
// what joins two names of a list, with an age between
const LIST_GAP = /^\s*(?:,\s*\d{1,3}\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)$/;
// "announced the arrest of", "confirmed the arrests of": the report verb right before the noun
const ANNOUNCED = /\b(?:announced|confirmed|reported)\s+(?:the\s+)?$/i;
// between the reporting body and the verb: its acronym, a day, "has"/"had"
const REPORTER_GAP =
  /^\s*(?:\([^()]{1,15}\)\s*)?(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:has\s+|had\s+|also\s+)*$/;

const isPerson = (doc: Annotated, e: number) => doc.entities[e]?.type === 'person';

/** The mentions of each sentence, by sentence (mention indexes in text order). */
type BySentence = readonly (readonly number[])[];

export function oneOfThemNamed(doc: Annotated, events: EventDraft[], by: BySentence): void {
  const arrests = events.filter((v) => v.type === 'arrest');
  if (!arrests.length) return;
  const from = Math.min(...arrests.map((v) => v.sentence));
  for (let si = from; si < Math.min(doc.seg.sentences.length, from + 200); si++) {
    const s = doc.seg.sentences[si];
    const ms = by[si] ?? [];
    for (let i = 0; i < ms.length; i++) {
      const m = doc.mentions[ms[i]];
      if (!isPerson(doc, doc.mentionEntity[ms[i]])) continue;
      const head = doc.text.slice(Math.max(s.start, m.start - 80), m.start);
      const counted = NAMED_PART_AS.exec(head) ?? PART_NAMED_AS.exec(head);
      // (the whole list, when the arrest has named no one yet)
      const colon = counted ? null : LIST_COLON.exec(head);
      const they = counted || colon ? null : THEY_WERE.exec(doc.text.slice(s.start, m.start));
      const hit = counted ?? colon ?? they;
      if (!hit) continue;
      const n = counted ? (NUMBER_WORDS[counted[1].toLowerCase()] ?? Number(counted[1])) : 99;
      const names = [doc.mentionEntity[ms[i]]];
      for (let j = i + 1; j < ms.length && names.length < n; j++) {
        const gap = doc.text.slice(doc.mentions[ms[j - 1]].end, doc.mentions[ms[j]].start);
        if (!LIST_GAP.test(gap) || !isPerson(doc, doc.mentionEntity[ms[j]])) break;
        names.push(doc.mentionEntity[ms[j]]);
      }
      // the arrest told last, in this sentence (before the naming) or the two before
      const v = arrests.findLast(
        (a) =>
          a.sentence <= si &&
          a.sentence >= si - 2 &&
          (a.sentence < si || doc.text.indexOf(a.trigger, s.start) < m.start - hit[0].length),
      );
      if (!v) continue;
      if (!counted && v.participants.some((p) => p.role === 'patient')) continue;
      if ((colon && v.sentence !== si) || (they && v.sentence !== si - 1)) continue;
      // (a later act of another kind told in between takes the naming: not this arrest's people)
      if (
        events.some(
          (o) => o.type !== 'arrest' && o.type !== 'statement' && o.sentence > v.sentence && o.sentence < si,
        )
      )
        continue;
      for (const e of names)
        if (!v.participants.some((p) => p.entity === e)) v.participants.push({ role: 'patient', entity: e });
      i += names.length - 1;
    }
  }
}

export function announcedArrest(doc: Annotated, events: EventDraft[], by: BySentence): void {
  for (const v of events) {
    if (v.type !== 'arrest' || v.participants.some((p) => p.role === 'agent')) continue;
    if (!/^arrests?$/i.test(v.trigger)) continue;
    const s = doc.seg.sentences[v.sentence];
    const text = doc.text.slice(s.start, s.end);
    const at = text.search(/\barrests?\s+of\b/i);
    if (at < 0) continue;
    const verb = ANNOUNCED.exec(text.slice(0, at));
    if (!verb) continue;
    const verbAt = s.start + verb.index;
    // the organisation named right before the report verb
    const org = (by[v.sentence] ?? []).findLast((mi) => doc.mentions[mi].end <= verbAt);
    if (org === undefined) continue;
    const e = doc.mentionEntity[org];
    if (doc.entities[e]?.type !== 'organization') continue;
    if (!REPORTER_GAP.test(doc.text.slice(doc.mentions[org].end, verbAt))) continue;
    v.participants.unshift({ role: 'agent', entity: e });
  }
}

// between the last name of a list and its participle: ", " or ", who were (had been) "
const PARTICIPLE_GAP =
  /^\s*,\s*(?:(?:who|whom)\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+)?(?:(?:also|later|first)\s+)?$/i;
// what joins two names of a list
const AND_GAP = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/;

/**
 * `listedBeforeParticiple`: "A and B, arrested in May, appeared in court", "A and B, who were
 * detained last week, …": the names set right before the act's participle are whom it befell,
 * never its doer (word order took the last of them for the agent).
 */
export function listedBeforeParticiple(doc: Annotated, events: EventDraft[], by: BySentence): void {
  for (const v of events) {
    if (v.type !== 'arrest' || !/ed$/i.test(v.trigger)) continue;
    const agent = v.participants.find((p) => p.role === 'agent' && isPerson(doc, p.entity));
    if (!agent) continue;
    const ms = by[v.sentence] ?? [];
    const s = doc.seg.sentences[v.sentence];
    const trig = doc.text.indexOf(v.trigger, s.start);
    const i = ms.findLastIndex((mi) => doc.mentions[mi].end <= trig);
    if (i < 0 || doc.mentionEntity[ms[i]] !== agent.entity) continue;
    if (!PARTICIPLE_GAP.test(doc.text.slice(doc.mentions[ms[i]].end, trig))) continue;
    const listed = [agent.entity];
    for (let j = i - 1; j >= 0; j--) {
      if (!AND_GAP.test(doc.text.slice(doc.mentions[ms[j]].end, doc.mentions[ms[j + 1]].start))) break;
      if (!isPerson(doc, doc.mentionEntity[ms[j]])) break;
      listed.push(doc.mentionEntity[ms[j]]);
    }
    v.participants = v.participants.filter((p) => p !== agent);
    for (const e of listed.reverse())
      if (!v.participants.some((p) => p.entity === e)) v.participants.push({ role: 'patient', entity: e });
  }
}

/**
 * `unitOfTheAgent`: "were arrested by the FBI's Joint Terrorism Task Force", "was detained by the
 * police's counter-terrorism unit X": the organisation named right after "G's" in the act's "by"
 * phrase is its doer too (G only says whose unit it is), set before G (events27).
 */
export function unitOfTheAgent(doc: Annotated, events: EventDraft[], by: BySentence): void {
  for (const v of events) {
    if (v.type !== 'arrest' && v.type !== 'attack' && v.type !== 'killing') continue;
    const ms = by[v.sentence] ?? [];
    for (let i = 0; i + 1 < ms.length; i++) {
      const g = doc.mentionEntity[ms[i]];
      if (!v.participants.some((p) => p.role === 'agent' && p.entity === g)) continue;
      const m = doc.mentions[ms[i]];
      const u = doc.mentionEntity[ms[i + 1]];
      if (doc.entities[u]?.type !== 'organization' || u === g) continue;
      if (!/\bby\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, m.start - 8), m.start))) continue;
      if (!/^['’]s?\s+$/.test(doc.text.slice(m.end, doc.mentions[ms[i + 1]].start))) continue;
      if (v.participants.some((p) => p.entity === u)) continue;
      v.participants.splice(
        v.participants.findIndex((p) => p.entity === g),
        0,
        { role: 'agent', entity: u },
      );
    }
  }
}
