import { givenNameGender } from '../knowledge/given-names.js';
import { OCCUPATIONS, PERSON_TITLES, ROLES } from '../knowledge/titles.js';
import { type Annotated, mentionsBySentence, roleHolder, sentenceAt, spanLookup } from './annotated.js';
import { orgKind } from './attributes.js';
import { execAll } from './exec-all.js';
import { describedHolder } from './quotes-described.js';
import { INITIALS_OFFICE, initialsHolder } from './quotes-initials.js';
import { ownerAfter } from './quotes-owner-after.js';
import { isSpeechLemma, speechLemma } from './speech.js';
import { phrasalSpeech } from './speech-phrasal.js';
import {
  ancestors,
  dependents,
  headOf,
  lemmaOf,
  mentionAt,
  mentionHead,
  relIs,
  relOf,
  subtreeSpan,
  uposOf,
} from './syntax.js';

// Stage 4: direct quotes and who said them. Quote marks are paired per paragraph
// (curly or straight, double or single, continued across paragraphs by the
// convention of reopening each one); scare quotes of a word or three are not speech.
// The speaker comes from the speech verb beside the quote ("…,” says X; X said: “…”),
// a pronoun resolved to the last person or group the narration named, or, for a
// quote that stands alone, the speaker of the quote before it or the person the
// sentence before names.

export interface QuoteDraft {
  start: number;
  end: number;
  text: string;
  /** entity index or -1 */
  speaker: number;
  speakerText: string | null;
  pullQuote: boolean;
  /** index of the body quote a pull quote repeats */
  repeats: number;
  paragraph: number;
}

const OPENERS = new Set(['“', '"', '„', '«']);
const CLOSERS = new Set(['”', '"', '»']);
const MIN_SPEECH_WORDS = 4;
/** paragraphs either side of a pull quote searched for the quote it repeats */
const PULL_WINDOW = 60;

interface RawQuote {
  start: number; // first char inside the marks
  end: number; // last char inside + 1
  outerStart: number;
  outerEnd: number;
  paragraph: number;
  /** a fragment of two or three words inside reported speech (kept only when its speaker is found) */
  fragment?: boolean;
}

/** Finds quoted spans in each paragraph. */
function findQuoteSpans(doc: Annotated): RawQuote[] {
  const text = doc.text;
  const out: RawQuote[] = [];
  const paras = doc.seg.paragraphs;
  let carry: RawQuote | null = null;
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi];
    if (p.role === 'pullquote') continue;
    let open = -1;
    let openChar = '';
    let depth = 0;
    // A quote left open at the end of the previous paragraph continues if this one reopens.
    if (carry && OPENERS.has(text[p.start])) {
      open = p.start;
      openChar = text[p.start];
    } else if (carry) {
      out.push(carry);
    }
    let carried = (carry && open >= 0 ? carry : null) as RawQuote | null;
    carry = null;
    for (let i = p.start + (carried ? 1 : 0); i < p.end; i++) {
      const c = text[i];
      const prev = i > p.start ? text[i - 1] : ' ';
      const next = i + 1 < p.end ? text[i + 1] : ' ';
      if (open < 0) {
        if (
          (c === '“' || c === '„' || c === '«' || (c === '"' && /[\s([—–-]/.test(prev))) &&
          !/\s/.test(next)
        ) {
          open = i;
          openChar = c;
        } else if (c === '‘' && /[\s([—–-]/.test(prev) && /\p{L}/u.test(next)) {
          open = i;
          openChar = c;
        }
        continue;
      }
      // "…percent.“": an opening mark after the words, at the end, closes the quote
      const misprintedCloser = openChar === '“' && c === '“' && !/\s/.test(prev) && /[\s]/.test(next);
      // "…the word 'surrender,' " he said": a closer set off by a space from a closing single mark
      const spacedCloser = prev === ' ' && /['’]/.test(text[i - 2] ?? '') && !/\p{L}/u.test(next);
      const closesDouble =
        (openChar !== '‘' &&
          CLOSERS.has(c) &&
          (!/\s/.test(prev) || spacedCloser) &&
          (c !== '"' || !/\p{L}/u.test(next))) ||
        misprintedCloser;
      if (closesDouble && depth > 0 && c === '”') {
        depth--;
        continue;
      }
      const closesSingle =
        openChar === '‘' && (c === '’' || c === "'") && !/\p{L}/u.test(next) && !/\s/.test(prev);
      if (closesDouble || closesSingle) {
        const q: RawQuote = carried
          ? { ...carried, end: i, outerEnd: i + 1 }
          : { start: open + 1, end: i, outerStart: open, outerEnd: i + 1, paragraph: pi };
        out.push(q);
        carried = null;
        open = -1;
        depth = 0;
      } else if (openChar !== '‘' && c === '“' && i > open + 1) {
        // a quote inside the quote ("he calls it “a reform” but …") when enough closers
        // follow for both; otherwise the earlier mark was never closed: restart here
        let closers = 0;
        for (let k = i + 1; k < p.end && closers < 2; k++) if (text[k] === '”') closers++;
        if (closers >= 2) depth++;
        else if (carried === null) open = i;
      }
    }
    if (open >= 0 && openChar !== '‘') {
      // unclosed at paragraph end: may continue in the next paragraph
      const c0 = carried as RawQuote | null;
      const startIn: number = c0 ? c0.start : open + 1;
      const outer: number = c0 ? c0.outerStart : open;
      carry = {
        start: startIn,
        end: p.end,
        outerStart: outer,
        outerEnd: p.end,
        paragraph: c0 ? c0.paragraph : pi,
      };
    }
  }
  if (carry) out.push(carry);
  return out.filter((q, i) => {
    const inner = text.slice(q.start, q.end).trim();
    const n = inner.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;
    if (n >= MIN_SPEECH_WORDS) return true;
    // "“Enough!” shouted X": a one-word cry or question taken up by a speech verb
    if (n === 1) return /[!?]$/.test(inner) && shortSpeech(text, q, inner);
    if (n < 2 || shortSpeech(text, q, inner) || nextSentenceOfSpeech(text, q, inner, out[i - 1]))
      return n >= 2;
    q.fragment = reportedFragment(doc, q, inner);
    return q.fragment;
  });
}

/**
 * A quote of two or three words is speech, not a scare-quoted term, when it is a whole
 * utterance: its words end in a comma or a stop inside the marks and a speech verb takes it
 * up just after ("“Nobody warned us,” said X", "“Not yet!” she replied") or just before
 * ("X said: “We refuse.”").
 */
function shortSpeech(text: string, q: RawQuote, inner: string): boolean {
  if (!/[,.!?]$/.test(inner)) return false;
  const after = /^[^.!?\n]{0,60}/.exec(text.slice(q.outerEnd, q.outerEnd + 60))?.[0] ?? '';
  const following = after.match(/\p{L}+/gu)?.slice(0, 8) ?? [];
  if (following.some((w) => /^\p{Ll}/u.test(w) && speechLemma(w) !== null)) return true;
  return endsInSpeechVerb(text.slice(Math.max(0, q.outerStart - 40), q.outerStart), SPEECH_THEN_PUNCT);
}

/**
 * "“…,” said X. “They fled.”": a short whole sentence in quote marks, standing as its own
 * sentence right after a quote of the same paragraph, goes on with that speech.
 */
function nextSentenceOfSpeech(text: string, q: RawQuote, inner: string, prev: RawQuote | undefined): boolean {
  if (!prev || prev.paragraph !== q.paragraph || !/^\p{Lu}/u.test(inner) || !/[.!?]$/.test(inner))
    return false;
  const between = text.slice(prev.outerEnd, q.outerStart);
  return (
    between.length < 200 && /[.!?]\s+$/.test(between) && !/[.!?]\s+\S/.test(between.replace(/[.!?]\s+$/, ''))
  );
}

/** the last word before the quote, then ":" or ",": "X said: “…”" */
const SPEECH_THEN_PUNCT = /(\p{L}+)\s*[:,]\s*$/u;
/** the last word before a phrase, then a space: "said a resident" */
const SPEECH_THEN_SPACE = /(\p{L}+)\s+$/u;

/**
 * The text `before` ends in a speech verb in lower case (then what `tail` allows after it),
 * a form of one of `lemmas` when given, of any speech lemma otherwise.
 */
function endsInSpeechVerb(before: string, tail: RegExp, lemmas?: ReadonlySet<string>): boolean {
  const w = tail.exec(before)?.[1];
  if (w === undefined || !/^\p{Ll}/u.test(w)) return false;
  const l = speechLemma(w);
  return l !== null && (lemmas === undefined || lemmas.has(l));
}

/** speech verbs of naming: what they name is as often a term as someone's words */
const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'describe', 'brand', 'dub', 'label']);
/** verbs besides the speech verbs whose object may be a fragment of the subject's words */
const FRAGMENT_VERBS: ReadonlySet<string> = new Set(['accuse', 'condemn', 'dismiss']);

/**
 * A fragment of two or three words quoted inside reported speech is the speaker's words,
 * not a scare-quoted term: the parse hangs it, within its sentence, from a speech verb
 * outside any quote, written before it ("X said it had struck a “military target”", "Y accused
 * the army of “collective punishment”"). A run of capitalised words is a name or a title.
 */
function reportedFragment(doc: Annotated, q: RawQuote, inner: string): boolean {
  if (!doc.syntax || !doc.seg.tokens.length) return false;
  if (
    /^(?:\P{L}*\p{Lu}[\p{L}'’-]*\P{L}*)+$/u.test(inner.replace(/\s+(?:of|the|and|in|on|for|al|el)\s+/g, ' '))
  )
    return false;
  const toks = doc.seg.tokens;
  const sent = doc.seg.sentences[sentenceAt(doc, q.outerStart)];
  if (q.outerEnd > sent.end) return false;
  const inQ = (t: number) => toks.start[t] >= q.outerStart && toks.start[t] < q.outerEnd;
  for (let t = sent.tFirst; t < sent.tLast; t++) {
    if (!inQ(t)) continue;
    const h = headOf(doc, t);
    if (h < 0 || inQ(h)) continue;
    // a word of the fragment whose head lies outside it: climb to a speech verb
    for (const a of ancestors(doc, h)) {
      const u = uposOf(doc, a);
      // the verb goes first: a term quoted in a clause a later "…, residents said" reports is a scare quote
      if (u !== 'VERB' || toks.start[a] > q.outerStart) continue;
      const word = doc.text.slice(toks.start[a], toks.end[a]);
      const lemma = isSpeechLemma(lemmaOf(doc, a)) ? lemmaOf(doc, a) : (speechLemma(word) ?? lemmaOf(doc, a));
      if (!isSpeechLemma(lemma) && !FRAGMENT_VERBS.has(lemma)) continue;
      if (!NAMING_VERBS.has(lemma)) return true;
      // "calls its fighters “…”" (a habit of usage) and "described the “…” as" (the term
      // described) are scare quotes; "calling the group “…”", "described it as “…”", "what
      // it called a “…”" are words
      const between = doc.text.slice(toks.end[a], q.outerStart).match(/\p{L}+/gu) ?? [];
      if (/s$/.test(word)) return false;
      // "what it called a “…”": the naming is the speaker's own
      if (/\bwhat\s+\p{L}+\s+$/iu.test(doc.text.slice(Math.max(0, toks.start[a] - 30), toks.start[a])))
        return true;
      return between.some((w) => !/^(?:the|a|an|its|their|his|her|this|that)$/i.test(w));
    }
  }
  return false;
}

function trimQuote(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return [s, e];
}

/** What the stages share while attributing one document's quotes. */
interface Ctx {
  doc: Annotated;
  text: string;
  /** the text with every quote, marks included, blanked to MASK (same offsets) */
  masked: string;
  bySentence: number[][];
  inQuote: (off: number) => boolean;
  genders: Map<number, 'm' | 'f' | null>;
}

/** who a quote is given to: an entity (or -1) and how the text names the speaker */
interface Speaker {
  speaker: number;
  text: string | null;
}

const MASK = '\u25a1';

export function extractQuotes(doc: Annotated): QuoteDraft[] {
  const text = doc.text;
  const raw = findQuoteSpans(doc);
  const rawAt = spanLookup(raw);
  // built from slices, not an array of characters: a 10 MB text would cost ~85 MB of pointers
  const parts: string[] = [];
  let prev = 0;
  for (const q of [...raw].sort((a, b) => a.outerStart - b.outerStart)) {
    const from = Math.max(prev, q.outerStart);
    if (q.outerEnd <= from) continue;
    parts.push(text.slice(prev, from), MASK.repeat(q.outerEnd - from));
    prev = q.outerEnd;
  }
  parts.push(text.slice(prev));
  const ctx: Ctx = {
    doc,
    text,
    masked: parts.join(''),
    bySentence: mentionsBySentence(doc),
    inQuote: (off: number) => rawAt(off) >= 0,
    genders: new Map(),
  };
  const drafts: QuoteDraft[] = [];
  for (const q of raw) {
    const [s, e] = trimQuote(text, q.start, q.end);
    const d: QuoteDraft = {
      start: s,
      end: e,
      text: text.slice(s, e),
      speaker: -1,
      speakerText: null,
      pullQuote: false,
      repeats: -1,
      paragraph: q.paragraph,
    };
    const who = attribute(ctx, q, drafts);
    if (who) {
      d.speaker = who.speaker;
      d.speakerText = who.text;
    }
    surnameSpeaker(doc, d);
    // a fragment whose speaker reads as neither a name nor a source is left out
    if (
      q.fragment &&
      d.speaker < 0 &&
      !plausibleDescription(d.speakerText) &&
      !NAME_LIKE.test(d.speakerText ?? '')
    )
      continue;
    drafts.push(d);
  }
  // Pull quotes repeat a body quote: link them and take its speaker.
  for (let pi = 0; pi < doc.seg.paragraphs.length; pi++) {
    const p = doc.seg.paragraphs[pi];
    if (p.role !== 'pullquote') continue;
    const inner = text.slice(p.start, p.end).replace(/^\s*\[(?:pull)?quote\]/i, '');
    const off = p.start + (text.slice(p.start, p.end).length - inner.length);
    const close = inner.search(/\[\/(?:pull)?quote\]/i);
    const body = close >= 0 ? inner.slice(0, close) : inner;
    const m = body.match(/^[\s"“”]*/);
    const lead = m ? m[0].length : 0;
    let s = off + lead;
    let e = off + body.replace(/[\s"“”]*$/, '').length;
    [s, e] = trimQuote(text, s, e);
    let best = -1;
    let bestJ = 0.3;
    // a pull quote repeats a quote of the same article section: look nearby only
    for (let k = 0; k < drafts.length; k++) {
      if (drafts[k].pullQuote || Math.abs(drafts[k].paragraph - pi) > PULL_WINDOW) continue;
      const j = overlap(text.slice(s, e), drafts[k].text);
      if (j > bestJ) {
        best = k;
        bestJ = j;
      }
    }
    drafts.push({
      start: s,
      end: e,
      text: text.slice(s, e),
      speaker: best >= 0 ? drafts[best].speaker : -1,
      speakerText: best >= 0 ? drafts[best].speakerText : null,
      pullQuote: true,
      repeats: best,
      paragraph: pi,
    });
  }
  return drafts;
}

/** a run of capitalised words: a name the entities may not hold ("Gen. Ann Lee") */
const NAME_LIKE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,5}$/u;

function overlap(a: string, b: string): number {
  const A = new Set(a.toLowerCase().match(/[\p{L}\d]+/gu) ?? []);
  const B = new Set(b.toLowerCase().match(/[\p{L}\d]+/gu) ?? []);
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / Math.min(A.size || 1, B.size || 1);
}

// ------------------------------------------------------------------ speech cues

/** A speech verb (or "according to") in the narration around a quote. */
interface Cue {
  start: number;
  end: number;
  word: string;
  lemma: string;
}

const WORD_RE = /\p{L}[\p{L}'’-]*/gu;
/** a word after one of these is a noun ("the report", "his claims"), not a verb */
const NOUN_BEFORE =
  /^(?:the|a|an|his|her|its|their|our|my|your|this|these|those|whose|no|any|every|each|such|another|[\p{L}.-]+['’]s?)$/iu;
/** particles that turn a speech verb into something else: "called for", "continued to" */
const NOT_SPEECH: Record<string, RegExp> = {
  call: /^(?:for|on|off|in|up|out|back|it|him|her|them)$/,
  continue: /^(?:to|with|for|in|on|at)$/,
  add: /^(?:to|up)$/,
  post: /^(?:on|to|bail|bond)$/,
  state: /^(?:of)$/,
  read: /^(?:about|up|out)$/,
  sing: /^(?:along)$/,
  // "officials briefed on the talks", "informed sources": the told, not the teller
  brief: /^(?:on|about)$/,
  inform: /^(?:sources?|officials?|people|circles|observers|of|about|on)$/,
};

/** "on X to (do) □", "for (a) □" in the masked text: an appeal that the quote then words */
const CALL_ON_QUOTED = /^\s*(?:on\s+[^.;!?\u25a1]{1,60}?\s+to|for)\s+(?:[\p{L}-]+\s+){0,3}\u25a1/u;

/** "on Telegram", "to its website", "on the group's channel": where words are posted */
const PLATFORM_AFTER =
  /^\s*(?:on|to)\s+(?:(?:its|his|her|their|the|an?|[\p{Lu}][\p{L}-]*['’]s?)\s+)?(?:(?:official|own|social|encrypted|private|public|verified)\s+)?(?:Telegram|X|Twitter|Facebook|Instagram|TikTok|YouTube|WhatsApp|Weibo|VK|media|website|site|channels?|accounts?|page|blog|forums?|feed)\b/u;

/**
 * The speech verb's particle or object makes it something else ("called for", "continued
 * to"), given the masked text after it; but "calling them “…”" gives a name in the
 * speaker's words.
 */
function notSpeech(lemma: string, rest: string): boolean {
  const m = /^\s*(\p{L}+)/u.exec(rest);
  const next = m?.[1].toLowerCase() ?? '';
  if (!NOT_SPEECH[lemma]?.test(next)) return false;
  // "called on residents to “…”", "called for “…”": the quoted words are the caller's
  if (lemma === 'call' && CALL_ON_QUOTED.test(rest)) return false;
  // "posted on Telegram", "posted to its website": words put on a channel, not men posted on a border
  if (lemma === 'post' && PLATFORM_AFTER.test(rest)) return false;
  return !(
    lemma === 'call' &&
    m &&
    /^(?:it|him|her|them)$/.test(next) &&
    /^\s*\u25a1/u.test(rest.slice(m[0].length))
  );
}

/** "…”, a claim X could not confirm", "was unable to verify", "declined to say": no words were spoken */
const NEGATED_BEFORE =
  /(?:\bnot|n['’]t|\bnever|\bcannot|\b(?:unable|failed|refused|declined)\s+to)\s+(?:\p{Ll}+ly\s+)?$/u;

/** "rejected reports", "denied claims": a plural noun after a verb in the past, not a verb */
function pluralAfterPast(prev: string, w: string): boolean {
  return /^\p{Ll}+ed$/u.test(prev) && /[^su]s$/.test(w);
}

/** the offset is inside a name the mentions hold ("the Zamfara state government": no verb "state") */
function insideName(ctx: Ctx, at: number): boolean {
  const { doc } = ctx;
  for (const mi of ctx.bySentence[sentenceAt(doc, at)] ?? []) {
    const m = doc.mentions[mi];
    if (m.start <= at && at < m.end) return true;
  }
  return false;
}

/** Speech cues in [a, b) of the masked text, in order. */
function cuesIn(ctx: Ctx, a: number, b: number): Cue[] {
  const s = ctx.masked.slice(a, b);
  const out: Cue[] = [];
  let prev = '';
  for (const m of execAll(WORD_RE, s)) {
    const w = m[0];
    const at = a + (m.index ?? 0);
    if (/^according$/i.test(w) && /^\s+to\b/i.test(s.slice((m.index ?? 0) + w.length))) {
      const to = s.slice((m.index ?? 0) + w.length).match(/^\s+to\b/i);
      out.push({ start: at, end: at + w.length + (to ? to[0].length : 0), word: w, lemma: 'according to' });
      prev = w;
      continue;
    }
    const lower = /^\p{Ll}/u.test(w);
    const phrasal =
      lower && !NOUN_BEFORE.test(prev) ? phrasalSpeech(w, s.slice((m.index ?? 0) + w.length)) : null;
    if (phrasal) {
      out.push({ start: at, end: at + w.length + phrasal.particle, word: w, lemma: phrasal.lemma });
      prev = w;
      continue;
    }
    const lemma = lower ? speechLemma(w) : null;
    // "a statement posted on its website": a participle on what was issued, not a verb of its own
    const onIssued = STATEMENT_NOUN.test(prev) && /(?:ed|en)$/.test(w);
    if (
      lemma &&
      !NOUN_BEFORE.test(prev) &&
      !pluralAfterPast(prev, w) &&
      !onIssued &&
      !NEGATED_BEFORE.test(s.slice(Math.max(0, (m.index ?? 0) - 24), m.index ?? 0)) &&
      !insideName(ctx, at)
    ) {
      if (!notSpeech(lemma, s.slice((m.index ?? 0) + w.length)))
        out.push({ start: at, end: at + w.length, word: w, lemma });
    }
    prev = w;
  }
  return out;
}

// ------------------------------------------------------------------ attribution

function attribute(ctx: Ctx, q: RawQuote, prior: QuoteDraft[]): Speaker | null {
  const { doc, text, masked } = ctx;
  const sents = doc.seg.sentences;
  const para = doc.seg.paragraphs[q.paragraph];
  const sStart = sentenceAt(doc, q.outerStart);
  const paraEnd = doc.seg.paragraphs[sentenceParagraph(ctx, q.outerEnd - 1)]?.end ?? para.end;
  // The narration framing the quote: from the sentence end before it to the sentence end
  // after it, read on the masked text so that the quote's own punctuation does not end it
  // ("…?” Graham asked."), nor an abbreviation ("Rep. X (D-Ore.) said").
  const sentStart = clauseStart(ctx, q.outerStart, para.start);
  const lastInner = text.slice(q.start, q.end).trimEnd().slice(-1);
  const closedSentence = lastInner === '.' && /^\s*[\p{Lu}\d]/u.test(text.slice(q.outerEnd, q.outerEnd + 4));
  const afterEnd = closedSentence ? q.outerEnd : clauseEnd(ctx, q.outerEnd, paraEnd);

  // 1. a sign-off: "…” — Jane Doe"
  const sign = /^[\s.,]*[―—–-]+\s*/.exec(text.slice(q.outerEnd, paraEnd));
  if (
    sign &&
    text
      .slice(q.outerEnd, paraEnd)
      .split(/\s+/)
      .filter((w) => /\p{L}/u.test(w)).length <= 12
  ) {
    const a = q.outerEnd + sign[0].length;
    const b = Math.min(paraEnd, a + 80);
    const r = chunkSpeaker(ctx, a, endOfNounPhrase(ctx, a, b), prior);
    if (r) return r;
  }

  // "…,” as one diplomat put it" / "as X put it, “…”": X, whatever the sentence's subject
  const asAfter = AS_PUT_IT_AFTER.exec(masked.slice(q.outerEnd, afterEnd));
  const asBefore = AS_PUT_IT_BEFORE.exec(masked.slice(sentStart, q.outerStart));
  const asPut = asAfter
    ? [q.outerEnd + asAfter.index + asAfter[0].indexOf(asAfter[1]), asAfter[1]]
    : asBefore
      ? [sentStart + asBefore.index + asBefore[0].indexOf(asBefore[1]), asBefore[1]]
      : null;
  if (asPut) {
    const a = asPut[0] as number;
    const r = chunkSpeaker(ctx, a, a + (asPut[1] as string).length, prior);
    if (r) return r;
  }

  // "“…” The warning came from X." / "“…” Those were the words of X.": the sentence after names the owner
  if (/[.!?]$/.test(lastInner)) {
    const owner = ownerAfter(doc, ctx.bySentence, q.outerEnd, (mi) =>
      ['person', 'organization'].includes(doc.entities[doc.mentionEntity[mi]]?.type ?? ''),
    );
    if (owner >= 0) return fromMention(ctx, owner);
  }

  // "Reuters quoted X as saying “…”", "“…,” the paper quoted X as saying": X, not the outlet
  const frame = masked.slice(sentStart, afterEnd);
  const quotedAs = frame.includes('quot') ? QUOTED_AS.exec(frame) : null;
  if (quotedAs) {
    const a = sentStart + quotedAs.index + quotedAs[0].indexOf(quotedAs[1]);
    const comma = quotedAs[1].indexOf(',');
    const r = chunkSpeaker(ctx, a, a + (comma >= 0 ? comma : quotedAs[1].length), prior);
    if (r) return r;
  }

  // 2. a cue right after the quote: "…,” X said / said X / X, a …, told Y"
  const after = cuesIn(ctx, q.outerEnd, afterEnd);
  let loose: Speaker | null = null;
  for (const v of after.slice(0, 1)) {
    const between = masked.slice(q.outerEnd, v.start);
    const words = between.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    if (
      words.length > 16 ||
      /[.!?]\s/.test(
        between.replace(/\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Rev|St|Jr|Sr|Prof)\./gu, ''),
      )
    )
      break;
    const floor = q.outerEnd + Math.max(0, between.lastIndexOf(MASK) + 1);
    let r: Speaker | null = null;
    if (v.lemma === 'according to') r = afterSpeaker(ctx, v, afterEnd, prior);
    else {
      r = subjectBefore(ctx, floor, v, prior);
      // "…,” said X" — but not "…,” adding that …": a participle names no speaker after it
      if (!r && words.length === 0 && v.lemma !== 'tell' && !/ing$/i.test(v.word))
        r = afterSpeaker(ctx, v, afterEnd, prior);
    }
    if (!r) break;
    const tight = !/\b(?:and|but|while|as|which|that|because|when|if|after|before)\b/i.test(between);
    if (tight) return r;
    loose = r;
  }

  // 3. a cue right before it: "X said: “…”", "X told Y that “…”"
  const before = cuesIn(ctx, sentStart, q.outerStart);
  const v = before.at(-1);
  const adjacent =
    v &&
    /^\s*(?:[:,]|that)?\s*$/.test(masked.slice(v.end, q.outerStart)) &&
    !/ing$/i.test(v.word) &&
    // ("X said that G would respond “…”": a foretold act inside another's report; see foretoldAct)
    !(before.length > 1 && FORETOLD.test(masked.slice(Math.max(sentStart, v.start - 20), v.start)));
  if (v && adjacent && v.lemma !== 'according to') {
    const r = subjectBefore(ctx, sentStart, v, prior);
    if (r) return r;
  }

  // "According to a police officer who asked not to be named, “…”": the phrase of "according
  // to" ends right before the quote, whatever speech verb its relative clause holds
  const according = before.find((c) => c.lemma === 'according to');
  if (
    according &&
    according !== v &&
    /^[^\u25a1.;]*,\s*$/u.test(masked.slice(according.end, q.outerStart)) &&
    /^[^,]*\s(?:who|whom|that|which)\s/i.test(masked.slice(according.end, v?.start ?? according.end))
  ) {
    const r = afterSpeaker(ctx, according, q.outerStart, prior);
    if (r) return r;
  }

  // "footage of X saying “…”": a name right before the participle
  if (v && /ing$/i.test(v.word)) {
    const r = participleSubject(ctx, sentStart, v);
    if (r) return r;
  }

  // 4. the parse: the subject of the speech verb that governs the quote, or whose clause
  //    stands inside, after or before it
  const parsed = parseSpeaker(ctx, q, sentStart, afterEnd, prior);
  // a first parser errs on subjects: take a named speaker, or a description that reads as one
  if (parsed && (parsed.speaker >= 0 || plausibleDescription(parsed.text))) return parsed;

  // 5. without a parse, or where it gives nothing: the nearest cue before the quote
  //    ("X called it “…”", "…, saying “…”")
  if (v) {
    let r: Speaker | null = null;
    if (v.lemma === 'according to') r = afterSpeaker(ctx, v, q.outerStart, prior);
    else if (
      /ing$/i.test(v.word) &&
      !/\b(?:is|was|were|are|been|be)\s+$/i.test(masked.slice(v.start - 6, v.start))
    )
      // "footage of X saying “…”": the name just before; "…, saying “…”": the clause's subject
      r =
        participleSubject(ctx, sentStart, v) ??
        // "X was quoted by state media as saying": the subject of the passive
        (/\bquoted\b[^.;:]{0,70}\bas\s+$/i.test(masked.slice(sentStart, v.start))
          ? subjectBefore(ctx, sentStart, v, prior)
          : null) ??
        mainSubject(ctx, sentStart, v.start, prior);
    else {
      r = subjectBefore(ctx, sentStart, v, prior);
      if (!r && v.lemma !== 'tell') {
        const named = afterSpeaker(ctx, v, q.outerStart, prior);
        if (named && named.speaker >= 0) r = named;
      }
    }
    if (r) return r;
  }
  if (loose) return loose;
  // "according to X" anywhere in the sentence
  for (const c of cuesIn(ctx, q.outerEnd, afterEnd))
    if (c.lemma === 'according to') {
      const r = afterSpeaker(ctx, c, afterEnd, prior);
      if (r) return r;
    }

  // 6. a quote standing alone: the speaker of the quote just before it in this paragraph
  //    (or the paragraph before, with no narration between), or the "X said:" that opens it
  let last: QuoteDraft | undefined;
  for (let k = prior.length - 1; k >= 0 && !last; k--) if (!prior[k].pullQuote) last = prior[k];
  if (last && q.paragraph - last.paragraph <= 1 && (last.speaker >= 0 || last.speakerText)) {
    const between = masked.slice(last.end, q.outerStart);
    let breaks = 0;
    for (let i = 0; i < between.length; i++)
      if (
        /[.!?]/.test(between[i]) &&
        /^(?:\s|$)/.test(between.slice(i + 1, i + 2)) &&
        !isAbbrev(between, 0, i)
      )
        breaks++;
    const lastSpeaker = last.speaker;
    const others = mentionsWithin(ctx, sentenceAt(doc, last.end), sStart, last.end, q.outerStart, [
      'person',
      'organization',
    ]).filter((mi) => doc.mentionEntity[mi] !== lastSpeaker && !circumstance(ctx, mi));
    const alone = !/\p{L}/u.test(masked.slice(sentStart, q.outerStart));
    if (
      last.paragraph === q.paragraph
        ? others.length === 0 || breaks === 0
        : alone && others.length === 0 && breaks <= 1
    )
      return { speaker: last.speaker, text: last.speakerText };
  }
  const lead = text.slice(para.start, q.outerStart);
  if (/:\s*$/.test(lead) || (q.outerStart === para.start && q.paragraph > 0)) {
    // "X said:" ending the sentence or paragraph before
    const prevPara = doc.seg.paragraphs[q.paragraph - 1];
    const intro = /:\s*$/.test(lead) ? null : prevPara;
    if (!intro || /:\s*$/.test(text.slice(intro.start, intro.end))) {
      const end = intro ? intro.end : q.outerStart;
      const si = sentenceAt(doc, Math.max(0, end - 1));
      const cs = cuesIn(ctx, sents[si].start, end);
      // "X issued the following statement:": the subject of the issuing verb
      const issued = FOLLOWING.exec(text.slice(sents[si].start, end));
      if (issued) {
        const r = mainSubject(ctx, sents[si].start, sents[si].start + issued.index, prior);
        if (r) return r;
      }
      const c = cs.at(-1);
      if (c) {
        const r = subjectBefore(ctx, sents[si].start, c, prior);
        if (r) return r;
      }
    }
  }
  // a quote that makes up its paragraph after one that reports someone's words ("X said
  // the group had lost men.¶“…”"): the same speaker goes on
  if (q.paragraph > 0 && !/\p{L}/u.test(masked.slice(para.start, q.outerStart))) {
    const r = reportedSpeaker(ctx, doc.seg.paragraphs[q.paragraph - 1], prior);
    if (r) return r;
  }
  // a quote opening a sentence after one that reports someone's words in the same paragraph
  // ("The talks may fail if Y stays away, X said. “…”"): X goes on, not the other name
  if (sentStart > para.start && !/\p{L}/u.test(masked.slice(sentStart, q.outerStart))) {
    const r = reportedSpeaker(ctx, { start: para.start, end: sentStart }, prior, 0);
    if (r) return r;
  }
  // "X's message to the militants was blunt: “…”", "The reply from X came hours later: “…”":
  // the one whose words a noun of speech before the colon names
  if (/:\s*$/.test(masked.slice(sentStart, q.outerStart))) {
    const w = wordsOwner(ctx, sentStart, q.outerStart);
    if (w >= 0) return fromMention(ctx, w);
  }
  const subj = salientBefore(ctx, q.outerStart, para.start, ['person'], 2);
  if (subj >= 0) return fromMention(ctx, subj);
  // a quote that makes up its paragraph after one that introduces a person as the subject of
  // its sentence ("X, who runs a shop by the station, was inside when the bomb went off.¶“…”")
  if (q.paragraph > 0 && !/\p{L}/u.test(masked.slice(para.start, q.outerStart))) {
    const intro = introducedPerson(ctx, doc.seg.paragraphs[q.paragraph - 1]);
    if (intro >= 0) return fromMention(ctx, intro);
  }
  return null;
}

/** nouns for what someone says: "X's warning", "the reply from X" */
const WORDS_NOUN =
  '(?:message|warning|reply|answer|response|words|verdict|advice|plea|appeal|demand|promise|vow|retort|explanation|assessment)';
const WORDS_AFTER_OWNER = new RegExp(`^['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${WORDS_NOUN}\\b`, 'u');
const WORDS_BEFORE_OWNER = new RegExp(`\\b${WORDS_NOUN}\\s+(?:from|of)\\s+$`, 'i');

/**
 * The person or group in [a, b) whose words a noun of speech names ("X's warning", "the reply
 * from X"); -1 if none.
 */
function wordsOwner(ctx: Ctx, a: number, b: number): number {
  const { doc, text } = ctx;
  const si = sentenceAt(doc, a);
  for (const mi of mentionsWithin(ctx, si, si, a, b, ['person', 'organization'])) {
    const m = doc.mentions[mi];
    if (
      WORDS_AFTER_OWNER.test(text.slice(m.end, Math.min(b, m.end + 40))) ||
      WORDS_BEFORE_OWNER.test(text.slice(Math.max(a, m.start - 20), m.start))
    )
      return mi;
  }
  return -1;
}

/**
 * The person whose name opens a sentence of paragraph `p` (the latest such), when `p` is
 * narration of three sentences or fewer with no quote of its own; else -1.
 */
function introducedPerson(ctx: Ctx, p: { start: number; end: number }): number {
  const { doc } = ctx;
  if (/\u25a1/.test(ctx.masked.slice(p.start, p.end))) return -1;
  const s0 = sentenceAt(doc, p.start);
  const s1 = sentenceAt(doc, Math.max(p.start, p.end - 1));
  if (s1 - s0 > 2) return -1;
  for (let s = s1; s >= s0; s--) {
    for (const mi of ctx.bySentence[s]) {
      if (!opensSentence(ctx, s, mi)) continue;
      if (doc.entities[doc.mentionEntity[mi]]?.type === 'person' && !possessive(ctx, mi)) return mi;
    }
  }
  return -1;
}

/** a time or place fronted before a sentence's subject: "On Wednesday, ", "In Gao, " */
const FRONTED =
  /^(?:On|In|At|By|During|Late|Early|Earlier|Later|Last|This|That|After|Before|Since|Outside|Inside|Near)\b[^,]{1,50},\s*/;

/** a noun for a person: a role, an occupation, a title ("governor", "spokesman", "chief") */
function personNoun(w: string): boolean {
  const k = w.toLowerCase().replace(/['’]s?$/, '');
  return SOURCE_NOUNS.has(k) || PERSON_TITLES.has(k);
}

/**
 * The mention opens sentence s as its subject: at its start, or after no more than a fronted
 * time or place ("On Wednesday, X visited"), a title in lower case or a role ("regional governor
 * X", "Police chief X"), or a description the name stands in apposition to ("Their spokesman,
 * X, spoke"), with no verb before it.
 */
function opensSentence(ctx: Ctx, s: number, mi: number): boolean {
  const { doc } = ctx;
  const sent = doc.seg.sentences[s];
  const m = doc.mentions[mi];
  if (m.start === sent.start) return true;
  if (!doc.syntax || m.start - sent.start > 90) return false;
  const pre = ctx.masked.slice(sent.start, m.start);
  if (/[\u25a1;:()"“”]/.test(pre)) return false;
  const toks = doc.seg.tokens;
  for (let k = sent.tFirst; k < sent.tLast && toks.start[k] < m.start; k++)
    if (/^(?:VERB|AUX|SCONJ)$/.test(uposOf(doc, k) ?? '')) return false;
  const rest = pre.replace(FRONTED, '');
  if (rest === '') return true;
  const words = rest.split(/[\s,]+/).filter(Boolean);
  // "regional governor X", "Police chief X"
  if (!rest.includes(',')) return words.length <= 4 && personNoun(words.at(-1) ?? '');
  // "Their spokesman, X,", "A manager at the plant, X,"
  return (
    /^[^,]+,\s*$/.test(rest) &&
    /^\s*,/.test(ctx.masked.slice(m.end, m.end + 3)) &&
    words.length <= 10 &&
    words.some(personNoun)
  );
}

/** "…,” as one diplomat put it": the words are the diplomat's */
const AS_PUT_IT_AFTER =
  /^\s*,?\s*as\s+([^,;:.\u25a1]{2,60}?)\s+(?:has\s+|had\s+|once\s+)?(?:put|puts|phrased|phrases)\s+it\b/i;
/** "as X put it, “…”" right before the quote */
const AS_PUT_IT_BEFORE =
  /(?:^|[\s,])as\s+([^,;:.\u25a1]{2,60}?)\s+(?:has\s+|had\s+|once\s+)?(?:put|puts|phrased|phrases)\s+it\s*[,:]?\s*$/i;

/** "quoted X as saying": X is the speaker (not "was quoted by state media as saying") */
const QUOTED_AS =
  /\bquot(?:ed|es|ing)\s+(?!by\b|in\b|on\b|as\b)([^.;:\u25a1]{2,90}?)\s+as\s+(?:saying|telling|writing|declaring|stating|warning)\b/iu;

/** "X made the following comment:", "G issued this statement:" — the quote follows */
const FOLLOWING =
  /\s(?:made|issued|released|gave|posted|published|sent|delivered|read(?: out)?)\s+(?:the\s+following|this|these|a|an)\s+(?:\p{Ll}+\s+)?(?:statements?|comments?|remarks?|messages?|responses?|reply|answers?|warning|announcement|words)\s*:\s*$/iu;

/**
 * Who the last sentence or two of a paragraph report as speaking ("X said …", "…,
 * according to X"), read from the first reporting verb of the sentence: a name, or a
 * description that reads as a source; else null.
 */
function reportedSpeaker(
  ctx: Ctx,
  p: { start: number; end: number },
  prior: QuoteDraft[],
  back = 1,
): Speaker | null {
  const { doc } = ctx;
  if (p.end <= p.start) return null;
  const last = sentenceAt(doc, p.end - 1);
  for (let si = last; si >= Math.max(0, last - back); si--) {
    const sent = doc.seg.sentences[si];
    if (sent.end <= p.start) break;
    const a = Math.max(p.start, sent.start);
    const c = cuesIn(ctx, a, Math.min(sent.end, p.end)).find(
      (x) => x.lemma === 'according to' || REPORTING.has(x.lemma) || RECOUNTING.has(x.lemma),
    );
    if (!c) {
      // "G issued a statement on Sunday.¶“…”": what was issued follows
      const issued = ISSUING.exec(ctx.masked.slice(a, Math.min(sent.end, p.end)));
      if (issued) {
        const r = mainSubject(ctx, a, a + issued.index, prior);
        if (r && r.speaker >= 0) return r;
      }
      continue;
    }
    const r =
      c.lemma === 'according to'
        ? afterSpeaker(ctx, c, Math.min(sent.end, p.end), prior)
        : subjectBefore(ctx, a, c, prior);
    if (r && (r.speaker >= 0 || plausibleDescription(r.text))) return r;
    return null;
  }
  return null;
}

/** "issued a statement", "released a new video", "posted an audio message" */
const ISSUING =
  /\s(?:issued|released|published|posted|put out|sent out|circulated)\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:statement|video|message|audio|recording|communiqu[eé]|letter|post|declaration)\b/u;

/** "…,” X told Reuters / told the BBC": the mention is who was spoken to, not a new speaker */
function audience(ctx: Ctx, mi: number): boolean {
  const { doc } = ctx;
  const h = mentionHead(doc, mi);
  if (!relIs(relOf(doc, h), 'obj') && !relIs(relOf(doc, h), 'iobj')) return false;
  const v = headOf(doc, h);
  return v >= 0 && lemmaOf(doc, v) === 'tell';
}

/**
 * "…,” X said in an interview with Al Jazeera's Y. “…”": a name that hangs from the speech
 * verb through nouns only (the audience, the interviewer, the outlet), never as its subject,
 * is a circumstance of the speaking, not a new speaker.
 */
function circumstance(ctx: Ctx, mi: number): boolean {
  const { doc } = ctx;
  if (!doc.syntax) return false;
  if (audience(ctx, mi)) return true;
  const h = mentionHead(doc, mi);
  if (h < 0) return false;
  let rel = relOf(doc, h);
  let k = h;
  for (let n = 0; n < 5; n++) {
    if (relIs(rel, 'nsubj') || relIs(rel, 'conj') || relIs(rel, 'appos')) return false;
    const up = headOf(doc, k);
    if (up < 0) return false;
    const u = uposOf(doc, up);
    if (u === 'VERB' || u === 'AUX') return (n > 0 || relIs(rel, 'obl')) && speechVerbAt(ctx, up);
    if (u !== 'NOUN' && u !== 'PROPN') return false;
    k = up;
    rel = relOf(doc, k);
  }
  return false;
}

// ------------------------------------------------------------------ the parse

/**
 * The speaker by the parse: among the speech verbs of the quote's sentence (outside any
 * quote), the nearest that governs a word of the quote, or that hangs from one (the
 * "…,” X said" and "“…,” X said, “…”" shapes); then its subject, climbing from a
 * participle, a conjunct or "quoted as saying" to the clause that has one.
 */
function parseSpeaker(ctx: Ctx, q: RawQuote, from: number, to: number, prior: QuoteDraft[]): Speaker | null {
  const { doc } = ctx;
  if (!doc.syntax || !doc.seg.tokens.length) return null;
  const toks = doc.seg.tokens;
  const sents = doc.seg.sentences;
  const tA = sents[sentenceAt(doc, from)].tFirst;
  const tB = sents[sentenceAt(doc, Math.max(from, to - 1))].tLast;
  // the search is quadratic in the frame: a run-on "sentence" of hundreds of words is left to the cue reader
  if (tB - tA > MAX_PARSE_FRAME) return null;
  const inQ = (t: number) => toks.start[t] >= q.outerStart && toks.start[t] < q.outerEnd;
  let best = -1;
  let bestDist = Number.POSITIVE_INFINITY;
  for (let t = tA; t < tB; t++) {
    const st = toks.start[t];
    if (st < from || st >= to || inQ(t) || ctx.inQuote(st)) continue;
    if (!speechVerbAt(ctx, t) && !FRAGMENT_VERBS.has(lemmaOf(doc, t))) continue;
    if (audienceClause(ctx, t) || foretoldAct(ctx, t)) continue;
    let governs = false;
    for (let k = tA; k < tB && !governs; k++) {
      if (!inQ(k)) continue;
      const h = headOf(doc, k);
      if (h >= 0 && inQ(h)) continue;
      // a root of the quote: under the verb, or the verb under it
      if (ancestors(doc, k).includes(t)) governs = true;
    }
    if (!governs) governs = ancestors(doc, t).some((a) => a !== t && inQ(a));
    if (!governs) continue;
    const dist = st < q.outerStart ? q.outerStart - st : st - q.outerEnd;
    if (dist < bestDist) {
      best = t;
      bestDist = dist;
    }
  }
  if (best < 0) return null;
  const subj = subjectOf(ctx, participleHost(ctx, best));
  if (subj < 0) return null;
  return tokenSpeaker(ctx, subj, prior);
}

/**
 * "X said that the group would respond “…”": a speech verb under a modal, in the clause another
 * speech verb reports, tells what someone will do; the words are the reporter's.
 */
function foretoldAct(ctx: Ctx, t: number): boolean {
  const { doc } = ctx;
  if (!dependents(doc, t, 'aux').some((k) => MODAL.has(lemmaOf(doc, k)))) return false;
  // (the clause on the verb, or on its noun: "said in a statement that …", which parsers also
  // hang on "statement")
  const v = headOf(doc, t);
  if (v < 0 || !(relIs(relOf(doc, t), 'ccomp') || relIs(relOf(doc, t), 'acl'))) return false;
  if (speechVerbAt(ctx, v)) return true;
  const w = headOf(doc, v);
  return w >= 0 && uposOf(doc, v) === 'NOUN' && speechVerbAt(ctx, w);
}
const FORETOLD = /\b(?:will|would|shall|could|might|may)\s+$/i;
const MODAL = new Set(['will', 'would', 'shall', 'should', 'could', 'might', 'may', 'can']);

/**
 * "X told a man who said he would fight that “…”": a speech verb in a relative clause on the
 * one spoken to is the audience's, and the quote is what X told.
 */
function audienceClause(ctx: Ctx, t: number): boolean {
  const { doc } = ctx;
  if (!relIs(relOf(doc, t), 'acl')) return false;
  const n = headOf(doc, t);
  if (n < 0 || !(relIs(relOf(doc, n), 'obj') || relIs(relOf(doc, n), 'iobj'))) return false;
  const v = headOf(doc, n);
  return v >= 0 && lemmaOf(doc, v) === 'tell';
}

/**
 * "X rejected claims that G had done Y, calling it “…”": a participle after a comma is the
 * main clause's, never a clause's inside a noun ("claims that …", "reports that …"), where a
 * first parser often hangs it; then the verb that governs the noun stands for it, or the
 * topmost speech verb it hangs from ("X denied that G had …, calling it “…”").
 */
function participleHost(ctx: Ctx, v: number): number {
  const { doc } = ctx;
  const toks = doc.seg.tokens;
  if (
    !/ing$/i.test(tokenText(ctx, v)) ||
    !/,\s*$/.test(ctx.masked.slice(Math.max(0, toks.start[v] - 3), toks.start[v]))
  )
    return v;
  const up = ancestors(doc, v).slice(1);
  const noun = up.findIndex((a) => uposOf(doc, a) === 'NOUN');
  // "X denied that G had done Y, calling it “…”": a speech verb above it is the main clause's
  if (noun < 0) return up.filter((a) => speechVerbAt(ctx, a)).at(-1) ?? v;
  const verb = up.slice(noun + 1).find((a) => uposOf(doc, a) === 'VERB');
  return verb ?? v;
}

/** tokens (spaces included) of the longest frame the parse is searched in */
const MAX_PARSE_FRAME = 600;

function plausibleDescription(t: string | null): boolean {
  if (!t) return false;
  const words = t.split(/\s+/);
  return (
    words.length <= 10 &&
    /^(?:the|a|an|one|two|three|several|some|many|other|another|senior|top|former|\p{Ll}+s)\b/iu.test(t) &&
    !/\b(?:statement|report|interview|day|week|month|year|time|morning|evening|night)$/i.test(t) &&
    !/^(?:[\p{Ll}]+ly|early|late|despite|during)\b/u.test(t)
  );
}

function speechVerbAt(ctx: Ctx, t: number): boolean {
  const { doc } = ctx;
  const up = uposOf(doc, t);
  if (up !== 'VERB' && up !== 'AUX') return false;
  const lemma = doc.syntax ? lemmaOf(doc, t) : '';
  const word = doc.text.slice(doc.seg.tokens.start[t], doc.seg.tokens.end[t]);
  const end = doc.seg.tokens.end[t];
  if (phrasalSpeech(word, ctx.masked.slice(end, end + 8))) return true;
  const l = isSpeechLemma(lemma) ? lemma : speechLemma(word);
  if (!l) return false;
  return !notSpeech(l, ctx.masked.slice(end, end + 40));
}

/** what a group or person issues: a clause on it ("a statement that called …") is its author's speech */
const STATEMENT_NOUN =
  /^(?:statement|statements|message|video|post|communiqu[eé]|letter|speech|interview|tweet|release|note|broadcast|sermon|recording|audio)$/i;

/** The nearest verb a token hangs from, or -1. */
function verbAbove(ctx: Ctx, t: number): number {
  let k = headOf(ctx.doc, t);
  for (let n = 0; n < 6 && k >= 0; n++) {
    const u = uposOf(ctx.doc, k);
    if (u === 'VERB' || u === 'AUX') return k;
    k = headOf(ctx.doc, k);
  }
  return -1;
}

function tokenText(ctx: Ctx, t: number): string {
  return ctx.doc.text.slice(ctx.doc.seg.tokens.start[t], ctx.doc.seg.tokens.end[t]);
}

/** The subject of a verb, or of the clause a participle, conjunct or relative clause hangs from. */
function subjectOf(ctx: Ctx, v: number): number {
  const { doc } = ctx;
  let t = v;
  for (let n = 0; n < 4 && t >= 0; n++) {
    const subj = dependents(doc, t, 'nsubj').find((k) => !ctx.inQuote(doc.seg.tokens.start[k]));
    if (subj !== undefined) {
      // "X, who said …": the relative pronoun stands for the noun the clause modifies
      const w = doc.text.slice(doc.seg.tokens.start[subj], doc.seg.tokens.end[subj]);
      if (/^(?:who|that|which)$/i.test(w) && relIs(relOf(doc, t), 'acl')) {
        // "G mourned him in a statement that described him as …": the statement's author speaks
        const h = headOf(doc, t);
        if (h >= 0 && STATEMENT_NOUN.test(tokenText(ctx, h)) && verbAbove(ctx, h) >= 0) {
          t = verbAbove(ctx, h);
          continue;
        }
        return h;
      }
      // "… was claimed by G, which called it “…”": a parse that hangs the relative clause on the
      // main verb (conj) leaves "which" / "who" the subject; it stands for the noun before its comma
      if (/^(?:who|which)$/i.test(w)) return relativeAntecedent(ctx, subj);
      return subj;
    }
    const r = relOf(doc, t);
    if (relIs(r, 'conj')) t = reportingConjunct(ctx, t);
    else if (relIs(r, 'advcl') || relIs(r, 'xcomp')) t = headOf(doc, t);
    else if (relIs(r, 'acl')) {
      const h = headOf(doc, t);
      if (h >= 0 && STATEMENT_NOUN.test(tokenText(ctx, h)) && verbAbove(ctx, h) >= 0) t = verbAbove(ctx, h);
      else return h;
    } else return -1;
  }
  return -1;
}

/**
 * The noun a relative "who" / "which" at token `rel` stands for: the noun or name right before it,
 * past one comma ("G, which …", "X, who …"); else `rel` itself (which names no speaker).
 */
function relativeAntecedent(ctx: Ctx, rel: number): number {
  const { doc } = ctx;
  const sent = doc.seg.sentences[sentenceAt(doc, doc.seg.tokens.start[rel])];
  let k = rel - 1;
  while (k >= sent.tFirst && !tokenText(ctx, k).trim()) k--;
  if (k >= sent.tFirst && tokenText(ctx, k) === ',') k--;
  while (k >= sent.tFirst && !tokenText(ctx, k).trim()) k--;
  if (k < sent.tFirst) return rel;
  const u = uposOf(doc, k);
  return mentionAt(doc, k) >= 0 || u === 'NOUN' || u === 'PROPN' ? k : rel;
}

/**
 * The verb a conjunct speech verb shares its subject with. "X said the march was peaceful and
 * claimed that …": a speech verb joined to a clause that another speech verb reports is that
 * verb's second act of speaking, not the reported clause's (parsers hang it on "was").
 */
function reportingConjunct(ctx: Ctx, v: number): number {
  const { doc } = ctx;
  const h = headOf(doc, v);
  if (h < 0 || !speechVerbAt(ctx, v) || speechVerbAt(ctx, h) || !relIs(relOf(doc, h), 'ccomp')) return h;
  const s = headOf(doc, h);
  return s >= 0 && speechVerbAt(ctx, s) && doc.seg.tokens.start[s] < doc.seg.tokens.start[h] ? s : h;
}

/**
 * "Defending Kaya, Amara Nwosu told the jury …", "Representing the family, X said":
 * the object of a participle opening the sentence, then a comma and a person's name: the
 * parse may hang the name under the object; the name after the comma is the subject.
 * Returns that person's mention, or -1.
 */
function afterFrontedParticiple(ctx: Ctx, mi: number): number {
  const { doc, text } = ctx;
  const m = doc.mentions[mi];
  const si = sentenceAt(doc, m.start);
  const sStart = doc.seg.sentences[si].start;
  if (!/^\s*\p{Lu}\p{Ll}+ing\s+(?:the\s+|his\s+|her\s+|their\s+)?$/u.test(text.slice(sStart, m.start)))
    return -1;
  if (!/^,\s+/.test(text.slice(m.end, m.end + 3))) return -1;
  const next = mentionsWithin(ctx, si, si, m.end, m.end + 120, ['person']).find(
    (k) =>
      doc.mentions[k].start > m.end &&
      !text.slice(m.end, doc.mentions[k].start).replace(/^,\s*/, '').match(/[,.;]/),
  );
  return next ?? -1;
}

/** Who a subject token names: a mention, a pronoun resolved, a name in apposition, or its noun phrase. */
function tokenSpeaker(ctx: Ctx, t: number, prior: QuoteDraft[]): Speaker | null {
  const { doc, text } = ctx;
  const toks = doc.seg.tokens;
  const word = text.slice(toks.start[t], toks.end[t]);
  if (PRONOUN_RE.test(word)) return resolvePronoun(ctx, word, toks.start[t], prior);
  if (/^(?:I|me|you|who|whom|that|which|this|there|what)$/i.test(word)) return null;
  const mi = mentionAt(doc, t);
  if (
    mi >= 0 &&
    doc.mentionEntity[mi] >= 0 &&
    SPEAKER_TYPES.includes(doc.entities[doc.mentionEntity[mi]].type)
  ) {
    // "DNC Chairwoman Jane Roe": a group or place before a title and a name modifies the name
    const m = doc.mentions[mi];
    const run = /^(?:\s+\p{Lu}[\p{L}.'’-]*)+/u.exec(text.slice(m.end, m.end + 80));
    if (doc.entities[doc.mentionEntity[mi]].type !== 'person' && run)
      return chunkSpeaker(ctx, m.start, m.end + run[0].length, prior);
    const subject = afterFrontedParticiple(ctx, mi);
    return fromMention(ctx, subject >= 0 ? subject : mi);
  }
  // "the group's spokesman, X,", "its affiliate, G,": the name in apposition to a description
  for (const k of dependents(doc, t, 'appos')) {
    const mk = mentionAt(doc, k);
    const type = mk >= 0 && doc.mentionEntity[mk] >= 0 ? doc.entities[doc.mentionEntity[mk]].type : '';
    if (type === 'person' || type === 'organization') return fromMention(ctx, mk);
  }
  const up = uposOf(doc, t);
  if (up !== 'NOUN' && up !== 'PROPN' && up !== 'NUM' && up !== 'X') return null;
  // the noun phrase: the words next to its head that hang from it, up to a verb or a comma
  const span = subtreeSpan(doc, t);
  const inNp = (k: number) => {
    const u = uposOf(doc, k);
    const w = text.slice(toks.start[k], toks.end[k]);
    if (!w.trim()) return true;
    return u !== 'VERB' && u !== 'AUX' && u !== 'SCONJ' && w !== ',' && ancestors(doc, k).includes(t);
  };
  let lo = t;
  while (lo - 1 >= span.tFirst && inNp(lo - 1)) lo--;
  let hi = t;
  while (hi + 1 < span.tLast && inNp(hi + 1)) hi++;
  // "a senior official who spoke …": the relative pronoun opens a clause, not the phrase
  while (hi > t && /^(?:who|whom|whose|that|which|\s*)$/i.test(text.slice(toks.start[hi], toks.end[hi])))
    hi--;
  let start = toks.start[lo];
  let end = toks.end[hi];
  // never across a quote
  const at = toks.start[t];
  const before = ctx.masked.lastIndexOf(MASK, at);
  if (before >= start) start = before + 1;
  const after = ctx.masked.indexOf(MASK, at);
  if (after >= 0 && after < end) end = after;
  // "Jane Roe, a senior adviser to the campaign, said": the parse may make the description the subject
  const lead = /,\s*$/.exec(text.slice(Math.max(0, start - 3), start));
  if (lead) {
    const comma = Math.max(0, start - 3) + lead.index;
    const si = sentenceAt(doc, comma);
    const name = mentionsWithin(ctx, si, si, comma - 80, comma, ['person']).at(-1);
    if (name !== undefined && !text.slice(doc.mentions[name].end, comma).trim())
      return fromMention(ctx, name);
  }
  // "said the army's commander, Maj. Gen. Ann Lee, at a briefing": the parse may make the
  // description the subject and the name a second one
  const named = namedAfter(ctx, start, end);
  if (named >= 0) return fromMention(ctx, named);
  return chunkSpeaker(ctx, start, end, prior);
}

/** Where the sentence around `at` begins, read back on the masked text. */
function clauseStart(ctx: Ctx, at: number, floor: number): number {
  const m = ctx.masked;
  for (let i = at - 1; i > floor; i--) {
    const c = m[i];
    if (c === '\n') return i + 1;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(m[i + 1] ?? ' ') && !isAbbrev(m, floor, i))
      return i + 1;
  }
  return floor;
}

/** Where the sentence running from `from` ends, on the masked text. */
function clauseEnd(ctx: Ctx, from: number, limit: number): number {
  const m = ctx.masked;
  for (let i = from; i < limit; i++) {
    const c = m[i];
    if (c === '\n') return i;
    if (c !== '.' && c !== '!' && c !== '?') continue;
    if (c === '.' && isAbbrev(m, from, i)) continue;
    const next = /^[\s)\]”"’]*(\S?)/u.exec(m.slice(i + 1, i + 6))?.[1] ?? '';
    if (!next || /[\p{Lu}\d\u25a1“"‘]/u.test(next)) return i + 1;
  }
  return limit;
}

function isAbbrev(m: string, floor: number, dot: number): boolean {
  return ABBREV.test(m.slice(Math.max(floor, dot - 5), dot));
}

function sentenceParagraph(ctx: Ctx, off: number): number {
  const ps = ctx.doc.seg.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ps[mid].start <= off) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const AUX_TAIL =
  /(?:^|\s)(?:has|have|had|would|will|did|does|do|could|can|may|might|should|must|shall|also|later|then|again|once|previously|recently|earlier|further|first|finally|simply|repeatedly|reportedly|publicly|privately|not|never|always|often|still|even|just|is|was|were|are|been|be|being|went on to|go on to|goes on to|has since|yesterday|today|tonight|(?:on |last |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?!(?:family|ally|rally|supply|assembly|july|belly|bully|reply|italy|anomaly|monopoly|homily|folly|tally)\b)\p{Ll}+ly)\s*$/iu;
const PRONOUN_RE = /^(?:he|she|they|it|we)$/i;
const CLAUSE_WORD =
  /\b(?:that|who|whom|which|what|how|why|when|while|because|if|as|than|so|where|whether|although|though|since|until|unless|once)\b/gi;
/** what may speak: people, groups, and countries or cities standing for their governments */
const SPEAKER_TYPES = ['person', 'organization', 'place'];
const PREP_RE =
  /\b(?:of|for|at|from|with|in|to|near|inside|within|among|on|by|representing|close to|familiar with)\b/i;
const LEADING_PREP =
  /^(?:in|on|at|during|after|before|while|when|as|since|despite|following|under|with|without|from|for|by|to|speaking|asked|addressing|writing|responding|in a|later|earlier)\b/i;

/**
 * The subject of a speech verb, read back from it over the narration in [floor, v):
 * "X said", "X, a spokesman for Y, said", "Rep. X (D-Ore.) said", "X, 25, said",
 * "In a statement, X said"; "…, and said" goes back to the clause's subject.
 */
function subjectBefore(ctx: Ctx, floor: number, v: Cue, prior: QuoteDraft[]): Speaker | null {
  const { masked } = ctx;
  let s = masked.slice(floor, v.start);
  for (let k = 0; k < 6; k++) {
    const m = AUX_TAIL.exec(s);
    if (!m) break;
    s = s.slice(0, m.index);
  }
  // "X was quoted as saying", "X is quoted as"
  s = s.replace(
    /\s+(?:was|were|is|are|has been|had been)\s+quoted(?:\s+(?:by|in|on)\s+[^,.;:]{1,60}?)?\s+as\s*$/i,
    '',
  );
  s = s.replace(/\s+$/, '');
  if (!s || s.endsWith(MASK)) return null;
  // "X called on residents to report “…”", "urged them to say “…”": an infinitive speaks for the
  // subject of the clause it completes, as "and said" does for the subject before it
  if (/(?:^|\s|,)(?:and|but|or|then|yet)$/i.test(s) || /\s[\p{L}\d-]+\s+to$/u.test(s)) {
    const para = ctx.doc.seg.paragraphs[sentenceParagraph(ctx, v.start)];
    return mainSubject(ctx, Math.max(floor, clauseStart(ctx, v.start, para.start)), v.start, prior);
  }
  // parenthetical asides are not the subject: "Rep. X (D-Ore.)"
  const local = s.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length)).replace(/\s+$/, '');
  if (local.endsWith(',')) {
    // an apposition closes before the verb: walk back over the comma pieces
    const pieces = commaPieces(local.slice(0, -1), floor).slice(-4);
    // ("X's father, who travelled from P, told": a relative clause between is not the subject)
    const looks = pieces.map((p) =>
      /^\s*(?:who|whom|whose|which)\b(?![^,]*\b(?:name|named|identified|known|called)\b)/i.test(
        ctx.text.slice(p[0], p[1]),
      )
        ? null
        : chunkSpeaker(ctx, p[0], p[1], prior, true),
    );
    for (let i = looks.length - 1; i >= 0; i--) if (looks[i] && looks[i]?.speaker !== -1) return looks[i];
    for (let i = looks.length - 1; i >= 0; i--) {
      const t = looks[i]?.text ?? '';
      if (t && !/^\d+$/.test(t) && !/^(?:[RDI]-[\p{L}. ]+|one of (?:them|those|us))$/iu.test(t))
        return looks[i];
    }
    return null;
  }
  const pieces = commaPieces(local, floor);
  const last = pieces.at(-1);
  if (!last) return null;
  let a = last[0];
  // "…that X said", "…, who X said": the subject follows the last clause word
  const piece = ctx.text.slice(a, last[1]);
  let cut = -1;
  for (const m of execAll(CLAUSE_WORD, piece)) cut = (m.index ?? 0) + m[0].length;
  for (const c of cuesIn(ctx, a, last[1])) cut = Math.max(cut, c.end - a);
  // "an official who spoke … because he was not authorised to … said": the words after the
  // last clause word are a clause of their own; the subject is the phrase the "who" is on
  const who = /\s(?:who|whose)\s/i.exec(piece);
  if (cut > 0 && who && /^\s*(?:he|she|they|it|we|I)\s+\p{L}/u.test(piece.slice(cut))) {
    const r = chunkSpeaker(ctx, a, a + who.index, prior);
    if (r) return r;
  }
  if (cut > 0) a += cut;
  return chunkSpeaker(ctx, a, last[1], prior);
}

/** Pieces of s (at absolute offset base) between commas, semicolons, colons and dashes. */
function commaPieces(s: string, base: number): [number, number][] {
  const out: [number, number][] = [];
  let a = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = s[i];
    const bound =
      i === s.length ||
      c === ',' ||
      c === ';' ||
      c === ':' ||
      c === '—' ||
      c === '–' ||
      c === '―' ||
      c === MASK;
    if (!bound) continue;
    if (/\p{L}|\d/u.test(s.slice(a, i))) out.push([base + a, base + i]);
    a = i + 1;
  }
  return out;
}

/** a word that is most likely a finite verb: "attacked", "says", "was" */
const VERBISH =
  /(?:^|\s)(?:\p{Ll}+(?:ed|[^su\s']s)|is|was|has|had|will|would|did|of|for|at|in|on|by|to)(?=\s|$)/u;

/** "X saying": a name written right before a participle is its subject. */
function participleSubject(ctx: Ctx, floor: number, v: Cue): Speaker | null {
  const { doc } = ctx;
  const ms = mentionsWithin(
    ctx,
    sentenceAt(doc, floor),
    sentenceAt(doc, v.start),
    floor,
    v.start,
    SPEAKER_TYPES,
  );
  const mi = ms.at(-1);
  if (mi === undefined || !/^\s+$/.test(ctx.masked.slice(doc.mentions[mi].end, v.start))) return null;
  return fromMention(ctx, mi);
}

/** The subject of a sentence's main clause, for "…, saying “…”" and "…, and said". */
function mainSubject(ctx: Ctx, from: number, limit: number, prior: QuoteDraft[]): Speaker | null {
  const { text } = ctx;
  let a = from;
  const head = text.slice(a, limit);
  if (LEADING_PREP.test(head)) {
    const comma = head.indexOf(',');
    if (comma >= 0) a += comma + 1;
  }
  const ms = mentionsWithin(
    ctx,
    sentenceAt(ctx.doc, a),
    sentenceAt(ctx.doc, limit),
    a,
    limit,
    SPEAKER_TYPES,
  ).filter((mi) => !possessive(ctx, mi));
  const first = ms[0];
  // "Hundreds of mourners marched …, chanting “…”": a plural description before the first
  // finite verb, with no name in it, is the subject
  const upto = text.slice(a, first === undefined ? limit : ctx.doc.mentions[first].start);
  const fin = /\s(?:\p{Ll}{3,}ed|is|are|was|were|has|have|had|will|would)(?=\s)/u.exec(upto);
  if (fin && fin.index > 0) {
    const subj = upto.slice(0, fin.index).trim();
    const n = subj.split(/\s+/).length;
    if (
      n >= 2 &&
      n <= 6 &&
      /^\p{Lu}?[\p{Ll}\s-]+$/u.test(subj) &&
      /\p{Ll}{3,}(?:ers|ists|ents|ians|men|people)$/u.test(subj)
    )
      return { speaker: -1, text: subj };
  }
  if (first === undefined) {
    const pro = /^\s*(he|she|they|it|we)\b/i.exec(text.slice(a, limit));
    if (pro) return resolvePronoun(ctx, pro[1], a + pro.index, prior);
    return null;
  }
  // the subject stands at the clause's start, before any verb: not "X told Y, saying"
  const lead = text.slice(a, ctx.doc.mentions[first].start);
  if (lead.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length > 6) return null;
  // "Trump attacked Clinton, saying": a verb before the first name means that name is no subject
  const verb = VERBISH.exec(lead);
  if (verb) return verb.index > 0 ? chunkSpeaker(ctx, a, a + verb.index, prior) : null;
  // the subject runs over names joined by modifiers or titles ("MSNBC host Chris Matthews",
  // "Kaduna Mayor Jane Roe"), up to its verb
  let b = ctx.doc.mentions[first].end;
  for (const mi of ms.slice(1)) {
    const gap = text.slice(b, ctx.doc.mentions[mi].start);
    if (!/^(?:\s+(?:[\p{Ll}-]+|\p{Lu}[\p{Ll}-]*\.?)){0,3}\s+$/u.test(gap) || VERBISH.test(gap)) break;
    b = ctx.doc.mentions[mi].end;
  }
  return chunkSpeaker(ctx, a, b, prior);
}

/** The speaker named after a verb: "said Jane Doe, a …", "said TV host Ann Lee", "according to X". */
function afterSpeaker(ctx: Ctx, v: Cue, limit: number, prior: QuoteDraft[]): Speaker | null {
  const rest = ctx.text.slice(v.end, limit);
  const skip =
    /^\s*(?:(?:on|last|this)\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|later|afterwards?)\b)?\s*(?:by\s+)?/i.exec(
      rest,
    );
  const a = v.end + (skip ? skip[0].length : 0);
  const b = endOfNounPhrase(ctx, a, Math.min(limit, a + 120));
  if (b <= a) return null;
  // "added that …", "said of the attack that …": a clause, not a speaker, follows
  if (/^(?:that|how|why|whether|if|it|there)\b/i.test(ctx.text.slice(a, b))) return null;
  if (LEADING_PREP.test(ctx.text.slice(a, b))) return null;
  // "said the researcher, Jane Doe", "said a trader who gave his name only as Ali": the name
  const named = namedAfter(ctx, a, b);
  if (named >= 0) return fromMention(ctx, named);
  return chunkSpeaker(ctx, a, b, prior);
}

/** a title or rank written before a name in apposition: "Maj. Gen.", "Maulana", "Dr" */
const TITLE_RUN = /^(?:\p{Lu}[\p{L}]*\.?\s+){0,4}$/u;
/** "who gave his name only as", "who gave only her first name,", "identified only as": a source's own name follows */
const GAVE_NAME =
  /^\s*,?\s+(?:who\s+(?:(?:would|could|did|will)\s+)?(?:only\s+)?(?:gave|give|gives|provided|identified|(?:asked|wished|agreed|wanted)\s+to\s+be\s+(?:identified|named|called)|goes\s+by|went\s+by)|(?:identified|named|known)(?=\s+(?:only|as|by)\b))(?:\s+(?:only|his|her|their|first|last|full|family|given|name|by|as|himself|herself|the|police|prosecutors|authorities|officials|investigators))*\s*,?\s*$/iu;

/**
 * A description whose own name is written after it: in apposition ("the army's commander,
 * Maj. Gen. Ann Lee,") or given in a clause ("a trader who gave his name only as Ali"):
 * that person's mention, or -1. [a, b) is the description; it names no person itself.
 */
function namedAfter(ctx: Ctx, a: number, b: number): number {
  const { doc, text } = ctx;
  const phrase = text.slice(a, b).trim();
  if (!phrase || !DESCRIPTION_START.test(phrase.replace(/^\p{Lu}/u, (c) => c.toLowerCase()))) return -1;
  if (phrase.split(/\s+/).length > 8) return -1;
  const si = sentenceAt(doc, a);
  if (mentionsWithin(ctx, si, si, a, b, ['person']).length) return -1;
  const name = mentionsWithin(ctx, si, si, b, b + 90, ['person'])[0];
  if (name === undefined) return -1;
  const m = doc.mentions[name];
  const gap = text.slice(b, m.start);
  if (GAVE_NAME.test(gap)) return name;
  const comma = /^\s*,\s*/.exec(gap);
  if (!comma || !TITLE_RUN.test(gap.slice(comma[0].length))) return -1;
  // the apposition closes after the name
  const tail = text.slice(m.end, m.end + 12);
  return /^\s*(?:$|[,.;:!?)\n—–]|who\b|\u25a1)/u.test(tail) ? name : -1;
}

// (and the second of two ranks joined by a hyphen: "Brig.-Gen.", "Lt.-Col.")
const ABBREV =
  /(?:^|[\s(]|\.-)(?:(?:\p{Lu}\.)*\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Del|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Cpl|Rev|St|Jr|Sr|Prof|Hon|Mt|Ft|Co|Inc|Corp|Ltd|U\.S|U\.N|U\.K|Brig|Cmdr|Cdr|Supt|Insp|Atty|Amb|Pvt|Pte|Spc|Fr|Det)$/u;

/** Where a noun phrase that begins at a ends: at punctuation or a clause word, by b. */
function endOfNounPhrase(ctx: Ctx, a: number, b: number, relative = false): number {
  const { masked } = ctx;
  for (let i = a; i < b; i++) {
    const c = masked[i];
    if (
      c === ',' ||
      c === ';' ||
      c === ':' ||
      c === '(' ||
      c === '—' ||
      c === '–' ||
      c === '!' ||
      c === '?' ||
      c === MASK ||
      c === '\n'
    )
      return i;
    if (c === '.' && !ABBREV.test(masked.slice(Math.max(a, i - 5), i))) return i;
    if (c === ' ') {
      const next = /^ (\p{L}+)/u.exec(masked.slice(i, i + 24))?.[1] ?? '';
      if (relative && (speechLemmaIn(next, SAY_TELL_ADD) || /^according$/i.test(next))) return i;
      if (
        !relative &&
        (speechLemmaIn(next, SAY_TELL) ||
          /^ (?:who|which|whose|as|when|while|after|before|during|because|and said|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i.test(
            masked.slice(i, i + 16),
          ))
      )
        return i;
    }
  }
  return b;
}

const DESCRIPTION_START =
  /^(?:(?:the|a|an|one|two|three|four|several|some|many|other|another|two|senior|top|former|local|his|her|their|its)\s+)*\p{Ll}/u;

/**
 * Who a noun phrase in [a, b) names: a person or group mentioned in it (its head, not a
 * possessor or a modifier: "MSNBC host Chris Matthews" → Matthews, "Mr. Morgan of the
 * Sierra Club" → Morgan); a pronoun or role noun resolved; otherwise its words, an
 * unnamed source ("a senior security official", "a spokesman for the group").
 */
function chunkSpeaker(
  ctx: Ctx,
  a: number,
  b: number,
  prior: QuoteDraft[],
  apposition = false,
): Speaker | null {
  const { text, doc } = ctx;
  while (a < b && /[\s"'“”‘’(),]/.test(text[a])) a++;
  while (b > a && /[\s"'“”‘’(),.]/.test(text[b - 1]) && !ABBREV.test(text.slice(Math.max(a, b - 5), b - 1)))
    b--;
  if (b <= a) return null;
  const phrase = text.slice(a, b);
  const words = phrase.split(/\s+/);
  if (PRONOUN_RE.test(phrase)) return resolvePronoun(ctx, phrase, a, prior);
  // "the defendant, identified only as Tarek S. under …, wrote": the name given
  const namedAs = NAMED_AS.exec(phrase);
  if (namedAs) {
    const si = sentenceAt(doc, a);
    const name = mentionsWithin(ctx, si, si, a + namedAs[0].length, b, ['person'])[0];
    if (name !== undefined && !text.slice(a + namedAs[0].length, doc.mentions[name].start).trim())
      return fromMention(ctx, name);
  }
  // "according to a statement from the group": its author, when the text names or resolves one
  const issued = ISSUED_BY.exec(phrase);
  if (issued) {
    const r = chunkSpeaker(ctx, a + issued[0].length, b, prior, apposition);
    if (r && r.speaker >= 0) return r;
  }
  // "G's statement said", "the group's statement", "a police statement": the body that issued it
  const owner = issuedOwner(ctx, phrase, a);
  if (owner >= 0) return { speaker: owner, text: phrase };
  // "the DPO", "the IGP": the person introduced with the office those letters spell
  const initials = INITIALS_OFFICE.exec(phrase);
  if (initials) {
    const holder = initialsHolder(doc, initials[1], a);
    if (holder >= 0) return { speaker: holder, text: phrase };
  }
  const si = sentenceAt(doc, a);
  const ms = mentionsWithin(ctx, si, sentenceAt(doc, b - 1), a, b, SPEAKER_TYPES).filter(
    (mi) => !possessive(ctx, mi) && !hyphenModifier(ctx, mi),
  );
  // "said Monday X" aside, a chunk led by "I" or "you" is reported speech, not a speaker
  if (/^(?:I|you)\b/.test(phrase)) return null;
  if (ms.length) {
    const first = doc.mentions[ms[0]];
    let prefix = text.slice(a, first.start);
    if (a === doc.seg.sentences[si].start) prefix = prefix.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
    // "a spokesman for the Taliban", "officials at the ministry": the speaker is the description
    if (DESCRIPTION_START.test(prefix) && PREP_RE.test(prefix) && !LEADING_PREP.test(phrase))
      return { speaker: -1, text: phrase };
    // "X, speaking at a rally in P, said", "X, in a statement on G's site, said": a
    // circumstance between the name and its verb names no speaker
    if (apposition && LEADING_PREP.test(phrase)) return null;
    if (LEADING_PREP.test(phrase)) return fromMention(ctx, ms[ms.length - 1]);
    let head = ms[0];
    const typeOf = (mi: number) => doc.entities[doc.mentionEntity[mi]].type;
    for (const mi of ms.slice(1)) {
      const gap = text.slice(doc.mentions[head].end, doc.mentions[mi].start);
      // "Borno State Commissioner of Police X", "Bastar Inspector General of Police X": a title
      // written in capitals, prepositions and all, between a place and the person who holds it
      if (typeOf(mi) === 'person' && capitalTitle(gap)) {
        head = mi;
        continue;
      }
      if (PREP_RE.test(gap) || /\b(?:and|or)\b|[,;]/.test(gap) || gap.trim().split(/\s+/).length > 4) break;
      // a person's name runs on into a word typed as a place: keep the person
      if (typeOf(head) === 'person' && typeOf(mi) === 'place' && !gap.trim()) break;
      head = mi;
    }
    const rest = text.slice(doc.mentions[head].end, b);
    // "Kabul police", "the Clinton campaign": the name modifies a common noun, the speaker is that noun
    const modifier = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(rest);
    // "the official SANA news agency": an outlet's name before its noun is the outlet
    if (
      typeOf(head) === 'organization' &&
      /^\s+(?:news\s+(?:agency|service|network|channel|website|portal)|newspaper|television|radio|broadcaster)$/.test(
        rest,
      )
    )
      return fromMention(ctx, head);
    // "the Islamic State group said", "the al-Shabaab militant group": a group's name before the
    // noun of what it is names the group itself
    // ("G, a TTP faction, claimed": after "a" the noun is another body, of which the name is a kind)
    if (typeOf(head) === 'organization' && GROUP_ITSELF.test(rest) && !/^\s*an?\s+$/i.test(prefix))
      return fromMention(ctx, head);
    if (
      modifier &&
      !PREP_RE.test(modifier[1]) &&
      !/^(?:and|or|himself|herself|itself|themselves)$/.test(modifier[1]) &&
      // "X rejected …": a verb in the past after a name is its predicate, not a noun it modifies
      !/^\p{Ll}{3,}ed$/u.test(modifier[1])
    ) {
      // "the Taliban spokesman": the one introduced with that role
      const held = modifiedRoleHolder(ctx, phrase, a);
      return held >= 0 ? { speaker: held, text: phrase } : { speaker: -1, text: phrase };
    }
    // "Senate Majority Leader Mitch McConnell" with only "Senate" found: the name is the capitalised rest
    const run = /^\s+((?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’-]+)\s*$/u.exec(rest);
    if (run && typeOf(head) !== 'person' && run[1].split(/\s+/).length >= 2)
      return { speaker: -1, text: run[1] };
    if (typeOf(head) === 'place' && ms.length === 1 && prefix.trim() && !/^the$/i.test(prefix.trim()))
      return { speaker: -1, text: phrase };
    return fromMention(ctx, head);
  }
  if (words.length > 12) return null;
  const role = roleReference(ctx, phrase, a);
  if (role >= 0) return { speaker: role, text: phrase };
  // "the official", after "an intelligence officer who would not give his name said …": the
  // unnamed source keeps the description it was introduced with
  const intro = introducedDescription(ctx, phrase, a);
  if (intro) return { speaker: -1, text: intro };
  // ("X, in a statement, said": a circumstance between commas names no speaker, with no name in it either)
  if (apposition && (!/\p{L}/u.test(phrase) || LEADING_PREP.test(phrase))) return null;
  if (
    !/^(?:\p{Lu}|\d|the |a |an |one |two |three |several |some |many |other |another |senior |top |former |[\p{Ll}-]+ (?:of|for|at|from|close to|familiar with) )/u.test(
      phrase,
    ) &&
    !DESCRIPTION_START.test(phrase)
  )
    return null;
  return { speaker: -1, text: phrase };
}

/** a title in capitals, its prepositions in lower case: " Superintendent of Police ", " Commissioner for Internal Affairs " */
// (the title may run on into the mention: "Commissioner for" + "Information X")
const CAPITAL_TITLE =
  /^\s+\p{Lu}[\p{L}.-]*(?:\s+(?:(?:of|for|and|the)\s+)*\p{Lu}[\p{L}.-]*)*\s+(?:(?:of|for)\s+)?$/u;

/** The gap is a capitalised title ("Inspector General of Police") that holds a title or role word. */
function capitalTitle(gap: string): boolean {
  if (gap.length > 60 || !CAPITAL_TITLE.test(gap)) return false;
  for (const w of gap.trim().split(/\s+/)) {
    const k = w.toLowerCase();
    if (PERSON_TITLES.has(k) || ROLES.has(k)) return true;
  }
  return false;
}

/** the noun of what a group is, after its name: "(the X) militant group", "(the Y) movement" */
const GROUP_ITSELF =
  /^\s+(?:(?:militant|armed|jihadist|extremist|insurgent|rebel|terrorist|islamist|separatist|paramilitary)\s+)?(?:group|organi[sz]ation|movement|outfit|network|militia|faction)$/i;

/** what a body issues, owned: "G's statement", "the group's latest communiqué", "a police statement" */
const OWNED_ISSUE =
  /^(?:(.+?)['’]s?|an?\s+([\p{Ll}]+))\s+(?:(?:latest|new|written|official|brief|short|separate|earlier|online|video|audio)\s+)?(?:statement|communiqu[eé]|message|post|video|audio|recording|letter|notice|release|bulletin)$/u;

/**
 * The issuer of "G's statement" (a group or person named just so), "the group's statement" (what
 * "the group" stands for), "a police statement" / "a ministry statement" (what "the police",
 * "the ministry" stands for); -1 when none.
 */
function issuedOwner(ctx: Ctx, phrase: string, a: number): number {
  const m = OWNED_ISSUE.exec(phrase);
  if (!m) return -1;
  const { doc } = ctx;
  if (m[2])
    return /^(?:the|a|an)$/.test(m[2])
      ? -1
      : ORG_NOUN.test(`the ${m[2]}`)
        ? roleReference(ctx, `the ${m[2]}`, a)
        : -1;
  const own = m[1];
  const si = sentenceAt(doc, a);
  const ms = mentionsWithin(ctx, si, si, a, a + own.length, ['person', 'organization']);
  // (the name is all the owner: "ISPR's", "the Taliban's", not "a Taliban commander's")
  const x = ms.length === 1 ? doc.mentions[ms[0]] : null;
  if (x && x.end === a + own.length && /^(?:the\s+)?$/i.test(ctx.text.slice(a, x.start)))
    return doc.mentionEntity[ms[0]];
  if (ms.length) return -1;
  return /^the\s/i.test(own) ? roleReference(ctx, own, a) : -1;
}

/** "identified only as", "named as", "known as": a name follows */
const NAMED_AS =
  /^(?:(?:who\s+was\s+)?(?:identified|named|known|introduced)\s+(?:only\s+|locally\s+|publicly\s+)?(?:by\s+(?:the\s+)?(?:name|police|prosecutors|authorities|officials|investigators)\s+)?as)\s+/i;

/** what a group or person issues, then the word that leads to its author */
const ISSUED_BY =
  /^(?:an?|the)\s+(?:[\p{Ll}-]+\s+)?(?:statement|message|communiqu[eé]|video|audio|recording|letter|post|note|leaflet)\s+(?:from|by|(?:issued|released|signed|posted|published)\s+by)\s+/iu;

/** Nouns for a person an unnamed source is described by ("a security official", "a witness"). */
const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  ...[...ROLES.keys()].filter((k) => !k.includes(' ')),
  ...[...OCCUPATIONS].filter((k) => !k.includes(' ')),
  ...'source witness resident survivor relative villager man woman officer worker medic spokesman spokeswoman aide adviser advisor'.split(
    ' ',
  ),
  // the people news reports quote without a name: the displaced, the held, the ones who left
  // an armed group, the ones in a crowd ("a refugee in the camp, who …, said")
  ...`refugee migrant evacuee returnee passenger hostage detainee prisoner inmate defector insider herder
  protester worshipper priest rebel vigilante hunter ranger volunteer victim patient teenager observer
  expert employee staffer translator interpreter`.split(/\s+/),
]);
/**
 * Nouns left out of the occupations because, alone or in capitals, they are as often
 * something else (National Guard, an elder brother, a coach to the airport); after a
 * lower-case modifier they name a person: "a border guard", "a village elder".
 */
const COMPOUND_PERSON: ReadonlySet<string> = new Set(['guard', 'elder', 'cook', 'coach']);
/** where an unnamed source is introduced: opening a sentence, or after a speech verb or "according to" */
const INTRO_BEFORE = /(?:^|[.!?]["”’]?\s+|\n\s*|\baccording to\s+|\u25a1,?\s+)$/iu;

/** speech verbs that close a noun phrase before them or open the description after them */
const SAY_TELL: ReadonlySet<string> = new Set(['say', 'tell']);
const SAY_TELL_ADD: ReadonlySet<string> = new Set(['say', 'tell', 'add']);
const REPORTING: ReadonlySet<string> = new Set(['say', 'tell', 'add', 'explain', 'warn', 'note']);
/** "X described the raid.¶“…”", "X recalled the night": the quote that follows is the telling */
const RECOUNTING: ReadonlySet<string> = new Set(['describe', 'recall']);

/** the word is a form of one of these speech lemmas, in lower case ("said", "tells", "warned") */
function speechLemmaIn(word: string, lemmas: ReadonlySet<string>): boolean {
  if (!/^\p{Ll}/u.test(word)) return false;
  const l = speechLemma(word);
  return l !== null && lemmas.has(l);
}

/** an unnamed source is introduced here: opening a sentence, after "according to" or a speech verb */
function introducedAfter(before: string): boolean {
  return INTRO_BEFORE.test(before) || endsInSpeechVerb(before, SPEECH_THEN_SPACE, REPORTING);
}

/**
 * "the official" / "the security source": the latest indefinite description with that head
 * noun introduced as a speaker before `at` ("an intelligence officer who would not give his name
 * said …"), whole, or null.
 */
function introducedDescription(ctx: Ctx, phrase: string, at: number): string | null {
  const m = /^the\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)$/u.exec(phrase.trim());
  if (!m || !SOURCE_NOUNS.has(m[1])) return null;
  const head = m[1];
  const from = Math.max(0, at - 4000);
  const win = ctx.masked.slice(from, at);
  const re = new RegExp(`(?<![\\p{L}])(?:an?|one)\\s+(?:[\\p{L}-]+\\s+){0,4}?${head}(?![\\p{L}-])`, 'giu');
  // the latest such introduction: "a party official … A provincial official said …, the
  // official said" is the provincial one
  let found: string | null = null;
  for (const x of execAll(re, win)) {
    const s = x.index ?? 0;
    const before = win.slice(Math.max(0, s - 40), s);
    // the description runs on to a comma, a stop, a quote or its speech verb
    const a = from + s;
    const end = descriptionEnd(ctx, a + x[0].length, at);
    // "… arrested two men, a customs source said": after a comma, before its speech verb
    const afterComma =
      /,\s+$/.test(before) &&
      speechLemmaIn(/^\s*(\p{L}+)/u.exec(ctx.text.slice(end, end + 30))?.[1] ?? '', REPORTING);
    if (!introducedAfter(before) && !afterComma) continue;
    const d = ctx.text.slice(a, end).trim();
    found = clippedDescription(d) ?? found;
  }
  return found;
}

/**
 * An unnamed source's description of 14 words at most; a longer one cut before the clause it
 * runs on with ("A former fighter who left the camp in March and surrendered to soldiers in
 * Z" → "A former fighter who left the camp in March"), else its first 12 words.
 */
function clippedDescription(d: string): string | null {
  const ws = d.split(/\s+/);
  if (ws.length <= 14) return d;
  const cut = /^(?:\S+\s+){3,13}?(?=(?:and|but|after|before|when|because|while|where)\s)/u.exec(d)?.[0];
  if (cut) return cut.replace(/[\s,;]+$/, '');
  return (
    ws
      .slice(0, 12)
      .join(' ')
      .replace(/[,;:]+$/, '') || null
  );
}

function fromMention(ctx: Ctx, mi: number): Speaker {
  return { speaker: ctx.doc.mentionEntity[mi], text: ctx.doc.mentions[mi].text };
}

/** "Sahel-based", "Iran-backed", "al-Qaeda-linked": a name made into a modifier */
const HYPHEN_MODIFIER =
  /-(?:based|backed|linked|aligned|affiliated|allied|led|inspired|funded|supported|sponsored|run|born|trained|allied)$/i;

/** the mention is the first part of a hyphenated modifier ("the Sahel-based group") */
function hyphenModifier(ctx: Ctx, mi: number): boolean {
  const m = ctx.doc.mentions[mi];
  if (ctx.text[m.end] !== '-') return false;
  const w = /^-[\p{L}]+/u.exec(ctx.text.slice(m.end, m.end + 16));
  return w !== null && HYPHEN_MODIFIER.test(w[0]);
}

function possessive(ctx: Ctx, mi: number): boolean {
  const m = ctx.doc.mentions[mi];
  return /^(?:['’]s\b|['’](?!\p{L}))/u.test(ctx.text.slice(m.end, m.end + 3));
}

// ------------------------------------------------------------------ pronouns and role nouns

const ORG_NOUN =
  /^the\s+(?:[\p{L}-]+\s+){0,2}?(group|organi[sz]ation|movement|outfit|network|faction|militia|ministry|department|agency|party|company|committee|council|commission|government|army|military|police|command|authority|mission|bureau|coalition|alliance|cell|corps|brigades?|front|court|embassy|firm|wing|office|forces?|directorate|service|secretariat|administration|union|federation|institute|foundation|battalion|regiment|squad|board|tribunal|navy|gendarmerie)$/iu;
/**
 * A body "the company" / "the firm" / "the party" stands for when its name lacks the noun: a
 * business by the words company names end in ("X Shipping Ltd", "Y Maritime"), a party by its kind.
 */
const CORPORATE =
  /\b(?:Ltd|Limited|Inc|Corp|Corporation|PLC|LLC|Co|Company|Holdings|Shipping|Maritime|Airlines?|Airways|Petroleum|Oil|Gas|Energy|Mining|Telecom|Bank)\b/;
function bodyOfNoun(e: { kind?: string | null; surfaces: string[] }, noun: string): boolean {
  if (noun === 'company' || noun === 'firm') return e.surfaces.some((n) => CORPORATE.test(n));
  if (noun === 'party') return /\bparty\b/.test(orgKind(e.surfaces, e.kind ?? undefined) ?? '');
  return false;
}
/** an organisation "the military" or "the army" stands for */
const ARMED = /\b(?:army|armed forces|military|defen[cs]e forces?)\b/i;
const LOOSE_ORG = /^(?:group|organi[sz]ation|movement|outfit|network|faction|militia)$/i;
/** kinds of organisation that "the group" or "the movement" never stands for */
const NOT_A_GROUP = /\b(?:company|news|media|newspaper|broadcaster|outlet)\b/i;

/**
 * "the spokesman" → the person introduced with that role; "the group" → the nearest
 * group named before; "the ministry" → the nearest organisation whose name holds the word.
 */
function roleReference(ctx: Ctx, phrase: string, at: number): number {
  const p = roleHolder(ctx.doc, phrase, at);
  if (p >= 0) return p;
  const held = modifiedRoleHolder(ctx, phrase, at);
  if (held >= 0) return held;
  // "the captain", "the police boss", "the lawmaker": the person introduced with that post or another word for it
  const described = describedHolder(ctx.doc, ctx.masked, phrase, at, ctx.inQuote);
  if (described >= 0) return described;
  const author = statementAuthor(ctx, phrase, at);
  if (author >= 0) return author;
  const classed = classedBody(ctx, phrase, at);
  if (classed !== undefined && classed !== null) return classed;
  // (a monitor, a charity or a rights group the text named by no word of its class is still never an armed group)
  const unarmed = classed === null;
  const m = ORG_NOUN.exec(phrase.trim());
  if (!m) return membersOfGroup(ctx, phrase, at);
  // "the Taliban group" names the group itself; modifiers in capitals other than peoples' do too
  const mods = phrase.trim().split(/\s+/).slice(1, -1);
  if (mods.some((w) => /^\p{Lu}/u.test(w) && !/(?:an|ish|i|ese)$/.test(w) && !HYPHEN_MODIFIER.test(w)))
    return -1;
  const noun = m[1].toLowerCase();
  // "the security forces", "the government forces": the state's men at large, not a named force
  if (
    /^forces?$/.test(noun) &&
    mods.some((w) => /^\p{Ll}+$/u.test(w) && !/^(?:paramilitary|rebel|armed)$/.test(w))
  )
    return -1;
  const si = sentenceAt(ctx.doc, at);
  const text = ctx.text;
  // "the group" stands for a group of the last five sentences; a body's own noun ("the
  // committee", "the ministry") for the one named with that noun, however far back
  const loosely = LOOSE_ORG.test(noun);
  // "In a message translated by the SITE Intelligence Group, the group said": a name in the
  // circumstance that opens the phrase's own sentence is not what "the group" stands for
  const sent = ctx.doc.seg.sentences[si];
  const opening = ctx.masked.slice(sent.start, at);
  const comma = LEADING_PREP.test(opening) || /^according to\b/i.test(opening) ? opening.indexOf(',') : -1;
  const circumstanceEnd = comma >= 0 ? sent.start + comma : -1;
  for (let s = si; s >= (loosely ? Math.max(0, si - 5) : 0); s--) {
    const cands = ctx.bySentence[s].filter((mi) => {
      const x = ctx.doc.mentions[mi];
      const e = ctx.doc.entities[ctx.doc.mentionEntity[mi]];
      if (x.start >= at || ctx.inQuote(x.start) || e.type !== 'organization') return false;
      if (s === si && x.start < circumstanceEnd) return false;
      if (unarmed && /\bmilitant\b/.test(orgKind(e.surfaces, e.kind ?? undefined) ?? '')) return false;
      // ("its Amaq news agency" is what "the agency" stands for, though not "the group")
      if (!loosely && ownNoun(text, x, noun)) return true;
      // "its Amaq news agency": what the group owns, or a name that modifies a noun, is not the group
      if (/\b(?:its|their)\s+$/i.test(text.slice(Math.max(0, x.start - 7), x.start))) return false;
      if (
        /^\s+(?:news\s+)?(?:agency|outlet|channel|wing|arm|website|magazine|weekly|newspaper)\b/i.test(
          text.slice(x.end, x.end + 20),
        )
      )
        return false;
      return true;
    });
    const named =
      noun === 'military' || noun === 'army'
        ? cands.find((mi) => ctx.doc.entities[ctx.doc.mentionEntity[mi]].surfaces.some((n) => ARMED.test(n)))
        : cands.find(
            (mi) =>
              new RegExp(`\\b${noun.replace(/s$/, '').slice(0, 6)}`, 'i').test(ctx.doc.mentions[mi].text) ||
              calledBy(text, ctx.doc.mentions[mi], noun) ||
              ownNoun(text, ctx.doc.mentions[mi], noun) ||
              bodyOfNoun(ctx.doc.entities[ctx.doc.mentionEntity[mi]], noun),
          );
    // "G ambushed a convoy of the Wagner Group. “…,” the group said": of several bodies a sentence
    // names, the loose noun stands for the one that acted (the subject, or the agent after "by"),
    // not for the one whose name happens to hold "Group"
    // (a body the text called by the noun itself stays first: "the Dogon militia X … the militia")
    const doer =
      loosely &&
      !cands.some(
        (mi) => calledBy(text, ctx.doc.mentions[mi], noun) || ownNoun(text, ctx.doc.mentions[mi], noun),
      )
        ? doerAmong(ctx, cands)
        : -1;
    if (doer >= 0) return doer;
    if (named !== undefined) return ctx.doc.mentionEntity[named];
    // ("posted on Telegram, the group said": a company or an outlet is never "the group")
    const loose = loosely
      ? cands.find((mi) => !NOT_A_GROUP.test(ctx.doc.entities[ctx.doc.mentionEntity[mi]].kind ?? ''))
      : undefined;
    if (loose !== undefined) return ctx.doc.mentionEntity[loose];
  }
  return loosely && !unarmed ? onlyArmedGroupBefore(ctx, at) : -1;
}

/**
 * "the group" further back than five sentences: the one armed group the text named before `at`
 * (its kind from a gazetteer or its names), when it named only one; else -1.
 */
function onlyArmedGroupBefore(ctx: Ctx, at: number): number {
  const { doc } = ctx;
  let found = -1;
  for (let mi = 0; mi < doc.mentions.length; mi++) {
    const x = doc.mentions[mi];
    if (x.start >= at) continue;
    const ei = doc.mentionEntity[mi];
    if (ei < 0 || ei === found || ctx.inQuote(x.start)) continue;
    const e = doc.entities[ei];
    if (e.type !== 'organization' || !/\bmilitant\b/.test(orgKind(e.surfaces, e.kind ?? undefined) ?? ''))
      continue;
    if (found >= 0) return -1;
    found = ei;
  }
  return found;
}

/** the name is followed by its body's noun: "Amaq news agency", "the Wagner private military company" */
function ownNoun(text: string, x: { start: number; end: number }, noun: string): boolean {
  return new RegExp(`^\\s+(?:(?:news|media|state|private|military|security)\\s+){0,2}${noun}\\b`, 'i').test(
    text.slice(x.end, x.end + noun.length + 30),
  );
}

/**
 * What a body is called by the class of body it is, and the words the names of that class hold:
 * "the monitor" (an observatory, a watch), "the rights group", "the charity" / "the aid group",
 * "the press freedom group", "the bloc" (a community, a union, a league of states).
 */
const BODY_CLASSES: [RegExp, RegExp][] = [
  [
    /^(?:monitor|watchdog|observatory|monitoring (?:group|body))$/,
    /\b(?:Observatory|Monitor|Monitoring|Watch)\b/,
  ],
  [
    /^(?:(?:human )?rights (?:group|organi[sz]ation|body|watchdog|advocates?|monitor)|rights-group)$/,
    /\b(?:Rights|Amnesty|Watch|Liberties)\b/,
  ],
  [
    /^(?:(?:press|media) freedom (?:group|organi[sz]ation|body|watchdog)|(?:press|media) (?:rights )?watchdog)$/,
    /\b(?:Journalists|Reporters|Press|Media Freedom)\b/,
  ],
  [
    /^(?:(?:medical |aid |relief |humanitarian |children's |development )?charity|(?:aid|relief|humanitarian|medical aid) (?:group|organi[sz]ation|body))$/,
    /\b(?:Red Cross|Red Crescent|Fronti[eè]res|Save the Children|Oxfam|Relief|Aid|Rescue|Refugee Council|Caritas|Mercy|CARE|Doctors|Charity|Foundation|Humanitarian|Hunger)\b/,
  ],
  [
    /^(?:(?:regional |economic |military |trade )?bloc)$/,
    /\b(?:Community|Union|League|Alliance|Cooperation Council|Association of)\b/,
  ],
];

/**
 * "the Britain-based monitor", "the rights group", "the charity", "the bloc": the body of that
 * class named nearest before `at` (the latest sentence that names one, when it names one only);
 * -1 when two; null when none; undefined when the phrase names no such class.
 */
function classedBody(ctx: Ctx, phrase: string, at: number): number | null | undefined {
  const m =
    /^the\s+(?:[\p{L}]+-(?:based|run|funded|backed)\s+|[\p{Ll}]+-[\p{Ll}]+\s+|international\s+|local\s+|global\s+|leading\s+|independent\s+|main\s+)?(.+)$/u.exec(
      phrase.trim(),
    );
  const cls = m && BODY_CLASSES.find(([noun]) => noun.test(m[1].toLowerCase()));
  if (!cls) return undefined;
  const { doc } = ctx;
  for (let s = sentenceAt(doc, at); s >= 0; s--) {
    let found = -1;
    for (const mi of ctx.bySentence[s]) {
      const x = doc.mentions[mi];
      const ei = doc.mentionEntity[mi];
      if (x.start >= at || ei < 0 || ctx.inQuote(x.start) || doc.entities[ei].type !== 'organization')
        continue;
      if (!doc.entities[ei].surfaces.some((n) => cls[1].test(n))) continue;
      if (found >= 0 && found !== ei) return -1;
      found = ei;
    }
    if (found >= 0) return found;
  }
  return null;
}

/** the plural nouns for an armed group's men: "the militants", "the jihadists", "the rebels" */
const GROUP_MEMBERS =
  /^the\s+(?:[\p{Ll}-]+\s+)?(?:militants|jihadists|jihadis|insurgents|extremists|islamists|rebels|guerrillas|separatists)$/iu;

/**
 * "G claimed the raid. “…,” the jihadists said": a plural noun for an armed group's men stands for
 * the armed group named in its sentence or the three before, when they name only one; else -1.
 */
function membersOfGroup(ctx: Ctx, phrase: string, at: number): number {
  if (!GROUP_MEMBERS.test(phrase.trim())) return -1;
  const { doc } = ctx;
  const si = sentenceAt(doc, at);
  // the nearest sentence that names an armed group decides: one group is it; of several, the one
  // that acted ("G1 and G2 have fought for years. G1 raided P. “…,” the militants said" → G1)
  for (let s = si; s >= Math.max(0, si - 3); s--) {
    const armed = ctx.bySentence[s].filter((mi) => {
      const ei = doc.mentionEntity[mi];
      if (ei < 0 || doc.mentions[mi].start >= at || ctx.inQuote(doc.mentions[mi].start)) return false;
      const e = doc.entities[ei];
      // (the kind the names tell when no gazetteer gave one: "Ansar al-Sunna", "X Front")
      return e.type === 'organization' && /\bmilitant\b/.test(orgKind(e.surfaces, e.kind ?? undefined) ?? '');
    });
    if (!armed.length) continue;
    const ents = new Set(armed.map((mi) => doc.mentionEntity[mi]));
    return ents.size === 1 ? doc.mentionEntity[armed[0]] : doerAmong(ctx, armed);
  }
  return -1;
}

/** the people of a body a sentence may make its subject: "G fighters attacked", "members of G raided" */
const BODY_PEOPLE =
  /^(?:fighters|militants|gunmen|men|members|insurgents|jihadists|rebels|guerrillas|militiamen|troops|soldiers|forces|commanders|units|cells)$/i;

/**
 * Of the mentions `mis` (bodies one passage names), the entity that acted: the active subject of its
 * clause, the agent of a passive ("was attacked by G"), or a body whose men are that subject ("G
 * fighters stormed …", "members of G raided …"); -1 unless exactly one entity acted, or when it is
 * a state body, an outlet or a company (the men a group's statement answers are not the group).
 */
function doerAmong(ctx: Ctx, mis: readonly number[]): number {
  const { doc } = ctx;
  if (new Set(mis.map((mi) => doc.mentionEntity[mi])).size < 2) return -1;
  const doers = new Set<number>();
  for (const mi of mis) {
    let t = mentionHead(doc, mi);
    let r = relOf(doc, t);
    // ("G1 and G2 fought": a conjunct acts with the first)
    if (r === 'conj') {
      t = headOf(doc, t);
      r = relOf(doc, t);
    }
    if (/^(?:compound|nmod|nmod:poss)$/.test(r)) {
      const h = headOf(doc, t);
      if (h >= 0 && BODY_PEOPLE.test(tokenText(ctx, h))) {
        t = h;
        r = relOf(doc, t);
      }
    }
    // (not the doer of a clause inside a noun: "villages held by G", "the men G trained")
    if ((r === 'nsubj' || r === 'obl:agent') && !relIs(relOf(doc, headOf(doc, t)), 'acl'))
      doers.add(doc.mentionEntity[mi]);
  }
  if (doers.size !== 1) return -1;
  const [ei] = doers;
  const kind = orgKind(doc.entities[ei].surfaces, doc.entities[ei].kind ?? undefined) ?? '';
  return /\b(?:government|security|military|police|news|media|company|outlet)\b/.test(kind) ? -1 : ei;
}

/**
 * The text calls the named body by the noun beside its name: "the Dogon militia Dan Na Pulo", "the
 * Yan Sakai militia", "Danna Sofo, a militia of hunters" ("the militia" then stands for it).
 */
function calledBy(text: string, x: { start: number; end: number }, noun: string): boolean {
  const before = text.slice(Math.max(0, x.start - noun.length - 2), x.start);
  const after = text.slice(x.end, x.end + noun.length + 40);
  return (
    before === ` ${noun} ` ||
    after.startsWith(` ${noun}`) ||
    new RegExp(`^,\\s+(?:an?|the)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?${noun}\\b`, 'iu').test(after) ||
    // "the UN refugee agency, UNHCR, said": the noun in apposition before the name
    new RegExp(`\\b(?:the|an?|its|their)\\s+(?:[\\p{L}'’-]+\\s+){0,3}${noun},\\s+(?:the\\s+)?$`, 'iu').test(
      text.slice(Math.max(0, x.start - 60), x.start),
    )
  );
}

/** "the Taliban spokesman", "the army's commander": a role with the words that qualify it */
const MODIFIED_ROLE =
  /^the\s+((?:[\p{L}-]+(?:['’]s)?\s+){0,2})(spokesman|spokesperson|spokeswoman|commander|chief|leader|minister|envoy|ambassador|governor|judge|prosecutor|mayor|president|general|colonel|commissioner|lawyer|imam|sheikh|cleric|senator|premier|elder|chairman)$/iu;

/** a time opening the clause before its subject: "On Tuesday", "Later," */
const TIME_BEFORE =
  /^(?:(?:late |early )?on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|later|earlier|last week|this week)\s*,?\s+(?=the\s)/i;

/** offices that, bare ("the governor said"), stand for the person introduced with them */
const BARE_OFFICE =
  /^(?:judge|governor|commissioner|colonel|general|prosecutor|commander|minister|ambassador|envoy|imam|sheikh|premier)$/i;
/**
 * offices that, bare, stand for a person only when the text set them beside the name with commas
 * ("The mayor of P, X,", "X, an elder of the Y tribe,"): as a title ("Mayor X") they often stay
 * the office's description
 */
const APPOSED_OFFICE = /^(?:mayor|elder|chairman)$/i;
/** the words an office is also written with: "the premier" of "Prime Minister X" */
const OFFICE_WORDS: Readonly<Record<string, string>> = { premier: 'premier|prime minister' };

/** the words before a name up to a role and a title or two: "Taliban spokesman Dr " */
const ROLE_THEN_NAME = /((?:[\p{L}'’-]+\s+){0,3}[\p{Ll}]+)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/**
 * "the Taliban spokesman" → the person last introduced, within the last 2,000 characters, with
 * that role and those words beside the name ("Taliban spokesman X", "X, the Taliban's
 * spokesman"); -1 if none.
 */
function modifiedRoleHolder(ctx: Ctx, phrase: string, at: number): number {
  // ("On Tuesday the colonel said", "Later, the governor said": a time before the subject)
  const m = MODIFIED_ROLE.exec(phrase.trim().replace(TIME_BEFORE, ''));
  // a bare office stays the description it is ("the president", "the leader"), but "the judge" of
  // a trial, and "the governor" / "the commissioner" / "the colonel" … after a person introduced
  // with that title or in apposition with that office, are that person (BARE_OFFICE)
  const bare = !!m && !m[1].trim();
  const apposedOnly = bare && !!m && APPOSED_OFFICE.test(m[2]);
  if (!m || (bare && !BARE_OFFICE.test(m[2]) && !apposedOnly)) return -1;
  const { doc, text } = ctx;
  const words = m[1]
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/['’]s$/, '').toLowerCase());
  const office = m[2].toLowerCase();
  const role = new RegExp(`\\b(?:${OFFICE_WORDS[office] ?? office})\\b`);
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const x = doc.mentions[i];
    if (x.start >= at || x.end < at - 2000) continue;
    const ei = doc.mentionEntity[i];
    if (ei < 0 || doc.entities[ei].type !== 'person') continue;
    // the role and its words next to the name: "Taliban spokesman Dr X", "X, the army's spokesman"
    const pre =
      /(?:^|[,.;:!?]\s*)([^,.;:!?]*)$/.exec(text.slice(Math.max(0, x.start - 50), x.start))?.[1] ?? '';
    const byName = ROLE_THEN_NAME.exec(pre)?.[1];
    // "Judge Helen Carter", "Governor X": the role as a title before the name
    const titled = /(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}$/u.exec(pre)?.[0];
    const appos = /^\s*,\s*((?:the|a|an|his|her|its|their|\p{Lu}[\p{L}-]*['’]s?)\s[^,.;:!?]{0,60})/u.exec(
      text.slice(x.end, x.end + 70),
    )?.[1];
    // "the district commissioner, X,": the office in apposition before the name
    const apposBefore =
      /(?:^|[.;:!?]\s*)((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|\p{Lu}[\p{L}-]*['’]s?)\s[^,.;:!?]{0,60}),\s*$/u.exec(
        text.slice(Math.max(0, x.start - 70), x.start),
      )?.[1];
    const holds = (s: string | undefined) =>
      s !== undefined && role.test(s.toLowerCase()) && words.every((w) => s.toLowerCase().includes(w));
    // (the role the last word before the name: not "Judge X sentenced Y")
    // ("Maj. Gen. X", "Col. X": the title the mention set aside, spelled out, since the
    // abbreviation's full stop cuts the words read before the name)
    if (
      apposedOnly
        ? holds(appos) || holds(apposBefore)
        : (holds(byName) && byName?.toLowerCase().endsWith(m[2].toLowerCase())) ||
          holds(titled) ||
          holds(x.title) ||
          holds(appos) ||
          holds(apposBefore)
    )
      return ei;
    // a bare office reaches back to its holder only over another person's name of the same office
    if (bare && x.end < at - 1500) break;
  }
  return -1;
}

/** what a body issues besides a statement: "the report", "the post", "the press release", "the bulletin" */
const ISSUED_PAPER =
  /^the\s+((?:latest|new|annual|full|written|online|final|press|news)\s+)?(report|post|release|bulletin|claim|notice|tweet|declaration)$/i;

/**
 * "“…,” the statement said": the group or person that issued the statement the sentences
 * before tell of ("G claimed the attack in a statement"), the first one named in the latest
 * sentence (up to three back) that holds the noun, leaving out outlets and companies; or
 * the one the sentence says issued it ("…, which was signed by G").
 */
function statementAuthor(ctx: Ctx, phrase: string, at: number): number {
  const m =
    /^the\s+(statement|communiqu[eé]|message|video|audio|recording|letter)$/i.exec(phrase.trim()) ??
    // speakers37: what else a body issues ("the report said" after "G published a report")
    ISSUED_PAPER.exec(phrase.trim());
  if (!m) return -1;
  const noun = m[2] ? new RegExp(`\\b${m[2]}(?:s|d|ed)?\\b`, 'i') : new RegExp(`\\b${m[1].slice(0, 7)}`, 'i');
  const si = sentenceAt(ctx.doc, at);
  // "said the statement, which was signed by G": the author named after it
  for (const mi of ctx.bySentence[si]) {
    const x = ctx.doc.mentions[mi];
    if (x.start <= at || ctx.inQuote(x.start)) continue;
    const ei = ctx.doc.mentionEntity[mi];
    const e = ctx.doc.entities[ei];
    if (e.type !== 'person' && (e.type !== 'organization' || NOT_A_GROUP.test(e.kind ?? ''))) continue;
    const lead = ctx.masked.slice(Math.max(at, x.start - 60), x.start);
    if (
      /\b(?:signed|issued|released|sent|posted|published|put out)\s+by\s+(?:the\s+)?$/i.test(lead) &&
      !/[.;\u25a1]/u.test(lead)
    )
      return ei;
  }
  for (let s = si; s >= Math.max(0, si - 3); s--) {
    const sent = ctx.doc.seg.sentences[s];
    const end = Math.min(sent.end, at);
    const told = ctx.masked.slice(sent.start, end);
    if (!noun.test(told)) {
      // "G claimed the raid in a message to its supporters. “…,” the statement read": another
      // word for what was issued; its author is the subject of the verb it hangs from
      if (ISSUED_NOUN.test(told)) return issuer(ctx, s, end);
      continue;
    }
    for (const mi of ctx.bySentence[s]) {
      const x = ctx.doc.mentions[mi];
      if (x.start >= end || ctx.inQuote(x.start)) continue;
      const ei = ctx.doc.mentionEntity[mi];
      const e = ctx.doc.entities[ei];
      if (e.type === 'person' || (e.type === 'organization' && !NOT_A_GROUP.test(e.kind ?? ''))) return ei;
    }
    return -1;
  }
  // "G said it had killed four soldiers. The statement added: “…”": no statement told of, the
  // group that spoke in the sentence before
  if (si > 0) {
    const prev = ctx.doc.seg.sentences[si - 1];
    const r = reportedSpeaker(ctx, { start: prev.start, end: ctx.doc.seg.sentences[si].start }, [], 0);
    if (r && r.speaker >= 0) return r.speaker;
  }
  return -1;
}

/** the words for what a group or person issues */
const ISSUED_NOUN =
  /\b(?:statements?|communiqu[eé]s?|messages?|videos?|audio|recordings?|letters?|claims?)\b/i;

/**
 * The author of what sentence si says was issued: the subject of the verb the noun of
 * issuing hangs from ("G claimed the raid in a message"), when it is a person or a group
 * other than an outlet; else -1 ("the ministry said in a communique": no name).
 */
function issuer(ctx: Ctx, si: number, end: number): number {
  const { doc } = ctx;
  if (!doc.syntax) return -1;
  const sent = doc.seg.sentences[si];
  for (let k = sent.tFirst; k < sent.tLast; k++) {
    if (doc.seg.tokens.start[k] >= end || uposOf(doc, k) !== 'NOUN' || !ISSUED_NOUN.test(lemmaOf(doc, k)))
      continue;
    const v = verbAbove(ctx, k);
    if (v < 0) continue;
    const subj = subjectOf(ctx, v);
    const mi = subj >= 0 ? mentionAt(doc, subj) : -1;
    if (mi < 0) return -1;
    const ei = doc.mentionEntity[mi];
    const e = ei >= 0 ? doc.entities[ei] : null;
    return e && (e.type === 'person' || (e.type === 'organization' && !NOT_A_GROUP.test(e.kind ?? '')))
      ? ei
      : -1;
  }
  return -1;
}

function entityGender(ctx: Ctx, ei: number): 'm' | 'f' | null {
  if (ctx.genders.has(ei)) return ctx.genders.get(ei) ?? null;
  const { doc, text } = ctx;
  let g: 'm' | 'f' | null = null;
  for (const mi of doc.entities[ei].mentions.slice(0, 20)) {
    const m = doc.mentions[mi];
    const pre = text.slice(Math.max(0, m.start - 8), m.start);
    const t = `${m.title ?? ''} ${m.text}`;
    if (/\b(?:Mr|Mister|Sir|Lord|King|Prince)\.?\s*$/.test(pre) || /^\s*(?:Mr|Mister|Sir)\b/.test(t)) g = 'm';
    else if (
      /\b(?:Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess)\.?\s*$/.test(pre) ||
      /^\s*(?:Mrs|Ms|Miss)\b/.test(t)
    )
      g = 'f';
    if (g) break;
  }
  if (!g)
    for (const s of doc.entities[ei].surfaces) {
      const first = s.split(/\s+/)[0].replace(/\.$/, '');
      if (s.split(/\s+/).length < 2) continue;
      g = givenNameGender(first);
      if (g) break;
    }
  if (!g) g = pronounGender(ctx, ei);
  ctx.genders.set(ei, g);
  return g;
}

/**
 * The sex the narration gives a person whose name marks none: a sentence that names them and
 * no other person is followed, in its paragraph, by one opening with "She"/"Her" or
 * "He"/"His" ("… stood Hauwa Idris. Her son died …"); only when no such sentence says the
 * other.
 */
function pronounGender(ctx: Ctx, ei: number): 'm' | 'f' | null {
  const { doc } = ctx;
  const sents = doc.seg.sentences;
  let f = 0;
  let m = 0;
  for (const mi of doc.entities[ei].mentions.slice(0, 12)) {
    const si = sentenceAt(doc, doc.mentions[mi].start);
    if (
      si + 1 >= sents.length ||
      sentenceParagraph(ctx, sents[si + 1].start) !== sentenceParagraph(ctx, sents[si].start)
    )
      continue;
    // the first name of its sentence, and no other person in it
    const first = ctx.bySentence[si].reduce((a, k) =>
      doc.mentions[k].start < doc.mentions[a].start ? k : a,
    );
    const alone = ctx.bySentence[si].every((k) => {
      const e = doc.mentionEntity[k];
      return e === ei || doc.entities[e].type !== 'person';
    });
    if (!alone || doc.mentionEntity[first] !== ei) continue;
    const next = /^\s*(She|Her|He|His)\b/.exec(
      ctx.masked.slice(sents[si + 1].start, sents[si + 1].start + 8),
    );
    if (next && /^(?:She|Her)$/.test(next[1])) f++;
    else if (next) m++;
  }
  return f > 0 && m === 0 ? 'f' : m > 0 && f === 0 ? 'm' : null;
}

/**
 * "he" / "she" → the nearest person of a compatible sex named before (the subject, the
 * first name of a sentence, first); "it" → the nearest organisation; "they"/"we" → an
 * organisation, else a person.
 */
function resolvePronoun(ctx: Ctx, pronoun: string, at: number, prior: QuoteDraft[]): Speaker | null {
  const { doc } = ctx;
  const p = pronoun.toLowerCase();
  const ok = (ei: number, type: string) => {
    const e = doc.entities[ei];
    if (e.type !== type) return false;
    if (type !== 'person') return true;
    const g = entityGender(ctx, ei);
    return p === 'he' ? g !== 'f' : p === 'she' ? g !== 'm' : true;
  };
  const types =
    p === 'it' ? ['organization'] : p === 'they' || p === 'we' ? ['organization', 'person'] : ['person'];
  const si = sentenceAt(doc, at);
  // "Residents said … “…,” they said": people described in the plural who spoke just before
  if (p === 'they') {
    const d = pluralSpeakers(ctx, si, at);
    if (d) return { speaker: -1, text: d };
  }
  for (let s = si; s >= Math.max(0, si - 4); s--) {
    for (const type of types) {
      const cands = ctx.bySentence[s].filter((mi) => {
        const m = doc.mentions[mi];
        return (
          m.start < at && !ctx.inQuote(m.start) && !possessive(ctx, mi) && ok(doc.mentionEntity[mi], type)
        );
      });
      // "Jets bombed Taliban hideouts, the ministry said. It said …": the group that spoke, not
      // one named as a modifier before it
      const found =
        type === 'organization' && cands.length > 1
          ? (cands.find((mi) => speakingSubject(ctx, mi)) ??
            cands.find((mi) => !nameModifier(ctx, mi)) ??
            cands[0])
          : cands[0];
      if (found !== undefined) {
        // "G attacked … The state government said … “…,” it said": an organisation the
        // narration made a subject since, without naming it, is the nearer antecedent
        if (p === 'it') {
          const d = orgSubjectSince(ctx, s, doc.mentions[found].end, at);
          if (d) return d;
        }
        // "X said … A border guard who saw it said … “…,” he said": an unnamed source
        // introduced after the name is the nearer antecedent
        if (type === 'person' && (p === 'he' || p === 'she')) {
          const d =
            unnamedSubjectBetween(ctx, sentenceAt(doc, doc.mentions[found].end) + 1, at, p) ??
            describedAround(ctx, found, p);
          if (d) return namedHolder(ctx, d, at) ?? { speaker: -1, text: d };
        }
        return fromMention(ctx, found);
      }
    }
  }
  if (p === 'it') {
    const d = orgSubjectSince(ctx, Math.max(0, si - 4), 0, at);
    if (d) return d;
  }
  // no name in reach: an unnamed person the narration made a subject since
  if (p === 'he' || p === 'she') {
    const d = unnamedSubjectBetween(ctx, Math.max(0, si - 4), at, p);
    if (d) return namedHolder(ctx, d, at) ?? { speaker: -1, text: d };
    // "X's husband was killed in the raid. “…,” she said": no other name of that sex in reach,
    // the possessor whose name marks the pronoun's sex
    const owner = possessorOfSex(ctx, si, at, p === 'she' ? 'f' : 'm');
    if (owner >= 0) return fromMention(ctx, owner);
  }
  const last = prior.at(-1);
  // he/she never stand for a group or a place: a previous quote of one is no antecedent
  const personal = p === 'he' || p === 'she';
  if (
    last &&
    (last.speaker >= 0 || last.speakerText) &&
    !(personal && last.speaker >= 0 && doc.entities[last.speaker].type !== 'person')
  )
    return { speaker: last.speaker, text: last.speakerText };
  return { speaker: -1, text: pronoun };
}

/**
 * "“…,” the police chief said. “…,” he added": a definite description the narration made a
 * subject, which stands for a person named before ("Karachi police chief X", "District Police
 * Officer X" … "the DPO"), is that person for a later he/she, not an unnamed source; else null.
 */
function namedHolder(ctx: Ctx, d: string, at: number): Speaker | null {
  if (!/^the\s/i.test(d)) return null;
  const initials = INITIALS_OFFICE.exec(d);
  const ei = initials ? initialsHolder(ctx.doc, initials[1], at) : roleReference(ctx, d, at);
  return ei >= 0 && ctx.doc.entities[ei].type === 'person' ? { speaker: ei, text: d } : null;
}

/**
 * The nearest person named as a possessor ("X's son", "X's men") in the sentence at `at` or the
 * two before it whose name or title marks sex g; -1 if none.
 */
function possessorOfSex(ctx: Ctx, si: number, at: number, g: 'm' | 'f'): number {
  const { doc } = ctx;
  for (let s = si; s >= Math.max(0, si - 2); s--) {
    const ms = ctx.bySentence[s];
    for (let k = ms.length - 1; k >= 0; k--) {
      const mi = ms[k];
      const m = doc.mentions[mi];
      const ei = doc.mentionEntity[mi];
      if (m.start >= at || ctx.inQuote(m.start) || ei < 0 || doc.entities[ei].type !== 'person') continue;
      if (possessive(ctx, mi) && entityGender(ctx, ei) === g) return mi;
    }
  }
  return -1;
}

/**
 * "A cousin of X who lives nearby described …", "A lawyer for X said …": a name inside the
 * description of an unnamed person who is the subject of the sentence (by the parse); "he"
 * or "she" after it stands for that person, not for the name. The description's words, or null.
 */
function describedAround(ctx: Ctx, mi: number, pronoun: string): string | null {
  const { doc } = ctx;
  if (!doc.syntax) return null;
  const toks = doc.seg.tokens;
  const h = mentionHead(doc, mi);
  if (h < 0) return null;
  const m = doc.mentions[mi];
  // "A spokesman for G, X, confirmed …": a name set off by commas names the one described,
  // wherever the parse hangs it (from G, as a conjunct of G)
  if (
    /,\s*$/.test(ctx.masked.slice(Math.max(0, m.start - 3), m.start)) &&
    /^\s*,/.test(ctx.masked.slice(m.end, m.end + 3))
  )
    return null;
  const sent = doc.seg.sentences[sentenceAt(doc, m.start)];
  let below = h;
  for (const k of ancestors(doc, h)) {
    if (k === h) continue;
    const c = below;
    below = k;
    // (or the root, when a first parser took the clause's verb for a noun)
    const subj = relIs(relOf(doc, k), 'nsubj');
    if ((!subj && !relIs(relOf(doc, k), 'root')) || uposOf(doc, k) !== 'NOUN' || mentionAt(doc, k) >= 0)
      continue;
    const noun = lemmaOf(doc, k).toLowerCase();
    if (!SOURCE_NOUNS.has(noun) && !KIN_NOUN.test(noun) && !COMPOUND_PERSON.has(noun)) return null;
    // "A commander in the area, X, denied …": the name in apposition is the one described
    if (relIs(relOf(doc, c), 'appos')) return null;
    if ((pronoun === 'he' && FEMALE_NOUN.test(noun)) || (pronoun === 'she' && MALE_NOUN.test(noun)))
      return null;
    // an unnamed one: "A cousin of X", "One guard who served X", opening the sentence
    const span = subtreeSpan(doc, k);
    const first = span.tFirst;
    if (first !== sent.tFirst || !/^(?:an?|one)$/i.test(tokenText(ctx, first))) return null;
    const end = Math.min(descriptionEnd(ctx, toks.end[k], sent.end), subj ? span.end : sent.end);
    const d = doc.text
      .slice(toks.start[first], end)
      .trim()
      .replace(/\s+(?:who|whom|that|which)$/i, '');
    // a long relative clause: its first words name the person well enough
    const ws = d.split(/\s+/);
    return ws.length <= 14 ? d : ws.slice(0, 8).join(' ').replace(/[,;]$/, '');
  }
  return null;
}

/** the mention is the subject of a speech verb: "…, the ministry said" */
function speakingSubject(ctx: Ctx, mi: number): boolean {
  const { doc } = ctx;
  if (!doc.syntax) return false;
  const h = mentionHead(doc, mi);
  if (h < 0 || !relIs(relOf(doc, h), 'nsubj')) return false;
  const v = headOf(doc, h);
  return v >= 0 && speechVerbAt(ctx, v);
}

/** the name only qualifies a noun after it: "Taliban hideouts", "Hamas positions" */
function nameModifier(ctx: Ctx, mi: number): boolean {
  const { doc } = ctx;
  const h = mentionHead(doc, mi);
  if (doc.syntax && h >= 0) return relIs(relOf(doc, h), 'compound') || relIs(relOf(doc, h), 'amod');
  const m = doc.mentions[mi];
  const next = /^\s(\p{Ll}{3,})/u.exec(ctx.text.slice(m.end, m.end + 30))?.[1];
  return next !== undefined && !/ed$/.test(next) && speechLemma(next) === null;
}

/**
 * The people a speech verb in sentence si or the one before has as its plural subject,
 * named by description only ("Residents of Mafa said …", "Witnesses told AFP …"), before
 * `at`: their words, or null.
 */
function pluralSpeakers(ctx: Ctx, si: number, at: number): string | null {
  const { doc } = ctx;
  if (!doc.syntax) return null;
  const toks = doc.seg.tokens;
  for (let s = si; s >= Math.max(0, si - 1); s--) {
    const sent = doc.seg.sentences[s];
    let found: string | null = null;
    for (let k = sent.tFirst; k < sent.tLast; k++) {
      if (toks.start[k] >= at) break;
      if (!relIs(relOf(doc, k), 'nsubj') || uposOf(doc, k) !== 'NOUN' || mentionAt(doc, k) >= 0) continue;
      if (ctx.inQuote(toks.start[k])) continue;
      const w = tokenText(ctx, k);
      // a plural: "residents", "witnesses", "police", "people"
      if (!/^(?:\p{L}{2,}[^s'’]s|\p{L}+(?:sses|shes|ches|xes)|police|people)$/iu.test(w)) continue;
      const v = headOf(doc, k);
      if (v < 0 || !speechVerbAt(ctx, v)) continue;
      const first = subtreeSpan(doc, k).tFirst;
      const d = doc.text.slice(toks.start[Math.max(first, sent.tFirst)], toks.end[k]).trim();
      if (d.split(/\s+/).length <= 5 && !/^(?:they|we|these|those)\b/i.test(d)) found = d;
    }
    if (found) return found;
  }
  return null;
}

/**
 * Where an unnamed source's description that reaches its head noun at h ends: a relative
 * clause runs to a comma or the speech verb ("a police officer who spoke on condition of
 * anonymity said"), a preposition phrase to the next verb ("a shopkeeper on the main street
 * disagreed"); otherwise at the noun.
 */
function descriptionEnd(ctx: Ctx, h: number, limit: number): number {
  const rest = ctx.masked.slice(h, Math.min(limit, h + 100));
  if (/^\s+(?:who|whom|whose|that)\b/i.test(rest)) {
    let b = endOfNounPhrase(ctx, h, Math.min(limit, h + 100), true);
    for (const c of cuesIn(ctx, h, b)) {
      b = Math.min(b, c.start);
      break;
    }
    return b;
  }
  if (!/^\s+(?:in|on|at|from|of|with|for|near|inside|close to|familiar with)\s/i.test(rest)) return h;
  let b = h;
  for (const m of execAll(/\s+([\p{L}'’-]+)|([,;:.!?()\u25a1—–])/gu, rest)) {
    const w = m[1];
    if (!w || /^(?:\p{Ll}+(?:ed|[^su\s'’]s)|is|was|were|has|had|will|would|said|told|says)$/u.test(w)) break;
    b = h + (m.index ?? 0) + m[0].length;
  }
  return b;
}

/**
 * The last sentence from sentence `from` on, before offset b, with an unnamed person as its
 * subject ("A border guard who saw the attack said …"): that description, or null.
 */
function unnamedSubjectBetween(ctx: Ctx, from: number, b: number, pronoun: string): string | null {
  const { doc } = ctx;
  let out: string | null = null;
  for (let si = from; si < doc.seg.sentences.length; si++) {
    const st = doc.seg.sentences[si].start;
    if (st >= b) break;
    // "Her husband was among the dead": the dead do not speak after
    if (DIED.test(ctx.masked.slice(st, Math.min(b, doc.seg.sentences[si].end)))) continue;
    const lead = /^(?:An?|One)((?:\s+[\p{Ll}-]+){1,4})/u.exec(ctx.masked.slice(st, Math.min(b, st + 80)));
    if (!lead) {
      out = subjectDescription(ctx, si, b, pronoun) ?? possessedSubject(ctx, si, b, pronoun) ?? out;
      continue;
    }
    const ws = lead[1].trim().split(/\s+/);
    const h = ws.findIndex((w, i) => SOURCE_NOUNS.has(w) || (i > 0 && COMPOUND_PERSON.has(w)));
    if (h < 0) {
      // "A senior Iraqi official": a capitalised word inside the description
      out = subjectDescription(ctx, si, b, pronoun) ?? out;
      continue;
    }
    const m = [
      `${lead[0]
        .split(/\s+/)
        .slice(0, h + 2)
        .join(' ')}`,
      ws[h],
    ];
    if (
      (pronoun === 'he' && /^(?:woman|mother|sister|wife|daughter)$/.test(m[1])) ||
      (pronoun === 'she' && /^(?:man|father|brother|husband|son)$/.test(m[1]))
    )
      continue;
    const d = ctx.text.slice(st, descriptionEnd(ctx, st + m[0].length, b)).trim();
    out = clippedDescription(d) ?? out;
  }
  return out;
}

/** a sentence that tells its subject died */
const DIED =
  /\b(?:(?:was|were|is|are|has been|have been)\s+(?:among\s+(?:the\s+)?(?:dead|killed|victims)|killed|shot dead|slain|beheaded|executed|buried)|died|perished)\b/i;

/** head nouns of an organisation named by description ("the provincial government") */
const ORG_HEAD =
  /^(?:government|ministry|department|agency|administration|army|military|council|commission|committee|court|embassy|office|authority|command|militia|movement|group|organi[sz]ation|party|company|faction|network|coalition|alliance|mission|union)$/;

/**
 * The latest organisation named only by description that the parse makes the subject of a
 * sentence (from sentence `from`, after offset `after`, before `at`): "The provincial
 * government said …" — the group it refers back to when "the group" resolves, else the
 * description's words; or null.
 */
function orgSubjectSince(ctx: Ctx, from: number, after: number, at: number): Speaker | null {
  const { doc } = ctx;
  if (!doc.syntax) return null;
  const toks = doc.seg.tokens;
  let out: Speaker | null = null;
  for (let si = from; si < doc.seg.sentences.length; si++) {
    const sent = doc.seg.sentences[si];
    if (sent.start >= at) break;
    for (let k = sent.tFirst; k < sent.tLast; k++) {
      if (toks.start[k] < after || toks.end[k] > at || ctx.inQuote(toks.start[k])) continue;
      if (!relIs(relOf(doc, k), 'nsubj') || uposOf(doc, k) !== 'NOUN' || mentionAt(doc, k) >= 0) continue;
      if (!ORG_HEAD.test(lemmaOf(doc, k)) || /s$/.test(tokenText(ctx, k))) continue;
      // a subject of the main clause or of a speech verb, not of a clause inside
      const v = headOf(doc, k);
      if (v < 0 || (!relIs(relOf(doc, v), 'root') && !speechVerbAt(ctx, v))) continue;
      const first = subtreeSpan(doc, k).tFirst;
      if (toks.start[first] < after) continue;
      const d = doc.text.slice(toks.start[first], toks.end[k]);
      if (!/^(?:the|its|their)\s/i.test(d) || d.split(/\s+/).length > 6) continue;
      const ref = roleReference(ctx, d, toks.start[first]);
      out = ref >= 0 ? { speaker: ref, text: d } : { speaker: -1, text: d };
    }
  }
  return out;
}

/**
 * "At the funeral, the boy's mother sobbed.", "His brother said …": a kinsman or source
 * named through a possessor as the subject of sentence si (after a leading phrase and a
 * comma at most), by its words, when "he" or "she" fits; read on the words, since a first
 * parser often takes such a sentence apart; else null.
 */
function possessedSubject(ctx: Ctx, si: number, limit: number, pronoun: string): string | null {
  const sent = ctx.doc.seg.sentences[si];
  const s = ctx.masked.slice(sent.start, Math.min(sent.end, limit, sent.start + 160));
  const m =
    /^(?:[^,.\u25a1]{0,50},\s*)?((?:(?:the\s+)?[\p{L}-]+['’]s?|his|her|their)\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+))\s+\p{Ll}/u.exec(
      s,
    );
  if (!m || /^(?:its|our|my|your)\b/i.test(m[1]) || !/['’]|^(?:his|her|their)\s/i.test(m[1])) return null;
  const noun = m[2];
  if (!FEMALE_NOUN.test(noun) && !MALE_NOUN.test(noun) && !KIN_NOUN.test(noun)) return null;
  if ((pronoun === 'he' && FEMALE_NOUN.test(noun)) || (pronoun === 'she' && MALE_NOUN.test(noun)))
    return null;
  return m[1];
}

const FEMALE_NOUN = /^(?:woman|mother|sister|wife|daughter|widow|grandmother|aunt|niece|girl|spokeswoman)$/;
const MALE_NOUN = /^(?:man|father|brother|husband|son|widower|grandfather|uncle|nephew|boy|spokesman)$/;
const KIN_NOUN = /^(?:relative|cousin|parent|child|neighbou?r|friend|fianc[eé]e?)$/;

/**
 * The unnamed person the parse makes the subject of sentence si's main clause ("Outside
 * the court, the defendant's father wept.", "A senior Nigerian officer, speaking on
 * condition of anonymity, was blunter."), as the words that describe them, when that
 * person could be "he" or "she"; else null.
 */
function subjectDescription(ctx: Ctx, si: number, limit: number, pronoun: string): string | null {
  const { doc } = ctx;
  if (!doc.syntax) return null;
  const sent = doc.seg.sentences[si];
  let root = -1;
  for (let k = sent.tFirst; k < sent.tLast && root < 0; k++) if (relIs(relOf(doc, k), 'root')) root = k;
  if (root < 0) return null;
  const subj = dependents(doc, root, 'nsubj')[0];
  if (subj === undefined || uposOf(doc, subj) !== 'NOUN' || mentionAt(doc, subj) >= 0) return null;
  const toks = doc.seg.tokens;
  if (ctx.inQuote(toks.start[subj])) return null;
  const noun = lemmaOf(doc, subj);
  // "Federal prosecutors say …": a plural is no "he" or "she"
  const said = tokenText(ctx, subj).toLowerCase();
  if (said !== noun && said.endsWith('s')) return null;
  if (!SOURCE_NOUNS.has(noun) && !FEMALE_NOUN.test(noun) && !MALE_NOUN.test(noun) && !KIN_NOUN.test(noun))
    return null;
  if ((pronoun === 'he' && FEMALE_NOUN.test(noun)) || (pronoun === 'she' && MALE_NOUN.test(noun)))
    return null;
  const first = subtreeSpan(doc, subj).tFirst;
  // "X said … The president added that …": "the" and an office alone stand for the holder named
  // before, no unnamed source of their own
  if (OFFICE_ANAPHOR.test(noun) && /^the$/i.test(tokenText(ctx, first)) && first + 1 === subj) return null;
  const end = descriptionEnd(ctx, toks.end[subj], limit);
  const d = ctx.text.slice(toks.start[first], end).trim();
  return clippedDescription(d);
}

/** offices that, after "the" alone, point back to a person named before */
const OFFICE_ANAPHOR =
  /^(?:president|minister|governor|general|colonel|commissioner|commander|mayor|senator|judge|prosecutor|ambassador|envoy|premier)$/;

/** "…," West added / "…," said Mr. West: a bare surname names the person introduced with it. */
function surnameSpeaker(doc: Annotated, d: QuoteDraft): void {
  if (d.speaker >= 0 || !d.speakerText) return;
  // "Mr. King", "the Times", "Majority Leader Jane Roe": a run of capitalised words ends in a surname
  const m = /^(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)*(\p{Lu}[\p{L}'’-]+)$/u.exec(d.speakerText);
  if (!m) return;
  const word = m[1].toLowerCase();
  const lead = d.speakerText.split(/\s+/)[0].toLowerCase();
  const wantOrg = lead === 'the';
  for (let ei = 0; ei < doc.entities.length; ei++) {
    const e = doc.entities[ei];
    if (e.type !== (wantOrg ? 'organization' : 'person')) continue;
    if (e.surfaces.some((s) => s.split(/\s+/).length > 1 && s.split(/\s+/).at(-1)?.toLowerCase() === word)) {
      d.speaker = ei;
      return;
    }
  }
}

/** The subject of the nearest earlier sentence that names a person/group outside quotes. */
function salientBefore(ctx: Ctx, at: number, floor: number, types: string[], maxSentences: number): number {
  const { doc } = ctx;
  const si = sentenceAt(doc, at);
  for (let s = si, n = 0; s >= 0 && n <= maxSentences; s--, n++) {
    if (doc.seg.sentences[s].end <= floor && s < si) break;
    for (const type of types) {
      const cands = ctx.bySentence[s].filter(
        (mi) =>
          doc.entities[doc.mentionEntity[mi]].type === type &&
          doc.mentions[mi].start < at &&
          !ctx.inQuote(doc.mentions[mi].start) &&
          !possessive(ctx, mi),
      );
      if (cands.length) return cands[0];
    }
  }
  return -1;
}

/**
 * Mentions of the given types, outside quotes, in sentences sFrom..sTo that lie
 * within [a, b), in text order.
 */
function mentionsWithin(
  ctx: Ctx,
  sFrom: number,
  sTo: number,
  a: number,
  b: number,
  types: string[],
): number[] {
  const { doc } = ctx;
  const out: number[] = [];
  for (let s = Math.max(0, sFrom); s <= sTo; s++)
    for (const mi of ctx.bySentence[s]) {
      const m = doc.mentions[mi];
      if (m.start < a || m.end > b || ctx.inQuote(m.start)) continue;
      if (types.includes(doc.entities[doc.mentionEntity[mi]].type)) out.push(mi);
    }
  return out;
}
