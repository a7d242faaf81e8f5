import type {
  ExtractedEntity,
  ExtractedEvent,
  ExtractedQuote,
  ExtractedRelation,
  Extraction,
  SourceDocument,
} from '../types.js';
import { joinAliases } from './aliases.js';
import type { Annotated } from './annotated.js';
import { orgKind, personAttributes } from './attributes.js';
import { canonicalName, resolveEntities } from './entities.js';
import { killingsOfDeadlyAttacks } from './event-deadly-attack.js';
import { expulsionsFromABody } from './event-expelled.js';
import { killingsOfTolls } from './event-killed-when.js';
import { attacksOfMassKillings } from './event-mass-killing.js';
import { attacksRetoldByArms } from './event-retold-arms.js';
import { stateForceDoers } from './event-state-force.js';
import { eventTies } from './event-ties.js';
import { underSanctions } from './event-under-sanctions.js';
import { unitDoers } from './event-unit-doers.js';
import { extractEvents } from './events.js';
import {
  addHomeTowns,
  apartPlaces,
  countryContext,
  demonymCountries,
  dropLoneNamesakes,
  dropTownsForDivisions,
  geocodeEntity,
  placeByContext,
  retypeHomeTowns,
  surnamesTakenForTowns,
} from './geocode.js';
import { settleNamesakesByArea } from './geocode-nearby.js';
import { dropFarLoneTowns, steerByDateline } from './geocode-places30.js';
import { placeDistricts } from './geocode-places31.js';
import { placeByFeatureAfter } from './geocode-places33.js';
import { placeByFeatureStem } from './geocode-places34.js';
import { placeNearDateline } from './geocode-places35.js';
import type { Lexicon } from './lexicon.js';
import { defaultLexicon } from './lexicon-default.js';
import { collectIfLong } from './memory.js';
import { findMentions } from './mentions.js';
import { parseSegmented } from './parse.js';
import { loadParser, unloadParsers } from './parser/index.js';
import { extractQuotes } from './quotes.js';
import { extractRelations } from './relations.js';
import { segment, unloadSegmenter } from './segment.js';
import { joinMentionsInParse, type Syntax } from './syntax.js';
import { alliesShareFoes } from './ties-fights29.js';
import { twoSidesFight } from './ties-fights30.js';
import { membershipAsGround } from './ties-members31.js';
import { eventTolls } from './toll.js';

/**
 * texts at least this long give the models' memory back once they are used: the segmentation
 * model after segmentation, the parse model after the parse (10 MB article: ~10 and ~25 MB)
 */
const UNLOAD_MODEL_CHARS = 4_000_000;

/**
 * texts at least this long are parsed whole in the parse stage, with their periodic
 * collections (memory.ts), as before the parse on demand; `dossier extract` reads the
 * parser model early only for shorter inputs (cli/extract.ts)
 */
export const EAGER_PARSE_CHARS = 1_000_000;

/** The stages every reader shares: segmentation, the parse, mentions and entities. */
export interface Annotation {
  doc: Annotated & { syntax: Syntax };
  /** the given title, else the paragraph the segmenter took for one */
  title: string | null;
}

/**
 * Segments, parses, finds mentions and joins them into entities. Tokens stay (the parse
 * points at them); each multi-token mention is made one node of the parse.
 */
export function annotate(
  src: SourceDocument,
  lex: Lexicon = defaultLexicon(),
  opts: { lazyParse?: boolean } = {},
): Annotation {
  const text = src.text;
  collectIfLong(text.length, 'start');
  const seg = segment(text, src.title, { lemmas: true });
  // the later stages do not segment: a very long text lets the model (~10 MB) go
  if (text.length >= UNLOAD_MODEL_CHARS) unloadSegmenter();
  collectIfLong(text.length, 'segment');
  const mentions = findMentions(seg, lex);
  collectIfLong(text.length, 'mentions');
  // each name found is one word to the parser
  // each sentence is parsed when a reader first asks for it (most of a text's sentences
  // hold nothing a reader walks arcs for); a very long text is parsed whole, so that the
  // model can go before the later stages
  const lazy = opts.lazyParse === true && text.length < EAGER_PARSE_CHARS;
  const syntax = parseSegmented(seg, loadParser(), seg.lemmas, mentions, { lazy });
  delete seg.lemmas;
  // A very long text's later stages hold the most memory; the parse model is not needed
  // by them, and reloading it for the next such text costs little beside its minutes.
  if (text.length >= UNLOAD_MODEL_CHARS && !lazy) unloadParsers();
  collectIfLong(text.length, 'parse');
  const resolved = resolveEntities(mentions, lex, text);
  const { entities, mentionEntity } = joinAliases(text, mentions, resolved.entities, resolved.mentionEntity);
  let title = src.title;
  if (!title) {
    const p = seg.paragraphs.find((x) => x.role === 'title');
    if (p) title = text.slice(p.start, p.end);
  }
  const doc = { seg, text, mentions, mentionEntity, entities, published: src.published, syntax };
  joinMentionsInParse(doc);
  return { doc, title };
}

/**
 * the names of an armed force's commands and units ("Central Command", "5th Fleet", "Task
 * Force 50", "the 6th Infantry Division", "Fourth Army Region"; ties23); not of a whole service
 * (an Air Force commander serves in it), nor a group named "Division" without a number
 */
const MILITARY_UNIT =
  /\b(?:command|task (?:force|group)|fleet|wing|squadron|brigade|battalion|regiment)\b|\b(?:\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:[\w-]+\s+){0,2}(?:division|army region|military region|corps)\b/i;

/** Runs every stage over one document and returns the extraction contract's object. */
export function extract(src: SourceDocument, lex: Lexicon = defaultLexicon()): Extraction {
  // every sentence is parsed in one pass before the readers run. Parsing on demand (only
  // what the readers walk: ~90% of the words on news) gives the same output, but the
  // parser's tables (~23 MB) go cold between the sentences it is called for in the middle
  // of other stages: one pass costs ~5% less CPU over the bench's 604 documents
  const { doc, title } = annotate(src, lex, { lazyParse: false });
  const { seg, text, mentions, entities } = doc;
  collectIfLong(text.length, 'annotate');
  // a town's name that is the surname of a person named before: that person
  surnamesTakenForTowns(doc);
  // a name taken for a person by its shape that is a town of the article's own country
  const homeCtx = countryContext(doc, lex);
  retypeHomeTowns(doc, lex, homeCtx);
  // a lone name no stage typed, where places stand, that is a town of the article's own country
  addHomeTowns(doc, lex, homeCtx);
  const quotes = extractQuotes(doc);
  collectIfLong(text.length, 'quotes');
  /** the words that stand for an organisation named elsewhere ("the group"), by token */
  const groupWords = new Map<number, number>();
  const relations = extractRelations(doc, quotes, lex, groupWords);
  collectIfLong(text.length, 'relations');
  const events = extractEvents(doc, quotes, relations);
  // "discharged from hospital" puts nobody out of a body (rare33)
  expulsionsFromABody(events);
  // "X has been under EU sanctions for years": X is the one designated (rare33)
  underSanctions(doc, events);
  stateForceDoers(doc, events, lex);
  attacksRetoldByArms(doc, events);
  // "G stormed a base of H, … killing 14 soldiers": G's killing of H's people too (after the
  // state's forces are read: "a Somali army base" befell the army)
  killingsOfTolls(doc, events);
  // an attack whose sentence counts its dead is also a killing by its doers (events23)
  killingsOfDeadlyAttacks(doc, events);
  // "G fighters killed N troops at an outpost": a killing of many by an armed group is its attack too (events36)
  attacksOfMassKillings(doc, events);
  // "G's U unit attacked …", "G militants attacked …; G's Sahel Province claimed it": a unit and
  // the body it is part of are both doers (agents31)
  unitDoers(doc, events, relations);
  // ties the events imply (fights, pledged_allegiance_to, split_from, member_of), not read twice
  relations.push(...eventTies(doc, events, relations));
  // "A fought alongside B against C": B fights C too (fights29)
  relations.push(...alliesShareFoes(relations));
  // "… broke away from H; since then the rival factions battled": the two named last (fights30)
  relations.push(...twoSidesFight(doc, relations));
  // "arrested X for belonging to G": whom the act takes is G's member (members31)
  relations.push(...membershipAsGround(doc, relations, groupWords));

  collectIfLong(text.length, 'events');
  const ids = entities.map((_, i) => `e${i + 1}`);
  const ctx = countryContext(doc, lex);
  const outEntities: ExtractedEntity[] = entities.map((e, i) => {
    const name = canonicalName(e);
    const mentionSpans = e.mentions.map((mi) => ({ start: mentions[mi].start, end: mentions[mi].end }));
    const aliases = dedupeFold(
      e.surfaces.filter((s) => s !== name),
      name,
    );
    const out: ExtractedEntity = {
      id: ids[i],
      type: e.type,
      name,
      aliases,
      mentions: mentionSpans,
      attributes: {},
    };
    if (e.type === 'person') out.attributes = personAttributes(doc, lex, i);
    if (e.type === 'organization') {
      const kind = orgKind(e.surfaces, e.kind);
      if (kind) out.attributes.kind = kind;
    }
    if (e.type === 'place') {
      out.geo = geocodeEntity(e, name, ctx);
      if (e.kind) out.attributes.kind = e.kind;
    }
    return out;
  });
  // a village or district no gazetteer has, placed by the text against a place that has a point
  const geos = outEntities.map((o) => o.geo);
  const placeNames = outEntities.map((o) => o.name);
  // "the Boni forest", "the Juba river": the feature of the name and the noun after it (places33)
  placeByFeatureAfter(doc.text, entities, mentions, placeNames, geos, ctx);
  dropLoneNamesakes(doc, lex, entities, geos);
  dropTownsForDivisions(doc, lex, entities, geos, ctx);
  settleNamesakesByArea(entities, geos);
  steerByDateline(text, seg.sentences, entities, mentions, geos);
  dropFarLoneTowns(entities, geos, new Set(demonymCountries(doc, lex)));
  // "the Zagros", "the Nuba hills": a wide feature named without the tables' noun (places34)
  placeByFeatureStem(entities, placeNames, geos, ctx);
  // a district, a local government area or a county the text calls one (places31)
  placeDistricts(doc.text, entities, mentions, placeNames, geos, ctx, false);
  placeByContext(doc.text, entities, mentions, placeNames, geos);
  // a place set only at a province's or a country's point, or not at all: the district of its name
  placeDistricts(doc.text, entities, mentions, placeNames, geos, ctx, true);
  // a village or a camp still without a point, in a report filed from a provincial town (places35)
  placeNearDateline(text, seg.sentences, entities, mentions, placeNames, geos, ctx[0]);
  outEntities.forEach((o, i) => {
    if (o.type === 'place') o.geo = geos[i] ?? null;
  });
  const sentenceSpan = (si: number) => ({ start: seg.sentences[si].start, end: seg.sentences[si].end });
  const outQuotes: ExtractedQuote[] = quotes.map((q, i) => ({
    id: `q${i + 1}`,
    text: q.text,
    start: q.start,
    end: q.end,
    speaker: q.speaker >= 0 ? ids[q.speaker] : null,
    speakerText: q.speakerText,
    ...(q.pullQuote ? { pullQuote: true, repeats: q.repeats >= 0 ? `q${q.repeats + 1}` : null } : {}),
  }));
  // Whoever leads or speaks for an employer (a ministry, an agency, a company, a
  // newspaper) or a political party also belongs to it; for militant groups the specific
  // tie says it.
  const kindOf = (ei: number) => outEntities[ei].attributes.kind as string | undefined;
  const has = new Set(relations.map((r) => `${r.type}:${r.subject}:${r.object}`));
  // (an organisation of no known kind that the text shows fighting, or as a part or an offshoot
  // of a militant group, is an armed group too: "the H Column, a branch of G headed by X" makes X
  // no member of H; an affiliate may be a party; ties28)
  const armed = new Set<number>();
  for (const r of relations) {
    if (r.negated || kindOf(r.subject) !== undefined) continue;
    if (r.type === 'fights' && outEntities[r.subject].type === 'organization') armed.add(r.subject);
    if ((r.type === 'part_of' || r.type === 'split_from') && kindOf(r.object) === 'militant group')
      armed.add(r.subject);
  }
  for (const r of relations)
    if (r.type === 'fights' && !r.negated && kindOf(r.object) === undefined) armed.add(r.object);
  for (const r of [...relations]) {
    if ((r.type !== 'leader_of' && r.type !== 'spokesperson_of') || r.negated) continue;
    const kind = kindOf(r.object);
    if (kind === 'militant group' || armed.has(r.object)) continue;
    // …nor for an armed force's command or unit: its commander is not said to be its member
    if (MILITARY_UNIT.test(outEntities[r.object].name)) continue;
    // …nor for the spokesman of anything but a company or a news outlet (a ministry, a
    // police force, a party, a council, an armed group's committee): he speaks for it, which
    // is the tie the text states, and the contract gives it its own type (ties27: on the dev
    // sets' golds, none of the ten member_of ties this added for a state body, a party or a
    // movement was a tie)
    if (r.type === 'spokesperson_of' && kind !== 'company' && kind !== 'news agency') continue;
    if (has.has(`member_of:${r.subject}:${r.object}`)) continue;
    has.add(`member_of:${r.subject}:${r.object}`);
    relations.push({ ...r, type: 'member_of', cue: `${r.cue}+employer` });
  }
  // a place is not part of a place in another country, nor of a town far from it ("A, B
  // and C" or "Kabul, Tehran, Moscow" list peers that the text does not nest)
  for (let i = relations.length - 1; i >= 0; i--)
    if (apartPlaces(relations[i], geos, entities)) relations.splice(i, 1);
  const outRelations: ExtractedRelation[] = relations.map((r, i) => ({
    id: `r${i + 1}`,
    type: r.type,
    subject: ids[r.subject],
    object: ids[r.object],
    negated: r.negated,
    evidence: sentenceSpan(r.sentence),
    attributedTo: r.attributedTo >= 0 ? ids[r.attributedTo] : r.attributedText,
    cue: r.cue,
  }));
  const eventSentences = new Set(events.map((v) => v.sentence));
  const outEvents: ExtractedEvent[] = events.map((v, i) => {
    const out: ExtractedEvent = {
      id: `v${i + 1}`,
      type: v.type,
      date: v.date,
      place: v.place >= 0 ? ids[v.place] : null,
      participants: v.participants.map((p) => ({ role: p.role, entity: ids[p.entity] })),
      evidence: sentenceSpan(v.sentence),
      trigger: v.trigger,
    };
    const toll = eventTolls(text, v.type, v.sentence, seg.sentences, eventSentences);
    if (toll.length) out.toll = toll.map(({ start, end, ...t }) => ({ ...t, evidence: { start, end } }));
    return out;
  });
  const document: Extraction['document'] = { title, published: src.published, url: src.url, text };
  if (src.byline) document.byline = src.byline;
  if (src.dek) document.dek = src.dek;
  else {
    const dek = seg.paragraphs.find((p) => p.role === 'dek');
    if (dek) document.dek = text.slice(dek.start, dek.end);
  }
  if (src.metadata && Object.keys(src.metadata).length) document.metadata = src.metadata;
  return {
    schema: 'dossier.extraction/1',
    document,
    entities: outEntities,
    quotes: outQuotes,
    relations: outRelations,
    events: outEvents,
  };
}

function dedupeFold(xs: string[], name: string): string[] {
  const seen = new Set([name.toLowerCase()]);
  const out: string[] = [];
  for (const x of xs) {
    const k = x.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(x);
  }
  return out;
}
