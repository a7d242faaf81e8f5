import winkNLP from 'wink-nlp';
import { makeCollector } from './memory.js';
import { segmentationModel } from './wink-model.js';

// Stage 1: paragraphs, sentences and tokens. Offsets always point into the original
// text; typographic variants (curly quotes, dashes, non-breaking spaces) are folded in
// each token's `norm`, never in the text, so offsets need no mapping back.

type ParagraphRole = 'title' | 'dek' | 'repeat' | 'body' | 'pullquote' | 'dateline' | 'byline';

interface Paragraph {
  start: number;
  end: number;
  role: ParagraphRole;
  /** sentence index range [first, last) */
  sFirst: number;
  sLast: number;
}

interface Sentence {
  start: number;
  end: number;
  /** token index range [tFirst, tLast) */
  tFirst: number;
  tLast: number;
  paragraph: number;
}

/** Universal Dependencies POS tags as wink-nlp emits them. */
export const POS = [
  'X',
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
  'SPACE',
] as const;
export type PosTag = (typeof POS)[number];
const POS_ID = new Map<string, number>(POS.map((p, i) => [p, i]));
const PROPN_ID = POS_ID.get('PROPN') ?? 0;
/** a run of letters (and their marks) that wink may have cut from the rest of its word */
const PIECE = /^[\p{L}\p{M}]+$/u;
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;
export const P = Object.fromEntries(POS.map((p, i) => [p, i])) as Record<PosTag, number>;

/**
 * Tokens as parallel typed arrays: a 10 MB article has ~1.7M tokens, and objects
 * per token would cost ~100 bytes each; these cost 9.
 */
class Tokens {
  start: Int32Array;
  end: Int32Array;
  pos: Uint8Array;
  length = 0;

  constructor(capacity = 1024) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.pos = new Uint8Array(capacity);
  }

  /** Frees the arrays once no later stage needs tokens (a 10 MB text holds ~18 MB of them). */
  release(): void {
    this.start = new Int32Array(0);
    this.end = new Int32Array(0);
    this.pos = new Uint8Array(0);
    this.length = 0;
  }

  /** Drops the capacity beyond the last token (the arrays are sized up front from the text's length). */
  trim(): void {
    if (this.start.length <= this.length + 1024) return;
    this.start = this.start.slice(0, this.length);
    this.end = this.end.slice(0, this.length);
    this.pos = this.pos.slice(0, this.length);
  }

  push(s: number, e: number, pos: number): void {
    if (this.length === this.start.length) {
      const n = this.length * 2;
      const grow = <T extends Int32Array | Uint8Array>(a: T, mk: (n: number) => T): T => {
        const b = mk(n);
        b.set(a);
        return b;
      };
      this.start = grow(this.start, (k) => new Int32Array(k));
      this.end = grow(this.end, (k) => new Int32Array(k));
      this.pos = grow(this.pos, (k) => new Uint8Array(k));
    }
    this.start[this.length] = s;
    this.end[this.length] = e;
    this.pos[this.length] = pos;
    this.length++;
  }
}

export interface Segmented {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Tokens;
  /** lower-case lemma of each token (wink's lemmatiser), when asked for */
  lemmas?: Lemmas;
}

export interface SegmentOptions {
  /** also collect each token's lemma (the parse stage keeps them) */
  lemmas?: boolean;
}

let nlp: ReturnType<typeof winkNLP> | null = null;
function wink() {
  if (!nlp) nlp = winkNLP(segmentationModel() as Parameters<typeof winkNLP>[0], ['sbd', 'pos']);
  return nlp;
}

/** Loads the segmentation model now (the CLI does, while the parser model is read). */
export function loadSegmenter(): void {
  wink();
}

/**
 * Drops the segmentation model (~10 MB of heap), for a very long text's later stages,
 * which do not segment; the next `segment()` builds it again (about 0.1 s).
 */
export function unloadSegmenter(): void {
  nlp = null;
}

const PULL_OPEN = /^\s*\[(?:pull)?quote\]/i;

/** Splits text into paragraphs: one per line, unless the text is hard-wrapped. */
function splitParagraphs(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let i = 0;
  while (i <= text.length) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = text.length;
    lines.push({ start: i, end: j });
    i = j + 1;
  }
  const nonEmpty = lines.filter((l) => text.slice(l.start, l.end).trim());
  // Hard-wrapped text: most lines are of similar width and end mid-sentence.
  const wrapped =
    nonEmpty.length >= 6 &&
    nonEmpty.filter(
      (l) =>
        l.end - l.start >= 55 && l.end - l.start <= 90 && !/[.!?:"”’]\s*$/.test(text.slice(l.start, l.end)),
    ).length >
      nonEmpty.length * 0.5;
  const out: { start: number; end: number }[] = [];
  if (!wrapped) {
    for (const l of nonEmpty) out.push(trimSpan(text, l.start, l.end));
    return out;
  }
  let cur: { start: number; end: number } | null = null;
  for (const l of lines) {
    const blank = !text.slice(l.start, l.end).trim();
    if (blank) {
      if (cur) out.push(trimSpan(text, cur.start, cur.end));
      cur = null;
    } else if (!cur) cur = { ...l };
    else cur.end = l.end;
  }
  if (cur) out.push(trimSpan(text, cur.start, cur.end));
  return out;
}

function trimSpan(text: string, s: number, e: number): { start: number; end: number } {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

const MAX_CHUNK = 20_000;

/** Runs the tokenizer/tagger over one paragraph and appends its sentences and tokens. */
/**
 * Lemmas as ids into a list of distinct strings: 4 bytes a token, where an array of
 * (even interned) strings costs 8 and more while it grows. A 10 MB text has ~1.7 M
 * tokens and some tens of thousands of distinct lemmas.
 */
export class Lemmas {
  ids: Uint32Array;
  list: string[] = [];
  length = 0;
  private index: Map<string, number> | null = new Map();

  constructor(capacity = 1024) {
    this.ids = new Uint32Array(capacity);
  }

  push(lemma: string): void {
    const index = this.index as Map<string, number>;
    let id = index.get(lemma);
    if (id === undefined) {
      id = this.list.push(lemma) - 1;
      index.set(lemma, id);
    }
    if (this.length === this.ids.length) {
      const grown = new Uint32Array(this.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.length++] = id;
  }

  /** The lemma of token t. */
  at(t: number): string {
    return this.list[this.ids[t]];
  }

  /** No more pushes: drops the lookup table and the unused capacity. */
  seal(): void {
    this.index = null;
    if (this.ids.length > this.length) this.ids = this.ids.slice(0, this.length);
  }
}

type Out = Segmented;

function tagParagraph(text: string, pStart: number, pEnd: number, pIndex: number, out: Out): void {
  // Pathological inputs (megabytes without a newline) are cut at sentence-like breaks.
  for (let cs = pStart; cs < pEnd; ) {
    let ce = pEnd;
    if (ce - cs > MAX_CHUNK) {
      const cut = text.lastIndexOf('. ', cs + MAX_CHUNK);
      ce = cut > cs ? cut + 1 : cs + MAX_CHUNK;
    }
    tagChunk(text, cs, ce, pIndex, out);
    cs = ce;
    while (cs < pEnd && /\s/.test(text[cs])) cs++;
  }
}

/** ranks and titles written with a full stop that come before a name */
const RANK_DOT =
  /^(?:Maj|Brig|Gen|Adm|Capt|Cmdr|Cdr|Col|Lt|Sgt|Cpl|Pvt|Pfc|Pte|Gov|Sen|Rep|Rev|Amb|Cmdre|Insp|Supt)\s?\.$/;

/** the second half of a hyphenated rank ("Brig.-Gen.", "Lt.-Col."), as wink gives it without its stop */
const RANK_SECOND = /^(?:Gen|Col|Cmdr|Cdr|Adm|Maj|Cmdre)$/;
/** such a rank as one word of ours */
const RANK_PAIR = /^\p{Lu}\p{Ll}{1,5}\.-(?:Gen|Col|Cmdr|Cdr|Adm|Maj|Cmdre)\.$/u;

/**
 * Abbreviations wink cuts from their full stop (the others, "Gen.", "Calif.", "Sept.", it keeps
 * whole): ranks, titles, a state of the news agencies and a few nouns of names
 */
const ABBR_SPLIT = new Set(
  'Maj Adm Cmdr Cdr Cpl Pvt Pfc Pte Spc Rev Amb Cmdre Insp Supt Atty Fr Gens Wis Bros Dept Univ Blvd'.split(
    ' ',
  ),
);
/** those of them that come before a name (a sentence after them starts with it) */
const TITLE_DOT = /^(?:Maj|Adm|Cmdr|Cdr|Cpl|Pvt|Pfc|Pte|Spc|Rev|Amb|Cmdre|Insp|Supt|Atty|Fr|Gens)\.$/;

function tagChunk(text: string, cs: number, ce: number, pIndex: number, out: Out): void {
  const w = wink();
  const chunk = text.slice(cs, ce);
  const doc = w.readDoc(chunk);
  const its = w.its;
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const lemmas = out.lemmas ? (doc.tokens().out(its.lemma as unknown as typeof its.value) as string[]) : null;
  // wink's token k is ours[k] (an abbreviation and its full stop are one token of ours)
  const ours = new Int32Array(values.length + 1);
  let cursor = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    let at = chunk.indexOf(v, cursor);
    // wink occasionally normalises a token; fall back to the next non-space character.
    if (at < 0 || at - cursor > 40) {
      at = cursor;
      while (at < chunk.length && /\s/.test(chunk[at])) at++;
    }
    const len = at < 0 ? 0 : Math.min(v.length, chunk.length - at);
    ours[k] = out.tokens.length;
    // "Brig.-Gen.", "Lt.-Col.", "Maj.-Gen.": a rank of two abbreviations joined by a hyphen, as
    // Canadian and older British style writes it, is one word (wink cuts it in four)
    if (
      v.endsWith('.') &&
      RANK_DOT.test(v) &&
      values[k + 1] === '-' &&
      RANK_SECOND.test(values[k + 2] ?? '') &&
      values[k + 3] === '.' &&
      chunk.startsWith(`-${values[k + 2]}.`, at + len)
    ) {
      const end = at + len + values[k + 2].length + 2;
      out.tokens.push(cs + at, cs + end, POS_ID.get(tags[k]) ?? 0);
      out.lemmas?.push(chunk.slice(at, end).toLowerCase());
      for (let q = k + 1; q <= k + 3; q++) ours[q] = ours[k];
      cursor = end;
      k += 3;
      continue;
    }
    // "Maj.", "Rev.", "Wis.": an abbreviation wink cuts from its full stop is one word, as the
    // treebank the parser learnt from writes it
    if (values[k + 1] === '.' && chunk[at + len] === '.' && ABBR_SPLIT.has(v)) {
      out.tokens.push(cs + at, cs + at + len + 1, POS_ID.get(tags[k]) ?? 0);
      out.lemmas?.push(`${v.toLowerCase()}.`);
      cursor = at + len + 1;
      ours[k + 1] = ours[k];
      k++;
      continue;
    }
    // "Aydın", "Erdoğan", "Şırnak": wink cuts a word at a letter beyond Latin-1; the pieces,
    // with no space between, are one word (a proper noun when it opens with a capital)
    if (
      len > 0 &&
      (chunk.charCodeAt(at + len) > 0xff || chunk.charCodeAt(at + len - 1) > 0xff) &&
      k + 1 < values.length &&
      PIECE.test(v) &&
      chunk.startsWith(values[k + 1], at + len)
    ) {
      let e = k;
      let end = at + len;
      while (
        e + 1 < values.length &&
        PIECE.test(values[e + 1]) &&
        chunk.startsWith(values[e + 1], end) &&
        (BEYOND_LATIN1.test(values[e]) || BEYOND_LATIN1.test(values[e + 1]))
      ) {
        end += values[e + 1].length;
        e++;
      }
      if (e > k) {
        const word = chunk.slice(at, end);
        const pos = /^\p{Lu}/u.test(word) ? PROPN_ID : (POS_ID.get(tags[e]) ?? 0);
        out.tokens.push(cs + at, cs + end, pos);
        out.lemmas?.push(word.toLowerCase());
        for (let q = k + 1; q <= e; q++) ours[q] = ours[k];
        cursor = end;
        k = e;
        continue;
      }
    }
    out.tokens.push(cs + at, cs + at + len, POS_ID.get(tags[k]) ?? 0);
    if (lemmas) out.lemmas?.push(lemmas[k].toLowerCase());
    cursor = at + len;
  }
  ours[values.length] = out.tokens.length;
  // Sentences come as token ranges from wink's boundary detector.
  const bounds = doc.sentences().out(its.span) as unknown as [number, number][];
  const first = out.sentences.length;
  for (const [a, b] of bounds) {
    if (b < a) continue;
    const tFirst = ours[a];
    const tLast = ours[b] + 1;
    if (tLast <= tFirst) continue;
    // "Maj. Gen. Alan Pierce": wink ends a sentence after some ranks and titles
    // ("Madison, Wis., on Monday", "Atty. Gen. X": and after an abbreviation it cut)
    const prev = out.sentences.length > first ? out.sentences[out.sentences.length - 1] : null;
    if (prev && prev.tLast === tFirst) {
      const dot = prev.tLast - 1;
      const abbr = dot > prev.tFirst ? text.slice(out.tokens.start[dot - 1], out.tokens.end[dot]) : '';
      const last = text.slice(out.tokens.start[dot], out.tokens.end[dot]);
      const next = text.slice(out.tokens.start[tFirst], out.tokens.end[tFirst]);
      if (
        ((RANK_DOT.test(abbr) || RANK_DOT.test(last) || RANK_PAIR.test(last)) && /^\p{Lu}/u.test(next)) ||
        (last.endsWith('.') &&
          ABBR_SPLIT.has(last.slice(0, -1)) &&
          (TITLE_DOT.test(last) ? /^\p{Lu}/u : /^[\p{Ll}\d,]/u).test(next))
      ) {
        prev.tLast = tLast;
        prev.end = out.tokens.end[tLast - 1];
        continue;
      }
    }
    out.sentences.push({
      start: out.tokens.start[tFirst],
      end: out.tokens.end[tLast - 1],
      tFirst,
      tLast,
      paragraph: pIndex,
    });
  }
}

/** Splits sentences that wink joined across a line-internal quote close followed by a capital. */
export function segment(text: string, title?: string | null, opts: SegmentOptions = {}): Segmented {
  // about one token per five characters of news text; sized up front to avoid copies
  const out: Out = {
    text,
    paragraphs: [],
    sentences: [],
    tokens: new Tokens(Math.max(1024, Math.ceil(text.length / 5))),
  };
  if (opts.lemmas) out.lemmas = new Lemmas(out.tokens.start.length);
  const paras = splitParagraphs(text);
  const roles = assignRoles(text, paras, title ?? null);
  // the tagger churns the most: collect more often here
  const collect = makeCollector(400_000);
  paras.forEach((p, i) => {
    const sFirst = out.sentences.length;
    tagParagraph(text, p.start, p.end, i, out);
    collect(p.end);
    out.paragraphs.push({ ...p, role: roles[i], sFirst, sLast: out.sentences.length });
  });
  out.lemmas?.seal();
  out.tokens.trim();
  return out;
}

const END_PUNCT = /[.!?…"”’)\]]\s*$/;

/**
 * News layout: a title line, perhaps a dek (standfirst) without a full stop, the
 * title repeated by the page, then the body; `[quote]…[/quote]` pull quotes.
 */
/**
 * true when `s` holds more than `n` characters that are not white space. `norm` keeps
 * each of them and lower-casing never shortens one, so such a paragraph cannot repeat a
 * title of `n` characters: the test stops after n + 1 of them instead of normalising
 * the whole paragraph.
 */
function moreWordCharsThan(s: string, n: number): boolean {
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(s[i]))) continue;
    if (++k > n) return true;
  }
  return false;
}

function assignRoles(
  text: string,
  paras: { start: number; end: number }[],
  title: string | null,
): ParagraphRole[] {
  const roles: ParagraphRole[] = paras.map(() => 'body');
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const body = (i: number) => text.slice(paras[i].start, paras[i].end);
  let titleText = title ? norm(title) : null;
  let i = 0;
  if (paras.length > 1) {
    const first = body(0);
    const looksLikeTitle = first.length < 200 && !END_PUNCT.test(first) && !/[“"]/.test(first[0] ?? '');
    if ((titleText && norm(first) === titleText) || (!titleText && looksLikeTitle)) {
      roles[0] = 'title';
      titleText = norm(first);
      i = 1;
      // A standfirst: short, no closing full stop, right after the title.
      if (
        paras.length > 2 &&
        body(1).length < 400 &&
        !END_PUNCT.test(body(1)) &&
        body(1).split(/\s+/).length >= 5
      ) {
        roles[1] = 'dek';
        i = 2;
      }
    }
  }
  for (let k = i; k < paras.length; k++) {
    const t = body(k);
    if (titleText && !moreWordCharsThan(t, titleText.length) && norm(t) === titleText) roles[k] = 'repeat';
    else if (PULL_OPEN.test(t)) roles[k] = 'pullquote';
  }
  return roles;
}
