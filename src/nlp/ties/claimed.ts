import type { Annotated } from '../annotated.js';
import { children, headOf, lemmaOf, relOf } from '../syntax.js';

/** what a claim takes before the act it owns: "claimed responsibility for an attack" */
const CLAIM_NOUN = new Set(['responsibility', 'credit']);
/** verbs of owning an act */
const CLAIM_VERB = new Set(['claim', 'take', 'accept', 'admit']);

/**
 * The verb by which someone owns the act that noun `n` names, or -1: "G claimed the bombing",
 * "G claimed responsibility for the bombing", "G took credit for the raid". Its doer did the act.
 */
export function claimingVerb(doc: Annotated, n: number): number {
  let m = n;
  const h = headOf(doc, n);
  const forAct =
    h >= 0 && children(doc, n).some((k) => relOf(doc, k) === 'case' && lemmaOf(doc, k) === 'for');
  if (forAct && relOf(doc, n) === 'nmod' && CLAIM_NOUN.has(lemmaOf(doc, h))) m = h;
  // (the act's phrase hung on the verb: "took credit | for the raid")
  else if (
    forAct &&
    relOf(doc, n) === 'obl' &&
    CLAIM_VERB.has(lemmaOf(doc, h)) &&
    children(doc, h).some((k) => relOf(doc, k) === 'obj' && CLAIM_NOUN.has(lemmaOf(doc, k)))
  )
    return h;
  const v = headOf(doc, m);
  return v >= 0 && relOf(doc, m) === 'obj' && CLAIM_VERB.has(lemmaOf(doc, v)) ? v : -1;
}
