// The contract between the dependency parser (src/nlp/parser/) and the stages that read
// the parse (quotes, relations, events). The parse stage fills `Annotated.syntax` after
// segmentation; readers walk arcs through these helpers rather than the arrays directly,
// so the storage can change without touching them.
//
// Token indices are document-wide (the index into `seg.tokens`), so a mention's tokens,
// a word's `t` and a parse arc all speak the same numbers.

/** Universal Dependencies UPOS tags, in the order the parser stores them. */
export const UPOS = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
] as const;
export type Upos = (typeof UPOS)[number];

/** Per-token analysis of a whole document (parallel typed arrays, like `Tokens`). */
export interface Syntax {
  /** index into UPOS */
  upos: Uint8Array;
  /** document-wide token index of the head; -1 for a sentence root (and for tokens not parsed, e.g. spaces) */
  head: Int32Array;
  /** index into `labels` */
  rel: Uint8Array;
  /** the label set of the model that produced this parse (UD relations with subtypes, e.g. 'nsubj:pass') */
  labels: readonly string[];
  /**
   * lower-case lemma of each token. Read it through `lemmaOf`: when the parse stage
   * stores lemmas as ids (`lemmaIds` into `lemmaList`), this array is only built on
   * first access (14 MB for a 10 MB text).
   */
  lemma: string[];
  /** lemma of token t is lemmaList[lemmaIds[t]], when set */
  lemmaIds?: Uint32Array;
  lemmaList?: readonly string[];
  /**
   * A parse made on demand (parse.ts, `lazy`): 1 for each token whose sentence is not
   * parsed yet; `fill(t)` parses the sentence holding token t. The helpers below call it
   * before they read a token, so readers never see the difference.
   */
  todo?: Uint8Array;
  fill?: (t: number) => void;
}

/** The parse with token t's sentence parsed (a no-op unless the parse is made on demand). */
function ready(s: Syntax, t: number): Syntax {
  if (s.todo !== undefined && s.todo[t] === 1) (s.fill as (t: number) => void)(t);
  return s;
}

// ---------------------------------------------------------------------------------------
// Helpers for readers. Every function takes the annotated document and document-wide
// token indices; a document without a parse answers as if every token were a root with
// no dependents (empty lists, no negation, active voice), so a reader degrades instead
// of failing. Labels are matched by `relIs`: a query without a subtype ("nsubj") also
// matches its subtypes ("nsubj:pass"); a query with one matches only itself.

import { type Annotated, spanLookup } from './annotated.js';

/** what joinMentionsInParse leaves to do on each sentence a parse on demand fills, by its `todo` */
export const syntaxAfter = new WeakMap<Uint8Array, (sentence: number) => void>();

/** True when `label` is `query`, or a subtype of it when `query` has none ("obl" matches "obl:tmod"). */
export function relIs(label: string, query: string): boolean {
  if (label === query) return true;
  return (
    !query.includes(':') &&
    label.length > query.length &&
    label[query.length] === ':' &&
    label.startsWith(query)
  );
}

/** Head of a token (document-wide index), -1 for a root, a space, or no parse. */
export function headOf(doc: Annotated, t: number): number {
  return doc.syntax ? ready(doc.syntax, t).head[t] : -1;
}

/** The relation label of a token to its head ('' without a parse). */
export function relOf(doc: Annotated, t: number): string {
  const s = doc.syntax;
  return s ? (s.labels[ready(s, t).rel[t]] ?? '') : '';
}

/** The UPOS tag of a token (null without a parse). */
export function uposOf(doc: Annotated, t: number): Upos | null {
  const s = doc.syntax;
  return s ? UPOS[ready(s, t).upos[t]] : null;
}

/** Lower-case lemma of a token (the lower-cased token without a parse); '' for an index outside
 *  the text, so a rule that looks one token past the end reads nothing instead of throwing. */
export function lemmaOf(doc: Annotated, t: number): string {
  const { start, end, length } = doc.seg.tokens;
  if (!(t >= 0 && t < length)) return '';
  const s = doc.syntax;
  if (s?.lemmaIds && s.lemmaList) return s.lemmaList[s.lemmaIds[t]] ?? '';
  if (s) return s.lemma[t] ?? '';
  return doc.text.slice(start[t], end[t]).toLowerCase();
}

/** Index of the sentence holding a token (binary search over the sentences' token ranges). */
function sentenceOfToken(doc: Annotated, t: number): number {
  const s = doc.seg.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid].tFirst <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The dependents of a token, in text order. */
export function children(doc: Annotated, t: number): number[] {
  const s = doc.syntax;
  if (!s || t < 0) return [];
  ready(s, t);
  const sent = doc.seg.sentences[sentenceOfToken(doc, t)];
  const out: number[] = [];
  for (let k = sent.tFirst; k < sent.tLast; k++) if (s.head[k] === t) out.push(k);
  return out;
}

/** The dependents of a token with one of the given labels ("nsubj" also finds "nsubj:pass"). */
export function dependents(doc: Annotated, t: number, ...labels: string[]): number[] {
  return children(doc, t).filter((k) => labels.some((q) => relIs(relOf(doc, k), q)));
}

/** The chain of heads from a token up to its sentence root, the token first. */
export function ancestors(doc: Annotated, t: number): number[] {
  const out = [t];
  const s = doc.syntax;
  if (!s) return out;
  ready(s, t);
  // a malformed parse with a cycle must not hang a reader
  for (let h = s.head[t]; h >= 0 && out.length < 512 && !out.includes(h); h = s.head[h]) out.push(h);
  return out;
}

/** A token's subtree as a token range [tFirst, tLast) and its character span (the outermost tokens). */
export function subtreeSpan(
  doc: Annotated,
  t: number,
): { tFirst: number; tLast: number; start: number; end: number } {
  let first = t;
  let last = t;
  const s = doc.syntax;
  if (s) {
    ready(s, t);
    const sent = doc.seg.sentences[sentenceOfToken(doc, t)];
    for (let k = sent.tFirst; k < sent.tLast; k++) {
      if (k >= first && k <= last) continue;
      if (s.head[k] < 0) continue;
      if (ancestors(doc, k).includes(t)) {
        if (k < first) first = k;
        if (k > last) last = k;
      }
    }
  }
  const { start, end } = doc.seg.tokens;
  return { tFirst: first, tLast: last + 1, start: start[first], end: end[last] };
}

/** The token of sentence `si` that starts at offset `off`, or -1. */
export function tokenAt(doc: Annotated, si: number, off: number): number {
  const sent = doc.seg.sentences[si];
  const { start } = doc.seg.tokens;
  let lo = sent.tFirst;
  let hi = sent.tLast - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (start[mid] < off) lo = mid + 1;
    else if (start[mid] > off) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** The tokens [tFirst, tLast) a mention covers (an empty range at its start when none does). */
export function mentionTokens(doc: Annotated, mi: number): { tFirst: number; tLast: number } {
  const m = doc.mentions[mi];
  const sent = doc.seg.sentences[m.sentence];
  const { start, end } = doc.seg.tokens;
  let lo = sent.tFirst;
  let hi = sent.tLast;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (end[mid] <= m.start) lo = mid + 1;
    else hi = mid;
  }
  let last = lo;
  while (last < sent.tLast && start[last] < m.end) last++;
  return { tFirst: lo, tLast: last };
}

/**
 * The token that stands for a mention in the parse: the one of its tokens whose head
 * lies outside the mention (after the parse stage has joined names, there is one).
 * Without a parse, the mention's last token.
 */
export function mentionHead(doc: Annotated, mi: number): number {
  const { tFirst, tLast } = mentionTokens(doc, mi);
  return spanHead(doc, tFirst, tLast);
}

/** The token of a span [tFirst, tLast) whose head lies outside it, highest in the tree first. */
export function spanHead(doc: Annotated, tFirst: number, tLast: number): number {
  const s = doc.syntax;
  if (tLast <= tFirst) return tFirst;
  if (!s) return tLast - 1;
  let best = -1;
  let bestDepth = Number.POSITIVE_INFINITY;
  for (let k = tFirst; k < tLast; k++) {
    const h = ready(s, k).head[k];
    if (h >= tFirst && h < tLast) continue;
    if (h < 0 && isSpaceOrUnparsed(doc, k)) continue;
    const d = ancestors(doc, k).length;
    if (d < bestDepth) {
      best = k;
      bestDepth = d;
    }
  }
  return best >= 0 ? best : tLast - 1;
}

function isSpaceOrUnparsed(doc: Annotated, k: number): boolean {
  const { start, end } = doc.seg.tokens;
  return !doc.text.slice(start[k], end[k]).trim();
}

const mentionIndex = new WeakMap<Annotated, (offset: number) => number>();

/** The mention covering a token, or -1 (any mention, whether or not it joined an entity). */
export function mentionAt(doc: Annotated, t: number): number {
  let lookup = mentionIndex.get(doc);
  if (!lookup) {
    lookup = spanLookup(doc.mentions);
    mentionIndex.set(doc, lookup);
  }
  return lookup(doc.seg.tokens.start[t]);
}

/** The entity of `type` whose mention covers token `t`, or -1. */
function entityOfTypeAt(doc: Annotated, t: number, type: string): number {
  const mi = mentionAt(doc, t);
  const e = mi < 0 ? -1 : doc.mentionEntity[mi];
  return e >= 0 && doc.entities[e].type === type ? e : -1;
}

/** The organisation a token names, or -1. */
export const orgAt = (doc: Annotated, t: number): number => entityOfTypeAt(doc, t, 'organization');

/** The person a token names, or -1. */
export const personAt = (doc: Annotated, t: number): number => entityOfTypeAt(doc, t, 'person');

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);

/** True when a predicate is negated: a `neg` dependent, or an advmod/det "not", "never", "n't". */
export function isNegated(doc: Annotated, t: number): boolean {
  for (const k of children(doc, t)) {
    const r = relOf(doc, k);
    if (relIs(r, 'neg')) return true;
    if ((relIs(r, 'advmod') || relIs(r, 'aux') || relIs(r, 'det')) && NEGATORS.has(normApos(lemmaOf(doc, k))))
      return true;
  }
  return false;
}

const normApos = (s: string) => s.replace(/[’`]/g, "'");

/** Passive when the predicate has a passive subject or a passive auxiliary. */
export function voice(doc: Annotated, t: number): 'active' | 'passive' {
  for (const k of children(doc, t)) {
    const r = relOf(doc, k);
    if (r === 'nsubj:pass' || r === 'csubj:pass' || r === 'aux:pass' || r === 'expl:pass') return 'passive';
  }
  return 'active';
}

/**
 * A token and its conjuncts, in text order: "Hamas, Hezbollah and the Houthis" from any of
 * the three. UD hangs later conjuncts on the first; chains are followed too.
 */
export function conjuncts(doc: Annotated, t: number): number[] {
  let first = t;
  for (let n = 0; n < 64 && relIs(relOf(doc, first), 'conj') && headOf(doc, first) >= 0; n++)
    first = headOf(doc, first);
  const out = [first];
  for (let i = 0; i < out.length && out.length < 256; i++)
    for (const k of dependents(doc, out[i], 'conj')) if (!out.includes(k)) out.push(k);
  return out.sort((a, b) => a - b);
}

/**
 * Makes each multi-token mention one node of the parse: its head token (`spanHead`)
 * takes every arc that pointed at another of its tokens, and the mention's other tokens
 * whose head lay outside hang on it as `flat`. Readers then meet a name at one token.
 * Returns how many arcs were moved.
 */
export function joinMentionsInParse(doc: Annotated): number {
  const s = doc.syntax;
  if (!s) return 0;
  if (s.todo) {
    // a parse on demand: each sentence's names are joined when it is parsed, as they
    // stand now (later stages may add mentions)
    const by = new Map<number, number[]>();
    for (let mi = 0; mi < doc.mentions.length; mi++) {
      const { tFirst, tLast } = mentionTokens(doc, mi);
      if (tLast - tFirst < 2) continue;
      const si = doc.mentions[mi].sentence;
      const l = by.get(si);
      if (l) l.push(tFirst, tLast);
      else by.set(si, [tFirst, tLast]);
    }
    const sentences = doc.seg.sentences;
    syntaxAfter.set(s.todo, (si) => {
      const l = by.get(si);
      if (l) for (let i = 0; i < l.length; i += 2) joinName(doc, s, sentences[si], l[i], l[i + 1]);
    });
    // the sentences parsed already (none, unless a reader ran before this)
    for (const si of by.keys()) {
      const sent = sentences[si];
      if (sent.tLast > sent.tFirst && s.todo[sent.tFirst] === 0) {
        const l = by.get(si) as number[];
        for (let i = 0; i < l.length; i += 2) joinName(doc, s, sent, l[i], l[i + 1]);
      }
    }
    return 0;
  }
  let moved = 0;
  for (let mi = 0; mi < doc.mentions.length; mi++) {
    const { tFirst, tLast } = mentionTokens(doc, mi);
    if (tLast - tFirst < 2) continue;
    moved += joinName(doc, s, doc.seg.sentences[doc.mentions[mi].sentence], tFirst, tLast);
  }
  return moved;
}

/** joinMentionsInParse for one name, the tokens [tFirst, tLast) of sentence `sent` */
function joinName(
  doc: Annotated,
  s: Syntax,
  sent: { tFirst: number; tLast: number },
  tFirst: number,
  tLast: number,
): number {
  const flat = s.labels.indexOf('flat');
  let moved = 0;
  {
    const h = spanHead(doc, tFirst, tLast);
    for (let k = sent.tFirst; k < sent.tLast; k++) {
      if (k === h) continue;
      const inside = k >= tFirst && k < tLast;
      const hk = s.head[k];
      if (inside) {
        if (isSpaceOrUnparsed(doc, k)) continue;
        if (hk < tFirst || hk >= tLast) {
          s.head[k] = h;
          if (flat >= 0) s.rel[k] = flat;
          moved++;
        }
      } else if (hk >= tFirst && hk < tLast && hk !== h) {
        s.head[k] = h;
        moved++;
      }
    }
  }
  return moved;
}
