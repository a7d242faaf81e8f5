/**
 * Who designated whom (events22), where the words do not put the two in the trigger's own
 * subject and object:
 *
 * - a relative clause: "G, a militia that Canada banned in 2019", "X, a preacher whom the United
 *   States designated a global terrorist", "G, which the EU listed …": the name the clause follows
 *   is the one banned, the clause's own subject the one who banned it (never the name before);
 * - a passive: "G, founded by X in 1998, was banned by A in 2004": the subject is the one
 *   banned, not a name in a phrase set aside between commas; "and by Pakistan in 2002" is a second
 *   designation, by the second state, on its own day; "has been outlawed in Russia since 2015":
 *   with no "by", the country it is outlawed in did it.
 */

import type { Annotated } from './annotated.js';
import { mentionsBySentence } from './annotated.js';
import { findDates } from './dates.js';
import { triggerToken } from './event-act-subject.js';
import type { EventDraft } from './events.js';

// ", a militia that ", ", which ", ", a preacher whom the United States ": the clause up to the verb
// (group 1: the words between the pronoun and the verb, its subject and auxiliaries)
const RELATIVE =
  /,\s*(?:(?:an?|the|another)\s+(?:[\w'’-]+\s+){0,4}?)?(?:which|that|whom)\s+([^,;()"“”]{0,60}?)\s*$/i;
// the clause's words after its subject: "has", "had also", "was", "is also"
const PASSIVE_TAIL =
  /(?:^|\s)(?:was|were|is|are|been|be|being)(?:\s+(?:also|later|formally|officially|since))?$/i;
// "was banned", "has also been proscribed", "were formally designated"
const PASSIVE_BEFORE =
  /\b(?:was|were|is|are|been|being)\s+(?:(?:also|later|formally|officially|subsequently|then)\s+)?$/i;
// what may stand between the subject's name and its auxiliary: an acronym, "has", "had"
const SUBJECT_GAP = /^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:has|have|had)\s+)?$/i;
// ", founded by X in 2000 and based in Y, ": a phrase set aside before the auxiliary
const ASIDE_END = /,[^,;]{1,120},\s*(?:(?:has|have|had)\s+)?$/;
// "in Russia", "in the UK" right after a passive trigger (with "also", "since 2015" allowed before)
const IN_STATE = /^\s+(?:(?:also|formally|officially)\s+)?in\s+(?:the\s+)?$/i;
// "by the EU", "by Britain": the doer right after a passive trigger
// ("designated a terrorist group by the EU": past the label)
const BY =
  /^\s+(?:(?:as\s+)?(?:an?|the)\s+[^,;]{0,50}?\s+)?(?:(?:also|formally|officially)\s+)?by\s+(?:the\s+)?$/i;
// "… since 2001 and ": a verb joined by "and" that shares the subject of the one before
const SHARED_SUBJECT = /\band\s+(?:(?:has|have|had)\s+)?$/i;
// the words that may open a sentence before its subject's name
const leadLength = (head: string) => /^(?:the\s+)?/i.exec(head)?.[0].length ?? 0;
// "… and by Pakistan", "…, and later by the EU": a second doer of a passive designation
const AND_BY = /\band\s+(?:(?:later|then|also)\s+)?by\s+(?:the\s+)?$/i;

type Kind = 'doer' | 'named' | 'other';

function kindOf(doc: Annotated, mi: number): Kind {
  const e = doc.entities[doc.mentionEntity[mi]];
  if (!e) return 'other';
  if (e.type === 'organization' || e.type === 'person') return 'named';
  if (e.type === 'place' && e.kind === 'country') return 'doer';
  return 'other';
}

const entOf = (doc: Annotated, mi: number) => doc.mentionEntity[mi];

function setPatient(v: EventDraft, e: number): void {
  v.participants = v.participants.filter((p) => p.entity !== e && p.role !== 'patient');
  v.participants.push({ role: 'patient', entity: e });
}

function setAgent(v: EventDraft, e: number): void {
  v.participants = v.participants.filter((p) => p.entity !== e && p.role !== 'agent');
  v.participants.unshift({ role: 'agent', entity: e });
}

/** The name a stretch of words ends on (an organisation or person), or -1. */
function nameEndingAt(doc: Annotated, ms: number[], end: number, gap: RegExp): number {
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = doc.mentions[ms[i]];
    if (m.end > end) continue;
    if (!gap.test(doc.text.slice(m.end, end))) return -1;
    return kindOf(doc, ms[i]) === 'named' ? ms[i] : -1;
  }
  return -1;
}

/** Drops the patients named only before `pos` (none after the trigger at `at`). */
function dropPatientsBefore(doc: Annotated, v: EventDraft, ms: number[], pos: number, at: number): void {
  const named = (e: number, ok: (mi: number) => boolean) =>
    ms.some((mi) => doc.mentionEntity[mi] === e && ok(mi));
  v.participants = v.participants.filter(
    (p) =>
      p.role !== 'patient' ||
      !named(p.entity, (mi) => doc.mentions[mi].end <= pos) ||
      named(p.entity, (mi) => doc.mentions[mi].start >= at),
  );
}

/** "G, a militia that Canada banned": G is banned, Canada banned it. Whether the clause was one. */
function relativeParties(
  doc: Annotated,
  v: EventDraft,
  ms: number[],
  from: number,
  at: number,
  end: number,
): boolean {
  const headStart = Math.max(from, at - 140);
  const head = doc.text.slice(headStart, at);
  const r = RELATIVE.exec(head);
  if (!r) return false;
  const comma = headStart + r.index;
  const banned = nameEndingAt(doc, ms, comma, /^\s*(?:\([^()]{1,20}\)\s*)?$/);
  if (banned < 0) {
    // (a clause on an unnamed noun, "sent a video to a network that is also proscribed": nobody
    // named before it was banned)
    dropPatientsBefore(doc, v, ms, comma, at);
    return false;
  }
  setPatient(v, entOf(doc, banned));
  const inner = r[1];
  if (PASSIVE_TAIL.test(inner)) {
    // ("G, a network proscribed in Britain as well": the state it is proscribed in)
    const state = ms.find(
      (mi) =>
        doc.mentions[mi].start >= end &&
        kindOf(doc, mi) === 'doer' &&
        IN_STATE.test(doc.text.slice(end, doc.mentions[mi].start)),
    );
    if (state !== undefined && !v.participants.some((p) => p.role === 'agent'))
      setAgent(v, entOf(doc, state));
    return true;
  }
  // the clause's own subject: the last doer named between the pronoun and the verb
  const clauseStart = at - inner.length;
  const doer = ms.findLast(
    (mi) =>
      doc.mentions[mi].start >= clauseStart && doc.mentions[mi].end <= at && kindOf(doc, mi) !== 'other',
  );
  if (doer !== undefined) setAgent(v, entOf(doc, doer));
  else v.participants = v.participants.filter((p) => p.role !== 'agent' || p.entity !== entOf(doc, banned));
  return true;
}

/** "G, founded by X, was banned by A in 2001 and by B in 2002": G is banned; B's ban is another. */
function passiveParties(
  doc: Annotated,
  v: EventDraft,
  ms: number[],
  s: { start: number; end: number },
  at: number,
  end: number,
): EventDraft | null {
  const head = doc.text.slice(s.start, at);
  const aux = PASSIVE_BEFORE.exec(head);
  if (!aux) return null;
  // the subject: the name right before the auxiliary, past one phrase set aside between commas
  const auxAt = s.start + aux.index;
  let banned = nameEndingAt(doc, ms, auxAt, SUBJECT_GAP);
  const aside = banned < 0 ? ASIDE_END.exec(doc.text.slice(s.start, auxAt)) : null;
  if (aside) banned = nameEndingAt(doc, ms, s.start + aside.index, SUBJECT_GAP);
  // ("ran a militia that is also banned in X": a clause on an unnamed noun bans nobody named before)
  if (banned < 0 && /\b(?:that|which)\s+$/i.test(head.slice(0, aux.index)))
    dropPatientsBefore(doc, v, ms, auxAt, at);
  // "G has been outlawed in A since 2001 and was designated … by B": the subject of the first verb
  if (banned < 0 && SHARED_SUBJECT.test(head.slice(0, aux.index))) {
    const first = ms.find((mi) => doc.mentions[mi].start < auxAt);
    if (first !== undefined && doc.mentions[first].start === s.start + leadLength(head)) {
      if (kindOf(doc, first) === 'named') banned = first;
    }
  }
  if (banned < 0) return null;
  setPatient(v, entOf(doc, banned));
  // the verb's own stretch: up to another verb joined to it ("… and was designated …")
  const stop = doc.text
    .slice(end, s.end)
    .search(/[;]|,\s*(?:which|who|where|when)\b|\b(?:and|but)\s+(?:was|were|is|are|has|have|had)\b/);
  const until = stop < 0 ? s.end : end + stop;
  const after = ms.filter((mi) => doc.mentions[mi].start >= end && doc.mentions[mi].end <= until);
  // the doer is the "by X" of its own stretch, else the state it is outlawed "in"
  const byWhom = after.find(
    (mi) => kindOf(doc, mi) !== 'other' && BY.test(doc.text.slice(end, doc.mentions[mi].start)),
  );
  const state = after.find(
    (mi) => kindOf(doc, mi) === 'doer' && IN_STATE.test(doc.text.slice(end, doc.mentions[mi].start)),
  );
  const doer = byWhom ?? state;
  if (doer !== undefined) setAgent(v, entOf(doc, doer));
  else v.participants = v.participants.filter((p) => p.role !== 'agent');
  // "… and by Pakistan in 2002": the second doer's own designation
  const second = after.find(
    (mi) =>
      doc.mentions[mi].end <= until &&
      kindOf(doc, mi) !== 'other' &&
      AND_BY.test(doc.text.slice(Math.max(end, doc.mentions[mi].start - 30), doc.mentions[mi].start)),
  );
  if (second === undefined) return null;
  const e2 = entOf(doc, second);
  if (v.participants.some((p) => p.entity === e2)) return null;
  const m2 = doc.mentions[second];
  const next = after.find((mi) => doc.mentions[mi].start > m2.end);
  const dates = findDates(doc.text, doc.published, {
    start: m2.end,
    end: Math.min(until, next === undefined ? until : doc.mentions[next].start),
  });
  const d = dates[0];
  return {
    type: 'designation',
    sentence: v.sentence,
    date: d ? { text: d.text, value: d.value } : null,
    place: -1,
    participants: [
      { role: 'agent', entity: e2 },
      { role: 'patient', entity: entOf(doc, banned) },
    ],
    trigger: v.trigger,
  };
}

// "It banned G", "It has also designated G": a pronoun opening the sentence as the subject
const IT_BEFORE = /^(?:it|they)\s+(?:(?:has|have|had|also|later|then|formally)\s+){0,2}$/i;
// "designated it and …", "banned them in 2019": a pronoun as the object
const IT_AFTER = /^\s+(?:it|them)\b/i;

/**
 * "A banned G in 2024, and B designated it in 2025": the pronoun object is whom the designation
 * told just before banned (this sentence or the two before). "X has long … It banned G": the
 * pronoun subject opening the sentence is the state or body the sentence before opens with.
 */
function pronounParties(
  doc: Annotated,
  v: EventDraft,
  events: EventDraft[],
  by: number[][],
  s: { start: number },
  at: number,
  end: number,
): void {
  if (!v.participants.some((p) => p.role === 'patient') && IT_AFTER.test(doc.text.slice(end, end + 8))) {
    const before = events.findLast(
      (o) =>
        o !== v &&
        o.type === 'designation' &&
        o.sentence <= v.sentence &&
        o.sentence >= v.sentence - 2 &&
        events.indexOf(o) < events.indexOf(v),
    );
    for (const p of before?.participants ?? [])
      if (p.role === 'patient' && !v.participants.some((q) => q.entity === p.entity))
        v.participants.push({ role: 'patient', entity: p.entity });
  }
  if (
    !v.participants.some((p) => p.role === 'agent') &&
    v.sentence > 0 &&
    IT_BEFORE.test(doc.text.slice(s.start, at))
  ) {
    const prev = doc.seg.sentences[v.sentence - 1];
    const first = (by[v.sentence - 1] ?? [])[0];
    if (first === undefined) return;
    const m = doc.mentions[first];
    const e = doc.mentionEntity[first];
    if (!/^(?:the\s+)?$/i.test(doc.text.slice(prev.start, m.start))) return;
    const x = doc.entities[e];
    if (!x || v.participants.some((p) => p.entity === e)) return;
    if (x.type === 'organization' || (x.type === 'place' && x.kind === 'country'))
      v.participants.unshift({ role: 'agent', entity: e });
  }
}

// "… and its suicide wing, the ", "… and its leader, ": a conjunct named by its apposition
const AND_ITS =
  /^\s*(?:\([^()]{1,20}\)\s*)?,?\s+and\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}[\w-]+,\s+(?:the\s+)?$/i;

// what joins two names of a list: ", ", " and ", ", and " (an acronym in brackets may follow a name)
const LIST_GAP = /^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/i;

/**
 * "sanctioned A, B and C", "designated G and H as …", "designated G and its armed wing, the H,
 * as …": every name of the list the patient opens is designated.
 */
function listedTogether(doc: Annotated, v: EventDraft, ms: number[], end: number): void {
  const first = ms.findIndex(
    (mi) =>
      doc.mentions[mi].start >= end &&
      v.participants.some((p) => p.role === 'patient' && p.entity === doc.mentionEntity[mi]),
  );
  if (first < 0) return;
  for (let i = first + 1; i < ms.length; i++) {
    const gap = doc.text.slice(doc.mentions[ms[i - 1]].end, doc.mentions[ms[i]].start);
    if (kindOf(doc, ms[i]) !== 'named' || !(LIST_GAP.test(gap) || AND_ITS.test(gap))) return;
    const e = doc.mentionEntity[ms[i]];
    if (!v.participants.some((p) => p.entity === e)) v.participants.push({ role: 'patient', entity: e });
  }
}

/** Sets the parties of designations told in a relative clause or a passive (see the file's head). */
export function designationParties(doc: Annotated, events: EventDraft[]): void {
  let by: number[][] | null = null;
  const added: [EventDraft, EventDraft][] = [];
  for (const v of events) {
    if (v.type !== 'designation') continue;
    const t = triggerToken(doc, v);
    if (t < 0) continue;
    by ??= mentionsBySentence(doc);
    const s = doc.seg.sentences[v.sentence];
    const ms = by[v.sentence] ?? [];
    const at = doc.seg.tokens.start[t];
    if (relativeParties(doc, v, ms, s.start, at, doc.seg.tokens.end[t])) continue;
    const second = passiveParties(doc, v, ms, s, at, doc.seg.tokens.end[t]);
    if (second) added.push([v, second]);
    else pronounParties(doc, v, events, by, s, at, doc.seg.tokens.end[t]);
    listedTogether(doc, v, ms, doc.seg.tokens.end[t]);
  }
  for (const [v, second] of added) events.splice(events.indexOf(v) + 1, 0, second);
  // (a designation left with nobody named, its patient dropped above, tells nothing)
  for (let i = events.length - 1; i >= 0; i--)
    if (events[i].type === 'designation' && !events[i].participants.length) events.splice(i, 1);
}
