// What both backends answer the same way: the reads, through one Reader and one
// IncidentReader over the backend's handle (SQLite's, or pg/database.ts's of the
// same shape). SqliteStore and PgStore extend it and add what differs: opening,
// writing (transactions, locks), search by trigram on PostgreSQL, reextract.
import { Decisions } from './decisions.js';
import { IncidentReader } from './incidents-read.js';
import type { DB } from './open.js';
import { type EdgeRow, LIST_MAX, Reader } from './read.js';
import type {
  Candidate,
  DecisionView,
  EntityProfile,
  EntitySummary,
  EventView,
  Graph,
  Hop,
  IncidentQuery,
  IncidentView,
  SearchHit,
  SearchOptions,
  SourceView,
  Tie,
} from './store.js';

/** The tables `counts()` reports. */
const COUNTED = [
  'documents',
  'locations',
  'entities',
  'mentions',
  'facts',
  'fact_sources',
  'quotes',
  'merges',
  'candidates',
];

export abstract class StoreReads {
  /** the backend's handle (the readers' and writers' statements are SQLite's dialect, translated on PostgreSQL) */
  abstract readonly db: DB;
  abstract readonly backend: 'sqlite' | 'postgres';
  private reader?: Reader;
  private incidentReader?: IncidentReader;

  protected get r(): Reader {
    this.reader ??= new Reader(this.db, this.backend === 'postgres');
    return this.reader;
  }

  /** one per connection: its statements are prepared once, not per profile */
  protected get ir(): IncidentReader {
    this.incidentReader ??= new IncidentReader(this.db, this.backend === 'postgres');
    return this.incidentReader;
  }

  /** After the handle changed (reextract): the readers start again on the new one. */
  protected resetReads(): void {
    this.reader = undefined;
    this.incidentReader = undefined;
  }

  async findEntities(name: string, limit?: number): Promise<EntitySummary[]> {
    return this.r.findEntities(name, limit);
  }

  async profile(entityId: string, opts?: { tiesShown?: number }): Promise<EntityProfile> {
    // the latest listMax, as for events (a hub takes part in thousands), read along with the
    // profile's own lists: on PostgreSQL the whole profile is two round trips
    const [p, incidents] = this.r.profileWith(
      entityId,
      opts ?? {},
      this.ir.listStaged({ entityId, background: 'include', limit: LIST_MAX, latest: true, brief: true }),
    );
    return { ...p, incidents };
  }

  /** One page of an entity's ties of one type, best-attested first. */
  async ties(
    entityId: string,
    type: string,
    limit: number,
    offset: number,
  ): Promise<{ items: Tie[]; total: number }> {
    return this.r.tiesOfType(entityId, type, limit, offset);
  }

  /** FTS5 on SQLite; on PostgreSQL the same statements as tsvector/ts_rank/ts_headline (pg/dialect.ts). */
  async search(text: string, opts?: SearchOptions): Promise<SearchHit[]> {
    return this.r.search(text, opts);
  }

  async paths(fromId: string, toId: string, maxHops?: number, limit?: number): Promise<Hop[][]> {
    return this.r.paths(fromId, toId, maxHops, limit);
  }

  async graph(aroundId?: string, depth?: number): Promise<Graph> {
    return this.r.graph(aroundId, depth);
  }

  /** The graph's edges without node summaries, at most `cap` (the API pages them). */
  async edges(
    aroundId?: string,
    depth?: number,
    cap?: number,
  ): Promise<{ edges: EdgeRow[]; truncated: boolean }> {
    return this.r.edges(aroundId, depth, cap);
  }

  async timeline(entityId?: string): Promise<EventView[]> {
    return this.r.timeline(entityId);
  }

  async incidents(q?: IncidentQuery): Promise<IncidentView[]> {
    return this.ir.list(q);
  }

  async countIncidents(q?: IncidentQuery): Promise<number> {
    return this.ir.count(q);
  }

  async incident(id: string): Promise<IncidentView | null> {
    return this.ir.get(id);
  }

  async sources(): Promise<SourceView[]> {
    return this.r.sources();
  }

  async candidates(): Promise<Candidate[]> {
    return this.r.candidates();
  }

  async counts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const t of COUNTED) out[t] = Number(this.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get());
    return out;
  }

  async listDecisions(): Promise<DecisionView[]> {
    return new Decisions(this.db).list();
  }
}
