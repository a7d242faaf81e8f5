/**
 * The force that says what its unnamed troops did (events8). "The Kenya Defence Forces said
 * soldiers had killed nine of the militants", "KDF spokesman X said troops killed six rebels",
 * "Its spokesman, X, said soldiers had killed …" (after a sentence the force itself reports):
 * the force that reports it, in its own name or through its spokesman, is the force whose
 * troops they were. Read on the parse: the verb of saying the act's clause hangs on, and that
 * verb's subject. (`forceReporting` in event-doers-next.ts reads the report told after the act:
 * "Troops killed …, the army said".)
 */

import type { Role } from '../types.js';
import type { Annotated } from './annotated.js';
import { orgKind } from './attributes.js';
import { speechLemma } from './speech.js';
import { children, headOf, lemmaOf, relIs, relOf, subtreeSpan, uposOf } from './syntax.js';

const word = (doc: Annotated, t: number) => doc.text.slice(doc.seg.tokens.start[t], doc.seg.tokens.end[t]);

/** Whether an entity is a state's force (a security agency by its name or the gazetteer). */
function securityForce(doc: Annotated, e: number): boolean {
  const x = e >= 0 ? doc.entities[e] : undefined;
  return x?.type === 'organization' && orgKind(x.surfaces, x.kind) === 'security agency';
}

/** The one security force named in the sentence's text from `from` to `to`, or -1 (none, or two). */
function forceNamedIn(doc: Annotated, from: number, to: number): number {
  let found = -1;
  for (let mi = 0; mi < doc.mentions.length; mi++) {
    const m = doc.mentions[mi];
    if (m.start < from || m.end > to) continue;
    const e = doc.mentionEntity[mi];
    if (!securityForce(doc, e) || e === found) continue;
    if (found >= 0) return -1;
    found = e;
  }
  return found;
}

/** The verb of saying whose clause holds the act at `t` ("said soldiers had killed …"), or -1. */
function sayingVerb(doc: Annotated, t: number): number {
  let h = t;
  for (let hops = 0; hops < 3; hops++) {
    const r = relOf(doc, h);
    if (!relIs(r, 'ccomp') && r !== 'conj' && !relIs(r, 'parataxis')) return -1;
    h = headOf(doc, h);
    if (h < 0) return -1;
    if (uposOf(doc, h) === 'VERB' && speechLemma(word(doc, h).toLowerCase())) return h;
  }
  return -1;
}

/**
 * The security force that reports, as the subject of the verb of saying the act at token `t`
 * hangs on, what unnamed troops did: the force itself, the force named in its spokesman's words
 * ("KDF spokesman X"), or, for "its spokesman", the one force named in the sentence before; -1
 * for none.
 */
export function forceSaying(doc: Annotated, si: number, t: number): number {
  if (t < 0 || !doc.syntax) return -1;
  const say = sayingVerb(doc, t);
  if (say < 0) return -1;
  const subj = children(doc, say).find((k) => relOf(doc, k) === 'nsubj');
  if (subj === undefined) return -1;
  const span = subtreeSpan(doc, subj);
  const own = forceNamedIn(doc, span.start, span.end);
  if (own >= 0) return own;
  // "Its spokesman, X, said …": the force the sentence before names
  if (
    si < 1 ||
    !children(doc, subj).some((k) => relIs(relOf(doc, k), 'nmod:poss') && lemmaOf(doc, k) === 'its')
  )
    return -1;
  const prev = doc.seg.sentences[si - 1];
  if (prev.paragraph !== doc.seg.sentences[si].paragraph) return -1;
  return forceNamedIn(doc, prev.start, prev.end);
}

// the words a report uses for a state's armed people it does not name
const FORCE_NOUN = new Set(['troop', 'troops', 'soldier', 'patrol']);

/**
 * The agent of a killing or an attack at trigger token `t` that the trigger stage found nobody
 * for, when its subject is a state's unnamed armed people ("soldiers had killed six of the
 * insurgents") and a force says so ("Its spokesman, X, said …"); -1 otherwise.
 */
function forceDoerSaid(doc: Annotated, si: number, t: number): number {
  if (t < 0 || !doc.syntax || uposOf(doc, t) !== 'VERB') return -1;
  let v = t;
  let subj = children(doc, v).find((k) => relOf(doc, k) === 'nsubj');
  // "clashed with … and killed eleven of them": the subject of the verb it is joined to
  if (subj === undefined && relOf(doc, v) === 'conj') {
    v = headOf(doc, v);
    subj = v >= 0 ? children(doc, v).find((k) => relOf(doc, k) === 'nsubj') : undefined;
  }
  if (subj === undefined || uposOf(doc, subj) !== 'NOUN' || !FORCE_NOUN.has(lemmaOf(doc, subj))) return -1;
  // (nobody named in the doers' own words: "Kenyan soldiers" is read by the nation's adjective)
  const span = subtreeSpan(doc, subj);
  for (let mi = 0; mi < doc.mentions.length; mi++) {
    const m = doc.mentions[mi];
    if (m.start >= span.start && m.end <= span.end) return -1;
  }
  return forceSaying(doc, si, t);
}

/** Adds to an act's (empty) participants the force that says its unnamed troops did it; whether it did. */
export function forceAgent(
  participants: { role: Role; entity: number }[],
  doc: Annotated,
  si: number,
  t: number,
): boolean {
  const f = forceDoerSaid(doc, si, t);
  if (f >= 0) participants.push({ role: 'agent', entity: f });
  return f >= 0;
}
