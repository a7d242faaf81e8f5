import type { Annotated } from './annotated.js';
import { children, headOf, lemmaOf, relOf, uposOf } from './syntax.js';

// Membership and leadership read for people near an organisation rather than in it (issue #10,
// members29): helpers for the cue table (`relations.ts`) and the parse reader (`ties/read.ts`).

/** verbs whose object or complement is a title the clause gives someone ("became leader of G",
 * "was named head of G", "was promoted to commander of G") */
const GIVES_TITLE = new Set(
  'become remain serve work act name appoint elect make promote choose install declare call consider describe identify'.split(
    ' ',
  ),
);

/** prepositions that open a title's organisation in the cue table ("member of", "officer with") */
const TITLE_PREP = new Set(['of', 'for', 'with', 'in', 'at', 'from']);

const caseOf = (doc: Annotated, t: number): string => {
  for (const k of children(doc, t)) if (relOf(doc, k) === 'case') return lemmaOf(doc, k).toLowerCase();
  return '';
};

/**
 * "X met officials of G", "X killed two members of G", "X told members of G that …", "X thanked the
 * leader of G": the title noun between a person and an organisation is an argument of a verb
 * that stands between them, so it names other people, not the person before the verb. `aEnd` is
 * where the person's name ends and `bStart` where the organisation's begins (character offsets in
 * one sentence, tokens `tFirst`..`tLast`). False without a parse, or when the title is the
 * person's by apposition, copula or "as".
 */
export function titleNamesOthers(
  doc: Annotated,
  tFirst: number,
  tLast: number,
  aEnd: number,
  bStart: number,
): boolean {
  if (!doc.syntax) return false;
  const ts = doc.seg.tokens;
  let a = -1; // the last token of the person's name
  let b = -1; // the first token of the organisation's name
  for (let t = tFirst; t < tLast; t++) {
    if (ts.end[t] <= aEnd) a = t;
    if (b < 0 && ts.start[t] >= bStart) b = t;
  }
  if (a < 0 || b < 0 || b - a < 3) return false;
  // the title's preposition, nearest the organisation (past an article and a few modifiers)
  let prep = -1;
  for (let t = b - 1; t > a + 1 && b - t <= 5; t--)
    if (uposOf(doc, t) === 'ADP' && TITLE_PREP.has(lemmaOf(doc, t).toLowerCase())) {
      prep = t;
      break;
    }
  if (prep < 0) return false;
  let n = prep - 1;
  if (!/^(?:NOUN|PROPN)$/.test(uposOf(doc, n) ?? '')) return false;
  // ("X met the leaders and members of G": the first of conjoined titles carries the relation)
  for (let k = 0; k < 4 && relOf(doc, n) === 'conj' && headOf(doc, n) > a; k++) n = headOf(doc, n);
  const r = relOf(doc, n);
  if (!/^(?:obj|iobj|obl(?::.*)?)$/.test(r)) return false;
  const v = headOf(doc, n);
  // the verb stands between the person and the title, and makes no one the title's holder
  if (v <= a || v >= n || uposOf(doc, v) !== 'VERB' || GIVES_TITLE.has(lemmaOf(doc, v).toLowerCase()))
    return false;
  // ("X, who served as a member of G", "X joined as a fighter"): "as" gives the title
  if (r.startsWith('obl') && caseOf(doc, n) === 'as') return false;
  return true;
}

/**
 * "A, leader of G, and B, head of H, signed": a title set off beside one name of a list (token
 * `t`, the name's apposition) describes that name alone. The predicate keeps a conjunct of the
 * holder only when it stands before the title and has no apposed title of its own ("A and B,
 * members of G" keeps both).
 */
export function ownTitleOnly(doc: Annotated, t: number, ch: (t: number) => number[]): (k: number) => boolean {
  return (k) =>
    k < t && !ch(k).some((x) => x !== t && relOf(doc, x) === 'appos' && uposOf(doc, x) === 'NOUN');
}

/**
 * "G leader A and his deputy B", "G spokesman A and lawyer B": between the conjunction before
 * conjunct `k` and `k` stands a noun of its own, so the title before the first name `first` is
 * not k's.
 */
export function ownTitleWithin(doc: Annotated, first: number, k: number): boolean {
  for (let t = k - 1; t > first && k - t <= 4; t--) {
    const up = uposOf(doc, t);
    if (up === 'CCONJ' || up === 'PUNCT') return false;
    if (up === 'NOUN') return true;
  }
  return false;
}

/**
 * "X, the G leader's driver", "X, the commander's bodyguard": a title that is the possessor of
 * another noun (marked by "'s" right after it, tokens end at `tLast`) names someone other than the
 * name the phrase is set beside.
 */
export function titleOwnedByOther(doc: Annotated, t: number, tLast: number): boolean {
  if (relOf(doc, t) === 'nmod:poss') return true;
  if (t + 1 >= tLast) return false;
  const ts = doc.seg.tokens;
  return /^['’]s?$/.test(doc.text.slice(ts.start[t + 1], ts.end[t + 1]));
}

/**
 * "X, whose brother leads G" parsed with X and "brother" both subjects of "leads": a subject that
 * "whose" owns is the relative clause's own, and the name beside it is no subject of the verb.
 */
export function whoseSubject(doc: Annotated, subjects: number[], ch: (t: number) => number[]): number[] {
  if (subjects.length < 2) return subjects;
  const owned = subjects.filter((s) =>
    ch(s).some((k) => relOf(doc, k) === 'nmod:poss' && lemmaOf(doc, k).toLowerCase() === 'whose'),
  );
  return owned.length ? owned : subjects;
}

/**
 * "A, a commander of G, and B, a spokesman for H" with the second title parsed as an apposition
 * of the first: the name right before the comma that opens a title's phrase (past its article and
 * adjectives; tokens from `first`) is the one it describes, or -1.
 */
export function nameRightBefore(
  doc: Annotated,
  t: number,
  first: number,
  nameHead: Map<number, number>,
): number {
  const ts = doc.seg.tokens;
  const word = (k: number) => doc.text.slice(ts.start[k], ts.end[k]);
  let k = t - 1;
  while (k > first && t - k <= 4 && /^(?:DET|ADJ)$/.test(uposOf(doc, k) ?? '')) k--;
  if (k <= first || word(k) !== ',') return -1;
  return nameHead.get(k - 1) ?? -1;
}

/**
 * "A, a fighter with G, and B, …" with B parsed as an apposition of A's title: a name opened by
 * "and"/"or" (past a comma) is the next member of a list, never the title's holder.
 */
export function openedByConjunction(doc: Annotated, k: number, nameHead: Map<number, number>): boolean {
  let j = k;
  while (j > 0 && nameHead.get(j - 1) === k) j--;
  j--;
  const ts = doc.seg.tokens;
  if (j >= 0 && doc.text.slice(ts.start[j], ts.end[j]) === ',') j--;
  return j >= 0 && uposOf(doc, j) === 'CCONJ';
}

/** a site where things happen to people, not a body they work for when only "at" ties them */
const SITE =
  /\b(?:hotel|mosque|church|temple|shrine|market|bazaar|stadium|airport|theat(?:re|er)|restaurant|cafe|mall)\b/i;

/**
 * "gunmen shot X at the G Hotel", "police arrested X at the G Market": a name's own "at" phrase
 * says where something happened, not whom X works for, when the name is a verb's object or the
 * organisation is a site (`at` the phrase's token, `o` the organisation's names).
 */
export function atSiteOrAct(doc: Annotated, name: number, at: number, orgNames: string[]): boolean {
  if (caseOf(doc, at) !== 'at') return false;
  return /^(?:obj|iobj)$/.test(relOf(doc, name)) || orgNames.some((n) => SITE.test(n));
}
