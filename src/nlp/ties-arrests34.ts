import type { Annotated } from './annotated.js';
import type { EventDraft } from './events.js';
import type { RelationDraft } from './relations.js';
import {
  children,
  conjuncts,
  dependents,
  headOf,
  lemmaOf,
  mentionAt,
  mentionHead,
  relIs,
  relOf,
  uposOf,
} from './syntax.js';
import { BODY_OF, bodyPeople } from './ties-arrests30.js';

// An arrest that takes a pronoun whose person the same sentence names before it (issue #10,
// arrests34): "F found X in a hotel and arrested him", "X fled to P, where F detained him", "F
// tracked X for months before arresting him", "A and B hid in P until F arrested them". The
// arrest's object (or its passive subject: "…, and he was detained by F") is the person, and a
// person the event stage read as the arrest's doer because the name stood right before the verb
// is no doer: the doer is the subject of the verb the arrest's clause hangs on.

/** personal pronouns of people, by their number: 1 one person, 2 two or more */
const PRONOUN = new Map<string, 1 | 2>([
  ['him', 1],
  ['her', 1],
  ['he', 1],
  ['she', 1],
  ['them', 2],
  ['they', 2],
]);

/** the pronouns that own an arrest's noun, by number ("his arrest", "their detention") */
const OWNER = new Map<string, 1 | 2>([
  ['his', 1],
  ['her', 1],
  ['their', 2],
]);

/** how many heads up from the arrest's verb its doer may be the subject of ("and arrested him",
 * "before arresting him", a phrase the parser set between); never past a reported clause */
const UP_REACH = 4;

/** the verbs of reporting: the person who reports is not the one the pronoun stands for */
const SPEAKS = new Set(['say', 'tell', 'announce', 'state', 'report', 'confirm', 'add']);

/**
 * The people a pronoun taken by the arrest `v` stands for, named before it in the same sentence
 * (none when the sentence names none, or, for a singular pronoun, two people or more): its
 * object or passive subject; a person who only reports (the subject of "said"), or whom a tie makes
 * one of the arresting body's own, is none of them. The trigger's verb is the first token at or
 * after the trigger's words.
 */
export function arrestedPronounHere(
  doc: Annotated,
  by: readonly number[][],
  v: EventDraft,
  ties: readonly RelationDraft[],
): number[] {
  const verb = triggerVerb(doc, v);
  if (verb < 0) return [];
  let n: 1 | 2 | undefined;
  let pro = -1;
  // (arrests38: the owner of the arrest's noun, "X was jailed after his arrest by F", "X says their
  // detention by F was unlawful": the one who owns it was taken, the one who speaks too)
  const noun = uposOf(doc, verb) === 'NOUN';
  for (const k of dependents(doc, verb, ...(noun ? ['nmod:poss'] : ['obj', 'nsubj:pass']))) {
    n = (noun ? OWNER : PRONOUN).get(lemmaOf(doc, k)) ?? (noun ? OWNER : PRONOUN).get(wordOf(doc, k));
    // ("her" owning a noun, "her brother", is no object of its own)
    if (n && !children(doc, k).length) {
      pro = k;
      break;
    }
    n = undefined;
  }
  if (!n || pro < 0) return [];
  const at = doc.seg.tokens.start[pro];
  const own = new Set<number>();
  for (const p of v.participants) if (p.role === 'agent') own.add(p.entity);
  const people: number[] = [];
  const heads: number[] = [];
  for (const mi of by[v.sentence]) {
    const m = doc.mentions[mi];
    if (m.start >= at) break;
    const e = doc.mentionEntity[mi];
    if (e < 0 || doc.entities[e].type !== 'person' || people.includes(e)) continue;
    const h = mentionHead(doc, mi);
    // (who reports it: "X said police had arrested him" is another's arrest)
    if (!noun && h >= 0 && relIs(relOf(doc, h), 'nsubj') && SPEAKS.has(lemmaOf(doc, headOf(doc, h))))
      continue;
    // (one of the arresting body's own: its spokesman, its commander)
    if (
      ties.some(
        (r) => r.subject === e && !r.negated && OWN.has(r.type) && !own.has(e) && isBody(doc, r.object),
      )
    )
      continue;
    people.push(e);
    heads.push(h);
  }
  if (n === 1) return people.length === 1 ? people : [];
  if (people.length < 2) return [];
  // (the one list of names: each a conjunct of the first on the parse)
  const list = new Set(heads[0] >= 0 ? conjuncts(doc, heads[0]) : []);
  return heads.every((h) => list.has(h)) ? people : [];
}

/** ties that make a person one of a body's own */
const OWN = new Set(['member_of', 'leader_of', 'spokesperson_of']);

const isBody = (doc: Annotated, e: number): boolean => doc.entities[e].type === 'organization';

/**
 * The organisation that is the active subject of the verb the arrest's clause hangs on (through
 * "and", "before …ing", ", where …"), for an arrest whose doer the event stage read as one of the
 * people it takes: "F found X in a hotel and arrested him" (F). -1 when none.
 */
export function governingDoer(doc: Annotated, v: EventDraft): number {
  let t = triggerVerb(doc, v);
  for (let hops = 0; t >= 0 && hops < UP_REACH; hops++) {
    for (const k of dependents(doc, t, 'nsubj')) {
      if (relIs(relOf(doc, k), 'nsubj:pass')) continue;
      return bodyAt(doc, k);
    }
    // (up the clauses the arrest hangs on, and past the words of a phrase the parser set
    // between: "found X in a rented flat and arrested him" read with "arrested" on "rented")
    const r = relOf(doc, t);
    if (relIs(r, 'ccomp') || relIs(r, 'csubj')) return -1;
    t = headOf(doc, t);
  }
  return -1;
}

/** the organisation token `k` names, itself or by its people ("F officers", "agents of F"), or -1 */
function bodyAt(doc: Annotated, k: number): number {
  const mi = mentionAt(doc, k);
  const e = mi < 0 ? -1 : doc.mentionEntity[mi];
  if (e >= 0) return doc.entities[e].type === 'organization' ? e : -1;
  if (!bodyPeople(doc, k)) return -1;
  for (const c of children(doc, k)) {
    const r = relOf(doc, c);
    if (
      !relIs(r, 'compound') &&
      !(relIs(r, 'nmod') && children(doc, c).some((x) => BODY_OF.has(lemmaOf(doc, x))))
    )
      continue;
    const mj = mentionAt(doc, c);
    const f = mj < 0 ? -1 : doc.mentionEntity[mj];
    if (f >= 0 && doc.entities[f].type === 'organization') return f;
  }
  return -1;
}

/** the arrest's verb: the first token at or after its trigger's words in its sentence, or -1 */
export function triggerVerb(doc: Annotated, v: EventDraft): number {
  const s = doc.seg.sentences[v.sentence];
  const at = doc.text.slice(s.start, s.end).indexOf(v.trigger);
  if (at < 0) return -1;
  const { start } = doc.seg.tokens;
  for (let t = s.tFirst; t < s.tLast; t++) if (start[t] >= s.start + at) return t;
  return -1;
}

const wordOf = (doc: Annotated, t: number): string =>
  doc.text.slice(doc.seg.tokens.start[t], doc.seg.tokens.end[t]).toLowerCase();

/** how many sentences after an arrest the tie stage names its people (`arrest-named.ts`) */
const NAMED_LATER_REACH = 6;

/**
 * The people the tie stage names as held after arrest `v` ("F arrested a man on Friday. He was
 * identified as X": `arrested-named-later`), for an arrest with an organisation doer: the ties of
 * that doer named in its sentence or up to six after, when `v` is the last arrest by that doer told
 * before the naming.
 */
export function namedLater(
  events: readonly EventDraft[],
  relations: readonly RelationDraft[],
  v: EventDraft,
): number[] {
  const agents = v.participants.filter((p) => p.role === 'agent').map((p) => p.entity);
  if (!agents.length) return [];
  const out: number[] = [];
  for (const r of relations) {
    if (
      r.type !== 'arrested_by' ||
      r.negated ||
      r.cue !== 'arrested-named-later' ||
      !agents.includes(r.object)
    )
      continue;
    if (r.sentence < v.sentence || r.sentence > v.sentence + NAMED_LATER_REACH || out.includes(r.subject))
      continue;
    // (a later arrest by the same body, told before the naming, is the one it names)
    const later = events.some(
      (w) =>
        w !== v &&
        w.type === 'arrest' &&
        w.sentence > v.sentence &&
        w.sentence <= r.sentence &&
        w.participants.some((p) => p.role === 'agent' && p.entity === r.object),
    );
    if (!later) out.push(r.subject);
  }
  return out;
}
