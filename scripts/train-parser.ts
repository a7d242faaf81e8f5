// Trains the UPOS tagger and the dependency parser on UD English EWT and writes
// data/parser/en-ewt.bin. Deterministic: the same treebank, options and seed give a
// byte-identical model. Epoch counts are chosen on dev (the best epoch is kept).
//
//   npm run train:parser -- [treebank-dir] [--seed N] [--tag-epochs N] [--parse-epochs N]
//                           [--jackknife K] [--fine-tags MIN] [--tag-passes 1|2] [--min-weight X]
//                           [--parser-min-weight X] [--label-min-weight X]
//                           [--tag-min-count N] [--move-min-count N] [--label-min-count N] [--out file]
//
// For parser experiments, DOSSIER_TAG_CACHE=file keeps the trained tagger and the
// jack-knifed tags in `file` (written on the first run, read on the next): only valid
// while the tagger code, its options and the seed stay the same.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import {
  type GoldTree,
  goldTree,
  State,
  type TrainStats,
  trainParseSentence,
} from '../src/nlp/parser/arc-hybrid.js';
import { readConllu, type UdSentence } from '../src/nlp/parser/conllu.js';
import { scoreParser } from '../src/nlp/parser/evaluate.js';
import { normWord, rng } from '../src/nlp/parser/hash.js';
import { DEFAULT_MODEL, parserFromModel } from '../src/nlp/parser/index.js';
import { Lex } from '../src/nlp/parser/lex.js';
import { encodeModel, type ModelData } from '../src/nlp/parser/model.js';
import {
  buildAmbClasses,
  buildTagDict,
  type TaggerModel,
  tagLex,
  trainTagSentence,
} from '../src/nlp/parser/tagger.js';
import { type PackedWeights, TrainWeights, Weights } from '../src/nlp/parser/weights.js';
import { UPOS } from '../src/nlp/syntax.js';

export interface TrainOptions {
  dir: string;
  seed: number;
  tagEpochs: number;
  parseEpochs: number;
  jackknife: number;
  minWeight: number;
  /** pruning threshold of the move and label models (default: minWeight) */
  parserMinWeight?: number;
  /** pruning threshold of the label model (default: parserMinWeight) */
  labelMinWeight?: number;
  /** tag with UPOS|XPOS pairs seen at least this often (0: UPOS only) */
  fineTags: number;
  /** 2: a second tagger pass that reads the first pass's tags to the right */
  tagPasses?: number;
  /** a feature is learnt from its Nth update on (1: all); tagger, move and label models */
  tagMinCount?: number;
  moveMinCount?: number;
  labelMinCount?: number;
  out: string;
  log: (s: string) => void;
}

type Trained = { packed: PackedWeights; epoch: number; acc: number };

function shuffle<T>(a: T[], rand: () => number): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

export function readSplit(dir: string, split: string): UdSentence[] {
  const f = join(dir, `en_ewt-ud-${split}.conllu`);
  let text: string;
  try {
    text = readFileSync(f, 'utf8');
  } catch {
    throw new Error(`treebank: cannot read ${f}`);
  }
  return readConllu(text);
}

interface TagSet {
  tags: string[];
  upos: Uint8Array;
  /** gold tags of a sentence in this set */
  of: (s: UdSentence) => Uint8Array;
}

/** UPOS, or UPOS|XPOS pairs seen ≥ minCount times (a rarer pair falls back to its UPOS's most frequent pair). */
export function tagSet(train: UdSentence[], minCount: number): TagSet {
  if (minCount <= 0) return { tags: [...UPOS], upos: Uint8Array.from(UPOS, (_, i) => i), of: (s) => s.upos };
  const count = new Map<string, number>();
  for (const s of train)
    s.words.forEach((_, i) => {
      const k = `${UPOS[s.upos[i]]}|${s.xpos[i]}`;
      count.set(k, (count.get(k) ?? 0) + 1);
    });
  const sorted = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const tags: string[] = [];
  const fallback = new Map<string, string>();
  for (const [k, c] of sorted) {
    const u = k.split('|')[0];
    if (!fallback.has(u)) fallback.set(u, k);
    if (c >= minCount || fallback.get(u) === k) tags.push(k);
  }
  for (const u of UPOS) if (!fallback.has(u)) tags.push(`${u}|_`);
  tags.sort();
  const id = new Map(tags.map((t, i) => [t, i]));
  const upos = Uint8Array.from(tags, (t) => UPOS.indexOf(t.split('|')[0] as never));
  const of = (s: UdSentence) =>
    Uint8Array.from(s.words, (_, i) => {
      const u = UPOS[s.upos[i]];
      return id.get(`${u}|${s.xpos[i]}`) ?? id.get(fallback.get(u) ?? `${u}|_`)!;
    });
  return { tags, upos, of };
}

export function trainTagger(
  train: UdSentence[],
  gold: Uint8Array[],
  dev: UdSentence[] | null,
  ts: TagSet,
  dict: Map<string, number>,
  epochs: number,
  seed: number,
  minWeight: number,
  log: (s: string) => void,
  amb?: Map<string, number>,
  /** second pass: the first pass's tags of the training sentences and of dev */
  first?: { train: Uint8Array[]; dev: Uint8Array[] | null },
  minCount = 1,
): { packed: PackedWeights; epoch: number; acc: number } {
  const m = {
    weights: new TrainWeights(ts.tags.length, 20, minCount),
    dict,
    amb,
    nTags: ts.tags.length,
    upos: ts.upos,
  };
  const lex = new Lex();
  const rand = rng(seed);
  let c = 1;
  const step = () => c++;
  const order = train.map((_, i) => i);
  let best: { packed: PackedWeights; epoch: number; acc: number } | null = null;
  for (let e = 1; e <= epochs; e++) {
    shuffle(order, rand);
    let ok = 0;
    let tot = 0;
    for (const i of order) {
      lex.set(train[i].words);
      ok += trainTagSentence(m, lex, gold[i], step, first?.train[i]);
      tot += train[i].words.length;
    }
    const packed = m.weights.finish(c, minWeight);
    if (!dev) {
      best = { packed, epoch: e, acc: ok / tot };
      continue;
    }
    const acc = tagAccuracy({ ...m, weights: Weights.from(packed) }, dev, first?.dev ?? undefined);
    log(
      `  tagger epoch ${e}: train ${(ok / tot).toFixed(4)} dev UPOS ${acc.toFixed(4)} (${m.weights.nRows} features)`,
    );
    if (!best || acc > best.acc) best = { packed, epoch: e, acc };
  }
  return best!;
}

function tagAccuracy(m: TaggerModel, sents: UdSentence[], first?: Uint8Array[]): number {
  let ok = 0;
  let tot = 0;
  predictTags(m, sents, first).forEach((out, k) => {
    for (let i = 0; i < out.length; i++) if (m.upos[out[i]] === sents[k].upos[i]) ok++;
    tot += out.length;
  });
  return ok / tot;
}

export function predictTags(m: TaggerModel, sents: UdSentence[], first?: Uint8Array[]): Uint8Array[] {
  const lex = new Lex();
  return sents.map((s, k) => {
    lex.set(s.words);
    const out = new Uint8Array(s.words.length);
    tagLex(m, lex, out, undefined, first?.[k]);
    return out;
  });
}

export function train(o: TrainOptions): { model: Buffer; summary: Record<string, number | string> } {
  const t0 = performance.now();
  const trainSet = readSplit(o.dir, 'train');
  const dev = readSplit(o.dir, 'dev');
  o.log(`train ${trainSet.length} sentences, dev ${dev.length}`);
  const labels = [...new Set(trainSet.flatMap((s) => s.rel))].sort();
  if (!labels.includes('root')) labels.push('root');
  if (labels.length > 64) throw new Error(`treebank: ${labels.length} labels, at most 64 supported`);
  const labelId = new Map(labels.map((l, i) => [l, i]));
  const ts = tagSet(trainSet, o.fineTags);
  const gold = trainSet.map(ts.of);
  const dict = buildTagDict(trainSet, gold, ts.tags.length, normWord);
  const amb = buildAmbClasses(trainSet, gold, ts.tags.length, normWord);
  o.log(
    `${labels.length} labels, ${ts.tags.length} tags, tag dictionary ${dict.size} words, ambiguity classes of ${amb.size} words`,
  );

  // tagger (experiments may cache it with the jack-knifed tags: DOSSIER_TAG_CACHE=file)
  const cacheFile = process.env.DOSSIER_TAG_CACHE;
  const cached = cacheFile && existsSync(cacheFile) ? deserialize(readFileSync(cacheFile)) : null;
  const tagModel = (packed: PackedWeights, a: Map<string, number>): TaggerModel => ({
    weights: Weights.from(packed),
    dict,
    amb: a,
    nTags: ts.tags.length,
    upos: ts.upos,
  });
  const tagger: Trained =
    cached?.tagger ??
    trainTagger(
      trainSet,
      gold,
      dev,
      ts,
      dict,
      o.tagEpochs,
      o.seed,
      o.minWeight,
      o.log,
      amb,
      undefined,
      o.tagMinCount ?? 1,
    );
  o.log(`tagger: best dev epoch ${tagger.epoch}, UPOS ${tagger.acc.toFixed(4)}`);

  /**
   * Tags of the training sentences predicted by taggers trained on the other folds.
   * With `first` (the first pass's jack-knifed tags), of the second pass.
   */
  const jackknife = (epochs: number, seed: number, first?: Uint8Array[]): Uint8Array[] => {
    const K = o.jackknife;
    const out: Uint8Array[] = new Array(trainSet.length);
    for (let k = 0; k < K; k++) {
      const inFold = (_: unknown, i: number) => i % K === k;
      const outFold = (_: unknown, i: number) => i % K !== k;
      const rest = trainSet.filter(outFold);
      const restGold = gold.filter(outFold);
      // the fold's ambiguity classes come from its own training part, as the final model's do
      const foldAmb = buildAmbClasses(rest, restGold, ts.tags.length, normWord);
      const fold = trainTagger(
        rest,
        restGold,
        null,
        ts,
        dict,
        epochs,
        seed + k,
        o.minWeight,
        o.log,
        foldAmb,
        first ? { train: first.filter(outFold), dev: null } : undefined,
        o.tagMinCount ?? 1,
      );
      const tags = predictTags(
        tagModel(fold.packed, foldAmb),
        trainSet.filter(inFold),
        first?.filter(inFold),
      );
      let j = 0;
      for (let i = k; i < trainSet.length; i += K) out[i] = tags[j++];
      o.log(`  jack-knife fold ${k + 1}/${K}${first ? ' (second pass)' : ''}`);
    }
    return out;
  };

  // tags the parser trains on: jack-knifed (predicted by taggers trained on the other folds) or gold
  let trainTags: Uint8Array[] = cached?.trainTags ?? gold;
  let tagger2: Trained | null = cached?.tagger2 ?? null;
  if (o.jackknife > 1 && !cached) {
    trainTags = jackknife(tagger.epoch, o.seed + 1);
    if (o.tagPasses === 2) {
      // the second pass reads the first pass's tags of the words to the right
      const dev1 = predictTags(tagModel(tagger.packed, amb), dev);
      tagger2 = trainTagger(
        trainSet,
        gold,
        dev,
        ts,
        dict,
        o.tagEpochs,
        o.seed + 50,
        o.minWeight,
        o.log,
        amb,
        {
          train: trainTags,
          dev: dev1,
        },
        o.tagMinCount ?? 1,
      );
      o.log(`second tagger pass: best dev epoch ${tagger2.epoch}, UPOS ${tagger2.acc.toFixed(4)}`);
      trainTags = jackknife(tagger2.epoch, o.seed + 51, trainTags);
    }
  } else if (o.tagPasses === 2 && !cached) throw new Error('--tag-passes 2 needs --jackknife');
  if (cacheFile && !cached) writeFileSync(cacheFile, serialize({ tagger, tagger2, trainTags }));

  // parser
  const golds: GoldTree[] = trainSet.map((s) =>
    goldTree(
      s.head,
      Uint8Array.from(s.rel, (r) => labelId.get(r)!),
    ),
  );
  const move = new TrainWeights(3, 22, o.moveMinCount ?? 1);
  const label = new TrainWeights(labels.length, 20, o.labelMinCount ?? 1);
  const models = {
    move,
    label,
    rootLabel: labelId.get('root')!,
    nLabels: labels.length,
    coarse: ts.upos,
  };
  const st = new State();
  const lex = new Lex();
  const rand = rng(o.seed + 100);
  let c = 1;
  const step = () => c++;
  const order = trainSet.map((_, i) => i);
  const header = {
    labels,
    tags: ts.tags,
    tagDict: [...dict],
    amb: [...amb],
    ...(tagger2 ? { tagPasses: 2 } : {}),
    meta: {} as Record<string, string | number>,
  };
  let best: { model: ModelData; epoch: number; uas: number; las: number } | null = null;
  for (let e = 1; e <= o.parseEpochs; e++) {
    const te = performance.now();
    shuffle(order, rand);
    const stats: TrainStats = { moves: 0, moveErrors: 0 };
    const explore = e >= 2 ? 0.9 : 0;
    for (const i of order) {
      const s = trainSet[i];
      lex.set(s.words);
      trainParseSentence(move, label, models, st, lex, trainTags[i], golds[i], explore, rand, step, stats);
    }
    const model: ModelData = {
      header,
      tagger: Weights.build(tagger.packed),
      ...(tagger2 ? { tagger2: Weights.build(tagger2.packed) } : {}),
      move: Weights.build(move.finish(c, o.parserMinWeight ?? o.minWeight)),
      label: Weights.build(label.finish(c, o.labelMinWeight ?? o.parserMinWeight ?? o.minWeight)),
    };
    const sc = scoreParser(parserFromModel(model), dev);
    o.log(
      `  parser epoch ${e}: move errors ${(stats.moveErrors / stats.moves).toFixed(4)}, dev UAS ${sc.uas.toFixed(4)} LAS ${sc.las.toFixed(4)} ` +
        `(${move.nRows} + ${label.nRows} features, ${((performance.now() - te) / 1000).toFixed(1)} s)`,
    );
    if (!best || sc.las > best.las) best = { model, epoch: e, uas: sc.uas, las: sc.las };
  }
  const b = best!;
  const summary = {
    treebank: 'UD English EWT',
    seed: o.seed,
    tagEpochs: tagger.epoch,
    ...(tagger2 ? { tagPasses: 2, tag2Epochs: tagger2.epoch } : {}),
    parseEpochs: b.epoch,
    jackknife: o.jackknife,
    fineTags: o.fineTags,
    minWeight: o.minWeight,
    parserMinWeight: o.parserMinWeight ?? o.minWeight,
    labelMinWeight: o.labelMinWeight ?? o.parserMinWeight ?? o.minWeight,
    ...(o.tagMinCount && o.tagMinCount > 1 ? { tagMinCount: o.tagMinCount } : {}),
    ...(o.moveMinCount && o.moveMinCount > 1 ? { moveMinCount: o.moveMinCount } : {}),
    ...(o.labelMinCount && o.labelMinCount > 1 ? { labelMinCount: o.labelMinCount } : {}),
    devUpos: Number((tagger2 ?? tagger).acc.toFixed(4)),
    devUas: Number(b.uas.toFixed(4)),
    devLas: Number(b.las.toFixed(4)),
  };
  b.model.header.meta = summary;
  const buf = encodeModel(b.model);
  o.log(
    `best parser epoch ${b.epoch}: dev UAS ${b.uas.toFixed(4)} LAS ${b.las.toFixed(4)}; ` +
      `model ${(buf.length / 1e6).toFixed(2)} MB; trained in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );
  return { model: buf, summary };
}

function parseArgs(argv: string[]): TrainOptions {
  const o: TrainOptions = {
    dir: '../shared/treebanks/ud-english-ewt',
    seed: 1,
    tagEpochs: 8,
    parseEpochs: 15,
    jackknife: 0,
    minWeight: 0,
    fineTags: 0,
    out: DEFAULT_MODEL,
    log: (s) => console.log(s),
  };
  const num = (flag: string, v: string | undefined): number => {
    const x = Number(v);
    if (v === undefined || !Number.isFinite(x)) throw new Error(`${flag} needs a number, got '${v ?? ''}'`);
    return x;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--seed') o.seed = num(a, argv[++i]);
    else if (a === '--tag-epochs') o.tagEpochs = num(a, argv[++i]);
    else if (a === '--parse-epochs') o.parseEpochs = num(a, argv[++i]);
    else if (a === '--jackknife') o.jackknife = num(a, argv[++i]);
    else if (a === '--min-weight') o.minWeight = num(a, argv[++i]);
    else if (a === '--parser-min-weight') o.parserMinWeight = num(a, argv[++i]);
    else if (a === '--label-min-weight') o.labelMinWeight = num(a, argv[++i]);
    else if (a === '--tag-passes') o.tagPasses = num(a, argv[++i]);
    else if (a === '--tag-min-count') o.tagMinCount = num(a, argv[++i]);
    else if (a === '--move-min-count') o.moveMinCount = num(a, argv[++i]);
    else if (a === '--label-min-count') o.labelMinCount = num(a, argv[++i]);
    else if (a === '--fine-tags') o.fineTags = num(a, argv[++i]);
    else if (a === '--out') o.out = argv[++i] ?? o.out;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else o.dir = a;
  }
  return o;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const o = parseArgs(process.argv.slice(2));
    const { model } = train(o);
    mkdirSync(dirname(o.out), { recursive: true });
    writeFileSync(o.out, model);
    console.log(`wrote ${o.out}`);
  } catch (e) {
    console.error(`train-parser: ${(e as Error).message}`);
    process.exit(1);
  }
}
