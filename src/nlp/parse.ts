import { makeCollector } from './memory.js';
import { P, type Segmented } from './segment.js';
import { type Syntax, UPOS } from './syntax.js';

// Stage 2: the dependency parse. Each sentence's words (its non-space tokens, as they
// stand in the text) go through the tagger and parser; heads come back as indices
// within the sentence and are stored document-wide, so a parse arc, a mention's tokens
// and a word's `t` are the same numbers. Space tokens stay outside the tree (head -1,
// the empty label).

/** What the stage needs of a parser (src/nlp/parser: `loadParser()`). */
export interface SentenceParser {
  readonly labels: readonly string[];
  parse(
    words: readonly string[],
    upos?: Uint8Array,
  ): { upos: ArrayLike<number>; head: ArrayLike<number>; rel: ArrayLike<number> };
}

const X = UPOS.indexOf('X');

/**
 * Parses every sentence of a segmented text. `lemmas` (one per token, from the
 * segmenter) become the parse's lemmas; without them each token's lower-cased text.
 */
export function parseSegmented(seg: Segmented, parser: SentenceParser, lemmas?: string[]): Syntax {
  const { tokens, text } = seg;
  const n = tokens.length;
  const upos = new Uint8Array(n).fill(X);
  const head = new Int32Array(n).fill(-1);
  const rel = new Uint8Array(n);
  const labels = [...parser.labels];
  if (labels.length >= 255) throw new Error(`parser has ${labels.length} labels; at most 254 fit`);
  const none = labels.push('') - 1;
  rel.fill(none);
  const idx: number[] = [];
  const words: string[] = [];
  // long texts: a full collection every ~1.5 M characters parsed (memory.ts)
  const collect = makeCollector();
  for (const s of seg.sentences) {
    collect(s.end);
    idx.length = 0;
    words.length = 0;
    for (let t = s.tFirst; t < s.tLast; t++) {
      if (tokens.pos[t] === P.SPACE) continue;
      idx.push(t);
      words.push(text.slice(tokens.start[t], tokens.end[t]));
    }
    if (!idx.length) continue;
    const p = parser.parse(words);
    for (let i = 0; i < idx.length; i++) {
      const t = idx[i];
      upos[t] = p.upos[i];
      const h = p.head[i];
      head[t] = h < 0 || h >= idx.length ? -1 : idx[h];
      rel[t] = p.rel[i];
    }
  }
  return { upos, head, rel, labels, lemma: lemmas ?? lowerCased(seg) };
}

function lowerCased(seg: Segmented): string[] {
  const intern = new Map<string, string>();
  const out = new Array<string>(seg.tokens.length);
  for (let t = 0; t < seg.tokens.length; t++) {
    const w = seg.text.slice(seg.tokens.start[t], seg.tokens.end[t]).toLowerCase();
    let s = intern.get(w);
    if (s === undefined) {
      s = w;
      intern.set(w, w);
    }
    out[t] = s;
  }
  return out;
}
