import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import { decodeCore, precomputeCore, segmentationModel } from './wink-model.js';

const require = createRequire(import.meta.url);

// The trimmed loader must tokenise, split and tag exactly as the package's own model does.
describe('segmentation model loader', () => {
  it('gives the stock model’s tokens, sentences, tags and lemmas', () => {
    const stock = winkNLP(require('wink-eng-lite-web-model'), ['sbd', 'pos']);
    const ours = winkNLP(segmentationModel() as Parameters<typeof winkNLP>[0], ['sbd', 'pos']);
    const texts = [
      'Dr. Amina Qureshi, 54, told reporters in Peshawar on Monday that the U.S.-backed talks had stalled.',
      '“We were never part of it,” said the group’s spokesman. The militants’ commander, Abu Layth, disagreed!',
      'Police arrested 3 men at 10:30 a.m. near the Grand Mosque; two were released without charge.',
      'He wasn’t at the meeting, and she didn’t call—officials say the children’s school was closed.',
    ];
    for (const t of texts) {
      const a = stock.readDoc(t);
      const b = ours.readDoc(t);
      expect(b.tokens().out()).toEqual(a.tokens().out());
      expect(b.tokens().out(ours.its.pos)).toEqual(a.tokens().out(stock.its.pos));
      // wink-nlp's types give its.lemma a signature out() does not accept; out() calls it so at run time.
      const lemma = (nlp: typeof ours) => nlp.its.lemma as unknown as typeof nlp.its.pos;
      expect(b.tokens().out(lemma(ours))).toEqual(a.tokens().out(lemma(stock)));
      expect(b.sentences().out()).toEqual(a.sentences().out());
    }
  });

  it('re-encodes the core model as ASCII, the lexemes one a line, with the same content', () => {
    const text = precomputeCore();
    const nl = text.indexOf('\n');
    const stamp = text.slice(0, nl);
    expect(stamp).toMatch(/^\d+:\d+$/);
    // then the lexemes' sorted order (base64), the JSON, and the lexemes
    const nl2 = text.indexOf('\n', nl + 1);
    expect(text.slice(nl + 1, nl2)).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(/[^\x00-\x7f]/.test(text)).toBe(false);
    const original = JSON.parse(
      readFileSync(
        require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json'),
        'utf8',
      ),
    );
    const list: string[] = original.features.lexeme.list;
    // the lexemes that cannot be a line of ASCII are among them (so the JSON gives them)
    expect(list.some((w) => w.includes('\n'))).toBe(true);
    expect(list.some((w) => /[^\x00-\x7f]/.test(w))).toBe(true);
    const core = decodeCore(text, stamp);
    expect(core?.model).toEqual(original);
    expect(core?.order?.length).toBe(list.length);
    expect(decodeCore(text, '1:2')).toBeNull();
    // a file of the earlier shape (the whole model one JSON line) still reads
    const older = `${stamp}\n${text.slice(nl + 1, nl2)}\n${JSON.stringify(original)}`;
    expect(decodeCore(older, stamp)?.model).toEqual(original);
  });
});
