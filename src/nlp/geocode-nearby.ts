import { lookupPlace, lookupTowns, type PlaceCandidate } from '../knowledge/places.js';
import type { Geo } from '../types.js';
import { kmBetween } from './geocode.js';

// A town's name that the tables give to several towns of one country ("Aurangabad" in
// Maharashtra and in Bihar, "Handwara" in Kashmir and in Madhya Pradesh) is read by the
// gazetteer as its most populous namesake. A report's places lie mostly in one area: when
// that reading lies far from every other place the article names in the same country, and
// those others lie together, another reading of the name near them is the town meant; and a
// reading found only by another spelling, or one of several namesakes, with none near them,
// is dropped, so that the words around the name may place it.

/** A town this far from every other place of its country in the article is doubted. */
const OUTLIER_KM = 400;
/** A town found only under another spelling this far from them is doubted. */
const SPELLING_OUTLIER_KM = 200;
/** Two of the article's other places at most this far apart make an area. */
const AREA_KM = 300;
/** A city this large keeps its reading, however far. */
const LARGE_POP = 100_000;
/** A city this large is never taken for a namesake near the area. */
const METROPOLIS_POP = 2_000_000;
/** Another reading this close to one of the article's other places is taken instead. */
const NEAR_KM = 150;

/** a point of the town tables (not a country's, a division's or one placed by context) */
const isTownPoint = (g: Geo | null | undefined): g is Geo =>
  !!g && !g.near && !!g.country && /^(?:geonames|simplemaps|csc:)/.test(g.source ?? '');

/** a point that can anchor the area: a town's or a division's, not a country's or one lent by context */
const isAnchor = (g: Geo | null | undefined): g is Geo =>
  !!g && !g.near && !!g.country && !!g.source && !g.source.startsWith('country:');

/** a name, and the same with the Arabic article before it ("Al Busayrah", "Ash Shuhayl") */
function withArticle(name: string): string[] {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(name)) return [name];
  const sun = /^(?:th|sh|dh|[tdrzsn])/.exec(name.toLowerCase());
  return [name, `Al ${name}`, ...(sun ? [`A${sun[0]} ${name}`] : [])];
}

/**
 * Moves or drops a town read far from the area of the article's other places of its country
 * (see above). `geos` is changed in place; runs after every place has its gazetteer point
 * and before the text's words place the rest (`placeByContext`).
 */
export function settleNamesakesByArea(
  entities: { type: string; surfaces: string[] }[],
  geos: (Geo | null | undefined)[],
): void {
  // ("Bijapur" and "Narayanpur", each the name of towns in two states, do not vouch for each
  // other's wrong reading: a name with namesakes far apart in its country, and none of the
  // other places near the reading taken, anchors nothing)
  const namesakesOf = new Map<number, boolean>();
  const namesakes = (ai: number): boolean => {
    let v = namesakesOf.get(ai);
    if (v === undefined) {
      const g = geos[ai]!;
      const readings = entities[ai].surfaces.flatMap((s) => [
        ...lookupPlace(s).filter((c) => c.kind === 'city' && c.country === g.country),
        ...lookupTowns(s, g.country!),
      ]);
      v = readings.some((a) => kmBetween(a, g) > NEAR_KM);
      namesakesOf.set(ai, v);
    }
    return v;
  };
  entities.forEach((e, ei) => {
    const g = geos[ei];
    if (e.type !== 'place' || !isTownPoint(g)) return;
    const all: number[] = [];
    geos.forEach((a, ai) => {
      if (ai !== ei && entities[ai].type === 'place' && isAnchor(a) && a.country === g.country) all.push(ai);
    });
    const alone = (ai: number) => !all.some((bi) => bi !== ai && kmBetween(geos[ai]!, geos[bi]!) <= NEAR_KM);
    const anchors = all.filter((ai) => !(alone(ai) && namesakes(ai))).map((ai) => geos[ai]!);
    if (anchors.length < 2) return;
    const area = anchors.some((a, i) => anchors.some((b, j) => j > i && kmBetween(a, b) <= AREA_KM));
    if (!area) return;
    const nearest = (p: { lat: number; lon: number }) => Math.min(...anchors.map((a) => kmBetween(a, p)));
    // (its own name, or with the Arabic article the tables write: "Busayrah", "Al Busayrah")
    const direct = e.surfaces
      .flatMap(withArticle)
      .flatMap((s) => [...lookupPlace(s).filter((c) => c.kind === 'city'), ...lookupTowns(s, g.country!)]);
    const exact = direct.find((c) => c.source === g.source);
    // ("Sariab" read as "Surab" by its consonants: another spelling is doubted sooner, by the
    // towns around it — a province's point says little of where in it a town lies)
    const towns = anchors.filter(isTownPoint);
    const nearTown = towns.length ? Math.min(...towns.map((a) => kmBetween(a, g))) : 0;
    const readings: PlaceCandidate[] = [];
    for (const s of e.surfaces) {
      readings.push(...lookupPlace(s).filter((c) => c.kind === 'city' && c.country === g.country));
      readings.push(...lookupTowns(s, g.country!));
    }
    // (a reading with none of the other places near it gives way to a namesake with two or more
    // near it, though a state's wide point may lie within the outlier distance of the first)
    const around = (p: { lat: number; lon: number }) =>
      anchors.filter((a) => kmBetween(a, p) <= NEAR_KM).length;
    if (exact && (exact.population ?? 0) < METROPOLIS_POP && !around(g)) {
      const inArea = readings
        .filter((c) => kmBetween(c, g) > NEAR_KM && around(c) >= 2)
        .sort((a, b) => around(b) - around(a) || nearest(a) - nearest(b))[0];
      if (inArea) {
        geos[ei] = { lat: inArea.lat, lon: inArea.lon, country: inArea.country, source: inArea.source };
        return;
      }
    }
    if (exact ? nearest(g) <= OUTLIER_KM : nearTown <= SPELLING_OUTLIER_KM) return;
    const others = readings.filter((c) => kmBetween(c, g) > NEAR_KM);
    const best = others.sort((a, b) => nearest(a) - nearest(b))[0];
    // (a metropolis keeps its name: "Hyderabad" is the city of millions, not a village near the area)
    if (best && nearest(best) <= NEAR_KM && (exact?.population ?? 0) < METROPOLIS_POP) {
      geos[ei] = { lat: best.lat, lon: best.lon, country: best.country, source: best.source };
      return;
    }
    // (a reading of its own name, with no namesake in the country or of a large city, is
    // kept: a far town the report names on purpose)
    if (!exact || (others.length && (exact.population ?? 0) < LARGE_POP)) geos[ei] = null;
  });
}
