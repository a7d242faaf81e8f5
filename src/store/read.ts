// The queries analysts run. Evidence sentences are cut from the stored text by
// offset (SQLite substr counts characters, JavaScript offsets UTF-16 units; they
// differ only past an astral character such as an emoji, which news text rarely has).
import { InputError } from '../ingest/errors.js';
import { foldKey } from '../knowledge/fold.js';
import { isShortFormOf, nameSimilarity, SAME_NAME_THRESHOLD } from '../nlp/names.js';
import { RELATION_TYPES } from '../ontology.js';
import type { EntityType } from '../types.js';
import { confirmedFacts, rejectedFacts, VERDICTS_SQL, verdictsOf } from './decisions.js';
import { relationFactId } from './ids.js';
import type { Staged } from './incidents-read.js';
import { allOf, type DB } from './open.js';
import { ftsToTsquery } from './pg/dialect.js';
import { indexKeys } from './resolve.js';
import { cappedRankSql, hitPatterns, looseTsquery, searchCandidates, windowedHeadline } from './search-pg.js';
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
/** A blocking key's entities read per lookup at most (a common given name's key holds thousands). */
const KEY_ENTITIES = 500;
/** Name lookup scores at most this many blocking-key candidates. */
const KEY_CANDIDATES = 100;
/** A profile lists at most this many quotes, events and merges (the latest); hubs have thousands. */
export const LIST_MAX = 50;
/** A timeline of everything stops here. */
const TIMELINE_MAX = 1000;

// The first documents stored that state the fact (an index range, however many
// there are), shown oldest published first.
const EVIDENCE_SQL = `
  SELECT d.id AS documentId, d.title, d.outlet, d.published, fs.start_offset AS start, fs.end_offset AS "end",
         substr(d.text, fs.start_offset + 1, fs.end_offset - fs.start_offset) AS sentence, fs.attributed_to AS attributedTo
  FROM (SELECT * FROM fact_sources WHERE fact_id = ? ORDER BY document_id, start_offset LIMIT ${EVIDENCE_SHOWN}) fs
  JOIN documents d ON d.seq = fs.document_id ORDER BY d.published, fs.document_id`;

// The same for many facts at once (a JSON array of ids), on PostgreSQL: each fact's first
// sources from its index range (LATERAL), in EVIDENCE_SQL's order. NULLS LAST (on NOT NULL
// keys) is the primary key's own order: the dialect's SQLite NULLS FIRST made PostgreSQL
// read and sort every source of the fact (a hub's well-attested ties have thousands).
const EVIDENCE_OF_SQL = `
  SELECT j.value AS factId, e.* FROM json_each(?) j CROSS JOIN LATERAL (
    SELECT d.id AS documentId, d.title, d.outlet, d.published, fs.start_offset AS start, fs.end_offset AS "end",
           substr(d.text, fs.start_offset + 1, fs.end_offset - fs.start_offset) AS sentence,
           fs.attributed_to AS attributedTo, fs.document_id AS seq
    FROM (SELECT * FROM fact_sources WHERE fact_id = j.value
          ORDER BY document_id NULLS LAST, start_offset NULLS LAST LIMIT ${EVIDENCE_SHOWN}) AS fs
    JOIN documents d ON d.seq = fs.document_id
  ) AS e ORDER BY j.value, e.published, e.seq, e.start`;

const QUOTE_COLUMNS = `q.id, q.text, coalesce(sp.name, q.speaker_text) AS speaker, d.id AS documentId, d.title, d.outlet,
  d.published, q.start_offset AS start, q.end_offset AS "end"`;

/** A statement and its arguments, to send with others (allOf). */
type Read = [ReturnType<DB['prepare']>, unknown[]];

/** Reads to send (with others), and what to make of their answers, given in the same order. */
interface Plan<T> {
  reads: Read[];
  finish(answers: unknown[][]): T;
}

/** A relation fact as a page of ties reads it. */
/** an event's own row, before its participants and evidence are read */
type EventRow = {
  id: string;
  type: string;
  date_value: string | null;
  date_text: string | null;
  place: string | null;
};

type TieRow = {
  id: string;
  type: string;
  subject_id: string;
  object_id: string;
  negated: number;
  documents: number;
  outlets: number;
};

export class Reader {
  private readonly q;
  /** the statement reading the tie pages of k types at once, by k */
  private readonly pageStatements = new Map<number, ReturnType<DB['prepare']>>();

  /**
   * `remote`: the handle is PostgreSQL's, where every statement is a round trip, so lists
   * are read in one statement each where SQLite reads them item by item.
   */
  constructor(
    private readonly db: DB,
    private readonly remote = false,
  ) {
    this.q = {
      summary: db.prepare('SELECT id, type, name, mention_count AS mentions FROM entities WHERE id = ?'),
      // the answer to a list of no ids, in a batch of reads
      nothing: db.prepare('SELECT NULL AS x WHERE 1 = 0'),
      byFolded: db.prepare(
        `SELECT DISTINCT e.id, e.type, e.name, e.mention_count AS mentions FROM entity_names n
         JOIN entities e ON e.id = n.entity_id WHERE n.folded = ?`,
      ),
      byKey: db
        .prepare(`SELECT DISTINCT entity_id FROM entity_keys WHERE key = ? LIMIT ${KEY_ENTITIES}`)
        .pluck(),
      // PostgreSQL only (LATERAL): every key's entities, index order (NULLS LAST: the primary
      // key's, so a crowded key stops at the limit), the first of each
      byKeys: remote
        ? db.prepare(
            `SELECT j.value AS key, k.entity_id AS id FROM json_each(?) j CROSS JOIN LATERAL (
           SELECT entity_id FROM entity_keys WHERE key = j.value ORDER BY entity_id NULLS LAST LIMIT ${KEY_ENTITIES}
         ) AS k`,
          )
        : undefined,
      namesOf: db.prepare(
        'SELECT entity_id AS id, name FROM entity_names WHERE entity_id IN (SELECT value FROM json_each(?))',
      ),
      byLike: db.prepare(
        `SELECT DISTINCT e.id, e.type, e.name, e.mention_count AS mentions FROM entity_names n
         JOIN entities e ON e.id = n.entity_id WHERE n.folded LIKE ? ESCAPE '\\' LIMIT 50`,
      ),
      names: db.prepare('SELECT name, count FROM entity_names WHERE entity_id = ? ORDER BY count DESC, name'),
      entityRow: db.prepare('SELECT * FROM entities WHERE id = ?'),
      verdicts: db.prepare(VERDICTS_SQL),
      evidence: db.prepare(EVIDENCE_SQL),
      // PostgreSQL only: statements prepared there alone (a LATERAL join SQLite lacks)
      evidenceOf: remote ? db.prepare(EVIDENCE_OF_SQL) : undefined,
      summaries: db.prepare(
        `SELECT id, type, name, mention_count AS mentions FROM entities
         WHERE id IN (SELECT value FROM json_each(?))`,
      ),
      factsIn: db.prepare('SELECT id FROM facts WHERE id IN (SELECT value FROM json_each(?))'),
      factEndsOf: db.prepare(
        `SELECT type, subject_id AS s, object_id AS o FROM facts
         WHERE id IN (SELECT value FROM json_each(?)) AND kind = 'relation'`,
      ),
      leadersOf: db.prepare(
        `SELECT object_id AS org, subject_id AS leader, id FROM facts WHERE object_id IN (SELECT value FROM json_each(?))
         AND type = 'leader_of' AND kind = 'relation' AND negated = 0`,
      ),
      participantsOf: db.prepare(
        `SELECT p.fact_id AS factId, p.role, e.id, e.type, e.name, e.mention_count AS mentions FROM fact_participants p
         JOIN entities e ON e.id = p.entity_id WHERE p.fact_id IN (SELECT value FROM json_each(?)) AND p.role <> 'place'
         ORDER BY p.fact_id, p.role, e.name, p.entity_id`,
      ),
      // kept on write by triggers (schema version 8): a hub's counts without reading its ties
      tieCounts: db.prepare('SELECT type, n FROM tie_counts WHERE entity_id = @id AND n > 0'),
      tieCount: db
        .prepare('SELECT coalesce((SELECT n FROM tie_counts WHERE entity_id = @id AND type = @type), 0)')
        .pluck(),
      // NULLS FIRST on these NOT NULL keys changes nothing but lets PostgreSQL walk the index
      // backwards (the dialect otherwise writes SQLite's NULLS LAST for DESC, which no index has)
      quotesBy: db.prepare(
        `SELECT ${QUOTE_COLUMNS} FROM quotes q JOIN documents d ON d.seq = q.document_id
         LEFT JOIN entities sp ON sp.id = q.speaker_id WHERE q.speaker_id = ? AND q.pull_quote = 0
         ORDER BY q.document_id DESC NULLS FIRST, q.start_offset LIMIT ${LIST_MAX}`,
      ),
      quotesAbout: db.prepare(
        `SELECT ${QUOTE_COLUMNS} FROM quote_entities qe JOIN quotes q ON q.seq = qe.quote_seq
         JOIN documents d ON d.seq = q.document_id LEFT JOIN entities sp ON sp.id = q.speaker_id
         WHERE qe.entity_id = ? AND q.pull_quote = 0 ORDER BY qe.quote_seq DESC NULLS FIRST LIMIT ${LIST_MAX}`,
      ),
      // the entity's latest events: the fact ids first, from the entity's index range (a hub
      // takes part in thousands; joining them all to facts before the limit read the whole table)
      events: db.prepare(
        `SELECT f.id, f.type, f.date_value, f.date_text, pl.name AS place, f.sort_date AS sortDate
         FROM (SELECT fact_id, max(sort_date) AS sd FROM fact_participants WHERE entity_id = ?
               GROUP BY fact_id ORDER BY sd DESC, fact_id LIMIT ${LIST_MAX}) AS p
         JOIN facts f ON f.id = p.fact_id LEFT JOIN entities pl ON pl.id = f.place_id
         ORDER BY p.sd DESC, f.id`,
      ),
      allEvents: db.prepare(
        `SELECT f.id, f.type, f.date_value, f.date_text, pl.name AS place, f.sort_date AS sortDate
         FROM facts f LEFT JOIN entities pl ON pl.id = f.place_id WHERE f.kind = 'event'
         ORDER BY f.sort_date IS NULL, f.sort_date, f.id LIMIT ?`,
      ),
      merges: db.prepare(
        `SELECT m.name, m.reason, m.score, d.id AS documentId FROM merges m JOIN documents d ON d.seq = m.document_id
         WHERE m.entity_id = ? ORDER BY m.document_id DESC NULLS FIRST LIMIT ${LIST_MAX}`,
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
    const word = new RegExp(`(?:^| )${folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: |$)`);
    // Entities sharing more blocking keys first; only the best KEY_CANDIDATES are
    // scored, since a common given name's key holds thousands at scale.
    // On PostgreSQL two round trips whatever the pool: the exact spellings and every
    // key's entities, then each candidate's names and summary.
    const keys = TYPES.flatMap((t) => indexKeys(t, name));
    let ofKey: Map<string, string[]>;
    if (this.remote) {
      const [exact, keyRows] = allOf(this.db, [[this.q.byFolded, [folded]], this.overRead('byKeys', keys)]);
      for (const e of exact as EntitySummary[]) put(e, 4);
      ofKey = new Map();
      for (const { key, id } of keyRows as { key: string; id: string }[]) {
        const list = ofKey.get(key);
        if (list) list.push(id);
        else ofKey.set(key, [id]);
      }
    } else {
      for (const e of this.q.byFolded.all(folded) as EntitySummary[]) put(e, 4);
      ofKey = this.keyEntities(keys);
    }
    const shared = new Map<string, number>();
    for (const k of keys) for (const id of ofKey.get(k) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    const pool = [...shared].sort((a, b) => b[1] - a[1]).slice(0, KEY_CANDIDATES);
    const poolIds = pool.map(([id]) => id);
    const [nameRows, poolSummaries] = this.remote
      ? (allOf(this.db, [this.overRead('namesOf', poolIds), this.overRead('summaries', poolIds)]) as [
          { id: string; name: string }[],
          EntitySummary[],
        ])
      : [this.over<{ id: string; name: string }>('namesOf', poolIds), undefined];
    const namesOf = new Map<string, string[]>();
    for (const { id, name: n } of nameRows) {
      const list = namesOf.get(id) ?? [];
      list.push(n);
      namesOf.set(id, list);
    }
    const ranked: [string, number][] = [];
    for (const [id] of pool) {
      let r = 0;
      for (const n of namesOf.get(id) ?? []) {
        if (word.test(foldKey(n))) r = Math.max(r, 3);
        else if (nameSimilarity(name, n) >= SAME_NAME_THRESHOLD || isShortFormOf(name, n)) r = Math.max(r, 2);
      }
      if (r) ranked.push([id, r]);
    }
    const summaries = poolSummaries
      ? new Map(poolSummaries.map((e) => [e.id, e]))
      : this.summaries(ranked.map(([id]) => id));
    for (const [id, r] of ranked) put(summaries.get(id)!, r);
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

  /**
   * Rows of a statement over a list of ids (a JSON array bound once): one statement for a
   * whole section rather than one per item, which on PostgreSQL is one round trip.
   */
  private over<T>(st: keyof Reader['q'], ids: Iterable<string>): T[] {
    const list = [...new Set(ids)];
    return list.length ? (this.q[st]!.all(JSON.stringify(list)) as T[]) : [];
  }

  /** over() as a read to send with others (allOf); an empty list reads nothing, and answers no rows. */
  private overRead(st: keyof Reader['q'], ids: Iterable<string>): Read {
    const list = [...new Set(ids)];
    return list.length ? [this.q[st]!, [JSON.stringify(list)]] : [this.q.nothing, []];
  }

  /** evidenceOf() as reads to send with others: on SQLite none (its finish reads each fact's). */
  private evidencePlan(factIds: string[]): Plan<Map<string, Evidence[]>> {
    if (!this.remote) return { reads: [], finish: () => this.evidenceOf(factIds) };
    return {
      reads: [this.overRead('evidenceOf', factIds)],
      finish: (a) => {
        const out = new Map<string, Evidence[]>();
        for (const { factId, seq: _seq, ...e } of a[0] as (Evidence & { factId: string; seq: number })[]) {
          const list = out.get(factId) ?? [];
          list.push(e);
          out.set(factId, list);
        }
        return out;
      },
    };
  }

  /**
   * Each fact's evidence as `evidence()` gives it, for many facts: on PostgreSQL in one
   * statement (LATERAL, each fact's first sources from its index range), on SQLite one
   * statement per fact, which costs microseconds there.
   */
  private evidenceOf(factIds: Iterable<string>): Map<string, Evidence[]> {
    const out = new Map<string, Evidence[]>();
    if (!this.remote) {
      for (const id of new Set(factIds)) out.set(id, this.evidence(id));
      return out;
    }
    for (const { factId, seq: _seq, ...e } of this.over<Evidence & { factId: string; seq: number }>(
      'evidenceOf',
      factIds,
    )) {
      const list = out.get(factId) ?? [];
      list.push(e);
      out.set(factId, list);
    }
    return out;
  }

  /** The entities of each blocking key (the first KEY_ENTITIES), as one statement on PostgreSQL. */
  private keyEntities(keys: string[]): Map<string, string[]> {
    const out = new Map<string, string[]>();
    if (!this.remote) {
      for (const k of new Set(keys)) out.set(k, this.q.byKey.all(k) as string[]);
      return out;
    }
    for (const { key, id } of this.over<{ key: string; id: string }>('byKeys', keys)) {
      const list = out.get(key) ?? [];
      list.push(id);
      out.set(key, list);
    }
    return out;
  }

  /** Entity summaries by id, in one statement. */
  private summaries(ids: Iterable<string>): Map<string, EntitySummary> {
    return new Map(this.over<EntitySummary>('summaries', ids).map((e) => [e.id, e]));
  }

  /** Events with their participants and evidence: three statements for the whole list. */
  private events(rows: EventRow[]): EventView[] {
    const plan = this.eventsPlan(rows);
    return plan.finish(allOf(this.db, plan.reads));
  }

  /** events() as reads to send with others, then the views from their answers. */
  private eventsPlan(rows: EventRow[]): Plan<EventView[]> {
    const ids = rows.map((r) => r.id);
    const ev = this.evidencePlan(ids);
    return {
      reads: [this.overRead('participantsOf', ids), ...ev.reads],
      finish: (a) =>
        build(a[0] as (EntitySummary & { role: string; factId: string })[], ev.finish(a.slice(1))),
    };
    function build(
      partRows: (EntitySummary & { role: string; factId: string })[],
      evidence: Map<string, Evidence[]>,
    ) {
      const parts = new Map<string, { role: string; entity: EntitySummary }[]>();
      for (const { factId, role, ...e } of partRows) {
        const list = parts.get(factId) ?? [];
        list.push({ role, entity: e });
        parts.set(factId, list);
      }
      return rows.map((row) => ({
        factId: row.id,
        type: row.type,
        date: row.date_value,
        dateText: row.date_text,
        place: row.place,
        participants: parts.get(row.id) ?? [],
        evidence: evidence.get(row.id) ?? [],
      }));
    }
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
    const counted = this.q.tieCount.get({ id, type }) as number;
    return this.ties(id, new Map([[type, counted]]), limit, offset, verdicts).get(type)!;
  }

  /**
   * Ties of each type of `counted` (its ties of that type in all, rejected ones included):
   * a page of each, best-attested first, with its total. A handful of statements for
   * every type together: the pages (one statement), then the other ends, the
   * opposite-polarity facts, the other leaders and the evidence of all of them (one each).
   */
  private ties(
    id: string,
    counted: Map<string, number>,
    limit: number,
    offset: number,
    verdicts: { rejected: Set<string>; confirmed: Set<string> },
  ): Map<string, { items: Tie[]; total: number }> {
    const plan = this.tiesPlan(id, counted, limit, offset, verdicts);
    return plan.finish(allOf(this.db, plan.reads));
  }

  /**
   * ties() in two steps: the pages are read (or taken from `fetched`, the rows of
   * pagesStatement over every type with n = offset + limit, valid when nothing is
   * rejected), then `reads` (the other ends, the opposite facts, the other leaders and
   * the evidence) can go to the server with other reads, and `finish` builds the ties
   * from their answers, in the order given.
   */
  private tiesPlan(
    id: string,
    counted: Map<string, number>,
    limit: number,
    offset: number,
    verdicts: { rejected: Set<string>; confirmed: Set<string> },
    fetched?: TieRow[],
  ): Plan<Map<string, { items: Tie[]; total: number }>> {
    const { rejected, confirmed } = verdicts;
    const totals = new Map(counted);
    if (rejected.size)
      for (const f of this.over<{ type: string; s: string; o: string }>('factEndsOf', rejected))
        if (totals.has(f.type) && (f.s === id || f.o === id)) totals.set(f.type, totals.get(f.type)! - 1);
    // Both directions of every type from an index in documents order; enough of each for this page.
    const n = offset + limit + rejected.size;
    const types = [...counted.keys()];
    const rows =
      fetched && !rejected.size
        ? fetched
        : types.length
          ? ((this.pagesStatement(types.length) as unknown as { all(...a: unknown[]): TieRow[] }).all(
              ...types.flatMap((t) => [id, t, n, id, t, n]),
            ) as TieRow[])
          : [];
    const byType = new Map<string, TieRow[]>(types.map((t) => [t, []]));
    const seen = new Set<string>();
    for (const f of rows)
      if (!rejected.has(f.id) && !seen.has(f.id) && seen.add(f.id)) byType.get(f.type)?.push(f);
    const pages = new Map<string, TieRow[]>();
    for (const [type, list] of byType) {
      list.sort((a, b) => b.documents - a.documents || (a.id < b.id ? -1 : 1));
      pages.set(type, list.slice(offset, offset + limit));
    }
    const shown = [...pages.values()].flat();
    const other = (f: TieRow) => (f.subject_id === id ? f.object_id : f.subject_id);
    // The same tie with the opposite polarity has a known id (ids hash content).
    const opposite = (f: TieRow) => relationFactId(f.type, f.subject_id, f.object_id, f.negated === 0);
    const leaderTies = shown.filter((f) => f.type === 'leader_of' && f.negated === 0);
    const reads: Read[] = [
      this.overRead('summaries', shown.map(other)),
      this.overRead('factsIn', shown.map(opposite)),
      this.overRead(
        'leadersOf',
        leaderTies.map((f) => f.object_id),
      ),
    ];
    const ev = this.evidencePlan(shown.map((f) => f.id));
    return { reads: [...reads, ...ev.reads], finish: (a) => build(a, ev.finish(a.slice(reads.length))) };

    function build(answers: unknown[][], evidence: Map<string, Evidence[]>) {
      const others = new Map((answers[0] as EntitySummary[]).map((e) => [e.id, e]));
      const standing = new Set(
        (answers[1] as { id: string }[]).map((r) => r.id).filter((fid) => !rejected.has(fid)),
      );
      const leaders = answers[2] as { org: string; leader: string; id: string }[];
      /** Another standing leader of the group than `leader`. */
      const otherLeader = (org: string, leader: string) =>
        leaders.some((l) => l.org === org && l.leader !== leader && !rejected.has(l.id));
      const out = new Map<string, { items: Tie[]; total: number }>();
      for (const [type, page] of pages) {
        const items = page.map((f): Tie => {
          const dir = f.subject_id === id;
          const conflict =
            standing.has(opposite(f)) ||
            (f.type === 'leader_of' && f.negated === 0 && otherLeader(f.object_id, f.subject_id));
          return {
            factId: f.id,
            type: f.type,
            direction: dir ? 'out' : 'in',
            other: others.get(other(f))!,
            negated: f.negated === 1,
            documents: f.documents,
            outlets: f.outlets,
            conflict,
            status: confirmed.has(f.id) ? 'confirmed' : null,
            evidence: evidence.get(f.id) ?? [],
          };
        });
        items.sort((a, b) => b.documents - a.documents || a.other.name.localeCompare(b.other.name));
        out.set(type, { items, total: Math.max(totals.get(type)!, offset + items.length) });
      }
      return out;
    }
  }

  /**
   * The pages of `k` tie types in one statement: for each, its ties out and in, best-attested
   * first. The NULLS order (of NOT NULL columns) is the index's, so PostgreSQL reads only the
   * page from facts_subject_top / facts_object_top instead of sorting all the entity's ties.
   */
  private pagesStatement(k: number): ReturnType<DB['prepare']> {
    let st = this.pageStatements.get(k);
    if (!st) {
      const cols = 'id, type, subject_id, object_id, negated, documents, outlets';
      const part = (end: string, i: number) =>
        `SELECT * FROM (SELECT ${cols} FROM facts WHERE ${end} = ? AND kind = 'relation' AND type = ?
           ORDER BY documents DESC NULLS FIRST, id NULLS LAST LIMIT ?) AS ${end === 'subject_id' ? 'o' : 'i'}${i}`;
      st = this.db.prepare(
        Array.from(
          { length: k },
          (_, i) => `${part('subject_id', i)} UNION ALL ${part('object_id', i)}`,
        ).join(' UNION ALL '),
      );
      this.pageStatements.set(k, st);
    }
    return st;
  }

  /** An entity's profile; each tie type lists its best-attested `tiesShown` (tieTotals counts all). */
  profile(id: string, opts: { tiesShown?: number } = {}): EntityProfile {
    return this.profileWith(id, opts, { reads: [], next: () => ({ reads: [], finish: () => undefined }) })[0];
  }

  /**
   * profile(), and `more` (two rounds of reads about the same entity, e.g. its incidents)
   * read along with it: on PostgreSQL its rounds go in the profile's two round trips.
   */
  profileWith<T>(id: string, opts: { tiesShown?: number }, more: Staged<T>): [EntityProfile, T] {
    const tiesShown = opts.tiesShown ?? TIES_SHOWN;
    // what needs nothing else first: one round trip on PostgreSQL
    // On PostgreSQL the first page of every tie type goes with them (right unless a tie is rejected)
    const pageRead: Read[] = this.remote
      ? [
          [
            this.pagesStatement(RELATION_TYPES.length),
            RELATION_TYPES.flatMap((t) => [id, t, tiesShown, id, t, tiesShown]),
          ],
        ]
      : [];
    const own: Read[] = [
      [this.q.entityRow, [id]],
      [this.q.verdicts, []],
      [this.q.tieCounts, [{ id }]],
      [this.q.names, [id]],
      [this.q.quotesBy, [id]],
      [this.q.quotesAbout, [id]],
      [this.q.events, [id]],
      [this.q.merges, [id]],
      ...pageRead,
    ];
    const first = allOf(this.db, [...own, ...more.reads]);
    const [rowList, verdictRows, tieCounts, names, quotesBy, quotesAbout, events, merges, pageRows] =
      first.slice(0, own.length);
    const row = rowList[0] as {
      id: string;
      type: EntityType;
      name: string;
      mention_count: number;
      document_count: number;
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
    const decided = verdictRows as { target: string; action: string }[];
    const verdicts = { rejected: verdictsOf(decided, 'reject'), confirmed: verdictsOf(decided, 'confirm') };
    const counted = new Map((tieCounts as { type: string; n: number }[]).map((t) => [t.type, t.n]));
    // the rest of the ties and the events' participants and evidence: one more round trip
    const tiePlan = this.tiesPlan(id, counted, tiesShown, 0, verdicts, pageRows as TieRow[] | undefined);
    const eventPlan = this.eventsPlan(
      undatedLast(events.reverse() as Dated[]) as unknown as Parameters<Reader['events']>[0],
    );
    const morePlan = more.next(first.slice(own.length));
    const answers = allOf(this.db, [...tiePlan.reads, ...eventPlan.reads, ...morePlan.reads]);
    const pages = tiePlan.finish(answers.slice(0, tiePlan.reads.length));
    const ofEvents = tiePlan.reads.length + eventPlan.reads.length;
    for (const type of [...counted.keys()].sort()) {
      const { items, total } = pages.get(type)!;
      if (!items.length) continue;
      ties[type] = items;
      tieTotals[type] = total;
    }
    const profile: EntityProfile = {
      entity: { id: row.id, type: row.type, name: row.name, mentions: row.mention_count },
      names: names as { name: string; count: number }[],
      attributes: JSON.parse(row.attributes),
      geo: row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon, country: row.country } : null,
      ties,
      tieTotals,
      tiesShown,
      quotesBy: byDate(quotesBy as QuoteView[]),
      quotesAbout: byDate(quotesAbout as QuoteView[]),
      events: eventPlan.finish(answers.slice(tiePlan.reads.length, ofEvents)),
      listMax: LIST_MAX,
      firstSeen: row.first_seen,
      lastSeen: row.last_seen,
      documents: row.document_count,
      merges: merges as EntityProfile['merges'],
    };
    return [profile, morePlan.finish(answers.slice(ofEvents))];
  }

  timeline(id?: string): EventView[] {
    const rows = (
      id ? undatedLast(this.q.events.all(id).reverse() as Dated[]) : this.q.allEvents.all(TIMELINE_MAX)
    ) as Parameters<Reader['events']>[0];
    return this.events(rows);
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
    if (this.remote) return this.searchCapped(match, opts.type, limit, filter, params);
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
   * PostgreSQL: ts_rank on a bounded set of candidates, the latest matches (search-pg.ts),
   * and the page's rows joined and headlined after the ranking.
   */
  private searchCapped(
    match: string,
    type: SearchOptions['type'],
    limit: number,
    filter: string,
    params: Record<string, string | number>,
  ): SearchHit[] {
    const exact = ftsToTsquery(match);
    if (!exact) return [];
    const loose = looseTsquery(exact);
    const phrase = loose !== exact;
    const bind = { ...params, exact, loose, cap: searchCandidates(limit), limit };
    const withHits = { ...bind, hits: hitPatterns(exact) };
    const q = "to_tsquery('simple', unaccent(@exact))";
    const headline = (words: number) =>
      `'StartSel=«, StopSel=», MaxWords=${words}, MinWords=${words / 2}, MaxFragments=1, FragmentDelimiter=…'`;
    const reads: [ReturnType<DB['prepare']>, unknown[]][] = [];
    if (type !== 'quote') {
      const ranked = cappedRankSql({
        fts: 'documents_fts',
        join: filter ? 'JOIN documents d ON d.seq = f.rowid' : '',
        filter,
        phrase,
      });
      // an article's headline from a window around its first hit (search-pg.ts)
      const hl = windowedHeadline('d.text', q, headline(16), '«');
      reads.push([
        this.db.prepare(
          `WITH r AS (${ranked})
           SELECT 'article' AS kind, d.id AS documentId, d.title, d.outlet, d.published,
             ${hl.snippet} AS snippet, r.rank
           FROM r JOIN documents d ON d.seq = r.rowid ${hl.joins} ORDER BY r.rank, r.rowid DESC`,
        ),
        [withHits],
      ]);
    }
    if (type !== 'article') {
      const ranked = cappedRankSql({
        fts: 'quotes_fts',
        join: filter ? 'JOIN quotes q ON q.seq = f.rowid JOIN documents d ON d.seq = q.document_id' : '',
        filter,
        phrase,
      });
      reads.push([
        this.db.prepare(
          `WITH r AS (${ranked})
           SELECT 'quote' AS kind, q.id AS quoteId, d.id AS documentId, d.title, d.outlet, d.published,
             ts_headline('simple', q.text, ${q}, ${headline(24)}) AS snippet, r.rank
           FROM r JOIN quotes q ON q.seq = r.rowid JOIN documents d ON d.seq = q.document_id
           ORDER BY r.rank, r.rowid DESC`,
        ),
        [bind],
      ]);
    }
    const hits = allOf(this.db, reads).flat() as SearchHit[];
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
    const found: Link[][] = [];
    chain: for (const m of meet) {
      for (const head of chains(a, m, limit)) {
        for (const tail of chains(b, m, limit)) {
          if (found.length >= limit) break chain;
          // The `to` side's links run towards `to`: reversed, in order from the meeting point.
          found.push([...head, ...tail.reverse().map((l) => ({ x: l.y, y: l.x, edge: l.edge }))]);
        }
      }
    }
    // the chains' entities and evidence: one round trip on PostgreSQL, not two per hop
    const links = found.flat();
    const ev = this.evidencePlan(links.map((l) => l.edge.id));
    const answers = allOf(this.db, [
      this.overRead(
        'summaries',
        links.flatMap((l) => [l.x, l.y]),
      ),
      ...ev.reads,
    ]);
    const summaries = new Map((answers[0] as EntitySummary[]).map((e) => [e.id, e]));
    const evidence = ev.finish(answers.slice(1));
    return found.map((chain) =>
      chain.map((l) => ({
        from: summaries.get(l.x)!,
        to: summaries.get(l.y)!,
        type: l.edge.type,
        direction: l.edge.s === l.x ? 'out' : 'in',
        evidence: evidence.get(l.edge.id) ?? [],
      })),
    );
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
