import type { Annotated } from '../annotated.js';
import { headOf, lemmaOf, relOf, uposOf } from '../syntax.js';

/** the last token of `t`'s subtree (`ch` gives a token's dependents) */
function subtreeEnd(t: number, ch: (t: number) => readonly number[], depth = 0): number {
  let last = t;
  if (depth > 8) return last;
  for (const k of ch(t)) if (k > t) last = Math.max(last, subtreeEnd(k, ch, depth + 1));
  return last;
}

/** whether entity `e` (or -1) is a person or an organisation */
function actor(doc: Annotated, e: number): boolean {
  return e >= 0 && doc.entities[e].type !== 'place';
}

/**
 * The subject of verb `v` that the parser hung elsewhere, for a verb without one of its own
 * (none otherwise):
 * - a fronted phrase and its comma before the names, the names set as an apposition of the
 *   phrase's noun: "Along the river, G and H have fought for weeks" (the names must run up to
 *   the verb, with nothing but auxiliaries and adverbs between);
 * - "Both" opening the sentence, parsed as the verb's modifier: "Both belonged to G".
 * `entity` gives the entity a token stands for (or -1): a person or an organisation fits;
 * `first` is the sentence's first token.
 */
export function strandedSubject(
  doc: Annotated,
  v: number,
  ch: (t: number) => readonly number[],
  first: number,
  entity: (t: number) => number,
): number[] {
  for (const c of ch(v)) {
    if (c >= v) break;
    if (c === first && lemmaOf(doc, c) === 'both' && /^(?:advmod|det|cc:preconj)$/.test(relOf(doc, c)))
      return actor(doc, entity(c)) ? [c] : [];
    if (relOf(doc, c) !== 'obl') continue;
    for (const k of ch(c)) {
      if (k <= c || relOf(doc, k) !== 'appos' || !actor(doc, entity(k))) continue;
      let start = k;
      for (const d of ch(k)) if (d < start && relOf(doc, d) !== 'punct') start = d;
      if (lemmaOf(doc, start - 1) !== ',') continue;
      let clear = true;
      for (let t = subtreeEnd(k, ch) + 1; t < v && clear; t++)
        clear = (uposOf(doc, t) === 'AUX' || uposOf(doc, t) === 'ADV') && headOf(doc, t) === v;
      if (clear) return [k];
    }
  }
  return [];
}

/**
 * The object of verb `v` that the parser gave to a clause after it: "H has long backed G,
 * officials say" parsed with G as a modifier or subject of "officials". The name right after
 * the verb (past an article) that a comma closes is the object, when the parser found no
 * object before that comma (`objs`: the objects it found). `nameHead` maps a name's tokens to
 * its head; `end` is the sentence's end token.
 */
export function objectBeforeComma(
  doc: Annotated,
  v: number,
  end: number,
  nameHead: ReadonlyMap<number, number>,
  objs: readonly number[],
): number[] {
  let k = v + 1;
  if (k < end && uposOf(doc, k) === 'DET') k++;
  const h = nameHead.get(k);
  if (h === undefined) return [];
  let last = k;
  while (last + 1 < end && nameHead.get(last + 1) === h) last++;
  if (last + 1 >= end || lemmaOf(doc, last + 1) !== ',') return [];
  for (const o of objs) if (o <= last + 1) return [];
  return [h];
}

/**
 * What a bare "both" at token `c` stands for: the last two organisations named before it in the
 * sentence, or the last two people when a person is named last ("A and B, both G fighters");
 * their tokens, or none. `first` is the sentence's first token.
 */
export function lastTwoNamed(
  doc: Annotated,
  c: number,
  first: number,
  tokenEntity: ReadonlyMap<number, number>,
): number[] {
  const two: number[] = [];
  let kind = '';
  for (let k = c - 1; k >= first && two.length < 2; k--) {
    const e = tokenEntity.get(k);
    if (e === undefined) continue;
    const type = doc.entities[e].type;
    if (!kind) kind = type === 'person' ? 'person' : 'organization';
    if (type === kind && (!two.length || tokenEntity.get(two[0]) !== e)) two.push(k);
  }
  return two.length === 2 ? two : [];
}

/** prepositions the parser may tag as adverbs on the name they govern */
const ADVERB_PREP = new Set(['alongside', 'beside']);

/**
 * The preposition the parser hung on name `o` as an adverb ("fought alongside H" parsed with H
 * the object and "alongside" its modifier), or as its case marker while calling `o` the verb's
 * object ("fought each other in A and B" with A the object and "in" its case), or '' when none:
 * such a name is the verb's oblique with that preposition, never its object.
 */
export function adverbPrep(doc: Annotated, o: number, ch: (t: number) => readonly number[]): string {
  for (const k of ch(o)) {
    if (k > o) continue;
    if (relOf(doc, k) === 'advmod' && ADVERB_PREP.has(lemmaOf(doc, k))) return lemmaOf(doc, k);
    // (a preposition, not the possessive "'s" a name may carry)
    if (relOf(doc, k) === 'case' && uposOf(doc, k) === 'ADP' && /^[a-z]+$/.test(lemmaOf(doc, k)))
      return lemmaOf(doc, k);
  }
  return '';
}

/**
 * The people a counted plural noun lists beside it by commas: "detained two villagers, A and B,"
 * (the names' tokens, or none). `entity` gives the entity a token stands for (or -1).
 */
export function peopleBeside(
  doc: Annotated,
  t: number,
  ch: (t: number) => readonly number[],
  entity: (t: number) => number,
): number[] {
  if (uposOf(doc, t) !== 'NOUN' || entity(t) >= 0) return [];
  let counted = false;
  for (const k of ch(t)) if (k < t && relOf(doc, k) === 'nummod') counted = true;
  if (!counted) return [];
  for (const k of ch(t)) {
    // (set off by a comma right after the noun; the parser may call it parataxis)
    if (k <= t || !/^(?:appos|parataxis|list)$/.test(relOf(doc, k)) || lemmaOf(doc, t + 1) !== ',') continue;
    const e = entity(k);
    if (e < 0 || doc.entities[e].type !== 'person') return [];
    const out = [k];
    for (const c of ch(k))
      if (relOf(doc, c) === 'conj' && entity(c) >= 0 && doc.entities[entity(c)].type === 'person')
        out.push(c);
    return out;
  }
  return [];
}

/**
 * "G, a former ally of H, fought against I": the parser hangs the verb after the apposition's
 * closing comma on the apposition's noun as a clause (or a parataxis); the name the apposition
 * describes is then its subject. Only for "fight" (which `parse.ts` makes a verb there), never a verb with
 * its own "by" phrase.
 */
export function verbAfterApposition(
  doc: Annotated,
  v: number,
  ch: (t: number) => readonly number[],
  entity: (t: number) => number,
): number[] {
  // (past an adverb of its own: "G, an ally of H, once fought …")
  const before = /^(?:advmod|mark)$/.test(relOf(doc, v - 1)) && headOf(doc, v - 1) === v ? v - 2 : v - 1;
  if (
    !/^(?:acl|parataxis)$/.test(relOf(doc, v)) ||
    lemmaOf(doc, v) !== 'fight' ||
    lemmaOf(doc, before) !== ','
  )
    return [];
  if (ch(v).some((k) => /^(?:obl|nmod)/.test(relOf(doc, k)) && ch(k).some((c) => lemmaOf(doc, c) === 'by')))
    return [];
  const h = headOf(doc, v);
  if (h < 0 || relOf(doc, h) !== 'appos') return [];
  const n = headOf(doc, h);
  return n >= 0 && actor(doc, entity(n)) ? [n] : [];
}

/** verbs that say what someone takes a thing for: "describe X as linked to Y" */
const DESCRIBE = new Set([
  'describe',
  'see',
  'view',
  'regard',
  'consider',
  'portray',
  'depict',
  'characterize',
  'characterise',
]);
/** pronouns that open a relative clause */
const RELATIVE_PRONOUN = new Set(['that', 'which', 'who', 'whom']);

/**
 * What a passive participle after "as" describes, when a verb of describing governs it:
 * "police described X as linked to Y" is X; "a unit that analysts describe as linked to Y" is
 * the unit (the relative pronoun stands for the noun its clause describes). None otherwise.
 */
export function describedAs(doc: Annotated, v: number, ch: (t: number) => readonly number[]): number[] {
  const r = relOf(doc, v);
  if (r !== 'advcl' && r !== 'xcomp') return [];
  if (!ch(v).some((k) => /^(?:mark|case|advmod)$/.test(relOf(doc, k)) && lemmaOf(doc, k) === 'as')) return [];
  const h = headOf(doc, v);
  if (h < 0 || !DESCRIBE.has(lemmaOf(doc, h))) return [];
  const out: number[] = [];
  for (const o of ch(h)) {
    if (relOf(doc, o) !== 'obj') continue;
    if (!RELATIVE_PRONOUN.has(lemmaOf(doc, o))) out.push(o);
    else if (relOf(doc, h) === 'acl:relcl' && headOf(doc, h) >= 0) out.push(headOf(doc, h));
  }
  return out;
}

/** conjunctions of time or cause the parser may take for a preposition before a clause's subject */
const SUBORDINATOR = new Set(['after', 'since', 'before', 'until', 'once', 'because', 'while', 'when']);

/**
 * The subject of verb `v` that the parser made the object of the conjunction opening the verb's
 * clause, for a verb without one of its own: "… since G and other factions drove out H", "after
 * G fighters overran P" with "since G …" read as a prepositional phrase. The phrase must run
 * from the conjunction up to the verb (nothing but auxiliaries and adverbs of the verb between)
 * and name a person or an organisation; [] otherwise.
 */
export function subordinateSubject(
  doc: Annotated,
  v: number,
  ch: (t: number) => readonly number[],
  first: number,
  entity: (t: number) => number,
): number[] {
  let end = v - 1;
  while (end > first && headOf(doc, end) === v && /^(?:AUX|ADV)$/.test(uposOf(doc, end) ?? '')) end--;
  for (let n = end; n > first && v - n <= 12; n--) {
    if (!/^(?:NOUN|PROPN)$/.test(uposOf(doc, n) ?? '')) continue;
    let start = n;
    for (const k of ch(n)) if (k < start) start = k;
    if (relOf(doc, start) !== 'case' || headOf(doc, start) !== n || !SUBORDINATOR.has(lemmaOf(doc, start)))
      continue;
    if (subtreeEnd(n, ch) !== end) return [];
    return actor(doc, entity(n)) ? [n] : [];
  }
  return [];
}
