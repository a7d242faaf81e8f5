/**
 * Acts told by the noun of the one who did them ("a suicide bomber", "a suicide attacker")
 * (events10): the group that noun belongs to by the parse is the doer, named before it ("an ISKP
 * suicide attacker", "the group's bomber") or after it ("a suicide bomber from the Pakistani
 * Taliban", "an attacker of G").
 */

import type { Role } from '../types.js';
import type { Annotated } from './annotated.js';
import { orgKind } from './attributes.js';
import { children, dependents, headOf, lemmaOf, mentionAt, relIs, relOf, uposOf } from './syntax.js';

const DOER_NOUN = /(?:bomber|attacker)s?$/i;

/** The trigger's words name the one who did the act ("suicide bomber", "suicide attacker"). */
export function isDoerNoun(trigger: string): boolean {
  return DOER_NOUN.test(trigger);
}

/** The token of sentence `si` that ends at offset `end` (the last word of a trigger), or -1. */
export function tokenEndingAt(doc: Annotated, si: number, end: number): number {
  const sent = doc.seg.sentences[si];
  const ends = doc.seg.tokens.end;
  for (let t = sent.tLast - 1; t >= sent.tFirst; t--) {
    if (ends[t] === end) return t;
    if (ends[t] < end) break;
  }
  return -1;
}

/** The mention (among `usable`) of the group the doer noun ending at `end` belongs to, or -1. */
export function doerNounGroup(
  doc: Annotated,
  si: number,
  trigger: string,
  end: number,
  usable: Set<number>,
): number {
  if (!doc.syntax || !DOER_NOUN.test(trigger)) return -1;
  const t = tokenEndingAt(doc, si, end);
  if (t < 0) return -1;
  for (const d of dependents(doc, t, 'compound', 'nmod:poss', 'nmod')) {
    const r = relOf(doc, d);
    if (
      relIs(r, 'nmod') &&
      !relIs(r, 'nmod:poss') &&
      !children(doc, d).some((c) => relIs(relOf(doc, c), 'case') && /^(?:from|of)$/.test(lemmaOf(doc, c)))
    )
      continue;
    const mi = mentionAt(doc, d);
    if (mi >= 0 && usable.has(mi)) return mi;
  }
  return -1;
}

/**
 * "a suicide bomber rammed a truck packed with explosives into a base in X on Sunday": the act a
 * doer noun tells is the verb it is the subject of, whose clause holds the act's place and day.
 * The offset of that verb, or `at` (the trigger's own) when the noun is no verb's subject.
 */
export function doerVerbAt(doc: Annotated, si: number, trigger: string, at: number, end: number): number {
  if (!doc.syntax || !DOER_NOUN.test(trigger)) return at;
  const t = tokenEndingAt(doc, si, end);
  if (t < 0 || !relIs(relOf(doc, t), 'nsubj') || relIs(relOf(doc, t), 'nsubj:pass')) return at;
  const v = headOf(doc, t);
  return v >= 0 && uposOf(doc, v) === 'VERB' ? doc.seg.tokens.start[v] : at;
}

// the kinds of group that carry out attacks (attributes.ts orgKind): an armed group or a force
const DOER_KIND = /militant|armed|insurg|terror|rebel|separatist|guerrilla|jihad|security agency/i;

/**
 * "an ISWAP attack on Monguno", "an al Shabaab assault", "a Houthi drone strike": an armed group
 * or a force named as a modifier of the act's noun (by the parse, a compound of the noun ending
 * at `end`) carried it out. A group of another kind there is what was hit ("the Charlie Hebdo
 * attack"), and a place is where (placeOf). The mention (among `usable`), or -1.
 */
export function compoundDoer(doc: Annotated, si: number, end: number, usable: Set<number>): number {
  if (!doc.syntax) return -1;
  const t = tokenEndingAt(doc, si, end);
  if (t < 0 || uposOf(doc, t) !== 'NOUN') return -1;
  // ("a Houthi drone strike": the name may hang on the noun's own first word)
  const mods = dependents(doc, t, 'compound');
  for (const c of [...mods]) if (uposOf(doc, c) === 'NOUN') mods.push(...dependents(doc, c, 'compound'));
  for (const d of mods) {
    const mi = mentionAt(doc, d);
    if (mi < 0 || !usable.has(mi)) continue;
    const x = doc.entities[doc.mentionEntity[mi]];
    if (x.type === 'organization' && DOER_KIND.test(orgKind(x.surfaces, x.kind) ?? '')) return mi;
  }
  return -1;
}

/**
 * "the group's attack", "the militia's assault": the possessor of the act noun at token `t` when
 * it is a common noun ("group", "militia"; groupSubject in events.ts reads it back to the group
 * named before), or -1.
 */
export function groupPossessor(doc: Annotated, t: number): number {
  if (!doc.syntax || t < 0 || uposOf(doc, t) !== 'NOUN') return -1;
  const p = dependents(doc, t, 'nmod:poss').find((k) => uposOf(doc, k) === 'NOUN');
  return p === undefined ? -1 : p;
}

/**
 * "G ambushed a convoy together with fighters of H", "G attacked a base alongside militants from
 * H": who acted with the doer is a doer too, never the one the act befell. The mentions (among
 * `usable`) of the "together with" / "alongside" phrase hung on verb `t`, by the parse.
 */
export function companions(doc: Annotated, si: number, t: number, usable: Set<number>): number[] {
  if (!doc.syntax || t < 0 || uposOf(doc, t) !== 'VERB') return [];
  const sent = doc.seg.sentences[si];
  const out: number[] = [];
  for (let k = sent.tFirst + 1; k < sent.tLast; k++) {
    const w = lemmaOf(doc, k);
    const opens = w === 'alongside' || (w === 'with' && lemmaOf(doc, k - 1) === 'together');
    if (!opens) continue;
    // the noun the phrase holds: the head of "with" or of "alongside"
    const n = headOf(doc, k);
    if (n < 0 || n <= k) continue;
    // hung on the verb, directly or through "together"
    const h = headOf(doc, n);
    if (h !== t && !(h >= 0 && lemmaOf(doc, h) === 'together' && headOf(doc, h) === t)) continue;
    const mi = mentionAt(doc, n);
    if (mi >= 0 && usable.has(mi)) {
      out.push(mi);
      continue;
    }
    for (const d of dependents(doc, n, 'compound', 'nmod', 'nmod:poss')) {
      const dm = mentionAt(doc, d);
      if (dm >= 0 && usable.has(dm)) {
        out.push(dm);
        break;
      }
    }
  }
  return out;
}

/** Entity `e` among the agents: a patient it was taken for becomes an agent. */
export function joinDoers(participants: { role: Role; entity: number }[], e: number): void {
  const p = participants.find((q) => q.entity === e);
  if (p) p.role = 'agent';
  else participants.push({ role: 'agent', entity: e });
}
