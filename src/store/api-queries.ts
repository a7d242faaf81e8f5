// Queries the HTTP API needs beyond the Store's core methods: paged lists, one
// document with its annotations, suggestions, places, analyst decisions. The
// SQLite implementation of `StoreQueries` (store.ts): only SqliteStore makes one,
// on its own handle, and the API reaches it as `store.queries` (every method
// through a promise), so the API does not know which backend answers.
// Read-only: decisions are written by decisions.ts, behind Store.decide/undo.
import type { Statement } from 'better-sqlite3';
import { allOf, type DB } from './open.js';
import { ftsToTsquery } from './pg/dialect.js';
import { ftsQuery } from './read.js';
import { cappedRankSql, hitPatterns, looseTsquery, searchCandidates, windowedHeadline } from './search-pg.js';
import type { FactInput } from './store.js';
import type {
  DocumentRow,
  DocumentView,
  EntityRow,
  EntitySummary,
  FactView,
  Place,
  SearchItem,
  Suggestions,
} from './views.js';

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

type DecisionKind =
  | 'confirm'
  | 'reject'
  | 'merge'
  | 'split'
  | 'rename'
  | 'speaker'
  | 'retype'
  | 'add'
  | 'edit';

export interface DecisionInput {
  kind: DecisionKind;
  factId?: string;
  entityId?: string;
  otherId?: string;
  name?: string;
  names?: string[];
  entityType?: 'person' | 'organization' | 'place' | 'handle';
  fact?: FactInput;
  quoteId?: string;
  by?: string;
}

export interface Decision extends DecisionInput {
  id: number;
  /** a split: the new entity the spellings went to */
  splitId?: string;
  target: string;
  by: string;
  at: string;
  undone: boolean;
  undoneAt: string | null;
  undoneBy: string | null;
}

export type FactStatus = 'machine' | 'confirmed' | 'rejected';

/** Private-use characters mark hits in FTS snippets: they cannot occur in news text, unlike « or <. */
export const HIT_OPEN = '\uE000';
export const HIT_CLOSE = '\uE001';

interface DecisionRow {
  id: number;
  action: string;
  target: string;
  args: string;
  decided_by: string;
  decided_at: string;
  undone_by: string | null;
  undone_at: string | null;
}

function toDecision(r: DecisionRow): Decision {
  // What undo and re-application need (the absorbed entity's rows, references by name) stays in
  // the store; the answer gives the entity a split made, for the client to link to.
  const {
    undo,
    refs: _refs,
    inForce: _inForce,
    ...args
  } = JSON.parse(r.args) as DecisionInput & {
    undo?: { splitId?: string };
    refs?: unknown;
    inForce?: boolean;
  };
  return {
    ...args,
    ...(undo?.splitId ? { splitId: undo.splitId } : {}),
    kind: args.kind ?? (r.action as DecisionKind),
    id: r.id,
    target: r.target,
    by: r.decided_by,
    at: r.decided_at,
    undone: r.undone_at !== null,
    undoneAt: r.undone_at,
    undoneBy: r.undone_by,
  };
}

export class ApiQueries {
  /** Prepared statements by SQL text: preparing costs more than running most of these queries. */
  private readonly stmts = new Map<string, Statement>();

  /** PostgreSQL's handle (it batches statements): search ranks a bounded set of candidates there */
  private readonly remote: boolean;

  constructor(private readonly db: DB) {
    this.remote = typeof (db as unknown as { allOf?: unknown }).allOf === 'function';
  }

  private prep(sql: string): Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

  private page<T>(rows: T[], total: number, limit: number, offset: number): Page<T> {
    return { items: rows, total, limit, offset };
  }

  exists(table: 'entities' | 'documents' | 'facts' | 'quotes', id: string): boolean {
    return this.prep(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
  }

  entities(opts: { type?: string; sort: 'mentions' | 'name' | 'recent'; limit: number; offset: number }) {
    const where = opts.type ? 'WHERE type = @type' : '';
    const order =
      opts.sort === 'name'
        ? 'name COLLATE NOCASE, id'
        : opts.sort === 'recent'
          ? 'last_seen IS NULL, last_seen DESC, mention_count DESC, id'
          : 'mention_count DESC, name COLLATE NOCASE, id';
    const params = { type: opts.type ?? null, limit: opts.limit, offset: opts.offset };
    const items = this.prep(
      `SELECT id, name, type, mention_count AS mentions, document_count AS documents, first_seen AS firstSeen,
           last_seen AS lastSeen FROM entities ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
    ).all(params) as EntityRow[];
    const total = this.prep(`SELECT count(*) FROM entities ${where}`).pluck().get(params) as number;
    return this.page(items, total, opts.limit, opts.offset);
  }

  mentionsOverTime(entityId: string): { period: string; count: number }[] {
    return this.prep(
      `SELECT substr(d.published, 1, 7) AS period, count(*) AS count FROM mentions m
         JOIN documents d ON d.seq = m.document_id
         WHERE m.entity_id = ? AND d.published IS NOT NULL AND length(d.published) >= 7
         GROUP BY period ORDER BY period`,
    ).all(entityId) as { period: string; count: number }[];
  }

  /**
   * Places with coordinates, by mentions (only in articles published within [since, until]
   * when given); `notLocated`: the places named in the same articles that have no coordinates.
   */
  places(limit: number, offset: number, since?: string, until?: string) {
    const ranged = since || until;
    // A bound of a year or a month covers all of it: compare on the prefix of the same length.
    const inRange = `d.published IS NOT NULL
      AND (@since IS NULL OR substr(d.published, 1, length(@since)) >= @since)
      AND (@until IS NULL OR substr(d.published, 1, length(@until)) <= @until)`;
    const counted = ranged
      ? `SELECT e.id, e.name, e.lat, e.lon, e.country, count(*) AS mentions FROM entities e
           JOIN mentions m ON m.entity_id = e.id JOIN documents d ON d.seq = m.document_id
           WHERE e.type = 'place' AND ${inRange} GROUP BY e.id`
      : `SELECT id, name, lat, lon, country, mention_count AS mentions FROM entities WHERE type = 'place'`;
    const params = { since: since ?? null, until: until ?? null };
    const located = `SELECT * FROM (${counted}) WHERE lat IS NOT NULL AND lon IS NOT NULL`;
    const items = this.prep(`${located} ORDER BY mentions DESC, id LIMIT @limit OFFSET @offset`).all({
      ...params,
      limit,
      offset,
    }) as Place[];
    const total = this.prep(`SELECT count(*) FROM (${located})`).pluck().get(params) as number;
    const notLocated = this.prep(
      `SELECT id, name, mentions FROM (${counted}) WHERE lat IS NULL OR lon IS NULL
         ORDER BY mentions DESC, name LIMIT 200`,
    ).all(params) as { id: string; name: string; mentions: number }[];
    return { ...this.page(items, total, limit, offset), notLocated };
  }

  private urlOf = (seq: number): string | null =>
    (this.prep(
      `SELECT location FROM locations WHERE document_id = ? AND (location LIKE 'http://%' OR location LIKE 'https://%')
         ORDER BY added_at LIMIT 1`,
    )
      .pluck()
      .get(seq) as string | undefined) ?? null;

  documents(limit: number, offset: number) {
    const rows = this.prep(
      `SELECT d.seq, d.id, d.title, d.published, d.outlet, d.ingested_at AS ingestedAt,
           (SELECT count(DISTINCT entity_id) FROM mentions m WHERE m.document_id = d.seq) AS entities
         FROM documents d ORDER BY d.published IS NULL, d.published DESC, d.ingested_at DESC, d.seq DESC LIMIT ? OFFSET ?`,
    ).all(limit, offset) as (Omit<DocumentRow, 'url'> & { seq: number })[];
    const items = rows.map(({ seq, ...r }) => ({ ...r, url: this.urlOf(seq) }));
    const total = this.prep('SELECT count(*) FROM documents').pluck().get() as number;
    return this.page(items, total, limit, offset);
  }

  /** One document with its annotations, or undefined. Statuses and speakers reflect the analyst's decisions. */
  document(id: string) {
    const d = this.prep(
      'SELECT seq, id, title, published, outlet, byline, dek, text, ingested_at FROM documents WHERE id = ?',
    ).get(id) as
      | {
          seq: number;
          id: string;
          title: string | null;
          published: string | null;
          outlet: string | null;
          byline: string | null;
          dek: string | null;
          text: string;
          ingested_at: string;
        }
      | undefined;
    if (!d) return undefined;
    const mentions = this.prep(
      `SELECT m.start_offset AS start, m.end_offset AS "end", m.entity_id AS entityId, e.type, e.name
         FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.document_id = ? ORDER BY m.start_offset`,
    ).all(d.seq) as DocumentView['mentions'];
    const quotes = (
      this.prep(
        `SELECT id, start_offset AS start, end_offset AS "end", text, speaker_id AS speakerId,
             speaker_text AS speakerText, pull_quote AS pullQuote FROM quotes WHERE document_id = ? ORDER BY start_offset`,
      ).all(d.seq) as (Omit<DocumentView['quotes'][number], 'pullQuote'> & { pullQuote: number })[]
    ).map((q) => {
      const fix = this.speakerFix(q.id);
      return {
        ...q,
        pullQuote: q.pullQuote === 1,
        speakerId: fix ? (fix.entityId ?? null) : q.speakerId,
        speakerText: fix ? (fix.name ?? q.speakerText) : q.speakerText,
      };
    });
    const facts = (
      this.prep(
        `SELECT f.id, f.kind, f.type, f.subject_id AS subjectId, f.object_id AS objectId, f.negated,
             fs.start_offset AS start, fs.end_offset AS "end", fs.attributed_to AS attributedTo,
             f.documents AS corroboration, f.date_value AS date, f.place_id AS placeId, pl.name AS place
           FROM fact_sources fs JOIN facts f ON f.id = fs.fact_id LEFT JOIN entities pl ON pl.id = f.place_id
           WHERE fs.document_id = ? ORDER BY fs.start_offset`,
      ).all(d.seq) as (Omit<FactView, 'negated' | 'status' | 'participants'> & { negated: number })[]
    ).map((f) => ({
      ...f,
      negated: f.negated === 1,
      status: this.factStatus(f.id),
      // An event's participants by role, so the article's sidebar says who did what.
      ...(f.kind === 'event'
        ? {
            participants: this.prep(
              `SELECT p.role, p.entity_id AS entityId, e.name, e.type FROM fact_participants p
                 JOIN entities e ON e.id = p.entity_id WHERE p.fact_id = ? AND p.role <> 'place' ORDER BY p.role, e.name`,
            ).all(f.id) as NonNullable<FactView['participants']>,
          }
        : {}),
    }));
    return {
      id: d.id,
      title: d.title,
      published: d.published,
      outlet: d.outlet,
      url: this.urlOf(d.seq),
      byline: d.byline,
      dek: d.dek,
      ingestedAt: d.ingested_at,
      text: d.text,
      mentions,
      quotes,
      facts,
    };
  }

  /** Up to `n` each of entities (by name prefix or word, most mentioned first), document titles, quotes. */
  suggest(q: string, n = 8) {
    const term = q.trim().toLowerCase();
    const like = `%${term.replace(/[\\%_]/g, '\\$&')}%`;
    const prefix = `${term.replace(/[\\%_]/g, '\\$&')}%`;
    const entities = this.prep(
      `SELECT e.id, e.name, e.type, e.mention_count AS mentions,
           max(CASE WHEN n.folded LIKE @prefix ESCAPE '\\' THEN 2 ELSE 1 END) AS r
         FROM entity_names n JOIN entities e ON e.id = n.entity_id
         WHERE n.folded LIKE @like ESCAPE '\\' OR lower(n.name) LIKE @like ESCAPE '\\'
         GROUP BY e.id ORDER BY r DESC, e.mention_count DESC, e.name LIMIT @n`,
    )
      .all({ like, prefix, n })
      .map((r) => {
        const { r: _rank, ...rest } = r as EntitySummary & { r: number };
        return rest;
      });
    const documents = this.prep(
      `SELECT id, title FROM documents WHERE lower(title) LIKE @like ESCAPE '\\'
         ORDER BY published DESC, seq DESC LIMIT @n`,
    ).all({ like, n }) as Suggestions['documents'];
    const match = ftsQuery(q);
    const quotes = match
      ? (this.prep(
          `SELECT q.id, q.text, coalesce(e.name, q.speaker_text) AS speaker, d.id AS documentId
             FROM quotes_fts JOIN quotes q ON q.seq = quotes_fts.rowid JOIN documents d ON d.seq = q.document_id
             LEFT JOIN entities e ON e.id = q.speaker_id
             WHERE quotes_fts MATCH ? AND q.pull_quote = 0 ORDER BY bm25(quotes_fts) LIMIT ?`,
        ).all(match, n) as Suggestions['quotes'])
      : [];
    return { entities, documents, quotes };
  }

  /**
   * Full-text search with offset and total; snippets carry HIT_OPEN/HIT_CLOSE around hits.
   * The ranking reads only bm25 and ids; snippets are cut for the page's rows alone (a
   * common name matches thousands of articles, and a snippet costs more than a score).
   */
  search(
    text: string,
    opts: { type?: 'article' | 'quote'; since?: string; until?: string; limit: number; offset: number },
  ) {
    const match = ftsQuery(text);
    if (!match) return this.page<SearchItem>([], 0, opts.limit, opts.offset);
    const where: string[] = [];
    const params: Record<string, string | number> = { match };
    if (opts.since) {
      where.push('d.published >= @since');
      params.since = opts.since;
    }
    if (opts.until) {
      where.push('substr(d.published, 1, length(@until)) <= @until');
      params.until = opts.until;
    }
    const filter = where.length ? `AND ${where.join(' AND ')}` : '';
    const parts: string[] = [];
    const counts: string[] = [];
    if (opts.type !== 'quote') {
      // Unfiltered, the ranking reads the FTS index alone; the page's rows are joined below.
      parts.push(
        filter
          ? `SELECT 'article' AS kind, documents_fts.rowid AS seq, -bm25(documents_fts) AS score
             FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid WHERE documents_fts MATCH @match ${filter}`
          : `SELECT 'article' AS kind, rowid AS seq, -bm25(documents_fts) AS score FROM documents_fts
             WHERE documents_fts MATCH @match`,
      );
      counts.push(
        filter
          ? `SELECT count(*) FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
             WHERE documents_fts MATCH @match ${filter}`
          : 'SELECT count(*) FROM documents_fts WHERE documents_fts MATCH @match',
      );
    }
    if (opts.type !== 'article') {
      parts.push(`SELECT 'quote' AS kind, q.seq AS seq, -bm25(quotes_fts) AS score
        FROM quotes_fts JOIN quotes q ON q.seq = quotes_fts.rowid JOIN documents d ON d.seq = q.document_id
        WHERE quotes_fts MATCH @match AND q.pull_quote = 0 ${filter}`);
      counts.push(`SELECT count(*) FROM quotes_fts JOIN quotes q ON q.seq = quotes_fts.rowid
        JOIN documents d ON d.seq = q.document_id WHERE quotes_fts MATCH @match AND q.pull_quote = 0 ${filter}`);
    }
    const rows = this.remote
      ? this.rankedCapped(match, opts, filter, params)
      : (this.prep(
          `${parts.join(' UNION ALL ')} ORDER BY score DESC, kind, seq LIMIT @limit OFFSET @offset`,
        ).all({
          ...params,
          limit: opts.limit,
          offset: opts.offset,
        }) as { kind: 'article' | 'quote'; seq: number; score: number }[]);
    if (this.remote) return this.searchPagePg(rows, match, counts, params, opts);
    const meta = {
      article: this.prep(
        `SELECT id, id AS documentId, title, outlet, published FROM documents WHERE seq = ?`,
      ),
      quote: this.prep(
        `SELECT q.id, d.id AS documentId, d.title, d.outlet, d.published FROM quotes q
         JOIN documents d ON d.seq = q.document_id WHERE q.seq = ?`,
      ),
    };
    const snippet = {
      article: this.prep(
        `SELECT snippet(documents_fts, 1, '${HIT_OPEN}', '${HIT_CLOSE}', '…', 24) FROM documents_fts
         WHERE documents_fts MATCH @match AND rowid = @seq`,
      ).pluck(),
      quote: this.prep(
        `SELECT snippet(quotes_fts, 0, '${HIT_OPEN}', '${HIT_CLOSE}', '…', 32) FROM quotes_fts
         WHERE quotes_fts MATCH @match AND rowid = @seq`,
      ).pluck(),
    };
    const items = rows.map(({ kind, seq, score }) => ({
      kind,
      ...(meta[kind].get(seq) as Omit<SearchItem, 'kind' | 'snippet' | 'score'>),
      snippet: snippet[kind].get({ match, seq }) as string,
      score,
    }));
    const total = counts.reduce((sum, sql) => sum + (this.prep(sql).pluck().get(params) as number), 0);
    return this.page(items, total, opts.limit, opts.offset);
  }

  /**
   * PostgreSQL: the page's rows, their snippets and the totals in one round trip (item by
   * item, as on SQLite, that was two round trips a row). An article's snippet is headlined
   * from a window around its first hit (search-pg.ts), and a row's match is not tested
   * again (the ranking found it).
   */
  private searchPagePg(
    rows: { kind: 'article' | 'quote'; seq: number; score: number }[],
    match: string,
    counts: string[],
    params: Record<string, string | number>,
    opts: { limit: number; offset: number },
  ) {
    const exact = ftsToTsquery(match) ?? '';
    const q = "to_tsquery('simple', unaccent(@exact))";
    const options = (words: number) =>
      `'StartSel=${HIT_OPEN}, StopSel=${HIT_CLOSE}, MaxWords=${words}, MinWords=${words / 2}, MaxFragments=1, FragmentDelimiter=…'`;
    const hl = windowedHeadline('d.text', q, options(24), HIT_OPEN);
    const read = {
      article: this.prep(
        `SELECT d.id, d.id AS documentId, d.title, d.outlet, d.published, ${hl.snippet} AS snippet
         FROM documents d ${hl.joins} WHERE d.seq = @seq`,
      ),
      quote: this.prep(
        `SELECT q.id, d.id AS documentId, d.title, d.outlet, d.published,
           ts_headline('simple', q.text, ${q}, ${options(32)}) AS snippet
         FROM quotes q JOIN documents d ON d.seq = q.document_id WHERE q.seq = @seq`,
      ),
    };
    const bind = { exact, hits: hitPatterns(exact) };
    const list: [Statement, unknown[]][] = rows.map(({ kind, seq }) => [
      read[kind],
      [kind === 'article' ? { ...bind, seq } : { exact, seq }],
    ]);
    for (const sql of counts) list.push([this.prep(sql), [params]]);
    const out = allOf(this.db, list);
    const items = rows.map(({ kind, score }, i) => ({
      kind,
      ...(out[i][0] as Omit<SearchItem, 'kind' | 'score'>),
      score,
    }));
    const total = out
      .slice(rows.length)
      .reduce((sum, r) => sum + Number(Object.values((r as Record<string, unknown>[])[0])[0]), 0);
    return this.page(items, total, opts.limit, opts.offset);
  }

  /** PostgreSQL: the page's (kind, seq, score) from the latest matches of each kind (search-pg.ts). */
  private rankedCapped(
    match: string,
    opts: { type?: 'article' | 'quote'; limit: number; offset: number },
    filter: string,
    params: Record<string, string | number>,
  ): { kind: 'article' | 'quote'; seq: number; score: number }[] {
    const exact = ftsToTsquery(match);
    if (!exact) return [];
    const loose = looseTsquery(exact);
    const bind = {
      ...params,
      exact,
      loose,
      cap: searchCandidates(opts.limit, opts.offset),
      limit: opts.limit + opts.offset,
    };
    const phrase = loose !== exact;
    const rows: { kind: 'article' | 'quote'; seq: number; score: number }[] = [];
    const read = (kind: 'article' | 'quote', sql: string) => {
      for (const r of this.prep(sql).all(bind) as { rowid: number; rank: number }[])
        rows.push({ kind, seq: Number(r.rowid), score: -r.rank });
    };
    if (opts.type !== 'quote')
      read(
        'article',
        cappedRankSql({
          fts: 'documents_fts',
          join: filter ? 'JOIN documents d ON d.seq = f.rowid' : '',
          filter,
          phrase,
        }),
      );
    if (opts.type !== 'article')
      read(
        'quote',
        cappedRankSql({
          fts: 'quotes_fts',
          join: 'JOIN quotes q ON q.seq = f.rowid JOIN documents d ON d.seq = q.document_id',
          filter: `AND q.pull_quote = 0 ${filter}`,
          phrase,
        }),
      );
    // equal scores newest first, as the candidates were cut (SQLite: by seq, oldest first)
    rows.sort((a, b) => b.score - a.score || a.kind.localeCompare(b.kind) || b.seq - a.seq);
    return rows.slice(opts.offset, opts.offset + opts.limit);
  }

  /** Per relation fact: its source documents' dates and outlet grades, for the graph filters. */
  factSources(factId: string): { documentId: string; published: string | null; grade: string | null }[] {
    return this.prep(
      `SELECT DISTINCT d.id AS documentId, d.published, s.reliability || s.credibility AS grade
         FROM fact_sources fs JOIN documents d ON d.seq = fs.document_id LEFT JOIN sources s ON s.outlet = d.outlet
         WHERE fs.fact_id = ?`,
    ).all(factId) as { documentId: string; published: string | null; grade: string | null }[];
  }

  /** The same for many facts in one query (a hub's thousands of ties). */
  factSourcesOf(
    factIds: string[],
  ): Map<string, { documentId: string; published: string | null; grade: string | null }[]> {
    const out = new Map<string, { documentId: string; published: string | null; grade: string | null }[]>();
    const rows = this.prep(
      `SELECT DISTINCT fs.fact_id AS factId, d.id AS documentId, d.published, s.reliability || s.credibility AS grade
       FROM json_each(?) j JOIN fact_sources fs ON fs.fact_id = j.value JOIN documents d ON d.seq = fs.document_id
       LEFT JOIN sources s ON s.outlet = d.outlet`,
    ).all(JSON.stringify(factIds)) as {
      factId: string;
      documentId: string;
      published: string | null;
      grade: string | null;
    }[];
    for (const { factId, ...r } of rows) {
      const list = out.get(factId);
      if (list) list.push(r);
      else out.set(factId, [r]);
    }
    return out;
  }

  /** Name, type and mentions of many entities in one query. */
  summaries(ids: string[]): Map<string, EntitySummary> {
    const rows = this.prep(
      `SELECT e.id, e.name, e.type, e.mention_count AS mentions FROM json_each(?) j JOIN entities e ON e.id = j.value`,
    ).all(JSON.stringify(ids)) as EntitySummary[];
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** Event id → its place (id and name). */
  eventPlace(factId: string): { id: string; name: string } | null {
    return (
      (this.prep('SELECT e.id, e.name FROM facts f JOIN entities e ON e.id = f.place_id WHERE f.id = ?').get(
        factId,
      ) as { id: string; name: string } | undefined) ?? null
    );
  }

  // --- decisions -------------------------------------------------------------

  private latest(target: string): DecisionRow | undefined {
    return this.prep(
      'SELECT * FROM decisions WHERE target = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1',
    ).get(target) as DecisionRow | undefined;
  }

  factStatus(factId: string): FactStatus {
    const r = this.latest(`fact:${factId}`);
    // A tie or event an analyst added stands as confirmed.
    return r?.action === 'confirm' || r?.action === 'add'
      ? 'confirmed'
      : r?.action === 'reject'
        ? 'rejected'
        : 'machine';
  }

  /** The latest standing speaker fix of a quote. */
  speakerFix(quoteId: string): DecisionInput | undefined {
    const r = this.latest(`quote:${quoteId}`);
    return r ? (JSON.parse(r.args) as DecisionInput) : undefined;
  }

  /** Status of a decision target other than a fact (screening hits: `screen:<id>`). */
  targetStatus(target: string): 'confirm' | 'reject' | undefined {
    const a = this.latest(target)?.action;
    return a === 'confirm' || a === 'reject' ? a : undefined;
  }

  decisions(limit: number, offset: number): Page<Decision> {
    const rows = this.prep('SELECT * FROM decisions ORDER BY id DESC LIMIT ? OFFSET ?').all(
      limit,
      offset,
    ) as DecisionRow[];
    const total = this.prep('SELECT count(*) FROM decisions').pluck().get() as number;
    return this.page(rows.map(toDecision), total, limit, offset);
  }

  decision(id: number): Decision | undefined {
    const r = this.prep('SELECT * FROM decisions WHERE id = ?').get(id) as DecisionRow | undefined;
    return r ? toDecision(r) : undefined;
  }
}
