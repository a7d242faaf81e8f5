import { loadParser } from './parser/index.js';
import type { Segmented } from './segment.js';
import { type Syntax, UPOS } from './syntax.js';

// Stage 2b: the dependency parse of every sentence into `Annotated.syntax` (document-wide
// token indices). Lemmas come from a small rule lemmatiser: enough for the readers that
// key patterns by lemma (verbs and role nouns).

const IRREGULAR: Record<string, string> = {
  led: 'lead',
  fought: 'fight',
  broke: 'break',
  broken: 'break',
  took: 'take',
  taken: 'take',
  swore: 'swear',
  sworn: 'swear',
  gave: 'give',
  given: 'give',
  ran: 'run',
  held: 'hold',
  met: 'meet',
  left: 'leave',
  threw: 'throw',
  drove: 'drive',
  driven: 'drive',
  having: 'have',
  fled: 'flee',
  hit: 'hit',
  beaten: 'beat',
  sent: 'send',
  built: 'build',
  kept: 'keep',
  bought: 'buy',
  paid: 'pay',
  spoke: 'speak',
  spoken: 'speak',
  wrote: 'write',
  written: 'write',
  chosen: 'choose',
  chose: 'choose',
  rose: 'rise',
  thrown: 'throw',
  was: 'be',
  were: 'be',
  is: 'be',
  are: 'be',
  am: 'be',
  been: 'be',
  being: 'be',
  "'s": 'be',
  has: 'have',
  had: 'have',
  did: 'do',
  does: 'do',
  became: 'become',
  began: 'begin',
  won: 'win',
  struck: 'strike',
  sought: 'seek',
  brought: 'bring',
  caught: 'catch',
  split: 'split',
  shot: 'shoot',
  made: 'make',
  said: 'say',
  told: 'tell',
  found: 'find',
  founded: 'found',
  spokesmen: 'spokesman',
  men: 'man',
  women: 'woman',
  chiefs: 'chief',
};

/** A rule lemma of a lower-case word with its UPOS. */
export function lemmatize(w: string, upos: string): string {
  const l = w.toLowerCase().replace(/[’`]/g, "'");
  if (l === "n't") return 'not';
  if (IRREGULAR[l] && (upos === 'VERB' || upos === 'AUX' || upos === 'NOUN')) return IRREGULAR[l];
  if (upos === 'NOUN' || upos === 'PROPN') {
    if (upos === 'PROPN') return l;
    if (/ies$/.test(l) && l.length > 4) return `${l.slice(0, -3)}y`;
    if (/(?:ss|us|is)$/.test(l)) return l;
    if (/(?:ches|shes|xes|sses)$/.test(l)) return l.slice(0, -2);
    if (/s$/.test(l) && l.length > 3) return l.slice(0, -1);
    return l;
  }
  if (upos === 'VERB' || upos === 'AUX') {
    if (/ied$/.test(l)) return `${l.slice(0, -3)}y`;
    if (/ies$/.test(l)) return `${l.slice(0, -3)}y`;
    for (const suf of ['ing', 'ed']) {
      if (l.endsWith(suf) && l.length > suf.length + 2) {
        const stem = l.slice(0, -suf.length);
        // "arrested" → "arrest"; readers also try stem + e and an undoubled stem
        return /([bdgkmnprt])\1$/.test(stem) ? stem.slice(0, -1) : stem;
      }
    }
    if (/(?:ches|shes|xes|sses|oes)$/.test(l)) return l.slice(0, -2);
    if (/s$/.test(l) && !/ss$/.test(l) && l.length > 3) return l.slice(0, -1);
  }
  return l;
}

const STAND_IN: Record<string, string> = {
  person: 'John',
  organization: 'IBM',
  place: 'Paris',
  handle: 'John',
};

/**
 * Parses every sentence of a segmented text. A name the mention finder found is one word
 * to the parser (a proper noun), so "Tehrik-i-Taliban Pakistan" does not come apart into
 * a clause; its other tokens hang on its last one as `flat`.
 */
export function parseDocument(
  seg: Segmented,
  mentions: readonly { start: number; end: number; type: string }[] = [],
): Syntax {
  const parser = loadParser();
  const n = seg.tokens.length;
  const upos = new Uint8Array(n);
  const head = new Int32Array(n).fill(-1);
  const rel = new Uint8Array(n);
  const lemma: string[] = new Array(n);
  const { start, end } = seg.tokens;
  const flat = Math.max(0, parser.labels.indexOf('flat'));
  const PROPN = UPOS.indexOf('PROPN');
  const spans = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  let mi = 0;
  for (const s of seg.sentences) {
    // units: [first token, last token] of each word given to the parser
    const units: [number, number][] = [];
    const words: string[] = [];
    const isName: boolean[] = [];
    for (let t = s.tFirst; t < s.tLast; t++) {
      while (mi < spans.length && spans[mi].end <= start[t]) mi++;
      const m = spans[mi];
      if (m && m.start <= start[t] && m.end > start[t]) {
        let last = t;
        while (last + 1 < s.tLast && start[last + 1] < m.end) last++;
        units.push([t, last]);
        // a common name of the same kind in its place: the tagger knows "John", not "Mehsud"
        words.push(STAND_IN[m.type] ?? 'John');
        isName.push(true);
        t = last;
        continue;
      }
      units.push([t, t]);
      words.push(seg.text.slice(start[t], end[t]));
      isName.push(false);
    }
    if (!words.length) continue;
    const tags = parser.tag(words);
    for (let k = 0; k < words.length; k++) if (isName[k]) tags[k] = PROPN;
    const p = parser.parse(words, tags);
    for (let k = 0; k < words.length; k++) {
      const [a, b] = units[k];
      const h = p.head[k];
      upos[b] = p.upos[k];
      head[b] = h < 0 ? -1 : units[h][1];
      rel[b] = p.rel[k];
      lemma[b] = isName[k]
        ? seg.text.slice(start[a], end[b]).toLowerCase()
        : lemmatize(words[k], UPOS[p.upos[k]]);
      for (let t = a; t < b; t++) {
        upos[t] = PROPN;
        head[t] = b;
        rel[t] = flat;
        lemma[t] = seg.text.slice(start[t], end[t]).toLowerCase();
      }
    }
  }
  return { upos, head, rel, labels: parser.labels, lemma };
}
