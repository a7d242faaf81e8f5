import { describe, expect, it } from 'vitest';
import type { Annotated } from './annotated.js';
import type { Mention } from './mentions.js';
import { P, type Segmented, segment } from './segment.js';
import {
  ancestors,
  children,
  conjuncts,
  dependents,
  headOf,
  isNegated,
  joinMentionsInParse,
  lemmaOf,
  mentionAt,
  mentionHead,
  mentionTokens,
  relIs,
  relOf,
  type Syntax,
  subtreeSpan,
  UPOS,
  voice,
} from './syntax.js';

// Parses written by hand (CoNLL-U style rows: form, UPOS, 1-based head, label), so each
// helper is tested on a tree whose right answer is known, independent of any model.

type Row = [form: string, upos: string, head: number, rel: string, lemma?: string];
interface Spec {
  rows: Row[];
  /** mentions as 1-based inclusive row ranges */
  mentions?: [number, number][];
}

const LABELS = [
  'root',
  'nsubj',
  'nsubj:pass',
  'obj',
  'obl',
  'advmod',
  'aux',
  'aux:pass',
  'case',
  'det',
  'punct',
];
const MORE = ['ccomp', 'conj', 'cc', 'amod', 'nmod', 'flat', 'appos', 'compound', 'mark', 'xcomp'];

function build(specs: Spec[], withSyntax = true): Annotated & { syntax: Syntax } {
  const labels = [...LABELS, ...MORE];
  let text = '';
  // the segmenter's token store, empty: the rows below fill it by hand
  const { tokens } = segment('');
  if (tokens.length !== 0) throw new Error('segment("") gave tokens');
  const seg: Segmented = { text: '', paragraphs: [], sentences: [], tokens };
  const upos: number[] = [];
  const head: number[] = [];
  const rel: number[] = [];
  const lemma: string[] = [];
  const mentions: Mention[] = [];
  specs.forEach((spec, si) => {
    if (text) {
      // a space token between sentences, as the segmenter emits for line breaks
      tokens.push(text.length, text.length + 1, P.SPACE);
      upos.push(UPOS.indexOf('X'));
      head.push(-1);
      rel.push(0);
      lemma.push('\n');
      text += '\n';
    }
    const tFirst = tokens.length;
    const sStart = text.length;
    spec.rows.forEach(([form, tag, h, r, lem], i) => {
      if (i) text += ' ';
      tokens.push(text.length, text.length + form.length, P.X);
      text += form;
      upos.push(UPOS.indexOf(tag as (typeof UPOS)[number]));
      head.push(h === 0 ? -1 : tFirst + h - 1);
      if (!labels.includes(r)) throw new Error(`label ${r}`);
      rel.push(labels.indexOf(r));
      lemma.push(lem ?? form.toLowerCase());
    });
    seg.sentences.push({ start: sStart, end: text.length, tFirst, tLast: tokens.length, paragraph: 0 });
    for (const [a, b] of spec.mentions ?? []) {
      const start = tokens.start[tFirst + a - 1];
      const end = tokens.end[tFirst + b - 1];
      mentions.push({
        start,
        end,
        text: text.slice(start, end),
        type: 'person',
        sentence: si,
        via: 'rule',
      } as Mention);
    }
  });
  seg.text = text;
  const syntax: Syntax = {
    upos: Uint8Array.from(upos),
    head: Int32Array.from(head),
    rel: Uint8Array.from(rel),
    labels,
    lemma,
  };
  return {
    seg,
    text,
    mentions,
    mentionEntity: Int32Array.from(mentions.map((_, i) => i)),
    entities: [],
    published: null,
    ...(withSyntax ? { syntax } : {}),
  } as Annotated & { syntax: Syntax };
}

// "Officials said Ahmed Khalil was not arrested in Kabul ."
const ARREST: Spec = {
  rows: [
    ['Officials', 'NOUN', 2, 'nsubj', 'official'],
    ['said', 'VERB', 0, 'root', 'say'],
    ['Ahmed', 'PROPN', 7, 'nsubj:pass'],
    ['Khalil', 'PROPN', 3, 'flat'],
    ['was', 'AUX', 7, 'aux:pass', 'be'],
    ['not', 'PART', 7, 'advmod'],
    ['arrested', 'VERB', 2, 'ccomp', 'arrest'],
    ['in', 'ADP', 9, 'case'],
    ['Kabul', 'PROPN', 7, 'obl'],
    ['.', 'PUNCT', 2, 'punct'],
  ],
  mentions: [
    [3, 4],
    [9, 9],
  ],
};

// "Hamas , Hezbollah and the Houthis condemned the strike ."
const CONDEMN: Spec = {
  rows: [
    ['Hamas', 'PROPN', 7, 'nsubj'],
    [',', 'PUNCT', 3, 'punct'],
    ['Hezbollah', 'PROPN', 1, 'conj'],
    ['and', 'CCONJ', 6, 'cc'],
    ['the', 'DET', 6, 'det'],
    ['Houthis', 'PROPN', 1, 'conj', 'houthi'],
    ['condemned', 'VERB', 0, 'root', 'condemn'],
    ['the', 'DET', 9, 'det'],
    ['strike', 'NOUN', 7, 'obj'],
    ['.', 'PUNCT', 7, 'punct'],
  ],
  mentions: [
    [1, 1],
    [3, 3],
    [6, 6],
  ],
};

// A parse that splits a name: "The Free Army of the North , a militia , never attacked
// civilians ." with "North" hung on the verb and the apposition on "North".
const SPLIT_NAME: Spec = {
  rows: [
    ['The', 'DET', 3, 'det'],
    ['Free', 'PROPN', 3, 'amod'],
    ['Army', 'PROPN', 12, 'nsubj'],
    ['of', 'ADP', 6, 'case'],
    ['the', 'DET', 6, 'det'],
    ['North', 'PROPN', 12, 'obl'],
    [',', 'PUNCT', 9, 'punct'],
    ['a', 'DET', 9, 'det'],
    ['militia', 'NOUN', 6, 'appos'],
    [',', 'PUNCT', 9, 'punct'],
    ['never', 'ADV', 12, 'advmod'],
    ['attacked', 'VERB', 0, 'root', 'attack'],
    ['civilians', 'NOUN', 12, 'obj', 'civilian'],
    ['.', 'PUNCT', 12, 'punct'],
  ],
  mentions: [[2, 6]],
};

// "Two villages were seized by the rebels ."
const SEIZED: Spec = {
  rows: [
    ['Two', 'NUM', 2, 'compound', 'two'],
    ['villages', 'NOUN', 4, 'nsubj:pass', 'village'],
    ['were', 'AUX', 4, 'aux:pass', 'be'],
    ['seized', 'VERB', 0, 'root', 'seize'],
    ['by', 'ADP', 7, 'case'],
    ['the', 'DET', 7, 'det'],
    ['rebels', 'NOUN', 4, 'obl', 'rebel'],
    ['.', 'PUNCT', 4, 'punct'],
  ],
};

// "The convoy was ambushed ." — passive with the auxiliary alone marking it
const AMBUSHED: Spec = {
  rows: [
    ['The', 'DET', 2, 'det'],
    ['convoy', 'NOUN', 4, 'nsubj', 'convoy'],
    ['was', 'AUX', 4, 'aux:pass', 'be'],
    ['ambushed', 'VERB', 0, 'root', 'ambush'],
    ['.', 'PUNCT', 4, 'punct'],
  ],
};

// "He did n't deny the claim and she never confirmed it ."
const DENY: Spec = {
  rows: [
    ['He', 'PRON', 4, 'nsubj', 'he'],
    ['did', 'AUX', 4, 'aux', 'do'],
    ["n't", 'PART', 4, 'advmod', 'not'],
    ['deny', 'VERB', 0, 'root'],
    ['the', 'DET', 6, 'det'],
    ['claim', 'NOUN', 4, 'obj'],
    ['and', 'CCONJ', 10, 'cc'],
    ['she', 'PRON', 10, 'nsubj'],
    ['never', 'ADV', 10, 'advmod'],
    ['confirmed', 'VERB', 4, 'conj', 'confirm'],
    ['it', 'PRON', 10, 'obj'],
    ['.', 'PUNCT', 4, 'punct'],
  ],
};

describe('syntax helpers', () => {
  const doc = build([ARREST, CONDEMN]);
  // token index of row r (1-based) in sentence s
  const tok = (s: number, r: number) => doc.seg.sentences[s].tFirst + r - 1;

  it('reads a lemma inside the text and nothing outside it, with and without a parse', () => {
    expect(lemmaOf(doc, tok(0, 1))).toBe(doc.syntax.lemma[tok(0, 1)]);
    const last = doc.seg.tokens.length - 1;
    expect(lemmaOf(doc, last)).not.toBe('');
    expect(lemmaOf(doc, last + 1)).toBe('');
    expect(lemmaOf(doc, -1)).toBe('');
    const bare = build([ARREST], false);
    expect(lemmaOf(bare, 0)).toBe(bare.text.split(' ')[0].toLowerCase());
    // without a parse, an index past the end once gave the whole text
    expect(lemmaOf(bare, bare.seg.tokens.length)).toBe('');
  });

  it('matches labels with and without subtypes', () => {
    expect(relIs('nsubj:pass', 'nsubj')).toBe(true);
    expect(relIs('nsubj', 'nsubj')).toBe(true);
    expect(relIs('nsubj', 'nsubj:pass')).toBe(false);
    expect(relIs('nsubjx', 'nsubj')).toBe(false);
    expect(relIs('obl:tmod', 'obl')).toBe(true);
  });

  it('lists children in text order and dependents by label', () => {
    expect(children(doc, tok(0, 2))).toEqual([tok(0, 1), tok(0, 7), tok(0, 10)]);
    expect(children(doc, tok(0, 7))).toEqual([tok(0, 3), tok(0, 5), tok(0, 6), tok(0, 9)]);
    expect(dependents(doc, tok(0, 7), 'nsubj')).toEqual([tok(0, 3)]);
    expect(dependents(doc, tok(0, 7), 'nsubj:pass')).toEqual([tok(0, 3)]);
    expect(dependents(doc, tok(0, 7), 'obj')).toEqual([]);
    expect(dependents(doc, tok(1, 7), 'nsubj', 'obj')).toEqual([tok(1, 1), tok(1, 9)]);
    expect(children(doc, tok(0, 10))).toEqual([]);
  });

  it('gives the subtree span of a token', () => {
    const s = subtreeSpan(doc, tok(0, 7));
    expect([s.tFirst, s.tLast]).toEqual([tok(0, 3), tok(0, 9) + 1]);
    expect(doc.text.slice(s.start, s.end)).toBe('Ahmed Khalil was not arrested in Kabul');
    const c = subtreeSpan(doc, tok(1, 1));
    expect(doc.text.slice(c.start, c.end)).toBe('Hamas , Hezbollah and the Houthis');
    expect(subtreeSpan(doc, tok(1, 9)).tFirst).toBe(tok(1, 8));
  });

  it('finds the head token of a mention and the mention of a token', () => {
    expect(mentionTokens(doc, 0)).toEqual({ tFirst: tok(0, 3), tLast: tok(0, 4) + 1 });
    expect(mentionHead(doc, 0)).toBe(tok(0, 3));
    expect(mentionHead(doc, 1)).toBe(tok(0, 9));
    expect(mentionAt(doc, tok(0, 4))).toBe(0);
    expect(mentionAt(doc, tok(0, 3))).toBe(0);
    expect(mentionAt(doc, tok(0, 9))).toBe(1);
    expect(mentionAt(doc, tok(0, 2))).toBe(-1);
    expect(mentionAt(doc, tok(1, 6))).toBe(4);
  });

  it('reads negation from not, never and n’t', () => {
    expect(isNegated(doc, tok(0, 7))).toBe(true);
    expect(isNegated(doc, tok(0, 2))).toBe(false);
    const d = build([DENY, SPLIT_NAME]);
    const t = (s: number, r: number) => d.seg.sentences[s].tFirst + r - 1;
    expect(isNegated(d, t(0, 4))).toBe(true);
    expect(isNegated(d, t(0, 10))).toBe(true);
    expect(isNegated(d, t(1, 12))).toBe(true);
    expect(isNegated(d, t(0, 6))).toBe(false);
  });

  it('tells passive from active voice', () => {
    const d = build([SEIZED, AMBUSHED, DENY]);
    const t = (s: number, r: number) => d.seg.sentences[s].tFirst + r - 1;
    expect(voice(d, t(0, 4))).toBe('passive');
    expect(voice(d, t(1, 4))).toBe('passive');
    expect(voice(d, t(2, 4))).toBe('active');
    expect(voice(doc, tok(0, 7))).toBe('passive');
    expect(voice(doc, tok(0, 2))).toBe('active');
  });

  it('expands a token to its conjuncts from any of them', () => {
    const all = [tok(1, 1), tok(1, 3), tok(1, 6)];
    expect(conjuncts(doc, tok(1, 1))).toEqual(all);
    expect(conjuncts(doc, tok(1, 3))).toEqual(all);
    expect(conjuncts(doc, tok(1, 6))).toEqual(all);
    expect(conjuncts(doc, tok(1, 9))).toEqual([tok(1, 9)]);
    const d = build([DENY]);
    const t = (r: number) => d.seg.sentences[0].tFirst + r - 1;
    expect(conjuncts(d, t(10))).toEqual([t(4), t(10)]);
  });

  it('makes a name the parse split into one node', () => {
    const d = build([SPLIT_NAME, ARREST]);
    const t = (s: number, r: number) => d.seg.sentences[s].tFirst + r - 1;
    expect(mentionHead(d, 0)).toBe(t(0, 3));
    const moved = joinMentionsInParse(d);
    expect(moved).toBe(2);
    // "North" now hangs inside the name, the apposition on the name's head
    expect(headOf(d, t(0, 6))).toBe(t(0, 3));
    expect(relOf(d, t(0, 6))).toBe('flat');
    expect(headOf(d, t(0, 9))).toBe(t(0, 3));
    expect(relOf(d, t(0, 9))).toBe('appos');
    // the name's subtree now covers it whole, and only one of its tokens leaves it
    const inside = [2, 3, 4, 5, 6].map((r) => t(0, r));
    expect(inside.filter((k) => !inside.includes(headOf(d, k)))).toEqual([t(0, 3)]);
    expect(dependents(d, t(0, 12), 'obl')).toEqual([]);
    expect(ancestors(d, t(0, 9))).toEqual([t(0, 9), t(0, 3), t(0, 12)]);
    // a name already one subtree is left alone
    expect(headOf(d, t(1, 4))).toBe(t(1, 3));
    expect(joinMentionsInParse(d)).toBe(0);
  });

  it('answers without a parse as if every token stood alone', () => {
    const d = build([ARREST], false);
    expect(children(d, 1)).toEqual([]);
    expect(isNegated(d, 6)).toBe(false);
    expect(voice(d, 6)).toBe('active');
    expect(mentionHead(d, 0)).toBe(3);
    expect(conjuncts(d, 2)).toEqual([2]);
  });

  it('leaves space tokens out of the tree', () => {
    const space = doc.seg.sentences[1].tFirst - 1;
    expect(headOf(doc, space)).toBe(-1);
    expect(children(doc, space)).toEqual([]);
  });
});
