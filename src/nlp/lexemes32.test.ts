import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import { precomputedPath } from '../knowledge/data-path.js';
import { CORE_PRECOMPUTED, precomputeCore, segmentationModel } from './wink-model.js';

const require = createRequire(import.meta.url);

// Cold start (issue #9): wink's lexeme → index table is a binary search over the lexemes in
// the sorted order the build writes, instead of a Map of all of them filled on every start.

interface Core {
  features: { lexeme: { list: string[]; hash: Record<string, number> } };
}

function sortedOrder(): Uint32Array {
  const text = precomputeCore();
  const nl = text.indexOf('\n');
  const b = Buffer.from(text.slice(nl + 1, text.indexOf('\n', nl + 1)), 'base64');
  return new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

describe('the lexeme table of the segmentation model', () => {
  it('is built from a sorted order of every lexeme, written by the build', () => {
    const order = sortedOrder();
    const core = (segmentationModel() as { core: () => Core }).core();
    const list = core.features.lexeme.list;
    expect(order.length).toBe(list.length);
    for (let i = 1; i < order.length; i++) expect(list[order[i - 1]] < list[order[i]]).toBe(true);
    // the copy bin/dossier reads carries the same line
    const pre = precomputedPath(CORE_PRECOMPUTED);
    if (pre)
      expect(require('node:fs').readFileSync(pre, 'latin1')).toContain(
        `\n${precomputeCore().split('\n')[1]}\n`,
      );
  });

  it('finds every lexeme at its own index, misses a word it lacks and keeps one added', () => {
    const core = (segmentationModel() as { core: () => Core }).core();
    const { list, hash } = core.features.lexeme;
    const n = list.length;
    for (let k = 0; k < n; k++)
      if (hash[list[k]] !== k) expect([list[k], hash[list[k]]]).toEqual([list[k], k]);
    for (const word of ['Quennebrook', 'zzzzzzzz', '', '\u0000']) {
      expect(hash[word]).toBeUndefined();
      expect(word in hash).toBe(false);
    }
    hash.Quennebrook = n;
    expect(hash.Quennebrook).toBe(n);
    expect('Quennebrook' in hash).toBe(true);
    expect(hash[list[0]]).toBe(0);
    expect(hash[list[n - 1]]).toBe(n - 1);
  });

  it('tokenises and tags text with unknown names as the stock model does', () => {
    const stock = winkNLP(require('wink-eng-lite-web-model'), ['sbd', 'pos']);
    const ours = winkNLP(segmentationModel() as Parameters<typeof winkNLP>[0], ['sbd', 'pos']);
    const texts = [
      'Fighters loyal to Vaskel Orrimund overran two outposts outside Drennick before dawn on Friday.',
      'The Quennebrook Covenant denied any role; its envoy, Ysolde Marchetti-Kaur, left Tarvosa at noon.',
    ];
    for (const t of texts) {
      // twice over: the second reading finds the words the first one added
      for (let pass = 0; pass < 2; pass++) {
        const a = stock.readDoc(t);
        const b = ours.readDoc(t);
        expect(b.tokens().out()).toEqual(a.tokens().out());
        expect(b.tokens().out(ours.its.pos)).toEqual(a.tokens().out(stock.its.pos));
        expect(b.tokens().out(ours.its.normal)).toEqual(a.tokens().out(stock.its.normal));
      }
    }
  });
});
