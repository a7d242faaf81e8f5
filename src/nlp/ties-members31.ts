import { type Annotated, sentenceAt } from './annotated.js';
import { execAll } from './exec-all.js';
import type { RelationDraft } from './relations.js';
import {
  children,
  conjuncts,
  headOf,
  isNegated,
  lemmaOf,
  orgAt,
  personAt,
  relOf,
  tokenAt,
  uposOf,
  voice,
} from './syntax.js';

// Membership as the ground of a legal act (issue #10, members31): "police arrested X for
// belonging to G", "X was sentenced to five years for membership of G", "a court jailed
// X for being a member of G", "A and B were found guilty of belonging to G", "X was detained on
// charges of joining G". The membership word has no subject of its own: whom the act takes holds
// it (the act's object, or its passive subject). Read on the parse, only where one regex over the
// text (once) finds a membership word after "for"/"of"/"with".

/** a membership word as the ground of an act (group 1 is the word whose token is read) */
const GROUND =
  /\b(?:for|of|with)\s+(?:(?:allegedly|suspected|alleged|illegally|secretly)\s+)?(?:having\s+(?:been\s+)?|being\s+)?(?:an?\s+)?(?:(?:senior|active|leading|former|suspected|alleged)\s+)?(belonging|belonged|membership|members?|joining|joined)\b/gi;

/** verbs of a legal act on a person: arrest, trial, verdict, accusation */
const LEGAL = new Set(
  'arrest detain hold jail imprison sentence convict charge try prosecute indict find accuse suspect remand arraign extradite deport punish'.split(
    ' ',
  ),
);
/** the membership words, by lemma */
const MEMBERSHIP = new Set(['belong', 'membership', 'member', 'join']);

/** the group the membership word at `w` names: "belonging to G", "member(ship) of G", "joining G",
 * "a G member"; or -1. A noun standing for a group named elsewhere ("belonging to the group", "of
 * a proscribed organisation") names that group (`groupWords`, from the cue table's anaphors) */
function groupOfWord(doc: Annotated, w: number, groupWords?: ReadonlyMap<number, number>): number {
  const verb = uposOf(doc, w) === 'VERB';
  for (const k of children(doc, w)) {
    const r = relOf(doc, k);
    const fits = verb ? /^(?:obl|obj)/.test(r) : /^(?:nmod|compound)/.test(r);
    if (!fits) continue;
    const o = orgAt(doc, k);
    if (o >= 0) return o;
    const g = groupWords?.get(k);
    if (g !== undefined) return g;
  }
  return -1;
}

/** the legal act the ground at `w` belongs to: up through at most three nominal or clausal arcs
 * ("for membership" hung on "prison", on "years", on "sentenced"; "guilty of belonging" on
 * "found"); -1 past a relative clause or a verb of another kind */
function actOf(doc: Annotated, w: number): number {
  let t = w;
  for (let n = 0; n < 4; n++) {
    const r = relOf(doc, t);
    if (!/^(?:advcl|acl|nmod|obl|xcomp)$/.test(r)) return -1;
    const h = headOf(doc, t);
    if (h < 0) return -1;
    if (uposOf(doc, h) === 'VERB') return LEGAL.has(lemmaOf(doc, h)) ? h : -1;
    t = h;
  }
  return -1;
}

/** the people a legal act takes: its object, or its passive subject; a plural noun stands for
 * the names set beside it ("three men, A, B and C") */
function takenBy(doc: Annotated, v: number): number[] {
  const want = voice(doc, v) === 'passive' ? 'nsubj:pass' : 'obj';
  const out: number[] = [];
  for (const k of children(doc, v)) {
    if (relOf(doc, k) !== want) continue;
    const heads =
      personAt(doc, k) >= 0
        ? [k]
        : children(doc, k).filter((a) => /^(?:appos|parataxis)$/.test(relOf(doc, a)));
    for (const h of heads)
      for (const c of conjuncts(doc, h)) {
        const p = personAt(doc, c);
        if (p >= 0 && !out.includes(p)) out.push(p);
      }
  }
  return out;
}

/** `member_of` ties whose ground of arrest, trial or verdict is membership (see above) */
export function membershipAsGround(
  doc: Annotated,
  relations: readonly RelationDraft[],
  groupWords?: ReadonlyMap<number, number>,
): RelationDraft[] {
  const out: RelationDraft[] = [];
  if (!doc.syntax) return out;
  const hits = execAll(GROUND, doc.text);
  if (!hits.length) return out;
  const known = new Set<string>();
  for (const r of relations)
    if (r.type === 'member_of' || r.type === 'leader_of') known.add(`${r.subject}:${r.object}`);
  for (const h of hits) {
    const at = (h.index ?? 0) + h[0].length - h[1].length;
    const si = sentenceAt(doc, at);
    if (si < 0) continue;
    const w = tokenAt(doc, si, at);
    if (w < 0 || !MEMBERSHIP.has(lemmaOf(doc, w))) continue;
    // (a subject of its own holds it: "arrested X, whose son belonged to G")
    if (children(doc, w).some((k) => /^nsubj/.test(relOf(doc, k)))) continue;
    const group = groupOfWord(doc, w, groupWords);
    if (group < 0) continue;
    const v = actOf(doc, w);
    // (not a verdict that cleared them: "found not guilty of belonging to G")
    if (v < 0 || isNegated(doc, v) || children(doc, v).some((k) => isNegated(doc, k))) continue;
    for (const p of takenBy(doc, v)) {
      const key = `${p}:${group}`;
      if (known.has(key)) continue;
      known.add(key);
      out.push({
        type: 'member_of',
        subject: p,
        object: group,
        negated: false,
        sentence: si,
        attributedTo: -1,
        attributedText: null,
        cue: 'member_of/ground-of-act',
      });
    }
  }
  return out;
}
