/**
 * Who an act told as a noun is laid at, by the parse (events10).
 *
 * "police broke up a G cell responsible for the bombing", "the G unit behind the raid", "G was
 * responsible for the attack": the noun the adjective "responsible (for)" or the preposition
 * "behind" hangs the act on is its doer (the name itself, or the name that modifies it: "a G
 * cell"), whoever tells it or acts on that noun.
 *
 * "soldiers had executed 20 villagers after an ambush": an act noun in a phrase of time (after,
 * before, following, since, until, amid) is not the object of the verb of the clause, so that
 * verb's subject did not carry it out.
 */

import type { Annotated } from './annotated.js';
import {
  children,
  dependents,
  headOf,
  lemmaOf,
  mentionAt,
  relIs,
  relOf,
  subtreeSpan,
  uposOf,
  voice,
} from './syntax.js';

const TIME_CASE = new Set(['after', 'before', 'following', 'since', 'until', 'amid']);

function caseOf(doc: Annotated, t: number): string {
  for (const k of children(doc, t)) if (relIs(relOf(doc, k), 'case')) return lemmaOf(doc, k);
  return '';
}

/** The name a noun of people or groups stands for: itself, or the name that modifies it ("a G cell", "G's unit"). */
function nameOf(doc: Annotated, n: number, usable: Set<number>): number {
  const mi = mentionAt(doc, n);
  if (mi >= 0 && usable.has(mi)) return mi;
  if (uposOf(doc, n) !== 'NOUN') return -1;
  for (const d of dependents(doc, n, 'compound', 'nmod:poss', 'appos')) {
    const dm = mentionAt(doc, d);
    if (dm >= 0 && usable.has(dm)) return dm;
  }
  return -1;
}

/**
 * The mention (index, among `usable`) the act noun at token `t` is laid at by "responsible for"
 * or "behind", or -1.
 */
export function heldResponsible(doc: Annotated, t: number, usable: Set<number>): number {
  if (!doc.syntax || t < 0 || uposOf(doc, t) !== 'NOUN') return -1;
  const h = headOf(doc, t);
  if (h < 0) return -1;
  const r = relOf(doc, t);
  let holder = -1;
  if (relIs(r, 'obl') && lemmaOf(doc, h) === 'responsible' && caseOf(doc, t) === 'for') {
    // "a cell responsible for …": the noun the adjective qualifies; "G was responsible for …": its subject
    const hr = relOf(doc, h);
    if (relIs(hr, 'amod') || relIs(hr, 'acl')) holder = headOf(doc, h);
    else holder = dependents(doc, h, 'nsubj').find((k) => !relIs(relOf(doc, k), 'nsubj:pass')) ?? -1;
  } else if (caseOf(doc, t) === 'behind') {
    // "a G cell behind the bombing" (the parser may hang the phrase on the clause's verb: the noun
    // right before "behind" is the one it follows)
    if (relIs(r, 'nmod')) holder = h;
    else {
      const k = dependents(doc, t, 'case')[0] - 1;
      if (k >= 0 && (uposOf(doc, k) === 'NOUN' || uposOf(doc, k) === 'PROPN')) holder = k;
    }
  }
  return holder < 0 ? -1 : nameOf(doc, holder, usable);
}

/** The act noun at token `t` is in a phrase of time ("after an ambush", "since the raid"). */
export function actInTimePhrase(doc: Annotated, t: number): boolean {
  if (!doc.syntax || t < 0 || uposOf(doc, t) !== 'NOUN') return false;
  return TIME_CASE.has(caseOf(doc, t));
}

/**
 * "the Kunduz blast", "Sunday's Baidoa bombing": a place (not a country: "a U.S. strike" says
 * whose) named right before the act's noun is where it happened.
 */
export function townBeforeAct(doc: Annotated, e: number, mentionEnd: number, at: number): boolean {
  return (
    mentionEnd < at &&
    at - mentionEnd <= 2 &&
    /^\s+$/.test(doc.text.slice(mentionEnd, at)) &&
    doc.entities[e].kind !== 'country'
  );
}

/**
 * "The Houthis blew up a bridge", "The Taliban blew up a checkpoint": the word at token `t` is a
 * verb with a subject of its own by the parse, so the determiner of its subject ("The …") does not
 * make the trigger a noun (irregular pasts carry no "-ed" to tell them).
 */
export function verbWithSubject(doc: Annotated, t: number): boolean {
  if (!doc.syntax || t < 0 || uposOf(doc, t) !== 'VERB') return false;
  return children(doc, t).some((k) => relIs(relOf(doc, k), 'nsubj') && !relIs(relOf(doc, k), 'nsubj:pass'));
}

/**
 * The subject of verb `v` by the parse: its nsubj, or, when the parser hung the noun before the
 * verb elsewhere ("Last month its fighters attacked a checkpoint" read as "month" with the object
 * "fighters" and a participle "attacked"), that noun: a verb with an object of its own and no
 * subject, right after a noun, has that noun for its subject (undefined when there is none).
 */
export function actSubject(doc: Annotated, v: number): number | undefined {
  const ks = children(doc, v);
  const subj = ks.find((k) => relOf(doc, k) === 'nsubj');
  if (subj !== undefined || relIs(relOf(doc, v), 'acl:relcl') || relIs(relOf(doc, v), 'conj')) return subj;
  if (
    !ks.some((k) => relOf(doc, k) === 'obj') ||
    ks.some((k) => relIs(relOf(doc, k), 'nsubj') || relIs(relOf(doc, k), 'aux:pass'))
  )
    return undefined;
  const n = v - 1;
  const sent = doc.seg.sentences.find((x) => x.tFirst <= v && v < x.tLast);
  // (not a noun inside a phrase of its own: "insurgents linked to the group attacked …")
  return sent &&
    n >= sent.tFirst &&
    uposOf(doc, n) === 'NOUN' &&
    headOf(doc, n) !== v &&
    !children(doc, n).some((k) => relIs(relOf(doc, k), 'case'))
    ? n
    : undefined;
}

/**
 * "Dozens of fighters from G surrounded an H camp and exchanged fire with the soldiers": a verb
 * joined by "and" to an active verb, with no subject of its own, shares that verb's subject, so
 * the name word order took (`last`, here H in the first verb's object) gives way to the first
 * name in that subject's phrase. `last` when the parse says nothing else.
 */
export function sharedSubject(
  doc: Annotated,
  t: number,
  usable: Set<number>,
  last: number | undefined,
): number | undefined {
  if (
    last === undefined ||
    !doc.syntax ||
    t < 0 ||
    uposOf(doc, t) !== 'VERB' ||
    !relIs(relOf(doc, t), 'conj')
  )
    return last;
  if (children(doc, t).some((k) => relIs(relOf(doc, k), 'nsubj'))) return last;
  const h = headOf(doc, t);
  if (h < 0 || uposOf(doc, h) !== 'VERB' || voice(doc, h) === 'passive') return last;
  const subj = children(doc, h).find((k) => relOf(doc, k) === 'nsubj');
  if (subj === undefined) return last;
  const span = subtreeSpan(doc, subj);
  // the name word order took is in the subject already: it stands
  const lm = doc.mentions[last];
  if (lm.start >= span.start && lm.end <= span.end) return last;
  for (let k = span.tFirst; k < span.tLast; k++) {
    const mi = mentionAt(doc, k);
    if (mi >= 0 && usable.has(mi)) return mi;
  }
  return last;
}

/**
 * "On Sunday they ambushed a patrol …", "Last week it attacked a convoy …": "they" or "it" as the
 * own subject of the act's main verb, with only a phrase of time or place before it in sentence
 * `si` (no verb, no quotation mark), stands, like a sentence that opens with "They", for the group
 * the sentences before are about (events12). Whether it does, for the verb at `t`.
 */
export function frontedPronounSubject(doc: Annotated, si: number, t: number): boolean {
  if (!doc.syntax || t < 0 || uposOf(doc, t) !== 'VERB') return false;
  // (the main verb, or one the parser hung on ", residents said" after it)
  const h = headOf(doc, t);
  if (relOf(doc, t) !== 'root' && !(h > t && lemmaOf(doc, h) === 'say')) return false;
  // (an active verb: the parser may label its pronoun nsubj:pass with no passive auxiliary)
  const ks = children(doc, t);
  const p = ks.find((k) => relIs(relOf(doc, k), 'nsubj'));
  if (p === undefined || uposOf(doc, p) !== 'PRON' || ks.some((k) => relOf(doc, k) === 'aux:pass'))
    return false;
  const w = lemmaOf(doc, p);
  if (w !== 'they' && w !== 'it') return false;
  const sent = doc.seg.sentences[si];
  if (p <= sent.tFirst) return false;
  for (let k = sent.tFirst; k < p; k++) {
    const u = uposOf(doc, k);
    if (u === 'VERB' || u === 'AUX' || /["“”]/.test(doc.text[doc.seg.tokens.start[k]])) return false;
  }
  return true;
}
