// Part-of-speech tagger and dependency parser trained on UD English EWT.
//
// Public API (stable):
//   loadParser(path?): Parser   lazy, cached, synchronous; reads data/parser/en-ewt.bin
//                               (or `path`, or $DOSSIER_PARSER_MODEL)
//   parser.labels               the relation labels (UD with subtypes: 'nsubj:pass', …);
//                               `rel` values index into it
//   parser.tag(words)           UPOS indices (into UPOS of ../syntax.ts), one per word
//   parser.parse(words, upos?)  { upos, head, rel }: head is the 0-based index of the
//                               head word in the sentence, -1 for the root; the tags are
//                               predicted unless given (FREE_TAG for a word left to the tagger)
//
// `words` are one sentence's token strings as they stand in the text; curly quotes,
// en/em dashes and ellipses are folded inside the featuriser. Each call allocates only
// its result arrays; the model and scratch buffers are shared, so a Parser is not
// re-entrant (JS is single-threaded, so this only matters across worker threads).

import { close, fstatSync, openSync, read, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UPOS } from '../syntax.js';
import { type ParseModels, parseState, State } from './arc-hybrid.js';
import { Lex } from './lex.js';
import { decodeModel, type ModelData } from './model.js';
import { FREE_TAG, type TaggerModel, tagLex } from './tagger.js';
import { Weights } from './weights.js';

interface Parse {
  /** index into UPOS */
  upos: Uint8Array;
  /** 0-based head index in the sentence; -1 = root */
  head: Int32Array;
  /** index into parser.labels */
  rel: Uint8Array;
}

export interface Parser {
  readonly labels: readonly string[];
  /** provenance of the model (treebank, seed, epochs, dev scores) */
  readonly meta: Readonly<Record<string, string | number>>;
  tag(words: readonly string[]): Uint8Array;
  parse(words: readonly string[], upos?: Uint8Array): Parse;
}

export const DEFAULT_MODEL = 'data/parser/en-ewt.bin';

/** the shipped model's path (made once: extract() asks for the parser with every document) */
let defaultPath: string | undefined;
function defaultModelPath(): string {
  defaultPath ??= fileURLToPath(new URL(`../../../${DEFAULT_MODEL}`, import.meta.url));
  return defaultPath;
}

class PerceptronParser implements Parser {
  readonly labels: readonly string[];
  readonly meta: Readonly<Record<string, string | number>>;
  private tagger: TaggerModel;
  /** the second pass, which reads the first pass's tags to the right */
  private tagger2: TaggerModel | null;
  private fine = new Uint8Array(64);
  private first = new Uint8Array(64);
  private models: ParseModels;
  private lex = new Lex();
  private st = new State();

  constructor(m: ModelData) {
    this.labels = Object.freeze([...m.header.labels]);
    this.meta = Object.freeze({ ...m.header.meta });
    const tags = m.header.tags ?? [...UPOS];
    const upos = Uint8Array.from(tags, (t) => {
      const u = UPOS.indexOf(t.split('|')[0] as never);
      if (u < 0) throw new Error(`parser model: unknown tag ${t}`);
      return u;
    });
    this.tagger = {
      weights: new Weights(m.tagger),
      dict: new Map(m.header.tagDict),
      amb: m.header.amb ? new Map(m.header.amb) : undefined,
      nTags: tags.length,
      upos,
    };
    this.tagger2 = m.tagger2 ? { ...this.tagger, weights: new Weights(m.tagger2) } : null;
    this.models = {
      move: new Weights(m.move),
      label: new Weights(m.label),
      rootLabel: m.header.labels.indexOf('root'),
      coarse: upos,
      nLabels: m.header.labels.length,
    };
  }

  /** fine tags of the sentence in this.lex, into this.fine */
  private tagFine(upos?: Uint8Array): Uint8Array {
    const n = this.lex.n;
    if (this.fine.length < n) {
      this.fine = new Uint8Array(Math.max(n, 2 * this.fine.length));
      this.first = new Uint8Array(this.fine.length);
    }
    const fine = this.fine.subarray(0, n);
    if (!this.tagger2) {
      tagLex(this.tagger, this.lex, fine, upos);
      return fine;
    }
    const first = this.first.subarray(0, n);
    tagLex(this.tagger, this.lex, first, upos);
    tagLex(this.tagger2, this.lex, fine, upos, first);
    return fine;
  }

  tag(words: readonly string[]): Uint8Array {
    const out = new Uint8Array(words.length);
    if (words.length === 0) return out;
    this.lex.set(words);
    const fine = this.tagFine();
    for (let i = 0; i < out.length; i++) out[i] = this.tagger.upos[fine[i]];
    return out;
  }

  parse(words: readonly string[], upos?: Uint8Array): Parse {
    const n = words.length;
    if (upos && upos.length !== n) throw new Error(`parse: ${n} words but ${upos.length} tags`);
    const head = new Int32Array(n);
    const rel = new Uint8Array(n);
    if (n === 0) return { upos: upos ?? new Uint8Array(0), head, rel };
    this.lex.set(words);
    const fine = this.tagFine(upos);
    const tags = new Uint8Array(n);
    for (let i = 0; i < n; i++) tags[i] = upos && upos[i] !== FREE_TAG ? upos[i] : this.tagger.upos[fine[i]];
    const st = this.st;
    parseState(this.models, st, this.lex, fine);
    for (let i = 0; i < n; i++) {
      const h = st.head[i];
      head[i] = h === n ? -1 : h;
      rel[i] = st.rel[i];
    }
    return { upos: tags, head, rel };
  }
}

/** Builds a parser from a decoded model (used by training and tests). */
export function parserFromModel(m: ModelData): Parser {
  return new PerceptronParser(m);
}

const cache = new Map<string, Parser>();

/** Model files read by prefetchParser, by path, until loadParser takes them. */
const prefetched = new Map<string, Buffer>();
/** prefetchParser's reads in progress, each settled (never rejected) when its file is read. */
const prefetching = new Map<string, Promise<void>>();

function modelPath(path?: string): string {
  return path ?? process.env.DOSSIER_PARSER_MODEL ?? defaultModelPath();
}

/**
 * Cold start (issue #9): starts reading the model file (23 MB; 40-90 ms of a short
 * article's start-up, most of it the kernel copying the pages) on a thread of libuv's
 * pool, while the main thread runs the pipeline's module code and loads the segmentation
 * model. loadParser takes the bytes once `parserPrefetched()` has settled; before that, or
 * when the read failed, it reads the file itself as before (errors are reported there).
 */
export function prefetchParser(path?: string): void {
  const p = modelPath(path);
  if (cache.has(p) || prefetching.has(p)) return;
  let fd: number;
  let size: number;
  try {
    fd = openSync(p, 'r');
    size = fstatSync(fd).size;
  } catch {
    return;
  }
  // open and stat here: a chain of pool requests would wait on the busy main thread between steps
  const buf = Buffer.allocUnsafeSlow(size);
  prefetching.set(
    p,
    new Promise<void>((settle) =>
      read(fd, buf, 0, size, 0, (err, bytes) => {
        close(fd, () => undefined);
        if (!err && bytes === size && !cache.has(p)) prefetched.set(p, buf);
        settle();
      }),
    ),
  );
}

/** Settles when every read prefetchParser started has finished (or failed). */
export async function parserPrefetched(): Promise<void> {
  await Promise.all(prefetching.values());
}

export function loadParser(path?: string): Parser {
  const p = modelPath(path);
  let parser = cache.get(p);
  if (!parser) {
    let buf = prefetched.get(p);
    prefetched.delete(p);
    if (!buf)
      try {
        buf = readFileSync(p);
      } catch (e) {
        throw new Error(`parser model ${p}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      }
    parser = new PerceptronParser(decodeModel(buf, p));
    cache.set(p, parser);
  }
  return parser;
}

/**
 * Drops the loaded models, so their ~30 MB (and the word cache grown over a long text) can
 * be collected; the next loadParser() reads the file again (about 0.3 s).
 */
export function unloadParsers(): void {
  cache.clear();
  prefetched.clear();
}
