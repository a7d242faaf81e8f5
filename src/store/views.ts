// What the store and the HTTP API answer, as zod schemas: z.infer gives the server's types,
// the API's routes declare them as their responses (so /api/openapi.json describes every
// answer), and the web client (web/src/api.ts) imports the same inferred types. No imports
// but zod and the ontology. FactInput, the fact an analyst adds or edits, is a request
// (validated by api/schemas.ts DecisionBody) and stays a plain type at the end.
import { z } from 'zod';
import type { EntityType } from '../ontology.js';

const str = z.string();
const strOrNull = z.string().nullable();
const num = z.number();
const entityType = z.enum([
  'person',
  'organization',
  'place',
  'handle',
] as const satisfies readonly EntityType[]);

/** One page of a list: `items` from `offset`, at most `limit`, of `total`. */
const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: num, limit: num, offset: num });

export const Evidence = z.object({
  documentId: str,
  title: strOrNull,
  outlet: strOrNull,
  published: strOrNull,
  start: num,
  end: num,
  sentence: str,
  attributedTo: strOrNull,
});
export type Evidence = z.infer<typeof Evidence>;

export const EntitySummary = z.object({ id: str, type: entityType, name: str, mentions: num });
export type EntitySummary = z.infer<typeof EntitySummary>;

export const QuoteView = z.object({
  id: str,
  text: str,
  speaker: strOrNull,
  documentId: str,
  title: strOrNull,
  outlet: strOrNull,
  published: strOrNull,
  start: num,
  end: num,
});
export type QuoteView = z.infer<typeof QuoteView>;

export const EventView = z.object({
  factId: str,
  type: str,
  date: strOrNull,
  dateText: strOrNull,
  place: strOrNull,
  participants: z.array(z.object({ role: str, entity: EntitySummary })),
  evidence: z.array(Evidence),
});
export type EventView = z.infer<typeof EventView>;

/** A tie as the store reads it. */
export const TieView = z.object({
  factId: str,
  type: str,
  direction: z.enum(['out', 'in']),
  other: EntitySummary,
  negated: z.boolean(),
  /** independent documents stating it */
  documents: num,
  outlets: num,
  /** true when another fact contradicts this one (negation, or a second leader) */
  conflict: z.boolean(),
  /** an analyst's verdict (rejected ties are left out of profiles, paths and graphs) */
  status: z.literal('confirmed').nullable().optional(),
  evidence: z.array(Evidence),
});
export type TieView = z.infer<typeof TieView>;

const FactStatus = z.enum(['machine', 'confirmed', 'rejected']);

/** A tie as the API sends it: with its verdict and its corroboration (documents). */
export const TieResult = TieView.extend({ status: FactStatus, corroboration: num });
export type TieResult = z.infer<typeof TieResult>;

// ---- incidents (docs/incidents.md) ---------------------------------------------------

const TollKind = z.enum(['killed', 'wounded', 'arrested', 'kidnapped']);
const Ref = z.object({ id: str, name: str });

/** One count as one report states it. */
const TollCount = z.object({
  kind: TollKind,
  min: num.nullable(),
  max: num.nullable(),
  text: str,
  approximate: z.boolean().optional(),
  includesPerpetrators: z.boolean().optional(),
  start: num,
  end: num,
});
export const TollFigure = TollCount.extend({
  factId: str,
  documentId: str,
  outlet: strOrNull,
  published: strOrNull,
  grade: strOrNull,
});
export type TollFigure = z.infer<typeof TollFigure>;

/**
 * An incident's count of one kind over every report: `min` the lowest lower bound any
 * report gives, `max` the highest number any report states; `openEnded` when a report
 * gives only a lower bound ("at least 16") that reaches `max`. Never a silent pick: every
 * figure is listed with its source.
 */
export const TollRange = z.object({
  min: num.nullable(),
  max: num.nullable(),
  openEnded: z.boolean(),
  /** reports disagree (their ranges do not all contain one number) */
  conflict: z.boolean(),
  figures: z.array(TollFigure),
});
export type TollRange = z.infer<typeof TollRange>;

const IncidentSource = z.object({
  documentId: str,
  outlet: strOrNull,
  title: strOrNull,
  url: strOrNull,
  location: strOrNull,
  published: strOrNull,
  /** the outlet's Admiralty grade (B2), when an analyst gave one */
  grade: strOrNull,
});
export type IncidentSource = z.infer<typeof IncidentSource>;

/** Which fields agreed when a report joined its incident (store/incidents.ts Agreement). */
const Agreed = z.object({
  type: z.enum(['same', 'compatible']).optional(),
  date: z.enum(['same day', 'overlap', 'unknown', 'different']).optional(),
  place: z.enum(['same', 'inside', 'near', 'unknown', 'different']).optional(),
  agent: z.enum(['same', 'one report', 'none', 'different']).optional(),
  sameDocument: z.boolean().optional(),
  weak: z.boolean().optional(),
  score: num.optional(),
  analyst: z.boolean().optional(),
});

export const IncidentReport = IncidentSource.extend({
  factId: str,
  type: str,
  /** the report's own date (resolved against its publication date) and the words that gave it */
  date: strOrNull,
  dateText: strOrNull,
  place: Ref.nullable(),
  perpetrators: z.array(Ref),
  targets: z.array(Ref),
  toll: z.array(TollCount),
  sentence: str,
  start: num,
  end: num,
  /** first: it started the incident; machine: joined on ingest; analyst: moved by a decision */
  joinedBy: z.enum(['first', 'machine', 'analyst']),
  /** which fields agreed when it joined (empty for the first report) */
  agreed: Agreed,
  /** told in passing: dated weeks before its article, which reports a recent incident */
  background: z.boolean(),
});
export type IncidentReport = z.infer<typeof IncidentReport>;

export const ClaimView = z.object({
  entity: Ref.nullable(),
  stance: z.enum(['claim', 'denial']),
  documentId: str,
  outlet: strOrNull,
  published: strOrNull,
  grade: strOrNull,
  sentence: str,
});
export type ClaimView = z.infer<typeof ClaimView>;

export const IncidentView = z.object({
  id: str,
  /** attack when any report calls it one, else killing */
  type: str,
  /** the days every dated report allows (from = to: one day); undated reports' publication days otherwise */
  date: z.object({ from: str, to: str }).nullable(),
  /** true when at least one report dates it in its own words */
  dated: z.boolean(),
  place: Ref.extend({ lat: num.nullable(), lon: num.nullable(), country: strOrNull }).nullable(),
  /** one entry per document, oldest first */
  sources: z.array(IncidentSource),
  sourceCount: num,
  outletCount: num,
  toll: z.partialRecord(TollKind, TollRange),
  /** every agent any report names, with how many reports name it */
  perpetrators: z.array(Ref.extend({ reports: num })),
  claims: z.array(ClaimView),
  /** every report is background: an earlier event articles about another one mention in passing */
  background: z.boolean(),
  reports: z.array(IncidentReport),
});
export type IncidentView = z.infer<typeof IncidentView>;

// ---- an entity's profile --------------------------------------------------------------

const Merge = z.object({ name: str, reason: str, score: num, documentId: str });

/** An entity's profile as the store reads it. */
export const EntityProfile = z.object({
  entity: EntitySummary,
  names: z.array(z.object({ name: str, count: num })),
  attributes: z.record(str, z.unknown()),
  geo: z.object({ lat: num, lon: num, country: strOrNull }).nullable(),
  ties: z.record(str, z.array(TieView)),
  /** ties of each type in all; `ties` shows the best-attested `tiesShown` of them */
  tieTotals: z.record(str, num).optional(),
  tiesShown: num.optional(),
  quotesBy: z.array(QuoteView),
  quotesAbout: z.array(QuoteView),
  events: z.array(EventView),
  /** the incidents the entity took part in (as agent, target or place), latest LIST_MAX */
  incidents: z.array(IncidentView).optional(),
  firstSeen: strOrNull,
  lastSeen: strOrNull,
  documents: num,
  merges: z.array(Merge),
  /** quotes, events and merges list at most this many (the latest) */
  listMax: num,
});
export type EntityProfile = z.infer<typeof EntityProfile>;

// ---- screening -----------------------------------------------------------------------

/** How a screening score came about (screen/match.ts Explanation). */
export const ScreeningExplanation = z.object({
  /** name score before qualifiers */
  nameScore: num,
  parts: z.array(
    z.object({
      how: z.enum(['exact', 'transliteration', 'phonetic', 'initial', 'missing', 'extra']),
      query: str.optional(),
      listed: str.optional(),
      similarity: num,
    }),
  ),
  qualifiers: z.array(
    z.object({ kind: z.enum(['type', 'birth-year', 'country']), effect: num, detail: str }),
  ),
  setAside: z.array(str),
  notes: z.array(str),
});
export type ScreeningExplanation = z.infer<typeof ScreeningExplanation>;

export const ScreeningHit = z.object({
  id: str,
  entityId: str,
  entityName: str,
  list: str,
  entryId: str,
  listedName: str,
  matchedAlias: str,
  score: num,
  explanation: ScreeningExplanation,
  status: z.enum(['open', 'confirmed', 'dismissed']),
});
export type ScreeningHit = z.infer<typeof ScreeningHit>;

// ---- the API's answers, route by route -------------------------------------------------

export const Health = z.object({ ok: z.boolean(), version: str, documents: num, entities: num });

export const Suggestions = z.object({
  entities: z.array(EntitySummary),
  documents: z.array(z.object({ id: str, title: strOrNull })),
  quotes: z.array(z.object({ id: str, text: str, speaker: strOrNull, documentId: str })),
});
export type Suggestions = z.infer<typeof Suggestions>;

export const SearchItem = z.object({
  kind: z.enum(['article', 'quote']),
  id: str,
  documentId: str,
  title: strOrNull,
  outlet: strOrNull,
  published: strOrNull,
  /** HTML: <mark> around hits, all else escaped */
  snippet: str,
  score: num,
});
export type SearchItem = z.infer<typeof SearchItem>;
export const SearchPage = page(SearchItem);

export const EntityRow = EntitySummary.extend({
  documents: num,
  firstSeen: strOrNull,
  lastSeen: strOrNull,
});
export type EntityRow = z.infer<typeof EntityRow>;
export const EntityPage = page(EntityRow);

/** GET /api/entities/{id}: the store's profile with its ties' verdicts, screening hits and mentions by month. */
export const ProfileResult = EntityProfile.extend({
  id: str,
  name: str,
  type: entityType,
  mentions: num,
  ties: z.record(str, z.array(TieResult)),
  /** the tie types with more than `tiesShown` (GET /api/entities/{id}/ties pages through them) */
  tiesMore: z.record(str, z.boolean()),
  screening: z.array(ScreeningHit),
  mentionsOverTime: z.array(z.object({ period: str, count: num })),
});
export type ProfileResult = z.infer<typeof ProfileResult>;

export const TiePage = page(TieResult).extend({ more: z.boolean() });

const GraphNode = z.object({ id: str, label: str, type: entityType, mentions: num, community: num });
const GraphEdge = z.object({
  id: str,
  source: str,
  target: str,
  type: str,
  negated: z.boolean(),
  /** the documents stating it, all counted */
  corroboration: num,
  /** the first few of them (ids) */
  documents: z.array(str),
});
export const GraphPage = z.object({
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
  /** edges that pass the filters (a lower bound when `truncated`) */
  total: num,
  limit: num,
  offset: num,
  /** more edges than this page: ask again with offset + limit */
  more: z.boolean(),
  /** the walk stopped at the scan cap: narrow it (depth, types, dates) to see all */
  truncated: z.boolean(),
});
export type GraphPage = z.infer<typeof GraphPage>;

export const PathHop = z.object({
  from: str,
  to: str,
  fromName: str,
  toName: str,
  type: str,
  direction: z.enum(['out', 'in']),
  negated: z.boolean(),
  evidence: z.object({ documentId: str, sentence: str, outlet: strOrNull, published: strOrNull }).nullable(),
});
export type PathHop = z.infer<typeof PathHop>;
export const Paths = z.object({ paths: z.array(z.array(PathHop)) });

export const TimelineItem = z.object({
  id: str,
  type: str,
  date: z.object({ text: strOrNull, value: strOrNull }),
  place: Ref.nullable(),
  participants: z.array(z.object({ role: str, id: str, name: str })),
  evidence: z
    .object({
      documentId: str,
      sentence: str,
      start: num,
      end: num,
      title: strOrNull,
      outlet: strOrNull,
      published: strOrNull,
    })
    .nullable(),
});
export type TimelineItem = z.infer<typeof TimelineItem>;
export const Timeline = page(TimelineItem).extend({ incidents: z.array(IncidentView) });

export const Place = z.object({
  id: str,
  name: str,
  lat: num,
  lon: num,
  country: strOrNull,
  mentions: num,
});
export type Place = z.infer<typeof Place>;
export const Places = page(Place).extend({
  /** places named in the same articles that have no coordinates */
  notLocated: z.array(z.object({ id: str, name: str, mentions: num })),
});

export const DocumentRow = z.object({
  id: str,
  title: strOrNull,
  published: strOrNull,
  outlet: strOrNull,
  url: strOrNull,
  ingestedAt: str,
  entities: num,
});
export type DocumentRow = z.infer<typeof DocumentRow>;
export const DocumentPage = page(DocumentRow);

export const FactView = z.object({
  id: str,
  kind: z.enum(['relation', 'event']),
  type: str,
  subjectId: strOrNull,
  objectId: strOrNull,
  negated: z.boolean(),
  start: num,
  end: num,
  attributedTo: strOrNull,
  corroboration: num,
  status: FactStatus,
  /** events: the date (YYYY[-MM[-DD]]) when the article gives one, the place, who took part */
  date: strOrNull,
  placeId: strOrNull,
  place: strOrNull,
  participants: z.array(z.object({ role: str, entityId: str, name: str, type: entityType })).optional(),
});
export type FactView = z.infer<typeof FactView>;

export const DocumentView = z.object({
  id: str,
  title: strOrNull,
  published: strOrNull,
  outlet: strOrNull,
  url: strOrNull,
  byline: strOrNull,
  dek: strOrNull,
  ingestedAt: str,
  text: str,
  mentions: z.array(z.object({ start: num, end: num, entityId: str, type: entityType, name: str })),
  quotes: z.array(
    z.object({
      id: str,
      start: num,
      end: num,
      text: str,
      speakerId: strOrNull,
      speakerText: strOrNull,
      pullQuote: z.boolean(),
    }),
  ),
  facts: z.array(FactView),
});
export type DocumentView = z.infer<typeof DocumentView>;

/** One document read by POST /api/ingest: stored (new, or unchanged), or failed with the reason. */
export const IngestedDocument = z.discriminatedUnion('status', [
  z.object({ id: str, status: z.enum(['new', 'unchanged']), title: strOrNull }),
  z.object({ id: z.null(), status: z.literal('failed'), title: strOrNull, reason: str }),
]);
export type IngestedDocument = z.infer<typeof IngestedDocument>;
export const IngestResult = z.object({ documents: z.array(IngestedDocument) });
export type IngestResult = z.infer<typeof IngestResult>;

export const SourceView = z.object({
  outlet: str,
  documents: num,
  reliability: strOrNull,
  credibility: num.nullable(),
  grade: strOrNull,
});
export type SourceView = z.infer<typeof SourceView>;
export const SourcePage = page(SourceView);

export const ScreeningPage = page(ScreeningHit);

const DecisionKind = z.enum([
  'confirm',
  'reject',
  'merge',
  'split',
  'rename',
  'speaker',
  'retype',
  'add',
  'edit',
]);
/** A decision as recorded: what was asked, by whom, when, and whether it was undone. */
export const DecisionRecord = z.object({
  id: num,
  kind: DecisionKind,
  target: str,
  factId: str.optional(),
  entityId: str.optional(),
  otherId: str.optional(),
  name: str.optional(),
  names: z.array(str).optional(),
  entityType: entityType.optional(),
  fact: z.record(str, z.unknown()).optional(),
  quoteId: str.optional(),
  /** a split: the new entity the spellings went to */
  splitId: str.optional(),
  by: str,
  at: str,
  undone: z.boolean(),
  undoneAt: strOrNull,
  undoneBy: strOrNull,
});
export type DecisionRecord = z.infer<typeof DecisionRecord>;
export const DecisionPage = page(DecisionRecord);

/** A decision as the store applied it (store.decide): its summary in words and whether it holds. */
export const DecisionView = z.object({
  id: num,
  action: str,
  /** `entity:<id>` or `fact:<id>`, kept current when re-extraction mints new ids */
  target: str,
  /** what was decided, in words, by the names of the time */
  summary: str,
  args: z.record(str, z.unknown()),
  decidedBy: str,
  decidedAt: str,
  undoneBy: strOrNull,
  undoneAt: strOrNull,
  /** false when the last re-application could not find its entities or fact */
  inForce: z.boolean(),
});
export type DecisionView = z.infer<typeof DecisionView>;

export const IncidentPage = page(IncidentView);
export const IncidentDecision = z.object({ decision: DecisionView, incident: IncidentView.nullable() });

// ---- monitoring ----------------------------------------------------------------------

export const Feed = z.object({
  id: num,
  url: str,
  name: strOrNull,
  everySeconds: num,
  allowPrivate: z.boolean(),
  addedAt: str,
  etag: strOrNull,
  lastModified: strOrNull,
  lastFetch: strOrNull,
  lastStatus: num.nullable(),
  lastError: strOrNull,
  errors: num,
  nextPoll: str,
  itemsSeen: num,
});
export type Feed = z.infer<typeof Feed>;
export const Feeds = z.object({ items: z.array(Feed) });
export const PollReports = z.object({
  items: z.array(
    z.object({
      feed: num,
      url: str,
      status: num.nullable(),
      items: num,
      ingested: num,
      updated: num,
      failed: num,
      alerts: num,
      error: strOrNull,
      notModified: z.boolean(),
    }),
  ),
});

const FactKind = z.enum(['mention', 'tie', 'quote', 'event', 'alias', 'screening']);
export const AlertRule = z.object({
  id: num,
  name: str,
  kind: z.enum(['entity', 'query', 'tie-type', 'screening']),
  target: strOrNull,
  on: z.array(FactKind),
  webhook: strOrNull,
  createdAt: str,
});
export type AlertRule = z.infer<typeof AlertRule>;
export const AlertRules = z.object({ items: z.array(AlertRule) });
/** A rule just added: its webhook secret is shown this once. */
export const AlertRuleAdded = AlertRule.extend({ secret: strOrNull });
export const RuleRemoved = z.object({ removed: str });

export const Alert = z.object({
  id: num,
  rule: str,
  createdAt: str,
  read: z.boolean(),
  document: z.object({ id: str, title: strOrNull, outlet: strOrNull, published: strOrNull, url: strOrNull }),
  facts: z.array(
    z.object({ kind: FactKind, what: str, evidence: strOrNull, start: num.optional(), end: num.optional() }),
  ),
  delivery: z.object({ delivered: z.boolean(), attempts: num, error: strOrNull }).nullable(),
});
export type Alert = z.infer<typeof Alert>;
export const Alerts = z.object({ items: z.array(Alert), unread: num });
export const AlertsRead = z.object({ read: num, unread: num });

/** A tie or event the analyst adds (all of it) or edits (what is given). */
export interface FactInput {
  kind?: 'relation' | 'event';
  type?: string;
  subjectId?: string;
  objectId?: string;
  negated?: boolean;
  /** an event's date: YYYY, YYYY-MM or YYYY-MM-DD; null clears it */
  date?: string | null;
  /** an event's place (a place entity); null clears it */
  placeId?: string | null;
  roles?: { role: string; entityId: string }[];
  /** the cited sentence: document content hash and character offsets in its text */
  documentId?: string;
  start?: number;
  end?: number;
}
