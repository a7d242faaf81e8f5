import { geocode, lookupTown } from '../knowledge/places.js';
import type { Geo } from '../types.js';
import type { Annotated } from './annotated.js';
import type { Entity } from './entities.js';
import type { Lexicon } from './lexicon.js';

// Stage 7: coordinates for every place, offline. Ambiguous names are settled by the
// countries the article is about: the countries it names, and the countries of the
// places it names unambiguously, most mentioned first (Hyderabad in an article about
// Pakistan is Hyderabad, Sindh).

export function countryContext(doc: Annotated, lex: Lexicon): string[] {
  const counts = new Map<string, number>();
  for (const e of doc.entities) {
    if (e.type !== 'place' || !e.country) continue;
    counts.set(e.country, (counts.get(e.country) ?? 0) + e.mentions.length * (e.kind === 'country' ? 2 : 1));
  }
  for (const m of doc.text.matchAll(/\b[A-Z][a-z]+(?:i|an|ese|ish)\b/g)) {
    const d = lex.demonym(m[0]);
    if (d?.country) counts.set(d.country, (counts.get(d.country) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

/** How many of the article's countries, most mentioned first, a town missing from the main tables is sought in. */
const TOWN_CONTEXT = 3;

// "Andarab valley", "Ancuabe district", "Kutupalong camp": the word after the name says what
// kind of place it is; the gazetteers know the name alone. "Maguindanao del Sur", a part the
// gazetteers lack, lies in the province they know.
const FEATURE_WORD =
  /[\s-]+(?:valley|district|province|region|area|town|township|city|village|camp|county|municipality|sub-?district|tehsil|(?:del?\s+)?(?:Sur|Norte|Este|Oeste|Centro)|Occidental|Oriental)$/i;

/**
 * Where a place is: its names in the gazetteers (countries, regions, cities), then the
 * same without a feature word ("X district"), then the towns of the article's own
 * countries that only the towns table lists, and last another spelling of a large town.
 */
export function geocodeEntity(e: Entity, name: string, ctx: string[]): Geo | null {
  const names = [name, ...e.surfaces];
  const bare = names.map((s) => s.replace(FEATURE_WORD, '')).filter((s, i) => s !== names[i] && s.length > 2);
  for (const s of [...names, ...bare]) {
    const g = geocode(s, ctx, { spellings: false });
    if (g) return g;
  }
  const home = ctx.slice(0, TOWN_CONTEXT);
  if (home.length)
    for (const s of [...names, ...bare]) {
      const t = lookupTown(s, home);
      if (t) return { lat: t.lat, lon: t.lon, country: t.country, source: t.source };
    }
  for (const s of names) {
    const g = geocode(s, ctx);
    if (g) return g;
  }
  return null;
}
