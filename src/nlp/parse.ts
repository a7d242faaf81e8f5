import { datelineEnd } from './dateline.js';
import { makeCollector } from './memory.js';
import { FREE_TAG } from './parser/tagger.js';
import { type Lemmas, P, type Segmented } from './segment.js';
import { type Syntax, syntaxAfter, UPOS } from './syntax.js';

// Stage 2: the dependency parse. Each sentence's words (its non-space tokens, as they
// stand in the text) go through the tagger and parser; heads come back as indices
// within the sentence and are stored document-wide, so a parse arc, a mention's tokens
// and a word's `t` are the same numbers. Space tokens stay outside the tree (head -1,
// the empty label).

/** What the stage needs of a parser (src/nlp/parser: `loadParser()`). */
export interface SentenceParser {
  readonly labels: readonly string[];
  parse(
    words: readonly string[],
    upos?: Uint8Array,
  ): { upos: ArrayLike<number>; head: ArrayLike<number>; rel: ArrayLike<number> };
}

const X = UPOS.indexOf('X');
const PROPN = UPOS.indexOf('PROPN');

const VERB = UPOS.indexOf('VERB');
const NOUN = UPOS.indexOf('NOUN');
/**
 * Plural nouns of supplies that are never verbs, which the tagger still reads as one after a
 * name ("a G logistics supplier", "a G munitions dealer": the name taken for a subject)
 */
const NEVER_VERB = new Set(['logistics', 'munitions']);
/**
 * Verbs of backing a group whose third person the treebank has only as plural nouns ("small
 * arms", "public finances", "the hosts"): the tagger reads "Iran arms the Houthis" as a noun
 * phrase. After a name or a pronoun (an adverb between) and before a determiner or a name,
 * such a word is the verb.
 */
const NOUN_LIKE_VERB = new Set(['arms', 'rearms', 'finances', 'hosts', 'bankrolls', 'shelters']);
/**
 * Verb forms that are never nouns, which the tagger still reads as one after a name and before
 * a preposition ("G fought alongside H", "G fought against H"; "The GA denies taking orders from
 * H"): after a name, a pronoun or a noun for fighters or a force, the verb, whatever follows.
 */
const NEVER_NOUN = new Set(['fought', 'denies']);
const SUBJECT_BEFORE = /^(?:John|IBM|Paris|he|she|it|who|which|that)$/;
const PEOPLE_BEFORE =
  /^(?:\w+men|fighters|militants|rebels|guerrillas|jihadists|troops|soldiers|forces|insurgents|mercenaries|they|army|military|police|group|militia|movement|faction)$/i;
const OBJECT_AFTER = /^(?:John|IBM|Paris|the|a|an|its|their|his|her|some|both|several|these|those)$/i;

/** an object opens at word k, or after "and" and another verb ("G arms and trains H") */
const objectAfter = (words: readonly string[], k: number): boolean =>
  OBJECT_AFTER.test(words[k] ?? '') ||
  (words[k] === 'and' && /s$/.test(words[k + 1] ?? '') && OBJECT_AFTER.test(words[k + 2] ?? ''));

/**
 * "G, a member of H, fought alongside I", "G, the armed wing of H, fights side by side with I":
 * right after the comma that closes an apposition the tagger reads the verb as a noun; "fought"
 * is then the verb, and so is "fights" before "alongside", "against" or "side by side"
 */
function afterApposition(words: readonly string[], i: number, w: string): boolean {
  // (an adverb may stand between: "G, a network of militias, once fought alongside H")
  const j = i > 1 && APPOSITION_ADVERB.test(words[i - 1]) ? i - 1 : i;
  if (words[j - 1] !== ',') return false;
  return NEVER_NOUN.has(w) || (w === 'fights' && /^(?:alongside|against|side)$/.test(words[i + 1] ?? ''));
}

/** adverbs that may stand between an apposition's comma and its verb */
const APPOSITION_ADVERB = /^(?:once|later|also|then|long|previously|reportedly|allegedly|now|still)$/;

/** backing verbs the tagger reads as plural nouns when no object follows them */
const BACKING_VERB = new Set([
  'arms',
  'rearms',
  'finances',
  'hosts',
  'bankrolls',
  'shelters',
  'backs',
  'funds',
]);
const RELATIVISER = /^(?:that|which|whom)$/;

/**
 * "G, a militia that Iran arms and funds, …": in a relative clause whose object is the noun it
 * describes, a backing verb right after the clause's named subject (past "the" before the name,
 * an adverb after it), or joined by "and" to such a verb, is the verb
 */
function objectRelativeVerb(
  words: readonly string[],
  i: number,
  w: string,
  hints: Uint8Array | undefined,
): boolean {
  if (!BACKING_VERB.has(w)) return false;
  if (words[i - 1] === 'and' && hints !== undefined && hints[i - 2] === VERB) return true;
  let j = i - 1;
  if (j > 0 && /ly$|^(?:also|still|now|long|once)$/.test(words[j])) j--;
  if (!/^(?:John|IBM|Paris)$/.test(words[j] ?? '')) return false;
  j--;
  if (words[j] === 'the') j--;
  return RELATIVISER.test(words[j] ?? '');
}

/**
 * Backing verbs whose plain present form is also a noun or an adverb: after a plural subject
 * the tagger reads "G's leaders back H", "A and B support H" as a noun phrase ("back" an
 * adverb, "support" a noun), and the backing is lost.
 */
const PLURAL_BACKING_VERB = new Set(['back', 'support', 'fund', 'finance']);
/** plural subjects such a verb follows: a group's people, who stand for it in backing */
const PLURAL_BACKER = /^(?:leaders|members|commanders|officials)$/i;
/** words before a name that make what follows it a noun phrase ("with G support", "for G funding") */
const NOUN_PHRASE_BEFORE = /^(?:with|without|of|for|from|by|to|on|in|under|over|about|and|or|,)$/i;

/**
 * "A and B back H", "G's leaders support H", "leaders of G fund H": a backing verb of
 * PLURAL_BACKING_VERB after a plural subject (a group's people, or two names joined by "and";
 * an adverb may stand between) and before an object
 */
function pluralBackingVerb(words: readonly string[], i: number, w: string): boolean {
  if (!PLURAL_BACKING_VERB.has(w) || !objectAfter(words, i + 1)) return false;
  let j = i - 1;
  if (j > 0 && /ly$|^(?:also|still|now|long|all|both|reportedly|allegedly)$/i.test(words[j])) j--;
  if (PLURAL_BACKER.test(words[j] ?? '')) return true;
  // ("leaders of G back H": the plural noun before the group)
  if (/^(?:John|IBM|Paris)$/.test(words[j] ?? '')) {
    const k = words[j - 1] === 'the' ? j - 2 : j - 1;
    if (words[k] === 'of' && PLURAL_BACKER.test(words[k - 1] ?? '')) return true;
  }
  // ("A and B back H": two names; not "with A and B support", a noun phrase)
  if (!/^(?:John|IBM|Paris)$/.test(words[j] ?? '')) return false;
  let k = words[j - 1] === 'the' ? j - 2 : j - 1;
  if (words[k] !== 'and' || !/^(?:John|IBM|Paris)$/.test(words[k - 1] ?? '')) return false;
  k -= 2;
  if (/^(?:the|both)$/i.test(words[k] ?? '')) k--;
  return k < 0 || !NOUN_PHRASE_BEFORE.test(words[k]);
}

/**
 * "G forms part of H", "G fights as part of H", "G serves as H's armed wing": after a name or a
 * pronoun, a verb form the tagger reads as a plural noun is the verb before these words (parts38)
 */
const VERB_BEFORE_ROLE = new Map<string, RegExp>([
  ['forms', /^part$/],
  ['fights', /^(?:as|under|alongside)$/],
  ['serves', /^as$/],
  ['operates', /^(?:as|under|within)$/],
  ['acts', /^as$/],
]);
function verbBeforeRole(words: readonly string[], i: number, w: string): boolean {
  const next = VERB_BEFORE_ROLE.get(w);
  if (!next?.test(words[i + 1] ?? '')) return false;
  let j = i - 1;
  if (j > 0 && /ly$|^(?:also|still|now|long|once)$/.test(words[j])) j--;
  return SUBJECT_BEFORE.test(words[j] ?? '');
}

/** Tags fixed ahead of the tagger for such verbs, or undefined when the sentence has none. */
function verbHints(words: readonly string[]): Uint8Array | undefined {
  let hints: Uint8Array | undefined;
  for (let i = 1; i + 1 < words.length; i++) {
    const w = words[i].toLowerCase();
    if (NEVER_VERB.has(w)) {
      hints ??= new Uint8Array(words.length).fill(FREE_TAG);
      hints[i] = NOUN;
      continue;
    }
    if (
      afterApposition(words, i, w) ||
      objectRelativeVerb(words, i, w, hints) ||
      pluralBackingVerb(words, i, w) ||
      verbBeforeRole(words, i, w)
    ) {
      hints ??= new Uint8Array(words.length).fill(FREE_TAG);
      hints[i] = VERB;
      continue;
    }
    if (!NEVER_NOUN.has(w) && (!NOUN_LIKE_VERB.has(w) || !objectAfter(words, i + 1))) continue;
    let j = i - 1;
    if (j > 0 && /ly$|^(?:also|still|now|long|once|later|openly|reportedly|allegedly)$/.test(words[j])) j--;
    // ("G trains and arms H": the subject of the verb it is joined to)
    if (j > 1 && words[j] === 'and' && /s$/.test(words[j - 1])) j -= 2;
    // (a noun for fighters or a force may stand before it: "G gunmen fought", "the army fought")
    if (!SUBJECT_BEFORE.test(words[j]) && !(NEVER_NOUN.has(w) && PEOPLE_BEFORE.test(words[j]))) continue;
    hints ??= new Uint8Array(words.length).fill(FREE_TAG);
    hints[i] = VERB;
  }
  return hints;
}

/** past forms of verbs of acts of force that do not end in "-ed" */
const IRREGULAR_PAST = new Set([
  'struck',
  'fought',
  'shot',
  'overran',
  'drove',
  'hit',
  'took',
  'slew',
  'blew',
]);

/**
 * "Ethiopian troops battled G fighters near P", "Jihadists killed 17 soldiers …, the ministry
 * said", "Israeli jets struck depots held by G" (fights36): right after a plural noun the
 * parser reads a verb's past form as a participle describing the noun (`acl`, or `amod` on the
 * noun after it) and leaves the sentence without its verb. A participle that describes the noun
 * before it takes no direct object ("troops deployed in P", "insurgents linked to G"), so one that
 * has one (its `obj`, or, read as an adjective, the noun it is set on) is the verb, with the noun
 * its subject; it takes the noun's place in the tree (the verb a "said" closing the sentence
 * reports: `ccomp`). Not past an auxiliary, a subject or a "by" agent of its own.
 */
function finiteVerbAfterPlural(
  words: readonly string[],
  upos: ArrayLike<number>,
  head: Int32Array,
  rel: Uint8Array,
  labels: readonly string[],
): void {
  const labelId = (name: string) => labels.indexOf(name);
  const acl = labelId('acl');
  const amod = labelId('amod');
  const nsubj = labelId('nsubj');
  const obj = labelId('obj');
  const root = labelId('root');
  const ccomp = labelId('ccomp');
  const parataxis = labelId('parataxis');
  const NOUN = UPOS.indexOf('NOUN');
  if (acl < 0 || amod < 0 || nsubj < 0 || obj < 0 || ccomp < 0) return;
  const own = new Set(
    ['aux', 'aux:pass', 'nsubj', 'nsubj:pass', 'obl:agent', 'expl', 'cop', 'mark'].map(labelId),
  );
  for (let v = 1; v < words.length; v++) {
    if (upos[v] !== VERB || (rel[v] !== acl && rel[v] !== amod)) continue;
    const n = v - 1;
    if (upos[n] !== NOUN || !/(?:\p{Ll}s|\p{Ll}men)$/u.test(words[n])) continue;
    const w = words[v].toLowerCase();
    if (!/[^e]ed$/.test(w) && !IRREGULAR_PAST.has(w)) continue;
    let kids = false;
    let object = -1;
    for (let k = 0; k < words.length; k++) {
      if (head[k] !== v) continue;
      if (own.has(rel[k])) kids = true;
      if (rel[k] === obj && k > v) object = k;
    }
    if (kids) continue;
    if (rel[v] === acl) {
      if (head[v] !== n || object < 0) continue;
    } else {
      // ("jets struck positions": the verb read as an adjective on its object)
      const m = head[v];
      if (m <= v || upos[m] !== NOUN || head[m] !== n) continue;
      object = m;
    }
    // the noun's place: a root, a clause, or the subject or object of a verb whose own subject
    // is another ("…, the ministry said": the verb it reports)
    const h = head[n];
    let place = -1;
    // (not a conjunct: "clashes between A and the rebels killed 30 people" is the clashes' act)
    if (rel[n] === root || rel[n] === ccomp || rel[n] === parataxis) place = rel[n];
    else if ((rel[n] === nsubj || rel[n] === obj) && h >= 0 && upos[h] === VERB) {
      let subj = false;
      for (let k = 0; k < words.length; k++) if (k !== n && head[k] === h && rel[k] === nsubj) subj = true;
      if (subj || rel[n] === obj) place = ccomp;
    }
    if (place < 0) continue;
    head[v] = h;
    rel[v] = place;
    head[n] = v;
    rel[n] = nsubj;
    head[object] = v;
    rel[object] = obj;
  }
}

/** verbs of saying, denying and believing that take a clause with no "that" */
const SAYS_CLAUSE =
  /^(?:say|says|said|saying|deny|denies|denied|denying|insist|insists|insisted|insisting|believe|believes|believed|think|thinks|thought|allege|alleges|alleged|suggest|suggests|suggested|acknowledge|acknowledges|acknowledged|admit|admits|admitted|maintain|maintains|maintained|argue|argues|argued|confirm|confirms|confirmed|reject|rejects|rejected)$/i;
/** the words a clause's verb may have before it, after its subject ("had", "was never", "is not") */
const CLAUSE_LEFT = new Set(['aux', 'aux:pass', 'cop', 'advmod']);

/**
 * "G denied the group had links to H", "X said the movement was linked to H": with no "that",
 * the parser reads the clause's subject as the speech verb's object and the clause as its
 * complement (or as a second verb conjoined with no "and"). A verb of saying, denying or
 * believing whose object is followed at once by a clause verb with no subject of its own (only
 * its auxiliaries, a copula or an adverb between) has said that clause: the noun is its subject.
 * (parts38)
 */
function clauseAfterObject(
  words: readonly string[],
  head: Int32Array,
  rel: Uint8Array,
  labels: readonly string[],
): void {
  const labelId = (name: string) => labels.indexOf(name);
  const obj = labelId('obj');
  const ccomp = labelId('ccomp');
  const conj = labelId('conj');
  const nsubj = labelId('nsubj');
  const nsubjPass = labelId('nsubj:pass');
  const auxPass = labelId('aux:pass');
  const advcl = labelId('advcl');
  const helpers = new Set(['aux', 'aux:pass', 'cop'].map(labelId));
  if (obj < 0 || ccomp < 0 || conj < 0 || nsubj < 0 || nsubjPass < 0) return;
  const left = new Set([...CLAUSE_LEFT].map(labelId));
  const subjects = new Set(['nsubj', 'nsubj:pass', 'expl', 'csubj', 'mark', 'cc', 'punct'].map(labelId));
  const n = words.length;
  for (let v = 0; v < n; v++) {
    if (!SAYS_CLAUSE.test(words[v])) continue;
    let o = -1;
    let x = -1;
    for (let k = v + 1; k < n; k++) {
      if (head[k] !== v) continue;
      if (rel[k] === obj && o < 0) o = k;
      else if ((rel[k] === ccomp || rel[k] === conj || rel[k] === advcl) && o >= 0 && x < 0) x = k;
    }
    if (o < 0 || x < 0) continue;
    // (an adverbial clause only with an auxiliary or a copula of its own: "denied the movement
    // was affiliated with H")
    if (rel[x] === advcl) {
      let helped = false;
      for (let k = o + 1; k < x; k++) if (head[k] === x && helpers.has(rel[k])) helped = true;
      if (!helped) continue;
    }
    // the object's last word, then the clause's first: nothing else between
    let last = o;
    for (let changed = true; changed; ) {
      changed = false;
      for (let k = last + 1; k < x; k++) {
        let a = head[k];
        while (a >= 0 && a !== o && a !== v) a = head[a];
        if (a === o) {
          last = k;
          changed = true;
        }
      }
    }
    let first = x;
    let ok = true;
    for (let k = 0; k < n; k++) {
      if (head[k] !== x) continue;
      if (subjects.has(rel[k]) && k < x) ok = false;
      if (rel[k] === nsubj || rel[k] === nsubjPass || rel[k] === labelId('expl')) ok = false;
      if (k < x) {
        if (!left.has(rel[k])) ok = false;
        first = Math.min(first, k);
      }
    }
    if (!ok || first !== last + 1) continue;
    let passive = false;
    for (let k = 0; k < x; k++) if (head[k] === x && rel[k] === auxPass) passive = true;
    head[x] = v;
    rel[x] = ccomp;
    head[o] = x;
    rel[o] = passive ? nsubjPass : nsubj;
  }
}

/**
 * "X serves as the armed wing of G", "X was created in 2012 as the armed wing of G": the parser
 * may make "as" a word of the verb (`fixed`, `reparandum`) and the role its object; the role is
 * the verb's "as" phrase (`obl`, "as" its `case`), as "X served as head of G" is read. (parts38)
 */
function asPhraseOnVerb(
  words: readonly string[],
  upos: ArrayLike<number>,
  head: Int32Array,
  rel: Uint8Array,
  labels: readonly string[],
): void {
  const odd = new Set(['fixed', 'reparandum'].map((l) => labels.indexOf(l)));
  const obj = labels.indexOf('obj');
  const obl = labels.indexOf('obl');
  const kase = labels.indexOf('case');
  if (obj < 0 || obl < 0 || kase < 0) return;
  for (let a = 1; a < words.length; a++) {
    if (words[a].toLowerCase() !== 'as' || !odd.has(rel[a])) continue;
    const v = head[a];
    if (v < 0 || upos[v] !== VERB) continue;
    let n = -1;
    let other = false;
    for (let k = 0; k < words.length; k++) {
      if (head[k] !== a) continue;
      if (rel[k] === obj && k > a && n < 0 && (upos[k] === NOUN || upos[k] === PROPN)) n = k;
      else other = true;
    }
    if (n < 0 || other) continue;
    head[n] = v;
    rel[n] = obl;
    head[a] = n;
    rel[a] = kase;
  }
}

/** A name the mention finder found: the parser reads it as one word. */
export interface NameSpan {
  start: number;
  end: number;
  type: string;
}

/**
 * A common name of the same kind stands in for each found name: the tagger knows "John"
 * and "IBM" as proper nouns wherever they stand, but takes "Mehsud leads" for a compound
 * and "Tehrik-i-Taliban Pakistan" apart into a clause.
 */
const STAND_IN: Record<string, string> = { person: 'John', organization: 'IBM', place: 'Paris' };

/**
 * Parses every sentence of a segmented text. `lemmas` (one per token, from the
 * segmenter) become the parse's lemmas; without them each token's lower-cased text.
 * Each of `names` is one word to the parser; its other tokens hang on its last as `flat`.
 */
export function parseSegmented(
  seg: Segmented,
  parser: SentenceParser,
  lemmas?: Lemmas,
  names: readonly NameSpan[] = [],
  opts: { lazy?: boolean } = {},
): Syntax {
  const { tokens, text } = seg;
  const n = tokens.length;
  const upos = new Uint8Array(n).fill(X);
  const head = new Int32Array(n).fill(-1);
  const rel = new Uint8Array(n);
  const labels = [...parser.labels];
  if (labels.length >= 255) throw new Error(`parser has ${labels.length} labels; at most 254 fit`);
  const none = labels.push('') - 1;
  rel.fill(none);
  const idx: number[] = [];
  const words: string[] = [];
  const inner: number[] = [];
  const flat = Math.max(0, labels.indexOf('flat'));
  const spans = names.filter((m) => m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
  let ni = 0;
  // long texts: a full collection every ~1 M characters parsed (memory.ts)
  const collect = makeCollector();
  // one stretch of a sentence's tokens, [from, to), parsed as a sentence of its own
  const parseRange = (from: number, to: number) => {
    idx.length = 0;
    words.length = 0;
    inner.length = 0;
    for (let t = from; t < to; t++) {
      if (tokens.pos[t] === P.SPACE) continue;
      while (ni < spans.length && spans[ni].end <= tokens.start[t]) ni++;
      const m = spans[ni];
      if (m && m.start <= tokens.start[t]) {
        // the name's tokens: the last one is its node, the others hang on it
        let last = t;
        while (last + 1 < to && tokens.start[last + 1] < m.end) last++;
        for (let k = t; k < last; k++) if (tokens.pos[k] !== P.SPACE) inner.push(k, last);
        idx.push(last);
        words.push(STAND_IN[m.type] ?? 'John');
        t = last;
        continue;
      }
      idx.push(t);
      words.push(text.slice(tokens.start[t], tokens.end[t]));
    }
    if (!idx.length) return;
    const p = parser.parse(words, verbHints(words));
    const ph = Int32Array.from(p.head);
    const pr = Uint8Array.from(p.rel);
    finiteVerbAfterPlural(words, p.upos, ph, pr, labels);
    clauseAfterObject(words, ph, pr, labels);
    asPhraseOnVerb(words, p.upos, ph, pr, labels);
    for (let i = 0; i < idx.length; i++) {
      const t = idx[i];
      upos[t] = p.upos[i];
      const h = ph[i];
      head[t] = h < 0 || h >= idx.length ? -1 : idx[h];
      rel[t] = pr[i];
    }
    for (let k = 0; k < inner.length; k += 2) {
      upos[inner[k]] = PROPN;
      head[inner[k]] = inner[k + 1];
      rel[inner[k]] = flat;
    }
  };
  const parseSentence = (s: Segmented['sentences'][number]) => {
    // "PESHAWAR, Pakistan (Reuters) - A suicide bomber rammed …": the dateline is parsed apart,
    // or the parser hangs the sentence's subject on the town
    const dl = datelineEnd(text.slice(s.start, Math.min(s.end, s.start + 160)));
    let cut = s.tFirst;
    if (dl > 0) while (cut < s.tLast && tokens.start[cut] < s.start + dl) cut++;
    if (cut > s.tFirst && cut < s.tLast) parseRange(s.tFirst, cut);
    else cut = s.tFirst;
    parseRange(cut, s.tLast);
  };
  const base = { upos, head, rel, labels };
  const lazy = opts.lazy ? lazyParse(seg, spans, parseSentence, (i) => (ni = i)) : null;
  if (lazy) Object.assign(base, lazy);
  else
    for (const s of seg.sentences) {
      collect(s.end);
      parseSentence(s);
    }
  if (!lemmas) return { ...base, lemma: lowerCased(seg) };
  return withLemmaIds(base, lemmas.ids, lemmas.list);
}

/**
 * The parse on demand (`lazy`): a sentence is tagged and parsed when a reader first asks
 * for one of its tokens (syntax.ts calls `fill`), and only then. Each sentence is parsed on
 * its own, so the arcs are those an eager parse gives. `todo` marks the tokens of the
 * sentences not parsed yet. Null when the sentences' token ranges are not in order and
 * apart (the eager parse then runs).
 */
function lazyParse(
  seg: Segmented,
  spans: readonly NameSpan[],
  parseSentence: (s: Segmented['sentences'][number]) => void,
  setName: (i: number) => void,
): Pick<Syntax, 'todo' | 'fill'> | null {
  const { sentences, tokens } = seg;
  const todo = new Uint8Array(tokens.length);
  let prev = 0;
  for (const s of sentences) {
    if (s.tFirst < prev || s.tLast < s.tFirst) return null;
    todo.fill(1, s.tFirst, s.tLast);
    prev = s.tLast;
  }
  // the eager pass reaches a sentence with its name cursor on the first span (in sorted
  // order) that ends after the token it checks: the first whose running maximum end does
  const maxEnd = new Int32Array(spans.length);
  let m = -1;
  for (let i = 0; i < spans.length; i++) maxEnd[i] = m = Math.max(m, spans[i].end);
  const fill = (t: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].tFirst <= t) lo = mid;
      else hi = mid - 1;
    }
    const s = sentences[lo];
    todo.fill(0, s.tFirst, s.tLast);
    if (t < s.tFirst || t >= s.tLast) return;
    const at = s.tFirst < tokens.start.length ? tokens.start[s.tFirst] : 0;
    let a = 0;
    let b = spans.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (maxEnd[mid] > at) b = mid;
      else a = mid + 1;
    }
    setName(a);
    parseSentence(s);
    syntaxAfter.get(todo)?.(lo);
  };
  return { todo, fill };
}

/**
 * The parse with its lemmas as ids. Built outside `parseSegmented` on purpose: a getter
 * made in there would share its closure context, which holds the parser and its scratch
 * arrays, and keep the whole model (~25 MB) alive as long as the parse.
 */
function withLemmaIds(
  parse: Pick<Syntax, 'upos' | 'head' | 'rel' | 'labels' | 'todo' | 'fill'>,
  ids: Uint32Array,
  list: readonly string[],
): Syntax {
  const syntax = { ...parse, lemmaIds: ids, lemmaList: list } as Omit<Syntax, 'lemma'>;
  // the plain array only if a reader asks for it (lemmaOf reads the ids)
  let materialised: string[] | null = null;
  Object.defineProperty(syntax, 'lemma', {
    enumerable: true,
    get(): string[] {
      materialised ??= Array.from(ids, (id) => list[id]);
      return materialised;
    },
  });
  return syntax as Syntax;
}

function lowerCased(seg: Segmented): string[] {
  const intern = new Map<string, string>();
  const out = new Array<string>(seg.tokens.length);
  for (let t = 0; t < seg.tokens.length; t++) {
    const w = seg.text.slice(seg.tokens.start[t], seg.tokens.end[t]).toLowerCase();
    let s = intern.get(w);
    if (s === undefined) {
      s = w;
      intern.set(w, w);
    }
    out[t] = s;
  }
  return out;
}
