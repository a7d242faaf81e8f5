import type { Annotated } from '../annotated.js';
import { children, headOf, lemmaOf, relOf, uposOf } from '../syntax.js';

/** words that open a clause of time or manner whose verb has no subject of its own */
const SUBORDINATOR = new Set([
  'after',
  'before',
  'while',
  'since',
  'upon',
  'on',
  'without',
  'by',
  'when',
  'until',
]);

/**
 * The entity of the clause's subject that a subordinate clause without a subject of its own
 * ("… after pledging allegiance to B", "… while recruiting fighters for B") takes as its doer,
 * when that clause lies between two names A and B (character offsets `aEnd`, `bStart`) and holds
 * B: "X was expelled from A in 2019 after pledging allegiance to B" is X's pledge, not A's.
 * -1 when there is no such clause, or its main verb's subject names none of `slots`.
 * `first`, `last`: the sentence's tokens.
 */
export function clauseController(
  doc: Annotated,
  first: number,
  last: number,
  slots: readonly { entity: number; start: number; end: number }[],
  aStart: number,
  aEnd: number,
  bStart: number,
): number {
  if (!doc.syntax) return -1;
  const ts = doc.seg.tokens;
  const tokenAt = (c: number): number => {
    for (let t = first; t < last; t++) if (ts.start[t] >= c) return t;
    return -1;
  };
  const a = tokenAt(aStart);
  const b = tokenAt(bStart);
  if (a < 0 || b < 0) return -1;
  const under = (t: number, g: number): boolean => {
    let up = t;
    for (let n = 0; n < 12 && up >= 0 && up !== g; n++) up = headOf(doc, up);
    return up === g;
  };
  for (let g = first; g < last; g++) {
    if (ts.end[g] > bStart) break;
    if (uposOf(doc, g) !== 'VERB' || relOf(doc, g) !== 'advcl') continue;
    if (!/ing$/i.test(doc.text.slice(ts.start[g], ts.end[g]))) continue;
    const kids = children(doc, g);
    if (kids.some((k) => /^(?:nsubj|expl)/.test(relOf(doc, k)))) continue;
    if (!kids.some((k) => k < g && relOf(doc, k) === 'mark' && SUBORDINATOR.has(lemmaOf(doc, k)))) continue;
    // the clause holds B and not A ("X was expelled from A after pledging allegiance to B"), or
    // A and not B ("X, after splitting from A, pledged allegiance to B")
    const inA = under(a, g);
    const inB = under(b, g);
    if (inA === inB) continue;
    if (!inA && ts.start[g] < aEnd) continue;
    let h = headOf(doc, g);
    // (hung on a date or a noun of the verb's phrase: "expelled from A in 2015 after pledging …")
    for (let n = 0; n < 3 && h >= 0 && !/^(?:VERB|AUX|PROPN)$/.test(uposOf(doc, h) ?? ''); n++)
      if (/^(?:obl|nmod)/.test(relOf(doc, h))) h = headOf(doc, h);
      else break;
    if (h < 0) return -1;
    // (the parser may hang the clause on the subject's name itself: "G, after splitting from A, …")
    const named = slots.find((s) => s.start <= ts.start[h] && ts.end[h] <= s.end);
    if (named && uposOf(doc, h) !== 'VERB') return named.entity;
    for (const k of children(doc, h)) {
      if (!/^nsubj/.test(relOf(doc, k)) || under(k, g)) continue;
      const x = slots.find((s) => s.start <= ts.start[k] && ts.end[k] <= s.end);
      return x ? x.entity : -1;
    }
    return -1;
  }
  return -1;
}
