import { NUMBER_WORDS } from '../../knowledge/numbers.js';
import type { Annotated } from '../annotated.js';
import { children, lemmaOf, mentionAt, orgAt, personAt, relOf, uposOf, voice } from '../syntax.js';
import type { NamedTie } from './arrest-named.js';

// A court's verdict told twice (ties25): "A court sentenced a member of G to nine years …" with
// the member unnamed, then, in the next sentence, "The court found X guilty of …" / "Judges
// convicted X of …": the one person the second verdict names is that member of G; and "jailed
// three members of G … found A, B and C guilty": as many people as the first verdict counted.

/** verbs of a verdict whose object is the one convicted */
const VERDICT = new Set(['sentence', 'convict', 'jail', 'imprison']);
/** nouns for one unnamed person of a group: "a member of G", "a G militant" */
const ONE_OF = new Set(['member', 'militant', 'fighter', 'operative', 'commander', 'recruiter', 'financier']);

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

/** the count a verdict's unnamed people may give ("three members of G"): two to nine, in
 * words or a digit; else 0 */
function countOf(w: string): number {
  const n = NUMBER_WORDS[w] ?? (/^\d$/.test(w) ? Number(w) : 0);
  return n >= 2 && n <= 9 ? n : 0;
}

/** the unnamed people a verdict verb at `t` takes ("sentenced a member of G", "jailed three
 * members of G"): their group and how many they are, or null */
function unnamedConvicts(doc: Annotated, t: number): { group: number; n: number } | null {
  if (!VERDICT.has(lemmaOf(doc, t)) || uposOf(doc, t) !== 'VERB' || voice(doc, t) === 'passive') return null;
  for (const k of children(doc, t)) {
    if (relOf(doc, k) !== 'obj' || mentionAt(doc, k) >= 0) continue;
    const l = lemmaOf(doc, k);
    if (!ONE_OF.has(l) && !(/s$/.test(l) && ONE_OF.has(l.slice(0, -1)))) continue;
    let n = 0;
    for (const d of children(doc, k)) {
      const w = lemmaOf(doc, d);
      if (relOf(doc, d) === 'det' && /^(?:a|an)$/.test(w)) n = 1;
      else if (relOf(doc, d) === 'nummod') n = countOf(w);
    }
    if (!n) continue;
    const group = groupOf(doc, k);
    return group >= 0 ? { group, n } : null;
  }
  return null;
}

/** "found X guilty", however the lemmatiser and the parser take it ("found" as its own lemma,
 * "guilty" hung on the name or the name on "guilty"): the token of "guilty", or -1 */
function foundGuilty(doc: Annotated, t: number, tLast: number): number {
  if (!/^(?:find|found)$/.test(lemmaOf(doc, t))) return -1;
  for (let k = t + 1; k < Math.min(tLast, t + 16); k++) {
    if (lemmaOf(doc, k) === 'guilty') return k;
    if (uposOf(doc, k) === 'VERB') return -1;
  }
  return -1;
}

/** the people a verdict in sentence `si` names ("found X guilty", "convicted X of"), with
 * those listed with them ("found A, B and C guilty") */
function namedConvicts(doc: Annotated, si: number): number[] {
  const s = doc.seg.sentences[si];
  const out: number[] = [];
  for (let t = s.tFirst; t < s.tLast; t++) {
    const l = lemmaOf(doc, t);
    if (uposOf(doc, t) !== 'VERB' || voice(doc, t) === 'passive') continue;
    const kids = children(doc, t);
    const guilty = foundGuilty(doc, t, s.tLast);
    if (guilty >= 0) {
      // (the people named between "found" and "guilty")
      for (let k = t + 1; k < guilty; k++) {
        const e = personAt(doc, k);
        if (e >= 0 && !out.includes(e)) out.push(e);
      }
      continue;
    }
    if (!VERDICT.has(l)) continue;
    for (const k of kids) {
      if (relOf(doc, k) !== 'obj') continue;
      for (const x of [k, ...children(doc, k).filter((d) => relOf(doc, d) === 'conj')]) {
        const e = personAt(doc, x);
        if (e >= 0 && !out.includes(e)) out.push(e);
      }
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
    let held: { group: number; n: number } | null = null;
    for (let t = s.tFirst; t < s.tLast && !held; t++) held = unnamedConvicts(doc, t);
    if (!held) continue;
    // (as many named as the verdict counted: "jailed three members of G … found A, B and C
    // guilty"; one for "a member of G")
    const people = namedConvicts(doc, si + 1);
    if (people.length !== held.n) continue;
    for (const p of people)
      out.push({
        type: 'member_of',
        subject: p,
        object: held.group,
        sentence: si + 1,
        cue: 'convicted-named-next',
      });
  }
  return out;
}
