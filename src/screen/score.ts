// Name-against-name scoring with an explanation. The arithmetic is names.ts's
// nameSimilarity (order-free greedy alignment, Dice-style score, particles and
// titles free, a dropped middle name or leading Muhammad cheap for people), and
// the pieces (consonantsAgree, sharesHonorific, sideWeight, PAIR_MIN) are
// imported from there. Screening adds: Arabic-script tokens compared by
// consonants, initials, a Jaro-Winkler gate on consonant agreement, and a
// record of how each part matched.
import { consonantsAgree, jaroWinkler, PAIR_MIN, sharesHonorific, sideWeight } from '../nlp/names.js';
import { internedCount, type ScreenName, type Tok } from './tokens.js';

type PartHow = 'exact' | 'transliteration' | 'phonetic' | 'initial' | 'missing' | 'extra';

export interface PartMatch {
  how: PartHow;
  /** the query's token (folded), absent for a missing part */
  query?: string;
  /** the listed name's token (folded or transliterated), absent for an extra part */
  listed?: string;
  /** token similarity 0..1, or the weight an unmatched part cost */
  similarity: number;
}

const HOW_EXACT = 0;
const HOW_TRANSLIT = 1;
const HOW_PHONETIC = 2;
const HOW_INITIAL = 3;
const HOW_NONE = 4;
const HOWS: PartHow[] = ['exact', 'transliteration', 'phonetic', 'initial'];

/** An initial against a name starting with its letter. (Pairs below names.ts's PAIR_MIN do not align unless they are an initial.) */
const INITIAL_SIM = 0.7;

let lastHow = HOW_NONE;

/** Similarity of two tokens; the kind of match is left in lastHow. */
function tokSim(a: Tok, b: Tok): number {
  if (a.text === b.text) {
    lastHow = HOW_EXACT;
    return 1;
  }
  if (a.unvoc || b.unvoc) {
    // Unvocalised script against a spelling: consonants are all there is.
    // Whether the word starts with a vowel is written in both scripts (Ayman / منان differ).
    if (
      a.bare === b.bare &&
      a.bare.length >= 2 &&
      a.vowelInitial === b.vowelInitial &&
      a.vowelEnd === b.vowelEnd
    ) {
      lastHow = HOW_TRANSLIT;
      return 0.92;
    }
    lastHow = HOW_NONE;
    return 0;
  }
  if (a.light === b.light) {
    lastHow = HOW_TRANSLIT;
    return 0.97;
  }
  if (a.text.length === 1 || b.text.length === 1) {
    lastHow = a.light[0] === b.light[0] ? HOW_INITIAL : HOW_NONE;
    return lastHow === HOW_INITIAL ? INITIAL_SIM : 0;
  }
  const jwLight = jaroWinkler(a.light, b.light);
  // consonantsAgree also refuses a final vowel on one side only, a suffix rather
  // than a spelling: the nisba -i (Abbas/Abbasi, Ahmad/Ahmadi) or feminine -a (Karim/Karima).
  if (consonantsAgree(a, b)) {
    // Same consonants but JW far apart (Memon / Muminin) is coincidence, not romanisation.
    // Consonants merged across a vowel ("mimun"/"mian" both collapse to m-n) need a closer JW.
    if (jwLight >= 0.9 || (jwLight >= 0.82 && a.strict === b.strict)) {
      lastHow = HOW_PHONETIC;
      return Math.min(0.85 + 0.1 * jwLight, 0.96);
    }
  }
  lastHow = HOW_NONE;
  return jwLight * 0.8;
}

// Scratch space: names have a handful of tokens.
let sims = new Float64Array(256);
let hows = new Uint8Array(256);
let usedQ = new Uint8Array(16);
let usedL = new Uint8Array(16);
let pairOfQ = new Int32Array(16);

export interface NameScore {
  score: number;
  parts: PartMatch[];
  notes: string[];
}

const MEMO_TOKENS = 8;
let memoStride = 0;
let memoStamp = new Int32Array(0);
let memoSim = new Float64Array(0);
let memoHow = new Uint8Array(0);
let stampCounter = 0;

// The hot path returns one reused object: callers read .score at once.
const reused: NameScore = { score: 0, parts: [], notes: [] };
function NO_PARTS_RESULT(score: number): NameScore {
  reused.score = score;
  return reused;
}

/** A token used by at least this many listed people is common ("Muhammad", "Khan", "Ahmed"). */
const COMMON_COUNT = 15;
/** A partial match resting only on common names is weak evidence. */
const COMMON_ONLY_FACTOR = 0.9;

/**
 * 0..1 score of query name q against listed name l; `person` turns on the
 * allowances for people's names (missing middle names, leading Muhammad).
 * With `explain`, the parts say how each token matched.
 */
export function scoreName(
  q: ScreenName,
  l: ScreenName,
  person: boolean,
  explain: boolean,
  personTokenCount?: Map<string, number>,
): NameScore {
  const cq = q.content;
  const cl = l.content;
  const n = cq.length;
  const m = cl.length;
  if (n === 0 || m === 0) return explain ? { score: 0, parts: [], notes: [] } : NO_PARTS_RESULT(0);
  if (n * m > sims.length) {
    sims = new Float64Array(n * m * 2);
    hows = new Uint8Array(n * m * 2);
  }
  if (n > usedQ.length) {
    usedQ = new Uint8Array(n * 2);
    pairOfQ = new Int32Array(n * 2);
  }
  if (m > usedL.length) usedL = new Uint8Array(m * 2);
  // Token similarities are kept per query (stamp) for listed tokens by interned id.
  if (internedCount() > memoStride) {
    memoStride = internedCount() + 1024;
    memoStamp = new Int32Array(memoStride * MEMO_TOKENS);
    memoSim = new Float64Array(memoStride * MEMO_TOKENS);
    memoHow = new Uint8Array(memoStride * MEMO_TOKENS);
    q.stamp = 0;
  }
  if (!q.stamp) q.stamp = ++stampCounter;
  const stamp = q.stamp;
  for (let i = 0; i < n; i++) {
    usedQ[i] = 0;
    pairOfQ[i] = -1;
    const a = cq[i];
    const base = i < MEMO_TOKENS ? i * memoStride : -1;
    for (let j = 0; j < m; j++) {
      const b = cl[j];
      if (base >= 0 && b.id >= 0 && b.id < memoStride) {
        const slot = base + b.id;
        if (memoStamp[slot] === stamp) {
          sims[i * m + j] = memoSim[slot];
          hows[i * m + j] = memoHow[slot];
          continue;
        }
        const sim = tokSim(a, b);
        memoStamp[slot] = stamp;
        memoSim[slot] = sim;
        memoHow[slot] = lastHow;
        sims[i * m + j] = sim;
        hows[i * m + j] = lastHow;
      } else {
        sims[i * m + j] = tokSim(a, b);
        hows[i * m + j] = lastHow;
      }
    }
  }
  usedL.fill(0, 0, m);
  let total = 0;
  let matched = 0;
  for (;;) {
    let best = 0;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (usedQ[i]) continue;
      for (let j = 0; j < m; j++) {
        if (usedL[j]) continue;
        const s = sims[i * m + j];
        const h = hows[i * m + j];
        if (h === HOW_NONE || (h !== HOW_INITIAL && s < PAIR_MIN)) continue;
        if (s > best) {
          best = s;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0) break;
    usedQ[bi] = 1;
    usedL[bj] = 1;
    pairOfQ[bi] = bj;
    total += best;
    matched++;
  }
  const support = matched >= 2 || (matched === 1 && sharesHonorific(q, l));
  // A dropped middle name is forgiven on one side only: unmatched names on
  // both sides disagree ("Ibrahim Hamid Memon" / "Ibrahim Razaaq Memon").
  const allowQ = person && matched === m;
  const allowL = person && matched === n;
  const wq = sideWeight(cq, usedQ, matched, support, allowQ, allowQ);
  const costsL: number[] | null = explain ? [] : null;
  const wl = sideWeight(cl, usedL, matched, support, allowL, allowL, costsL);
  let score = (2 * total) / (wq + wl);
  let commonOnly = false;
  if (person && personTokenCount && (matched < n || matched < m)) {
    commonOnly = true;
    for (let j = 0; j < m && commonOnly; j++)
      if (usedL[j] && (personTokenCount.get(cl[j].cons) ?? 0) < COMMON_COUNT) commonOnly = false;
    if (commonOnly) score *= COMMON_ONLY_FACTOR;
  }
  let last = -1;
  for (let i = 0; i < n; i++) {
    const j = pairOfQ[i];
    if (j < 0) continue;
    if (j < last) {
      // Same tokens in another order ("Zawahiri Ayman") are slightly less convincing.
      score *= 0.97;
      break;
    }
    last = j;
  }
  // "Alqaeda" / "Al Qaeda", "Abubakr" / "Abu Bakr".
  if (score < 0.95 && q.joined.length >= 4 && q.joined === l.joined) score = 0.95;
  score = Math.min(score, 1);
  if (!explain) return NO_PARTS_RESULT(score);
  const notes = commonOnly ? [`partial match on common names only: x${COMMON_ONLY_FACTOR}`] : [];

  const parts: PartMatch[] = [];
  const qOfL = new Int32Array(m).fill(-1);
  for (let i = 0; i < n; i++) if (pairOfQ[i] >= 0) qOfL[pairOfQ[i]] = i;
  for (let j = 0; j < m; j++) {
    const i = qOfL[j];
    if (i >= 0) {
      parts.push({
        how: HOWS[hows[i * m + j]],
        query: cq[i].text,
        listed: cl[j].text,
        similarity: round(sims[i * m + j]),
      });
    } else parts.push({ how: 'missing', listed: cl[j].text, similarity: costsL?.[j] ?? 1 });
  }
  for (let i = 0; i < n; i++) {
    if (pairOfQ[i] < 0) parts.push({ how: 'extra', query: cq[i].text, similarity: 1 });
  }
  return { score, parts, notes };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
