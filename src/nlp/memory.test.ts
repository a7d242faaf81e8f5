import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseSegmented, type SentenceParser } from './parse.js';
import { segment } from './segment.js';
import { lemmaOf, UPOS } from './syntax.js';

// What a very long text lets go of: the parse is held until the last stage, but the
// parser's model (~25 MB) is not needed after the parse and must not be kept alive by it.

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** A stand-in parser: every word a noun hung on the first word, with a payload to track. */
function fakeParser(): SentenceParser & { payload: Int32Array } {
  return {
    labels: ['root', 'dep'],
    payload: new Int32Array(1024),
    parse(words) {
      const n = words.length;
      return {
        upos: new Uint8Array(n).fill(UPOS.indexOf('NOUN')),
        head: Int32Array.from({ length: n }, (_, i) => (i === 0 ? -1 : 0)),
        rel: Uint8Array.from({ length: n }, (_, i) => (i === 0 ? 0 : 1)),
      };
    },
  };
}

describe('parseSegmented', () => {
  it('keeps no reference to the parser once the parse is made, with lemma ids or without', async () => {
    for (const lemmas of [true, false]) {
      const seg = segment('The council met on Monday. Its chairman spoke to reporters later.', null, {
        lemmas,
      });
      let parser: ReturnType<typeof fakeParser> | null = fakeParser();
      const ref = new WeakRef(parser);
      const syntax = parseSegmented(seg, parser, seg.lemmas);
      parser = null;
      // WeakRef targets are kept until the current job ends
      await new Promise((r) => setTimeout(r, 0));
      gc();
      expect(ref.deref(), `lemmas: ${lemmas}`).toBeUndefined();
      // the parse is still whole
      const doc = {
        seg,
        text: seg.text,
        mentions: [],
        mentionEntity: new Int32Array(0),
        entities: [],
        published: null,
        syntax,
      };
      const council = seg.text.indexOf('council');
      const t = Array.from(seg.tokens.start.subarray(0, seg.tokens.length)).indexOf(council);
      expect(lemmaOf(doc, t)).toBe('council');
      expect(syntax.lemma[t]).toBe('council');
      expect(syntax.head[t]).toBeGreaterThanOrEqual(0);
    }
  });
});
