import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseSegmented, type SentenceParser } from './parse.js';
import { segment, unloadSegmenter } from './segment.js';
import { lemmaOf, UPOS } from './syntax.js';

// What a very long text lets go of: the parse is held until the last stage, but the
// parser's model (~25 MB) is not needed after the parse and must not be kept alive by it;
// the segmentation model (~10 MB) is dropped after segmentation and built again on demand.

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

describe('unloadSegmenter', () => {
  it('segments the same after the model is dropped and built again', () => {
    const text =
      'Gen. Alan Pierce arrived in Kabul on Tuesday. “We will stay,” he said.\n\nTalks resumed later.';
    const view = () => {
      const seg = segment(text, null, { lemmas: true });
      const n = seg.tokens.length;
      return {
        sentences: seg.sentences,
        start: [...seg.tokens.start.subarray(0, n)],
        end: [...seg.tokens.end.subarray(0, n)],
        pos: [...seg.tokens.pos.subarray(0, n)],
        lemmas: Array.from({ length: n }, (_, t) => seg.lemmas?.at(t)),
      };
    };
    const before = view();
    unloadSegmenter();
    const after = view();
    expect(after).toEqual(before);
    expect(before.sentences.length).toBe(3);
    expect(before.lemmas).toContain('arrive');
  });
});
