import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UPOS } from '../syntax.js';
import { DEFAULT_MODEL } from './index.js';
import { Lex } from './lex.js';
import { decodeModel } from './model.js';
import { type TaggerModel, tagLex } from './tagger.js';
import { Weights } from './weights.js';

// The tagger's first pass reads the rows of its one-word features from a per-word cache
// (Lex.rowCache). These tests score the committed model both ways, through the cache and
// feature by feature, and require the same float32 scores at every scored word.

const modelPath = () => fileURLToPath(new URL(`../../../${DEFAULT_MODEL}`, import.meta.url));

function bothPaths() {
  const m = decodeModel(readFileSync(modelPath()), 'model');
  const tags = m.header.tags ?? [...UPOS];
  const upos = Uint8Array.from(tags, (t) => UPOS.indexOf(t.split('|')[0] as never));
  const seenCached: number[] = [];
  const seenPlain: number[] = [];
  const nTags = tags.length;
  class Recording extends Weights {
    override scoreRows(
      keys: Int32Array,
      pos: Int32Array,
      nk: number,
      rows: Int32Array,
      n: number,
      out: Float32Array,
    ): void {
      super.scoreRows(keys, pos, nk, rows, n, out);
      seenCached.push(...out.subarray(0, nTags));
    }
  }
  const weights = new Weights(m.tagger);
  // not a Weights instance: tagLex takes its path that hashes and finds every feature
  const plain = {
    score: (f: Int32Array, n: number, out: Float32Array) => {
      weights.score(f, n, out);
      seenPlain.push(...out.subarray(0, nTags));
    },
  };
  const base = {
    dict: new Map(m.header.tagDict),
    amb: m.header.amb ? new Map(m.header.amb) : undefined,
    nTags,
    upos,
  };
  const cached: TaggerModel = { ...base, weights: new Recording(m.tagger) };
  const uncached = { ...base, weights: plain } as unknown as TaggerModel;
  return { cached, uncached, seenCached, seenPlain };
}

const words = (s: string): string[] => s.match(/\w+(?:[-']\w+)*|[^\s\w]/g) ?? [];

/** tags each sentence on both paths (each with its own Lex) and compares the scores */
function compare(sentences: string[][], paths = bothPaths(), lexes = { a: new Lex(), b: new Lex() }) {
  const { cached, uncached, seenCached, seenPlain } = paths;
  let scored = 0;
  for (const w of sentences) {
    seenCached.length = 0;
    seenPlain.length = 0;
    const t1 = new Uint8Array(w.length);
    const t2 = new Uint8Array(w.length);
    lexes.a.set(w);
    tagLex(cached, lexes.a, t1);
    lexes.b.set(w);
    tagLex(uncached, lexes.b, t2);
    expect(seenCached).toEqual(seenPlain);
    expect(t1).toEqual(t2);
    scored += seenPlain.length / cached.nTags;
  }
  return scored;
}

describe('tagger rows from the per-word cache', () => {
  it('give the same scores as finding every feature, at the ends of sentences too', () => {
    const scored = compare(
      [
        'Gunmen stormed a checkpoint outside Zinder overnight, wounding four gendarmes.',
        'Zinder',
        'Kidnappers freed them.',
        // the same words again, now read from the cache, in other places and neighbours
        'Four gendarmes wounded overnight stormed outside a checkpoint.',
        'Overnight, kidnappers stormed Zinder and freed four wounded gendarmes!',
        'Unfamiliarly-spelt Xqwzt-7 tokens, e.g. ABC123 or fooBar, test the shapes.',
      ].map(words),
    );
    expect(scored).toBeGreaterThan(20);
  });

  it('give the same scores after the word store starts again', () => {
    const paths = bothPaths();
    const lexes = { a: new Lex(), b: new Lex() };
    compare([words('Smugglers crossed the desert near Agadez before dawn.')], paths, lexes);
    // made-up words fill both stores to their limit (50,000 words), so the next sentence's
    // words take the entries of the first sentence's again
    const filler: string[] = [];
    for (let k = lexes.a.size; k < 50_000; k++) filler.push(`zq${k.toString(36)}`);
    for (let k = 0; k < filler.length; k += 500) {
      const chunk = filler.slice(k, k + 500);
      lexes.a.set(chunk);
      lexes.b.set(chunk);
    }
    expect(lexes.a.size).toBe(50_000);
    const scored = compare(
      [
        'Herders accused soldiers of burning granaries in remote villages.',
        'Smugglers crossed the desert near Agadez before dawn.',
        'Officials blamed bandits for torching granaries.',
      ].map(words),
      paths,
      lexes,
    );
    expect(scored).toBeGreaterThan(10);
  });
});
