/**
 * Fights told as a state of conflict (events28, issue #10): "G has fought H since 2015", "G is at
 * war with H", "fighters of G battled H near X on Monday", "G has been fighting H for control of
 * X", "G and H fought a war in 2024". Both sides named (an organisation or a person, or a noun of
 * people a name qualifies: "G fighters", "fighters of G", "G's men"): an attack in which each side
 * is an agent, as ONTOLOGY.md's `fights` is symmetric. Read on the parse of a sentence that holds
 * one of the words (`FIGHT_WORD`) and made no attack in the trigger stage. Not a fight: "fought
 * alongside G", "fought for G" (a side's member), "fought with courage", a fight to come ("vowed to
 * fight G", "will fight"), a negated one, or one with a side not named ("fought the jihadists").
 */

import type { Annotated } from './annotated.js';
import type { EventDraft } from './events.js';
import {
  children,
  conjuncts,
  headOf,
  isNegated,
  lemmaOf,
  mentionAt,
  mentionHead,
  relIs,
  relOf,
  uposOf,
} from './syntax.js';

// (a word looked for before the parse is read: most sentences hold none)
const FIGHT_WORD = /\b(?:fought|fights?|fighting|battled|battles?|battling|war)\b/i;
// the verbs of fighting, by lemma
const FIGHT_LEMMA = new Set(['fight', 'battle']);
// a noun of people that stands for the group a name before it or after "of" gives
const PEOPLE =
  /^(?:fighter|militant|rebel|insurgent|force|troop|soldier|member|jihadist|gunman|men|man|unit|militiaman|cadre|loyalist|commando|guerrilla|police|army|wing)s?$/;
// the object of a fight between the subject's own sides: "fought a war", "fought each other"
const MUTUAL = new Set(['war', 'battle', 'each', 'one', 'another', 'fight', 'skirmish', 'turf']);
// words of a fight to come or not done: "vowed to fight", "will battle"
const MODAL = /^(?:will|would|could|can|may|might|should|must|shall)$/;

// the fights this reader made: each is one of its own, never joined to another act told again
// (a war told beside a raid is no retelling of the raid)
const standing = new WeakSet<EventDraft>();

/** Whether `foughtEachOther` made this event. */
export function standingFight(v: EventDraft): boolean {
  return standing.has(v);
}

type DateAt = (at: number, type: 'attack') => { text: string; value: string | null } | null;

/** The named side a token stands for: its mention, or the name that qualifies a noun of people. */
function sideOf(doc: Annotated, t: number, out: number[]): void {
  for (const c of conjuncts(doc, t)) {
    const mi = mentionAt(doc, c);
    if (mi >= 0) {
      const type = doc.entities[doc.mentionEntity[mi]]?.type;
      if (type === 'organization' || type === 'person') out.push(doc.mentionEntity[mi]);
      continue;
    }
    if (!PEOPLE.test(lemmaOf(doc, c))) continue;
    for (const d of children(doc, c)) {
      const r = relOf(doc, d);
      if (!relIs(r, 'compound') && !relIs(r, 'nmod') && r !== 'amod') continue;
      // ("fighters of G", "G fighters", "G's men"; not "fighters from the town of X")
      const dm = mentionAt(doc, d);
      if (dm >= 0 && doc.entities[doc.mentionEntity[dm]]?.type === 'organization') {
        out.push(doc.mentionEntity[dm]);
        break;
      }
    }
  }
}

/** The word a preposition marks on a token ("against", "with"), lower case, or ''. */
function caseOf(doc: Annotated, t: number): string {
  const c = children(doc, t).find((k) => relIs(relOf(doc, k), 'case'));
  if (c === undefined) return '';
  return doc.text.slice(doc.seg.tokens.start[c], doc.seg.tokens.end[c]).toLowerCase();
}

/** Whether the verb is told as to come or as not done: a modal, "to", a negation. */
function notDone(doc: Annotated, t: number): boolean {
  if (isNegated(doc, t)) return true;
  for (const k of children(doc, t)) {
    const r = relOf(doc, k);
    const w = doc.text.slice(doc.seg.tokens.start[k], doc.seg.tokens.end[k]).toLowerCase();
    if ((relIs(r, 'aux') && MODAL.test(w)) || (r === 'mark' && w === 'to')) return true;
  }
  // ("vowed to fight G", "plans to battle H": the complement of another verb)
  return relIs(relOf(doc, t), 'xcomp');
}

/** The subject's sides: its own, or the noun a relative clause hangs on ("G, which has fought H"). */
function subjectSides(doc: Annotated, t: number): number[] {
  const out: number[] = [];
  for (const k of children(doc, t)) {
    if (relOf(doc, k) !== 'nsubj') continue;
    const w = doc.text.slice(doc.seg.tokens.start[k], doc.seg.tokens.end[k]).toLowerCase();
    if (/^(?:which|who|that)$/.test(w) && relIs(relOf(doc, t), 'acl')) sideOf(doc, headOf(doc, t), out);
    else sideOf(doc, k, out);
  }
  return out;
}

// what sets a clause of its own below the fight's word
const OWN_CLAUSE_OFF = /^(?:acl|advcl|ccomp|parataxis|appos|csubj)/;

/** Whether token `k` hangs under `t` with no clause of its own between them. */
function ownClause(doc: Annotated, t: number, k: number): boolean {
  for (let x = k, n = 0; x >= 0 && n < 40; n++) {
    if (x === t) return true;
    if (OWN_CLAUSE_OFF.test(relOf(doc, x))) return false;
    x = headOf(doc, x);
  }
  return false;
}

/** The token of the sentence (tokens [from, to)) that starts at or holds offset `off`, or -1. */
function tokenOf(doc: Annotated, from: number, to: number, off: number): number {
  const { start, end } = doc.seg.tokens;
  for (let t = from; t < to; t++) if (start[t] <= off && off < end[t]) return t;
  return -1;
}

/**
 * Makes the attack a sentence's state of fighting tells, when both sides are named and the trigger
 * stage made no attack there; `dateFor` and `placeAt` read the day and place at an offset.
 * Whether it made one.
 */
export function foughtEachOther(
  doc: Annotated,
  si: number,
  sText: string,
  ms: readonly number[],
  out: EventDraft[],
  dateFor: DateAt,
  placeAt: (at: number) => number,
): boolean {
  if (!doc.syntax || !FIGHT_WORD.test(sText)) return false;
  const s = doc.seg.sentences[si];
  for (let t = s.tFirst; t < s.tLast; t++) {
    const lemma = lemmaOf(doc, t);
    const upos = uposOf(doc, t);
    let a: number[] = [];
    const b: number[] = [];
    if (FIGHT_LEMMA.has(lemma) && upos === 'VERB') {
      if (notDone(doc, t)) continue;
      a = subjectSides(doc, t);
      // (an object that is no side: "fought the group", "fought a war", "fought each other")
      let otherObject = false;
      for (const k of children(doc, t)) {
        const r = relOf(doc, k);
        if (r === 'obj') {
          const n = b.length;
          sideOf(doc, k, b);
          if (b.length === n && !MUTUAL.has(lemmaOf(doc, k))) otherObject = true;
        }
        // ("battled with H", "fought against H"; not "alongside", "for", "with courage")
        else if (relIs(r, 'obl')) {
          const c = caseOf(doc, k);
          if (c === 'against' || (c === 'with' && lemma === 'battle')) sideOf(doc, k, b);
        }
      }
      // "G and H fought a war in 2024", "G and H have fought each other": two sides in the subject
      // (not "G and H have fought the group for years": the object is the other side, unnamed)
      if (!b.length && !otherObject && a.length >= 2) b.push(...a.splice(1));
    } else if (lemma === 'war' && upos === 'NOUN' && caseOf(doc, t) === 'at') {
      // "G is at war with H": the subject of the copula and "with H" on the noun
      if (notDone(doc, t)) continue;
      a = subjectSides(doc, t);
      for (const k of children(doc, t))
        if (relIs(relOf(doc, k), 'nmod') && caseOf(doc, k) === 'with') sideOf(doc, k, b);
    } else continue;
    const sides = [...new Set([...a, ...b])];
    if (!a.length || !b.length || sides.length < 2) continue;
    const at = doc.seg.tokens.start[t];
    // (the day and place of the fight's own clause: "G is at war with H, who hold the capital, X"
    // is not fought in X)
    const date = dateFor(at, 'attack');
    const dateAt = date ? sText.indexOf(date.text) : -1;
    const place = placeAt(at);
    const placed = ms.some(
      (mi) => doc.mentionEntity[mi] === place && ownClause(doc, t, mentionHead(doc, mi)),
    );
    const v: EventDraft = {
      type: 'attack',
      sentence: si,
      date:
        date && dateAt >= 0 && ownClause(doc, t, tokenOf(doc, s.tFirst, s.tLast, s.start + dateAt))
          ? date
          : null,
      place: placed ? place : -1,
      participants: sides.map((entity) => ({ role: 'agent', entity })),
      trigger: doc.text.slice(at, doc.seg.tokens.end[t]),
    };
    standing.add(v);
    out.push(v);
    return true;
  }
  return false;
}
