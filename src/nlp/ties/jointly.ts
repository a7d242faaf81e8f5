import type { Annotated } from '../annotated.js';
import { lemmaOf, relOf } from '../syntax.js';

/**
 * Whether verb `v` says its doers act together: an adverb of `words` on it ("A and B jointly
 * attacked P", "A, together with B, raided P"), or an adjective of `words` on its object ("A
 * and B launched a joint offensive"). `ch` gives a token's dependents.
 */
export function actsJointly(
  doc: Annotated,
  v: number,
  ch: (t: number) => readonly number[],
  words: readonly string[],
): boolean {
  for (const k of ch(v)) {
    const r = relOf(doc, k);
    if (r === 'advmod' && words.includes(lemmaOf(doc, k))) return true;
    if (r === 'obj')
      for (const m of ch(k)) if (relOf(doc, m) === 'amod' && words.includes(lemmaOf(doc, m))) return true;
  }
  return false;
}
