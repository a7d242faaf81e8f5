import type { Annotated } from '../annotated.js';
import { children, headOf, isNegated, lemmaOf, orgAt, relOf, uposOf } from '../syntax.js';
import type { NamedTie } from './arrest-named.js';

// "The men held in P belong to G. One of them, X, …", "Four G commanders were at the meeting.
// One of the commanders, X, …": a plural people noun the sentence ties to a group, then "One of
// them / those / the <noun>, X" in one of the next two sentences: X is a member of the group.

/** nouns for people who may be a group's members ("the three men", "four G commanders") */
const PEOPLE = new Set(
  'man woman person people militant fighter member commander insurgent jihadist rebel gunman recruiter operative suspect extremist'.split(
    ' ',
  ),
);
/** nouns that make their holder a member of the group they name ("members of G", "G fighters") */
const MEMBER_NOUN = new Set(
  'member fighter militant commander operative insurgent jihadist rebel'.split(' '),
);

const wordAt = (doc: Annotated, t: number): string =>
  doc.text.slice(doc.seg.tokens.start[t], doc.seg.tokens.end[t]).toLowerCase();

/** a people noun's lemma, also when the lemmatiser left a plural ("commanders") */
function peopleLemma(doc: Annotated, t: number): string {
  const l = lemmaOf(doc, t);
  if (PEOPLE.has(l)) return l;
  if (l.endsWith('s') && PEOPLE.has(l.slice(0, -1))) return l.slice(0, -1);
  return '';
}

/** the organisation a modifier of `t` names: "G fighters", "members of G", "belong to G" */
function modifierGroup(doc: Annotated, t: number): number {
  for (const k of children(doc, t)) {
    if (!/^(?:nmod|compound|obl|nmod:poss)$/.test(relOf(doc, k))) continue;
    const o = orgAt(doc, k);
    if (o >= 0) return o;
  }
  return -1;
}

/**
 * The group plural people noun `p` is tied to in its sentence: a group modifier of its own ("four
 * G commanders"), a membership noun it is the subject of ("the men were members of G"), or
 * "belong to G" said of it ("the men held in P belong to G"), or -1.
 */
function peopleGroup(doc: Annotated, p: number): number {
  if (isNegated(doc, p)) return -1;
  const own = modifierGroup(doc, p);
  if (own >= 0) return own;
  const h = headOf(doc, p);
  if (h >= 0 && /^nsubj/.test(relOf(doc, p))) {
    if (isNegated(doc, h)) return -1;
    if (lemmaOf(doc, h) === 'belong' || (uposOf(doc, h) === 'NOUN' && MEMBER_NOUN.has(peopleLemma(doc, h))))
      return modifierGroup(doc, h);
  }
  // ("the men who belong to G", "the men arrested in P belong to G" with "belong" hung on the
  // noun or under its participle)
  return belongBelow(doc, p, 0);
}

/** the group of a "belong to G" clause on `t` or on a clause of its own, or -1 */
function belongBelow(doc: Annotated, t: number, depth: number): number {
  for (const k of children(doc, t)) {
    if (!/^(?:acl|acl:relcl|xcomp)$/.test(relOf(doc, k))) continue;
    if (lemmaOf(doc, k) === 'belong') return isNegated(doc, k) ? -1 : modifierGroup(doc, k);
    if (depth === 0) {
      const g = belongBelow(doc, k, 1);
      if (g >= 0) return g;
    }
  }
  return -1;
}

/**
 * Sentence `si` opens "One of them, X", "One of those, X" or "One of the / those <noun>, X": the
 * token after the comma and the noun's lemma ('' for them and those), or null
 */
function oneOfOpening(doc: Annotated, si: number): { at: number; noun: string } | null {
  const s = doc.seg.sentences[si];
  let t = s.tFirst;
  if (t < s.tLast && /^["“]$/.test(wordAt(doc, t))) t++;
  if (t + 3 >= s.tLast || wordAt(doc, t) !== 'one' || wordAt(doc, t + 1) !== 'of') return null;
  let k = t + 2;
  let noun = '';
  if (wordAt(doc, k) === 'them') k++;
  else if (/^(?:those|these)$/.test(wordAt(doc, k)) && wordAt(doc, k + 1) === ',') k++;
  else if (/^(?:the|those|these)$/.test(wordAt(doc, k))) {
    for (k++; k < s.tLast && k < t + 7 && uposOf(doc, k) !== 'NOUN'; k++) {}
    noun = k < s.tLast ? peopleLemma(doc, k) : '';
    if (!noun) return null;
    k++;
  } else return null;
  if (k >= s.tLast || wordAt(doc, k) !== ',') return null;
  return { at: k + 1, noun };
}

/**
 * member_of ties for "One of them, X" after a plural people noun tied to a group in one of the
 * two sentences before; `by` holds each sentence's mention indexes
 */
export function membersNamedNext(doc: Annotated, by: readonly number[][]): NamedTie[] {
  const out: NamedTie[] = [];
  if (!doc.syntax) return out;
  for (let sj = 1; sj < doc.seg.sentences.length; sj++) {
    const open = oneOfOpening(doc, sj);
    if (!open) continue;
    const named = by[sj].find((mi) => doc.mentions[mi].start === doc.seg.tokens.start[open.at]);
    const person = named === undefined ? -1 : doc.mentionEntity[named];
    if (person < 0 || doc.entities[person].type !== 'person') continue;
    for (let si = sj - 1; si >= 0 && si >= sj - 2; si--) {
      const s = doc.seg.sentences[si];
      let group = -1;
      let found = false;
      for (let t = s.tFirst; t < s.tLast; t++) {
        if (uposOf(doc, t) !== 'NOUN' || !/s$|men$|people$/.test(wordAt(doc, t))) continue;
        const l = peopleLemma(doc, t);
        // ("killing three soldiers", "wounding four vigilantes": a counted plural of other people
        // is whom "them" stands for, when it comes last)
        if (!l && !open.noun && children(doc, t).some((k) => relOf(doc, k) === 'nummod')) {
          found = true;
          group = -1;
          continue;
        }
        if (!l || (open.noun && l !== open.noun)) continue;
        // (a predicate noun speaks of its subject: "the men were members of G" is the men's)
        if (children(doc, t).some((k) => relOf(doc, k) === 'cop')) continue;
        found = true;
        // (the last such noun is the one "them" stands for: "G gunmen attacked a post, killing
        // two soldiers. One of them, X, …" names a soldier, not one of G's gunmen)
        group = peopleGroup(doc, t);
      }
      if (group >= 0)
        out.push({ type: 'member_of', subject: person, object: group, sentence: sj, cue: 'one-of-them' });
      if (found) break;
    }
  }
  return out;
}
