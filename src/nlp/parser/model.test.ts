import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { train } from '../../../scripts/train-parser.js';
import { DEFAULT_MODEL, loadParser } from './index.js';
import { decodeModel, encodeModel } from './model.js';

// The committed model must be what `npm run train:parser` produces with the options
// recorded in it. Training takes minutes, so this runs only with DOSSIER_TRAIN_TEST=1
// (`npm run test:model`); the round-trip check below always runs.

/** The committed model, which loadParser() reads by default. */
const defaultModelPath = () => fileURLToPath(new URL(`../../../${DEFAULT_MODEL}`, import.meta.url));

describe('model file', () => {
  it('decodes and re-encodes byte for byte', () => {
    const buf = readFileSync(defaultModelPath());
    expect(encodeModel(decodeModel(buf, 'model')).equals(buf)).toBe(true);
  });

  it('rejects a file that is not a model', () => {
    expect(() => decodeModel(Buffer.from('not a model at all'), 'x.bin')).toThrow(
      /x.bin: not a dossier parser model/,
    );
    const buf = readFileSync(defaultModelPath());
    expect(() => decodeModel(buf.subarray(0, buf.length - 8), 'cut.bin')).toThrow(/cut.bin/);
  });

  it.runIf(process.env.DOSSIER_TRAIN_TEST === '1')(
    'is reproduced byte for byte by the training script from its recorded seed',
    () => {
      const meta = loadParser().meta;
      const { model } = train({
        dir: process.env.DOSSIER_EWT ?? '../shared/treebanks/ud-english-ewt',
        seed: Number(meta.seed),
        tagEpochs: Number(meta.tagEpochs),
        parseEpochs: Number(meta.parseEpochs),
        jackknife: Number(meta.jackknife),
        minWeight: Number(meta.minWeight),
        parserMinWeight: Number(meta.parserMinWeight ?? meta.minWeight),
        labelMinWeight: Number(meta.labelMinWeight ?? meta.parserMinWeight ?? meta.minWeight),
        fineTags: Number(meta.fineTags ?? 0),
        tagPasses: Number(meta.tagPasses ?? 1),
        tagMinCount: Number(meta.tagMinCount ?? 1),
        moveMinCount: Number(meta.moveMinCount ?? 1),
        labelMinCount: Number(meta.labelMinCount ?? 1),
        out: '',
        log: () => {},
      });
      expect(model.equals(readFileSync(defaultModelPath()))).toBe(true);
    },
    3_600_000,
  );
});
