import { commonWords } from '../knowledge/common-words.js';
import { givenNames } from '../knowledge/given-names.js';
import { loadOrgs } from '../knowledge/orgs.js';
import { demonym, isAmbiguousPlaceName, isNationalCapital, lookupPlace } from '../knowledge/places.js';
import type { Lexicon, OrgHit, PlaceHit } from './lexicon.js';

let cached: Lexicon | null = null;

/** The lexicon built from the shipped gazetteers (src/knowledge/data). */
export function defaultLexicon(): Lexicon {
  if (cached) return cached;
  // each table loads on its first question: a short text may never ask some of them
  // (null: asked before, not found; one map read per question)
  const orgCache = new Map<string, OrgHit | null>();
  const placeCache = new Map<string, PlaceHit | null>();
  cached = {
    org(surface) {
      const known = orgCache.get(surface);
      if (known !== undefined) return known ?? undefined;
      const orgs = loadOrgs();
      // a spelling variant (a skeleton match) is no group's name where the word is a town's
      // own: "Ismailia" is the Egyptian city, not "ISIS-Somalia" with its vowels gone
      const e = orgs.lookup(surface) ?? (lookupPlace(surface).length ? undefined : orgs.lookupLoose(surface));
      const hit = e ? { key: e.name, name: e.name, kind: e.kind, aliases: e.aliases } : undefined;
      orgCache.set(surface, hit ?? null);
      return hit;
    },
    place(surface) {
      const known = placeCache.get(surface);
      if (known !== undefined) return known ?? undefined;
      const cands = lookupPlace(surface);
      let hit: PlaceHit | undefined;
      if (cands.length) {
        const best = cands[0];
        hit = {
          key: `${best.kind}:${best.country ?? ''}:${best.name}`,
          name: best.name,
          kind: best.kind === 'country' ? 'country' : best.kind === 'city' ? 'city' : 'region',
          country: best.country ?? null,
          ambiguous: best.kind === 'city' && isAmbiguousPlaceName(surface),
        };
      }
      placeCache.set(surface, hit ?? null);
      return hit;
    },
    demonym(word) {
      const d = demonym(word);
      return d ? { country: d.country ?? null } : undefined;
    },
    capital(surface) {
      return isNationalCapital(surface);
    },
    givenName(word) {
      return givenNames().has(word.toLowerCase());
    },
    common(word) {
      return commonWords().has(word.toLowerCase());
    },
  };
  return cached;
}
