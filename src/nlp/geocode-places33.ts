import { geocode } from '../knowledge/places.js';
import type { Geo } from '../types.js';
import { featureOfStem } from './geocode-places34.js';

// places33: "the Boni forest", "along the Juba river", "the Shakai valley": mention finding keeps
// the feature noun out of the name when it is written in lower case, and the entity is "Boni",
// "Juba". The gazetteers key such a feature under the whole name ("Boni Forest", "Juba River"), so
// the bare name found no point or another thing's (the capital of South Sudan). A place each of
// whose mentions the same feature noun follows is the curated feature of that name, when the
// tables have one: the name and the noun are read together, as written.

/** a feature noun right after a place's mention, outside it */
const FEATURE_AFTER =
  /^[\s-]+(forest|valley|mountains|hills|desert|pass|plateau|river|national\s+park|game\s+reserve|wildlife\s+sanctuary)\b/i;

interface Span {
  start: number;
  end: number;
}
interface PlaceEntity {
  type: string;
  mentions: number[];
}

/** the feature noun that follows every mention of the entity, the same each time, or null */
function featureAfterEvery(text: string, e: PlaceEntity, mentions: Span[]): string | null {
  let noun: string | null = null;
  for (const mi of e.mentions) {
    const m = FEATURE_AFTER.exec(text.slice(mentions[mi].end, mentions[mi].end + 24));
    if (!m) return null;
    const n = m[1].toLowerCase().replace(/\s+/g, ' ');
    if (noun !== null && n !== noun) return null;
    noun = n;
  }
  return noun;
}

/**
 * Places a place that a feature noun always follows at the curated feature of that name
 * ("Boni" + "forest" → the Boni Forest), over a town's reading of the bare name or none; a
 * country's or a division's reading stays ("the Niger river" and the country Niger in one
 * entity). `geos` is changed in place.
 */
export function placeByFeatureAfter(
  text: string,
  entities: PlaceEntity[],
  mentions: Span[],
  names: string[],
  geos: (Geo | null | undefined)[],
  ctx: string[],
): void {
  entities.forEach((e, ei) => {
    if (e.type !== 'place' || !e.mentions.length) return;
    const g = geos[ei];
    if (g && /^(?:country|admin|region):/.test(g.source ?? '')) return;
    const noun = featureAfterEvery(text, e, mentions);
    if (!noun) return;
    // ("the Nuba hills" for the tables' "Nuba Mountains": the one feature of the stem, places34)
    let f = geocode(`${names[ei]} ${noun}`, ctx, { spellings: false });
    if (!f?.source?.startsWith('region:')) f = featureOfStem(`${names[ei]} ${noun}`, ctx);
    if (!f?.source?.startsWith('region:')) return;
    if (f.country && ctx.length && !ctx.includes(f.country)) return;
    geos[ei] = f;
  });
}
