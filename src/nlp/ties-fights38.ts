import type { Annotated } from './annotated.js';
import { orgKind } from './attributes.js';
import { triggerToken } from './event-act-subject.js';
import type { EventDraft } from './events.js';
import type { RelationDraft } from './relations.js';
import { children, dependents, lemmaOf, mentionAt, relIs, relOf, uposOf } from './syntax.js';

// The sides of an act of war that the act names only through people (issue #10, fights38). The
// trigger stage fills an attack's or a killing's sides with the names it finds; `event-ties.ts`
// made `fights` only of two organisations. Two kinds of side were left out:
// - a person the relation stage makes a member or leader of one armed group ("troops killed X, a
//   commander of G", "X, a G fighter, shot dead two soldiers of F"): the side is the person's group;
// - a bare noun for an armed group's men ("the insurgents", "the rebels' camp", "six of the
//   militants") on the other side of an act done by or on a named force: the side is the one armed
//   group (or organisation of no kind: the noun calls it armed), other than the act's named side,
//   that the text names for it: in the act's sentence,
//   else in the sentence before (same paragraph), else the only one in the article. This is the
//   mirror of `stateForceSide` (ties-fights31.ts), which reads "the soldiers", "the police".
// Each is one place for any reader of events (`groupOfPerson` is not specific to fights).

/** nouns of an armed group's men as a report calls them when the group is named elsewhere */
const MILITANT_NOUN = new Set(
  'militant insurgent rebel jihadist attacker gunman gunmen extremist terrorist separatist guerrilla militiaman militiamen paramilitary'.split(
    ' ',
  ),
);

const word = (doc: Annotated, t: number) => doc.text.slice(doc.seg.tokens.start[t], doc.seg.tokens.end[t]);

/**
 * The one organisation person `p` is a member or leader of by the relation stage's ties (not
 * denied), or -1 when none or several.
 */
export function groupOfPerson(doc: Annotated, relations: readonly RelationDraft[], p: number): number {
  if (doc.entities[p]?.type !== 'person') return -1;
  let g = -1;
  for (const r of relations) {
    if (r.negated || r.subject !== p || (r.type !== 'member_of' && r.type !== 'leader_of')) continue;
    if (doc.entities[r.object].type !== 'organization') continue;
    if (g >= 0 && g !== r.object) return -1;
    g = r.object;
  }
  return g;
}

/** whether token `t` is a bare noun for an armed group's men: "the insurgents", "the rebels'" */
function militantNoun(doc: Annotated, t: number): boolean {
  if (t < 0 || uposOf(doc, t) !== 'NOUN' || mentionAt(doc, t) >= 0) return false;
  const raw = lemmaOf(doc, t).toLowerCase();
  const l = MILITANT_NOUN.has(raw) ? raw : raw.replace(/(?<=[^s])s$/, '');
  if (!MILITANT_NOUN.has(l)) return false;
  // (definite: "the insurgents", "the rebels'"; not "G militants", "its fighters", "Tuareg rebels")
  let definite = false;
  for (const k of children(doc, t)) {
    const rel = relOf(doc, k);
    if (rel === 'det' && /^(?:the|these|those)$/i.test(word(doc, k))) definite = true;
    if (rel === 'nmod:poss' || relIs(rel, 'appos') || rel === 'compound' || rel === 'flat') return false;
    if (rel === 'amod' && /^\p{Lu}/u.test(word(doc, k))) return false;
    if (relIs(rel, 'nmod') && dependents(doc, k, 'case').some((c) => /^(?:of|from)$/i.test(word(doc, c))))
      return false;
  }
  return definite;
}

/** the bare noun of an armed group's men in the slot `side` of the act's trigger at `t`, or -1 */
function slotNoun(doc: Annotated, t: number, side: 'agent' | 'patient'): number {
  // (the noun itself, "six of" it, or its possessive on the slot's noun: "the rebels' camp")
  const inSlot = (k: number): number => {
    if (militantNoun(doc, k)) return k;
    for (const c of children(doc, k)) {
      const rel = relOf(doc, c);
      if (rel === 'nmod:poss' && militantNoun(doc, c)) return c;
      if (
        relIs(rel, 'nmod') &&
        /^(?:NUM|PRON|ADJ|DET)$/.test(uposOf(doc, k) ?? '') &&
        dependents(doc, c, 'case').some((x) => /^of$/i.test(word(doc, x))) &&
        militantNoun(doc, c)
      )
        return c;
    }
    return -1;
  };
  const passive = children(doc, t).some((k) => relOf(doc, k) === 'aux:pass');
  if (side === 'agent') {
    // (the subject, or a passive's "by" phrase: "… were ambushed by the rebels")
    const s = children(doc, t).find((k) =>
      passive ? relOf(doc, k) === 'obl:agent' : relOf(doc, k) === 'nsubj',
    );
    return s === undefined ? -1 : inSlot(s);
  }
  // (the object, or a passive's subject: "three of the rebels were killed by F")
  const objs = children(doc, t).filter(
    (k) =>
      relIs(relOf(doc, k), 'obj') || relOf(doc, k) === 'nsubj:pass' || (passive && relOf(doc, k) === 'nsubj'),
  );
  const cands = [...objs, ...children(doc, t).filter((k) => /^(?:obl|nmod)/.test(relOf(doc, k)))];
  for (const k of cands) {
    if (!relIs(relOf(doc, k), 'obj') && !relIs(relOf(doc, k), 'nsubj')) {
      const c = dependents(doc, k, 'case').map((x) => lemmaOf(doc, x).toLowerCase());
      if (!c.some((x) => x === 'with' || x === 'on' || x === 'against')) continue;
    }
    const n = inSlot(k);
    if (n >= 0) return n;
  }
  return -1;
}

/**
 * The armed group a bare noun of its men stands for on side `side` of attack or killing `v` (see
 * above), or -1. `other` is the act's named side, `armed` event-ties.ts's test of an armed
 * organisation, `by` each sentence's mentions.
 */
export function militantSide(
  doc: Annotated,
  v: EventDraft,
  side: 'agent' | 'patient',
  other: number,
  armed: (e: number) => boolean,
  by: readonly number[][],
): number {
  if (!doc.syntax) return -1;
  const t = triggerToken(doc, v);
  if (t < 0 || slotNoun(doc, t, side) < 0) return -1;
  const groupsIn = (ms: readonly number[]): number[] => {
    const out: number[] = [];
    for (const mi of ms) {
      const e = doc.mentionEntity[mi];
      if (e < 0 || e === other || out.includes(e)) continue;
      const x = doc.entities[e];
      if (x.type !== 'organization') continue;
      // (an armed group, or a body of no kind the noun itself calls armed; a state's force is "the
      // soldiers", never "the insurgents")
      const kind = orgKind(x.surfaces, x.kind);
      if (kind === 'security agency' || (kind && !armed(e))) continue;
      out.push(e);
    }
    return out;
  };
  const si = v.sentence;
  const sents = doc.seg.sentences;
  let fit = groupsIn(by[si]);
  if (!fit.length && si > 0 && sents[si - 1].paragraph === sents[si].paragraph) fit = groupsIn(by[si - 1]);
  if (!fit.length) fit = groupsIn(by.flat());
  return fit.length === 1 ? fit[0] : -1;
}
