import {
  compassDivisionBase,
  DIVISIONS,
  divisionAlternation,
  LOCAL_AREA,
  NEWER_DIVISIONS,
} from '../knowledge/divisions.js';
import { foldKey } from '../knowledge/fold.js';
import {
  geocode,
  lookupCompassDivision,
  lookupDistricts,
  lookupDivisionSpelling,
  lookupPlace,
  lookupSpellingIn,
  lookupTown,
  lookupTownSpelling,
  lookupTowns,
  neighbourCountries,
} from '../knowledge/places.js';
import type { Geo } from '../types.js';
import type { Annotated } from './annotated.js';
import { type Entity, newEntity } from './entities.js';
import type { Lexicon } from './lexicon.js';
import type { Mention } from './mentions.js';

// Stage 7: coordinates for every place, offline. Ambiguous names are settled by the
// countries the article is about: the countries it names, and the countries of the
// places it names unambiguously, most mentioned first (Hyderabad in an article about
// Pakistan is Hyderabad, Sindh).

export function countryContext(doc: Annotated, lex: Lexicon): string[] {
  const counts = new Map<string, number>();
  const vote = (c: string, n: number) => counts.set(c, (counts.get(c) ?? 0) + n);
  // A name the gazetteers place in several countries ("Hyderabad", "Tripoli") votes only once
  // the others have spoken, for its reading in their countries: the reading mention finding
  // took alone (the most populous) would otherwise count its own country.
  const ambiguous: Entity[] = [];
  for (const e of doc.entities) {
    if (e.type !== 'place' || !e.country) continue;
    // a country name shared by two countries ("Congo") waits for the others too
    if (readingCountries(e).size > 1 && (e.kind !== 'country' || countryReadings(e) > 1)) ambiguous.push(e);
    else vote(e.country, e.mentions.length * (e.kind === 'country' ? 2 : 1));
  }
  for (const c of demonymCountries(doc, lex)) vote(c, 1);
  const first = ranked(counts);
  for (const e of ambiguous) {
    const g = geocode(e.surfaces[0] ?? '', first, { spellings: false });
    const c = g?.country ?? e.country;
    if (c) vote(c, e.mentions.length);
  }
  return ranked(counts);
}

/**
 * The country of each demonym the text writes ("Pakistani", "Sudanese"), in text order.
 * The pipeline asks three times for each document (countryContext twice, dropLoneNamesakes),
 * so the answer is kept with the document.
 */
export function demonymCountries(doc: Annotated, lex: Lexicon): readonly string[] {
  const kept = demonymsOf.get(doc);
  if (kept && kept.lex === lex && kept.text === doc.text) return kept.countries;
  const countries: string[] = [];
  for (const m of doc.text.matchAll(/\b[A-Z][a-z]+(?:i|an|ese|ish)\b/g)) {
    const d = lex.demonym(m[0]);
    if (d?.country) countries.push(d.country);
  }
  demonymsOf.set(doc, { lex, text: doc.text, countries });
  return countries;
}

const demonymsOf = new WeakMap<Annotated, { lex: Lexicon; text: string; countries: readonly string[] }>();

const ranked = (counts: Map<string, number>): string[] =>
  [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);

/** how many countries an entity's names name as countries */
function countryReadings(e: Entity): number {
  const out = new Set<string>();
  for (const s of e.surfaces)
    for (const c of lookupPlace(s)) if (c.kind === 'country' && c.country) out.add(c.country);
  return out.size;
}

/** the countries of every gazetteer reading of an entity's names */
function readingCountries(e: Entity): Set<string> {
  const out = new Set<string>();
  for (const s of e.surfaces) for (const c of lookupPlace(s)) if (c.country) out.add(c.country);
  return out;
}

/** How many of the article's countries, most mentioned first, a town missing from the main tables is sought in. */
const TOWN_CONTEXT = 3;

// "Andarab valley", "Ancuabe district", "Kutupalong camp": the word after the name says what
// kind of place it is; the gazetteers know the name alone. "Maguindanao del Sur", a part the
// gazetteers lack, lies in the province they know.
const FEATURE_WORD =
  /[\s-]+(?:valley|district|province|state|region|area|town|township|city|village|camp|county|municipality|sub-?district|tehsil|division|mountains|hills|forest|pass|canal|gorge|plateau|(?:del?\s+)?(?:Sur|Norte|Este|Oeste|Centro)|Occidental|Oriental)$/i;

/**
 * Where a place is: its names in the gazetteers (countries, regions, cities), then the
 * same without a feature word ("X district"), then the towns of the article's own
 * countries that only the towns table lists, and last another spelling of a large town.
 */
export function geocodeEntity(e: Entity, name: string, ctx: string[]): Geo | null {
  const names = [name, ...e.surfaces];
  const bare = names.map((s) => s.replace(FEATURE_WORD, '')).filter((s, i) => s !== names[i] && s.length > 2);
  const home = ctx.slice(0, TOWN_CONTEXT);
  // (places37) "Eastern Province", "North-West", "Est": a division named by compass words alone is
  // one of the article's own countries, never a namesake elsewhere ("Nigeria's North-West region" is
  // no part of Cameroon)
  const compass = names.filter((s) => compassDivisionBase(foldKey(s)) !== undefined);
  for (const s of [...names, ...bare]) {
    const g = geocode(s, ctx, { spellings: false });
    if (!g) continue;
    // "Niger state", "Mexico state": a division named after its country is not the country
    if (g.source?.startsWith('country:') && !names.includes(s)) continue;
    if (compass.includes(s) && ctx.length && g.country && !ctx.includes(g.country)) continue;
    // "Palma" in a story about Mozambique: a town of a country the article names more than the
    // city's own comes before a city of middle size elsewhere
    const at = g.country ? ctx.indexOf(g.country) : -1;
    const before = (at < 0 ? ctx : ctx.slice(0, at)).slice(0, HOME_TOWN_CONTEXT);
    if (before.length && /\p{Ll}/u.test(s) && onlyForeignTowns(s, before)) {
      const t = lookupTown(s, before) ?? townWithArticle(s, before) ?? townWithQK(s, before);
      if (t) return t;
      // ("Bara" in a story about Sudan: its "Barah", not a namesake in Nigeria)
      const v = lookupSpellingIn(s, before);
      if (v) return { lat: v.lat, lon: v.lon, country: v.country, source: v.source };
    }
    return seatNamedAlike(e, s, g) ?? g;
  }
  // (places37) "Eastern Province" of Sri Lanka or of Saudi Arabia, Ghana's "Upper East Region",
  // Burkina Faso's "Est": the compass division of that name in the article's first countries
  for (const s of compass) {
    const d = lookupCompassDivision(s, home);
    if (d) return { lat: d.lat, lon: d.lon, country: d.country, source: d.source };
  }
  if (compass.length) return null;
  // "Concord, Mass.": a name mention finding read as a gazetteer place of its own (a state's
  // abbreviation after a town) is placed under the name the gazetteer keys it by
  // (not a city's key: "Wash." keyed as the city of Washington is the state)
  const keyed = /^place:(?!city:)[a-z]+:([A-Z]{2}):(.+)$/.exec(e.key ?? '');
  if (keyed && e.surfaces.every((t) => ABBREVIATED.test(t))) {
    const g = geocode(keyed[2], [keyed[1], ...ctx], { spellings: false });
    if (g && g.country === keyed[1]) return g;
  }
  if (home.length)
    for (const s of [...names, ...bare]) {
      const t = lookupTown(s, home);
      if (t) return { lat: t.lat, lon: t.lon, country: t.country, source: t.source };
    }
  // "Baaj" for the tables' "Al-Baaj", "Shuhayl" for "Ash Shuhayl": the article left off
  for (const s of [...names, ...bare]) {
    const t =
      townWithArticle(s, ctx.slice(0, HOME_TOWN_CONTEXT)) ?? townWithQK(s, ctx.slice(0, HOME_TOWN_CONTEXT));
    if (t) return t;
  }
  for (const s of names) {
    const g = geocode(s, ctx);
    // ("Kamuku" read as Pakistan's "Kamoke" in a story about Nigeria: another spelling of a town
    // in a country the article never names is no reading)
    if (g && ctx.length && g.country && !ctx.includes(g.country) && !lookupPlace(s).length) continue;
    if (g) return g;
  }
  // "Deir el-Zor", "Ras el-Ain": the Arabic article spelled another way ("al") or left out
  for (const s of names) {
    if (!ARTICLE_INSIDE.test(s)) continue;
    for (const v of [s.replace(ARTICLE_INSIDE, ' al-'), s.replace(ARTICLE_INSIDE, ' ')]) {
      const g = geocode(v, ctx, { spellings: false });
      if (g) return g;
    }
  }
  // "Rakhine" for the division the tables call "Rakhine State"
  // ("South-West" in a story about Cameroon: its "South-West Region", not Somalia's "South
  // West State": of the nouns' readings, the one in the article's countries first)
  for (const s of [...names, ...bare]) {
    if (/\s/.test(s) && s.split(/\s+/).length > 2) continue;
    let best: Geo | null = null;
    let bestAt = Number.POSITIVE_INFINITY;
    for (const noun of DIVISION_NAME_NOUNS) {
      const g = geocode(`${s} ${noun}`, ctx, { spellings: false });
      if (!g) continue;
      // ("the provinces of Meta, …": Colombia's "Meta department", in a story that names Colombia)
      // ("Obongi district" of Uganda, "Tana River county" of Kenya: places36)
      if (HOME_DIVISION_NOUN.test(noun) && !(g.country && ctx.includes(g.country))) continue;
      const at = g.country && ctx.includes(g.country) ? ctx.indexOf(g.country) : ctx.length;
      if (!best || at < bestAt) {
        best = g;
        bestAt = at;
      }
    }
    if (best) return best;
  }
  // "Kyaukphyu" for the towns table's "Kyaukpyu": without vowels and aspirates, in the article's own country
  if (home.length)
    for (const s of [...names, ...bare]) {
      const t = lookupTownSpelling(s, home);
      if (t) return { lat: t.lat, lon: t.lon, country: t.country, source: t.source };
    }
  // "Afgoye" for "Afgooye": a letter written once or twice, in the article's first two countries
  for (const c of ctx.slice(0, HOME_TOWN_CONTEXT))
    for (const s of [...names, ...bare])
      for (const v of doubledLetterVariants(s)) {
        const g = geocode(v, [c], { spellings: false });
        if (g && g.country === c) return g;
        const t = lookupTown(v, [c]);
        if (t) return { lat: t.lat, lon: t.lon, country: t.country, source: t.source };
      }
  // "Sweida" for the tables' "As Suwayda", "Dhale" for "Ad Dali", "Beqaa" for "Bekaa": a division
  // or a region of the article's first two countries written otherwise, alone so read (places32)
  for (const s of [...names, ...bare]) {
    const d = lookupDivisionSpelling(s, ctx.slice(0, HOME_TOWN_CONTEXT));
    if (d) return { lat: d.lat, lon: d.lon, country: d.country, source: d.source };
  }
  // "East Jakarta", "South Tarawa", "Upper Dir": a compass part of a city or a division the
  // tables know under its name alone lies in it; its point, marked near it (never a country's:
  // "Western Sahara" is no part of the Sahara's centre)
  for (const s of names) {
    const m = COMPASS_PART.exec(s);
    if (!m) continue;
    const rest = s.slice(m[0].length);
    const g = geocode(rest, ctx, { spellings: false });
    if (g && !g.source?.startsWith('country:') && g.country && (!ctx.length || ctx.includes(g.country)))
      return { lat: g.lat, lon: g.lon, country: g.country, near: rest };
  }
  return null;
}

/** an abbreviated name: "Mass.", "Calif.", "N.Y.", "DC" */
const ABBREVIATED = /^(?:\p{Lu}\p{Ll}{0,4}\.|(?:\p{Lu}\.){2,3}|\p{Lu}{2})$/u;

/** a compass word opening a name: "East Jakarta", "Upper Dir" */
const COMPASS_PART = /^(?:North|South|East|West|Central|Upper|Lower)(?:[-\s]+)(?=\p{Lu})/u;

/** How far from a division's table point the city it is named after may lie to stand for it. */
const SEAT_KM = 100;
/** How many people the city a division is named after has, at least, to stand for it. */
const SEAT_MIN_POP = 50_000;

/**
 * "reporters in Hasakah", "Hasakah province": one entity, the province and its seat. When a
 * mention names it bare, the division of the division table gives way to the large city of
 * that name (with or without the Arabic article) in the same country and near its point: the
 * bare name is the city, and the city lies in the province. The table's point for a division
 * is the median of its towns, no truer for the province than the seat.
 */
function seatNamedAlike(e: Entity, s: string, g: Geo): Geo | null {
  if (!g.source?.startsWith('admin:') || !g.country) return null;
  if (!e.surfaces.some((t) => !FEATURE_WORD.test(t) && !/\s/.test(t.trim()))) return null;
  const forms = [s, ...(ARABIC_NAMED.has(g.country) ? [`Al ${s}`] : [])];
  for (const v of forms)
    for (const c of lookupPlace(v))
      if (
        c.kind === 'city' &&
        c.country === g.country &&
        (c.population ?? 0) >= SEAT_MIN_POP &&
        kmBetween(c, g) <= SEAT_KM
      )
        return { lat: c.lat, lon: c.lon, country: c.country, source: c.source };
  return null;
}

/** How many of the article's countries, most mentioned first, a name taken for a person is sought in as a town. */
const HOME_TOWN_CONTEXT = 2;
/** a speech verb right after a name: its speaker ("Garba said") */
const SPEECH_AFTER = /^\s+(?:said|says|told|added|stated|explained|insisted|argued|wrote|tweeted|recalled)\b/;
/** "residents of X said": the name is where the speakers are from */
const PLACE_PREP_BEFORE = /\b(?:of|in|from|at|near|outside|around)\s+$/i;

/** Where the mentions of the entities typed place start and end. */
function placeBounds(doc: Annotated): { placeEnds: Set<number>; placeStarts: Set<number> } {
  const placeEnds = new Set<number>();
  const placeStarts = new Set<number>();
  doc.mentions.forEach((m, mi) => {
    const ei = doc.mentionEntity[mi];
    if (ei >= 0 && doc.entities[ei].type === 'place') {
      placeEnds.add(m.end);
      placeStarts.add(m.start);
    }
  });
  return { placeEnds, placeStarts };
}

/**
 * A name the mention stage took for a person by its shape alone ("troops seized Mahaday",
 * "Kyauktaw was calm", "to Wad Madani"), with no title, no given name and no speech verb of
 * its own, that is a town of the article's own country in the gazetteers: a place. Only the
 * article's first two countries are searched, so a surname that is a town somewhere else
 * stays a person. Runs before quotes, ties and events, which read the types.
 */
export function retypeHomeTowns(doc: Annotated, lex: Lexicon, ctx: string[]): void {
  const home = ctx.slice(0, HOME_TOWN_CONTEXT);
  if (!home.length) return;
  const { placeEnds, placeStarts } = placeBounds(doc);
  for (const e of doc.entities) {
    if (e.type !== 'person' || e.title) continue;
    const ms = e.mentions.map((mi) => doc.mentions[mi]);
    // ("El Dabaa", "Al Mahfad": the Arabic article, which the given-name lists hold as "El" and
    // "Al", typed the name a person's)
    if (
      !ms.every(
        (m) =>
          (m.type === 'unknown' || (m.type === 'person' && ARTICLE_FIRST.test(m.text))) &&
          !m.title &&
          !m.full,
      )
    )
      continue;
    if (e.surfaces.some((s) => lex.common(s))) continue;
    // "at Ann", "near Carmen": a given name, or a name of three letters, is a place only where
    // each of its mentions follows a preposition of place, and only as a town of the first country
    const nameLike = e.surfaces.some(
      (s) => s.length < 4 || lex.givenName(s.replace(ARTICLE_FIRST, '').split(/\s+/)[0]),
    );
    if (
      nameLike &&
      !e.mentions.every((mi) => {
        const m = doc.mentions[mi];
        return (
          LOCATIVE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 8), m.start)) &&
          !/^['’]s\b/.test(doc.text.slice(m.end, m.end + 3))
        );
      })
    )
      continue;
    if (
      ms.some(
        (m) =>
          SPEECH_AFTER.test(doc.text.slice(m.end, m.end + 20)) &&
          !PLACE_PREP_BEFORE.test(doc.text.slice(Math.max(0, m.start - 12), m.start)),
      )
    )
      continue;
    if (!ms.some((m) => placeLikeSlot(doc, m, placeEnds, placeStarts))) continue;
    // ("Sabha and Derna" for the tables' "Darnah": another spelling, in the first country only)
    const g =
      homeTown(e.surfaces[0], nameLike ? home.slice(0, 1) : home) ??
      (nameLike ? null : homeSpelling(e.surfaces[0], home.slice(0, 1)));
    if (!g) continue;
    e.type = 'place';
    e.country = g.country;
  }
}

/** "according to X", "spoke to X", "loyal to X": "to" before a person, not a destination */
const TO_A_PERSON =
  /\b(?:according|spoke|speaking|talked|talking|told|said|wrote|writing|sent|gave|given|handed|belongs?|belonged|loyal|close|closer|next|linked|tied|allegiance|message|letter|due|thanks|reported|reporting|addressed|married|related|similar|opposed|answer(?:ed|s)?|appeal(?:ed|s)?|close)\s+to\s+$/i;

/**
 * A lone name no stage typed, where places stand ("fled to X", "in X on Monday", "residents of
 * X"), that is a town of the article's first two countries in the gazetteers ("residents fled
 * to Torodi" in a story set in Niger): a place. Not a given name, an English word or a name
 * before a speech verb; "according to X" and the like put a person there. Runs with
 * retypeHomeTowns, before quotes, ties and events.
 */
export function addHomeTowns(doc: Annotated, lex: Lexicon, ctx: string[]): void {
  const home = ctx.slice(0, HOME_TOWN_CONTEXT);
  if (!home.length) return;
  const made = new Map<string, number>();
  const { placeEnds, placeStarts } = placeBounds(doc);
  doc.mentions.forEach((m, mi) => {
    if (doc.mentionEntity[mi] >= 0 || m.type !== 'unknown' || m.title || m.guess) return;
    if (!/^\p{Lu}\p{Ll}{3,}$/u.test(m.text) || lex.common(m.text) || lex.givenName(m.text)) return;
    const before = doc.text.slice(Math.max(0, m.start - 40), m.start);
    if (!placeLikeSlot(doc, m, placeEnds, placeStarts) || TO_A_PERSON.test(before)) return;
    if (SPEECH_AFTER.test(doc.text.slice(m.end, m.end + 20))) return;
    let ei = made.get(m.text);
    if (ei === undefined) {
      // ("Derna" for the tables' "Darnah": another spelling, in the article's own countries)
      const g = homeTown(m.text, home) ?? homeSpelling(m.text, home);
      if (!g) return;
      ei = doc.entities.length;
      const e = newEntity('place', mi, g.country);
      e.surfaces.push(m.text);
      doc.entities.push(e);
      made.set(m.text, ei);
    }
    const e = doc.entities[ei];
    e.mentions.push(mi);
    e.last = Math.max(e.last, mi);
    doc.mentionEntity[mi] = ei;
  });
}

/**
 * A one-word town name that is the surname of a person the article named in full before it
 * ("Commander Rahim Jalali ... calling Jalali a martyr"): the person, not a town elsewhere
 * that shares the name, unless one of its mentions stands where places stand ("fled to X",
 * "residents of X", "X and Kabul"). Its mentions join the person. Runs right after the
 * entities are made, before anything reads their types or indexes.
 */
export function surnamesTakenForTowns(doc: Annotated): void {
  const firstAt = (e: Entity) => Math.min(...e.mentions.map((mi) => doc.mentions[mi].start));
  const bySurname = new Map<string, number>();
  doc.entities.forEach((e, ei) => {
    if (e.type !== 'person') return;
    for (const s of e.surfaces) {
      const words = s.split(/\s+/);
      if (words.length < 2) continue;
      const last = words[words.length - 1];
      if (/^\p{Lu}\p{Ll}{2,}$/u.test(last) && !bySurname.has(last)) bySurname.set(last, ei);
    }
  });
  // "Rizal Fahmi … Rizal's lawyer": where many go by their first name (Indonesia, Malaysia),
  // a name of two words only, whose first word is no given name elsewhere listed as a surname
  doc.entities.forEach((e, ei) => {
    if (e.type !== 'person') return;
    for (const s of e.surfaces) {
      const words = s.split(/\s+/);
      if (words.length !== 2) continue;
      const first = words[0];
      if (/^\p{Lu}\p{Ll}{2,}$/u.test(first) && !bySurname.has(first)) bySurname.set(first, ei);
    }
  });
  if (!bySurname.size) return;
  const { placeEnds, placeStarts } = placeBounds(doc);
  const gone = new Set<number>();
  doc.entities.forEach((e, ei) => {
    if (e.type !== 'place' || (e.kind && e.kind !== 'city') || e.surfaces.length !== 1) return;
    const pi = bySurname.get(e.surfaces[0]);
    if (pi === undefined || firstAt(doc.entities[pi]) > firstAt(e)) return;
    const ms = e.mentions.map((mi) => doc.mentions[mi]);
    if (ms.some((m) => placeLikeSlot(doc, m, placeEnds, placeStarts))) return;
    const person = doc.entities[pi];
    for (const mi of e.mentions) doc.mentionEntity[mi] = pi;
    person.mentions = [...person.mentions, ...e.mentions].sort(
      (a, b) => doc.mentions[a].start - doc.mentions[b].start,
    );
    person.last = Math.max(person.last, e.last);
    if (!person.surfaces.includes(e.surfaces[0])) person.surfaces.push(e.surfaces[0]);
    gone.add(ei);
  });
  if (!gone.size) return;
  // the entity list is shared with the caller: shortened in place, the mentions' indexes moved
  const to = new Int32Array(doc.entities.length);
  let n = 0;
  for (let ei = 0; ei < to.length; ei++) to[ei] = gone.has(ei) ? -1 : n++;
  for (let ei = 0; ei < to.length; ei++) if (to[ei] >= 0) doc.entities[to[ei]] = doc.entities[ei];
  doc.entities.length = n;
  for (let mi = 0; mi < doc.mentionEntity.length; mi++)
    if (doc.mentionEntity[mi] >= 0) doc.mentionEntity[mi] = to[doc.mentionEntity[mi]];
}

/** the Arabic article opening a name as a word of its own ("El Dabaa", "Al-Mahfad") */
const ARTICLE_FIRST = /^(?:El|Al)[\s-](?=\p{Lu})/u;

/** a preposition that sets a name where something is, right before it */
const LOCATIVE_BEFORE = /\b(?:in|at|near|outside)\s+$/i;

/**
 * a preposition of place, a place noun and "of", or a verb whose object is a place struck
 * ("jets struck X", "shells hit X", "gunmen stormed X"), right before a name
 */
const PLACE_SLOT_BEFORE =
  /\b(?:in|at|near|to|from|into|towards?|outside|around|between|across|via|(?:residents?|people|villagers|town|village|outskirts|city|district|area|region|province)\s+of|struck|hit|shelled|bombed|raided|stormed|overran|pounded)\s+$/i;

/**
 * A name where places stand: after a preposition of place ("fled to X", "residents of X
 * said"), or joined by "and", "or" or a comma to a place named before or after it
 * ("Sittwe and X", "X and Jilib").
 */
function placeLikeSlot(
  doc: Annotated,
  m: Mention,
  placeEnds: Set<number>,
  placeStarts: Set<number>,
): boolean {
  const before = doc.text.slice(Math.max(0, m.start - 40), m.start);
  if (PLACE_SLOT_BEFORE.test(before)) return true;
  const join = /(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/.exec(before);
  if (join && placeEnds.has(m.start - join[0].length)) return true;
  const after = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)/.exec(doc.text.slice(m.end, m.end + 8));
  return !!after && placeStarts.has(m.end + after[0].length);
}

/** a city of one of `home`'s countries whose name reads alike without vowels ("Derna", "Darnah") */
function homeSpelling(name: string, home: string[]): Geo | null {
  for (const c of home) {
    const g = geocode(name, [c]);
    if (g && g.country === c) return g;
  }
  return null;
}

/** a city or town of one of `home`'s countries by that name or another spelling of it */
function homeTown(name: string, home: string[]): { country?: string | null } | null {
  for (const c of home)
    for (const v of [name, ...doubledLetterVariants(name)]) {
      const g = geocode(v, [c], { spellings: false });
      if (g && g.country === c) return g;
    }
  return (
    lookupTown(name, home) ??
    lookupTownSpelling(name, home) ??
    townWithArticle(name, home) ??
    townWithQK(name, home)
  );
}

/**
 * The same name with a doubled letter written once or a single vowel written twice, as
 * Somali, Kashmiri and other romanisations vary ("Afgoye" / "Afgooye", "Baramulla" /
 * "Baramula", "Kismayo" / "Kismaayo"): one word of five letters or more.
 */
function doubledLetterVariants(name: string): string[] {
  if (!/^\p{Lu}\p{Ll}{4,}$/u.test(name)) return [];
  const out = new Set<string>();
  const collapsed = name.replace(/(\p{Ll})\1/gu, '$1');
  if (collapsed !== name) out.add(collapsed);
  for (let i = 1; i < name.length; i++) {
    if (!/[aeiou]/.test(name[i]) || name[i - 1] === name[i] || name[i + 1] === name[i]) continue;
    out.add(name.slice(0, i + 1) + name.slice(i));
  }
  return [...out];
}

/** A city bigger than this elsewhere keeps its name against a small town of the article's country. */
const FOREIGN_CITY_MAX_POP = 500_000;

/** every place the tables give this name is a city under FOREIGN_CITY_MAX_POP outside `first` */
function onlyForeignTowns(name: string, ctx: string[]): boolean {
  const cs = lookupPlace(name);
  return (
    cs.length > 0 &&
    cs.every(
      (c) =>
        c.kind === 'city' &&
        (c.population ?? 0) < FOREIGN_CITY_MAX_POP &&
        !(c.country && ctx.includes(c.country)),
    )
  );
}

/** Countries whose town names the tables write with the Arabic article ("Al Busayrah", "Ash Shuhayl"). */
const ARABIC_NAMED = new Set('IQ SY YE SA LB JO EG LY SD TN DZ MA PS AE OM QA KW BH'.split(' '));

/**
 * A one-word name the text writes without the Arabic article ("Busayrah", "Baaj",
 * "Shuhayl"), found with it ("al-", or the sun letter's "ash-", "ad-"…) among the towns
 * of one of `home`'s Arabic-speaking countries.
 */
function townWithArticle(name: string, home: string[]): Geo | null {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(name)) return null;
  const sun = /^(?:th|sh|dh|[tdrzsn])/.exec(name.toLowerCase());
  const forms = [`Al ${name}`, ...(sun ? [`A${sun[0]} ${name}`] : [])];
  for (const c of home) {
    if (!ARABIC_NAMED.has(c)) continue;
    for (const v of forms) {
      const g = geocode(v, [c], { spellings: false });
      if (g && g.country === c) return g;
      const t = lookupTown(v, [c]);
      if (t) return { lat: t.lat, lon: t.lon, country: t.country, source: t.source };
    }
  }
  return null;
}

/**
 * "Kalat" for the tables' "Qalat", "Qunduz" for "Kunduz": the first letter of a name
 * transliterated from Arabic, Persian or Pashto is written K or Q; the other spelling, among
 * the towns and cities of `home`'s countries.
 */
function townWithQK(name: string, home: string[]): Geo | null {
  const m = /^([KQ])(\p{Ll}{3,})$/u.exec(name);
  if (!m) return null;
  const v = `${m[1] === 'K' ? 'Q' : 'K'}${m[2]}`;
  for (const c of home) {
    const g = geocode(v, [c], { spellings: false });
    if (g && g.country === c) return g;
    const t = lookupTown(v, [c]);
    if (t) return { lat: t.lat, lon: t.lon, country: t.country, source: t.source };
  }
  return null;
}

/** an Arabic article inside a name: " el-", " ez-", " ad-", " al " */
const ARTICLE_INSIDE = /\s(?:al|el|ez|es|ed|en|et|er|ad|as|ar|az|an|at|ash|ath|adh)[-\s](?=\p{L})/iu;
/** the nouns the division tables keep in a division's name ("Rakhine State", "Bago Region", "Meta Department") */
const DIVISION_NAME_NOUNS = [
  'State',
  'Region',
  'Province',
  'Governorate',
  'Department',
  'County',
  'District',
  'Prefecture',
];
/** the nouns of those a division is found under only in one of the article's countries */
const HOME_DIVISION_NOUN = /^(?:Department|County|District|Prefecture)$/;

// ---------- a far namesake of a town the gazetteers lack ----------

/** A town this large is known well enough to be named without its country. */
const LONE_TOWN_MAX_POP = 50_000;
/** How many places of its own country an article names before a lone foreign town is doubted. */
const LONE_TOWN_HOME_PLACES = 3;

/** how many of the article's places each country holds, by their points so far */
function placesByCountry(
  entities: { type: string }[],
  geos: (Geo | null | undefined)[],
): Map<string, number> {
  const placesIn = new Map<string, number>();
  geos.forEach((g, ei) => {
    if (entities[ei].type === 'place' && g?.country)
      placesIn.set(g.country, (placesIn.get(g.country) ?? 0) + 1);
  });
  return placesIn;
}

/**
 * "Balad" in a story whose places are all Somali: the only town of that name the tables have
 * is Iraq's, a small one, and nothing else in the article (no other place, no country, no
 * people's adjective) is in Iraq. Such a point is a namesake, farther off than no point at
 * all: it is dropped, so that the words around the name may place it (`placeByContext`).
 * Only when the article's first country has at least LONE_TOWN_HOME_PLACES places of its own.
 */
export function dropLoneNamesakes(
  doc: Annotated,
  lex: Lexicon,
  entities: { type: string; surfaces: string[] }[],
  geos: (Geo | null | undefined)[],
): void {
  const placesIn = placesByCountry(entities, geos);
  const top = [...placesIn.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!top || top[1] < LONE_TOWN_HOME_PLACES) return;
  const adjectives = new Set(demonymCountries(doc, lex));
  geos.forEach((g, ei) => {
    if (!g?.country || !g.source?.startsWith('geonames:') || g.country === top[0]) return;
    if ((placesIn.get(g.country) ?? 0) > 1 || adjectives.has(g.country)) return;
    const readings = entities[ei].surfaces.flatMap((s) => lookupPlace(s));
    if (
      !readings.length ||
      readings.some((c) => c.kind !== 'city' || (c.population ?? 0) >= LONE_TOWN_MAX_POP)
    )
      return;
    geos[ei] = null;
  });
}

/** the nouns of a division: "(the X) region", "X Province" */
const DIVISION_WORDS = 'district|province|state|region|county|governorate|prefecture|department';
/** the noun of a division right after a name */
const DIVISION_AFTER = new RegExp(`^[\\s-]+(${DIVISION_WORDS})\\b`, 'i');
/** the noun of a division ending a name */
const DIVISION_ENDS = new RegExp(`\\s(${DIVISION_WORDS})$`, 'i');

/**
 * "the Bari region" in a story about Somalia, "X Province" in one about Indonesia: a place the
 * text calls a division, read as a town (a city or a town of the tables) of a country the
 * article never names, is not that town: the point is dropped, so that the words around the
 * name may place it (`placeByContext`). A town of one of the article's countries keeps its
 * point (a district is mostly named after its seat). Only a text that names countries of its
 * own, and only the places so read, are looked at; a country another of its places or a people's
 * adjective names is one of the article's.
 */
export function dropTownsForDivisions(
  doc: Annotated,
  lex: Lexicon,
  entities: { type: string; mentions: number[]; surfaces: string[] }[],
  geos: (Geo | null | undefined)[],
  ctx: string[],
): void {
  // (the name's own reading votes for its country: the country counts only when another place,
  // or a people's adjective, is in it)
  const placesIn = placesByCountry(entities, geos);
  const adjectives = new Set(demonymCountries(doc, lex));
  geos.forEach((g, ei) => {
    if (!g?.country || (placesIn.get(g.country) ?? 0) > 1 || adjectives.has(g.country)) return;
    if (!ctx.some((c) => c !== g.country) || !/^(?:geonames|simplemaps|csc:)/.test(g.source ?? '')) return;
    const e = entities[ei];
    if (e.type !== 'place') return;
    // the division's noun, as the text writes it after the name or in it
    let noun: string | undefined;
    for (const t of e.surfaces) noun ??= DIVISION_ENDS.exec(t)?.[1];
    for (const mi of e.mentions) {
      const m = doc.mentions[mi];
      noun ??= DIVISION_AFTER.exec(doc.text.slice(m.end, m.end + 16))?.[1];
    }
    if (noun === undefined) return;
    // ("the Bari region" of Somalia: the division by that name and noun in one of the article's
    // countries, which the tables key with its noun since the bare name is a city's elsewhere)
    let within: Geo | null = null;
    for (const t of e.surfaces) {
      const bare = t.replace(DIVISION_ENDS, '');
      const d = geocode(`${bare} ${noun}`, ctx, { spellings: false });
      if (
        d?.country &&
        d.country !== g.country &&
        ctx.includes(d.country) &&
        /^admin:/.test(d.source ?? '')
      ) {
        within = d;
        break;
      }
    }
    // ("Tillaberi region, near the Malian border", "Mandera County" in a story of the Somali
    // border: a division of a country next to the article's, which a border story names without
    // its country; places36)
    if (!within && ctx.some((c) => neighbourCountries(c).has(g.country as string))) return;
    geos[ei] = within;
  });
}

// ---------- a place no gazetteer knows, placed by the words around it ----------

const COMPASS = `(?:north|south)(?:[- ]?(?:east|west))?|east|west`;
const FEATURE_NOUN = `village|town|hamlet|settlement|camp|area|district|valley|locality|community|commune|neighbourhood|neighborhood|outpost|base|forest|hills|mountains`;
/** a feature word the name may keep after it ("X village"), then an optional comma */
/** ("the X refugee camp near Y": the people a camp holds before its noun) */
const AFTER_NAME = String.raw`^(?:[\s-]+(?:(?:refugee|displacement|displaced|IDP|detention)\s+)?(?:${FEATURE_NOUN}))?,?\s+`;
const ROUGHLY = String.raw`(?:(?:about|some|around|roughly|nearly|approximately|almost|just|over|under|barely|more\s+than|less\s+than)\s+)?`;
const UNIT_KM: Record<string, number> = {
  km: 1,
  kilometre: 1,
  kilometer: 1,
  kilometres: 1,
  kilometers: 1,
  mile: 1.609,
  miles: 1.609,
};
/** "X, about 90 km east of Y": X is 90 km from Y that way */
const DISTANCE_FROM = new RegExp(
  `${AFTER_NAME}(?:which\\s+is\\s+|is\\s+)?${ROUGHLY}(\\d+(?:\\.\\d+)?)[\\s-]*(km|kilometres?|kilometers?|miles?)(?:\\s*\\([^)]{0,24}\\))?\\s+(?:to\\s+the\\s+)?(${COMPASS})\\s+of\\s+`,
  'i',
);
/** "X, about 30 km from Y", "X, a village some 20 kilometres outside Y": X lies within that many km of
 * Y, which way unsaid */
const DISTANCE_UNSAID = new RegExp(
  `${AFTER_NAME}(?:(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:${FEATURE_NOUN})\\s+)?(?:which\\s+is\\s+|is\\s+|lies\\s+)?${ROUGHLY}(\\d+(?:\\.\\d+)?)[\\s-]*(km|kilometres?|kilometers?|miles?)(?:\\s*\\([^)]{0,24}\\))?\\s+(?:away\\s+)?(?:from|outside)\\s+`,
  'i',
);
/** How far from Y a place set at an unsaid bearing may lie to take Y's point. */
const UNSAID_BEARING_KM = 50;
/** the gazetteer kinds of a division: a place that holds towns ("X, a town in North Waziristan") */
const DIVISION_KINDS = new Set(['province', 'state', 'region', 'agency', 'district', 'department']);
/** "X, south of Y", "X near Y", "X, a village outside Y", "X camp on the outskirts of Y" */
const NEAR = new RegExp(
  `${AFTER_NAME}(?:(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:${FEATURE_NOUN})\\s+)?(?:(?:just\\s+|about\\s+|some\\s+|(?:not\\s+)?far\\s+)?(?:${COMPASS})\\s+of|near|outside|close\\s+to|(?:on|in)\\s+the\\s+outskirts\\s+of)\\s+`,
  'i',
);
/** the bearing in a match of NEAR ("north of", "south-east of"), not "just north of" (right beside Y) */
const COMPASS_OF = new RegExp(`(?<!just\\s+)\\b(${COMPASS})\\s+of\\s+$`, 'i');
/** How far from Y "X, north of Y" is put when the text gives no distance: the bearing says X is no
 * part of Y, and such places lie 5-70 km off (dev gold: median about 20) */
const UNSAID_DISTANCE_KM = 20;
/** "X, a village in Y district", "the X area of Y province", "X, in the western desert of Y province":
 * Y is a division the text names as one */
const WITHIN = new RegExp(
  `${AFTER_NAME}(?:(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:${FEATURE_NOUN})\\s+)?(?:in\\s+the\\s+(?:[\\w-]+\\s+){0,2}?(?:desert|mountains|hills|forests?|plains?|countryside|interior|highlands|lowlands)\\s+of|in|of)\\s+`,
  'i',
);
/** "the village of X in Y", "the town of X, near Y" */
const NAMED_AS_FEATURE = new RegExp(`\\b(?:${FEATURE_NOUN}|town)\\s+of\\s+$`, 'i');
const IN_AFTER_FEATURE = /^,?\s+(?:in|near|outside)\s+/i;
/** "Y, the capital of X province", "Y, the district centre of X": a division at its seat */
const SEAT_OF =
  /,\s+(?:the\s+)?(?:(?:(?:provincial|district|regional|state|main|administrative|municipal)\s+)?(?:capital|seat|main\s+town|chief\s+town|headquarters)|(?:provincial|district|regional|administrative|municipal)\s+cent(?:re|er))\s+of\s+(?:the\s+)?$/i;
/** what the text puts between the preposition and the place: "the", "Mozambique's", "northern",
 * "neighbouring", "the restive" */
const BEFORE_ANCHOR = new RegExp(
  String.raw`^(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?['’]s\s+)?(?:(?:neighbou?ring|adjoining|adjacent|nearby|restive|remote|troubled|volatile)\s+)?(?:(?:far\s+)?(?:${COMPASS}|central)(?:ern)?\s+)?`,
  'iu',
);
const DIVISION_NOUN = new RegExp(
  `^(?:department|division|township|cercle|upazila|${divisionAlternation(DIVISIONS)})\\b`,
  'i',
);
/** ", in the " / " in " after a town's name, before the division that holds it */
const TOWN_HELD_BEFORE = /(?:,\s+|\s+)in\s+(?:the\s+)?$/i;
/** a name that ends in its division's noun ("Cabo Delgado province", "Intan Jaya regency") */
const ENDS_IN_DIVISION = new RegExp(
  `\\s(?:province|district|state|region|county|governorate|territory|${divisionAlternation(NEWER_DIVISIONS)})$`,
  'i',
);

/** degrees clockwise from north of each compass word, hyphens and spaces taken out (also geocode-places35.ts) */
export const BEARING: Record<string, number> = {
  north: 0,
  northeast: 45,
  east: 90,
  southeast: 135,
  south: 180,
  southwest: 225,
  west: 270,
  northwest: 315,
};

/** A point `km` from `from` in the compass direction `dir` ("north-east"). */
function offsetPoint(
  from: { lat: number; lon: number },
  km: number,
  dir: string,
): { lat: number; lon: number } {
  const b = (BEARING[dir.toLowerCase().replace(/[- ]/g, '')] * Math.PI) / 180;
  const lat = from.lat + (km * Math.cos(b)) / 111.2;
  const lon = from.lon + (km * Math.sin(b)) / (111.2 * Math.cos((from.lat * Math.PI) / 180));
  return { lat: +lat.toFixed(4), lon: +lon.toFixed(4) };
}

interface Span {
  start: number;
  end: number;
}

/**
 * Places no gazetteer has (a village, a camp, a district) placed where the text puts them
 * against a place that has coordinates: "X, about 90 km east of Y" (Y moved 90 km east),
 * "X, south of Y", "X near Y", "X, a village in Y district", "the village of X in Y",
 * "Y, the capital of X province". `geos` is filled in place; such a point carries `near`,
 * the anchor's name, and no gazetteer source.
 */
export function placeByContext(
  text: string,
  entities: { type: string; mentions: number[]; kind?: string }[],
  mentions: Span[],
  names: string[],
  geos: (Geo | null | undefined)[],
): void {
  townInContainer(text, entities, mentions, names, geos);
  neighbouringTown(text, entities, mentions, names, geos);
  for (let pass = 0; pass < 2; pass++) {
    // where each placed place's mentions start and end
    const startsAt = new Map<number, number>();
    const endsAt = new Map<number, number>();
    entities.forEach((e, ei) => {
      if (e.type !== 'place' || !geos[ei]) return;
      for (const mi of e.mentions) {
        startsAt.set(mentions[mi].start, ei);
        endsAt.set(mentions[mi].end, ei);
      }
    });
    if (!startsAt.size) return;
    const anchorAt = (at: number, division: boolean): number | undefined => {
      const skip = BEFORE_ANCHOR.exec(text.slice(at, at + 60))?.[0].length ?? 0;
      for (const p of skip ? [at + skip, at] : [at]) {
        const ei = startsAt.get(p);
        if (ei === undefined) continue;
        if (!division) return ei;
        const m = entities[ei].mentions.map((mi) => mentions[mi]).find((s) => s.start === p);
        if (!m) continue;
        const rest = text.slice(m.end, m.end + 40).trimStart();
        // ("a town in X Local Government Area": Nigeria's local government areas too)
        // ("X village in the Augie area": the area around a town the tables place)
        // ("X, a town in North Waziristan": a division the gazetteer knows as one, its noun unwritten)
        if (
          DIVISION_NOUN.test(rest) ||
          LOCAL_AREA.test(rest) ||
          (/^area\b/i.test(rest) && isTownPoint(geos[ei]!)) ||
          ENDS_IN_DIVISION.test(text.slice(m.start, m.end)) ||
          (DIVISION_KINDS.has(entities[ei].kind ?? '') && /^(?:admin|region):/.test(geos[ei]!.source ?? ''))
        )
          return ei;
      }
      return undefined;
    };
    let placed = 0;
    entities.forEach((e, ei) => {
      if (e.type !== 'place' || geos[ei]) return;
      for (const mi of e.mentions) {
        const m = mentions[mi];
        const after = text.slice(m.end, m.end + 160);
        const before = text.slice(Math.max(0, m.start - 80), m.start);
        let d = DISTANCE_FROM.exec(after);
        if (d) {
          const y = anchorAt(m.end + d[0].length, false);
          if (y !== undefined && y !== ei) {
            const g = geos[y]!;
            const km = Number(d[1]) * (UNIT_KM[d[2].toLowerCase()] ?? 1);
            if (km <= 500) {
              geos[ei] = { ...offsetPoint(g, km, d[3]), country: g.country, near: names[y] };
              break;
            }
          }
        }
        let y: number | undefined;
        // ("Ajiri, about 30 km from Maiduguri": which way is unsaid; near enough, Y's point)
        if (
          (d = DISTANCE_UNSAID.exec(after)) &&
          Number(d[1]) * (UNIT_KM[d[2].toLowerCase()] ?? 1) <= UNSAID_BEARING_KM
        )
          y = anchorAt(m.end + d[0].length, false);
        let bearing: string | undefined;
        if (y === undefined && (d = NEAR.exec(after))) {
          y = anchorAt(m.end + d[0].length, false);
          bearing = COMPASS_OF.exec(d[0])?.[1];
        }
        if (y === undefined && NAMED_AS_FEATURE.test(before) && (d = IN_AFTER_FEATURE.exec(after)))
          y = anchorAt(m.end + d[0].length, false);
        // "near Mandouri, in the X prefecture", "Dikwa in X district": a division the tables lack
        // holds the town the text puts in it; the town's point, marked near it
        if (y === undefined) {
          const held = TOWN_HELD_BEFORE.exec(before);
          const rest = after.trimStart();
          if (
            held &&
            (DIVISION_NOUN.test(rest) ||
              LOCAL_AREA.test(rest) ||
              ENDS_IN_DIVISION.test(text.slice(m.start, m.end)))
          ) {
            const t = endsAt.get(m.start - held[0].length);
            if (t !== undefined && isTownPoint(geos[t]!)) y = t;
          }
        }
        if (y === undefined && (d = WITHIN.exec(after))) y = anchorAt(m.end + d[0].length, true);
        if (y === undefined) {
          const seat = SEAT_OF.exec(before);
          if (seat) y = endsAt.get(m.start - seat[0].length);
        }
        if (y !== undefined && y !== ei) {
          const g = geos[y]!;
          // ("X, north of Y", no distance given: a place named by its bearing from a town lies some
          // way off it, so the town's point moved a short way that way; places35)
          const p = bearing && !g.near && isTownPoint(g) ? offsetPoint(g, UNSAID_DISTANCE_KM, bearing) : g;
          geos[ei] = { lat: p.lat, lon: p.lon, country: g.country, near: names[y] };
          break;
        }
      }
      if (geos[ei]) placed++;
    });
    if (!placed) break;
  }
  placeByListedTown(text, entities, mentions, names, geos);
  placeInFocus(text, entities, mentions, names, geos);
}

/** a preposition that puts a town's name after it: "in", "near", "towards", "from" */
const TOWN_SLOT_BEFORE =
  /\b(?:in|at|near|outside|around|towards?|from|to|reach|reached|entered|stormed)\s+$/i;
/** How far from a division's point the places it ties with may lie for it to be the report's focus. */
const FOCUS_AREA_KM = 150;
/** "the village of X", "X camp", "the X area": words that make a name a small place */
const SETTLEMENT_BEFORE = /\b(?:village|hamlet|settlement|town|locality|neighbou?rhood|camp)\s+of\s+$/i;
const SETTLEMENT_AFTER_NAME = /^[\s-]+(?:village|hamlet|settlement|camp|area|neighbou?rhood|quarter)\b/i;
/** ", a neighbouring village", ", a small farming hamlet", ", a camp": an apposition that calls the name a small place
 * (not a person's noun after it: "a village elder") */
const SETTLEMENT_APPOSITION =
  /^,\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:village|hamlet|camp)(?=\s+(?:in|near|on|of|outside|close|along|about|some|where|that|which|north|south|east|west)\b|\s*[,.;:—–)])/iu;

/**
 * A village, a camp or a neighbourhood (so the text calls it) that nothing else placed, in a
 * report about one town or district: that place's point, marked near it. The report's focus
 * is the town or district of its first country it names most often (twice at least, outside
 * the dateline), and none other as often. A guess an analyst would make; `near` says so.
 */
function placeInFocus(
  text: string,
  entities: { type: string; mentions: number[] }[],
  mentions: Span[],
  names: string[],
  geos: (Geo | null | undefined)[],
): void {
  const counts = entities.map((e, ei) => {
    const g = geos[ei];
    if (e.type !== 'place' || !g || g.near || !g.country || g.source?.startsWith('country:')) return 0;
    return e.mentions.filter((mi) => {
      const t = text.slice(mentions[mi].start, mentions[mi].end);
      return !/^\P{Ll}+$/u.test(t);
    }).length;
  });
  // (a report's focus lies in its first country: the one its places name most, a country's
  // name counted double, as countryContext does; "Rakhine" is no focus of a report from the camps
  // of Bangladesh that names it three times)
  const weight = new Map<string, number>();
  entities.forEach((e, ei) => {
    const g = geos[ei];
    if (e.type !== 'place' || !g?.country || g.near) return;
    const n = e.mentions.length * (g.source?.startsWith('country:') ? 2 : 1);
    weight.set(g.country, (weight.get(g.country) ?? 0) + n);
  });
  const first = [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  entities.forEach((_, ei) => {
    if (counts[ei] && geos[ei]?.country !== first) counts[ei] = 0;
  });
  const top = Math.max(0, ...counts);
  // (a tie between places of one province: the province they all lie in, named as often)
  const tied = counts.flatMap((c, i) => (c === top ? [i] : []));
  // (a tie between towns of no one province: the one the lead sentence names, when it names one only)
  const f =
    top < 2
      ? leadTown(text, entities, mentions, geos, counts)
      : tied.length === 1
        ? tied[0]
        : (tied.find(
            (i) =>
              /^(?:admin|region):/.test(geos[i]!.source ?? '') &&
              tied.every((j) => j === i || kmBetween(geos[i]!, geos[j]!) <= FOCUS_AREA_KM),
          ) ??
          leadTown(
            text,
            entities,
            mentions,
            geos,
            counts.map((c) => (c === top ? c : 0)),
            true,
          ));
  if (f === undefined) return;
  const focus = geos[f]!;
  // where the countries' mentions start: "X camp in southeastern Bangladesh" is no place of the
  // focus when the focus lies in another country
  const countryAt = new Map<number, string>();
  entities.forEach((e, ei) => {
    const g = geos[ei];
    if (e.type !== 'place' || !g?.country || !g.source?.startsWith('country:')) return;
    for (const mi of e.mentions) countryAt.set(mentions[mi].start, g.country);
  });
  const otherCountry = (m: Span): boolean => {
    const c = IN_COUNTRY_AFTER.exec(text.slice(m.end, m.end + 60));
    const code = c ? countryAt.get(m.end + c[0].length) : undefined;
    return code !== undefined && code !== focus.country;
  };
  entities.forEach((e, ei) => {
    if (e.type !== 'place' || geos[ei] || ei === f) return;
    if (e.mentions.some((mi) => otherCountry(mentions[mi]))) return;
    // (or a name where a town stands: "fled to X", "fighting near X", "a base in X")
    const small = e.mentions.some((mi) => {
      const m = mentions[mi];
      const before = text.slice(Math.max(0, m.start - 30), m.start);
      return (
        SETTLEMENT_BEFORE.test(before) ||
        SETTLEMENT_AFTER_NAME.test(text.slice(m.end, m.end + 16)) ||
        SETTLEMENT_APPOSITION.test(text.slice(m.end, m.end + 60)) ||
        // (a lead's town is weaker ground: only what the text calls a village, a camp …)
        (top >= 2 && TOWN_SLOT_BEFORE.test(before) && /^\p{Lu}\p{Ll}+$/u.test(text.slice(m.start, m.end)))
      );
    });
    if (small) geos[ei] = { lat: focus.lat, lon: focus.lon, country: focus.country, near: names[f] };
  });
}

/** How far into the text the lead sentence's town may stand to be the report's focus. */
const LEAD_CHARS = 300;

/**
 * A report that names no place twice is about the town its lead names first ("ambushed a convoy
 * near Kaya in central Burkina Faso"): the first town or city (not a country, a division or a
 * place set near another) named in the lead sentence, outside the dateline, or undefined.
 */
function leadTown(
  text: string,
  entities: { type: string; mentions: number[] }[],
  mentions: Span[],
  geos: (Geo | null | undefined)[],
  counts: number[],
  alone = false,
): number | undefined {
  const stop = text.slice(0, LEAD_CHARS).search(/[.!?]\s/);
  const end = stop < 0 ? LEAD_CHARS : stop;
  let best: number | undefined;
  let bestAt = end;
  let named = 0;
  entities.forEach((e, ei) => {
    const g = geos[ei];
    if (!counts[ei] || !g || /^(?:admin|region|country):/.test(g.source ?? '')) return;
    let inLead = false;
    for (const mi of e.mentions) {
      const m = mentions[mi];
      if (m.start >= end || /^\P{Ll}+$/u.test(text.slice(m.start, m.end))) continue;
      inLead = true;
      if (m.start >= bestAt) continue;
      best = ei;
      bestAt = m.start;
    }
    if (inLead) named++;
  });
  // (`alone`: only when the lead names no other of them: "troops in Gao and Mopti" settles no tie)
  return alone && named > 1 ? undefined : best;
}

/** " camp in southeastern ", ", in ": what comes between a place and the country the text puts it in */
const IN_COUNTRY_AFTER = new RegExp(
  String.raw`^(?:[\s-]+(?:${FEATURE_NOUN}))?,?\s+in\s+(?:the\s+)?(?:(?:far\s+)?(?:${COMPASS}|central)(?:ern)?\s+)?`,
  'i',
);

/** ", Y" or " in (the) Y" right after a town's name: Y is what holds it ("Concord, Mass.", "Bali in Cameroon") */
const CONTAINER_AFTER =
  /^(?:[\s-]+(?:village|hamlet))?(?:,\s+|\s+in\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]*\s+)?\p{Lu}[\p{L}-]*['’]s\s+)?|(\s+(?:area|district|neighbourhood|neighborhood|suburb|quarter)\s+of\s+))/u;
/** a division's or an area's noun after a name: "(the Y) area", "(Y) district", "(Y) local government area" */
const AREA_NOUN_AFTER = new RegExp(
  `^[\\s-]+(?:area|zone|sector|local\\s+government|lga|${divisionAlternation(DIVISIONS)})\\b`,
  'i',
);
/** "the (upland) village of X": what the name is; "X village in Y" too */
const VILLAGE_OF_BEFORE = /\b(?:village|hamlet|barangay)\s+of\s+$/i;
const VILLAGE_AFTER_NAME = /^[\s-]+(?:village|hamlet)\b/i;
/** "'s " right before a name: the town it is a part of ends there ("Istanbul's X district") */
const PART_OWNER_BEFORE = /['’]s\s+$/;
/** the noun of a town's part right after its name */
const PART_NOUN_AFTER = /^[\s-]+(?:district|area|neighbou?rhood|suburb|quarter)\b/i;
/** How far from the town of "Y's X district" X's own reading may lie and be kept. */
const PART_KEPT_KM = 100;
/** How far a part of a town ("the X area of Y", "X neighbourhood of Y") may lie from the town's point. */
const PART_OF_TOWN_KM = 30;
/** How far from a division's point a town may lie and still be taken to be in it. */
const CONTAINER_KM = 500;
/** A name that says it is a part of a division: "Westmoreland County", "Tsafe District". */
const SUBDIVISION_NAME = /\s(?:County|District|Parish|Township|Municipality|Division|Department)$/;
/** How far from a division's point a town's reading must lie to be given up for that point. */
const FAR_FROM_CONTAINER_KM = 600;

/**
 * A town the tables have in several places, which the text puts in a division or a country
 * ("Concord, Mass.", "Bali, in Cameroon's North-West region" — a town's name and then ", Y"
 * or "in Y"): of its readings, the one in Y, when the first one is not. Y must be a country or
 * a division (not another town) with a point; a reading in Y's country, within 300 km of a
 * division's point, nearest first.
 */
function townInContainer(
  text: string,
  entities: { type: string; mentions: number[] }[],
  mentions: Span[],
  names: string[],
  geos: (Geo | null | undefined)[],
): void {
  const startsAt = new Map<number, number>();
  // (any placed town, for "the X area of Y": a part of a town lies in a town; and where its
  // mentions end, for "Y's X district")
  const townAt = new Map<number, number>();
  const townEnds = new Map<number, number>();
  entities.forEach((e, ei) => {
    const g = geos[ei];
    if (e.type !== 'place' || !g || !g.source) return;
    for (const mi of e.mentions) {
      townAt.set(mentions[mi].start, ei);
      townEnds.set(mentions[mi].end, ei);
    }
    if (/^(?:geonames|simplemaps|csc:)/.test(g.source)) return;
    for (const mi of e.mentions) startsAt.set(mentions[mi].start, ei);
  });
  if (!townAt.size) return;
  entities.forEach((e, ei) => {
    const g = geos[ei];
    if (e.type !== 'place' || g?.near) return;
    // a town, or a county or a district the tables have only elsewhere; not a division of
    // the tables in a list of them ("Oklahoma, Arizona and Texas")
    if (g && !/^(?:geonames|simplemaps|csc:)/.test(g.source ?? '') && !SUBDIVISION_NAME.test(names[ei]))
      return;
    for (const mi of e.mentions) {
      const m = mentions[mi];
      // "Istanbul's X district", "Karachi's X neighbourhood": a part of the town before the "'s"
      const owner = PART_OWNER_BEFORE.exec(text.slice(Math.max(0, m.start - 4), m.start));
      const y0 =
        owner && PART_NOUN_AFTER.test(text.slice(m.end, m.end + 16))
          ? townEnds.get(m.start - owner[0].length)
          : undefined;
      // (a town's, not a division's: "Chhattisgarh's X district" is read as "X in Chhattisgarh")
      if (y0 !== undefined && y0 !== ei && !geos[y0]!.near && isTownPoint(geos[y0]!)) {
        const c = geos[y0]!;
        // (a reading of its own in the town's country and not far from it is kept: "Narathiwat's
        // X district" may name a district of the province the town is named after)
        if (!c.country || (g && g.country === c.country && kmBetween(g, c) <= PART_KEPT_KM)) return;
        const readings = [
          ...lookupPlace(names[ei]).filter((r) => r.kind !== 'country'),
          ...lookupTowns(names[ei], c.country),
        ].filter((r) => r.country === c.country && kmBetween(r, c) <= PART_OF_TOWN_KM);
        readings.sort((a, b) => kmBetween(a, c) - kmBetween(b, c));
        const best = readings[0];
        geos[ei] = best
          ? { lat: best.lat, lon: best.lon, country: best.country, source: best.source }
          : { lat: c.lat, lon: c.lon, country: c.country, near: names[y0] };
        return;
      }
      const after = CONTAINER_AFTER.exec(text.slice(m.end, m.end + 40));
      if (!after) continue;
      // "the village of X in Y", "X village in Y City": a village lies in a town as a part of it
      const village =
        VILLAGE_OF_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) ||
        VILLAGE_AFTER_NAME.test(text.slice(m.end, m.end + 12));
      const y = (after[1] !== undefined || village ? townAt : startsAt).get(m.end + after[0].length);
      if (y === undefined || y === ei) continue;
      // ("Tucson, Phoenix and Dallas": a list, not a town and its state)
      const yEnd = entities[y].mentions
        .map((k) => mentions[k])
        .find((k) => k.start === m.end + after[0].length)?.end;
      if (yEnd !== undefined && /^\s+(?:and|or)\s/.test(text.slice(yEnd, yEnd + 6))) continue;
      // ("X village in the Y area of Z": a village in an area, not in a town, is left to the
      // words around it)
      if (village && after[1] === undefined && !startsAt.has(m.end + after[0].length)) {
        if (yEnd === undefined || AREA_NOUN_AFTER.test(text.slice(yEnd, yEnd + 40))) continue;
      }
      const c = geos[y]!;
      if (!c.country) continue;
      const isCountry = c.source?.startsWith('country:') ?? false;
      // ("the Sariab area of Quetta": a part of a town lies at the town; "the X area of Y
      // province" is read as "X in Y")
      // ("the X area of Sokoto State": a name that ends in its division's noun is no town)
      const yText = yEnd !== undefined ? text.slice(m.end + after[0].length, yEnd) : '';
      const part =
        (after[1] !== undefined || village) &&
        !startsAt.has(m.end + after[0].length) &&
        !ENDS_IN_DIVISION.test(yText) &&
        !(yEnd !== undefined && DIVISION_NOUN.test(text.slice(yEnd, yEnd + 30).trimStart()));
      if (part && isCountry) continue;
      // ("X district of Y province" with no reading of its own: the words around it place it,
      // placeByContext, which takes a town the text puts in X before Y)
      if (!g && after[1] !== undefined && !part) return;
      const inside = (p: { lat: number; lon: number; country: string | null }) =>
        p.country === c.country && (isCountry || kmBetween(p, c) <= (part ? PART_OF_TOWN_KM : CONTAINER_KM));
      // (places37) "Dowlatabad district of Faryab province": of the division table's districts of that
      // name, the one that lies in the division the text names, when the reading found lies elsewhere
      // or the text calls the place a district ("Franklin, Tennessee", a town inside the state the
      // text names, stays the town, not the county of its name)
      const calledDistrict = DISTRICT_AFTER.test(text.slice(m.end, m.end + 16));
      if (!part && !isCountry && !isTownPoint(c) && (calledDistrict || !(g && inside(g)))) {
        const d = districtWithin(names[ei], names[y], c.country);
        if (d) {
          if (g && g.country === d.country && kmBetween(g, d) <= SEAT_KM) return;
          // (its seat's town when the tables have one near it, else the district's own point)
          const seat = [...lookupPlace(names[ei]), ...lookupTowns(names[ei], c.country)]
            .filter((r) => r.kind !== 'country' && r.country === d.country && kmBetween(r, d) <= SEAT_KM)
            .sort((a, b) => kmBetween(a, d) - kmBetween(b, d))[0];
          const p = seat ?? d;
          geos[ei] = { lat: p.lat, lon: p.lon, country: p.country, source: p.source };
          return;
        }
      }
      if (g && inside(g)) return;
      const readings = [
        ...lookupPlace(names[ei]).filter((r) => r.kind !== 'country'),
        ...lookupTowns(names[ei], c.country),
      ].filter((r) => inside(r));
      readings.sort((a, b) => kmBetween(a, c) - kmBetween(b, c));
      const best = readings[0];
      if (best) geos[ei] = { lat: best.lat, lon: best.lon, country: best.country, source: best.source };
      // "Westmoreland County, Va.": no reading in the division the text names, and the one
      // found lies in another country or far off (or none was found): the division's point, near it
      else if (
        !isCountry &&
        (part || !g || g.country !== c.country || kmBetween(g, c) > FAR_FROM_CONTAINER_KM)
      )
        geos[ei] = { lat: c.lat, lon: c.lon, country: c.country, near: names[y] };
      return;
    }
  });
}

/** a district's noun after a place's name: "X district", "X county", "X tehsil" */
const DISTRICT_AFTER = /^[\s-]+(?:district|county|tehsil|sub-?district)\b/i;

/** a division's noun closing the name of the division a district lies in ("Faryab province") */
const HOLDER_NOUN = /\s+(?:province|state|region|governorate|county|division)$/i;

/**
 * The one district of the division table (districts.tsv) named `name` whose first-level division
 * is `holder` ("Dowlatabad" in "Faryab province": Faryab's, not Balkh's), or undefined when the
 * table has none there or several.
 */
function districtWithin(name: string, holder: string, country: string) {
  const want = foldKey(holder.replace(HOLDER_NOUN, ''));
  if (want.replace(/[^a-z]/g, '').length < 3) return undefined;
  const bare = name.replace(FEATURE_WORD, '');
  const hits = new Map<string, ReturnType<typeof lookupDistricts>[number]>();
  for (const v of bare !== name ? [name, bare] : [name])
    for (const d of lookupDistricts(v, country)) {
      const state = foldKey(d.state);
      if (state === want || state.replace(/^(?:al|as|ad|ar|an|at|az|ash|el) /, '') === want)
        hits.set(d.source, d);
    }
  return hits.size === 1 ? [...hits.values()][0] : undefined;
}

/** "X and neighbouring Y", "X, neighbouring Y": the words between a town and the one next to it */
const NEIGHBOUR_BEFORE = /(?:\s+(?:and|or)|,)\s+(?:the\s+)?(?:neighbou?ring|nearby|adjacent|adjoining)\s+$/i;
/** How far a town the text calls neighbouring may lie from the town it neighbours. */
const NEIGHBOUR_KM = 150;

/**
 * "residents of Suárez and neighbouring Buenos Aires": a town the text calls the neighbour of a
 * town it placed lies near it. Of its readings, the nearest within 150 km in that town's country;
 * else, when its own reading lies in another country or far off (or it has none), the neighbour's
 * point, marked near it. A country or a region keeps its own point ("Niger and neighbouring Chad").
 */
function neighbouringTown(
  text: string,
  entities: { type: string; mentions: number[] }[],
  mentions: Span[],
  names: string[],
  geos: (Geo | null | undefined)[],
): void {
  const { ends: townEnds } = townEdges(entities, mentions, geos);
  if (!townEnds.size) return;
  entities.forEach((e, ei) => {
    const g = geos[ei];
    if (e.type !== 'place' || g?.near || (g && !isTownPoint(g))) return;
    for (const mi of e.mentions) {
      const m = mentions[mi];
      const before = NEIGHBOUR_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
      const x = before ? townEnds.get(m.start - before[0].length) : undefined;
      if (x === undefined || x === ei) continue;
      const c = geos[x]!;
      if (!c.country || (g && g.country === c.country && kmBetween(g, c) <= NEIGHBOUR_KM)) return;
      const readings = [
        ...lookupPlace(names[ei]).filter((r) => r.kind !== 'country'),
        ...lookupTowns(names[ei], c.country),
      ].filter((r) => r.country === c.country && kmBetween(r, c) <= NEIGHBOUR_KM);
      readings.sort((a, b) => kmBetween(a, c) - kmBetween(b, c));
      const best = readings[0];
      geos[ei] = best
        ? { lat: best.lat, lon: best.lon, country: best.country, source: best.source }
        : { lat: c.lat, lon: c.lon, country: c.country, near: names[x] };
      return;
    }
  });
}

/** "X and Y", "X or Y", "between X and Y", "from X to Y": the word that joins two names of a list */
const LIST_AFTER = /^(?:[\s-]+(?:village|town|camp|area|district))?,?\s+(?:and|or|to)\s+/i;
const LIST_BEFORE = /(?:\s+(?:and|or|to)|,)\s+$/i;

/**
 * A place still unplaced that the text lists with a town it knows ("camps around X and Y",
 * "between Y and X", "from X to Y"): near that town. Places listed together in a report are
 * mostly those of one area; the point keeps `near`, so it reads as a guess. Only a town's
 * point (a city or a town of the tables, or one placed by context) is lent, never a
 * country's or a region's, which would say nothing of where the place is.
 */
function placeByListedTown(
  text: string,
  entities: { type: string; mentions: number[] }[],
  mentions: Span[],
  names: string[],
  geos: (Geo | null | undefined)[],
): void {
  const { starts: townAt, ends: townEnds } = townEdges(entities, mentions, geos);
  if (!townAt.size) return;
  const lent: [number, number][] = [];
  entities.forEach((e, ei) => {
    if (e.type !== 'place' || geos[ei]) return;
    for (const mi of e.mentions) {
      const m = mentions[mi];
      const after = LIST_AFTER.exec(text.slice(m.end, m.end + 40));
      let y = after ? townAt.get(m.end + after[0].length) : undefined;
      if (y === undefined) {
        const before = LIST_BEFORE.exec(text.slice(Math.max(0, m.start - 8), m.start));
        if (before) y = townEnds.get(m.start - before[0].length);
      }
      if (y !== undefined && y !== ei) {
        lent.push([ei, y]);
        break;
      }
    }
  });
  // (only points of the tables or of context are lent, not one lent here)
  for (const [ei, y] of lent) {
    const g = geos[y]!;
    geos[ei] = { lat: g.lat, lon: g.lon, country: g.country, near: names[y] };
  }
}

/** A town's point: a city or town of the GeoNames or SimpleMaps tables, or one placed by context. */
/** Where the mentions of each place with a town's point start and end (entity indexes). */
function townEdges(
  entities: { type: string; mentions: number[] }[],
  mentions: Span[],
  geos: (Geo | null | undefined)[],
): { starts: Map<number, number>; ends: Map<number, number> } {
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  entities.forEach((e, ei) => {
    const g = geos[ei];
    if (e.type !== 'place' || !g || !isTownPoint(g)) return;
    for (const mi of e.mentions) {
      starts.set(mentions[mi].start, ei);
      ends.set(mentions[mi].end, ei);
    }
  });
  return { starts, ends };
}

function isTownPoint(g: Geo): boolean {
  return !!g.near || /^(?:geonames|simplemaps|csc:)/.test(g.source ?? '');
}

/** Great-circle distance in km between two points (haversine, mean Earth radius 6,371 km). */
export function kmBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r;
  const dLon = (b.lon - a.lon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** A containing place a town may lie this far from (a district or county named after its seat). */
const NESTED_KM = 150;

/** part_of a town (not a country or region) that cannot hold the place: in another country, or far off. */
export function apartPlaces(
  r: { type: string; subject: number; object: number },
  geos: readonly (Geo | null | undefined)[],
  entities: readonly { type: string; kind?: string }[],
): boolean {
  if (r.type !== 'part_of' || entities[r.subject].type !== 'place' || entities[r.object].type !== 'place')
    return false;
  const a = geos[r.subject];
  const b = geos[r.object];
  // (a country or region may hold a town the gazetteer placed wrongly: "Bedford in Indiana")
  const kind = entities[r.object].kind;
  if (!a || !b || kind === 'country' || kind === 'region') return false;
  if (a.country && b.country && a.country !== b.country) return true;
  return kmBetween(a, b) > NESTED_KM;
}
