// Cross-document entity resolution: does an entity extracted from a new
// document name one the store already knows? Names propose (blocking keys,
// nameSimilarity, acronyms, gazetteer keys); context decides the doubtful ones
// (ties and co-mentions shared with what this document also names, roles,
// country). The policy errs towards keeping two people apart: a wrong merge
// silently pollutes a profile, a missed one shows up in `dossier candidates`.
import { givenNames } from '../knowledge/given-names.js';
import { loadOrgs } from '../knowledge/orgs.js';
import {
  blockingKeys,
  isShortFormOf,
  type KeyedToken,
  matchesAcronym,
  nameSimilarity,
  nameTokens,
  prepareName,
  SAME_NAME_THRESHOLD,
} from '../nlp/names.js';
import type { EntityType, Geo } from '../types.js';

/** Below this a pair is not worth an analyst's time. */
const CANDIDATE_MIN = 0.75;
/** Each shared neighbour (tie or co-mention) adds this much, up to CONTEXT_CAP. */
const NEIGHBOUR_BONUS = 0.05;
const CONTEXT_CAP = 0.2;
/** Context a common name needs before it may merge on name similarity. */
const COMMON_NAME_CONTEXT = 0.1;

// Family and clan names so frequent in South Asian and Arab reporting that two
// people sharing them (with a common given name) are more likely two people.
// General knowledge of naming practice, not drawn from any article.
const COMMON_SURNAMES = new Set(
  (
    'khan ahmed ahmad ali shah hussain husain hassan hasan malik butt qureshi siddiqui sheikh ' +
    'chaudhry chaudhary mirza baig rana raja awan abbasi khattak yousafzai mehsud wazir afridi ' +
    'rahman rehman hussein mohammed muhammad al-masri masri iqbal akhtar aziz'
  ).split(' '),
);

export interface Incoming {
  type: EntityType;
  /** canonical name first, then aliases */
  names: string[];
  gazetteerKey: string | null;
  country: string | null;
  roles: string[];
  /** store ids of entities this document also names (already resolved) */
  context: Set<string>;
  /** countries of the places this document names: where a person in it is placed */
  placedIn?: Set<string>;
}

export interface Known {
  id: string;
  type: EntityType;
  names: string[];
  gazetteerKey: string | null;
  country: string | null;
  roles: string[];
  /** store ids tied to it or co-mentioned with it; a function because it costs queries and a clear name verdict needs none */
  neighbours: () => Set<string>;
  /** countries of the places named in the documents that name it; read only for doubtful people */
  placedIn?: () => Set<string>;
}

export interface Verdict {
  decision: 'merge' | 'candidate' | 'apart';
  score: number;
  reasons: string[];
}

const looksLikeAcronym = (s: string): boolean => {
  const letters = s.replace(/[^A-Za-z]/g, '');
  const caps = letters.replace(/[^A-Z]/g, '').length;
  return (
    letters.length >= 2 &&
    letters.length <= 8 &&
    caps >= 2 &&
    caps * 2 >= letters.length &&
    !/\s/.test(s.trim())
  );
};

/** A stable key for entities a gazetteer identifies: same key, same thing, whatever the spelling. */
export function gazetteerKeyOf(type: EntityType, names: string[], geo?: Geo | null): string | null {
  if (type === 'organization') {
    const orgs = loadOrgs();
    for (const n of names) {
      const hit = orgs.lookupLoose(n);
      if (hit) return `org:${hit.name}`;
    }
    return null;
  }
  if (type === 'place' && geo?.source) return `geo:${geo.source}`;
  if (type === 'handle') return `handle:${names[0].replace(/^@/, '').toLowerCase()}`;
  return null;
}

/** Keys under which an entity is indexed for candidate lookup: name blocking keys, plus acronym keys for organisations. */
export function indexKeys(type: EntityType, name: string): string[] {
  const keys = blockingKeys(name).map((k) => `${type}:${k}`);
  if (type === 'organization') {
    if (looksLikeAcronym(name)) keys.push(`acr:${name.replace(/[^A-Za-z]/g, '').toUpperCase()}`);
    else {
      const words = name.split(/[^A-Za-z0-9']+/).filter(Boolean);
      if (words.length >= 2) {
        // Every first-letter choice of connectives is a key; matchesAcronym checks later.
        const initials = words.map((w) => w[0].toUpperCase());
        keys.push(`acr:${initials.join('')}`);
        const content = words.filter((w) => !/^(?:of|the|and|e|i|ul|al|el|wal|in|for|ut|ud|ur|us)$/i.test(w));
        if (content.length >= 2) keys.push(`acr:${content.map((w) => w[0].toUpperCase()).join('')}`);
      }
    }
  }
  return [...new Set(keys)];
}

/** A person's full names' common given names: the blocking keys every namesake shares (hubKeys). */
export interface Hubs {
  /** keys that only a common given name of the full names gives ("person:frk" of "Farooq Gulsan") */
  keys: Set<string>;
  /** each such given name's keys (its consonant key, and its variant's) */
  tokens: Set<string>[];
}

/** A token's single-token blocking keys, as blockingKeys makes them. */
function tokenKeys(type: EntityType, t: KeyedToken): string[] {
  const k = [`${type}:${t.cons.length >= 2 ? t.cons : t.light}`];
  if (t.alt) k.push(`${type}:${t.alt}`);
  return k;
}

/**
 * The keys of a person's full names (two content tokens or more) that come only from one
 * of the name's common given names ("Farooq" of "Farooq Gulsan"): every Farooq in the store
 * shares them. A known person with a full name whom the keys of one such given name alone
 * propose shares that one token with each of these names and nothing else: nameSimilarity
 * is at most 0.5 there (both full names compared: comparableNames), under the 0.55 that the
 * most context could lift to a candidate, so the pair is apart whatever the store holds and
 * resolution does not judge it (Writer.resolve). Under such a key the ingester on PostgreSQL
 * then locks only the part resolution still reads: people with no full name (`lone:` keys),
 * and people sharing two of the given names (`pair:` keys, givenPairs); a new "Farooq
 * Zardan" and a new "Farooq Gulsan" are written at once. No keys when the entity has no
 * full name: a lone name is judged against every full name it is a word of.
 */
export function hubKeys(type: EntityType, names: string[]): Hubs {
  const keys = new Set<string>();
  const tokens: Set<string>[] = [];
  if (type !== 'person') return { keys, tokens };
  const given = givenNames();
  const other = new Set<string>();
  for (const n of names) {
    if (contentTokens(n) < 2) continue;
    const content = prepareName(n).content;
    const seen = new Map<string, number>();
    for (const t of content) for (const k of tokenKeys(type, t)) seen.set(k, (seen.get(k) ?? 0) + 1);
    const own = new Set<string>();
    for (const t of content) {
      const tk = tokenKeys(type, t);
      // a key two of the name's tokens give is no one name's alone
      if (!given.has(t.text) || tk.some((k) => seen.get(k)! > 1)) continue;
      for (const k of tk) own.add(k);
      tokens.push(new Set(tk));
    }
    for (const k of indexKeys(type, n)) (own.has(k) ? keys : other).add(k);
  }
  for (const k of other) keys.delete(k);
  return {
    keys,
    tokens: tokens.map((t) => new Set([...t].filter((k) => keys.has(k)))).filter((t) => t.size),
  };
}

/**
 * `pair:` lock keys. A reader (`hubs` given): each pair of keys of two different given names
 * of its own. A writer (`hubs` omitted): each pair of the single-token keys of the entity's
 * full names, so that a reader whom two given names of a changed person propose meets it.
 */
export function givenPairs(type: EntityType, names: string[], hubs?: Hubs): string[] {
  if (type !== 'person') return [];
  const out = new Set<string>();
  const add = (a: string, b: string) => {
    if (a !== b) out.add(a < b ? `pair:${a}|${b}` : `pair:${b}|${a}`);
  };
  if (hubs) {
    for (let i = 0; i < hubs.tokens.length; i++)
      for (let j = i + 1; j < hubs.tokens.length; j++)
        for (const a of hubs.tokens[i]) for (const b of hubs.tokens[j]) add(a, b);
    return [...out];
  }
  const single = new Set<string>();
  for (const n of names)
    if (contentTokens(n) >= 2)
      for (const t of prepareName(n).content) for (const k of tokenKeys(type, t)) single.add(k);
  const list = [...single];
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) add(list[i], list[j]);
  return [...out];
}

/** A person's names hold a full one (two content tokens or more): judged by those (comparableNames). */
export function hasFullName(names: string[]): boolean {
  return names.some((n) => contentTokens(n) >= 2);
}

// Per-name facts asked for every candidate pair; names recur across thousands of judgements.
const MEMO_MAX = 100_000;
const commonMemo = new Map<string, boolean>();
const contentMemo = new Map<string, number>();
function memo<T>(m: Map<string, T>, k: string, f: (k: string) => T): T {
  let v = m.get(k);
  if (v === undefined) {
    if (m.size >= MEMO_MAX) m.clear();
    v = f(k);
    m.set(k, v);
  }
  return v;
}

/** A person name that many different people carry: every content token a common given name or surname, at most two. */
function isCommonName(name: string): boolean {
  return memo(commonMemo, name, (n) => {
    const tokens = nameTokens(n).tokens.filter((t) => !t.weak);
    if (tokens.length === 0 || tokens.length > 2) return false;
    const given = givenNames();
    return tokens.every((t) => given.has(t.text) || COMMON_SURNAMES.has(t.text));
  });
}

const contentTokens = (name: string): number =>
  memo(contentMemo, name, (n) => nameTokens(n).tokens.filter((t) => !t.weak).length);

/**
 * A person's names worth comparing across documents: the full ones. A bare
 * surname alias ("Khan" of "Qaisar Khan") names the person only inside its own
 * article; two Khans are not one person because both were called "Khan".
 */
function comparableNames(names: string[], type: EntityType): string[] {
  if (type === 'organization') {
    // Acronyms collide across groups (Hizb-ul-Nusrat Kashmir and Harkat-ul-Nusrat
    // Khorasan are both HNK): when both sides have a full name, those decide.
    const full = names.filter((n) => !looksLikeAcronym(n));
    return full.length ? full : names;
  }
  if (type !== 'person') return names;
  const full = names.filter((n) => contentTokens(n) >= 2);
  return full.length ? full : names;
}

function bestNameScore(inc: string[], known: string[], type: EntityType): { score: number; how: string } {
  const kind = type === 'organization' ? 'organization' : 'person';
  const a = comparableNames(inc, type);
  const b = comparableNames(known, type);
  let score = 0;
  let how = '';
  // person pair scores, kept for the fullest-names check below rather than computed twice
  const pairScore = new Map<string, number>();
  for (const x of a) {
    for (const y of b) {
      if (type === 'handle') {
        if (x.replace(/^@/, '').toLowerCase() === y.replace(/^@/, '').toLowerCase())
          return { score: 1, how: 'same handle' };
        continue;
      }
      const s = nameSimilarity(x, y, { kind });
      if (type === 'person') pairScore.set(`${x}\u0000${y}`, s);
      if (s > score) {
        score = s;
        how = s >= 0.999 ? `same name "${x}"` : `spelling variants "${x}" ~ "${y}" (${s.toFixed(2)})`;
      }
      if (type === 'organization') {
        if (looksLikeAcronym(x) && !looksLikeAcronym(y) && matchesAcronym(x, y)) {
          const acr = x.replace(/[^A-Za-z]/g, '').length >= 3 ? 0.9 : 0.78;
          if (acr > score) {
            score = acr;
            how = `acronym "${x}" of "${y}"`;
          }
        } else if (looksLikeAcronym(y) && !looksLikeAcronym(x) && matchesAcronym(y, x)) {
          const acr = y.replace(/[^A-Za-z]/g, '').length >= 3 ? 0.9 : 0.78;
          if (acr > score) {
            score = acr;
            how = `acronym "${y}" of "${x}"`;
          }
        }
      }
      if (type === 'person' && score < 0.8 && (isShortFormOf(x, y) || isShortFormOf(y, x))) {
        score = 0.8;
        how = `short form "${x}" / "${y}"`;
      }
    }
  }
  if (type === 'person' && score >= SAME_NAME_THRESHOLD) {
    // Names chain: "Ahmad Zaroon" fits both "Ahmad Farooq Zaroon" and "Ahmad
    // Latif Zaroon", so a profile that took the short form would take every
    // Zaroon next. The fullest names on each side must agree too.
    const fa = fullest(a);
    const fb = fullest(b);
    let anchor = 0;
    let pair = '';
    for (const x of fa)
      for (const y of fb) {
        const s = pairScore.get(`${x}\u0000${y}`) ?? nameSimilarity(x, y, { kind: 'person' });
        if (s > anchor) {
          anchor = s;
          pair = `"${x}" / "${y}"`;
        }
      }
    if (anchor < SAME_NAME_THRESHOLD)
      return { score: anchor, how: `fullest names differ: ${pair} (${anchor.toFixed(2)})` };
  }
  return { score, how };
}

/** The names with the most content tokens. */
function fullest(names: string[]): string[] {
  let most = 0;
  for (const n of names) most = Math.max(most, contentTokens(n));
  return names.filter((n) => contentTokens(n) === most);
}

/** Judges one known entity as the referent of an incoming one. */
export function judge(inc: Incoming, known: Known): Verdict {
  if (inc.type !== known.type) return { decision: 'apart', score: 0, reasons: ['different types'] };
  if (inc.gazetteerKey && known.gazetteerKey) {
    if (inc.gazetteerKey === known.gazetteerKey)
      return { decision: 'merge', score: 1, reasons: [`same gazetteer entry ${inc.gazetteerKey}`] };
    // Two different entries of one gazetteer are two things however alike the names.
    return { decision: 'apart', score: 0, reasons: ['different gazetteer entries'] };
  }
  if (inc.type === 'place' && inc.country && known.country && inc.country !== known.country)
    return { decision: 'apart', score: 0, reasons: ['different countries'] };

  const { score: nameScore, how } = bestNameScore(inc.names, known.names, inc.type);
  if (nameScore === 0) return { decision: 'apart', score: 0, reasons: [] };
  const lone = (ns: string[]) => ns.every((n) => contentTokens(n) <= 1);
  // A lone name ("Saad", "Sayyed") names a person only inside its own article: two of them
  // from different articles are one person only if the articles share something.
  const bothLone = inc.type === 'person' && lone(inc.names) && lone(known.names);
  if (inc.type === 'person' && nameScore < SAME_NAME_THRESHOLD) {
    // A lone name ("Saad") is a candidate for a full one only when it is one of its names:
    // a look-alike given name is someone else.
    if (lone(inc.names) !== lone(known.names)) {
      const [one, full] = lone(inc.names) ? [inc.names, known.names] : [known.names, inc.names];
      const words = new Set(full.flatMap((n) => nameTokens(n).tokens.map((t) => t.text)));
      if (!one.some((n) => nameTokens(n).tokens.some((t) => words.has(t.text))))
        return {
          decision: 'apart',
          score: nameScore,
          reasons: [how, "a lone name that is none of the full name's"],
        };
    }
    // People placed in different countries, with names that are not the same, are two people.
    if (inc.country && known.country && inc.country !== known.country)
      return { decision: 'apart', score: nameScore, reasons: [how, 'different countries'] };
  }
  // A name many people carry, or a lone one, is weak evidence too.
  const common =
    bothLone || (inc.type === 'person' && (inc.names.every(isCommonName) || known.names.every(isCommonName)));
  if (inc.type === 'person' && (nameScore < SAME_NAME_THRESHOLD || common)) {
    // People whose articles name places in no country in common are two people.
    const here = inc.placedIn;
    const there = here?.size ? known.placedIn?.() : undefined;
    if (here?.size && there?.size && ![...here].some((c) => there.has(c)))
      return {
        decision: 'apart',
        score: nameScore,
        reasons: [
          how,
          `different countries (${[...here].sort().join(', ')} / ${[...there].sort().join(', ')})`,
        ],
      };
  }
  const reasons = [how];
  // Context can neither make nor unmake these verdicts, so it is not read.
  if (nameScore >= SAME_NAME_THRESHOLD && !common) return { decision: 'merge', score: nameScore, reasons };
  if (nameScore + CONTEXT_CAP < CANDIDATE_MIN) return { decision: 'apart', score: nameScore, reasons };
  let shared = 0;
  const neighbours = known.neighbours();
  for (const id of inc.context) if (neighbours.has(id)) shared++;
  let context = Math.min(CONTEXT_CAP, shared * NEIGHBOUR_BONUS);
  if (shared) reasons.push(`${shared} shared tie(s)/co-mention(s)`);
  const roles = inc.roles.filter((r) => known.roles.includes(r));
  if (roles.length) {
    context = Math.min(CONTEXT_CAP, context + NEIGHBOUR_BONUS);
    reasons.push(`shared role ${roles.join(', ')}`);
  }
  if (inc.country && inc.country === known.country && inc.type !== 'place') {
    context = Math.min(CONTEXT_CAP, context + NEIGHBOUR_BONUS / 2);
    reasons.push(`same country ${inc.country}`);
  }
  const score = Math.min(1, nameScore + context);

  if (bothLone && context === 0)
    return {
      decision: 'apart',
      score,
      reasons: [...reasons, 'lone names in different articles with nothing in common'],
    };
  if (bothLone) reasons.push('lone names');
  else if (common) reasons.push('common name');
  let merge = false;
  if (nameScore >= SAME_NAME_THRESHOLD) merge = !common || context >= COMMON_NAME_CONTEXT;
  else if (how.startsWith('acronym')) merge = nameScore >= 0.9 || context >= COMMON_NAME_CONTEXT;
  if (merge) return { decision: 'merge', score, reasons };
  return { decision: score >= CANDIDATE_MIN ? 'candidate' : 'apart', score, reasons };
}
