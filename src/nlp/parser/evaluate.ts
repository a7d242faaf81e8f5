import type { UdSentence } from './conllu.js';
import type { Parser } from './index.js';

// Scores a parser on gold-tokenised UD sentences, the CoNLL 2018 way: UAS and LAS
// over all syntactic words, punctuation included; LAS compares the full label with
// its subtype ('nsubj:pass').

export interface ParseScores {
  words: number;
  upos: number;
  uas: number;
  las: number;
  /** tagging + parsing wall time */
  ms: number;
  /** tagging + parsing CPU time of this process (user + system), which a busy machine does not inflate */
  cpuMs: number;
}

export function scoreParser(parser: Parser, sents: readonly UdSentence[], goldTags = false): ParseScores {
  let words = 0;
  let tagOk = 0;
  let uas = 0;
  let las = 0;
  let ms = 0;
  const c0 = process.cpuUsage();
  for (const s of sents) {
    const t0 = performance.now();
    const p = parser.parse(s.words, goldTags ? s.upos : undefined);
    ms += performance.now() - t0;
    for (let i = 0; i < s.words.length; i++) {
      words++;
      if (p.upos[i] === s.upos[i]) tagOk++;
      if (p.head[i] === s.head[i]) {
        uas++;
        if (parser.labels[p.rel[i]] === s.rel[i]) las++;
      }
    }
  }
  const c = process.cpuUsage(c0);
  return {
    cpuMs: (c.user + c.system) / 1000,
    words,
    upos: tagOk / words,
    uas: uas / words,
    las: las / words,
    ms,
  };
}
