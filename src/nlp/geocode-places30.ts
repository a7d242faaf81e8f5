import { lookupPlace, lookupTowns, type PlaceCandidate } from '../knowledge/places.js';
import type { Geo } from '../types.js';
import { datelineEnd } from './dateline.js';
import { kmBetween } from './geocode.js';

// places30 (issue #10): two readings of a town the gazetteer picks by population alone, set
// right by what the report itself says of where it is.
//
// 1. The dateline's town steers a namesake of its own country. News style (the AP's among
//    others) names a town of the dateline's state or province without its state: in a report
//    filed from "HARRISBURG, Pa.", a bare "Hanover" is the Pennsylvania one, not the larger one
//    of Maryland. Among the namesakes the tables have in the dateline's country, the one
//    nearest the dateline's town is taken, when it lies within DATELINE_KM of it and nearer than
//    the gazetteer's reading. No admin-1 code is kept in the city tables, so
//    nearness to the dateline's town stands for "in the same state".
// 2. A lone town on another continent. A small city the tables have only in a country the
//    article never names (no place in it, no people's adjective), thousands of kilometres from
//    every other place the article places, is a namesake of some village of the report's own
//    country ("picked up in Bani" in a story from Kashmir is no town of the Dominican
//    Republic): its point is dropped so that the words around the name may place it.

/** A namesake this near the dateline's town is read as one of its state or province. */
const DATELINE_KM = 150;
/** A city this large keeps its name against a namesake near the dateline. */
const DATELINE_KEEP_POP = 100_000;
/** How much of the text from a sentence's start a dateline can take. */
const DATELINE_CHARS = 160;
/** How many of the first sentences are looked at for a dateline (the title may be one). */
const DATELINE_SENTENCES = 3;

/** a point of the town tables (not a country's, a division's or one placed by context) */
const isTownPoint = (g: Geo | null | undefined): g is Geo =>
  !!g && !g.near && !!g.country && /^(?:geonames|simplemaps|csc:)/.test(g.source ?? '');

interface Span {
  start: number;
  end: number;
}

/** ", Virginia", " in Maryland": the text gives the name its own container right after it */
const OWN_CONTAINER = /^(?:,\s*|\s+in\s+)\p{Lu}/u;

/** the entity whose mention the dateline holds, with its town point */
export function datelineTown(
  text: string,
  sentences: Span[],
  entities: { type: string; mentions: number[] }[],
  mentions: Span[],
  geos: (Geo | null | undefined)[],
): number {
  for (const s of sentences.slice(0, DATELINE_SENTENCES)) {
    // (not cut at the sentence's end: a state's abbreviation may close a sentence, "HARRISBURG, Pa.")
    const dl = datelineEnd(text.slice(s.start, s.start + DATELINE_CHARS));
    if (!dl) continue;
    let best = -1;
    let bestAt = Number.POSITIVE_INFINITY;
    entities.forEach((e, ei) => {
      if (e.type !== 'place' || !isTownPoint(geos[ei])) return;
      for (const mi of e.mentions) {
        const m = mentions[mi];
        if (m.start >= s.start && m.end <= s.start + dl && m.start < bestAt) {
          best = ei;
          bestAt = m.start;
        }
      }
    });
    return best;
  }
  return -1;
}

/**
 * A town the tables have several times in the dateline's country takes the reading nearest the
 * dateline's town (see above). `geos` is changed in place; runs after every place has its
 * gazetteer point and before the text's words place the rest (`placeByContext`), whose
 * "X, State" container still has the last word.
 */
export function steerByDateline(
  text: string,
  sentences: Span[],
  entities: { type: string; mentions: number[]; surfaces: string[] }[],
  mentions: Span[],
  geos: (Geo | null | undefined)[],
): void {
  const di = datelineTown(text, sentences, entities, mentions, geos);
  if (di < 0) return;
  const d = geos[di]!;
  entities.forEach((e, ei) => {
    const g = geos[ei];
    if (ei === di || e.type !== 'place' || !isTownPoint(g) || g.country !== d.country) return;
    if (e.mentions.some((mi) => OWN_CONTAINER.test(text.slice(mentions[mi].end, mentions[mi].end + 12))))
      return;
    const readings: PlaceCandidate[] = [];
    for (const s of e.surfaces) {
      readings.push(...lookupPlace(s).filter((c) => c.kind === 'city' && c.country === d.country));
      readings.push(...lookupTowns(s, d.country!));
    }
    // (a large city keeps its name: "Philadelphia" is the city, not a township near the dateline)
    const own = readings.find((c) => c.source === g.source);
    if (!own || (own.population ?? 0) >= DATELINE_KEEP_POP) return;
    const near = readings
      .filter((c) => kmBetween(c, d) <= DATELINE_KM)
      .sort((a, b) => kmBetween(a, d) - kmBetween(b, d))[0];
    if (near && kmBetween(near, d) < kmBetween(g, d))
      geos[ei] = { lat: near.lat, lon: near.lon, country: near.country, source: near.source };
  });
}

/** A lone foreign town this far from every other place of the article is on another continent. */
const FAR_LONE_KM = 3000;
/** A city this large is known well enough to be named without its country, however far. */
const FAR_LONE_MAX_POP = 200_000;
/** How many places of its own the article's first country needs before a far town is doubted. */
const FAR_LONE_HOME_PLACES = 3;

/**
 * Drops the point of a one-reading small city far from everything else the article places, in a
 * country nothing else names (see above). `adjectives` are the countries of the people's
 * adjectives the text uses.
 */
export function dropFarLoneTowns(
  entities: { type: string; surfaces: string[] }[],
  geos: (Geo | null | undefined)[],
  adjectives: ReadonlySet<string>,
): void {
  const placesIn = new Map<string, number>();
  geos.forEach((g, ei) => {
    if (entities[ei].type === 'place' && g?.country)
      placesIn.set(g.country, (placesIn.get(g.country) ?? 0) + 1);
  });
  let top = 0;
  for (const n of placesIn.values()) top = Math.max(top, n);
  if (top < FAR_LONE_HOME_PLACES) return;
  geos.forEach((g, ei) => {
    if (!isTownPoint(g) || entities[ei].type !== 'place') return;
    if ((placesIn.get(g.country!) ?? 0) > 1 || adjectives.has(g.country!)) return;
    const readings = entities[ei].surfaces.flatMap((s) => lookupPlace(s));
    if (
      !readings.length ||
      readings.some((c) => c.kind !== 'city' || (c.population ?? 0) >= FAR_LONE_MAX_POP)
    )
      return;
    // (every other point of the article, a country's too, lies on another continent)
    const far = geos.every((o, oi) => oi === ei || !o || kmBetween(o, g) > FAR_LONE_KM);
    if (far) geos[ei] = null;
  });
}
