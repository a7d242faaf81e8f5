import { lookupPlace } from '../knowledge/places.js';
import type { Geo } from '../types.js';

// places34: a wide feature the text names without its noun, or with another noun than the
// tables': the curated tables key mountains, deserts, rivers and parks under the whole name
// ("Zagros Mountains", "Nuba Mountains", "Virunga National Park"), and a report writes "the
// Zagros", "the Nuba hills" or "the Virunga area", which no table has, so the place had no point.
// A place still without a point is the curated feature of its stem (its name without a feature
// or an area noun it ends in) and a feature noun, when exactly one such feature exists and lies
// in one of the article's first countries (or in none: seas, great rivers).

/** the nouns a curated feature's name ends in, as the tables write them */
const FEATURE_NOUNS = [
  'Mountains',
  'Hills',
  'Range',
  'Desert',
  'Forest',
  'Valley',
  'Plateau',
  'Pass',
  'River',
  'Delta',
  'Plain',
  'Plains',
  'Marshes',
  'Swamp',
  'Basin',
  'Sea',
  'Peninsula',
  'National Park',
  'Game Reserve',
];

/** an area's noun ending a name ("the Virunga area"): any feature noun may stand for it */
const AREA_ENDING = /\s+(?:area|region|zone|belt)$/i;

/**
 * nouns of one kind of feature, which a report and the tables write for one another ("the Nuba
 * hills" for the "Nuba Mountains"); a name that ends in a noun of another kind ("X delta", "X
 * valley") names a part of the feature or another thing, and is left alone
 */
const SAME_KIND: [RegExp, string[]][] = [
  [/\s+(?:mountains?|hills?|range|highlands)$/i, ['Mountains', 'Hills', 'Range']],
  [/\s+(?:plains?)$/i, ['Plain', 'Plains']],
  [/\s+(?:marshe?s?|swamps?|wetlands)$/i, ['Marshes', 'Swamp']],
];

/** the stem of a name and the nouns it may take: all of them for a bare name or an area's, those of its kind for a feature's */
function stemAndNouns(name: string): [string, string[]] | null {
  for (const [re, nouns] of SAME_KIND) if (re.test(name)) return [name.replace(re, ''), nouns];
  const stem = name.replace(AREA_ENDING, '');
  // (another feature's noun ending the name: "the Nile delta" is no point of the Nile)
  if (/\s+\p{Ll}+$/u.test(stem) || OTHER_FEATURE_ENDING.test(stem)) return null;
  return [stem, FEATURE_NOUNS];
}

/** a feature's noun of no kind above ending a name */
const OTHER_FEATURE_ENDING =
  /\s+(?:desert|forest|valley|plateau|pass|river|delta|basin|sea|peninsula|national\s+park|game\s+reserve|lake|gorge|canal)$/i;

/** How many of the article's countries, most named first, a feature may lie in. */
const FEATURE_CONTEXT = 3;

/** the one curated feature named by the stem and a feature noun, or null (none, or several) */
export function featureOfStem(name: string, ctx: string[]): Geo | null {
  const split = stemAndNouns(name.trim());
  if (!split) return null;
  const [stem, nouns] = split;
  // (a stem of one short word is too often something else's)
  if (stem.replace(/[^\p{L}]/gu, '').length < 4 || !/^\p{Lu}/u.test(stem)) return null;
  const home = ctx.slice(0, FEATURE_CONTEXT);
  let found: Geo | null = null;
  let source: string | undefined;
  for (const noun of nouns) {
    for (const c of lookupPlace(`${stem} ${noun}`)) {
      if (!c.source?.startsWith('region:')) continue;
      if (c.country && ctx.length && !home.includes(c.country)) continue;
      if (source !== undefined && source !== c.source) return null;
      source = c.source;
      found = { lat: c.lat, lon: c.lon, country: c.country, source: c.source };
    }
  }
  return found;
}

/**
 * Places each place that still has no point at the curated feature its name's stem and a
 * feature noun name ("the Zagros" → the Zagros Mountains, "the Sulaiman hills" → the Sulaiman
 * Mountains), when only one such feature exists in the article's countries. `geos` is changed in place.
 */
export function placeByFeatureStem(
  entities: { type: string; surfaces: string[] }[],
  names: string[],
  geos: (Geo | null | undefined)[],
  ctx: string[],
): void {
  entities.forEach((e, ei) => {
    if (e.type !== 'place' || geos[ei]) return;
    for (const s of new Set([names[ei], ...e.surfaces])) {
      const f = featureOfStem(s, ctx);
      if (f) {
        geos[ei] = f;
        return;
      }
    }
  });
}
