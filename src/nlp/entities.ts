import { divisionAlternation, NEWER_DIVISIONS } from '../knowledge/divisions.js';
import { foldName } from '../knowledge/fold.js';
import type { EntityType } from '../types.js';
import { type Lexicon, ORG_TAIL, PERSON_TITLES } from './lexicon.js';
import { makeCollector } from './memory.js';
import { GROUP_KIND, type Mention } from './mentions.js';
import {
  acronymOf,
  blockingKeys,
  isKunyaOf,
  isShortFormOf,
  matchesAcronym,
  matchesAcronymAnyOrder,
  nameSimilarity,
  SAME_NAME_THRESHOLD,
} from './names.js';

// Stage 3: one entity per thing inside the document. Mentions join an entity when
// they share a gazetteer key, when one is the other's acronym, when their names are
// transliteration variants, or when a shorter name refers back to a fuller one
// ("Khursani" → the Khalid Khurasani last named). Mentions nobody could type are
// kept only when they refer back to a typed entity or their shape decides for them.

export interface Entity {
  type: EntityType;
  key?: string;
  kind?: string;
  country?: string | null;
  /** indexes into the mention list, in text order */
  mentions: number[];
  /** distinct surfaces in order of appearance */
  surfaces: string[];
  /** index of the mention that last referred to it, for recency */
  last: number;
  title?: string;
}

const ACRONYM_STOP = new Set(
  'US USA UK EU UN TV PM AM GMT CEO CFO AP AFP BBC CNN OK ID IT PR HQ DNA RPG IED AK AKA PDF FAQ GDP NGO NGOs LLC INC VIP MP MNA MPA SP DG IG DSP DPO SHO SSP ASP DIG'.split(
    ' ',
  ),
);

/**
 * A new entity with every field present, in one order: entities made with the optional
 * fields added later in varying order get many hidden classes in V8, and every stage reads
 * `doc.entities[e].type` (a megamorphic load, and deoptimisations when a new shape turns up).
 */
export function newEntity(type: EntityType, last: number, country?: string | null): Entity {
  return {
    type,
    key: undefined,
    kind: undefined,
    country,
    mentions: [],
    surfaces: [],
    last,
    title: undefined,
  };
}

const ORG_NAMES = { kind: 'organization' } as const;
const PERSON_NAMES = {} as const;

export function resolveEntities(
  mentions: Mention[],
  lex: Lexicon,
  text?: string,
): { entities: Entity[]; mentionEntity: Int32Array } {
  const order = mentions.map((_, i) => i).sort((a, b) => mentions[a].start - mentions[b].start);
  const entities: Entity[] = [];
  const mentionEntity = new Int32Array(mentions.length).fill(-1);
  const byKey = new Map<string, number>();
  const byFold = new Map<string, number>();
  const bySpan = new Map<string, number>();
  const byBlock = new Map<string, Set<number>>();
  const byAcronym = new Map<string, number>();
  /** acronyms the text defines in brackets: they keep that meaning ("FLA" no state's letters) */
  const defined = new Map<string, number>();

  /** a place's name without its designator ("Marawi" of "Marawi City") → the entity */
  const byPlaceStem = new Map<string, number>();
  const add = (ei: number, mi: number) => {
    const e = entities[ei];
    const m = mentions[mi];
    if (e.type === 'place') {
      const st = placeStem(m.text);
      const k = foldName(st ? st.stem : m.text);
      if (k && !byPlaceStem.has(k)) byPlaceStem.set(k, ei);
    }
    e.mentions.push(mi);
    e.last = mi;
    mentionEntity[mi] = ei;
    for (const surface of m.full ? [m.text, m.full] : [m.text]) {
      if (e.surfaces.includes(surface)) continue;
      e.surfaces.push(surface);
      // a blocking index: a mention is compared only with entities sharing a name key
      for (const k of blockingKeys(surface)) {
        const bk = `${e.type}:${k}`;
        let set = byBlock.get(bk);
        if (!set) byBlock.set(bk, (set = new Set()));
        set.add(ei);
      }
      if (e.type !== 'person' && surface.includes(' '))
        for (const a of acronymOf(surface)) byAcronym.set(a, ei);
    }
    byFold.set(`${e.type}:${foldName(m.text)}`, ei);
    // an acronym's expansion, or the name a short form in brackets stands for ("Centcom")
    if (!m.expands) bySpan.set(`${m.start}:${m.end}`, ei);
    // ("Arakan Army (AA) … the AA said": letters the text defined keep its meaning; the
    // gazetteer's other body by them, Anadolu's "AA", lends neither its key nor its kind)
    const borrowed = m.via !== 'acronym' && defined.get(m.text) === ei && !!m.key && m.key !== e.key;
    if (m.key && !byKey.has(m.key) && !borrowed) byKey.set(m.key, ei);
    if (m.via === 'acronym' && m.expands && !defined.has(m.text)) defined.set(m.text, ei);
    if (!e.key && m.key && !borrowed) e.key = m.key;
    if (!e.kind && m.kind && !borrowed) e.kind = m.kind;
    if (e.country === undefined && m.country !== undefined) e.country = m.country;
    if (!e.title && m.title) e.title = m.title;
  };
  const create = (mi: number, type: EntityType) => {
    entities.push(newEntity(type, mi));
    add(entities.length - 1, mi);
  };

  const findSimilar = (m: Mention, type: EntityType, allowShort: boolean): number => {
    const f = foldName(m.text);
    const exact = byFold.get(`${type}:${f}`);
    if (exact !== undefined) return exact;
    let best = -1;
    let bestScore = 0;
    // the entities the name could be, when all of them are named only after it
    let matches = 0;
    let allLater = true;
    const cands = new Set<number>();
    for (const k of blockingKeys(m.text)) for (const ei of byBlock.get(`${type}:${k}`) ?? []) cands.add(ei);
    for (const ei of cands) {
      const e = entities[ei];
      let matched = false;
      for (const s of e.surfaces) {
        // (a body's name with a word more inside is another body: "the Syrian National Army" is
        // not "the Syrian Army", "the Arakan Army" not "the Arakan Rohingya Salvation Army")
        let score = nameSimilarity(m.text, s, type === 'organization' ? ORG_NAMES : PERSON_NAMES);
        if (nisbaOf(m.text, s) || nisbaOf(s, m.text)) continue;
        if (score < SAME_NAME_THRESHOLD && allowShort && (isShortFormOf(m.text, s) || isKunyaOf(m.text, s)))
          score = SAME_NAME_THRESHOLD;
        // recency breaks ties between two people who share a surname: the one named last before
        // the mention ("Jonas Berg … Berg said … his wife, Ingrid Berg"), in pass 2 as in pass 1
        const rank = score + recencyBefore(e, m.start) / 1e10;
        if (score >= SAME_NAME_THRESHOLD && !matched) {
          matched = true;
          matches++;
          if (e.mentions.some((x) => mentions[x].start < m.start)) allLater = false;
        }
        if (score >= SAME_NAME_THRESHOLD && rank > bestScore) {
          best = ei;
          bestScore = rank;
        }
      }
    }
    // "Okafor spoke first. Chinedu Okafor and Emeka Okafor …": a surname named before two people
    // who share it is neither of them (recency, which breaks the tie for a name after them, says
    // nothing here)
    if (matches > 1 && allLater) return -1;
    return best;
  };

  /** where the entity was last named before `at`, plus one (0 if only after it) */
  const recencyBefore = (e: Entity, at: number): number => {
    let best = -1;
    for (const x of e.mentions)
      if (mentions[x].start < at && mentions[x].start > best) best = mentions[x].start;
    return best + 1;
  };

  surnamesNotTowns(mentions, order);
  placesCalledGroups(mentions);
  if (text) partsNamedApart(mentions, text);
  // Pass 1: typed mentions, in text order.
  const collect = makeCollector();
  for (const mi of order) {
    collect(mentions[mi].start);
    const m = mentions[mi];
    if (m.type === 'unknown') continue;
    if (m.type === 'handle') {
      const ei = byFold.get(`handle:${foldName(m.text)}`);
      if (ei !== undefined) add(ei, mi);
      else create(mi, 'handle');
      continue;
    }
    let ei = m.via !== 'acronym' ? defined.get(m.text) : undefined;
    if (ei === undefined) ei = m.key ? byKey.get(m.key) : undefined;
    if (ei !== undefined && entities[ei].type !== m.type && !defined.has(m.text)) ei = undefined;
    if (ei === undefined && m.expands) ei = bySpan.get(`${m.expands.start}:${m.expands.end}`);
    // "the Gran Grif gang … Gran Grif does not belong": a name met before as a body's, again with
    // no title, is that body, whatever its words made it (a given name opening it)
    if (ei === undefined && m.type === 'person' && !m.title && !m.full && m.text.includes(' ')) {
      const body = byFold.get(`organization:${foldName(m.text)}`);
      if (body !== undefined) ei = body;
    }
    // "the Nur Shams camp … Tulkarm and Nur Shams": a name of two words or more the text named a
    // place before, again with no title, is that place, whatever its given name made it
    if (ei === undefined && m.type === 'person' && !m.title && !m.full && m.text.includes(' ')) {
      const place = byFold.get(`place:${foldName(m.text)}`);
      if (place !== undefined) ei = place;
    }
    if (ei === undefined) {
      // a shorter form of a fuller name ('Maulana Fazal Wahid' of '… Wahid Zarnoshi'); isShortFormOf refuses a first name alone
      const short = m.type === 'person' && m.text.split(/\s+/).length <= 3;
      const found = findSimilar(m, m.type, short);
      if (found >= 0 && !(m.key && entities[found].key && entities[found].key !== m.key)) ei = found;
    }
    // "Marawi City" and "Marawi", "Rakhine State" and "Rakhine": one place with and without its designator
    if (ei === undefined && m.type === 'place') {
      const found = sameStemPlace(m, byPlaceStem, entities, mentions);
      if (found >= 0) ei = found;
    }
    // "the Sudanese army" after "the Sudanese Armed Forces (SAF)": the country's force named before
    if (
      ei === undefined &&
      m.via === 'context' &&
      m.country &&
      /^\p{Lu}\p{Ll}+ (?:army|military|navy)$/u.test(m.text)
    )
      ei = armedForceOf(m, entities, lex);
    // "the Haqqanis" after "the Haqqani network": a group's name in the plural for its members
    if (ei === undefined && m.type === 'organization' && /\p{Ll}s$/u.test(m.text) && !m.key) {
      const found = byFold.get(`organization:${foldName(m.text.slice(0, -1))}`);
      if (found !== undefined) ei = found;
    }
    // "the Islamic State's West Africa Province" after "Islamic State West Africa Province": the
    // group's possessive before its branch's own name is that branch
    if (ei === undefined && m.type === 'organization' && /\p{L}['’]s \p{Lu}/u.test(m.text)) {
      const found = byFold.get(`organization:${foldName(withoutPossessive(m.text))}`);
      if (found !== undefined) ei = found;
    }
    if (ei === undefined && m.type === 'organization' && /^[\p{Lu}&-]{2,8}$/u.test(m.text))
      ei = byAcronym.get(m.text) ?? acronymTarget(m.text, entities);
    if (ei === undefined && m.type === 'organization' && !m.key && /^\p{Lu}\p{Ll}[\p{L}'’]+$/u.test(m.text))
      ei = oneWordOfName(m.text, entities, lex);
    // "the Interim Government" after "the Interim Government of Ambazonia": a body's name of two
    // words or more that opens one group's longer name before "of", "for" or "in" is that group
    if (ei === undefined && m.type === 'organization' && !m.key && /^\p{Lu}\S* \p{Lu}/u.test(m.text))
      ei = headOfName(m.text, entities);
    if (ei !== undefined && ei >= 0) add(ei, mi);
    else create(mi, m.type);
  }
  // Pass 2: untyped mentions refer back to a typed entity, or their shape decides.
  for (const mi of order) {
    const m = mentions[mi];
    if (m.type !== 'unknown') continue;
    // "the Maoists" after "the Communist Party of India (Maoist)": the plural of the word a
    // party's name brackets is its members (of the last such body named before)
    let ei = /^\p{Lu}\p{Ll}+s$/u.test(m.text) ? bracketedPlural(m.text, m.start, entities, mentions) : -1;
    for (const t of ['person', 'organization', 'place'] as const) {
      if (ei >= 0) break;
      ei = findSimilar(m, t, t === 'person');
    }
    // "Kachin" after "Kachin State": a bare name is the place named before with a designator
    if (ei < 0) {
      const st = byPlaceStem.get(foldName(m.text));
      if (st !== undefined && entities[st].surfaces.some((s) => placeStem(s)?.stem === m.text)) ei = st;
    }
    if (ei < 0 && /^[\p{Lu}&-]{2,8}$/u.test(m.text))
      ei = byAcronym.get(m.text) ?? acronymTarget(m.text, entities);
    // "the Brigades", "the Front": a body's word alone is the last group named with it
    if (ei < 0 && /^\p{Lu}\p{Ll}+$/u.test(m.text) && ORG_TAIL.has(m.text.toLowerCase()))
      ei = lastEndingIn(m.text, entities);
    if (ei >= 0) {
      add(ei, mi);
      continue;
    }
    if (m.guess) {
      create(mi, m.guess);
      continue;
    }
    const words = m.text.split(/\s+/);
    if (/^[\p{Lu}&]{2,6}$/u.test(m.text) && !ACRONYM_STOP.has(m.text)) {
      // a word in capitals is a country's or a region's abbreviation ("UAE", "FATA"), not a
      // town's name ("INA" for the Immigration and Nationality Act is no town in Japan)
      const place = lex.place(m.text);
      // (a dateline's town opens its sentence: "GAO, Mali (AP)")
      create(
        mi,
        place && (place.kind !== 'city' || m.text.length >= 5 || m.wFirst === 0) ? 'place' : 'organization',
      );
    } else if (
      words.length >= 2 &&
      (lex.givenName(words[0]) ||
        !words.every((w) => lex.common(w.replace(/[^\p{L}]/gu, '')) || /\d/.test(w)))
    ) {
      // ("the China-Pakistan Economic Corridor", "the Iran-Iraq Friendship Bridge": two places
      // joined by a hyphen open a project's or a work's name, never a person's)
      if (
        !words.some((w) => /\d/.test(w)) &&
        words.some((w) => /\p{Ll}/u.test(w)) &&
        !words.some((w) => placePair(lex, w))
      )
        create(mi, 'person');
    }
  }
  return { entities, mentionEntity };
}

const PLACE_DESIGNATOR = new RegExp(
  `^(.+?)\\s+(city|town|municipality|state|province|region|district|county|governorate|prefecture|valley|division|river|mountains|hills|forest|${divisionAlternation(NEWER_DIVISIONS)})$`,
  'i',
);
const TOWN_DESIGNATOR = new Set(['city', 'town', 'municipality']);

/** "Marawi City" → Marawi and city; undefined for a name without a designator. */
function placeStem(name: string): { stem: string; designator: string } | undefined {
  const m = PLACE_DESIGNATOR.exec(name.replace(/^the\s+/i, ''));
  if (!m || !/^\p{Lu}/u.test(m[1])) return undefined;
  return { stem: m[1], designator: m[2].toLowerCase() };
}

/**
 * The place entity a place mention names with or without a designator, or -1: "Marawi" after
 * "Marawi City", "Rakhine State" after "Rakhine". A town's designator (City) joins a town or a
 * place of no kind, a region's (State, Province, Valley) anything but a town: "New York City"
 * and the state "New York" stay two.
 */
function sameStemPlace(
  m: Mention,
  byPlaceStem: Map<string, number>,
  entities: Entity[],
  mentions: Mention[],
): number {
  const own = placeStem(m.text);
  const ei = byPlaceStem.get(foldName(own ? own.stem : m.text));
  if (ei === undefined) return -1;
  const e = entities[ei];
  // the designator on either side decides which kinds may meet
  const other = e.surfaces.map(placeStem).find((x) => x);
  const designator = own?.designator ?? other?.designator;
  if (!designator || (own && other && own.designator !== other.designator)) return -1;
  const kinds = [m.kind, e.kind, ...e.mentions.map((i) => mentions[i].kind)].filter((k) => k);
  const town = TOWN_DESIGNATOR.has(designator);
  if (kinds.some((k) => (k === 'city') !== town)) return -1;
  return ei;
}

/**
 * "Karim Wali Tarzi … Tarzi said": a one-word town of the gazetteer that ends a name of
 * several words named before, in a country no other place of the text lies in, is that
 * person's surname. Such mentions become untyped, for the second pass to join them.
 */
function surnamesNotTowns(mentions: Mention[], order: number[]): void {
  const countries = new Map<string, Set<string>>();
  for (const m of mentions)
    if (m.type === 'place' && m.country) {
      let set = countries.get(m.country);
      if (!set) countries.set(m.country, (set = new Set()));
      set.add(m.text);
    }
  const ends = new Set<string>();
  for (const mi of order) {
    const m = mentions[mi];
    if ((m.type === 'person' || m.type === 'unknown') && m.text.includes(' ')) {
      const last = m.text.split(/\s+/).pop() ?? '';
      if (/^\p{Lu}\p{Ll}+$/u.test(last)) ends.add(last);
      continue;
    }
    if (m.type !== 'place' || m.via !== 'gazetteer' || m.kind !== 'city' || !ends.has(m.text)) continue;
    const here = m.country ? countries.get(m.country) : undefined;
    if (!here || here.size > 1) continue;
    m.type = 'unknown';
    m.key = undefined;
    m.kind = undefined;
    m.guess = 'person';
  }
}

/** the nouns for a part of an armed group or party */
const PART_NOUN = '(?:wing|arm|faction|branch|splinter|offshoot)';
/** "A's armed wing, B" (gap from A to B) */
const OWNER_THEN_PART = new RegExp(
  String.raw`^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}${PART_NOUN}\s*,\s*(?:the\s+)?$`,
  'u',
);
/** "B (BB), the armed wing of A" (gap from B to A) */
const PART_THEN_OWNER = new RegExp(
  String.raw`^\)?(?:\s*\([^()]{1,12}\))?\s*,\s*(?:the|an?|its)\s+(?:[\p{Ll}-]+\s+){0,3}${PART_NOUN}\s+(?:of|within)\s+(?:the\s+)?$`,
  'u',
);
/** "B (BB), the A faction" (gap from B to A, then the noun after A) */
const PART_THEN_NAMED = /^\)?(?:\s*\([^()]{1,12}\))?\s*,\s*(?:the|an?)\s+$/;
const NOUN_AFTER = new RegExp(String.raw`^\s+${PART_NOUN}\b`);
/** "the armed wing of A, B" (the text before A, and the gap ", " to B) */
const OF_BEFORE = new RegExp(
  String.raw`\b(?:[Tt]he|[Ii]ts)\s+(?:[\p{Ll}-]+\s+){0,2}${PART_NOUN}\s+of\s+(?:the\s+)?$`,
  'u',
);

/**
 * "the armed wing of G, the H Brigades", "G's armed wing, H", "H (HB), the G faction": when the
 * text sets one group's name beside another's as its wing, faction or branch, the two are two
 * bodies, even where the gazetteer files the part's name under the whole (a wing listed as the
 * other name of its party). The part's mentions lose the gazetteer key they share with the
 * whole, so a tie can hold between them.
 */
function partsNamedApart(mentions: Mention[], text: string): void {
  const orgs = mentions.filter((m) => m.type === 'organization' && m.key).sort((a, b) => a.start - b.start);
  let parts: Set<string> | undefined;
  for (let i = 0; i + 1 < orgs.length; i++) {
    const a = orgs[i];
    const b = orgs[i + 1];
    if (a.key !== b.key || b.start - a.end > 60 || foldName(a.text) === foldName(b.text)) continue;
    const gap = text.slice(a.end, b.start);
    let part: Mention | undefined;
    if (OWNER_THEN_PART.test(gap)) part = b;
    else if (PART_THEN_OWNER.test(gap)) part = a;
    else if (PART_THEN_NAMED.test(gap) && NOUN_AFTER.test(text.slice(b.end, b.end + 20))) part = a;
    else if (
      /^\s*,\s*(?:the\s+)?$/.test(gap) &&
      OF_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start))
    )
      part = b;
    if (!part) continue;
    (parts ??= new Set()).add(foldName(part.text));
    // (the part named in full before its acronym in brackets: "H (HB), the G faction")
    const full = orgs[i - 1];
    if (part === a && full?.key === a.key && /^\s*\($/.test(text.slice(full.end, a.start)))
      parts.add(foldName(full.text));
  }
  if (!parts) return;
  for (const m of mentions)
    if (m.type === 'organization' && m.key && parts.has(foldName(m.text))) m.key = undefined;
}

/**
 * "Jamalpur, an armed faction …; the army shelled Jamalpur positions": a town's name that one
 * mention calls a group names that group in its other mentions too.
 */
function placesCalledGroups(mentions: Mention[]): void {
  let groups: Set<string> | undefined;
  for (const m of mentions)
    if (m.type === 'organization' && m.via === 'context' && m.kind === GROUP_KIND)
      (groups ??= new Set()).add(m.text);
  if (!groups) return;
  for (const m of mentions) {
    if (m.type !== 'place' || m.via !== 'gazetteer' || m.kind === 'country' || !groups.has(m.text)) continue;
    m.type = 'organization';
    m.via = 'context';
    m.key = m.country = undefined;
    m.kind = GROUP_KIND;
  }
}

/**
 * "Kohsar" and "Kohsari": a name ending in the nisba -i means "of that place"; the bare
 * place name is not a short form of the person.
 */
function nisbaOf(short: string, full: string): boolean {
  if (short.includes(' ')) return false;
  const a = foldName(short);
  return foldName(full)
    .split(' ')
    .some((t) => t === `${a}i` || t === `${a}y`);
}

const ARMED_NAME = /\b(?:Army|Armed Forces|Defen[cs]e Forces?|Military)\b/;
/** a people's force named in lower case: "Israeli army", "Israeli military" */
const PEOPLES_FORCE = /^\p{Lu}\p{Ll}+ (?:army|military)$/u;

/**
 * The force a people's "army" or "military" names: the latest organisation named as an
 * armed force with that people's adjective ("Sudanese Armed Forces") or its country's name
 * ("Armed Forces of the Democratic Republic of the Congo"), or undefined.
 */
function armedForceOf(m: Mention, entities: Entity[], lex: Lexicon): number | undefined {
  const people = m.text.split(' ')[0];
  for (let ei = entities.length - 1; ei >= Math.max(0, entities.length - 400); ei--) {
    const e = entities[ei];
    if (e.type !== 'organization') continue;
    const hit = e.surfaces.some(
      (s) =>
        // ("the Israeli military" after "the Israeli army": one force by either noun)
        (PEOPLES_FORCE.test(s) && s.startsWith(`${people} `) && !m.text.endsWith(' navy')) ||
        (ARMED_NAME.test(s) &&
          (s.startsWith(`${people} `) ||
            lex.place(s.replace(/^.*\bof (?:the )?/, ''))?.country === m.country)),
    );
    if (hit) return ei;
  }
  return undefined;
}

/** The one organisation named with `name`, then "of", "for" or "in" and more ("X of Y"), or undefined. */
function headOfName(name: string, entities: Entity[]): number | undefined {
  let found: number | undefined;
  for (let ei = entities.length - 1; ei >= Math.max(0, entities.length - 400); ei--) {
    const e = entities[ei];
    if (e.type !== 'organization') continue;
    if (
      !e.surfaces.some(
        (s) => s.startsWith(`${name} of `) || s.startsWith(`${name} for `) || s.startsWith(`${name} in `),
      )
    )
      continue;
    if (found !== undefined) return undefined;
    found = ei;
  }
  return found;
}

/** The latest organisation with a name of two words or more ending in `word`, or -1. */
function lastEndingIn(word: string, entities: Entity[]): number {
  let best = -1;
  for (let ei = entities.length - 1; ei >= Math.max(0, entities.length - 400); ei--) {
    const e = entities[ei];
    if (e.type !== 'organization') continue;
    if (!e.surfaces.some((s) => s.includes(' ') && s.endsWith(` ${word}`))) continue;
    if (best < 0 || e.last > entities[best].last) best = ei;
  }
  return best;
}

function acronymTarget(acr: string, entities: Entity[]): number {
  // the expansion is usually near; a bounded look-back keeps long texts linear
  const from = Math.max(0, entities.length - 400);
  for (let ei = entities.length - 1; ei >= from; ei--) {
    const e = entities[ei];
    if (e.type === 'person' || e.type === 'handle') continue;
    if (e.surfaces.some((s) => s.split(/\s+/).length >= 2 && matchesAcronym(acr, s))) return ei;
  }
  // "FDLR" after "Democratic Forces for the Liberation of Rwanda": the letters of the name in
  // its own language, when one body only has them
  let found = -1;
  for (let ei = entities.length - 1; ei >= from; ei--) {
    const e = entities[ei];
    if (e.type !== 'organization') continue;
    if (!e.surfaces.some((s) => s.split(/\s+/).length >= 3 && matchesAcronymAnyOrder(acr, s))) continue;
    if (found >= 0) return -1;
    found = ei;
  }
  return found;
}

/**
 * "Lashkar" after "Lashkar-e-Taiba", "Maute" after "Dawlah Islamiyah-Maute": one word of a
 * body's longer name, alone, is that body when one body only has the word in its name. The word
 * is none the gazetteer knows for a group or place of its own, no people's adjective and no
 * English word (so no body's generic word: "Front", "Army"); "Islamic State" of "Islamic State
 * Sahel Province" is two words and stays apart.
 */
function oneWordOfName(word: string, entities: Entity[], lex: Lexicon): number {
  const w = foldName(word);
  if (w.length < 4 || lex.common(word) || lex.demonym(word) || lex.place(word) || lex.org(word)) return -1;
  let found = -1;
  for (let ei = entities.length - 1; ei >= Math.max(0, entities.length - 400); ei--) {
    const e = entities[ei];
    if (e.type !== 'organization') continue;
    const has = e.surfaces.some((s) => {
      const parts = foldName(s).split(/[\s-]+/);
      return parts.length >= 2 && parts.includes(w);
    });
    if (!has) continue;
    if (found >= 0) return -1;
    found = ei;
  }
  return found;
}

/** The fullest form used: most words, then longest, acronyms last. */
/** "Islamic State's West Africa Province" beside "Islamic State West Africa Province" */
const withoutPossessive = (s: string) => s.replace(/(\p{L})['’]s(?= \p{Lu})/gu, '$1');
function possessiveOfAnother(s: string, surfaces: string[]): boolean {
  if (!/\p{L}['’]s \p{Lu}/u.test(s)) return false;
  const bare = withoutPossessive(s);
  return surfaces.some((x) => x !== s && x === bare);
}

/**
 * The organisation named last before `at` whose name brackets a qualifier opening with the
 * singular of `plural` ("Maoists": "Communist Party of India (Maoist)", "… of Nepal (Maoist
 * Centre)"), or -1.
 */
function bracketedPlural(plural: string, at: number, entities: Entity[], mentions: Mention[]): number {
  const sing = plural.slice(0, -1);
  let found = -1;
  let last = -1;
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    if (e.type !== 'organization') continue;
    if (!e.surfaces.some((x) => x.includes(`(${sing})`) || x.includes(`(${sing} `))) continue;
    for (const mi of e.mentions) {
      const st = mentions[mi].start;
      if (st < at && st > last) {
        last = st;
        found = i;
      }
    }
  }
  return found;
}

export function canonicalName(e: Entity): string {
  const score = (s: string) => {
    const acr = /^[\p{Lu}\d&-]+$/u.test(s) ? 0 : 1;
    const lead = s.split(/\s+/)[0].toLowerCase().replace(/\.$/, '');
    // "Assistant Chief Constable X": a title may open with a word that is no title alone
    // and "Interior Minister X", "Opposition Leader X": a portfolio or qualifier before the office
    const w = s.split(/\s+/);
    const office = [1, 2].some(
      (k) =>
        k + 1 < w.length &&
        w.slice(0, k + 1).every((x) => /^\p{Lu}\p{Ll}+$/u.test(x)) &&
        PERSON_TITLES.has(w[k].toLowerCase()) &&
        /^\p{Lu}/u.test(w[k + 1]),
    );
    const titled =
      PERSON_TITLES.has(lead) || /^(?:assistant|deputy|detective|acting)$/.test(lead) || office ? 0 : 1;
    // "Akron, Ohio" is an alias of the town, not its name, and so is "the Islamic State's West
    // Africa Province" of "Islamic State West Africa Province"
    const plain = s.includes(',') || possessiveOfAnother(s, e.surfaces) ? 0 : 1;
    return plain * 100000 + titled * 10000 + acr * 1000 + s.split(/\s+/).length * 100 + s.length;
  };
  return [...e.surfaces].sort((a, b) => score(b) - score(a))[0];
}

/** "China-Pakistan", "Iran-Iraq": one word that joins two known places by a hyphen. */
function placePair(lex: Lexicon, w: string): boolean {
  const parts = w.split(/[-‐]/);
  return parts.length === 2 && parts.every((p) => /^\p{Lu}/u.test(p) && !!lex.place(p));
}
