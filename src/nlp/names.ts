// Name similarity for people and organisations named in transliteration
// (Urdu, Pashto, Arabic, Persian → English news spelling). The same person
// shows up as "Asad al Khorasani", "Asad Khorsani"; the same group as
// "Al Qaeda", "Al Queda", "al-Qaida". Plain edit distance both over-merges
// ("Khalid Khan" / "Khalil Khan") and under-merges ("Hizbul" / "Hizb ut-"), so
// scoring works on tokens: particles and honorifics are set aside, each token
// is reduced to romanisation-invariant keys, and tokens are aligned across the
// two names (order-free) with a Dice-style score where an unmatched full token
// costs as much as a matched one earns.
// Folding (any-ascii, lower case, apostrophes removed) is knowledge/fold.ts's foldName.
import { asciiWithoutApostrophes, foldName } from '../knowledge/fold.js';
import {
  AMBIGUOUS_NAME_PARTICLES,
  HONORIFICS_ALSO_NAMES,
  NAME_HONORIFICS,
  NAME_PARTICLES,
  ORG_NAME_CONNECTIVES,
  PERSON_TITLES,
  TRAILING_HONORIFICS,
} from '../knowledge/titles.js';

// ---------------------------------------------------------------- tokens

interface NameToken {
  /** folded text */
  text: string;
  /** a particle (al, ul, bin, abu, e, of, …): ignored by scoring when unmatched */
  weak: boolean;
}

export interface NameParts {
  tokens: NameToken[];
  /** leading/trailing titles set aside (folded), in order, so callers can keep them for display */
  honorifics: string[];
}

function words(list: string): string[] {
  return list.split(' ');
}

// Particles (weak when unmatched) and the titles set aside from the edges of a
// name (never when the title is all there is: "Mufti" alone stays a name) are
// knowledge/titles.ts's lists. Honorifics that double as names ("Mir Ali") stay.
const PARTICLES: ReadonlySet<string> = new Set([
  ...NAME_PARTICLES,
  ...AMBIGUOUS_NAME_PARTICLES,
  ...ORG_NAME_CONNECTIVES,
]);
const LEADING_HONORIFICS: ReadonlySet<string> = new Set([
  ...[...NAME_HONORIFICS].filter((h) => !HONORIFICS_ALSO_NAMES.has(h)),
  ...[...PERSON_TITLES.keys()].filter((t) => /^[a-z]+$/.test(t)),
]);

// Sun-letter assimilation: "Hizbut Tahrir", "Jamaatud Dawa", "Abdur Rahman".
// A glued u+C ending is the article only when the next word starts with C;
// "ul" (moon letters) is glued before anything. The stem must be ≥ 4 letters
// so names that merely end in -ul ("Rasul", "Kabul") stay whole.
const GLUED_ARTICLE = /^([a-z]{4,}?)u(l|t|th|d|dh|r|z|s|sh|n)$/;
// "Abdul", "Abdur", "Abdussalam", "Abdulrahman" → abd + article (+ rest);
// "Abdullah" is one name and stays whole.
const ABD_GLUED = /^abd(u(?:l|t|d|r|z|s|sh|n))([a-z]{4,})?$/;
// "Abubakar" → abu + bakar.
const ABU_GLUED = /^abu([a-z]{4,})$/;

function splitToken(t: string, next: string | undefined, out: NameToken[]): void {
  if (PARTICLES.has(t)) {
    out.push({ text: t, weak: true });
    return;
  }
  const abd = ABD_GLUED.exec(t);
  if (abd && !/^abdull?ah?$/.test(t) && (abd[2] !== undefined || next !== undefined)) {
    out.push({ text: 'abd', weak: true }, { text: abd[1], weak: true });
    if (abd[2] !== undefined) out.push({ text: abd[2], weak: false });
    return;
  }
  const abu = ABU_GLUED.exec(t);
  if (abu) {
    out.push({ text: 'abu', weak: true }, { text: abu[1], weak: false });
    return;
  }
  if (next !== undefined) {
    const m = GLUED_ARTICLE.exec(t);
    if (m && (m[2] === 'l' || next.startsWith(m[2]))) {
      out.push({ text: m[1], weak: false }, { text: 'u' + m[2], weak: true });
      return;
    }
  }
  out.push({ text: t, weak: false });
}

/**
 * Folded tokens with particles split off and marked weak, honorifics set aside.
 * "Ahrarul Hind", "Ahrar-ul-Hind" → ahrar, ul(weak), hind;
 * "Hizbut Tahrir", "Hizb ut-Tahrir" → hizb, ut(weak), tahrir.
 */
export function nameTokens(s: string): NameParts {
  const raw = foldName(s)
    .split(' ')
    .filter((w) => w.length > 0);
  const honorifics: string[] = [];
  let lo = 0;
  let hi = raw.length;
  while (hi - lo > 1 && LEADING_HONORIFICS.has(raw[lo])) honorifics.push(raw[lo++]);
  const trailing: string[] = [];
  while (hi - lo > 1 && TRAILING_HONORIFICS.has(raw[hi - 1])) trailing.unshift(raw[--hi]);
  honorifics.push(...trailing);
  const tokens: NameToken[] = [];
  for (let i = lo; i < hi; i++) splitToken(raw[i], i + 1 < hi ? raw[i + 1] : undefined, tokens);
  return { tokens, honorifics };
}

// ---------------------------------------------------------------- skeletons

// Spellings of one name that differ by more than vowels/digraphs.
const MUHAMMAD = new Set(
  words(
    'muhammad mohammad mohammed muhammed mohamed mohamad muhamad muhamed mohammod mohamud muhammet ' +
      'mehmet mohd muhd',
  ),
);

// Two keys, because romanisation varies on two axes. Vowel *quality* drifts
// (Khorasani/Khurasani, Tehrik/Tehreek, Qaeda/Qaida) but the vowels are there:
// the light key keeps vowel positions with quality reduced to three classes,
// so equal light keys are near-certain matches (≥ 0.95). Vowel *presence*
// drifts too (Khorsani/Khorasani, Zawahri/Zawahiri, Fazullah/Fazlullah after
// collapsing): the consonant key ignores vowels, but it is coarse — Umar/Umair
// collide — so it only lifts a pair that Jaro-Winkler already finds close.
// Choices: q→k, kh→k, gh→g, ph→f, th→t, dh→d, w→v, initial y stays a consonant,
// a final -h after a vowel is dropped (Jamaah/Jamaa), -ullah/-ulla/-allah/-ollah → ulla.
function lightKeyOf(token: string): string {
  if (MUHAMMAD.has(token)) return 'muhammad';
  let s = token;
  // British and American spellings of one word are one key: mobilisation/mobilization,
  // defence/defense, centre/center
  if (s.length >= 6) s = s.replace(/iz(ation|ations|e|ed|es|ing)$/, 'is$1').replace(/ence$/, 'ense');
  if (s.length >= 5) s = s.replace(/tre$/, 'ter');
  if (s.length > 5) s = s.replace(/[aeiou]ll?ah?$/, 'ulla');
  s = s
    .replace(/kh/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/dh/g, 'd')
    .replace(/([bjr])h/g, '$1')
    .replace(/ck|q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/o/g, 'u')
    .replace(/e/g, 'i');
  if (s.length > 1) s = s[0] + s.slice(1).replace(/y/g, 'i');
  s = s.replace(/(.)\1+/g, '$1');
  if (s.length > 2) s = s.replace(/([aiu])h$/, '$1');
  return s;
}

function consonantKeyOf(light: string): string {
  if (light.length <= 1) return light;
  return (light[0] + light.slice(1).replace(/[aiu]/g, '')).replace(/(.)\1+/g, '$1');
}

// Urdu/Persian read Arabic ث as s and ذ/ض as z (Hadith/Hadees, Ramadhan/Ramzan);
// a second consonant key with th→s, dh→z accepts those without loosening the first.
function altConsonantKeyOf(token: string): string {
  if (!/th|dh/.test(token)) return '';
  return consonantKeyOf(lightKeyOf(token.replace(/th/g, 's').replace(/dh/g, 'z')));
}

// ---------------------------------------------------------------- string metrics

let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);

/** Jaro-Winkler (prefix scale 0.1, up to 4 letters, boost above Jaro 0.7). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  if (la > flagsA.length) flagsA = new Uint8Array(la * 2);
  if (lb > flagsB.length) flagsB = new Uint8Array(lb * 2);
  const fa = flagsA;
  const fb = flagsB;
  fa.fill(0, 0, la);
  fb.fill(0, 0, lb);
  const range = Math.max(0, (Math.max(la, lb) >> 1) - 1);
  let m = 0;
  for (let i = 0; i < la; i++) {
    const c = a.charCodeAt(i);
    const end = Math.min(lb - 1, i + range);
    for (let j = Math.max(0, i - range); j <= end; j++) {
      if (fb[j] === 0 && b.charCodeAt(j) === c) {
        fa[i] = 1;
        fb[j] = 1;
        m++;
        break;
      }
    }
  }
  if (m === 0) return 0;
  let half = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (fa[i] === 0) continue;
    while (fb[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) half++;
    k++;
  }
  const jaro = (m / la + m / lb + (m - half / 2) / m) / 3;
  if (jaro <= 0.7) return jaro;
  let p = 0;
  const maxP = Math.min(4, la, lb);
  while (p < maxP && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return jaro + p * 0.1 * (1 - jaro);
}

// ---------------------------------------------------------------- token similarity

/** A token with the keys name comparison reads (names.ts builds them; screen/tokens.ts adds its own). */
export interface KeyedToken {
  text: string;
  weak: boolean;
  light: string;
  cons: string;
  alt: string;
  /**
   * The consonants without collapsing those a vowel separated ("Wadidoon"
   * keeps both d's), and whether the word ends in a vowel. Blocking keys use
   * the looser `cons`; agreement on these is what makes two spellings a
   * transliteration variant rather than another name sharing consonants
   * ("Darkhel" / "Darurkhel", "Zaroon" / "Zarani").
   */
  strict: string;
  vowelEnd: boolean;
}

const strictConsonantsOf = (light: string): string =>
  light.length <= 1 ? light : light[0] + light.slice(1).replace(/[aiu]/g, '');

function keyed(t: NameToken): KeyedToken {
  const light = lightKeyOf(t.text);
  const alt = altConsonantKeyOf(t.text);
  return {
    text: t.text,
    weak: t.weak,
    light,
    cons: consonantKeyOf(light),
    alt,
    strict: strictConsonantsOf(light),
    vowelEnd: /[aiu]$/.test(light),
  };
}

/** "Ahle" / "Ahl": the izafat vowel comes and goes with the hyphen. */
const izafat = (a: string, b: string): boolean => a === `${b}e` || b === `${a}e`;

/**
 * Whether two tokens have the same consonants in a way transliteration
 * explains: name resolution and screening both read this (screening adds a
 * Jaro-Winkler gate of its own).
 */
export function consonantsAgree(
  a: Pick<KeyedToken, 'text' | 'light' | 'cons' | 'alt' | 'strict' | 'vowelEnd'>,
  b: Pick<KeyedToken, 'text' | 'light' | 'cons' | 'alt' | 'strict' | 'vowelEnd'>,
): boolean {
  // A final vowel is a suffix (the nisba of "Khorasan" / "Khorasani"), not a spelling.
  if (a.vowelEnd !== b.vowelEnd && !izafat(a.text, b.text)) return false;
  if (a.strict === b.strict) return a.strict.length >= 2;
  // One letter of a doubled consonant dropped ("Fazlullah" / "Fazullah"); a
  // whole syllable more ("Wadidoon" / "Wadoon") is another name.
  if (a.cons === b.cons && a.cons.length >= 2 && Math.abs(a.light.length - b.light.length) <= 1) return true;
  if (!a.alt && !b.alt) return false;
  const aa = a.alt || a.cons;
  const bb = b.alt || b.cons;
  return aa === bb && aa.length >= 2;
}

function keyedSimilarity(a: KeyedToken, b: KeyedToken): number {
  if (a.text === b.text) return 1;
  if (a.light === b.light) return 0.97;
  const jwLight = jaroWinkler(a.light, b.light);
  const jwText = jaroWinkler(a.text, b.text);
  const jw = Math.max(jwLight, jwText);
  if (consonantsAgree(a, b)) {
    // Same consonants, vowels differ in presence/quality: a transliteration
    // variant when JW agrees it is close (Qaeda/Queda 0.88 → 0.94).
    const lifted = jwLight >= 0.8 ? 0.85 + 0.1 * jwLight : jw;
    const s = Math.max(lifted, jw);
    return Math.min(s, 0.96);
  }
  // A consonant differs (Khalid/Khalil, Ibad/Izhar): romanisation rarely does
  // that, different names often do, so JW alone is discounted.
  return jw * 0.8;
}

// ---------------------------------------------------------------- full names

/**
 * Names scoring at or above this are one entity. Chosen so that one unmatched
 * full token against two matched ones (0.67–0.8: "Hafiz Saeed" / "Hafiz Saeed
 * Khan", "Khalid Khurasani" / "Asad al Khorasani") stays below it, while a
 * name differing only in transliteration (≥ 0.93) or a dropped middle name /
 * leading "Muhammad" (≈ 0.93) clears it.
 */
export const SAME_NAME_THRESHOLD = 0.85;

/** Token pairs below this are not aligned at all (they count as unmatched). */
export const PAIR_MIN = 0.8;
/** Weight of an unmatched token between two matched ones ("Ayman [Muhammad] al-Zawahiri"). */
const MIDDLE_WEIGHT = 0.3;
/** Weight of an unmatched leading "Muhammad", so often dropped in South Asian usage
 * ("Muhammad Izhar Khan" / "Izhar Khan"); only with two matched names or a shared title. */
const MUHAMMAD_WEIGHT = 0.3;

export interface PreparedName {
  readonly source: string;
  readonly honorifics: string[];
  readonly tokens: KeyedToken[];
  /** the tokens scoring uses: non-weak ones, or all when the name is only particles */
  readonly content: KeyedToken[];
  /** light key of the whole name run together ("Al Qaeda" = "Alqaeda") */
  readonly joined: string;
}

const cache = new Map<string, PreparedName>();
const CACHE_MAX = 50_000;

/** Parses and keys a name once; nameSimilarity accepts the result in place of a string. */
export function prepareName(s: string): PreparedName {
  const hit = cache.get(s);
  if (hit) return hit;
  const parts = nameTokens(s);
  const tokens = parts.tokens.map(keyed);
  const strong = tokens.filter((t) => !t.weak);
  const prepared: PreparedName = {
    source: s,
    honorifics: parts.honorifics,
    tokens,
    content: strong.length > 0 ? strong : tokens,
    joined: lightKeyOf(tokens.map((t) => t.text).join('')),
  };
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(s, prepared);
  return prepared;
}

export interface NameSimilarityOptions {
  /**
   * 'organization' turns off the person-name allowances (dropped middle name,
   * dropped leading Muhammad, titles ignored): in "Tehrik-i-Taliban Pakistan"
   * or "General Motors" every word counts. 'person' and 'any' (default) are the same.
   */
  kind?: 'person' | 'organization' | 'any';
}

// Scratch buffers for the alignment; names have a handful of tokens.
let simBuf = new Float64Array(64);
let usedA = new Uint8Array(8);
let usedB = new Uint8Array(8);
let pairOfA = new Int32Array(8);

/**
 * 0..1 similarity of two full names. Tokens are aligned greedily by best
 * similarity (order-free), and the score is 2·Σ(matched similarity) divided by
 * the weight of both sides, so an extra full token on one side costs
 * ("Hafiz Saeed" / "Hafiz Saeed Khan" = 0.67) while particles and honorifics
 * cost nothing ("Asad al Khorasani" / "Asad Khorasani" = 1).
 */
export function nameSimilarity(
  a: string | PreparedName,
  b: string | PreparedName,
  opts: NameSimilarityOptions = {},
): number {
  const pa = typeof a === 'string' ? prepareName(a) : a;
  const pb = typeof b === 'string' ? prepareName(b) : b;
  const ca = pa.content;
  const cb = pb.content;
  const n = ca.length;
  const m = cb.length;
  if (n === 0 || m === 0) return 0;
  if (n * m > simBuf.length) simBuf = new Float64Array(n * m * 2);
  if (n > usedA.length) {
    usedA = new Uint8Array(n * 2);
    pairOfA = new Int32Array(n * 2);
  }
  if (m > usedB.length) usedB = new Uint8Array(m * 2);
  for (let i = 0; i < n; i++) {
    usedA[i] = 0;
    pairOfA[i] = -1;
    for (let j = 0; j < m; j++) simBuf[i * m + j] = keyedSimilarity(ca[i], cb[j]);
  }
  // in a body's name a word in the plural is the word ("Rapid Support Force" / "… Forces")
  if (opts.kind === 'organization') pluralsAgree(ca, cb, simBuf);
  usedB.fill(0, 0, m);

  let total = 0;
  let matched = 0;
  for (;;) {
    let best = PAIR_MIN;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (usedA[i]) continue;
      for (let j = 0; j < m; j++) {
        const s = simBuf[i * m + j];
        // Strict > keeps the earliest pair on ties (aligned order); a pair
        // exactly at PAIR_MIN still counts.
        if (!usedB[j] && (s > best || (s === best && bi < 0))) {
          best = s;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0) break;
    usedA[bi] = 1;
    usedB[bj] = 1;
    pairOfA[bi] = bj;
    total += best;
    matched++;
  }

  const person = opts.kind !== 'organization';
  // A shared title ("Mullah Umar" / "Mullah Muhammad Umar") is evidence
  // enough, with one matched name, to forgive a dropped Muhammad.
  const support = matched >= 2 || (matched === 1 && sharesHonorific(pa, pb));
  // A middle name on one side only may have been dropped; a different middle
  // name on each side ("Ahmad Latif Zaroon" / "Ahmad Farooq Zaroon") names someone else.
  const conflicting = person && matched >= 2 && unmatchedInside(usedA, n) && unmatchedInside(usedB, m);
  let wa = sideWeight(ca, usedA, matched, support, person && !conflicting, person);
  let wb = sideWeight(cb, usedB, matched, support, person && !conflicting, person);
  // In organisation names a leading "General"/"Sheikh" is a word of the name.
  const titlesDiffer = !person && (unsharedHonorifics(pa, pb) > 0 || unsharedHonorifics(pb, pa) > 0);
  if (titlesDiffer) {
    wa += unsharedHonorifics(pa, pb);
    wb += unsharedHonorifics(pb, pa);
  }
  let score = (2 * total) / (wa + wb);

  // Same tokens in a different order are slightly less convincing.
  let last = -1;
  for (let i = 0; i < n; i++) {
    const j = pairOfA[i];
    if (j < 0) continue;
    if (j < last) {
      score *= 0.97;
      break;
    }
    last = j;
  }

  // "Alqaeda" / "Al Qaeda", "Abubakr" / "Abu Bakr" beyond what splitting caught.
  if (score < 0.95 && !titlesDiffer && pa.joined === pb.joined && pa.joined.length >= 4) score = 0.95;
  // Run together and respelled at once ("Gulrahman" / "Gul Rehman"): the joined
  // forms keep every consonant in order and end alike.
  else if (
    score < 0.9 &&
    !titlesDiffer &&
    n !== m &&
    pa.joined.length >= 6 &&
    /[aiu]$/.test(pa.joined) === /[aiu]$/.test(pb.joined) &&
    strictConsonantsOf(pa.joined) === strictConsonantsOf(pb.joined)
  )
    score = 0.9;
  return Math.min(score, 1);
}

/** Lifts to 0.95 each pair of words that differ only by a plural's final s ("force", "forces"). */
function pluralsAgree(ca: readonly KeyedToken[], cb: readonly KeyedToken[], sim: Float64Array): void {
  const m = cb.length;
  for (let i = 0; i < ca.length; i++)
    for (let j = 0; j < m; j++) {
      const x = ca[i].text;
      const y = cb[j].text;
      if (x.length < 4 || y.length < 4 || Math.abs(x.length - y.length) !== 1) continue;
      if (x === `${y}s` || y === `${x}s`) sim[i * m + j] = Math.max(sim[i * m + j], 0.95);
    }
}

/** An unmatched token between the first and last matched ones. */
function unmatchedInside(used: Uint8Array, len: number): boolean {
  let first = -1;
  let last = -1;
  for (let i = 0; i < len; i++)
    if (used[i]) {
      if (first < 0) first = i;
      last = i;
    }
  for (let i = first + 1; i < last; i++) if (!used[i]) return true;
  return false;
}

/** Both names carry one title ("Mullah Umar" / "Mullah Muhammad Umar"). */
export function sharesHonorific(
  a: { honorifics: readonly string[] },
  b: { honorifics: readonly string[] },
): boolean {
  for (const h of a.honorifics) if (b.honorifics.includes(h)) return true;
  return false;
}

function unsharedHonorifics(a: PreparedName, b: PreparedName): number {
  let n = 0;
  for (const h of a.honorifics) if (!b.honorifics.includes(h)) n++;
  return n;
}

/**
 * The weight of one side of an alignment: 1 per token, matched or not, except
 * the unmatched ones a person's name may drop. With `allowMiddle`, one between
 * two matched tokens weighs MIDDLE_WEIGHT; with `allowMuhammad` and support
 * (two matched names or a shared title), a leading "Muhammad" weighs
 * MUHAMMAD_WEIGHT. When `costs` is given, each token's weight is written there.
 */
export function sideWeight(
  tokens: readonly { light: string }[],
  used: Uint8Array,
  matched: number,
  support: boolean,
  allowMiddle: boolean,
  allowMuhammad: boolean,
  costs: number[] | null = null,
): number {
  let first = -1;
  let lastMatched = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (!used[i]) continue;
    if (first < 0) first = i;
    lastMatched = i;
  }
  let w = 0;
  for (let i = 0; i < tokens.length; i++) {
    let c = 1;
    if (used[i]) c = 1;
    else if (allowMiddle && matched >= 2 && i > first && i < lastMatched) c = MIDDLE_WEIGHT;
    else if (allowMuhammad && support && i === 0 && tokens[i].light === 'muhammad') c = MUHAMMAD_WEIGHT;
    w += c;
    if (costs) costs[i] = c;
  }
  return w;
}

// ---------------------------------------------------------------- short forms

/** Token similarity at which a back-reference token is taken as the same word. */
const SHORT_TOKEN_MIN = 0.88;

/**
 * True when `short` is a surname-only or partial back-reference of `full`
 * ("Khursani" of "Khalid Khurasani", "Fazlullah" of "Mullah Fazlullah",
 * "Izhar Khan" of "Muhammad Izhar Khan"). Every content token of `short` must
 * match a distinct token of `full` in order, and the match may not be the first
 * name alone when `full` has more names ("Khalid" is not a short form of
 * "Khalid Khurasani"). Equal names count as short forms (non-strict).
 * Ambiguity (several fulls fit) is the caller's call.
 */
export function isShortFormOf(short: string | PreparedName, full: string | PreparedName): boolean {
  const ps = typeof short === 'string' ? prepareName(short) : short;
  const pf = typeof full === 'string' ? prepareName(full) : full;
  const st = ps.content;
  const ft = pf.content;
  if (st.length === 0 || st.length > ft.length) return false;
  // Greedy in-order alignment, preferring the latest possible token for the
  // last short token so "Khan" aligns with the surname, not an earlier Khan.
  let j = 0;
  const hits: number[] = [];
  for (let i = 0; i < st.length; i++) {
    let found = -1;
    const remainingAfter = st.length - 1 - i;
    for (let k = j; k <= ft.length - 1 - remainingAfter; k++) {
      if (keyedSimilarity(st[i], ft[k]) >= SHORT_TOKEN_MIN) {
        found = k;
        if (i < st.length - 1) break;
      }
    }
    if (found < 0) return false;
    hits.push(found);
    j = found + 1;
  }
  // First name alone while the full name goes on: not a back-reference we accept.
  if (ft.length > 1 && hits[hits.length - 1] === 0) return false;
  return true;
}

/**
 * "Abu Musab" for "Abu Musab al-Barnawi": a kunya (Abu/Umm and a name) is how such a person is
 * called on its own, so it may stand for the full name it opens, though its name is no surname
 * (isShortFormOf refuses a first name alone). Within one document only: across documents many
 * men share a kunya.
 */
export function isKunyaOf(short: string, full: string): boolean {
  const ps = prepareName(short).tokens;
  const pf = prepareName(full).tokens;
  if (ps.length < 2 || pf.length <= ps.length || !KUNYA.has(ps[0].text) || pf[0].text !== ps[0].text)
    return false;
  for (let i = 1; i < ps.length; i++) if (keyedSimilarity(ps[i], pf[i]) < SHORT_TOKEN_MIN) return false;
  return true;
}
const KUNYA = new Set(['abu', 'abou', 'umm', 'um']);

// ---------------------------------------------------------------- acronyms

// Words an acronym may use or skip: English function words and the Arabic /
// Urdu connectives of group names (Lashkar-e-Taiba → LeT or LT).
const ACRONYM_SKIPPABLE = new Set(
  words(
    'of in and the for on at to e i ul ut ud ur us un al el wal wa o de da fi li an as ash ad ar az ' +
      // the French, Spanish and Portuguese connectors and articles ("Front de Libération du
      // Québec" → FLQ, "Union des Forces de la Résistance" → UFR)
      'du des del do dos das la le les los las y et para pour por en',
  ),
);

function acronymWords(full: string): string[] {
  // ("l'Ouest", "d'Ivoire": an elided article or "de" gives no letter)
  return asciiWithoutApostrophes(full.replace(/(^|[\s-])[ldLD]['’](?=\p{Lu})/gu, '$1'))
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Candidate acronyms of an expansion: content-word initials first ("TTP"), then with connectives ("TITP", "TiTP"). */
export function acronymOf(full: string): string[] {
  const words = acronymWords(full);
  if (words.length < 2) return [];
  let content = '';
  let upper = '';
  let mixed = '';
  for (const w of words) {
    const skippable = ACRONYM_SKIPPABLE.has(w.toLowerCase());
    const c = w[0].toUpperCase();
    if (!skippable) content += c;
    upper += c;
    mixed += skippable ? c.toLowerCase() : c;
  }
  const out: string[] = [];
  for (const c of [content, upper, mixed]) if (c.length >= 2 && !out.includes(c)) out.push(c);
  return out;
}

/**
 * Whether `acr` abbreviates `full`: the acronym's letters align, in order, to
 * word starts; every content word gives its first letter, connectives ("of",
 * "e", "ul", "al", "wal") may give theirs or be skipped, and in a name of two or
 * more words one letter may come from inside a long compound ("CTD" ↔
 * "Counterterrorism Department"). So "US" never matches "Islamic State": the
 * first letter must come from the first word (or a leading connective).
 */
export function matchesAcronym(acr: string, full: string): boolean {
  const letters = acr.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  if (letters.length < 2) return false;
  const words = acronymWords(full).map((w) => w.toLowerCase());
  if (words.length < 2) return false;
  let contentWords = 0;
  const skippable = words.map((w) => {
    const s = ACRONYM_SKIPPABLE.has(w);
    if (!s) contentWords++;
    return s;
  });
  const inWordAllowed = letters.length >= 3 && contentWords >= 2;
  const go = (i: number, w: number, inWordUsed: boolean): boolean => {
    if (i === letters.length) {
      for (let k = w; k < words.length; k++) if (!skippable[k]) return false;
      return true;
    }
    if (w === words.length) return false;
    const word = words[w];
    if (word[0] === letters[i]) {
      if (go(i + 1, w + 1, inWordUsed)) return true;
      if (inWordAllowed && !inWordUsed && !skippable[w] && word.length >= 8 && i + 1 < letters.length) {
        for (let p = 3; p < word.length; p++) {
          if (word[p] === letters[i + 1] && go(i + 2, w + 1, true)) return true;
        }
      }
    }
    return skippable[w] ? go(i, w + 1, inWordUsed) : false;
  };
  return go(0, 0, false);
}

/**
 * "FDLR" ↔ "Democratic Forces for the Liberation of Rwanda", "FARC" ↔ "Revolutionary Armed
 * Forces of Colombia": an acronym made in the name's own language, whose words come in another
 * order than the English name's. Three letters or more, each the initial of one content word,
 * every content word giving one (connectives skipped), in any order.
 */
export function matchesAcronymAnyOrder(acr: string, full: string): boolean {
  const letters = acr.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  if (letters.length < 3) return false;
  const initials = acronymWords(full)
    .map((w) => w.toLowerCase())
    .filter((w) => !ACRONYM_SKIPPABLE.has(w))
    .map((w) => w[0]);
  if (initials.length !== letters.length) return false;
  return [...initials].sort().join('') === [...letters].sort().join('');
}

// ---------------------------------------------------------------- blocking

/**
 * Keys for an index that narrows a list to tens of candidates before
 * nameSimilarity: the consonant key of each content token (and its th→s/dh→z
 * variant), the first two content tokens' keys joined, and the run-together
 * name's key. Any two names with nameSimilarity > 0 share a key: a score needs
 * an aligned token pair, and a pair reaches the alignment floor only when its
 * consonant keys (or light keys) agree, or through the run-together fallback.
 */
export function blockingKeys(name: string | PreparedName): readonly string[] {
  const p = typeof name === 'string' ? prepareName(name) : name;
  // a prepared name never changes, so neither do its keys: made once (entities.ts asks for
  // them at every mention of a name)
  let keys = blockingCache.get(p);
  if (!keys) blockingCache.set(p, (keys = makeBlockingKeys(p)));
  return keys;
}

const blockingCache = new WeakMap<PreparedName, readonly string[]>();

function makeBlockingKeys(p: PreparedName): readonly string[] {
  const keys = new Set<string>();
  for (const t of p.content) {
    keys.add(t.cons.length >= 2 ? t.cons : t.light);
    if (t.alt) keys.add(t.alt);
  }
  if (p.content.length >= 2) keys.add(`${p.content[0].cons}+${p.content[1].cons}`);
  // nameSimilarity's run-together fallback ("Alqaeda" / "Al Qaeda").
  if (p.joined.length >= 4) keys.add(`=${consonantKeyOf(p.joined)}`);
  return Object.freeze([...keys]);
}

/**
 * "Centcom" for "Central Command", "Africom" for "Africa Command", "Interpol" for
 * "International Criminal Police Organization": a word made of the openings of the
 * name's words, in order (a later word may give none). The first word gives the word's
 * start, at least two words give letters, and one of them three letters or more — which
 * initials alone never do.
 */
export function matchesSyllabic(word: string, full: string): boolean {
  const letters = foldName(word).replace(/[^a-z]/g, '');
  if (letters.length < 4) return false;
  const words = acronymWords(full)
    .map((w) => foldName(w).replace(/[^a-z]/g, ''))
    .filter((w) => w && !ACRONYM_SKIPPABLE.has(w));
  if (words.length < 2) return false;
  const go = (i: number, w: number, used: number, long: boolean): boolean => {
    if (i === letters.length) return used >= 2 && long;
    if (w === words.length) return false;
    const x = words[w];
    for (let p = Math.min(x.length, letters.length - i); p >= 1; p--) {
      if (x.slice(0, p) !== letters.slice(i, i + p)) continue;
      if (go(i + p, w + 1, used + 1, long || p >= 3)) return true;
    }
    return w > 0 && go(i, w + 1, used, long);
  };
  return go(0, 0, 0, false);
}
