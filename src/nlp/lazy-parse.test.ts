import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../types.js';
import type { Annotated } from './annotated.js';
import { defaultLexicon } from './lexicon-default.js';
import { findMentions } from './mentions.js';
import { parseSegmented } from './parse.js';
import { loadParser } from './parser/index.js';
import { annotate } from './pipeline.js';
import { extractQuotes } from './quotes.js';
import { extractRelations } from './relations.js';
import { segment } from './segment.js';
import { children, headOf, joinMentionsInParse, relOf, type Syntax, spanHead, uposOf } from './syntax.js';

// The parse on demand (extract()'s default): a sentence is parsed when a reader first asks
// for one of its tokens, and gives the arcs the eager parse gives. Invented wire copy.

const TEXTS = [
  [
    'KANDAHAR, Afghanistan (Reuters) - Gunmen from the Haqqani Network attacked a checkpoint near Spin Boldak on Monday, police said.',
    'Rain fell overnight across the valley.',
    'Mullah Abdul Rahman, a commander of the Afghan Taliban, denied any role in a telephone call with reporters.',
    '“We have no fighters in that district,” he said.',
    'Spin Boldak was quiet on Tuesday.',
    'Fighters of Tehrik-i-Taliban Pakistan ambushed a convoy in North Waziristan last week.',
  ].join('\n'),
  [
    'MOGADISHU (AP) - Al-Shabaab fighters stormed a police station in Lower Shabelle, killing four officers, a regional governor told reporters.',
    'The roads were closed for two days.',
    'Ahmed Omar Hassan, the governor of Lower Shabelle, said the group had lost at least ten men.',
    'Farmers in the area said the harvest would be late.',
    'Traffic returned to Mogadishu by nightfall.',
    'The Islamic State in Iraq and the Levant seized Ramadi in 2015.',
  ].join('\n'),
];

const src = (text: string): SourceDocument => ({ title: null, published: '2021-03-02', url: null, text });

/** reads every token through the helpers, as readers do */
function readAll(s: Syntax, n: number, doc: Parameters<typeof headOf>[0]) {
  const head: number[] = [];
  const rel: string[] = [];
  const upos: (string | null)[] = [];
  for (let t = 0; t < n; t++) {
    head.push(headOf(doc, t));
    rel.push(relOf(doc, t));
    upos.push(uposOf(doc, t));
  }
  return { head, rel, upos, labels: s.labels };
}

const parsed = (s: Syntax, tFirst: number) => !s.todo || s.todo[tFirst] === 0;

describe('the parse on demand', () => {
  for (const [i, text] of TEXTS.entries())
    it(`gives the eager parse's arcs, names joined, in every sentence (text ${i + 1})`, () => {
      const eager = annotate(src(text)).doc;
      const lazy = annotate(src(text), undefined, { lazyParse: true }).doc;
      expect(eager.syntax.todo).toBeUndefined();
      expect(lazy.syntax.todo).toBeDefined();
      // nothing is parsed before a reader asks
      for (const s of lazy.seg.sentences)
        if (s.tLast > s.tFirst) expect(parsed(lazy.syntax, s.tFirst)).toBe(false);
      const n = eager.seg.tokens.length;
      // read the last sentence first: the order of the requests must not matter
      const last = lazy.seg.sentences[lazy.seg.sentences.length - 1];
      children(lazy, last.tFirst);
      expect(parsed(lazy.syntax, last.tFirst)).toBe(true);
      expect(parsed(lazy.syntax, lazy.seg.sentences[0].tFirst)).toBe(false);
      expect(readAll(lazy.syntax, n, lazy)).toEqual(readAll(eager.syntax, n, eager));
      // a name of several tokens is one node in both
      for (let mi = 0; mi < lazy.mentions.length; mi++) {
        const m = lazy.mentions[mi];
        const ts = lazy.seg.tokens;
        let a = -1;
        let b = -1;
        for (let t = 0; t < ts.length; t++)
          if (ts.start[t] < m.end && ts.end[t] > m.start) {
            if (a < 0) a = t;
            b = t + 1;
          }
        if (a >= 0) expect(spanHead(lazy, a, b)).toBe(spanHead(eager, a, b));
      }
    });

  it('joins a name the parser split when its sentence is parsed, as the eager join does', () => {
    for (const text of TEXTS) {
      // the names not given to the parser: it parses their words apart, and the join moves arcs
      const make = (lazy: boolean) => {
        const seg = segment(text, null, { lemmas: true });
        const mentions = findMentions(seg, defaultLexicon());
        const syntax = parseSegmented(seg, loadParser(), seg.lemmas, [], { lazy });
        const doc: Annotated & { syntax: Syntax } = {
          seg,
          text,
          mentions,
          mentionEntity: new Int32Array(mentions.length),
          entities: [],
          published: null,
          syntax,
        };
        return { doc, moved: joinMentionsInParse(doc) };
      };
      const eager = make(false);
      const lazy = make(true);
      expect(eager.moved).toBeGreaterThan(0);
      const n = eager.doc.seg.tokens.length;
      expect(readAll(lazy.doc.syntax, n, lazy.doc)).toEqual(readAll(eager.doc.syntax, n, eager.doc));
    }
  });

  it('leaves unparsed the sentences the quote and tie readers do not walk', () => {
    for (const text of TEXTS) {
      const { doc } = annotate(src(text), undefined, { lazyParse: true });
      extractRelations(doc, extractQuotes(doc));
      const entitiesIn = doc.seg.sentences.map(() => new Set<number>());
      doc.mentions.forEach((m, mi) => {
        if (doc.mentionEntity[mi] >= 0) entitiesIn[m.sentence].add(doc.mentionEntity[mi]);
      });
      const state = doc.seg.sentences.map((s, si) => ({
        entities: entitiesIn[si].size,
        parsed: parsed(doc.syntax, s.tFirst),
      }));
      // a sentence naming no one, with no pronoun or quote, is never parsed
      expect(state.filter((x) => x.entities === 0 && !x.parsed).length).toBeGreaterThan(0);
      // nor is one naming a single entity ("Spin Boldak was quiet", "returned to Mogadishu"): a tie needs two
      expect(state.some((x) => x.entities === 1 && !x.parsed)).toBe(true);
      // one naming two entities is (ties are read on its parse)
      for (const x of state) if (x.entities >= 2) expect(x.parsed).toBe(true);
      // and some sentences are left
      expect(state.some((x) => !x.parsed)).toBe(true);
    }
  });
});
