// The knowledge store as ingest and the queries see it. Every method returns a
// promise so a PostgreSQL backend (network round trips) can satisfy the same
// interface; the SQLite backend answers synchronously inside them.
import { InputError } from '../ingest/errors.js';
import type { EntityType, Extraction } from '../types.js';
import type { ApiQueries } from './api-queries.js';
import type { IncidentQuery, IncidentView } from './incidents-read.js';
import type { DB } from './open.js';
import type { EdgeRow } from './read.js';

import type {
  DecisionView,
  EntityProfile,
  EntitySummary,
  EventView,
  Evidence,
  FactInput,
  SourceView,
  TieView,
} from './views.js';

export type { IncidentQuery, IncidentView } from './incidents-read.js';
export type {
  DecisionView,
  EntityProfile,
  EntitySummary,
  EventView,
  Evidence,
  FactInput,
  QuoteView,
  SourceView,
} from './views.js';
/** A tie as the store reads it (views.ts TieView). */
export type Tie = TieView;

export interface DocumentMeta {
  /** sha256 of the normalised text (documentId()) */
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  byline: string | null;
  /** where it was read from: a path, a URL, or "-" */
  location: string;
}

type IngestStatus = 'new' | 'unchanged';

export interface IngestResult {
  status: IngestStatus;
  documentId: string;
  entities: number;
  merged: number;
  candidates: number;
}

export interface SearchOptions {
  type?: 'article' | 'quote';
  since?: string;
  until?: string;
  limit?: number;
}

export interface SearchHit {
  kind: 'article' | 'quote';
  documentId: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  snippet: string;
  rank: number;
  quoteId?: string;
}

export interface Hop {
  from: EntitySummary;
  to: EntitySummary;
  type: string;
  /** 'out' when `from` is the fact's subject */
  direction: 'out' | 'in';
  evidence: Evidence[];
}

export interface Graph {
  nodes: EntitySummary[];
  edges: { id: string; type: string; source: string; target: string; negated: boolean; documents: number }[];
}

export interface Candidate {
  a: EntitySummary;
  b: EntitySummary;
  score: number;
  reasons: string[];
  documentId: string | null;
  /** the articles each side is named in (at most 3 each, newest first), to tell the two apart */
  seenIn: { a: CandidateSource[]; b: CandidateSource[] };
}

export interface CandidateSource {
  documentId: string;
  title: string | null;
  published: string | null;
}

/**
 * The HTTP API's paged lists, document view, suggestions, places and recorded
 * decisions: ApiQueries' methods (the SQLite implementation), each answering
 * through a promise, so another backend can satisfy the same signatures.
 */
export type StoreQueries = {
  [K in keyof ApiQueries]: ApiQueries[K] extends (...a: infer A) => infer R
    ? (...a: A) => Promise<Awaited<R>>
    : never;
};

export interface Store {
  /** a file path (SQLite) or a postgres:// URL with the password left out */
  readonly path: string;
  readonly backend: 'sqlite' | 'postgres';
  /** the API's queries beyond this interface (paged lists, one document, decisions as recorded) */
  readonly queries: StoreQueries;
  /**
   * The backend's SQL handle, better-sqlite3's or the same shape over PostgreSQL
   * (statements written in SQLite's dialect, translated by pg/dialect.ts), for the
   * modules that run their own SQL on either backend (screening lists and hits).
   */
  readonly sqlDb: DB;
  /**
   * Documents stored since `cursor` by any process (PostgreSQL: as LISTEN/NOTIFY
   * announced them; SQLite: by sequence number), at most 100, and the cursor to
   * ask with next. Without a cursor: none, and the cursor of now.
   */
  announced(cursor?: number): Promise<{ ids: string[]; cursor: number }>;
  /**
   * A second, read-only connection to the same store for one long read (an export
   * streamed in one transaction: BEGIN on its `sqlDb` reads one snapshot to the end);
   * the caller closes it.
   */
  openReader(): Store;
  /** Changes whenever anyone commits to the store (the API's read cache keys on it). */
  changeStamp(): Promise<string>;
  /** The document's id when it is stored (location recorded), else null. */
  knownDocument(id: string, location: string): Promise<boolean>;
  /** Writes one document and its extraction in one transaction; resolves its entities against the store. */
  ingest(meta: DocumentMeta, ex: Extraction): Promise<IngestResult>;
  findEntities(name: string, limit?: number): Promise<EntitySummary[]>;
  /** `tiesShown`: ties listed per type (default 25; `tieTotals` counts all) */
  profile(entityId: string, opts?: { tiesShown?: number }): Promise<EntityProfile>;
  /** One page of an entity's ties of one type, best-attested first. */
  ties(
    entityId: string,
    type: string,
    limit: number,
    offset: number,
  ): Promise<{ items: Tie[]; total: number }>;
  search(text: string, opts?: SearchOptions): Promise<SearchHit[]>;
  paths(fromId: string, toId: string, maxHops?: number, limit?: number): Promise<Hop[][]>;
  graph(aroundId?: string, depth?: number): Promise<Graph>;
  /** The graph's edges without node summaries, at most `cap` (the API pages them). */
  edges(aroundId?: string, depth?: number, cap?: number): Promise<{ edges: EdgeRow[]; truncated: boolean }>;
  timeline(entityId?: string): Promise<EventView[]>;
  /** Incidents (attacks and killings joined across reports), each with its reports; docs/incidents.md. */
  incidents(q?: IncidentQuery): Promise<IncidentView[]>;
  incident(id: string): Promise<IncidentView | null>;
  /** how many incidents `incidents(q)` would list without its limit and offset */
  countIncidents(q?: IncidentQuery): Promise<number>;
  sources(): Promise<SourceView[]>;
  gradeSource(outlet: string, reliability: string, credibility: number, by: string): Promise<SourceView>;
  candidates(): Promise<Candidate[]>;
  counts(): Promise<Record<string, number>>;
  /** Records an analyst's decision (audited: who, when) and applies it. */
  decide(req: DecisionRequest, by: string): Promise<DecisionView>;
  /** Reverses a decision and marks it undone; the record stays. */
  undo(id: number, by: string): Promise<DecisionView>;
  /** Every decision, undone ones included, oldest first. */
  listDecisions(): Promise<DecisionView[]>;
  /** Re-runs extraction over every stored document, then re-applies every decision still standing. */
  reextract(progress?: (done: number, total: number) => void): Promise<ReextractResult>;
  close(): Promise<void>;
}

/**
 * An analyst's decision, by the ids the queries show. Field names follow the
 * HTTP API's DecisionInput. merge: `otherId` joins `entityId` (which keeps its
 * name); split: the spelling `name` (and `names`) leave `entityId` — whole documents
 * that name it so, and single mentions where a document also uses other spellings;
 * rename: `entityId` is called `name`; retype: `entityId` is an `entityType`;
 * confirm/reject: `factId`; add: `fact` (a tie or event cited to a sentence);
 * edit: `factId` takes `fact`'s type (a tie) or type, date, place, roles (an event).
 * Recorded and read through rather than applied: speaker: quote `quoteId` was said
 * by `entityId` (or by `name`); confirm/reject without a fact: a verdict on the
 * entity `entityId`, or, with `hitId`, on that screening hit.
 */
export interface DecisionRequest {
  kind:
    | 'merge'
    | 'split'
    | 'rename'
    | 'confirm'
    | 'reject'
    | 'retype'
    | 'add'
    | 'edit'
    | 'speaker'
    | 'merge-incidents'
    | 'split-incident';
  /** merge-incidents: `otherId` joins `incidentId`; split-incident: the report `factId` leaves `incidentId` */
  incidentId?: string;
  entityId?: string;
  otherId?: string;
  name?: string;
  /** split: further spellings that leave with `name` */
  names?: string[];
  /** retype: the new type */
  entityType?: EntityType;
  factId?: string;
  fact?: FactInput;
  /** speaker: the quote */
  quoteId?: string;
  /** confirm/reject of a screening hit (recorded as `screen:<hitId>`) */
  hitId?: string;
}

export interface ReextractResult {
  documents: number;
  failed: { documentId: string; error: string }[];
  decisions: { applied: number; notFound: number };
  seconds: number;
}

/** A command or route the backend does not have yet: one clear line (the CLI exits 1, the API answers 501). */
export class NotAvailable extends InputError {
  constructor(store: Pick<Store, 'path'>, feature: string) {
    super(
      store.path,
      `${feature} is not yet available on PostgreSQL; use a SQLite store for it (\`dossier db copy\` moves a store)`,
    );
    this.name = 'NotAvailable';
  }
}
