import { geocode } from '../knowledge/places.js';
import type { Entity } from './entities.js';
import { PERSON_TITLES } from './lexicon.js';
import type { Mention } from './mentions.js';
import { isShortFormOf, matchesAcronym } from './names.js';

// "Hafiz Gul Bahadur, also known as Mullah Sadiq", "Abdul Wali, better known as
// Omar Khalid Khurasani", "Muhammad Khurasani, alias Abu Umar", "the Islamic
// State (also known as Daesh)", "X, whose formal name is Y (Z)": the text itself says two names are one person or
// group, however unalike they are. Name similarity cannot see that; this does.

// what may stand between the two names: ", who is known to his men as", ", better known by
// his nom de guerre", ", whose real name, according to police, is"
const REL = '(?:(?:who|which) (?:is|was|are|were) )?';
const BY_NAME =
  '(?:nom de guerre|nom-de-guerre|kunya|alias|nickname|pseudonym|moniker|code ?name|war name|name)';
const CUE = new RegExp(
  String.raw`^[\s"”’')]*[,(]?[\s"”’']*${REL}(?:(?:the|a|an) (?:[\w-]+ ){1,2})?(?:(?:also|better|more commonly|commonly|widely|popularly|locally|sometimes|formerly|previously|formally|officially)\s+)?(?:(?:known|referred to|called|named)(?: to(?: [\w'’-]+){1,3}| among(?: [\w'’-]+){1,3})?\s+as|(?:known|referred to) (?:by|under) (?:his|her|its|their|the|a) (?:[\w-]+ )?${BY_NAME}(?: of)?)\s*[,:]?\s*(?:the\s+)?["“‘']?\s*$` +
    String.raw`|^[\s"”’')]*[,(]?[\s"”’']*${REL}(?:alias|aka|a\.k\.a\.?|a\/k\/a|nicknamed|also called|whose (?:real|formal|full|official|legal|proper|original|true|birth) name(?:,[^,]{1,40},)? is|(?:real|formal|full|official) name|nom de guerre|by the nom de guerre of|(?:known|referred to) by (?:its|their|the) (?:[\w-]+ )?(?:acronym|initials|abbreviation))\s*[,:]?\s*["“‘']?\s*$`,
  'i',
);

function sharesWord(a: string[], b: string[]): boolean {
  const words = new Set(a.flatMap((s) => s.toLowerCase().split(/[\s-]+/)));
  return b.some((s) =>
    s
      .toLowerCase()
      .split(/[\s-]+/)
      .some((w) => words.has(w)),
  );
}

/** "under the nom de guerre", "his kunya", "the pseudonym of": a person's other name follows. */
const WAR_NAME = /\b(?:nom[- ]de[- ]guerre|kunya|pseudonym|war name)(?: of)?\s*[,:]?\s*["“‘']?\s*$/i;
/** How far back a war name looks for its person (one clause or two). */
const MAX_WAR_GAP = 160;

/**
 * "the People's Protection Units, or YPG,", "the Islamic State, or ISIS.": an acronym offered
 * as the other name of the body right before it. Only an acronym (2-6 capitals) closed by a
 * comma, a full stop or a bracket, and not one the gazetteer gives to another body.
 */
function orAcronym(
  text: string,
  a: Mention,
  b: Mention,
  gap: string,
  ea: Entity,
  eb: Entity | undefined,
): boolean {
  if (!/^\s*,\s*or\s+(?:the\s+)?$/.test(gap)) return false;
  if (!/^[A-Z][A-Za-z]?[A-Z]{1,4}$/.test(b.text) || !/^[,.;)]/.test(text.slice(b.end, b.end + 1)))
    return false;
  if (!/\s/.test(a.text.trim())) return false; // the full name has two words or more
  if (eb && eb.type !== 'organization') return false;
  return !(eb?.key && ea.key && eb.key !== ea.key);
}

/**
 * "a faction of the Gulf Cartel known as Los Metros", "a commander of G called X": with no comma
 * or bracket before it, the naming verb names the noun whose "of" phrase holds the first name,
 * not that name
 */
function namesThePart(text: string, a: Mention, gap: string): boolean {
  return !/[,(]/.test(gap) && PART_OF_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start));
}
/** "a faction of (the) ", "the armed wing of ", "one of the commanders of ": a common noun, then "of" */
const PART_OF_BEFORE =
  /\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+of\s+(?:the\s+)?$/;

/** Longest gap between two names that can hold a cue (", whose real name, according to court papers, is"). */
const MAX_GAP = 60;

/**
 * Joins, in place, the entity of a name introduced by an alias cue to the entity of
 * the name before it. A mention no entity claimed joins too: the cue types it.
 * Returns the entities left (merged ones dropped) and the remapped mention index.
 */
export function joinAliases(
  text: string,
  mentions: Mention[],
  entities: Entity[],
  mentionEntity: Int32Array,
): { entities: Entity[]; mentionEntity: Int32Array } {
  const order = mentions.map((_, i) => i).sort((a, b) => mentions[a].start - mentions[b].start);
  // entity index → the index it was merged into
  const into = entities.map((_, i) => i);
  const root = (i: number): number => {
    while (into[i] !== i) i = into[i];
    return i;
  };
  let changed = false;
  /** names the cue gave an entity that no entity had claimed there */
  const unclaimed: { surface: string; target: number }[] = [];
  for (let k = 0; k + 1 < order.length; k++) {
    const a = mentions[order[k]];
    const bi = order[k + 1];
    const b = mentions[bi];
    if (b.start - a.end > MAX_GAP || b.start < a.end) continue;
    const ea = mentionEntity[order[k]];
    if (ea < 0) continue;
    const target = root(ea);
    const type = entities[target].type;
    if (type !== 'person' && type !== 'organization') continue;
    const gap = text.slice(a.end, b.start);
    // "the Barisan Revolusi Nasional, or BRN,": a name its acronym follows is a body's, whatever
    // its shape made it (no one person goes by the initials of his names)
    const spelled =
      type === 'person' &&
      !entities[target].title &&
      !a.title &&
      matchesAcronym(b.text, a.text) &&
      orAcronym(
        text,
        a,
        b,
        gap,
        entities[target],
        mentionEntity[bi] >= 0 ? entities[mentionEntity[bi]] : undefined,
      );
    if (namesThePart(text, a, gap)) continue;
    if (
      !CUE.test(gap) &&
      !spelled &&
      !(type === 'organization' && orAcronym(text, a, b, gap, entities[target], entities[mentionEntity[bi]]))
    )
      continue;
    if (spelled) entities[target].type = 'organization';
    const eb = mentionEntity[bi];
    if (eb < 0) {
      const e = entities[target];
      e.mentions.push(bi);
      mentionEntity[bi] = target;
      if (!e.surfaces.includes(b.text)) e.surfaces.push(b.text);
      unclaimed.push({ surface: b.text, target });
      changed = true;
      continue;
    }
    const source = root(eb);
    // "Alexander Diaz, known as Calarca": a person's alias the gazetteer took for a town (named
    // nowhere else in the text) is the person's
    if (
      source !== target &&
      type === 'person' &&
      entities[source].type === 'place' &&
      entities[source].mentions.length === 1 &&
      /\b(?:known|called|named|alias|aka|nicknamed)\b/i.test(gap)
    ) {
      entities[source].type = 'person';
      entities[source].key = undefined;
      entities[source].kind = undefined;
      entities[source].country = undefined;
      mentions[bi].type = 'person';
      mentions[bi].key = undefined;
    }
    if (source === target || entities[source].type !== entities[target].type) continue;
    const e = entities[target];
    for (const mi of entities[source].mentions) e.mentions.push(mi);
    for (const s of entities[source].surfaces) if (!e.surfaces.includes(s)) e.surfaces.push(s);
    into[source] = target;
    changed = true;
  }
  // "the Malian army, known by its acronym FAMa, … FAMa said": the name given by the cue, used
  // again later, is the same entity, whatever its shape or the speech verb made of it there (a
  // gazetteer's name is left alone)
  for (const { surface, target } of unclaimed) {
    const t = root(target);
    for (let i = 0; i < entities.length; i++) {
      if (root(i) !== i || i === t) continue;
      const o = entities[i];
      if (o.key || o.surfaces.some((x) => x !== surface)) continue;
      if (o.type !== entities[t].type && o.type !== 'person') continue;
      const e = entities[t];
      for (const mi of o.mentions) {
        e.mentions.push(mi);
        mentions[mi].type = e.type;
      }
      into[i] = t;
      changed = true;
    }
  }
  // "Ahmed X, who led the Front under the nom de guerre Abu Y": the war name joins the
  // nearest person named before it in the sentence, however far back (the cue above only
  // looks at the name right before it)
  for (let k = 1; k < order.length; k++) {
    const bi = order[k];
    const b = mentions[bi];
    if (!WAR_NAME.test(text.slice(Math.max(0, b.start - 40), b.start))) continue;
    const eb = mentionEntity[bi];
    if (eb >= 0 && entities[root(eb)].type !== 'person') continue;
    for (let m = k - 1; m >= 0; m--) {
      const a = mentions[order[m]];
      if (b.start - a.end > MAX_WAR_GAP || /[.!?]["”’]?\s/.test(text.slice(a.end, b.start))) break;
      const ea = mentionEntity[order[m]];
      if (ea < 0 || entities[root(ea)].type !== 'person') continue;
      if (eb < 0) {
        const e = entities[root(ea)];
        e.mentions.push(bi);
        mentionEntity[bi] = root(ea);
        if (!e.surfaces.includes(b.text)) e.surfaces.push(b.text);
        changed = true;
      } else if (root(eb) !== root(ea)) {
        const source = root(eb);
        const e = entities[root(ea)];
        for (const mi of entities[source].mentions) e.mentions.push(mi);
        for (const sf of entities[source].surfaces) if (!e.surfaces.includes(sf)) e.surfaces.push(sf);
        into[source] = root(ea);
        changed = true;
      }
      break;
    }
  }
  // one place by two names: "Londonderry" and "Derry", "Kyiv" and "Kiev" (one gazetteer
  // place), or "Congo" after "the Democratic Republic of the Congo" (not "China" after
  // "Republic of China": only the "of the" form gives a country's short name)
  const merge = (source: number, target: number) => {
    source = root(source);
    target = root(target);
    if (source === target) return;
    const e = entities[target];
    for (const mi of entities[source].mentions) e.mentions.push(mi);
    for (const s of entities[source].surfaces) if (!e.surfaces.includes(s)) e.surfaces.push(s);
    into[source] = target;
    changed = true;
  };
  const places = entities.map((_, i) => i).filter((i) => entities[i].type === 'place' && entities[i].key);
  const bySource = new Map<string, number>();
  for (const i of places) {
    const e = entities[i];
    const g = geocode(e.surfaces[0], e.country ? [e.country] : []);
    if (!g?.source?.startsWith('geonames:')) continue;
    const k = `${e.kind}:${g.source}`;
    const first = bySource.get(k);
    if (first === undefined) bySource.set(k, i);
    // "New York" beside "New York City" may be the state: only wholly other names are one
    else if (!sharesWord(entities[first].surfaces, e.surfaces)) merge(i, first);
  }
  for (const i of places) {
    const e = entities[i];
    if (e.kind !== 'country') continue;
    const tails = e.surfaces.map((s) => /\bof the (\p{Lu}[\p{L} ]+)$/u.exec(s)?.[1]).filter((t) => t);
    if (tails.length === 0) continue;
    for (const j of places) {
      if (j === i || entities[j].kind !== 'country' || root(j) === root(i)) continue;
      if (!entities[j].surfaces.every((s) => tails.includes(s.replace(/^the /i, '')))) continue;
      // both "Republic of the Congo" and "Democratic Republic of the Congo" named: no guess
      const owners = places.filter(
        (o) =>
          entities[o].kind === 'country' &&
          entities[o].surfaces.some((s) => tails.some((t) => s.endsWith(` ${t}`))),
      );
      if (owners.length === 1) merge(j, i);
    }
  }
  // "President Mohamud" before "Hassan Sheikh Mohamud", "Turji" (a headline) before "Bello
  // Turji": a surname alone, named before the full name, is that person when the text names
  // one person only with that surname (pass 1 joins a short form only to a name already seen)
  const people = entities.map((_, i) => i).filter((i) => entities[i].type === 'person');
  const firstStart = (i: number) => Math.min(...entities[i].mentions.map((mi) => mentions[mi].start));
  for (const i of people) {
    if (root(i) !== i) continue;
    const shorts = new Set(entities[i].surfaces.map(withoutTitles));
    if (shorts.size !== 1) continue;
    const short = [...shorts][0];
    if (!/^\p{Lu}[\p{L}'’-]+$/u.test(short)) continue;
    const owners = new Set<number>();
    for (const j of people) {
      if (j === i || root(j) === root(i)) continue;
      if (
        entities[j].surfaces.some((sf) => {
          const ws = withoutTitles(sf).split(/\s+/);
          return (
            ws.length >= 2 && isShortFormOf(short, ws.join(' ')) && isShortFormOf(short, ws[ws.length - 1])
          );
        })
      )
        owners.add(root(j));
    }
    if (owners.size !== 1) continue;
    const [j] = [...owners];
    if (firstStart(i) < firstStart(j)) merge(i, j);
  }
  if (!changed) return { entities, mentionEntity };
  const kept: Entity[] = [];
  const newIndex = new Int32Array(entities.length).fill(-1);
  entities.forEach((e, i) => {
    if (root(i) !== i) return;
    e.mentions.sort((x, y) => mentions[x].start - mentions[y].start);
    e.last = e.mentions[e.mentions.length - 1];
    newIndex[i] = kept.length;
    kept.push(e);
  });
  const remapped = new Int32Array(mentionEntity.length);
  for (let i = 0; i < mentionEntity.length; i++)
    remapped[i] = mentionEntity[i] < 0 ? -1 : newIndex[root(mentionEntity[i])];
  return { entities: kept, mentionEntity: remapped };
}

/** A person's surface without the titles before the name ("President Mohamud" → "Mohamud"). */
function withoutTitles(surface: string): string {
  const ws = surface.split(/\s+/);
  let k = 0;
  while (k < ws.length - 1) {
    const l = ws[k].toLowerCase();
    if (!(PERSON_TITLES.has(l) || PERSON_TITLES.has(l.replace(/\.$/, '')) || /^(?:mr|mrs|ms|dr)\.?$/.test(l)))
      break;
    k++;
  }
  return ws.slice(k).join(' ');
}
