/**
 * "It is not known if the men killed on Tuesday fought for G", "the fighters killed in
 * the raid belonged to H" (events20): a killing verb that is a reduced relative clause on a
 * definite noun of people names the dead of a killing told before, not a new one; the clause
 * around it (for whom they fought) names no one it befell. Read from the parse (`acl` on the
 * noun), or on the words where the parser takes the noun for the verb's subject: "the <people>
 * killed" with no auxiliary and no object, a preposition right after. Only after a killing told
 * in an earlier sentence.
 */

import type { Annotated } from './annotated.js';
import type { EventDraft } from './events.js';
import { children, headOf, lemmaOf, relOf, uposOf } from './syntax.js';

const DEFINITE = new Set(['the', 'those', 'these']);
const PEOPLE =
  /^(?:men|women|people|fighters|militants|gunmen|soldiers|civilians|victims|suspects|attackers|assailants|insurgents|rebels|policemen|officers|troops|members|villagers|three|two|four|five)$/i;

const word = (doc: Annotated, t: number) => doc.text.slice(doc.seg.tokens.start[t], doc.seg.tokens.end[t]);

/** Whether the killing `v` is "the men killed …" told after another killing. */
export function deadOfAKillingTold(doc: Annotated, v: EventDraft, events: EventDraft[]): boolean {
  if (v.type !== 'killing' || !doc.syntax || !/^(?:killed|slain)$/i.test(v.trigger)) return false;
  if (!events.some((o) => o.type === 'killing' && o.sentence < v.sentence)) return false;
  const sent = doc.seg.sentences[v.sentence];
  let t = -1;
  for (let k = sent.tFirst; k < sent.tLast; k++)
    if (word(doc, k).toLowerCase() === v.trigger.toLowerCase()) t = k;
  if (t < 0) return false;
  // the word before (spaces skipped): a plural noun of people with "the/those" before it
  let n = t - 1;
  while (n > sent.tFirst && !word(doc, n).trim()) n--;
  let d = n - 1;
  while (d > sent.tFirst && !word(doc, d).trim()) d--;
  if (n <= sent.tFirst || !PEOPLE.test(word(doc, n)) || !DEFINITE.has(lemmaOf(doc, d))) return false;
  if (headOf(doc, t) === n && relOf(doc, t) === 'acl') return true;
  // (the parser's slip: "the fighters" as the subject of "killed in the raid")
  if (children(doc, t).some((k) => /^(?:obj|aux)/.test(relOf(doc, k)))) return false;
  let a = t + 1;
  while (a < sent.tLast && !word(doc, a).trim()) a++;
  return a < sent.tLast && uposOf(doc, a) === 'ADP' && /^(?:in|on|during|at|near)$/i.test(word(doc, a));
}
