import { isNationalCapital } from '../knowledge/places.js';
import type { Geo } from '../types.js';
import { BEARING } from './geocode.js';
import { datelineTown } from './geocode-places30.js';

// places35: a village or a camp that no table has and nothing in the text placed (or placed only at
// its country's point), in a report
// filed from a provincial town of the article's own country ("COX'S BAZAR, Bangladesh — … inside
// the X camp"), lies in the dateline town's district: a correspondent files from the town nearest
// the story. The town's point, marked `near` it. A national capital is no such town: reports
// from the capital cover the whole country.

/** a name the text calls a small place: "the village of X", "X camp", "X, a village" */
const SMALL_BEFORE = /\b(?:village|hamlet|settlement|camp)\s+of\s+$/i;
const SMALL_AFTER =
  /^(?:[\s-]+(?:refugee\s+|displacement\s+|IDP\s+)?(?:village|hamlet|settlement|camp)\b|,\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:village|hamlet|camp)\b)/iu;
/** " camp in southeastern " / ", in ": between a place and the country the text puts it in */
const IN_COUNTRY_AFTER =
  /^(?:[\s-]+(?:refugee\s+)?(?:village|hamlet|settlement|camp))?,?\s+in\s+(?:the\s+)?(?:(?:far\s+)?(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west|central)(?:ern)?\s+)?/i;

/** a compass part of a country before its name: "northern ", "far north-eastern ", "the south of " */
const PART_BEFORE =
  /\b(?:(?:far\s+)?((?:north|south)(?:[- ]?(?:east|west))?|east|west)ern\s+|the\s+(?:far\s+)?((?:north|south)(?:[- ]?(?:east|west))?|east|west)\s+of\s+)$/i;
/** How far off the named compass part's bearing the dateline's town may lie from its country's point. */
const PART_SLACK_DEG = 67.5;

/**
 * Whether the text puts its story in a compass part of the dateline's country that the dateline's
 * town is not in ("MOPTI, Mali — … in northern Mali": Mopti lies south of Mali's point), judged by
 * the bearing from the country's point to the town's.
 */
function outsideNamedPart(
  text: string,
  entities: { type: string; mentions: number[] }[],
  mentions: Span[],
  geos: (Geo | null | undefined)[],
  d: Geo,
): boolean {
  let outside = false;
  entities.forEach((e, ei) => {
    const c = geos[ei];
    if (e.type !== 'place' || !c?.source?.startsWith('country:') || c.country !== d.country) return;
    for (const mi of e.mentions) {
      const m = PART_BEFORE.exec(text.slice(Math.max(0, mentions[mi].start - 30), mentions[mi].start));
      if (!m) continue;
      const want = BEARING[(m[1] ?? m[2]).toLowerCase().replace(/[- ]/g, '')];
      const r = Math.PI / 180;
      const y = Math.sin((d.lon - c.lon) * r) * Math.cos(d.lat * r);
      const x =
        Math.cos(c.lat * r) * Math.sin(d.lat * r) -
        Math.sin(c.lat * r) * Math.cos(d.lat * r) * Math.cos((d.lon - c.lon) * r);
      const got = (Math.atan2(y, x) / r + 360) % 360;
      const off = Math.abs(((got - want + 540) % 360) - 180);
      if (off > PART_SLACK_DEG) outside = true;
    }
  });
  return outside;
}

interface Span {
  start: number;
  end: number;
}

/**
 * Gives the dateline town's point to villages and camps still without one (see above). `first`
 * is the article's first country; `geos` is changed in place. Runs last of the geocoding steps.
 */
export function placeNearDateline(
  text: string,
  sentences: Span[],
  entities: { type: string; mentions: number[] }[],
  mentions: Span[],
  names: string[],
  geos: (Geo | null | undefined)[],
  first: string | undefined,
): void {
  if (!first || !geos.some((g, ei) => (!g || g.near) && entities[ei].type === 'place')) return;
  const di = datelineTown(text, sentences, entities, mentions, geos);
  if (di < 0) return;
  const d = geos[di]!;
  if (d.country !== first || isNationalCapital(names[di])) return;
  // where each country's mentions start: "X camp in Y" with Y another country is no place of the dateline's
  const countryAt = new Map<number, string>();
  entities.forEach((e, ei) => {
    const g = geos[ei];
    if (e.type === 'place' && g?.country && g.source?.startsWith('country:'))
      for (const mi of e.mentions) countryAt.set(mentions[mi].start, g.country);
  });
  if (outsideNamedPart(text, entities, mentions, geos, d)) return;
  const countryNames = new Set(names.filter((_, ei) => geos[ei]?.source?.startsWith('country:')));
  entities.forEach((e, ei) => {
    // (or set only at its country's point: "the village of X in southwestern Pakistan")
    const g = geos[ei];
    if (e.type !== 'place' || ei === di || (g && !(g.near && countryNames.has(g.near)))) return;
    let small = false;
    for (const mi of e.mentions) {
      const m = mentions[mi];
      const after = text.slice(m.end, m.end + 60);
      const c = IN_COUNTRY_AFTER.exec(after);
      const code = c ? countryAt.get(m.end + c[0].length) : undefined;
      if (code !== undefined && code !== d.country) return;
      if (SMALL_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) || SMALL_AFTER.test(after))
        small = true;
    }
    if (small) geos[ei] = { lat: d.lat, lon: d.lon, country: d.country, near: names[di] };
  });
}
