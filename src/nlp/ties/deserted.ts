import type { Annotated } from '../annotated.js';
import type { RelationDraft } from '../relations.js';
import { children, headOf, lemmaOf, mentionAt, personAt, relOf, subtreeSpan, uposOf } from '../syntax.js';

// "X, a G commander, deserted" (ties27): who deserts or defects with no "from" leaves the group
// the same sentence makes them a member or leader of; not the group a "to" phrase names as the
// side joined ("X defected to H": H is joined, not left).

/** verbs of leaving one's own side */
const DESERT = new Set(['desert', 'defect']);

/**
 * Adds split_from(X, G) for each person X who deserts or defects in sentence `si` (named in the
 * verb's subject, or in that of the verb it is joined to) with no "from" phrase and no object, when
 * this sentence's ties make X a member or leader of G. `out` holds the ties read so far, this
 * sentence's last.
 */
export function desertedFrom(doc: Annotated, si: number, out: RelationDraft[], seen: Set<string>): void {
  // (this sentence's member and leader ties are the last read: nothing to do without one)
  const here: RelationDraft[] = [];
  for (let i = out.length - 1; i >= 0 && out[i].sentence === si; i--)
    if ((out[i].type === 'member_of' || out[i].type === 'leader_of') && !out[i].negated) here.push(out[i]);
  if (!here.length) return;
  const s = doc.seg.sentences[si];
  let verbs: number[] | undefined;
  for (let t = s.tFirst; t < s.tLast; t++)
    if (DESERT.has(lemmaOf(doc, t)) && uposOf(doc, t) === 'VERB') (verbs ??= []).push(t);
  if (!verbs) return;
  for (const v of verbs) {
    const kids = children(doc, v);
    // ("defected from H" is read by the patterns; "deserted the army" names what is left)
    if (kids.some((k) => relOf(doc, k) === 'obj' || (relOf(doc, k) === 'obl' && fromPhrase(doc, k))))
      continue;
    let subj = kids.filter((k) => /^nsubj/.test(relOf(doc, k)));
    if (!subj.length && relOf(doc, v) === 'conj' && headOf(doc, v) >= 0)
      subj = children(doc, headOf(doc, v)).filter((k) => /^nsubj/.test(relOf(doc, k)));
    // the people named in the subject ("the commander of G, X," however the parser hung X)
    const people = new Set<number>();
    for (const k of subj) {
      const span = subtreeSpan(doc, k);
      for (let t = span.tFirst; t < span.tLast && t < v; t++) {
        const x = personAt(doc, t);
        if (x >= 0) people.add(x);
      }
    }
    // (no subject parsed: the name set off by commas right before the verb)
    if (
      !subj.length &&
      v - 2 >= s.tFirst &&
      doc.text.slice(doc.seg.tokens.start[v - 1], doc.seg.tokens.end[v - 1]) === ','
    ) {
      const x = personAt(doc, v - 2);
      if (x >= 0) people.add(x);
    }
    // ("defected to H": H is the side joined, not the one left)
    const joined = new Set<number>();
    for (const k of kids) {
      if (!/^obl/.test(relOf(doc, k)) || !children(doc, k).some((c) => lemmaOf(doc, c) === 'to')) continue;
      const span = subtreeSpan(doc, k);
      for (let t = span.tFirst; t < span.tLast; t++) {
        const mi = mentionAt(doc, t);
        if (mi >= 0 && doc.mentionEntity[mi] >= 0) joined.add(doc.mentionEntity[mi]);
      }
    }
    for (const x of people) {
      for (const r of here) {
        if (r.subject !== x || joined.has(r.object)) continue;
        if (doc.entities[r.object].type !== 'organization') continue;
        const key = `split_from:${x}:${r.object}:0`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ ...r, type: 'split_from', cue: 'split_from/deserted' });
      }
    }
  }
}

/** an oblique opened by "from" */
function fromPhrase(doc: Annotated, k: number): boolean {
  return children(doc, k).some((c) => relOf(doc, c) === 'case' && lemmaOf(doc, c) === 'from');
}
