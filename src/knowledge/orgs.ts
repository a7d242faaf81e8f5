import { readFileSync, statSync } from 'node:fs';
import { dataFile, precomputedPath } from './data-path.js';
import { foldKey, skeletonKey } from './fold.js';
import { givenNames } from './given-names.js';

type OrgKind =
  | 'militant group'
  | 'political party'
  | 'government'
  | 'security agency'
  | 'religious institution'
  | 'news agency'
  | 'international organization'
  | 'company'
  | 'other';

interface OrgEntry {
  name: string;
  aliases: string[];
  acronyms: string[];
  kind: OrgKind;
  /** ISO 3166-1 alpha-2 */
  country?: string;
  source: string;
  /** Watchlist references (UN:QDe.132, OFAC:12206) when derived from a list. */
  ids?: string[];
}

export interface OrgGazetteer {
  /** Exact match on the folded name or alias; acronyms only for surfaces written in capitals ("TTP", "LeT"). */
  lookup(surface: string): OrgEntry | undefined;
  /** Like lookup, then a spelling-tolerant match ("Al Queda") for long names that map to one entry only. */
  lookupLoose(surface: string): OrgEntry | undefined;
  entries(): readonly OrgEntry[];
}

interface OrgFile {
  entries: OrgEntry[];
}

function readOrgFile(name: string): OrgEntry[] {
  return (JSON.parse(readFileSync(dataFile(name), 'utf8')) as OrgFile).entries;
}

function namesOf(e: OrgEntry): string[] {
  return [e.name, ...e.aliases];
}

/** "LeT", "TTP", "ISIS-K" yes; "Taliban", "hamas" no. */
function looksLikeAcronym(surface: string): boolean {
  const letters = surface.replace(/[^A-Za-z]/g, '');
  const capitals = letters.replace(/[^A-Z]/g, '').length;
  // "G7", "G-20": one capital and a number
  if (/^[A-Z]-?\d{1,2}$/.test(surface)) return true;
  return letters.length > 0 && capitals >= 2 && capitals * 2 >= letters.length;
}

// A watchlist record joins the curated entry for the same group: either one's
// main name is among the other's names. The curated name and kind win.
function mergeDerived(curated: OrgEntry[], derived: OrgEntry[]): OrgEntry[] {
  const out = curated.map((e) => ({ ...e, aliases: [...e.aliases], acronyms: [...e.acronyms] }));
  const byKey = new Map<string, number>();
  const acronymOwner = new Map<string, number>();
  out.forEach((e, i) => {
    for (const n of namesOf(e)) if (!byKey.has(foldKey(n))) byKey.set(foldKey(n), i);
    for (const a of e.acronyms) if (!acronymOwner.has(a)) acronymOwner.set(a, i);
  });
  for (const d of derived) {
    const keys = namesOf(d).map(foldKey);
    let target = byKey.get(keys[0]);
    if (target === undefined) {
      for (const k of keys) {
        const i = byKey.get(k);
        if (i !== undefined && keys.includes(foldKey(out[i].name))) target = i;
      }
    }
    if (target === undefined) {
      out.push(d);
      continue;
    }
    const t = out[target];
    const have = new Set(namesOf(t).map(foldKey));
    // A list alias another curated entry owns stays with that entry (ISI is the agency, not ISIS).
    for (const n of namesOf(d)) {
      const k = foldKey(n);
      const owner = byKey.get(k);
      if (have.has(k) || (owner !== undefined && owner !== target)) continue;
      t.aliases.push(n);
      have.add(k);
    }
    for (const a of d.acronyms) {
      const owner = acronymOwner.get(a);
      if (t.acronyms.includes(a) || (owner !== undefined && owner !== target)) continue;
      t.acronyms.push(a);
    }
    t.source = `${t.source}; ${d.source}`;
    t.ids = [...(t.ids ?? []), ...(d.ids ?? [])];
  }
  return out;
}

// Short names collide too easily once vowels go ("Hamas"/"Homs").
const MIN_LOOSE_LETTERS = 7;
// A final vowel stays in the key: dropping it made "Interior Minister" the Interior Ministry.
const looseKey = (s: string): string | undefined => {
  const f = foldKey(s);
  if (f.replace(/ /g, '').length < MIN_LOOSE_LETTERS) return undefined;
  return /[aeiouy]$/.test(f) ? `${skeletonKey(s)}~` : skeletonKey(s);
};

/** The gazetteer's lookup tables in a serialisable form (entry indices; -1 = a skeleton shared by several). */
export interface OrgIndexFile {
  sources: string;
  entries: OrgEntry[];
  byName: [string, number][];
  byAcronym: [string, number][];
  bySkeleton: [string, number][];
}

function buildOrgIndex(entries: OrgEntry[], sources = ''): OrgIndexFile {
  const byName = new Map<string, number>();
  const byAcronym = new Map<string, number>();
  const bySkeleton = new Map<string, number>();
  // First claim wins: curated entries come first, so "Al Hayat" stays the newspaper.
  entries.forEach((e, i) => {
    for (const n of namesOf(e)) {
      const k = foldKey(n);
      if (k && !byName.has(k)) byName.set(k, i);
      const s = looseKey(n);
      if (s) {
        const prev = bySkeleton.get(s);
        bySkeleton.set(s, prev === undefined || prev === i ? i : -1);
      }
    }
    for (const a of e.acronyms) {
      const k = foldKey(a);
      if (k && !byAcronym.has(k)) byAcronym.set(k, i);
    }
  });
  return { sources, entries, byName: [...byName], byAcronym: [...byAcronym], bySkeleton: [...bySkeleton] };
}

function gazetteerFromIndex(index: OrgIndexFile): OrgGazetteer {
  const { entries } = index;
  const byName = new Map(index.byName);
  const byAcronym = new Map(index.byAcronym);
  const bySkeleton = new Map(index.bySkeleton);
  const lookup = (surface: string): OrgEntry | undefined => {
    const k = foldKey(surface);
    if (!k) return undefined;
    if (looksLikeAcronym(surface)) {
      const hit = byAcronym.get(k);
      if (hit !== undefined) return entries[hit];
    }
    const i = byName.get(k);
    return i === undefined ? undefined : entries[i];
  };
  return {
    lookup,
    lookupLoose(surface) {
      const exact = lookup(surface);
      if (exact) return exact;
      // "A Shabaab commander": an English article is no part of a variant spelling (its
      // letters would make "a shabaab" al-Shabaab's skeleton)
      if (/^(?:an?|the)\s/i.test(surface)) return undefined;
      const s = looseKey(surface);
      const i = s ? bySkeleton.get(s) : undefined;
      if (i === undefined || i < 0) return undefined;
      // a spelling variant keeps the entry's own words: a given name the entry's names
      // lack makes the surface a person's ("Abu Yusuf" is no "Abu Sayyaf", both "absf")
      // the first word(s) of an entry's name alone are no spelling of it: "European" is no
      // "European Union", though the skeleton of "Union" runs into the n before it
      const f = foldKey(surface);
      if (namesOf(entries[i]).some((n) => foldKey(n).startsWith(`${f} `))) return undefined;
      const own = new Set(namesOf(entries[i]).flatMap((n) => foldKey(n).split(' ')));
      const names = givenNames();
      for (const w of foldKey(surface).split(' ')) if (names.has(w) && !own.has(w)) return undefined;
      return entries[i];
    },
    entries: () => entries,
  };
}

const ORG_SOURCES = ['organizations.curated.json', 'organizations.json'];
export const ORG_INDEX_FILE = 'organizations.index.json';

/** Sizes and times of the source files: a precomputed index with other figures is stale. */
export function orgSourcesStamp(): string {
  return ORG_SOURCES.map((f) => {
    const st = statSync(dataFile(f));
    return `${f}:${st.size}:${Math.floor(st.mtimeMs)}`;
  }).join(';');
}

/** The curated gazetteer merged with the watchlist-derived one, indexed. */
export function buildMergedOrgIndex(sources: string): OrgIndexFile {
  return buildOrgIndex(
    mergeDerived(readOrgFile('organizations.curated.json'), readOrgFile('organizations.json')),
    sources,
  );
}

let cached: OrgGazetteer | undefined;

/**
 * The curated gazetteer merged with the watchlist-derived one; built once, or read as
 * `npm run build` precomputed it when that was made from the data files as they are now.
 */
export function loadOrgs(): OrgGazetteer {
  if (cached) return cached;
  const stamp = orgSourcesStamp();
  const pre = precomputedPath(ORG_INDEX_FILE);
  let index: OrgIndexFile | null = null;
  if (pre) {
    index = JSON.parse(readFileSync(pre, 'utf8')) as OrgIndexFile;
    if (index.sources !== stamp) index = null;
  }
  cached = gazetteerFromIndex(index ?? buildMergedOrgIndex(stamp));
  return cached;
}
