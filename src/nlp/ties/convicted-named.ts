import type { Annotated } from '../annotated.js';
import { children, lemmaOf, mentionAt, relOf, uposOf, voice } from '../syntax.js';
import type { NamedTie } from './arrest-named.js';

// A court's verdict told twice (ties25): "A court sentenced a member of G to nine years …" with
// the member unnamed, then, in the next sentence, "The court found X guilty of …" / "Judges
// convicted X of …": the one person the second verdict names is that member of G.

/** verbs of a verdict whose object is the one convicted */
const VERDICT = new Set(['sentence', 'convict', 'jail', 'imprison']);
/** nouns for one unnamed person of a group: "a member of G", "a G militant" */
const ONE_OF = new Set(['member', 'militant', 'fighter', 'operative', 'commander', 'recruiter', 'financier']);

/** the organisation entity a token stands for, or -1 */
function orgAt(doc: Annotated, t: number): number {
  const mi = mentionAt(doc, t);
  const e = mi >= 0 ? doc.mentionEntity[mi] : -1;
  return e >= 0 && doc.entities[e].type === 'organization' ? e : -1;
}

/** the person entity a token stands for, or -1 */
function personAt(doc: Annotated, t: number): number {
  const mi = mentionAt(doc, t);
  const e = mi >= 0 ? doc.mentionEntity[mi] : -1;
  return e >= 0 && doc.entities[e].type === 'person' ? e : -1;
}

/** the group "a member of (the militant group) G" names, through one group noun; or -1 */
function groupOf(doc: Annotated, p: number, depth = 0): number {
  for (const k of children(doc, p)) {
    if (!/^(?:nmod|compound|appos|flat|nmod:poss)/.test(relOf(doc, k))) continue;
    const o = orgAt(doc, k);
    if (o >= 0) return o;
    if (depth === 0 && uposOf(doc, k) === 'NOUN') {
      const g = groupOf(doc, k, 1);
      if (g >= 0) return g;
      // (on the tokens, however the parser hung it: the name right after the group noun)
      if (k > p && orgAt(doc, k + 1) >= 0) return orgAt(doc, k + 1);
    }
  }
  return -1;
}

/** the unnamed person a verdict verb at `t` takes ("sentenced a member of G"), or -1 */
function unnamedConvict(doc: Annotated, t: number): number {
  if (!VERDICT.has(lemmaOf(doc, t)) || uposOf(doc, t) !== 'VERB' || voice(doc, t) === 'passive') return -1;
  for (const k of children(doc, t)) {
    if (relOf(doc, k) !== 'obj' || !ONE_OF.has(lemmaOf(doc, k)) || mentionAt(doc, k) >= 0) continue;
    if (!children(doc, k).some((d) => relOf(doc, d) === 'det' && /^(?:a|an)$/.test(lemmaOf(doc, d))))
      continue;
    return groupOf(doc, k);
  }
  return -1;
}

/** the people a verdict in sentence `si` names ("found X guilty", "convicted X of") */
function namedConvicts(doc: Annotated, si: number): number[] {
  const s = doc.seg.sentences[si];
  const out: number[] = [];
  for (let t = s.tFirst; t < s.tLast; t++) {
    const l = lemmaOf(doc, t);
    if (uposOf(doc, t) !== 'VERB' || voice(doc, t) === 'passive') continue;
    const kids = children(doc, t);
    if (!VERDICT.has(l) && !(l === 'find' && kids.some((k) => lemmaOf(doc, k) === 'guilty'))) continue;
    for (const k of kids) {
      if (relOf(doc, k) !== 'obj') continue;
      const e = personAt(doc, k);
      if (e >= 0 && !out.includes(e)) out.push(e);
      // (a list of convicts is not the one member: "found A and B guilty")
      if (children(doc, k).some((d) => relOf(doc, d) === 'conj')) return [];
    }
  }
  return out;
}

/** member_of ties for the one person named by the verdict after an unnamed member's sentence */
export function convictsNamedNext(doc: Annotated): NamedTie[] {
  const out: NamedTie[] = [];
  if (!doc.syntax) return out;
  const n = doc.seg.sentences.length;
  for (let si = 0; si + 1 < n; si++) {
    const s = doc.seg.sentences[si];
    let group = -1;
    for (let t = s.tFirst; t < s.tLast && group < 0; t++) group = unnamedConvict(doc, t);
    if (group < 0) continue;
    const people = namedConvicts(doc, si + 1);
    if (people.length !== 1) continue;
    out.push({
      type: 'member_of',
      subject: people[0],
      object: group,
      sentence: si + 1,
      cue: 'convicted-named-next',
    });
  }
  return out;
}
