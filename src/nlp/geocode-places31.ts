import { DIVISIONS, divisionAlternation, LOCAL_AREA } from '../knowledge/divisions.js';
import { lookupDistricts, type PlaceCandidate } from '../knowledge/places.js';
import type { Geo } from '../types.js';
import { kmBetween } from './geocode.js';

// places31 (issue #10): second-level divisions (districts, local government areas, counties,
// cercles, departments) that no city or town table has, from GeoNames' admin2 list
// (districts.tsv, each at the median of its towns; places.ts `lookupDistricts`).
//
// 1. A place the text calls a division of that kind ("the X district", "X County", "X Local
//    Government Area") that the town tables do not place, or place as a town far from the
//    division of that name, is the division: "Adams County" is one of a dozen counties, not a
//    town called Adams, and the one nearest the article's other places.
// 2. A place the words around it put only at a wide point (a province's, a region's or a
//    country's: "near X in Y State", "the X valley of Y province") is the division of its name
//    within Y, when Y's country has one near Y's point: a district's point is nearer the truth
//    than a province's.
// 3. Last, a place nothing placed is the division of its name in one of the article's first
//    countries, the one nearest the article's other places (or the only one).
// The table is read only for those places, one country at a time.

/** How many of the article's countries, most mentioned first, a division is sought in. */
const DISTRICT_CONTEXT = 3;
/** How far from a province's or a region's point a division the text puts in it may lie. */
const WIDE_ANCHOR_KM = 350;
/** A town reading this near the division of its name is its seat, and keeps its point. */
const SEAT_KM = 100;
/** How far from the article's nearest other place a division read with no other clue may lie. */
const LONE_DISTRICT_KM = 500;

/** a noun of a second-level division, written after the name ("Kukawa district", "Adams County") */
const DISTRICT_NOUN_AFTER = new RegExp(
  `^[\\s-]+(?:${divisionAlternation(DIVISIONS.filter((d) => !/^(?:state|province|region|territory)$/.test(d)))}|cercle|department|LGA|local\\s+government)\\b`,
  'i',
);
/**
 * The rest of a list of names that a plural of such a noun closes, after the first of them:
 * " and Gudu local government areas", ", Kukawa and Monguno districts" (each name one to three
 * capitalised words). Every name of the list is a division of that kind.
 */
const DISTRICT_NOUNS = [
  ...DIVISIONS.filter((d) => !/^(?:state|province|region|territory)$/.test(d)),
  'cercle',
  'department',
];
const LISTED_BEFORE_DISTRICT_NOUNS = new RegExp(
  `^(?:(?:\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+)\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}){1,6}[\\s-]+(?:${divisionAlternation(
    [...DISTRICT_NOUNS, ...DISTRICT_NOUNS.map((d) => d[0].toUpperCase() + d.slice(1))],
    true,
  )}|LGAs|[Ll]ocal\\s+[Gg]overnment\\s+(?:[Aa]reas|[Cc]ouncils)|[Cc]ouncil\\s+[Aa]reas)\\b`,
  'u',
);
/** a wide area's noun after a name ("the X region", "X area") */
const WIDE_NOUN_AFTER = /^[\s-]+(?:region|area|zone|belt)\b/i;
/** the same noun closing the name itself */
const DISTRICT_NOUN_END = /\s(?:District|County|Cercle|Department|Tehsil|Municipality|LGA|Prefecture)$/;
/** a feature word after a name the tables know alone */
const FEATURE_END =
  /[\s-]+(?:valley|district|county|cercle|department|tehsil|municipality|area|region|LGA|local government area|forest|hills|mountains)$/i;

interface Span {
  start: number;
  end: number;
}
interface PlaceEntity {
  type: string;
  /** the country of the gazetteer's reading mention finding gave it */
  country?: string | null;
  mentions: number[];
  surfaces: string[];
  kind?: string;
}

/** the kinds of a place that stands for a wide area, whatever its point ("Sokoto State" at its seat's) */
const WIDE_KINDS = new Set(['country', 'province', 'state', 'region', 'agency', 'governorate']);
/** a point that stands for a wide area: a country's, a division's or a curated region's */
const isWidePoint = (g: Geo, kind?: string): boolean =>
  !g.near && (/^(?:country|admin|region):/.test(g.source ?? '') || WIDE_KINDS.has(kind ?? ''));

/**
 * Whether ", Y" right after a place's mention names the division it lies in: a place mention
 * or an abbreviated state (", Mo.", ", Va."), as in "Clay County, Mo." or "Kukawa, Borno".
 */
function inNamedDivision(text: string, end: number, placeStarts: ReadonlySet<number>): boolean {
  const m = /^,\s+/.exec(text.slice(end, end + 4));
  if (!m) return false;
  const at = end + m[0].length;
  return placeStarts.has(at) || /^[A-Z][a-z]{1,4}\.(?=[\s,])/.test(text.slice(at, at + 8));
}

/** the division readings of an entity's names in one country */
function districtReadings(e: PlaceEntity, name: string, country: string): PlaceCandidate[] {
  const out = new Map<string, PlaceCandidate>();
  for (const s of [name, ...e.surfaces]) {
    const bare = s.replace(FEATURE_END, '');
    for (const v of bare !== s ? [s, bare] : [s])
      for (const c of lookupDistricts(v, country)) out.set(c.source, c);
  }
  return [...out.values()];
}

/**
 * Places districts, local government areas and counties from the admin2 table (see above).
 * `last` is false before `placeByContext` (steps 1 only), true after it (steps 2 and 3).
 * `geos` is changed in place.
 */
export function placeDistricts(
  text: string,
  entities: PlaceEntity[],
  mentions: Span[],
  names: string[],
  geos: (Geo | null | undefined)[],
  ctx: string[],
  last: boolean,
): void {
  // the article's other places with a point of their own (not a wide one, not one set by context)
  const points = (ei: number, country: string | null): Geo[] => {
    const out: Geo[] = [];
    geos.forEach((g, ai) => {
      if (ai === ei || !g || g.near || isWidePoint(g, entities[ai].kind) || entities[ai].type !== 'place')
        return;
      if (!country || g.country === country) out.push(g);
    });
    return out;
  };
  const nearest = (c: PlaceCandidate, anchors: Geo[]): number =>
    Math.min(Number.POSITIVE_INFINITY, ...anchors.map((a) => kmBetween(a, c)));
  /** of several readings, the one nearest the article's other places; alone, the only one */
  const choose = (readings: PlaceCandidate[], anchors: Geo[], maxKm: number): PlaceCandidate | undefined => {
    if (!readings.length) return undefined;
    if (!anchors.length) return readings.length === 1 ? readings[0] : undefined;
    const best = [...readings].sort((a, b) => nearest(a, anchors) - nearest(b, anchors))[0];
    return nearest(best, anchors) <= maxKm ? best : undefined;
  };
  const put = (ei: number, c: PlaceCandidate) => {
    geos[ei] = { lat: c.lat, lon: c.lon, country: c.country, source: c.source };
  };
  const home = ctx.slice(0, DISTRICT_CONTEXT);
  const placeStarts = new Set(
    entities.flatMap((e) => (e.type === 'place' ? e.mentions.map((mi) => mentions[mi].start) : [])),
  );
  entities.forEach((e, ei) => {
    if (e.type !== 'place') return;
    const g = geos[ei];
    if (!last) {
      // 1. the text calls it a district (county, local government area …)
      // (or a wide region of the curated table by its name: "the Macina cercle" is the cercle, not the
      // historic region around it; places35)
      const wide = !!g && !g.near && e.kind === 'region' && /^region:/.test(g.source ?? '');
      if (g && !wide && (g.near || !/^(?:geonames|simplemaps|csc:)/.test(g.source ?? ''))) return;
      const called =
        DISTRICT_NOUN_END.test(names[ei]) ||
        e.mentions.some((mi) => {
          const rest = text.slice(mentions[mi].end, mentions[mi].end + 32);
          return (
            DISTRICT_NOUN_AFTER.test(rest) ||
            LOCAL_AREA.test(rest.trimStart()) ||
            LISTED_BEFORE_DISTRICT_NOUNS.test(text.slice(mentions[mi].end, mentions[mi].end + 160))
          );
        });
      if (!called) return;
      // (a region the text also calls a region, "the X region", stays one)
      if (
        wide &&
        e.mentions.some((mi) => WIDE_NOUN_AFTER.test(text.slice(mentions[mi].end, mentions[mi].end + 16)))
      )
        return;
      // a point set by the division the text puts it in (", Mo.", ", Y State") stays
      if (g && e.mentions.some((mi) => inNamedDivision(text, mentions[mi].end, placeStarts))) return;
      for (const country of g?.country ? [g.country] : home) {
        const c = choose(districtReadings(e, names[ei], country), points(ei, country), LONE_DISTRICT_KM);
        if (!c) continue;
        // (a town reading near the division of its name is its seat: kept)
        if (g && !wide && kmBetween(g, c) <= SEAT_KM) return;
        put(ei, c);
        return;
      }
      return;
    }
    if (g?.near) {
      // 2. placed at a wide point by the words around it: the division of its name near that point
      const ai = names.indexOf(g.near);
      const a = ai >= 0 ? geos[ai] : undefined;
      if (!a || !g.country || !isWidePoint(a, entities[ai].kind)) return;
      const country = a.source?.startsWith('country:') || entities[ai].kind === 'country';
      const readings = districtReadings(e, names[ei], g.country).filter(
        (c) => country || kmBetween(c, a) <= WIDE_ANCHOR_KM,
      );
      const c = country
        ? choose(readings, points(ei, g.country), LONE_DISTRICT_KM)
        : readings.sort((x, y) => kmBetween(x, a) - kmBetween(y, a))[0];
      if (c) put(ei, c);
      return;
    }
    if (g) return;
    // 3. nothing placed it: the division of its name in the article's first countries (not in the
    // country of a reading of its own that was dropped, when nothing else the article places lies there)
    for (const country of home) {
      if (country === e.country && !points(ei, country).length) continue;
      const c = choose(districtReadings(e, names[ei], country), points(ei, country), LONE_DISTRICT_KM);
      if (c) {
        put(ei, c);
        return;
      }
    }
  });
}
