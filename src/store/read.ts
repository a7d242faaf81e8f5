// The queries analysts run. Evidence sentences are cut from the stored text by
// offset (SQLite substr counts characters, JavaScript offsets UTF-16 units; they
// differ only past an astral character such as an emoji, which news text rarely has).
import { InputError } from '../ingest/errors.js';
import { foldKey } from '../knowledge/fold.js';
import { isShortFormOf, nameSimilarity, SAME_NAME_THRESHOLD } from '../nlp/names.js';
import type { EntityType } from '../types.js';
import { confirmedFacts, rejectedFacts } from './decisions.js';
import { relationFactId } from './ids.js';
import type { DB } from './open.js';
import { indexKeys } from './resolve.js';
import type {
  Candidate,
  CandidateSource,
  EntityProfile,
  EntitySummary,
  EventView,
  Evidence,
  Graph,
  Hop,
  QuoteView,
  SearchHit,
  SearchOptions,
  SourceView,
  Tie,
} from './store.js';

const TYPES: EntityType[] = ['person', 'organization', 'place', 'handle'];
/** Evidence rows shown per fact; the counts always cover all of them. */
const EVIDENCE_SHOWN = 3;
/** Path search gives up past this many visited entities rather than eat the machine. */
const PATH_VISIT_CAP = 200_000;
/** Ties listed per type in a profile (the best-attested; tieTotals counts all): each costs its evidence sentences. */
const TIES_SHOWN = 25;
/** Name lookup scores at most this many blocking-key candidates. */
const KEY_CANDIDATES = 100;
/** A profile lists at most this many quotes, events and merges (the latest); hubs have thousands. */
const LIST_MAX = 50;
/** A timeline of everything stops here. */
const TIMELINE_MAX = 1000;

// The first documents stored that state the fact (an index range, however many
// there are), shown oldest published first.
const EVIDENCE_SQL = `
  SELECT d.id AS documentId, d.title, d.outlet, d.published, fs.start_offset AS start, fs.end_offset AS "end",
         substr(d.text, fs.start_offset + 1, fs.end_offset - fs.start_offset) AS sentence, fs.attributed_to AS attributedTo
  FROM (SELECT * FROM fact_sources WHERE fact_id = ? ORDER BY document_id, start_offset LIMIT ${EVIDENCE_SHOWN}) fs
  JOIN documents d ON d.seq = fs.document_id ORDER BY d.published, fs.document_id`;

const QUOTE_COLUMNS = `q.id, q.text, coalesce(sp.name, q.speaker_text) AS speaker, d.id AS documentId, d.title, d.outlet,
  d.published, q.start_offset AS start, q.end_offset AS "end"`;

export class Reader {
  private readonly q;

  constructor(private readonly db: DB) {
    this.q = {
      summary: db.prepare('SELECT id, type, name, mention_count AS mentions FROM entities WHERE id = ?'),
      byFolded: db.prepare(
        `SELECT DISTINCT e.id, e.type, e.name, e.mention_count AS mentions FROM entity_names n
         JOIN entities e ON e.id = n.entity_id WHERE n.folded = ?`,
      ),
      byKey: db.prepare('SELECT DISTINCT entity_id FROM entity_keys WHERE key = ? LIMIT 500').pluck(),
      byLike: db.prepare(
        `SELECT DISTINCT e.id, e.type, e.name, e.mention_count AS mentions FROM entity_names n
         JOIN entities e ON e.id = n.entity_id WHERE n.folded LIKE ? ESCAPE '\\' LIMIT 50`,
      ),
      names: db.prepare('SELECT name, count FROM entity_names WHERE entity_id = ? ORDER BY count DESC, name'),
      entityRow: db.prepare('SELECT * FROM entities WHERE id = ?'),
      evidence: db.prepare(EVIDENCE_SQL),
      factEnds: db.prepare(
        "SELECT type, subject_id AS s, object_id AS o FROM facts WHERE id = ? AND kind = 'relation'",
      ),
      tieTypes: db.prepare(
        `SELECT DISTINCT type FROM facts WHERE subject_id = @id AND kind = 'relation'
         UNION SELECT DISTINCT type FROM facts WHERE object_id = @id AND kind = 'relation'`,
      ),
      tieCount: db
        .prepare(
          `SELECT (SELECT count(*) FROM facts WHERE subject_id = @id AND kind = 'relation' AND type = @type)
           + (SELECT count(*) FROM facts WHERE object_id = @id AND kind = 'relation' AND type = @type
              AND subject_id <> @id)`,
        )
        .pluck(),
      tiesOut: db.prepare(
        `SELECT id, type, subject_id, object_id, negated, documents, outlets FROM facts
         WHERE subject_id = @id AND kind = 'relation' AND type = @type ORDER BY documents DESC, id LIMIT @n`,
      ),
      tiesIn: db.prepare(
        `SELECT id, type, subject_id, object_id, negated, documents, outlets FROM facts
         WHERE object_id = @id AND kind = 'relation' AND type = @type ORDER BY documents DESC, id LIMIT @n`,
      ),
      factExists: db.prepare('SELECT 1 FROM facts WHERE id = ?').pluck(),
      otherLeaders: db
        .prepare(
          `SELECT id FROM facts WHERE object_id = @org AND type = 'leader_of' AND kind = 'relation' AND negated = 0
           AND subject_id <> @leader LIMIT @n`,
        )
        .pluck(),
      quotesBy: db.prepare(
        `SELECT ${QUOTE_COLUMNS} FROM quotes q JOIN documents d ON d.seq = q.document_id
         LEFT JOIN entities sp ON sp.id = q.speaker_id WHERE q.speaker_id = ? AND q.pull_quote = 0
         ORDER BY q.document_id DESC, q.start_offset LIMIT ${LIST_MAX}`,
      ),
      quotesAbout: db.prepare(
        `SELECT ${QUOTE_COLUMNS} FROM quote_entities qe JOIN quotes q ON q.seq = qe.quote_seq
         JOIN documents d ON d.seq = q.document_id LEFT JOIN entities sp ON sp.id = q.speaker_id
         WHERE qe.entity_id = ? AND q.pull_quote = 0 ORDER BY qe.quote_seq DESC LIMIT ${LIST_MAX}`,
      ),
      events: db.prepare(
        `SELECT DISTINCT f.id, f.type, f.date_value, f.date_text, pl.name AS place, f.sort_date AS sortDate
         FROM fact_participants p JOIN facts f ON f.id = p.fact_id LEFT JOIN entities pl ON pl.id = f.place_id
         WHERE p.entity_id = ? ORDER BY p.sort_date DESC, f.id LIMIT ${LIST_MAX}`,
      ),
      allEvents: db.prepare(
        `SELECT f.id, f.type, f.date_value, f.date_text, pl.name AS place, f.sort_date AS sortDate
         FROM facts f LEFT JOIN entities pl ON pl.id = f.place_id WHERE f.kind = 'event'
         ORDER BY f.sort_date IS NULL, f.sort_date, f.id LIMIT ?`,
      ),
      participants: db.prepare(
        `SELECT p.role, e.id, e.type, e.name, e.mention_count AS mentions FROM fact_participants p
         JOIN entities e ON e.id = p.entity_id WHERE p.fact_id = ? AND p.role <> 'place' ORDER BY p.role, e.name`,
      ),
      docCount: db.prepare('SELECT document_count FROM entities WHERE id = ?').pluck(),
      merges: db.prepare(
        `SELECT m.name, m.reason, m.score, d.id AS documentId FROM merges m JOIN documents d ON d.seq = m.document_id
         WHERE m.entity_id = ? ORDER BY m.document_id DESC LIMIT ${LIST_MAX}`,
      ),
      edgesOf: db.prepare(
        `SELECT id, type, subject_id AS s, object_id AS o FROM facts WHERE kind = 'relation' AND negated = 0 AND subject_id = ?
         UNION ALL SELECT id, type, subject_id, object_id FROM facts WHERE kind = 'relation' AND negated = 0 AND object_id = ?`,
      ),
      allEdgesOf: db.prepare(
        `SELECT id, type, subject_id AS s, object_id AS o, negated, documents FROM facts WHERE kind = 'relation' AND subject_id = ?
         UNION ALL SELECT id, type, subject_id, object_id, negated, documents FROM facts WHERE kind = 'relation' AND object_id = ?`,
      ),
    };
  }

  summary(id: string): EntitySummary {
    return this.q.summary.get(id) as EntitySummary;
  }

  /** Entities a user's NAME may mean, best first: exact spelling, then variants and short forms, then substrings. */
  findEntities(name: string, limit = 10): EntitySummary[] {
    const folded = foldKey(name);
    if (!folded) return [];
    const rank = new Map<string, { e: EntitySummary; r: number }>();
    const put = (e: EntitySummary, r: number) => {
      const prev = rank.get(e.id);
      if (!prev || prev.r < r) rank.set(e.id, { e, r });
    };
    for (const e of this.q.byFolded.all(folded) as EntitySummary[]) put(e, 4);
    const word = new RegExp(`(?:^| )${folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: |$)`);
    // Entities sharing more blocking keys first; only the best KEY_CANDIDATES are
    // scored, since a common given name's key holds thousands at scale.
    const shared = new Map<string, number>();
    for (const t of TYPES)
      for (const k of indexKeys(t, name))
        for (const id of this.q.byKey.all(k) as string[]) shared.set(id, (shared.get(id) ?? 0) + 1);
    const pool = [...shared].sort((a, b) => b[1] - a[1]).slice(0, KEY_CANDIDATES);
    for (const [id] of pool) {
      const names = this.q.names.all(id) as { name: string }[];
      let r = 0;
      for (const { name: n } of names) {
        if (word.test(foldKey(n))) r = Math.max(r, 3);
        else if (nameSimilarity(name, n) >= SAME_NAME_THRESHOLD || isShortFormOf(name, n)) r = Math.max(r, 2);
      }
      if (r) put(this.summary(id), r);
    }
    if (rank.size === 0) {
      const like = `%${folded.replace(/[\\%_]/g, '\\$&')}%`;
      for (const e of this.q.byLike.all(like) as EntitySummary[]) put(e, 1);
    }
    return [...rank.values()]
      .sort((a, b) => b.r - a.r || b.e.mentions - a.e.mentions || a.e.name.localeCompare(b.e.name))
      .slice(0, limit)
      .map((x) => x.e);
  }

  private evidence(factId: string): Evidence[] {
    return this.q.evidence.all(factId) as Evidence[];
  }

  private event(row: {
    id: string;
    type: string;
    date_value: string | null;
    date_text: string | null;
    place: string | null;
  }): EventView {
    const parts = this.q.participants.all(row.id) as (EntitySummary & { role: string })[];
    return {
      factId: row.id,
      type: row.type,
      date: row.date_value,
      dateText: row.date_text,
      place: row.place,
      participants: parts.map(({ role, ...e }) => ({ role, entity: e })),
      evidence: this.evidence(row.id),
    };
  }

  /**
   * Ties of one type, best-attested first (documents, then fact id: a stable order to page
   * through), with the total; rejected ties are left out of both.
   */
  tiesOfType(
    id: string,
    type: string,
    limit = TIES_SHOWN,
    offset = 0,
    verdicts: { rejected: Set<string>; confirmed: Set<string> } = {
      rejected: rejectedFacts(this.db),
      confirmed: confirmedFacts(this.db),
    },
  ): { items: Tie[]; total: number } {
    const { rejected, confirmed } = verdicts;
    type TieRow = {
      id: string;
      type: string;
      subject_id: string;
      object_id: string;
      negated: number;
      documents: number;
      outlets: number;
    };
    const counted = this.q.tieCount.get({ id, type }) as number;
    let total = counted;
    for (const fid of rejected) {
      const f = this.q.factEnds.get(fid) as { type: string; s: string; o: string } | undefined;
      if (f && f.type === type && (f.s === id || f.o === id)) total--;
    }
    // Both directions come from an index in documents order; enough of each for this page.
    const n = offset + limit + rejected.size;
    const seen = new Set<string>();
    const list = [
      ...(this.q.tiesOut.all({ id, type, n }) as TieRow[]),
      ...(this.q.tiesIn.all({ id, type, n }) as TieRow[]),
    ].filter((f) => !rejected.has(f.id) && !seen.has(f.id) && seen.add(f.id));
    list.sort((a, b) => b.documents - a.documents || (a.id < b.id ? -1 : 1));
    const standing = (fid: string) => !rejected.has(fid) && this.q.factExists.get(fid) === 1;
    /** Another standing leader of the group than `leader`: the index finds one or none. */
    const otherLeader = (org: string, leader: string) =>
      (this.q.otherLeaders.all({ org, leader, n: rejected.size + 1 }) as string[]).some(
        (fid) => !rejected.has(fid),
      );
    const items = list.slice(offset, offset + limit).map((f): Tie => {
      const out = f.subject_id === id;
      // The same tie with the opposite polarity has a known id (ids hash content).
      const conflict =
        standing(relationFactId(f.type, f.subject_id, f.object_id, f.negated === 0)) ||
        (f.type === 'leader_of' && f.negated === 0 && otherLeader(f.object_id, f.subject_id));
      return {
        factId: f.id,
        type: f.type,
        direction: out ? 'out' : 'in',
        other: this.summary(out ? f.object_id : f.subject_id),
        negated: f.negated === 1,
        documents: f.documents,
        outlets: f.outlets,
        conflict,
        status: confirmed.has(f.id) ? 'confirmed' : null,
        evidence: this.evidence(f.id),
      };
    });
    items.sort((a, b) => b.documents - a.documents || a.other.name.localeCompare(b.other.name));
    return { items, total: Math.max(total, offset + items.length) };
  }

  /** An entity's profile; each tie type lists its best-attested `tiesShown` (tieTotals counts all). */
  profile(id: string, opts: { tiesShown?: number } = {}): EntityProfile {
    const tiesShown = opts.tiesShown ?? TIES_SHOWN;
    const row = this.q.entityRow.get(id) as {
      attributes: string;
      lat: number | null;
      lon: number | null;
      country: string | null;
      first_seen: string | null;
      last_seen: string | null;
    };
    const ties: Record<string, Tie[]> = {};
    const tieTotals: Record<string, number> = {};
    // Analysts' verdicts: a rejected tie is left out, a confirmed one says so.
    const verdicts = { rejected: rejectedFacts(this.db), confirmed: confirmedFacts(this.db) };
    const types = new Set((this.q.tieTypes.all({ id }) as { type: string }[]).map((t) => t.type));
    for (const type of [...types].sort()) {
      const { items, total } = this.tiesOfType(id, type, tiesShown, 0, verdicts);
      if (!items.length) continue;
      ties[type] = items;
      tieTotals[type] = total;
    }
    return {
      entity: this.summary(id),
      names: this.q.names.all(id) as { name: string; count: number }[],
      attributes: JSON.parse(row.attributes),
      geo: row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon, country: row.country } : null,
      ties,
      tieTotals,
      tiesShown,
      quotesBy: byDate(this.q.quotesBy.all(id) as QuoteView[]),
      quotesAbout: byDate(this.q.quotesAbout.all(id) as QuoteView[]),
      events: this.timeline(id),
      listMax: LIST_MAX,
      firstSeen: row.first_seen,
      lastSeen: row.last_seen,
      documents: this.q.docCount.get(id) as number,
      merges: this.q.merges.all(id) as EntityProfile['merges'],
    };
  }

  timeline(id?: string): EventView[] {
    const rows = (
      id ? undatedLast(this.q.events.all(id).reverse() as Dated[]) : this.q.allEvents.all(TIMELINE_MAX)
    ) as Parameters<Reader['event']>[0][];
    return rows.map((r) => this.event(r));
  }

  search(text: string, opts: SearchOptions = {}): SearchHit[] {
    const match = ftsQuery(text);
    if (!match) return [];
    const limit = opts.limit ?? 20;
    const where: string[] = [];
    const params: Record<string, string | number> = { match, limit };
    if (opts.since) {
      where.push('d.published >= @since');
      params.since = opts.since;
    }
    if (opts.until) {
      // "2015-08" is within --until 2015-08-31; compare on the shorter of the two.
      where.push('substr(d.published, 1, length(@until)) <= @until');
      params.until = opts.until;
    }
    const filter = where.length ? `AND ${where.join(' AND ')}` : '';
    const hits: SearchHit[] = [];
    if (opts.type !== 'quote') {
      const rows = this.db
        .prepare(
          `SELECT 'article' AS kind, d.id AS documentId, d.title, d.outlet, d.published,
             snippet(documents_fts, 1, '«', '»', '…', 16) AS snippet, bm25(documents_fts) AS rank
           FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
           WHERE documents_fts MATCH @match ${filter} ORDER BY rank LIMIT @limit`,
        )
        .all(params) as SearchHit[];
      hits.push(...rows);
    }
    if (opts.type !== 'article') {
      const rows = this.db
        .prepare(
          `SELECT 'quote' AS kind, q.id AS quoteId, d.id AS documentId, d.title, d.outlet, d.published,
             snippet(quotes_fts, 0, '«', '»', '…', 24) AS snippet, bm25(quotes_fts) AS rank
           FROM quotes_fts JOIN quotes q ON q.seq = quotes_fts.rowid JOIN documents d ON d.seq = q.document_id
           WHERE quotes_fts MATCH @match ${filter} ORDER BY rank LIMIT @limit`,
        )
        .all(params) as SearchHit[];
      hits.push(...rows);
    }
    return hits.sort((a, b) => a.rank - b.rank).slice(0, limit);
  }

  /**
   * All shortest chains of (non-negated, non-rejected) ties from one entity to
   * another, up to maxHops. Searched from both ends at once, always widening the
   * smaller frontier: a hub with thousands of members is crossed once, not fanned
   * out from on every level.
   */
  paths(from: string, to: string, maxHops = 4, limit = 5): Hop[][] {
    if (from === to) return [];
    type Edge = { id: string; type: string; s: string; o: string };
    type Side = {
      parents: Map<string, { prev: string; edge: Edge }[]>;
      depth: Map<string, number>;
      frontier: string[];
      level: number;
    };
    const rejected = rejectedFacts(this.db);
    const side = (start: string): Side => ({
      parents: new Map([[start, []]]),
      depth: new Map([[start, 0]]),
      frontier: [start],
      level: 0,
    });
    const a = side(from);
    const b = side(to);
    let meet: string[] = [];
    while (a.level + b.level < maxHops && a.frontier.length && b.frontier.length && !meet.length) {
      const [grow, other] = a.frontier.length <= b.frontier.length ? [a, b] : [b, a];
      const next = new Map<string, { prev: string; edge: Edge }[]>();
      for (const node of grow.frontier) {
        for (const e of this.q.edgesOf.all(node, node) as Edge[]) {
          if (rejected.has(e.id)) continue;
          const o = e.s === node ? e.o : e.s;
          if (grow.parents.has(o)) continue;
          const list = next.get(o) ?? [];
          list.push({ prev: node, edge: e });
          next.set(o, list);
        }
      }
      grow.level++;
      for (const [k, v] of next) {
        grow.parents.set(k, v);
        grow.depth.set(k, grow.level);
      }
      grow.frontier = [...next.keys()];
      // Meeting points of the least total length are the middles of the shortest chains.
      let best = Number.POSITIVE_INFINITY;
      for (const k of next.keys()) {
        const d = other.depth.get(k);
        if (d === undefined) continue;
        if (grow.level + d < best) {
          best = grow.level + d;
          meet = [];
        }
        if (grow.level + d === best) meet.push(k);
      }
      if (a.parents.size + b.parents.size > PATH_VISIT_CAP) break;
    }
    if (!meet.length) return [];
    type Link = { x: string; y: string; edge: Edge };
    /** Chains of links from the side's start to `node`, at most `max`. */
    const chains = (s: Side, node: string, max: number): Link[][] => {
      const out: Link[][] = [];
      const walk = (n: string, tail: Link[]) => {
        if (out.length >= max) return;
        const ps = s.parents.get(n) ?? [];
        if (!ps.length) {
          out.push(tail);
          return;
        }
        for (const p of ps) walk(p.prev, [{ x: p.prev, y: n, edge: p.edge }, ...tail]);
      };
      walk(node, []);
      return out;
    };
    const out: Hop[][] = [];
    for (const m of meet) {
      for (const head of chains(a, m, limit)) {
        for (const tail of chains(b, m, limit)) {
          if (out.length >= limit) return out;
          // The `to` side's links run towards `to`: reversed, in order from the meeting point.
          const links = [...head, ...tail.reverse().map((l) => ({ x: l.y, y: l.x, edge: l.edge }))];
          out.push(
            links.map((l) => ({
              from: this.summary(l.x),
              to: this.summary(l.y),
              type: l.edge.type,
              direction: l.edge.s === l.x ? 'out' : 'in',
              evidence: this.evidence(l.edge.id),
            })),
          );
        }
      }
    }
    return out;
  }

  /**
   * The relation facts (rejected ones left out) within `depth` hops of `around`, or all of
   * them; with documents. The walk stops once `cap` edges are in hand (`truncated`), so a
   * hub two hops out costs a bounded amount; with no `around`, the best-attested `cap`.
   */
  edges(
    around?: string,
    depth = 1,
    cap = Number.POSITIVE_INFINITY,
  ): { edges: EdgeRow[]; truncated: boolean } {
    const edges = new Map<string, EdgeRow>();
    const rejected = rejectedFacts(this.db);
    let truncated = false;
    if (around) {
      const nodes = new Set([around]);
      let frontier = [around];
      walk: for (let d = 0; d < depth && frontier.length; d++) {
        const next: string[] = [];
        for (const n of frontier) {
          for (const e of this.q.allEdgesOf.all(n, n) as EdgeRow[]) {
            if (rejected.has(e.id) || edges.has(e.id)) continue;
            if (edges.size >= cap) {
              truncated = true;
              break walk;
            }
            edges.set(e.id, e);
            for (const x of [e.s, e.o]) {
              if (!nodes.has(x)) {
                nodes.add(x);
                next.push(x);
              }
            }
          }
        }
        frontier = next;
      }
    } else {
      const all = Number.isFinite(cap);
      for (const e of this.db
        .prepare(
          `SELECT id, type, subject_id AS s, object_id AS o, negated, documents FROM facts WHERE kind = 'relation'
           ${all ? 'ORDER BY documents DESC, id LIMIT @n' : ''}`,
        )
        .all(all ? { n: cap + rejected.size + 1 } : {}) as EdgeRow[]) {
        if (rejected.has(e.id)) continue;
        if (edges.size >= cap) {
          truncated = true;
          break;
        }
        edges.set(e.id, e);
      }
    }
    return { edges: [...edges.values()], truncated };
  }

  graph(around?: string, depth = 1): Graph {
    const { edges } = this.edges(around, depth);
    const nodes = new Set<string>(around ? [around] : []);
    for (const e of edges) nodes.add(e.s).add(e.o);
    return {
      nodes: [...nodes].map((id) => this.summary(id)),
      edges: edges.map((e) => ({
        id: e.id,
        type: e.type,
        source: e.s,
        target: e.o,
        negated: e.negated === 1,
        documents: e.documents,
      })),
    };
  }

  sources(): SourceView[] {
    const rows = this.db
      .prepare(
        `SELECT s.outlet, count(d.id) AS documents, s.reliability, s.credibility FROM sources s
         LEFT JOIN documents d ON d.outlet = s.outlet GROUP BY s.outlet, s.reliability, s.credibility
         UNION ALL SELECT '(unknown outlet)', count(*), NULL, NULL FROM documents WHERE outlet IS NULL HAVING count(*) > 0
         ORDER BY 2 DESC, 1`,
      )
      .all() as Omit<SourceView, 'grade'>[];
    return rows.map((r) => ({
      ...r,
      grade: r.reliability && r.credibility ? `${r.reliability}${r.credibility}` : null,
    }));
  }

  candidates(): Candidate[] {
    const seen = this.db.prepare(
      `SELECT d.id AS documentId, d.title, d.published FROM documents d
       WHERE d.seq IN (SELECT DISTINCT document_id FROM mentions WHERE entity_id = ?)
       ORDER BY d.published DESC, d.seq DESC LIMIT 3`,
    );
    const rows = this.db
      .prepare(
        // Two entities one article names apart are two, whatever a later article made them look like.
        `SELECT c.entity_a, c.entity_b, c.score, c.reasons, d.id AS document_id FROM candidates c
         LEFT JOIN documents d ON d.seq = c.document_id
         WHERE NOT EXISTS (SELECT 1 FROM mentions ma JOIN mentions mb ON mb.document_id = ma.document_id
                           WHERE ma.entity_id = c.entity_a AND mb.entity_id = c.entity_b)
         ORDER BY c.score DESC, c.entity_a, c.entity_b`,
      )
      .all() as {
      entity_a: string;
      entity_b: string;
      score: number;
      reasons: string;
      document_id: string | null;
    }[];
    return rows.map((r) => ({
      a: this.summary(r.entity_a),
      b: this.summary(r.entity_b),
      score: r.score,
      reasons: JSON.parse(r.reasons),
      documentId: r.document_id,
      seenIn: { a: seen.all(r.entity_a) as CandidateSource[], b: seen.all(r.entity_b) as CandidateSource[] },
    }));
  }
}

/** A relation fact as the graph reads it: ends, polarity and the documents that state it. */
export interface EdgeRow {
  id: string;
  type: string;
  s: string;
  o: string;
  negated: number;
  documents: number;
}

type Dated = { sortDate: string | null };
function undatedLast<T extends Dated>(rows: T[]): T[] {
  return [...rows.filter((r) => r.sortDate !== null), ...rows.filter((r) => r.sortDate === null)];
}

function byDate(qs: QuoteView[]): QuoteView[] {
  return qs.sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.start - b.start);
}

/** The user's words as an FTS5 query: "quoted phrases" kept, every other word a literal term, all required. */
export function ftsQuery(text: string): string {
  const parts: string[] = [];
  const re = /"([^"]*)"|([^\s"]+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[1] ?? m[2];
    const words = raw.match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    if (m[1] !== undefined) parts.push(`"${words.join(' ')}"`);
    else if (/^(?:OR|AND|NOT)$/.test(raw)) parts.push(raw);
    else {
      // `Hout*` looks for every word starting so; `-word` leaves out what has it.
      const star = /[\p{L}\p{N}]\*$/u.test(raw) ? '*' : '';
      if (/^-[\p{L}\p{N}]/u.test(raw)) {
        if (!parts.some((p) => !/^(?:OR|AND|NOT)$/.test(p)))
          throw new InputError(
            raw,
            'a leading "-" leaves out articles with that word; give a word to look for first (e.g. Houthis -Iran)',
          );
        parts.push('NOT', `"${words.join(' ')}"${star}`);
      } else for (const [i, w] of words.entries()) parts.push(`"${w}"${i === words.length - 1 ? star : ''}`);
    }
  }
  while (parts.length && /^(?:OR|AND|NOT)$/.test(parts[0])) parts.shift();
  while (parts.length && /^(?:OR|AND|NOT)$/.test(parts[parts.length - 1])) parts.pop();
  return parts.join(' ');
}
