import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UPOS } from '../syntax.js';
import { goldTree, type ParseModels, parseState, State } from './arc-hybrid.js';
import { readConllu } from './conllu.js';
import { scoreParser } from './evaluate.js';
import { normWord } from './hash.js';
import { DEFAULT_MODEL, loadParser } from './index.js';
import { Lex } from './lex.js';
import { decodeModel } from './model.js';
import { FREE_TAG } from './tagger.js';
import { Weights } from './weights.js';

/** The committed model, which loadParser() reads by default. */
const defaultModelPath = () => fileURLToPath(new URL(`../../../${DEFAULT_MODEL}`, import.meta.url));

const parser = loadParser();

/** Tokenises a test sentence: words and punctuation, clitics split the UD way. */
function words(s: string): string[] {
  return s.match(/n't|'s|\w+(?=n't)|[\w.-]+\w|\w|[^\s\w]/g) ?? [];
}

function analyse(s: string) {
  const w = words(s);
  const p = parser.parse(w);
  const idx = (word: string, nth = 0) => {
    let seen = 0;
    for (let i = 0; i < w.length; i++) if (w[i] === word && seen++ === nth) return i;
    throw new Error(`'${word}' not in: ${s}`);
  };
  /** the label of the arc head → dep, or null when dep's head is another word */
  const arc = (head: string, dep: string): string | null => {
    const d = idx(dep);
    return p.head[d] === idx(head) ? parser.labels[p.rel[d]] : null;
  };
  const tag = (word: string) => UPOS[p.upos[idx(word)]];
  const root = () => w[p.head.indexOf(-1)];
  return { w, p, arc, tag, root };
}

describe('parser model', () => {
  it('has UD labels with subtypes and one root per sentence', () => {
    for (const l of [
      'nsubj',
      'nsubj:pass',
      'obl:agent',
      'appos',
      'acl:relcl',
      'conj',
      'compound:prt',
      'nmod:poss',
    ])
      expect(parser.labels).toContain(l);
    for (const s of ['The police said the men fled.', 'Rain fell. Then it stopped', 'Yes !']) {
      const { p } = analyse(s);
      expect(p.head.filter((h) => h === -1).length).toBe(1);
      // every head is a word of the sentence or the root, and following heads always reaches the root
      for (let i = 0; i < p.head.length; i++) {
        let k = i;
        for (let steps = 0; k !== -1; steps++) {
          expect(steps).toBeLessThan(p.head.length);
          k = p.head[k];
        }
      }
    }
  });

  it('handles empty and one-word input', () => {
    expect(parser.parse([]).head.length).toBe(0);
    const one = parser.parse(['Hello']);
    expect(Array.from(one.head)).toEqual([-1]);
    expect(parser.labels[one.rel[0]]).toBe('root');
  });

  it('uses given tags instead of predicting them', () => {
    const w = ['Police', 'arrested', 'him'];
    const given = Uint8Array.from(['PROPN', 'VERB', 'PRON'], (t) => UPOS.indexOf(t as never));
    expect(parser.parse(w, given).upos).toEqual(given);
    // FREE_TAG leaves a word to the tagger: "arms" is its plural noun unless fixed as a verb
    const free = Uint8Array.from([FREE_TAG, FREE_TAG, FREE_TAG, FREE_TAG]);
    const words = ['Iran', 'arms', 'the', 'rebels'];
    expect(UPOS[parser.parse(words, free).upos[1]]).toBe('NOUN');
    free[1] = UPOS.indexOf('VERB');
    const p = parser.parse(words, free);
    expect([...p.upos].map((u) => UPOS[u])).toEqual(['PROPN', 'VERB', 'DET', 'NOUN']);
    expect(p.head[0]).toBe(1);
    expect(() => parser.parse(w, new Uint8Array(2))).toThrow(/3 words but 2 tags/);
  });

  it('tags common words', () => {
    const a = analyse('The militants attacked a police station in the north on Friday.');
    expect(a.tag('The')).toBe('DET');
    expect(a.tag('attacked')).toBe('VERB');
    expect(a.tag('station')).toBe('NOUN');
    expect(a.tag('in')).toBe('ADP');
    expect(a.tag('Friday')).toBe('PROPN');
    expect(a.tag('.')).toBe('PUNCT');
  });

  it('finds the subject of said after an apposition', () => {
    const a = analyse('Ahmed Khan, the leader of the group, said the attack had been planned for months.');
    // UD heads a multiword name on its first word ('Khan' is flat under 'Ahmed')
    expect(a.arc('said', 'Ahmed')).toBe('nsubj');
    expect(a.arc('Ahmed', 'Khan')).toBe('flat');
    expect(a.arc('Ahmed', 'leader')).toBe('appos');
    expect(a.root()).toBe('said');
    const b = analyse('Maria Lopez, a spokeswoman for the ministry, said talks with the rebels had failed.');
    expect(b.arc('said', 'Maria')).toBe('nsubj');
    expect(b.arc('Maria', 'spokeswoman')).toBe('appos');
  });

  it('analyses passives with a by-agent', () => {
    const a = analyse('The commander was arrested by police in the capital.');
    expect(a.arc('arrested', 'commander')).toBe('nsubj:pass');
    expect(a.arc('arrested', 'was')).toBe('aux:pass');
    expect(a.arc('arrested', 'police')).toBe('obl:agent');
    const b = analyse('Three men were detained by security forces on Monday.');
    expect(b.arc('detained', 'men')).toBe('nsubj:pass');
    expect(b.arc('detained', 'forces')).toBe('obl:agent');
  });

  it('attaches coordinated verbs and nouns', () => {
    const a = analyse('The rebels seized the town and burned the market.');
    expect(a.arc('seized', 'burned')).toBe('conj');
    expect(a.arc('burned', 'and')).toBe('cc');
    expect(a.arc('burned', 'market')).toBe('obj');
    const b = analyse('Troops killed Musa and Idris near the border.');
    expect(b.arc('Musa', 'Idris')).toBe('conj');
    expect(b.arc('killed', 'Musa')).toBe('obj');
    expect(b.arc('killed', 'Troops')).toBe('nsubj');
  });

  it('attaches relative clauses to the noun they modify', () => {
    const a = analyse('The commander who ordered the raid was killed in an air strike.');
    expect(a.arc('commander', 'ordered')).toBe('acl:relcl');
    expect(a.arc('ordered', 'raid')).toBe('obj');
    expect(a.arc('killed', 'commander')).toBe('nsubj:pass');
    const b = analyse('The man who planted the bomb was killed by police.');
    expect(b.arc('man', 'planted')).toBe('acl:relcl');
    expect(b.arc('killed', 'man')).toBe('nsubj:pass');
    expect(b.arc('killed', 'police')).toBe('obl:agent');
    // The relative clause itself is read in an object relative too; but when the clause
    // ends right before a short passive main verb, the greedy parser often reads on into
    // it ('The weapons that the police found were hidden …' hangs 'hidden' on 'found'):
    // a known failure of the model of 2026-12-02 (bench/RESULTS.md, Parser).
    const c = analyse('The weapons that the police found were hidden in a truck.');
    expect(c.arc('weapons', 'found')).toBe('acl:relcl');
    expect(c.arc('found', 'police')).toBe('nsubj');
  });

  it('finds the speaker before, after and inside a quote', () => {
    const before = analyse('He said, "We will keep fighting."');
    expect(before.arc('said', 'He')).toBe('nsubj');
    const after = analyse('"We will keep fighting," the commander said.');
    expect(after.arc('said', 'commander')).toBe('nsubj');
    const inside = analyse('"We will keep fighting," he said, "until the end."');
    expect(inside.arc('said', 'he')).toBe('nsubj');
    // curly quotes and an em dash are folded by the featuriser, so they parse like straight ones
    const curly = analyse('\u201cWe will keep fighting,\u201d the commander said \u2014 and left.');
    expect(curly.arc('said', 'commander')).toBe('nsubj');
    expect(curly.tag('\u201c')).toBe('PUNCT');
  });

  it('folds typographic variants', () => {
    expect(normWord('\u201cSo\u201d')).toBe('"So"');
    expect(normWord('it\u2019s')).toBe("it's");
    expect(normWord('\u2014')).toBe('-');
    expect(normWord('\u2026')).toBe('...');
  });
});

describe('projectivise', () => {
  // goldTree (the training oracle's tree) projectivises the heads it is given (-1 = root);
  // a lift moves a word to its head's head, so the lifts made are the steps each word's
  // head moved up the given tree.
  const gold = (heads: number[]) => {
    const h = Array.from(goldTree(Int32Array.from(heads), new Uint8Array(heads.length)).head);
    const root = heads.length;
    const given = heads.map((x) => (x < 0 ? root : x));
    let lifts = 0;
    h.forEach((to, d) => {
      for (let a = given[d]; a !== to; a = given[a], lifts++) expect(a, `word ${d}`).not.toBe(root);
    });
    return { heads: h, lifts };
  };
  it('lifts a crossing arc to the head of its head', () => {
    // words 0..3, root token 4; a chain 0 → 1 → 2 → 3 is projective
    const proj = gold([-1, 0, 1, 2]);
    expect(proj.lifts).toBe(0);
    expect(proj.heads).toEqual([4, 0, 1, 2]);
    // heads: 0→root, 1→3, 2→0, 3→2; arc 3→1 spans 2, not dominated by 3 → lift 1 to 2
    const h = gold([-1, 3, 0, 2]);
    expect(h.lifts).toBe(1);
    expect(h.heads).toEqual([4, 2, 0, 2]);
  });
});

const DEV = '../shared/treebanks/ud-english-ewt/en_ewt-ud-dev.conllu';
describe.skipIf(!existsSync(DEV))('EWT dev sample', () => {
  it('tags and parses 300 dev sentences well enough to catch a broken model', () => {
    const sents = readConllu(readFileSync(DEV, 'utf8'))
      .filter((_, i) => i % 6 === 0)
      .slice(0, 300);
    const sc = scoreParser(parser, sents);
    expect(sc.words).toBeGreaterThan(3000);
    expect(sc.upos).toBeGreaterThan(0.92);
    expect(sc.uas).toBeGreaterThan(0.8);
    expect(sc.las).toBeGreaterThan(0.76);
  });
});

describe('move scores from the per-word cache', () => {
  /** The committed model twice: scored through the per-word cache, and feature by feature. */
  const bothPaths = () => {
    const m = decodeModel(readFileSync(defaultModelPath()), 'model');
    const move = new Weights(m.move);
    const tags = m.header.tags ?? [...UPOS];
    const coarse = Uint8Array.from(tags, (t) => UPOS.indexOf(t.split('|')[0] as never));
    const base = {
      label: new Weights(m.label),
      rootLabel: m.header.labels.indexOf('root'),
      coarse,
      nLabels: m.header.labels.length,
    };
    const cached: ParseModels = { ...base, move };
    // not a Weights instance: pickMove takes its path that scores all the features
    const plain = { score: (f: Int32Array, n: number, out: Float32Array) => move.score(f, n, out) };
    const uncached = { ...base, move: plain } as unknown as ParseModels;
    return { tags, cached, uncached };
  };

  it('give the same parse as scoring every feature of every configuration', () => {
    const { tags, cached, uncached } = bothPaths();
    const lex = new Lex();
    const st = new State();
    let total = 0;
    for (const s of [
      'The commander of the militia, who had been arrested in March, was released on Tuesday by a court in the capital.',
      '"We will not negotiate," the spokesman said, adding that the group had fought the army for years.',
      'Police said two men, a driver and a cook, were detained after the raid near the border; a third escaped.',
      'She leads the party, which split from the alliance in 2019 and now backs the government.',
    ]) {
      const w = words(s);
      lex.set(w);
      // any tag sequence will do: the two paths must agree on it
      const t = Uint8Array.from(w, (_, i) => (i * 7) % tags.length);
      parseState(cached, st, lex, t);
      const h1 = st.head.slice(0, w.length + 1);
      const r1 = st.rel.slice(0, w.length + 1);
      parseState(uncached, st, lex, t);
      expect(st.head.slice(0, w.length + 1)).toEqual(h1);
      expect(st.rel.slice(0, w.length + 1)).toEqual(r1);
      total += w.length;
    }
    expect(total).toBeGreaterThan(60);
  });

  it('give the same three move scores at every configuration, deep stacks included', () => {
    const { tags, cached, uncached } = bothPaths();
    // record every scored configuration's move scores on both paths
    const seenCached: number[] = [];
    const seenPlain: number[] = [];
    const move = cached.move as Weights;
    class Recording extends Weights {
      override finishDense(acc: Float64Array, out: Float32Array): void {
        move.finishDense(acc, out);
        seenCached.push(out[0], out[1], out[2]);
      }
    }
    const m = decodeModel(readFileSync(defaultModelPath()), 'model');
    const recorded: ParseModels = { ...cached, move: new Recording(m.move) };
    const plainMove = uncached.move as unknown as { score: Weights['score'] };
    const plain = {
      score: (f: Int32Array, n: number, out: Float32Array) => {
        plainMove.score(f, n, out);
        seenPlain.push(out[0], out[1], out[2]);
      },
    };
    const recordedPlain = { ...uncached, move: plain } as unknown as ParseModels;
    const lex = new Lex();
    const st = new State();
    for (const s of [
      // right-branching chains keep many words on the stack, each taking right dependents
      'The envoy said that the minister believed that the rebels had agreed that the talks in the city near the river would resume after the holiday.',
      'Officials in the province told reporters on Monday that troops from the northern garrison, backed by aircraft, had retaken the town that the fighters seized in the spring.',
      'He asked whether the council would approve the plan, which the mayor, who leads the coalition, had drafted with advisers from two ministries.',
    ]) {
      const w = words(s);
      lex.set(w);
      for (const shift of [0, 3]) {
        const t = Uint8Array.from(w, (_, i) => (i * 7 + shift) % tags.length);
        seenCached.length = 0;
        seenPlain.length = 0;
        parseState(recorded, st, lex, t);
        parseState(recordedPlain, st, lex, t);
        expect(seenCached.length).toBeGreaterThan(3 * w.length);
        expect(seenCached).toEqual(seenPlain);
      }
    }
  });

  it.skipIf(!existsSync(DEV))('give the same parse on 300 EWT dev sentences', () => {
    const { tags, cached, uncached } = bothPaths();
    const tagOf = new Map(tags.map((t, i) => [t, i]));
    const lex = new Lex();
    const st = new State();
    const sents = readConllu(readFileSync(DEV, 'utf8'))
      .filter((_, i) => i % 6 === 1)
      .slice(0, 300);
    let arcs = 0;
    for (const s of sents) {
      lex.set(s.words);
      // the treebank's fine tags where the model has them, so the weights read are realistic
      const t = Uint8Array.from(
        s.words,
        (_, i) => tagOf.get(`${UPOS[s.upos[i]]}|${s.xpos[i]}`) ?? i % tags.length,
      );
      parseState(cached, st, lex, t);
      const h1 = st.head.slice(0, s.words.length + 1);
      const r1 = st.rel.slice(0, s.words.length + 1);
      parseState(uncached, st, lex, t);
      expect(st.head.slice(0, s.words.length + 1)).toEqual(h1);
      expect(st.rel.slice(0, s.words.length + 1)).toEqual(r1);
      arcs += s.words.length;
    }
    expect(arcs).toBeGreaterThan(3000);
  });
});
