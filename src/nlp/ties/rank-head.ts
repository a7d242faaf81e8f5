import { NAME_HONORIFICS, PERSON_TITLES } from '../../knowledge/titles.js';
import type { Annotated } from '../annotated.js';
import { headOf, relOf } from '../syntax.js';

/** a rank, title or honorific written before a name ("Superintendent", "Maj.", "Sheikh") */
function titleWord(doc: Annotated, t: number): boolean {
  const w = doc.text.slice(doc.seg.tokens.start[t], doc.seg.tokens.end[t]).toLowerCase();
  return PERSON_TITLES.has(w) || NAME_HONORIFICS.has(w);
}

/**
 * "The unit's commander, Superintendent X, said …": the parser may make the rank before a
 * person's name the head of the apposition, with the name hung on it (flat or compound). The
 * rank then stands for the person, so that the title noun's apposition reaches the name (only
 * as an apposition: "Mandera County Commissioner X" keeps the place on the rank, not the person).
 * Adds the rank token to `tokenEntity` (sentence tokens `first`…`last`); `nameHead` maps
 * every token of a name to the name's head token.
 */
export function rankHeads(
  doc: Annotated,
  first: number,
  last: number,
  tokenEntity: Map<number, number>,
  nameHead: Map<number, number>,
): void {
  for (const [h, e] of tokenEntity) {
    if (doc.entities[e].type !== 'person') continue;
    const r = headOf(doc, h);
    if (r < first || r >= last || r >= h || tokenEntity.has(r) || relOf(doc, r) !== 'appos') continue;
    const hr = relOf(doc, h);
    if (hr !== 'flat' && hr !== 'compound') continue;
    // (every word from the rank to the name is a title: "Lt. Col. X" with "Lt." the head)
    let k = h;
    while (k > r + 1 && nameHead.get(k - 1) === h) k--;
    let titles = true;
    for (let t = r; t < k && titles; t++) titles = titleWord(doc, t);
    if (titles) tokenEntity.set(r, e);
  }
}
