/**
 * Two acts of one type in one sentence (events9): "G shot dead A in 2019 and killed B in 2022",
 * "police arrested A in X on Monday and detained B in Y on Friday". The trigger reader keeps one
 * event per type per sentence; a second word of the type makes a second event when the parse
 * joins it by "and" to the verb of the first (a conjunct verb of its own, not the first act's
 * auxiliary or participle) and it has an object of its own: another act on another patient.
 * "killed and beheaded X" (one object, shared) stays one event.
 */

import type { EventType } from '../types.js';
import type { Annotated } from './annotated.js';
import type { EventDraft } from './events.js';
import { children, headOf, relIs, relOf, uposOf } from './syntax.js';

const word = (doc: Annotated, t: number) => doc.text.slice(doc.seg.tokens.start[t], doc.seg.tokens.end[t]);

/** Whether the trigger at token `t` tells a second act of `type` in sentence `si` (see above). */
export function secondActOfType(
  doc: Annotated,
  out: EventDraft[],
  si: number,
  type: EventType,
  t: number,
): boolean {
  if (type === 'statement' || t < 0 || !doc.syntax) return false;
  if (uposOf(doc, t) !== 'VERB') return false;
  const kids = children(doc, t);
  if (!kids.some((k) => relOf(doc, k) === 'obj')) return false;
  // ("was arrested and later detained": a passive's conjunct has no object of its own)
  if (
    !ownPronounSubject(doc, t) &&
    kids.some((k) => relIs(relOf(doc, k), 'nsubj') && relOf(doc, k) !== 'nsubj')
  )
    return false;
  // the first act: the event of the type the head verb made in this sentence
  const first = out.findLast((e) => e.sentence === si && e.type === type);
  if (!first) return false;
  // ("G's men overran X one week, and the next week they stormed Y": a first word of the type
  // that named nobody, the parse having lost its verb, leaves the act to the next one, events29)
  if (!first.participants.length && ownPronounSubject(doc, t)) return true;
  // ("G attacked X in March, and in June it attacked Y": the parse often makes the second
  // clause, with its pronoun subject, a parataxis of the first, events29)
  if (!relIs(relOf(doc, t), 'conj') && !(relOf(doc, t) === 'parataxis' && ownPronounSubject(doc, t)))
    return false;
  const h = headOf(doc, t);
  if (h < 0 || uposOf(doc, h) !== 'VERB') return false;
  const w = first.trigger.split(/\s+/)[0]?.toLowerCase();
  return w === word(doc, h).toLowerCase();
}

/**
 * Whether the verb at `t` has "it" or "they" for its own subject (the first clause's doer told
 * again), in the active: the parser sometimes labels such a subject `nsubj:pass` beside an object.
 */
function ownPronounSubject(doc: Annotated, t: number): boolean {
  const kids = children(doc, t);
  if (kids.some((k) => relOf(doc, k) === 'aux:pass')) return false;
  return kids.some((k) => relIs(relOf(doc, k), 'nsubj') && /^(?:it|they)$/i.test(word(doc, k)));
}

/** The token of the word `w` (lower case) in sentence `si`: a conjunct verb of `h` with no subject of its own, or -1. */
function conjunctWord(doc: Annotated, si: number, w: string, h: number): number {
  const sent = doc.seg.sentences[si];
  for (let t = sent.tFirst; t < sent.tLast; t++)
    if (
      headOf(doc, t) === h &&
      uposOf(doc, t) === 'VERB' &&
      word(doc, t).toLowerCase() === w &&
      // ("G killed A and H killed B": a conjunct with its own subject has its own doers; "it" and
      // "they" are the first clause's subject told again, events29)
      ((relIs(relOf(doc, t), 'conj') && !children(doc, t).some((k) => relIs(relOf(doc, k), 'nsubj'))) ||
        ((relIs(relOf(doc, t), 'conj') || relOf(doc, t) === 'parataxis') && ownPronounSubject(doc, t)))
    )
      return t;
  return -1;
}

/**
 * The second act of a pair (above) shares the first one's subject: its doers are the first act's
 * agents, and neither the first act's patients nor anyone before its verb is its agent ("G shot
 * A and killed B": G killed B, A did not). Run once per sentence, after the trigger reader.
 */
export function shareFirstActsDoers(doc: Annotated, out: EventDraft[], si: number): void {
  let i0 = out.length;
  while (i0 > 0 && out[i0 - 1].sentence === si) i0--;
  if (out.length - i0 < 2 || !doc.syntax) return;
  const sent = doc.seg.sentences[si];
  for (let i = i0; i < out.length; i++) {
    const first = out[i];
    // (statements are made one per date by the trigger reader itself)
    if (first.type === 'statement') continue;
    const w0 = first.trigger.split(/\s+/)[0]?.toLowerCase();
    let h = -1;
    for (let t = sent.tFirst; t < sent.tLast && h < 0; t++) if (word(doc, t).toLowerCase() === w0) h = t;
    if (h < 0) continue;
    for (let j = i + 1; j < out.length; j++) {
      const v = out[j];
      if (v.type !== first.type) continue;
      const w = v.trigger.split(/\s+/)[0]?.toLowerCase() ?? '';
      if (conjunctWord(doc, si, w, h) < 0) continue;
      const doers = first.participants.filter((p) => p.role === 'agent');
      const firsts = new Set(first.participants.map((p) => p.entity));
      const kept = v.participants.filter((p) => p.role !== 'agent' && !firsts.has(p.entity));
      v.participants = [...doers.map((p) => ({ role: p.role, entity: p.entity })), ...kept];
    }
  }
}
