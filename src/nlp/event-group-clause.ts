// "The group" as the doer of an act told in a clause of time (events29): "Police said they had
// detained three of its drivers, a week after the group killed eleven traders near X", "…, since
// 2019, when the militant group attacked a base". The clause's own subject is the group noun, so
// a name word order finds before it (the reporting police) did not do the act: the armed group
// named last before the clause did. Also, "the group" is an anaphor that carries the group told
// before across a sentence that names another one after it ("Researchers tie the group to
// H. … the group killed 20 farmers": G, not H), which `groupNamedBefore` and events.ts's
// `topicGroup` read through `afterAnaphor`.

import type { Annotated } from './annotated.js';
import { orgKind } from './attributes.js';
import { triggerToken } from './event-act-subject.js';
import type { EventDraft } from './events.js';
import { uposOf } from './syntax.js';

// the words before the act's verb: a subordinator, then "the (militant) group" as the subject
const GROUP_CLAUSE =
  /\b(?:after|before|since|when|as|until|once|while)\s+(?:the|this)\s+(?:[\w'’.]+(?:-[\w'’.]+)*-(?:linked|backed|allied|aligned|affiliated|inspired|led|based)\s+)?(?:(?:militant|jihadist|armed|extremist|insurgent|terrorist|rebel|banned|Islamist|separatist)\s+)?(?:group|outfit|organi[sz]ation|movement|militia|faction)\s+(?:(?:had|has|have|also|then|later|first|reportedly|allegedly|again)\s+){0,2}$/i;

// "the group" with no name set after it ("the group X", "the group (ABC)", "the group, X,")
// (no i flag: with it, \p{Lu} matches lower case too)
const BARE_GROUP =
  /\b[Tt]he\s+(?:(?:militant|jihadist|armed|extremist|insurgent|terrorist|rebel|banned|Islamist|separatist)\s+)?group\b(?!['’-])(?!\s*(?:\(|,\s*\p{Lu}|\p{Lu}))/u;

// kinds of organisation that bear arms or may (a party is one when it is banned and armed, "the
// outlawed Communist Party of India (Maoist)"); events.ts's group anaphora reads them here too
const ARMED = /militant|armed|insurg|terror|rebel|separatist|guerrilla|jihad|political party/i;

/** Whether the mention `mi` stands after a bare "the group" in its own sentence (see above). */
export function afterAnaphor(doc: Annotated, mi: number): boolean {
  const m = doc.mentions[mi];
  const s = doc.seg.sentences[m.sentence];
  return BARE_GROUP.test(doc.text.slice(s.start, m.start));
}

/** The armed group named last before offset `before` (within 1,000 characters), past `afterAnaphor` ones; or -1. */
export function groupNamedBefore(doc: Annotated, before: number): number {
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const m = doc.mentions[i];
    if (m.start >= before) continue;
    if (m.end < before - 1000) break;
    const e = doc.mentionEntity[i];
    if (e < 0 || doc.entities[e].type !== 'organization') continue;
    const x = doc.entities[e];
    if (ARMED.test(orgKind(x.surfaces, x.kind) ?? '') && !afterAnaphor(doc, i)) return e;
  }
  return -1;
}

/** Gives an attack or killing told as "… after the group VERBed" the group named before (see above). */
export function groupOfTimeClause(doc: Annotated, events: EventDraft[]): void {
  for (const v of events) {
    if (v.type !== 'attack' && v.type !== 'killing') continue;
    const t = triggerToken(doc, v);
    if (t < 0 || uposOf(doc, t) !== 'VERB') continue;
    const s = doc.seg.sentences[v.sentence];
    const at = doc.seg.tokens.start[t];
    const head = doc.text.slice(Math.max(s.start, at - 90), at);
    const m = GROUP_CLAUSE.exec(head);
    if (!m) continue;
    // (with no armed group named before, who did it is unknown: not the name of the other clause)
    const g = groupNamedBefore(doc, at - head.length + m.index);
    const others = v.participants.filter((p) => p.role !== 'agent' && p.entity !== g);
    v.participants = g < 0 ? others : [{ role: 'agent', entity: g }, ...others];
  }
}
