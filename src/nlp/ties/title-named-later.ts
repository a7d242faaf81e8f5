import type { Annotated } from '../annotated.js';
import { children, headOf, lemmaOf, orgAt, personAt, relOf, uposOf } from '../syntax.js';
import type { NamedTie } from './arrest-named.js';

// A title held by someone the text names only later (issue #10, ties24): "A researcher at G said
// … said the researcher, X", "a mid-level commander of G surrendered … The man, X, had …",
// "a senior official of G was killed … Police identified the official as X". The title is
// introduced with "a"/"an" and the organisation it belongs to, and holds no name in its own
// sentence; the same sentence after it or one of the next two names its holder by "the <same
// noun>, X" or "identified/named the <same noun> as X" ("the man"/"the woman" for any title).
// Being one of many ("a commander of G"), the holder is a member of G. (relations.ts's
// `titleFromBefore` reads only a sentence that opens with "The <title>, X" or "The man, identified
// as X" right after the title's; this reads the naming anywhere in the three sentences.)

/** titles whose holder belongs to the organisation named with them */
const TITLE = new Set(
  'commander leader chief member fighter militant operative official researcher analyst fellow officer emir recruiter financier organiser organizer'.split(
    ' ',
  ),
);
/** between a title's group and a name set beside it: ", ", " (GA), ", ", Capt. " */
const PAST_GROUP = /^\s*(?:\([^)]*\)|\))?\s*,\s*(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;
/** "a/an" and a title a few words on, on the text (group: none) */
const INDEFINITE_TITLE = new RegExp(`\\b[Aa]n?\\s+(?:[\\w'’-]+\\s+){0,4}(?:${[...TITLE].join('|')})\\b`);
/** nouns that take up any unnamed title-holder ("The man, X, …") */
const GENERIC = new Set(['man', 'woman']);
/** the cases a title's organisation takes: "a commander of G", "a researcher at G", "an official with G" */
const CASES = new Set(['of', 'at', 'for', 'with', 'in', 'from']);
/** nouns a group's name may be set in ("the G network") */
const GROUP_NOUN = new Set([
  'network',
  'group',
  'cell',
  'faction',
  'organisation',
  'organization',
  'movement',
]);
/** "the researcher, " right before a name (group 1: the noun) */
const DEFINITE_APPOS = /\b[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s*,\s*["“]?$/u;
/** "identified the official as ", "named the dead man as " right before a name (group 1: the noun) */
const DEFINITE_NAMED = /\b(?:identified|named)\s+the\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+as\s+["“]?$/u;

const word = (doc: Annotated, t: number): string =>
  doc.text.slice(doc.seg.tokens.start[t], doc.seg.tokens.end[t]);

/** the organisation title `t` is of ("of G", "at G", "G's", "a G commander"), or -1 */
function titleGroup(doc: Annotated, t: number): number {
  for (const k of children(doc, t)) {
    const r = relOf(doc, k);
    if (r === 'compound' || r === 'nmod:poss') {
      const o = orgAt(doc, k);
      if (o >= 0) return o;
    } else if (r === 'nmod') {
      const c = children(doc, k).find((x) => relOf(doc, x) === 'case');
      if (c === undefined || !CASES.has(lemmaOf(doc, c))) continue;
      const o = orgAt(doc, k);
      if (o >= 0) return o;
      // ("an operative of the G network": the name the group noun is set in)
      if (GROUP_NOUN.has(lemmaOf(doc, k)))
        for (const c of children(doc, k))
          if (/^(?:compound|flat)$/.test(relOf(doc, c)) && orgAt(doc, c) >= 0) return orgAt(doc, c);
    }
  }
  return -1;
}

/** whether the title holds a name in its own sentence: set beside one, or the predicate of one */
function heldHere(doc: Annotated, t: number): boolean {
  const h = headOf(doc, t);
  if (h >= 0 && personAt(doc, h) >= 0 && /^(?:appos|nmod|conj)$/.test(relOf(doc, t))) return true;
  for (const k of children(doc, t)) {
    const r = relOf(doc, k);
    if (r === 'cop') return true;
    if (/^(?:appos|flat|nsubj|acl)/.test(r) && personAt(doc, k) >= 0) return true;
    // ("a commander known as X", "an official identified as X": the naming gives the holder now)
    if (/^acl/.test(r) && /^(?:know|identify|name|call)$/.test(lemmaOf(doc, k))) return true;
  }
  // ("X, a commander of G": a name right before the title's comma)
  const before = t - 1;
  for (let k = before; k >= 0 && k > t - 5; k--) {
    const w = word(doc, k);
    if (w === ',') return k > 0 && personAt(doc, k - 1) >= 0;
    if (uposOf(doc, k) === 'VERB' || uposOf(doc, k) === 'AUX') return false;
  }
  return false;
}

/** "A commander of G, X, was …": a name set off by a comma right after the title's group (past its
 * acronym in brackets and a rank) */
function namedAfterGroup(doc: Annotated, mentions: readonly number[], group: number, from: number): boolean {
  let end = -1;
  for (const mi of mentions) {
    const m = doc.mentions[mi];
    if (m.start < from) continue;
    const e = doc.mentionEntity[mi];
    // (the group's acronym in brackets after its name is the group too)
    if (e === group || end < 0) {
      if (e === group) end = m.end;
      continue;
    }
    return doc.entities[e].type === 'person' && PAST_GROUP.test(doc.text.slice(end, m.start));
  }
  return false;
}

export function titlesNamedLater(doc: Annotated, by: readonly number[][]): NamedTie[] {
  const out: NamedTie[] = [];
  if (!doc.syntax) return out;
  const typeOf = (mi: number) => doc.entities[doc.mentionEntity[mi]]?.type;
  for (let si = 0; si < doc.seg.sentences.length; si++) {
    const s = doc.seg.sentences[si];
    // (the parse is made on demand: only a sentence with an organisation and "a/an … title", and a
    // person named in it or the two after, is walked)
    if (!by[si].some((mi) => typeOf(mi) === 'organization')) continue;
    if (!by.slice(si, si + 3).some((ms) => ms.some((mi) => typeOf(mi) === 'person'))) continue;
    if (!INDEFINITE_TITLE.test(doc.text.slice(s.start, s.end))) continue;
    for (let t = s.tFirst; t < s.tLast; t++) {
      if (uposOf(doc, t) !== 'NOUN') continue;
      const noun = lemmaOf(doc, t);
      if (!TITLE.has(noun) || word(doc, t).toLowerCase() !== noun) continue;
      if (!children(doc, t).some((k) => relOf(doc, k) === 'det' && /^an?$/i.test(word(doc, k)))) continue;
      const group = titleGroup(doc, t);
      if (group < 0 || heldHere(doc, t) || namedAfterGroup(doc, by[si], group, doc.seg.tokens.end[t]))
        continue;
      const from = doc.seg.tokens.end[t];
      let named = -1;
      let at = -1;
      for (let sj = si; sj <= si + 2 && sj < doc.seg.sentences.length && named < 0; sj++) {
        const sent = doc.seg.sentences[sj];
        for (const mi of by[sj]) {
          const m = doc.mentions[mi];
          const e = doc.mentionEntity[mi];
          if (m.start < (sj === si ? from : sent.start) || doc.entities[e].type !== 'person') continue;
          const lead = doc.text.slice(Math.max(sent.start, m.start - 80), m.start);
          const x = DEFINITE_APPOS.exec(lead) ?? DEFINITE_NAMED.exec(lead);
          if (!x) continue;
          const n = x[1].toLowerCase();
          if (n !== noun && !GENERIC.has(n)) continue;
          named = e;
          at = sj;
          break;
        }
      }
      if (named >= 0 && !out.some((r) => r.subject === named && r.object === group))
        out.push({
          type: 'member_of',
          subject: named,
          object: group,
          sentence: at,
          cue: 'member_of/title-named-later',
        });
    }
  }
  return out;
}
