import { geocode } from '../knowledge/places.js';
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

export function geocodeEntity(e: Entity, name: string, ctx: string[]): Geo | null {
  for (const s of [name, ...e.surfaces]) {
    const g = geocode(s, ctx);
    if (g) return g;
  }
  return null;
}
