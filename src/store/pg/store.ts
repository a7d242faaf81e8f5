// The PostgreSQL backend: the same Writer, Reader, IncidentReader, Decisions and
// ApiQueries as the SQLite backend, over a PgDatabase (their SQL translated by
// dialect.ts). What differs is here: versioned migrations taken from the same
// schema source, full-text search (tsvector) and name lookup (pg_trgm), and the
// locking that lets several ingest processes write at once.
import { readFileSync } from 'node:fs';
import { InputError } from '../../ingest/errors.js';
import { foldKey } from '../../knowledge/fold.js';
import type { Extraction } from '../../types.js';
import { ApiQueries } from '../api-queries.js';
import { StoreReads } from '../base.js';
import { Decisions } from '../decisions.js';
import { type ExtractFn, rebuildInPlace } from '../decisions-reextract.js';
import type { DB } from '../open.js';
import { extractOrPool } from '../pool.js';
import { gazetteerKeyOf, givenPairs, hubKeys, indexKeys } from '../resolve.js';
import { LATEST_VERSION, MIGRATIONS } from '../sql/schema.js';
import type {
  DecisionRequest,
  DecisionView,
  DocumentMeta,
  EntitySummary,
  IngestResult,
  ReextractResult,
  SourceView,
  Store,
  StoreQueries,
} from '../store.js';
import { CROWDED_KEY, Writer } from '../write.js';
import { PgError } from './bridge.js';
import { PgDatabase } from './database.js';
import { ddlToPg } from './dialect.js';

/** The channel NOTIFY announces new documents on; the payload is the document id. */
const NOTIFY_CHANNEL = 'dossier_documents';

/** PostgreSQL-only additions, applied after the shared migration of the same version. */
const PG_EXTRA: Record<number, string> = {
  1: `
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE INDEX entity_names_trgm ON entity_names USING GIN (folded gin_trgm_ops);
`,
  // the tie counts kept on write (schema.ts, version 8): one function for the three triggers;
  // a hub's rows are taken in entity order within a fact (two ingesters meet on them)
  8: `
CREATE FUNCTION dossier_tie_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.kind = 'relation' THEN
    UPDATE tie_counts SET n = n - 1 WHERE type = OLD.type
      AND (entity_id = OLD.subject_id OR (entity_id = OLD.object_id AND OLD.object_id <> OLD.subject_id));
    DELETE FROM tie_counts WHERE type = OLD.type AND entity_id IN (OLD.subject_id, OLD.object_id) AND n <= 0;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.kind = 'relation' THEN
    INSERT INTO tie_counts (entity_id, type, n)
      SELECT e, NEW.type, 1 FROM (VALUES (NEW.subject_id),
        (CASE WHEN NEW.object_id <> NEW.subject_id THEN NEW.object_id END)) AS v(e)
      WHERE e IS NOT NULL ORDER BY e
      ON CONFLICT (entity_id, type) DO UPDATE SET n = tie_counts.n + 1;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER facts_tie_counts_insert AFTER INSERT ON facts FOR EACH ROW
  WHEN (NEW.kind = 'relation') EXECUTE FUNCTION dossier_tie_counts();
CREATE TRIGGER facts_tie_counts_delete AFTER DELETE ON facts FOR EACH ROW
  WHEN (OLD.kind = 'relation') EXECUTE FUNCTION dossier_tie_counts();
CREATE TRIGGER facts_tie_counts_update AFTER UPDATE OF kind, type, subject_id, object_id ON facts FOR EACH ROW
  WHEN ((OLD.kind = 'relation' OR NEW.kind = 'relation') AND (OLD.kind, OLD.type, OLD.subject_id, OLD.object_id)
    IS DISTINCT FROM (NEW.kind, NEW.type, NEW.subject_id, NEW.object_id)) EXECUTE FUNCTION dossier_tie_counts();
`,
  // an entity's incidents kept on write (schema.ts, version 9), as SQLite's triggers
  9: `
CREATE FUNCTION dossier_participant_incidents() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM entity_incidents ei WHERE ei.entity_id = OLD.entity_id
      AND ei.incident_id IN (SELECT incident_id FROM incident_reports WHERE fact_id = OLD.fact_id)
      AND NOT EXISTS (SELECT 1 FROM incident_reports r WHERE r.incident_id = ei.incident_id
        AND EXISTS (SELECT 1 FROM fact_participants p WHERE p.fact_id = r.fact_id AND p.entity_id = OLD.entity_id));
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO entity_incidents (entity_id, incident_id, undated, date_key, created_at)
      SELECT NEW.entity_id, r.incident_id, CASE WHEN i.date_lo IS NULL THEN 1 ELSE 0 END, coalesce(i.date_lo, ''), i.created_at
      FROM incident_reports r JOIN incidents i ON i.id = r.incident_id WHERE r.fact_id = NEW.fact_id
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
CREATE FUNCTION dossier_report_incidents() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM entity_incidents ei WHERE ei.incident_id = OLD.incident_id
      AND NOT EXISTS (SELECT 1 FROM incident_reports r WHERE r.incident_id = OLD.incident_id
        AND EXISTS (SELECT 1 FROM fact_participants p WHERE p.fact_id = r.fact_id AND p.entity_id = ei.entity_id));
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO entity_incidents (entity_id, incident_id, undated, date_key, created_at)
      SELECT p.entity_id, i.id, CASE WHEN i.date_lo IS NULL THEN 1 ELSE 0 END, coalesce(i.date_lo, ''), i.created_at
      FROM fact_participants p JOIN incidents i ON i.id = NEW.incident_id WHERE p.fact_id = NEW.fact_id
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
CREATE FUNCTION dossier_incident_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM entity_incidents WHERE incident_id = OLD.id;
  ELSE
    UPDATE entity_incidents SET undated = CASE WHEN NEW.date_lo IS NULL THEN 1 ELSE 0 END,
      date_key = coalesce(NEW.date_lo, ''), created_at = NEW.created_at WHERE incident_id = NEW.id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER participants_incidents_insert AFTER INSERT ON fact_participants FOR EACH ROW
  EXECUTE FUNCTION dossier_participant_incidents();
CREATE TRIGGER participants_incidents_delete AFTER DELETE ON fact_participants FOR EACH ROW
  EXECUTE FUNCTION dossier_participant_incidents();
CREATE TRIGGER participants_incidents_update AFTER UPDATE OF fact_id, entity_id ON fact_participants FOR EACH ROW
  WHEN ((OLD.fact_id, OLD.entity_id) IS DISTINCT FROM (NEW.fact_id, NEW.entity_id))
  EXECUTE FUNCTION dossier_participant_incidents();
CREATE TRIGGER reports_incidents_insert AFTER INSERT ON incident_reports FOR EACH ROW
  EXECUTE FUNCTION dossier_report_incidents();
CREATE TRIGGER reports_incidents_delete AFTER DELETE ON incident_reports FOR EACH ROW
  EXECUTE FUNCTION dossier_report_incidents();
CREATE TRIGGER reports_incidents_update AFTER UPDATE OF fact_id, incident_id ON incident_reports FOR EACH ROW
  WHEN ((OLD.fact_id, OLD.incident_id) IS DISTINCT FROM (NEW.fact_id, NEW.incident_id))
  EXECUTE FUNCTION dossier_report_incidents();
CREATE TRIGGER incidents_order_update AFTER UPDATE OF date_lo, created_at ON incidents FOR EACH ROW
  WHEN ((OLD.date_lo, OLD.created_at) IS DISTINCT FROM (NEW.date_lo, NEW.created_at))
  EXECUTE FUNCTION dossier_incident_order();
CREATE TRIGGER incidents_order_delete AFTER DELETE ON incidents FOR EACH ROW
  EXECUTE FUNCTION dossier_incident_order();
`,
};

/**
 * Writer.known in one statement: the stored document's seq ($1 its id), with the location
 * ($2, seen at $3) recorded; no row when the document is not stored.
 */
const KNOWN_AT = `WITH d AS (SELECT seq FROM documents WHERE id = $1),
  l AS (INSERT INTO locations (document_id, location, added_at) SELECT seq, $2, $3 FROM d ON CONFLICT DO NOTHING)
  SELECT seq FROM d`;

/** NOTIFY payloads kept for the event streams that read them at their own pace */
const HEARD_MAX = 1000;

const RETRYABLE = new Set(['40001', '40P01', '23505']);

/**
 * Takes the transaction-scoped advisory locks of a document's keys ($1), exclusive for
 * those in $2 and shared for the rest, in one sorted order.
 */
const LOCK_KEYS = `SELECT count(CASE WHEN l.x THEN pg_advisory_xact_lock(l.h)::text ELSE pg_advisory_xact_lock_shared(l.h)::text END)
  FROM (SELECT h, bool_or(x) AS x FROM
         (SELECT hashtextextended(k, 0) AS h, k = ANY($2::text[]) AS x FROM unnest($1::text[]) AS k) AS a
       GROUP BY h ORDER BY h) AS l`;

/**
 * A blocking key with this many entities or more is near crowded: a write that adds to it
 * may make it crowded (write.ts CROWDED_KEY), which changes what every reader of the key
 * reads, those that lock only its `lone:` part too (resolve.ts hubKeys).
 */
const NEAR_CROWDED = CROWDED_KEY - 7;

/**
 * The `lone:` keys ($1 keys, $2 how many of the document's entities may have added a row
 * under each) that a write adding to them changes for every reader: a key that was empty
 * (a reader falls back to crowded keys only when no key proposes anyone) or is near crowded.
 */
const LONE_TOO = `SELECT 'lone:' || c FROM unnest($2::text[], $3::int[]) AS x(c, own)
  WHERE (SELECT count(*) FROM (SELECT 1 FROM entity_keys WHERE key = c LIMIT ${NEAR_CROWDED} + own) AS n) - own <= 0
     OR (SELECT count(*) FROM (SELECT 1 FROM entity_keys WHERE key = c LIMIT ${NEAR_CROWDED}) AS n) >= ${NEAR_CROWDED}`;

/**
 * Every ingest transaction holds this key shared and an analyst's decision (or its undo)
 * holds it exclusive: a merge never runs while a document is being resolved against the
 * entity it removes (the document would write rows for an entity that is gone).
 */
const DECISIONS_KEY = 'dossier:decisions';

/** What TRY_KEYS fails with when another ingester holds one of the keys. */
const KEY_BUSY = 'dossier-key-busy';

/**
 * Takes the keys ($1) exclusive without waiting; fails (an invalid integer, which rolls
 * the transaction back) if another transaction holds any of them.
 */
const TRY_KEYS = `SELECT CAST(CASE WHEN bool_and(ok) THEN '1' ELSE '${KEY_BUSY}' END AS INTEGER)
  FROM (SELECT pg_try_advisory_xact_lock(h) AS ok FROM
         (SELECT DISTINCT hashtextextended(k, 0) AS h FROM unnest($1::text[] || ARRAY(${LONE_TOO})) AS k
          ORDER BY h) AS s) AS t`;

/**
 * The lock keys of what resolving a document reads (PgStore.ingest takes them shared): the
 * blocking keys and gazetteer entries its entities are looked up by; under a full name's
 * common given name only its people with no full name (`lone:`) and with two of its given
 * names (`pair:`), resolve.ts hubKeys.
 */
function readKeys(ex: Extraction): Set<string> {
  const keys = new Set<string>();
  for (const e of ex.entities) {
    const names = [e.name, ...e.aliases];
    const g = gazetteerKeyOf(e.type, names, e.geo);
    if (g) keys.add(`gaz:${e.type}:${g}`);
    const hubs = hubKeys(e.type, names);
    for (const n of names)
      for (const k of indexKeys(e.type, n)) keys.add(hubs.keys.has(k) ? `lone:${k}` : `key:${k}`);
    for (const p of givenPairs(e.type, names, hubs)) keys.add(p);
  }
  return keys;
}

export function isPostgresUrl(spec: string | undefined): spec is string {
  return !!spec && /^postgres(ql)?:\/\//i.test(spec);
}

/** The URL without its password, to print. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

function promised<T extends object>(target: T): StoreQueries {
  return new Proxy(target, {
    get(t, k) {
      const v = Reflect.get(t, k);
      return typeof v === 'function' ? async (...a: unknown[]) => v.apply(t, a) : v;
    },
  }) as unknown as StoreQueries;
}

export class PgStore extends StoreReads implements Store {
  readonly backend = 'postgres' as const;
  readonly path: string;
  private readonly pg: PgDatabase;
  /** the better-sqlite3-shaped handle over PostgreSQL; exposed for the analyst CLI, tests and the benchmark, as SqliteStore.db */
  readonly db: DB;
  private writer?: Writer;
  private apiQueries?: StoreQueries;
  /** documents started again: a key another ingester held, or a deadlock or conflict */
  /** what resolving a document locks shared (tests) */
  static readonly readKeys = readKeys;
  private busyRetries = 0;
  private otherRetries = 0;
  /** documents ingest() wrote or found stored (DOSSIER_PG_STATS) */
  private ingested = 0;

  private constructor(readonly url: string) {
    super();
    this.path = redact(url);
    this.pg = new PgDatabase(url);
    this.db = this.pg.asDb;
  }

  /** Connects and brings the schema up to date (under a lock, so ingesters starting together migrate once). */
  static open(url: string): PgStore {
    const s = new PgStore(url);
    try {
      s.migrate();
    } catch (e) {
      s.pg.close();
      if (e instanceof PgError)
        throw new InputError(s.path, `cannot use this PostgreSQL database: ${e.message}`);
      throw e;
    }
    return s;
  }

  /** the schema version, after migrating */
  version(): number {
    return Number(this.pg.conn.query('SELECT max(version) FROM schema_version').rows[0][0]);
  }

  private migrate(): void {
    const q = (sql: string, p: unknown[] = []) => this.pg.conn.query(sql, p);
    q("SELECT pg_advisory_lock(hashtext('dossier:migrate'))");
    try {
      const has = q(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_version'",
      ).rows[0][0];
      if (!has) {
        const others = Number(
          q('SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()')
            .rows[0][0],
        );
        if (others > 0)
          throw new InputError(
            this.path,
            'is not a dossier database (it has other tables); refusing to touch it',
          );
        q(
          'CREATE TABLE schema_version (version INTEGER PRIMARY KEY, what TEXT NOT NULL, applied_at TEXT NOT NULL)',
        );
      }
      const at = Number(q('SELECT coalesce(max(version), 0) FROM schema_version').rows[0][0]);
      if (at > LATEST_VERSION)
        throw new InputError(
          this.path,
          `was written by a newer dossier (schema ${at}, this one knows ${LATEST_VERSION}); upgrade dossier`,
        );
      for (const m of MIGRATIONS) {
        if (m.version <= at) continue;
        q('BEGIN');
        try {
          q(ddlToPg(m.sql));
          if (PG_EXTRA[m.version]) q(PG_EXTRA[m.version]);
          q('INSERT INTO schema_version (version, what, applied_at) VALUES ($1, $2, $3)', [
            m.version,
            m.what,
            new Date().toISOString(),
          ]);
          q('COMMIT');
        } catch (e) {
          q('ROLLBACK');
          throw e;
        }
      }
    } finally {
      q("SELECT pg_advisory_unlock(hashtext('dossier:migrate'))");
    }
  }

  /** the same handle as `db` */
  get sqlDb(): DB {
    return this.db;
  }

  /** its transactions read one snapshot (REPEATABLE READ) and write nothing */
  openReader(): PgStore {
    const r = PgStore.open(this.url);
    r.db.exec('SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    return r;
  }

  get queries(): StoreQueries {
    this.apiQueries ??= promised(new ApiQueries(this.db));
    return this.apiQueries;
  }

  /** the next transaction id: it moves whenever any transaction writes (read-only ones take none) */
  async changeStamp(): Promise<string> {
    return String(this.pg.conn.query('SELECT pg_snapshot_xmax(pg_current_snapshot())::text').rows[0][0]);
  }

  private get w(): Writer {
    this.writer ??= new Writer(this.db, true);
    return this.writer;
  }

  /** A transaction retried on deadlock, serialisation failure or a lost insert race (another ingester won). */
  private tx<T>(fn: () => T): T {
    for (let attempt = 1; ; attempt++) {
      try {
        return this.pg.transaction(fn)() as T;
      } catch (e) {
        if (!(e instanceof PgError) || !RETRYABLE.has(e.code ?? '') || attempt >= 8) throw e;
      }
    }
  }

  /**
   * One statement, no transaction around it (one round trip, where BEGIN … COMMIT took
   * two): the document's row looked up, and where it is stored the location added.
   */
  async knownDocument(id: string, location: string): Promise<boolean> {
    return this.pg.query(KNOWN_AT, [id, location, new Date().toISOString()]).rows.length > 0;
  }

  /**
   * One document in one transaction, its keys locked so that resolution is not raced.
   * Every blocking key and gazetteer key the document's entities could be found by is
   * locked SHARED (transaction-scoped advisory locks, one sorted order: no deadlock
   * between ingesters): documents that only read a key, or match known entities by
   * known names, run at once however many hubs they share. A key under which the
   * write changes what resolution reads (Writer.changedKeys: a new entity, a new name or
   * attribute of a known one) must be held EXCLUSIVE at commit: the document tries for
   * it without waiting, in the same round trip as the COMMIT; if another ingester holds
   * it, the transaction rolls back and the document starts again with those keys
   * exclusive from the start (waiting its turn).
   *
   * A person's full name reads under its common given name (`key:person:frk`, every
   * Farooq) only the people with no full name (resolve.ts hubKeys): it locks `lone:` in
   * place of `key:` there, and a `pair:` key for each two of its given names. A write
   * changes `lone:` keys when the person it adds or changes has no full name, or when the
   * key was empty or is near crowded (LONE_TOO, decided at commit); `pair:` keys for each
   * two single-token keys of the person's full names. So new people who share only a given
   * name ("Farooq Gulsan", "Farooq Zardan") are written at once.
   */
  async ingest(meta: DocumentMeta, ex: Extraction): Promise<IngestResult> {
    const keys = readKeys(ex).add(DECISIONS_KEY);
    const exclusive = new Set<string>([`doc:${meta.id}`]);
    this.ingested++;
    for (let attempt = 1; ; attempt++) {
      try {
        return this.pg.transaction(() => {
          this.pg.later(LOCK_KEYS, [[...new Set([...keys, ...exclusive])], [...exclusive]]);
          const r = this.w.write(meta, ex);
          const need = [...this.w.changedKeys].filter((k) => !exclusive.has(k));
          // a key this write adds to, empty before or near crowded: its readers of the `lone:` part too
          const near = need.flatMap((k) =>
            k.startsWith('key:person:') && !this.w.changedKeys.has(`lone:${k.slice(4)}`) ? [k.slice(4)] : [],
          );
          const own = near.map((k) => this.w.addedUnder.get(k) ?? 1);
          if (need.length) this.pg.later(TRY_KEYS, [need, near, own]);
          if (r.status === 'new') this.pg.later('SELECT pg_notify($1, $2)', [NOTIFY_CHANNEL, meta.id]);
          return r;
        })() as IngestResult;
      } catch (e) {
        const busy = e instanceof PgError && e.message.includes(KEY_BUSY);
        if (busy) this.busyRetries++;
        else if (e instanceof PgError && RETRYABLE.has(e.code ?? '')) this.otherRetries++;
        if (busy && attempt < 50) {
          for (const k of this.w.changedKeys) {
            exclusive.add(k);
            if (k.startsWith('key:person:')) exclusive.add(`lone:${k.slice(4)}`);
          }
          continue;
        }
        if (!(e instanceof PgError) || !RETRYABLE.has(e.code ?? '') || attempt >= 8) throw e;
      }
    }
  }

  /**
   * The same lookup as on SQLite (exact spellings, then blocking keys and name
   * similarity); when that finds nothing, names close by trigram similarity
   * (pg_trgm's GIN index over the folded spellings, any script).
   */
  override async findEntities(name: string, limit = 10): Promise<EntitySummary[]> {
    const found = this.r.findEntities(name, limit);
    return found.length ? found : this.trigramEntities(name, limit);
  }

  private trigramEntities(name: string, limit: number): EntitySummary[] {
    const folded = foldKey(name);
    if (!folded) return [];
    const rows = this.pg.conn.query(
      `SELECT e.id, e.type, e.name, e.mention_count AS mentions, max(similarity(n.folded, $1)) AS sim
         FROM entity_names n JOIN entities e ON e.id = n.entity_id
        WHERE n.folded % $1 OR n.folded = $1 OR n.folded LIKE $2
        GROUP BY e.id, e.type, e.name, e.mention_count
        ORDER BY max(CASE WHEN n.folded = $1 THEN 1 ELSE 0 END) DESC, sim DESC, e.mention_count DESC, e.id
        LIMIT $3`,
      [folded, `${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, limit],
    ).rows;
    return rows.map((r) => ({
      id: r[0] as string,
      type: r[1] as EntitySummary['type'],
      name: r[2] as string,
      mentions: Number(r[3]),
    }));
  }

  async gradeSource(
    outlet: string,
    reliability: string,
    credibility: number,
    by: string,
  ): Promise<SourceView> {
    if (!/^[A-F]$/.test(reliability) || !(credibility >= 1 && credibility <= 6))
      throw new InputError(
        `${reliability}${credibility}`,
        'not an Admiralty grade; expected reliability A–F and credibility 1–6, e.g. B2',
      );
    const row = this.db
      .prepare('SELECT outlet FROM sources WHERE lower(outlet) = lower(?)')
      .pluck()
      .get(outlet) as string | undefined;
    if (!row) throw new InputError(outlet, 'no such outlet in the store; `dossier sources` lists them');
    this.db
      .prepare(
        'UPDATE sources SET reliability = ?, credibility = ?, graded_by = ?, graded_at = ? WHERE outlet = ?',
      )
      .run(reliability, credibility, by, new Date().toISOString(), row);
    return this.r.sources().find((s) => s.outlet === row)!;
  }

  async decide(req: DecisionRequest, by: string): Promise<DecisionView> {
    return this.tx(() => {
      this.lockDecisions();
      return new Decisions(this.db).decide(req, by);
    });
  }

  async undo(id: number, by: string): Promise<DecisionView> {
    return this.tx(() => {
      this.lockDecisions();
      return new Decisions(this.db).undo(id, by);
    });
  }

  /** Waits for the documents being ingested to commit, and holds new ones off (DECISIONS_KEY). */
  private lockDecisions(): void {
    this.db.prepare('SELECT count(pg_advisory_xact_lock(hashtextextended(?, 0)))').get(DECISIONS_KEY);
  }

  /**
   * In place, in one transaction (decisions-reextract.ts `rebuildInPlace`): readers
   * see the old store until it commits; ingest, decisions and grades wait for it.
   * `extract` defaults to the worker-thread pool (tests pass the pipeline in-process).
   */
  async reextract(
    progress?: (done: number, total: number) => void,
    extract?: ExtractFn,
  ): Promise<ReextractResult> {
    const { fn, close: closePool } = extractOrPool(extract);
    try {
      return await rebuildInPlace(this.db, fn, progress);
    } finally {
      // every id changed: the writer's caches and the readers' prepared state start again
      this.writer = undefined;
      this.resetReads();
      this.apiQueries = undefined;
      await closePool();
    }
  }

  /** document ids NOTIFY announced, the latest HEARD_MAX; `heard[0]` is number `heardBase` */
  private heard: string[] = [];
  private heardBase = 0;
  private listening = false;

  /**
   * The documents NOTIFY announced (any process's ingest, this one's too) after
   * `cursor`: the first call LISTENs; each call drains what arrived (one round
   * trip). Many readers (event streams) share the buffer, each with its cursor.
   */
  async announced(cursor?: number): Promise<{ ids: string[]; cursor: number }> {
    if (!this.listening) {
      this.listen();
      this.listening = true;
    } else {
      this.heard.push(...this.notified());
      const over = this.heard.length - HEARD_MAX;
      if (over > 0) {
        this.heard.splice(0, over);
        this.heardBase += over;
      }
    }
    const end = this.heardBase + this.heard.length;
    if (cursor === undefined || cursor >= end) return { ids: [], cursor: end };
    const from = Math.max(cursor, this.heardBase);
    const ids = this.heard.slice(from - this.heardBase, from - this.heardBase + 100);
    return { ids, cursor: from + ids.length };
  }

  /** Subscribes this connection to NOTIFY of new documents; `notified()` returns what came since. */
  listen(): void {
    this.pg.conn.query(`LISTEN ${NOTIFY_CHANNEL}`);
  }

  notified(): string[] {
    return this.pg.conn
      .drainNotifications()
      .filter((n) => n.channel === NOTIFY_CHANNEL)
      .map((n) => n.payload ?? '');
  }

  async close(): Promise<void> {
    if (process.env.DOSSIER_PG_STATS && this.ingested) {
      const cpu = process.cpuUsage();
      const back = this.backendCpu();
      process.stderr.write(
        `PostgreSQL ingest ${process.pid}: ${this.ingested} documents, ${this.busyRetries} retried for a busy key, ${this.otherRetries} for a deadlock or conflict; process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s${back === null ? '' : `, backend CPU ${back.toFixed(1)} s`}\n`,
      );
    }
    this.pg.close();
  }

  /** CPU seconds of the backend serving this connection, when the server runs on this machine (DOSSIER_PG_STATS). */
  private backendCpu(): number | null {
    try {
      const pid = this.pg.conn.query('SELECT pg_backend_pid()').rows[0][0];
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = f.slice(f.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return null;
    }
  }
}
