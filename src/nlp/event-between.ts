/**
 * "fighting between A and B" (events10): the sides of a fight told as a noun are named inside its
 * "between" phrase. A name after a verb ("clashes between the two factions have killed 300 people
 * since X was arrested") is in another clause and is no side.
 */

import type { Annotated } from './annotated.js';
import { uposOf } from './syntax.js';

/** A verb or auxiliary (by the parse) in sentence `si`, from offset `from` up to offset `to`. */
export function verbBetween(doc: Annotated, si: number, from: number, to: number): boolean {
  if (!doc.syntax) return false;
  const { start } = doc.seg.tokens;
  const sent = doc.seg.sentences[si];
  for (let t = sent.tFirst; t < sent.tLast && start[t] < to; t++) {
    if (start[t] < from) continue;
    const u = uposOf(doc, t);
    if (u === 'VERB' || u === 'AUX') return true;
  }
  return false;
}
