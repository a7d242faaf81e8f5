import type { Annotated } from '../annotated.js';
import { lemmaOf, relOf, uposOf } from '../syntax.js';

/** verbs that give a part of a group its own name without "as": "called X", "calling itself X" */
const CALL = new Set(['call', 'name', 'dub']);

/**
 * The head of the name a title's part takes on the tokens (none or one): "a faction of G calling
 * itself H", "a wing of G called H", "a unit of G named H" (parsers hang the name on the verb
 * after it, or make the naming verb the sentence's). The title must be followed by "of" and a
 * name; the name after the naming verb holds the title.
 */
export function calledOnTokens(
  doc: Annotated,
  t: number,
  last: number,
  nameHead: Map<number, number>,
): number[] {
  let k = t + 1;
  if (lemmaOf(doc, k) !== 'of') return [];
  k++;
  if (uposOf(doc, k) === 'DET') k++;
  const owner = nameHead.get(k);
  if (owner === undefined) return [];
  while (k + 1 < last && nameHead.get(k + 1) === owner) k++;
  k++;
  if (!CALL.has(lemmaOf(doc, k))) return [];
  k++;
  if (/^(?:itself|themselves)$/.test(lemmaOf(doc, k))) k++;
  if (uposOf(doc, k) === 'DET') k++;
  const h = nameHead.get(k);
  return h !== undefined && h !== owner ? [h] : [];
}

/**
 * Whether noun `n` is one of a slot's `nouns` ('defector', or 'former member': the lemma with
 * that modifier on it, "former members of G"); `ch` gives a token's dependents.
 */
export function nounFits(
  doc: Annotated,
  n: number,
  nouns: readonly string[],
  ch: (t: number) => readonly number[],
): boolean {
  const l = lemmaOf(doc, n);
  for (const x of nouns) {
    if (x === l) return true;
    const sp = x.indexOf(' ');
    if (sp > 0 && x.slice(sp + 1) === l) {
      const mod = x.slice(0, sp);
      if (ch(n).some((k) => relOf(doc, k) === 'amod' && lemmaOf(doc, k) === mod)) return true;
    }
  }
  return false;
}
