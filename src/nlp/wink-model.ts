import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { precomputedPath } from '../knowledge/data-path.js';

// wink-eng-lite-web-model, loaded for what segmentation uses (tokens, sentences, POS)
// and nothing more. The package's own loader costs ~40% of `dossier extract`'s start-up
// on a short article: it deep-copies the 3 MB core model through JSON.stringify/parse,
// decodes its base64 lexicon a byte at a time, and wink-nlp builds the named-entity and
// sentiment automata whether or not the pipe asks for them. Here the core model is
// parsed once without the copy, the lexicon is decoded natively, and the named-entity
// and sentiment models (not in our pipe) are empty. Everything else is the package's
// own code and data; src/nlp/wink-model.test.ts checks the tokens, sentences and tags
// agree with the stock model's.

const require = createRequire(import.meta.url);
const PKG = 'wink-eng-lite-web-model/dist/';

interface FeatureData {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

/** @public (the tests read it, through decodeCore) */
export interface CoreModel {
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<string, FeatureData> & { posClusters: { list: unknown[] } };
  pos: { hash: Record<string, number> };
  lexicon: unknown;
  xpansions: unknown;
}

function u32(base64: string): Uint32Array {
  const b = Buffer.from(base64, 'base64');
  // copy into an aligned buffer of its own (Buffer.from may share a pool slab)
  const out = new Uint32Array(b.byteLength >>> 2);
  new Uint8Array(out.buffer).set(b.subarray(0, out.byteLength));
  return out;
}

const CORE_JSON = `${PKG}languages/cur/models/eng-core-web-model.json`;
export const CORE_PRECOMPUTED = 'wink-core.json';

/** Size and time of the package's core model file: a precomputed copy of another is stale. */
function coreStamp(path: string): string {
  const st = statSync(path);
  return `${st.size}:${Math.floor(st.mtimeMs)}`;
}

/**
 * The core model for `loadCore`, ASCII only, the source's stamp on the first line (written
 * by `npm run build`, knowledge/precompute.ts). Then, on a line of its own, the lexemes'
 * indexes in sorted order (base64 of 32-bit integers), which `sortedLexemeHash` searches;
 * left out if two lexemes are equal. Then the model as JSON, every non-ASCII character
 * escaped, but for its 87,593 lexemes: they follow it, one a line, and the JSON's lexeme
 * list holds only the few that cannot be a line of ASCII (a newline or a character beyond
 * ASCII in them; 667 of them), as [index, lexeme] pairs, their lines left empty. The file is
 * read as Latin-1 and the lexemes split off it: parsing them as JSON strings was most of
 * the model's load (JSON.parse of the whole 3.4 MB, 55-80 ms under load, against ~20 for the
 * split and the rest's parse).
 */
export function precomputeCore(): string {
  const path = require.resolve(CORE_JSON);
  const model = JSON.parse(readFileSync(path, 'utf8')) as CoreModel;
  const list = model.features.lexeme.list;
  const order = Uint32Array.from(list.keys()).sort((a, b) =>
    list[a] < list[b] ? -1 : list[a] > list[b] ? 1 : 0,
  );
  const distinct = order.every((k, i) => i === 0 || list[order[i - 1]] !== list[k]);
  const sorted = distinct ? `${Buffer.from(order.buffer).toString('base64')}\n` : '';
  const odd: [number, string][] = [];
  const lines = list.map((word, k) => {
    if (word !== '' && !/[^\x00-\x7f]|\n/.test(word)) return word;
    odd.push([k, word]);
    return '';
  });
  model.features.lexeme.list = odd as unknown as string[];
  const json = JSON.stringify(model).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${coreStamp(path)}\n${sorted}${json}\n${lines.join('\n')}`;
}

/**
 * The core model and the lexemes' sorted order from `precomputeCore`'s text (read as
 * Latin-1), null when it was made from another copy of the package's model. A file from
 * before the lexemes were lines (the whole model one JSON line) still reads.
 * @public (the tests read it)
 */
export function decodeCore(
  text: string,
  stamp: string,
): { model: CoreModel; order: Uint32Array | null } | null {
  const nl = text.indexOf('\n');
  if (text.slice(0, nl) !== stamp) return null;
  let at = nl + 1;
  let order: Uint32Array | null = null;
  if (text[at] !== '{') {
    const end = text.indexOf('\n', at);
    order = u32(text.slice(at, end));
    at = end + 1;
  }
  const end = text.indexOf('\n', at);
  if (end < 0) return { model: JSON.parse(text.slice(at)) as CoreModel, order };
  const model = JSON.parse(text.slice(at, end)) as CoreModel;
  const lexeme = model.features.lexeme;
  const odd = lexeme.list as unknown as [number, string][];
  const list = text.slice(end + 1).split('\n');
  for (const [k, word] of odd) list[k] = word;
  lexeme.list = list;
  return { model, order };
}

/** The core model, and the lexemes' sorted order when the precomputed copy has it. */
function readCore(): { model: CoreModel; order: Uint32Array | null } {
  const path = require.resolve(CORE_JSON);
  const pre = precomputedPath(CORE_PRECOMPUTED);
  const core = pre ? decodeCore(readFileSync(pre, 'latin1'), coreStamp(path)) : null;
  return core ?? { model: JSON.parse(readFileSync(path, 'utf8')) as CoreModel, order: null };
}

/**
 * The lexeme → index table wink reads (`hash[text]`) and grows (`hash[text] = i` for a word
 * out of its vocabulary), kept in a Map behind a Proxy. Filling a plain object with the
 * 87,593 lexemes took ~60 ms of a short article's start-up (the object turns into a
 * dictionary as it grows); the Map fills in about half that, and a lookup through the Proxy
 * costs ~30 ms more per million tokens.
 */
function lexemeHash(list: string[]): Record<string, number> {
  const index = new Map<string, number>();
  for (let k = 0; k < list.length; k++) index.set(list[k], k);
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_t, key) => (typeof key === 'string' ? index.get(key) : undefined),
    set: (_t, key, value: number) => {
      if (typeof key === 'string') index.set(key, value);
      return true;
    },
    has: (_t, key) => typeof key === 'string' && index.has(key),
  });
}

/**
 * The same table without the Map of all 87,593 lexemes (filling it was ~40 ms of a short
 * article's start-up, and garbage for the collector to move): a word is found by binary
 * search over the lexemes in sorted order (`order`, from the build), and remembered, with
 * the words added out of the vocabulary, in a Map that holds only the text's own words.
 * The lexemes are all different, so the search finds the index the Map would give.
 */
function sortedLexemeHash(list: string[], order: Uint32Array): Record<string, number> {
  const seen = new Map<string, number>();
  const find = (key: string): number | undefined => {
    let k = seen.get(key);
    if (k === undefined) {
      k = -1;
      let lo = 0;
      let hi = order.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const word = list[order[mid]];
        if (word < key) lo = mid + 1;
        else if (word > key) hi = mid - 1;
        else {
          k = order[mid];
          break;
        }
      }
      seen.set(key, k);
    }
    return k < 0 ? undefined : k;
  };
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_t, key) => (typeof key === 'string' ? find(key) : undefined),
    set: (_t, key, value: number) => {
      if (typeof key === 'string') seen.set(key, value);
      return true;
    },
    has: (_t, key) => typeof key === 'string' && find(key) !== undefined,
  });
}

/** The package's read-core-model + load-core-model, minus the deep copy. */
function loadCore(): CoreModel {
  const { model, order } = readCore();
  const { packing, features, pos } = model;
  model.lexicon = u32(model.lexicon as string);
  model.xpansions = u32(model.xpansions as string);
  for (const f in packing.layout) {
    if (packing.layout[f][3] !== 0) continue;
    const hash: Record<string, number> = Object.create(null);
    const list = features[f].list;
    for (let k = 0; k < list.length; k++) hash[list[k]] = k;
    features[f].hash = hash;
  }
  const lexeme = features.lexeme;
  lexeme.hash =
    order && order.length === lexeme.list.length
      ? sortedLexemeHash(lexeme.list, order)
      : lexemeHash(lexeme.list);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++)
    clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const cfg = packing.layout[f];
    if (cfg[3] === 0) {
      const fd = features[f];
      fd.intrinsicSize = fd.list.length;
      fd.index = fd.list.length;
      fd.maxIndex = cfg[1] >>> cfg[2];
    }
    if (cfg[4] === 1) packing.efList.push(f);
  }
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  return model;
}

let lemmatizer: ((...a: unknown[]) => unknown) | null = null;

/** A model object for winkNLP(model, ['sbd', 'pos']): the package's model.js, assembled here. */
export function segmentationModel(): unknown {
  const load = (f: string) => require(PKG + f);
  const negation = load('load-negation-model.js') as () => { machines: unknown[] };
  return {
    core: loadCore,
    sbd: load('load-sbd-model.js'),
    pos: load('load-pos-model.js'),
    negation,
    metaCER: load('load-cer-meta-model.js'),
    // not in the pipe: no automata to build (wink still calls these loaders)
    ner: () => ({ machines: [], transformers: [] }),
    // wink needs one machine here; the tiny negation machine stands in, never run
    sa: () => ({ machines: negation().machines, setter: () => undefined }),
    featureFn: load('feature.js'),
    addons: {
      stem: load('porter-stemmer.js'),
      // the WordNet exception lists (~220 kB of source) load on the first lemma asked for
      lemmatize: (...a: unknown[]) => {
        lemmatizer ??= load('lemmatize.js') as (...a: unknown[]) => unknown;
        return lemmatizer(...a);
      },
      readabilityStats: load('readability-stats.js'),
      wordVectors: undefined,
    },
  };
}
