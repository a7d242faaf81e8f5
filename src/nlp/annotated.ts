import type { Entity } from './entities.js';
import type { Mention } from './mentions.js';
import type { Segmented } from './segment.js';
import type { Syntax } from './syntax.js';

/** What later stages read: the segmentation, the mentions and the entities they form. */
export interface Annotated {
  seg: Segmented;
  text: string;
  mentions: Mention[];
  /** entity index of each mention, -1 when it joined none */
  mentionEntity: Int32Array;
  entities: Entity[];
  /** publication date (ISO prefix) or null */
  published: string | null;
  /** the dependency parse, once the parse stage has run */
  syntax?: Syntax;
}

/** Index of mentions by sentence, built once. */
export function mentionsBySentence(doc: Annotated): number[][] {
  const by: number[][] = doc.seg.sentences.map(() => []);
  for (let i = 0; i < doc.mentions.length; i++)
    if (doc.mentionEntity[i] >= 0) by[doc.mentions[i].sentence].push(i);
  for (const list of by) list.sort((a, b) => doc.mentions[a].start - doc.mentions[b].start);
  return by;
}

/** Sentence index containing an offset (binary search). */
export function sentenceAt(doc: Annotated, offset: number): number {
  const s = doc.seg.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Which of a list of spans holds an offset, by binary search (long texts have thousands
 * of quotes and mentions). Spans may nest: the one starting last that still covers the
 * offset wins, looking back at most 8 spans.
 */
export function spanLookup(spans: readonly { start: number; end: number }[]): (offset: number) => number {
  const order = Int32Array.from(
    spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start || spans[b].end - spans[a].end),
  );
  // typed arrays, not the span objects: the returned function then sees one kind of
  // array whatever spans it was made for (mentions, quotes), and stays optimised
  const starts = Float64Array.from(order, (i) => spans[i].start);
  const ends = Float64Array.from(order, (i) => spans[i].end);
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // walk back over spans that start earlier but may still cover the offset
    for (let k = found; k >= 0 && k > found - 8; k--) if (offset < ends[k]) return order[k];
    return -1;
  };
}

const ROLE_BACKREF =
  /^the (spokesman|spokesperson|spokeswoman|cleric|commander|emir|chief|leader|official|militant|suspect|student|teacher|preacher|prayer leader|minister|envoy|ambassador|analyst|founder)$/i;

/**
 * "the spokesman": the person last introduced with that role — named within a few words
 * of the role noun ("X, spokesman of Y", "Y spokesman X") — before `before`.
 */
export function roleHolder(doc: Annotated, phrase: string, before: number): number {
  const m = ROLE_BACKREF.exec(phrase.trim());
  if (!m) return -1;
  const role = m[1].toLowerCase();
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const x = doc.mentions[i];
    if (x.start >= before) continue;
    const ei = doc.mentionEntity[i];
    if (ei < 0 || doc.entities[ei].type !== 'person') continue;
    // (within the name's sentence: "…, said X, a grocer.¶A senior official …" is no official)
    const sent = doc.seg.sentences[x.sentence];
    const from = Math.max(0, x.start - 40, sent.start);
    const to = Math.min(doc.text.length, x.end + 60, sent.end);
    // (the phrase itself is no role written next to the name: "X interviewed the commander of G"
    // makes X no commander)
    const own = before >= from && before < to ? [before - from, before - from + phrase.length] : [0, 0];
    const text = doc.text.slice(from, to).toLowerCase();
    const around = `${text.slice(0, own[0])}${' '.repeat(own[1] - own[0])}${text.slice(own[1])}`;
    // the role must be written next to this name, not elsewhere in the sentence
    if (new RegExp(`\\b${role}\\b`).test(around) && x.end > before - 2000) return ei;
  }
  return -1;
}
