// The knowledge store as ingest and the queries see it. Every method returns a
// promise so a PostgreSQL backend (network round trips) can satisfy the same
// interface; the SQLite backend answers synchronously inside them.
import type { EntityType, Extraction } from '../types.js';

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

export type IngestStatus = 'new' | 'unchanged';

export interface IngestResult {
  status: IngestStatus;
  documentId: string;
  entities: number;
  merged: number;
  candidates: number;
}

export interface Evidence {
  documentId: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  start: number;
  end: number;
  sentence: string;
  attributedTo: string | null;
}

export interface EntitySummary {
  id: string;
  type: EntityType;
  name: string;
  mentions: number;
}

export interface Tie {
  factId: string;
  type: string;
  direction: 'out' | 'in';
  other: EntitySummary;
  negated: boolean;
  /** independent documents stating it */
  documents: number;
  outlets: number;
  /** true when another fact contradicts this one (negation, or a second leader) */
  conflict: boolean;
  evidence: Evidence[];
}

export interface QuoteView {
  id: string;
  text: string;
  speaker: string | null;
  documentId: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  start: number;
  end: number;
}

export interface EventView {
  factId: string;
  type: string;
  date: string | null;
  dateText: string | null;
  place: string | null;
  participants: { role: string; entity: EntitySummary }[];
  evidence: Evidence[];
}

export interface EntityProfile {
  entity: EntitySummary;
  names: { name: string; count: number }[];
  attributes: Record<string, unknown>;
  geo: { lat: number; lon: number; country: string | null } | null;
  ties: Record<string, Tie[]>;
  quotesBy: QuoteView[];
  quotesAbout: QuoteView[];
  events: EventView[];
  firstSeen: string | null;
  lastSeen: string | null;
  documents: number;
  merges: { name: string; reason: string; score: number; documentId: string }[];
  /** quotes, events and merges list at most this many (the latest) */
  listMax: number;
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

export interface SourceView {
  outlet: string;
  documents: number;
  reliability: string | null;
  credibility: number | null;
  grade: string | null;
}

export interface Candidate {
  a: EntitySummary;
  b: EntitySummary;
  score: number;
  reasons: string[];
  documentId: string | null;
}

export interface Store {
  readonly path: string;
  /** The document's id when it is stored (location recorded), else null. */
  knownDocument(id: string, location: string): Promise<boolean>;
  /** Writes one document and its extraction in one transaction; resolves its entities against the store. */
  ingest(meta: DocumentMeta, ex: Extraction): Promise<IngestResult>;
  findEntities(name: string, limit?: number): Promise<EntitySummary[]>;
  profile(entityId: string): Promise<EntityProfile>;
  search(text: string, opts?: SearchOptions): Promise<SearchHit[]>;
  paths(fromId: string, toId: string, maxHops?: number, limit?: number): Promise<Hop[][]>;
  graph(aroundId?: string, depth?: number): Promise<Graph>;
  timeline(entityId?: string): Promise<EventView[]>;
  sources(): Promise<SourceView[]>;
  gradeSource(outlet: string, reliability: string, credibility: number, by: string): Promise<SourceView>;
  candidates(): Promise<Candidate[]>;
  counts(): Promise<Record<string, number>>;
  close(): Promise<void>;
}
