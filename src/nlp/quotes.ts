import { type Annotated, mentionsBySentence, roleHolder, sentenceAt, spanLookup } from './annotated.js';

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

export const SPEECH_VERBS =
  'said|says|say|saying|told|tells|tell|added|adds|stated|states|claimed|claims|asserted|asserts|insisted|insists|explained|explains|noted|notes|warned|warns|argued|argues|wrote|writes|tweeted|tweets|announced|announces|declared|declares|confirmed|confirms|remarked|replied|replies|responded|asked|asks|recalled|recalls|continued|continues|commented|observed|acknowledged|admitted|admits|maintained|maintains|urged|urges|alleged|alleges|vowed|vows|boasted|conceded|cautioned|predicted|reiterated|emphasised|emphasized|stressed|posted|wrote';
const VERB_RE = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'i');
const VERB_AT_END = new RegExp(`\\b(?:${SPEECH_VERBS})\\b[^\\p{L}]*$`, 'iu');
const PRONOUN = /^(?:he|she|they|it|we)$/i;
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
}

/** Finds quoted spans in each paragraph. */
export function findQuoteSpans(doc: Annotated): RawQuote[] {
  const text = doc.text;
  const out: RawQuote[] = [];
  const paras = doc.seg.paragraphs;
  let carry: RawQuote | null = null;
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi];
    if (p.role === 'pullquote') continue;
    let open = -1;
    let openChar = '';
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
      const closesDouble =
        openChar !== '‘' && CLOSERS.has(c) && !/\s/.test(prev) && (c !== '"' || !/\p{L}/u.test(next));
      const closesSingle =
        openChar === '‘' && (c === '’' || c === "'") && !/\p{L}/u.test(next) && !/\s/.test(prev);
      if (closesDouble || closesSingle) {
        const q: RawQuote = carried
          ? { ...carried, end: i, outerEnd: i + 1 }
          : { start: open + 1, end: i, outerStart: open, outerEnd: i + 1, paragraph: pi };
        out.push(q);
        carried = null;
        open = -1;
      } else if (openChar !== '‘' && c === '“' && carried === null && i > open + 1) {
        // a new opener before a closer: the earlier mark was never closed; restart here
        open = i;
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
  return out.filter((q) => {
    const inner = text.slice(q.start, q.end);
    return (
      inner
        .trim()
        .split(/\s+/)
        .filter((w) => /\p{L}|\d/u.test(w)).length >= MIN_SPEECH_WORDS
    );
  });
}

function trimQuote(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return [s, e];
}

export function extractQuotes(doc: Annotated): QuoteDraft[] {
  const text = doc.text;
  const raw = findQuoteSpans(doc);
  const bySentence = mentionsBySentence(doc);
  const rawAt = spanLookup(raw);
  const inQuote = (off: number) => rawAt(off) >= 0;
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
    attribute(doc, q, d, drafts, bySentence, inQuote);
    surnameSpeaker(doc, d);
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

function overlap(a: string, b: string): number {
  const A = new Set(a.toLowerCase().match(/[\p{L}\d]+/gu) ?? []);
  const B = new Set(b.toLowerCase().match(/[\p{L}\d]+/gu) ?? []);
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / Math.min(A.size || 1, B.size || 1);
}

function attribute(
  doc: Annotated,
  q: RawQuote,
  d: QuoteDraft,
  prior: QuoteDraft[],
  bySentence: number[][],
  inQuote: (off: number) => boolean,
): void {
  const text = doc.text;
  const sEnd = sentenceAt(doc, Math.max(q.outerEnd - 1, q.outerStart));
  const sStart = sentenceAt(doc, q.outerStart);
  const sentEnd = doc.seg.sentences[sEnd].end;
  const sentStart = doc.seg.sentences[sStart].start;
  const para = doc.seg.paragraphs[q.paragraph];
  // 1. After the quote, in the same sentence: "…,” says X, a …" / "…,” X said."
  const after = text.slice(q.outerEnd, Math.min(sentEnd, nextQuoteStart(text, q.outerEnd, sentEnd)));
  const afterVerb = after.match(VERB_RE);
  if (afterVerb && afterVerb.index !== undefined && afterVerb.index < 160) {
    const verbStart = q.outerEnd + afterVerb.index;
    const verbEnd = verbStart + afterVerb[0].length;
    // speaker after the verb: "says Qari Yousaf Muhammad, from …"
    const post = firstMentionIn(doc, bySentence, sEnd, verbEnd, Math.min(sentEnd, verbEnd + 60), inQuote, [
      'person',
      'organization',
    ]);
    const between = text.slice(q.outerEnd, verbStart);
    const npBefore = lastNounPhrase(between);
    if (npBefore && PRONOUN.test(npBefore)) {
      setPronoun(doc, d, npBefore, q.outerStart, bySentence, inQuote, prior);
      return;
    }
    const pre = lastMentionIn(doc, bySentence, sEnd, q.outerEnd, verbStart, inQuote, [
      'person',
      'organization',
    ]);
    // "X said", or "X, a tribal elder from P, told …": the name with its apposition
    const afterPre = pre >= 0 ? text.slice(doc.mentions[pre].end, verbStart) : '';
    const apposition = /^,\s*(?:a|an|the|who)\b[^"“”]*,\s*$/i.test(afterPre);
    if (pre >= 0 && (apposition || (npBefore && afterPre.trim().length < 3))) {
      setMention(doc, d, pre);
      return;
    }
    if (npBefore && !/^(?:and|but|as|while)$/i.test(npBefore)) {
      if (pre >= 0 && npBefore.includes(doc.mentions[pre].text)) {
        setMention(doc, d, pre);
        return;
      }
      d.speakerText = npBefore;
      d.speaker = roleHolder(doc, npBefore, q.outerStart);
      return;
    }
    // after "told"/"tells" comes the audience ("told a news conference", "told Reuters")
    const toldAudience = /^(?:told|tells|tell|asked|asks)$/i.test(afterVerb[0]);
    // titles and ages may stand between the verb and the speaker ("says Col. X", "says 27-year-old X"),
    // a place phrase may not ("said outside the CTD office")
    const gap = post >= 0 ? text.slice(verbEnd, doc.mentions[post].start).trim() : '';
    const gapOk =
      gap.split(/\s+/).length <= 4 &&
      !/\b(?:outside|at|in|on|to|from|after|before|during|near|by|with|for|of|about|into)\b/i.test(gap);
    if (post >= 0 && !toldAudience && gapOk) {
      setMention(doc, d, post);
      return;
    }
    const npAfter = toldAudience ? null : firstNounPhrase(text.slice(verbEnd, sentEnd));
    if (npAfter) {
      if (PRONOUN.test(npAfter)) {
        setPronoun(doc, d, npAfter, q.outerStart, bySentence, inQuote, prior);
        return;
      }
      d.speakerText = npAfter;
      d.speaker = roleHolder(doc, npAfter, q.outerStart);
      return;
    }
  }
  // 2. Before the quote, in the same sentence: "X said: “…”", "according to X"
  const before = text.slice(sentStart, q.outerStart);
  if (VERB_AT_END.test(before) || /:\s*$/.test(before) || /according to [^,]+,\s*$/i.test(before)) {
    const acc = before.match(/according to ([^,]+),\s*$/i);
    const verb = before.match(new RegExp(`\\b(?:${SPEECH_VERBS})\\b(?=[^\\p{L}]*$)`, 'iu'));
    const limit = verb?.index !== undefined ? sentStart + verb.index : q.outerStart;
    const m = lastMentionIn(
      doc,
      bySentence,
      sStart,
      acc ? q.outerStart - acc[0].length : sentStart,
      limit,
      inQuote,
      ['person', 'organization'],
    );
    const np = lastNounPhrase(text.slice(sentStart, limit));
    if (np && PRONOUN.test(np)) {
      setPronoun(doc, d, np, q.outerStart, bySentence, inQuote, prior);
      return;
    }
    if (m >= 0) {
      setMention(doc, d, m);
      return;
    }
    if (np) {
      d.speakerText = np;
      d.speaker = roleHolder(doc, np, q.outerStart);
      return;
    }
  }
  // 3. A quote standing alone: the speaker of the quote just before it in this paragraph
  //    (or the paragraph before), else the person the narration just named.
  let last: QuoteDraft | undefined;
  for (let k = prior.length - 1; k >= 0 && !last; k--) if (!prior[k].pullQuote) last = prior[k];
  const lastPara = last ? doc.seg.paragraphs[last.paragraph] : null;
  const narrationBetween = last ? text.slice(last.end, q.outerStart).replace(/[”"’\s]/g, '') : '';
  if (
    last &&
    lastPara &&
    (last.paragraph === q.paragraph || (last.paragraph === q.paragraph - 1 && narrationBetween.length < 3))
  ) {
    const between = text.slice(last.end + 1, q.outerStart);
    const named = mentionBetween(doc, bySentence, last.end, q.outerStart, inQuote, ['person']);
    if (named < 0 || !/[.!?]/.test(between)) {
      d.speaker = last.speaker;
      d.speakerText = last.speakerText;
      return;
    }
  }
  const subj = salientBefore(doc, bySentence, q.outerStart, para.start, inQuote, ['person'], 2);
  if (subj >= 0) {
    setMention(doc, d, subj);
    return;
  }
}

function nextQuoteStart(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++)
    if (text[i] === '“' || (text[i] === '"' && /\s/.test(text[i - 1] ?? ' '))) return i;
  return limit;
}

/** "…," West added: a bare surname names the person introduced with it. */
function surnameSpeaker(doc: Annotated, d: QuoteDraft): void {
  if (d.speaker >= 0 || !d.speakerText || !/^\p{Lu}[\p{L}'’-]+$/u.test(d.speakerText)) return;
  const word = d.speakerText.toLowerCase();
  for (let ei = 0; ei < doc.entities.length; ei++) {
    const e = doc.entities[ei];
    if (e.type !== 'person') continue;
    if (e.surfaces.some((s) => s.split(/\s+/).length > 1 && s.split(/\s+/).at(-1)?.toLowerCase() === word)) {
      d.speaker = ei;
      return;
    }
  }
}

function setMention(doc: Annotated, d: QuoteDraft, mi: number): void {
  d.speaker = doc.mentionEntity[mi];
  d.speakerText = doc.mentions[mi].text;
}

function setPronoun(
  doc: Annotated,
  d: QuoteDraft,
  pronoun: string,
  at: number,
  bySentence: number[][],
  inQuote: (o: number) => boolean,
  prior: QuoteDraft[],
): void {
  const types: ('person' | 'organization')[] = /^(?:they|it|we)$/i.test(pronoun)
    ? ['organization', 'person']
    : ['person'];
  const m = salientBefore(doc, bySentence, at, 0, inQuote, types, 3);
  if (m >= 0) {
    setMention(doc, d, m);
    return;
  }
  const last = prior.at(-1);
  if (last) {
    d.speaker = last.speaker;
    d.speakerText = last.speakerText;
    return;
  }
  d.speakerText = pronoun;
}

/** The subject of the nearest earlier sentence that names a person/group outside quotes. */
function salientBefore(
  doc: Annotated,
  bySentence: number[][],
  at: number,
  floor: number,
  inQuote: (o: number) => boolean,
  types: string[],
  maxSentences: number,
): number {
  const si = sentenceAt(doc, at);
  for (let s = si, n = 0; s >= 0 && n <= maxSentences; s--, n++) {
    if (doc.seg.sentences[s].end <= floor && s < si) break;
    for (const type of types) {
      const cands = bySentence[s].filter((mi) => {
        const m = doc.mentions[mi];
        // "Khan's father, X, …": a possessor is not the subject
        const possessive = /^['’]s\b/.test(doc.text.slice(m.end, m.end + 3));
        return (
          doc.entities[doc.mentionEntity[mi]].type === type &&
          m.start < at &&
          !inQuote(m.start) &&
          !possessive
        );
      });
      if (cands.length) return cands[0];
    }
  }
  return -1;
}

/**
 * Mentions of the given types, outside quotes, in sentences sFrom..sTo that begin at or
 * after `a` and end by `b` (or, with `startBefore`, merely begin before `b`), in text order.
 */
function mentionsWithin(
  doc: Annotated,
  bySentence: number[][],
  sFrom: number,
  sTo: number,
  a: number,
  b: number,
  inQuote: (o: number) => boolean,
  types: string[],
  startBefore = false,
): number[] {
  const out: number[] = [];
  for (let s = Math.max(0, sFrom); s <= sTo; s++)
    for (const mi of bySentence[s]) {
      const m = doc.mentions[mi];
      if (m.start < a || (startBefore ? m.start >= b : m.end > b) || inQuote(m.start)) continue;
      if (types.includes(doc.entities[doc.mentionEntity[mi]].type)) out.push(mi);
    }
  return out;
}

/** The first such mention anywhere between two offsets. */
function mentionBetween(
  doc: Annotated,
  bySentence: number[][],
  a: number,
  b: number,
  inQuote: (o: number) => boolean,
  types: string[],
): number {
  return (
    mentionsWithin(doc, bySentence, sentenceAt(doc, a), sentenceAt(doc, b), a, b, inQuote, types)[0] ?? -1
  );
}

/** The first mention that begins in [a, b) of sentence si ("says X, …"). */
function firstMentionIn(
  doc: Annotated,
  bySentence: number[][],
  si: number,
  a: number,
  b: number,
  inQuote: (o: number) => boolean,
  types: string[],
): number {
  return mentionsWithin(doc, bySentence, si, si, a, b, inQuote, types, true)[0] ?? -1;
}

/** The last mention within [a, b] of sentence si or the one before ("X said: …"). */
function lastMentionIn(
  doc: Annotated,
  bySentence: number[][],
  si: number,
  a: number,
  b: number,
  inQuote: (o: number) => boolean,
  types: string[],
): number {
  return mentionsWithin(doc, bySentence, si - 1, si, a, b, inQuote, types).at(-1) ?? -1;
}

const DETERMINER = /^(?:a|an|the|one|two|three|several|some|many|other|senior|top)$/i;

/** The noun phrase just before a speech verb: ", a law-enforcement source" → that. */
export function lastNounPhrase(s: string): string | null {
  const cleaned = s.replace(/[”"’]/g, ' ');
  // the phrase after the last comma that has words: ", a former member of the shura, said"
  const parts = cleaned.split(/[,;:(—–]|\s-\s/).filter((p) => p.trim());
  const tail = (parts[parts.length - 1] ?? '').trim();
  if (!tail) return null;
  const words = tail.split(/\s+/);
  // "At the time he said": the subject is the pronoun the phrase ends with
  const last = words[words.length - 1].replace(/[.]+$/, '');
  if (words.length > 1 && PRONOUN.test(last)) return last;
  if (words.length > 8) return null;
  return tail.replace(/[.\s]+$/, '') || null;
}

/** The noun phrase just after a speech verb: "says a senior official, who …" → "a senior official". */
export function firstNounPhrase(s: string): string | null {
  const head = s
    .replace(/^[\s,]+/, '')
    .split(/[,;:.(—–]|\swho\s|\swhich\s/)[0]
    .trim();
  if (!head) return null;
  const words = head.split(/\s+/);
  if (words.length > 8) return null;
  if (!DETERMINER.test(words[0]) && !PRONOUN.test(words[0]) && !/^\p{Lu}/u.test(words[0])) return null;
  return head;
}
