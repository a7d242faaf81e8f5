// Reading incidents: each with every report side by side (its date, place, toll and
// perpetrator, cited to its document with the outlet's grade), the toll as a range over
// all reports' figures, and the claims and denials of responsibility its documents carry.
// The shape is documented in docs/incidents.md; `dossier timeline --json` prints it.
import { allOf, type DB } from './open.js';
import type {
  ClaimView,
  IncidentReport,
  IncidentSource,
  IncidentView,
  TollFigure,
  TollRange,
} from './views.js';

type TollKind = 'killed' | 'wounded' | 'arrested' | 'kidnapped';
type Ref = { id: string; name: string };

export type { ClaimView, IncidentView, TollRange } from './views.js';

export interface IncidentQuery {
  entityId?: string;
  since?: string;
  until?: string;
  limit?: number;
  offset?: number;
  /** the latest `limit` (still listed oldest first) rather than the first */
  latest?: boolean;
  /** incidents only mentioned in passing: left out (default), included, or alone */
  background?: 'exclude' | 'include' | 'only';
  /** leave out claims and denials (they read the articles' text): for lists inside a profile */
  brief?: boolean;
}

const CLAIM =
  /\b(?:claimed|claims|claiming|claim)\s+(?:(?:the\s+)?responsibility|credit)\b|\bsaid\s+(?:it|they)\s+(?:had\s+)?(?:carried out|was behind|were behind|staged|launched)\b/i;
const DENIAL =
  /\b(?:denied|denies|deny|denying|rejected|rejects)\s+(?:any\s+)?(?:involvement|responsibility|role|part|links?)\b|\b(?:was|were|is|are)\s+not\s+(?:involved|responsible|behind)\b|\bhad\s+nothing\s+to\s+do\s+with\b/i;

const NO_CLAIM =
  /\b(?:no\s+(?:group|one|organi[sz]ation|militant group)|nobody|none)\s+(?:\w+\s+){0,3}?(?:claimed|claims|has claimed|had claimed)\b|\b(?:not|n't|yet to|never)\s+(?:\w+\s+)?claim(?:ed)?\b/i;

const MAX_DEFAULT = 1000;

/** Lowest lower bound and highest stated number over figures of one kind. */
function tollRange(figures: TollFigure[]): TollRange {
  const mins = figures.map((f) => f.min).filter((x): x is number => x !== null);
  const highs = figures.map((f) => f.max ?? f.min).filter((x): x is number => x !== null);
  const min = mins.length ? Math.min(...mins) : null;
  const max = highs.length ? Math.max(...highs) : null;
  const openEnded = figures.some((f) => f.max === null && f.min !== null && f.min >= (max ?? 0));
  // one number every figure allows?
  const lo = mins.length ? Math.max(...mins) : 0;
  const his = figures.map((f) => f.max).filter((x): x is number => x !== null);
  const hi = his.length ? Math.min(...his) : Number.POSITIVE_INFINITY;
  return { min, max, openEnded, conflict: lo > hi, figures };
}

export class IncidentReader {
  private readonly q;
  /** list and count statements by their SQL (a handful of filter combinations) */
  private readonly stmts = new Map<string, ReturnType<DB['prepare']>>();

  private prepared(sql: string): ReturnType<DB['prepare']> {
    let st = this.stmts.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.stmts.set(sql, st);
    }
    return st;
  }

  /** `remote`: PostgreSQL's handle (see ofEntitySql) */
  constructor(
    private readonly db: DB,
    private readonly remote = false,
  ) {
    this.q = {
      one: db.prepare('SELECT * FROM incidents WHERE id = ?'),
      // (an attack and the killing it caused are told in one sentence: the one that opened the
      // incident first, then by type and id, the same order on both backends)
      reports: db.prepare(
        `SELECT r.incident_id, r.fact_id, r.joined_by, r.agreed, r.document_id AS seq, r.background AS r_bg, f.type, f.date_value, f.date_text, f.place_id,
           d.id AS documentId, d.title, d.outlet, d.published, s.reliability, s.credibility,
           fs.start_offset AS start, fs.end_offset AS "end",
           substr(d.text, fs.start_offset + 1, fs.end_offset - fs.start_offset) AS sentence,
           (SELECT location FROM locations l WHERE l.document_id = d.seq ORDER BY added_at LIMIT 1) AS location,
           (SELECT location FROM locations l WHERE l.document_id = d.seq AND location LIKE 'http%' LIMIT 1) AS url
         FROM incident_reports r JOIN facts f ON f.id = r.fact_id JOIN documents d ON d.seq = r.document_id
         LEFT JOIN sources s ON s.outlet = d.outlet
         LEFT JOIN fact_sources fs ON fs.fact_id = r.fact_id AND fs.document_id = r.document_id
         WHERE r.incident_id IN (SELECT value FROM json_each(?))
         ORDER BY r.incident_id, d.published, d.seq, fs.start_offset,
           CASE r.joined_by WHEN 'first' THEN 0 ELSE 1 END, f.type, r.fact_id`,
      ),
      // the reports' roles, tolls and places by the incidents' ids (the same fact ids as the
      // reports read), so they go to the server with the reports, in the same round trip
      roles: db.prepare(
        `SELECT p.fact_id, p.role, e.id, e.name FROM fact_participants p JOIN entities e ON e.id = p.entity_id
         WHERE p.fact_id IN (SELECT fact_id FROM incident_reports WHERE incident_id IN (SELECT value FROM json_each(?)))
         AND p.role IN ('agent', 'patient') ORDER BY p.fact_id, p.role, p.entity_id`,
      ),
      // the incidents' own places (a list of ids) and their reports' places, each part looked
      // up by the primary key (two INs joined by OR, or one IN over a UNION, read the whole
      // table on PostgreSQL: ~380 pages at 31k articles, 20-50 ms a hub's profile)
      entities: db.prepare(
        `SELECT id, name, lat, lon, country FROM entities WHERE id IN (SELECT value FROM json_each(?))
         UNION SELECT e.id, e.name, e.lat, e.lon, e.country
           FROM incident_reports r JOIN facts f ON f.id = r.fact_id JOIN entities e ON e.id = f.place_id
           WHERE r.incident_id IN (SELECT value FROM json_each(?))`,
      ),
      tolls: db.prepare(
        `SELECT fact_id, kind, min_count AS min, max_count AS max, text, start_offset AS start, end_offset AS "end",
           includes_perpetrators AS perps, approximate FROM fact_tolls
           WHERE fact_id IN (SELECT fact_id FROM incident_reports WHERE incident_id IN (SELECT value FROM json_each(?)))
           ORDER BY fact_id, start_offset`,
      ),
      text: db.prepare('SELECT text FROM documents WHERE seq = ?').pluck(),
      actors: db.prepare(
        `SELECT m.start_offset AS start, e.id, e.name FROM mentions m JOIN entities e ON e.id = m.entity_id
         WHERE m.document_id = ? AND m.start_offset >= ? AND m.end_offset <= ? AND e.type IN ('organization', 'person')
         ORDER BY m.start_offset`,
      ),
    };
  }

  /** The SQL filter of a query: entity, dates (on the incident's window), background. */
  private where(opts: IncidentQuery): { sql: string; params: Record<string, string | number> } {
    const w: string[] = [];
    const params: Record<string, string | number> = {};
    const bg = opts.background ?? 'exclude';
    if (bg !== 'include') w.push(`background = ${bg === 'only' ? 1 : 0}`);
    if (opts.entityId) {
      // kept on write (schema 9): the entity's incidents without reading all its participations
      w.push('id IN (SELECT incident_id FROM entity_incidents WHERE entity_id = @entity)');
      params.entity = opts.entityId;
    }
    if (opts.since) {
      w.push('substr(date_hi, 1, length(@since)) >= @since');
      params.since = opts.since;
    }
    if (opts.until) {
      w.push('substr(date_lo, 1, length(@until)) <= @until');
      params.until = opts.until;
    }
    return { sql: w.length ? `WHERE ${w.join(' AND ')}` : '', params };
  }

  /** Incidents in date order (undated last), each built with its reports. */
  list(opts: IncidentQuery = {}): IncidentView[] {
    const staged = this.listStaged(opts);
    const next = staged.next(allOf(this.db, staged.reads));
    return next.finish(allOf(this.db, next.reads));
  }

  /**
   * list() as two rounds of reads, to send with others (an entity's profile): the incidents'
   * rows, then their reports with the reports' roles, tolls and places; on PostgreSQL each
   * round is one round trip.
   */
  listStaged(opts: IncidentQuery = {}): Staged<IncidentView[]> {
    const { sql, params } = this.where(opts);
    const limit = opts.limit ?? MAX_DEFAULT;
    const order = opts.latest
      ? 'date_lo IS NOT NULL, date_lo DESC, created_at DESC'
      : 'date_lo IS NULL, date_lo, created_at';
    const st = opts.entityId
      ? this.prepared(this.ofEntitySql(opts))
      : this.prepared(`SELECT * FROM incidents ${sql} ORDER BY ${order} LIMIT @limit OFFSET @offset`);
    return {
      reads: [[st, [{ ...params, limit, offset: opts.offset ?? 0 }]]],
      next: (a) => {
        const rows = a[0] as IncidentRow[];
        if (opts.latest) rows.reverse();
        return this.viewsPlan(rows, opts.brief);
      },
    };
  }

  /**
   * An entity's incidents in list()'s order, read off entity_incidents' index and stopping
   * at the limit (a hub is in thousands): the same keys as the incidents' own order
   * (undated, date_lo or '', created_at), then the incident id where those tie. The keys
   * are NOT NULL: on PostgreSQL the NULLS clauses are the index's order (the dialect would
   * write SQLite's, which no index has); SQLite sorts again if it is given any.
   */
  private ofEntitySql(opts: IncidentQuery): string {
    const rest = this.where({ ...opts, entityId: undefined }).sql.replace(/^WHERE /, 'AND ');
    const keys = ['ei.undated', 'ei.date_key', 'ei.created_at', 'ei.incident_id'];
    const nulls = this.remote ? (opts.latest ? ' NULLS FIRST' : ' NULLS LAST') : '';
    const order = keys.map((k) => `${k}${opts.latest ? ' DESC' : ''}${nulls}`).join(', ');
    return `SELECT i.* FROM entity_incidents ei JOIN incidents i ON i.id = ei.incident_id
      WHERE ei.entity_id = @entity ${rest} ORDER BY ${order} LIMIT @limit OFFSET @offset`;
  }

  /**
   * Incidents built with their reports: the reports of every incident, their roles, their
   * tolls and the places named, four statements for the whole list (one round trip).
   */
  private viewsPlan(rows: IncidentRow[], brief = false): Plan<IncidentView[]> {
    if (!rows.length) return { reads: [], finish: () => [] };
    const ids = JSON.stringify([...new Set(rows.map((r) => r.id))]);
    const places = JSON.stringify([...new Set(rows.map((r) => r.place_id).filter((x): x is string => !!x))]);
    return {
      reads: [
        [this.q.reports, [ids]],
        [this.q.roles, [ids]],
        [this.q.tolls, [ids]],
        [this.q.entities, [places, ids]],
      ],
      finish: (a) =>
        this.build(rows, a as [ReportWithIncident[], RoleRow[], TollWithFact[], EntityRow[]], brief),
    };
  }

  private build(
    rows: IncidentRow[],
    [reportRows, roleRows, tollRows, entityRows]: [
      ReportWithIncident[],
      RoleRow[],
      TollWithFact[],
      EntityRow[],
    ],
    brief: boolean,
  ): IncidentView[] {
    const group = <R, K extends keyof R>(list: R[], key: K) => {
      const m = new Map<R[K], R[]>();
      for (const r of list) {
        const had = m.get(r[key]);
        if (had) had.push(r);
        else m.set(r[key], [r]);
      }
      return m;
    };
    const reports = group(reportRows, 'incident_id');
    const roles = group(roleRows, 'fact_id');
    const tolls = group(tollRows, 'fact_id');
    const entities = new Map(entityRows.map((e) => [e.id, e]));
    return rows.map((r) =>
      this.view(r, reports.get(r.id) ?? [], { roles, tolls, entity: (id) => entities.get(id) }, brief),
    );
  }

  /** How many incidents a query matches (before limit and offset). */
  count(opts: IncidentQuery = {}): number {
    const { sql, params } = this.where(opts);
    return this.prepared(`SELECT count(*) FROM incidents ${sql}`).pluck().get(params) as number;
  }

  get(id: string): IncidentView | null {
    const row = this.q.one.get(id) as IncidentRow | undefined;
    if (!row) return null;
    const plan = this.viewsPlan([row]);
    return plan.finish(allOf(this.db, plan.reads))[0];
  }

  private view(
    row: IncidentRow,
    raw: ReportRow[],
    of: {
      roles: Map<string, RoleRow[]>;
      tolls: Map<string, TollRow[]>;
      entity: (id: string) => EntityRow | undefined;
    },
    brief: boolean,
  ): IncidentView {
    const entity = of.entity;
    // one row per report (a fact may cite one sentence only once per document)
    const seen = new Set<string>();
    const rows = raw.filter((r) => !seen.has(r.fact_id) && seen.add(r.fact_id));
    const ref = (id: string | null): Ref | null => {
      if (!id) return null;
      const e = entity(id);
      return e ? { id: e.id, name: e.name } : null;
    };
    const grade = (r: ReportRow) =>
      r.reliability && r.credibility !== null ? `${r.reliability}${r.credibility}` : null;
    const figures: TollFigure[] = [];
    const figureSeen = new Set<string>();
    const perps = new Map<string, Ref & { reports: number }>();
    const reports: IncidentReport[] = rows.map((r) => {
      const roles = of.roles.get(r.fact_id) ?? [];
      const perpetrators = roles.filter((x) => x.role === 'agent').map(({ id, name }) => ({ id, name }));
      for (const p of perpetrators) {
        const had = perps.get(p.id) ?? { ...p, reports: 0 };
        had.reports++;
        perps.set(p.id, had);
      }
      const toll = (of.tolls.get(r.fact_id) ?? []).map((t) => {
        const f: IncidentReport['toll'][number] = {
          kind: t.kind,
          min: t.min,
          max: t.max,
          text: t.text,
          start: t.start,
          end: t.end,
        };
        if (t.approximate) f.approximate = true;
        if (t.perps) f.includesPerpetrators = true;
        return f;
      });
      for (const t of toll) {
        // an attack and the killing it caused, read from one sentence, carry the same figure:
        // a report's figure counts once
        const key = `${r.documentId}:${t.kind}:${t.start}:${t.end}`;
        if (figureSeen.has(key)) continue;
        figureSeen.add(key);
        figures.push({
          ...t,
          factId: r.fact_id,
          documentId: r.documentId,
          outlet: r.outlet,
          published: r.published,
          grade: grade(r),
        });
      }
      return {
        factId: r.fact_id,
        type: r.type,
        documentId: r.documentId,
        outlet: r.outlet,
        title: r.title,
        url: r.url,
        location: r.location,
        published: r.published,
        grade: grade(r),
        date: r.date_value,
        dateText: r.date_text,
        place: ref(r.place_id),
        perpetrators,
        targets: roles.filter((x) => x.role === 'patient').map(({ id, name }) => ({ id, name })),
        toll,
        sentence: r.sentence ?? '',
        start: r.start ?? 0,
        end: r.end ?? 0,
        joinedBy: r.joined_by as IncidentReport['joinedBy'],
        agreed: JSON.parse(r.agreed),
        background: r.r_bg === 1,
      };
    });
    const sources: IncidentSource[] = [];
    const docSeen = new Map<string, number>();
    for (const r of rows) {
      if (docSeen.has(r.documentId)) continue;
      docSeen.set(r.documentId, r.seq);
      sources.push({
        documentId: r.documentId,
        outlet: r.outlet,
        title: r.title,
        url: r.url,
        location: r.location,
        published: r.published,
        grade: grade(r),
      });
    }
    const toll: IncidentView['toll'] = {};
    for (const kind of ['killed', 'wounded', 'kidnapped', 'arrested'] as TollKind[]) {
      const of = figures.filter((f) => f.kind === kind);
      if (of.length) toll[kind] = tollRange(of);
    }
    const placeRow = row.place_id ? entity(row.place_id) : undefined;
    // a copy: the row is shared by every incident of the list at that place
    const place: IncidentView['place'] = placeRow ? { ...placeRow } : null;
    return {
      id: row.id,
      type: row.type,
      date: row.date_lo && row.date_hi ? { from: row.date_lo, to: row.date_hi } : null,
      dated: row.dated === 1,
      place,
      sources,
      sourceCount: sources.length,
      outletCount: new Set(sources.map((s) => s.outlet).filter(Boolean)).size,
      toll,
      perpetrators: [...perps.values()].sort((a, b) => b.reports - a.reports || a.name.localeCompare(b.name)),
      claims: brief ? [] : this.claims(rows, docSeen, grade),
      background: row.background === 1,
      reports,
    };
  }

  /** Sentences of the incident's documents that claim or deny responsibility, with who does so. */
  private claims(
    rows: ReportRow[],
    docs: Map<string, number>,
    grade: (r: ReportRow) => string | null,
  ): ClaimView[] {
    const out: ClaimView[] = [];
    for (const [documentId, seq] of docs) {
      const r = rows.find((x) => x.documentId === documentId) as ReportRow;
      const text = this.q.text.get(seq) as string;
      if (!CLAIM.test(text) && !DENIAL.test(text)) continue;
      const re = /[^.!?\n]+[.!?]?/g;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const sentence = m[0];
        // "no group has claimed responsibility", "has yet to claim": neither claim nor denial
        if (NO_CLAIM.test(sentence)) continue;
        const denial = DENIAL.test(sentence);
        const stance = denial ? 'denial' : CLAIM.test(sentence) ? 'claim' : null;
        if (!stance) continue;
        const cue = (denial ? DENIAL : CLAIM).exec(sentence) as RegExpExecArray;
        const actors = this.q.actors.all(seq, m.index, m.index + sentence.length) as {
          start: number;
          id: string;
          name: string;
        }[];
        // the one who claims or denies is named before the cue, else the first named at all
        const before = actors.filter((a) => a.start < m!.index + cue.index);
        const who = before.at(-1) ?? actors[0];
        out.push({
          entity: who ? { id: who.id, name: who.name } : null,
          stance,
          documentId,
          outlet: r.outlet,
          published: r.published,
          grade: grade(r),
          sentence: sentence.trim(),
        });
      }
    }
    return out;
  }
}

/** Reads to send (with others), and what to make of their answers, given in the same order. */
export interface Plan<T> {
  reads: [ReturnType<DB['prepare']>, unknown[]][];
  finish(answers: unknown[][]): T;
}

/** Two rounds of reads: the second depends on the first's answers. */
export interface Staged<T> {
  reads: [ReturnType<DB['prepare']>, unknown[]][];
  next(answers: unknown[][]): Plan<T>;
}

type ReportWithIncident = ReportRow & { incident_id: string };
type TollWithFact = TollRow & { fact_id: string };

interface EntityRow {
  id: string;
  name: string;
  lat: number | null;
  lon: number | null;
  country: string | null;
}

interface IncidentRow {
  id: string;
  type: string;
  date_lo: string | null;
  date_hi: string | null;
  dated: number;
  place_id: string | null;
  background: number;
}

interface ReportRow {
  fact_id: string;
  r_bg: number;
  seq: number;
  joined_by: string;
  agreed: string;
  type: string;
  date_value: string | null;
  date_text: string | null;
  place_id: string | null;
  documentId: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  reliability: string | null;
  credibility: number | null;
  start: number | null;
  end: number | null;
  sentence: string | null;
  location: string | null;
  url: string | null;
}

interface RoleRow {
  fact_id: string;
  role: string;
  id: string;
  name: string;
}

interface TollRow {
  kind: TollKind;
  min: number | null;
  max: number | null;
  text: string;
  start: number;
  end: number;
  perps: number;
  approximate: number;
}
