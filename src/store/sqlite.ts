// The embedded backend: one SQLite file through better-sqlite3, WAL, one
// IMMEDIATE transaction per document so a crash or a full disk leaves whole
// documents only.
import { InputError } from '../ingest/errors.js';
import type { Extraction } from '../types.js';
import { ApiQueries } from './api-queries.js';
import { StoreReads } from './base.js';
import { Decisions } from './decisions.js';
import { discard, type ExtractFn, fingerprint, rebuild, swap } from './decisions-reextract.js';
import { type DB, type OpenOptions, openDatabase } from './open.js';
import { extractOrPool } from './pool.js';
import type {
  DecisionRequest,
  DecisionView,
  DocumentMeta,
  IngestResult,
  ReextractResult,
  SourceView,
  Store,
  StoreQueries,
} from './store.js';
import { Writer } from './write.js';

const GRADE_RE = /^([A-F])([1-6])$/;

/** SQLite's own codes for a disk or quota that is full. */
function isFull(e: unknown): boolean {
  const code = (e as { code?: string }).code ?? '';
  return code === 'SQLITE_FULL' || code.startsWith('SQLITE_IOERR') || /ENOSPC/.test(String(e));
}

/** An object's methods answering through promises (a sync throw becomes a rejection). */
function promised<T extends object>(target: T): { [K in keyof T]: unknown } {
  return new Proxy(target, {
    get(t, k) {
      const v = Reflect.get(t, k);
      return typeof v === 'function' ? async (...a: unknown[]) => v.apply(t, a) : v;
    },
  }) as { [K in keyof T]: unknown };
}

export class SqliteStore extends StoreReads implements Store {
  readonly backend = 'sqlite' as const;
  private writer?: Writer;
  private apiQueries?: StoreQueries;
  private stampOf?: () => string;

  private constructor(
    readonly path: string,
    private handle: DB,
    private readonly opts: OpenOptions,
  ) {
    super();
  }

  /** exposed for tests and the benchmark; other code goes through the interface */
  get db(): DB {
    return this.handle;
  }

  get sqlDb(): DB {
    return this.handle;
  }

  openReader(): SqliteStore {
    return SqliteStore.open(this.path, { readonly: true });
  }

  get queries(): StoreQueries {
    this.apiQueries ??= promised(new ApiQueries(this.db)) as StoreQueries;
    return this.apiQueries;
  }

  async announced(cursor?: number): Promise<{ ids: string[]; cursor: number }> {
    if (cursor === undefined)
      return {
        ids: [],
        cursor: this.db.prepare('SELECT coalesce(max(seq), 0) FROM documents').pluck().get() as number,
      };
    const rows = this.db
      .prepare('SELECT seq, id FROM documents WHERE seq > ? ORDER BY seq LIMIT 100')
      .all(cursor) as { seq: number; id: string }[];
    return { ids: rows.map((r) => r.id), cursor: rows.length ? rows[rows.length - 1].seq : cursor };
  }

  /** data_version (bumped by another connection's commit) and this connection's total_changes() */
  async changeStamp(): Promise<string> {
    if (!this.stampOf) {
      const version = this.db.prepare('PRAGMA data_version').pluck();
      const changes = this.db.prepare('SELECT total_changes()').pluck();
      this.stampOf = () => `${version.get()}:${changes.get()}`;
    }
    return this.stampOf();
  }

  static open(path: string, opts: OpenOptions = {}): SqliteStore {
    return new SqliteStore(path, openDatabase(path, opts), opts);
  }

  private get w(): Writer {
    this.writer ??= new Writer(this.db);
    return this.writer;
  }

  private guard<T>(what: string, fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      if (isFull(e))
        throw new InputError(
          this.path,
          `disk or database full while ${what}; nothing of it was written (${(e as Error).message})`,
        );
      if ((e as { code?: string }).code?.startsWith('SQLITE_READONLY'))
        throw new InputError(
          this.path,
          `the database is read-only (file permissions, or a read-only disk) while ${what}; nothing of it was written`,
        );
      if ((e as { code?: string }).code === 'SQLITE_BUSY')
        throw new InputError(this.path, `busy: another dossier held the database too long while ${what}`);
      throw e;
    }
  }

  async knownDocument(id: string, location: string): Promise<boolean> {
    return this.guard('recording a location', () =>
      this.db.transaction(() => this.w.known(id, location)).immediate(),
    );
  }

  async ingest(meta: DocumentMeta, ex: Extraction): Promise<IngestResult> {
    return this.guard(`writing ${meta.location}`, () =>
      this.db.transaction(() => this.w.write(meta, ex)).immediate(),
    );
  }

  async gradeSource(
    outlet: string,
    reliability: string,
    credibility: number,
    by: string,
  ): Promise<SourceView> {
    const grade = `${reliability}${credibility}`;
    if (!GRADE_RE.test(grade))
      throw new InputError(
        grade,
        'not an Admiralty grade; expected reliability A–F and credibility 1–6, e.g. B2',
      );
    const row = this.db
      .prepare('SELECT outlet FROM sources WHERE lower(outlet) = lower(?)')
      .pluck()
      .get(outlet) as string | undefined;
    if (!row) throw new InputError(outlet, 'no such outlet in the store; `dossier sources` lists them');
    this.guard('grading a source', () =>
      this.db
        .prepare(
          'UPDATE sources SET reliability = ?, credibility = ?, graded_by = ?, graded_at = ? WHERE outlet = ?',
        )
        .run(reliability, credibility, by, new Date().toISOString(), row),
    );
    return this.r.sources().find((s) => s.outlet === row)!;
  }

  async decide(req: DecisionRequest, by: string): Promise<DecisionView> {
    return this.guard(`recording a ${req.kind}`, () =>
      this.db.transaction(() => new Decisions(this.db).decide(req, by)).immediate(),
    );
  }

  async undo(id: number, by: string): Promise<DecisionView> {
    return this.guard(`undoing decision ${id}`, () =>
      this.db.transaction(() => new Decisions(this.db).undo(id, by)).immediate(),
    );
  }

  /**
   * Rebuilds machine output in a copy, then swaps it in; `extract` defaults to
   * the worker-thread pool (tests pass the pipeline in-process).
   */
  async reextract(
    progress?: (done: number, total: number) => void,
    extract?: ExtractFn,
  ): Promise<ReextractResult> {
    const { fn, close: closePool } = extractOrPool(extract);
    try {
      const { result, tmp, before } = await rebuild(this.db, this.path, fn, progress);
      // The copy is only good if nobody wrote meanwhile; the lock keeps it so until the swap.
      this.db.exec('BEGIN IMMEDIATE');
      if (fingerprint(this.db) !== before) {
        this.db.exec('ROLLBACK');
        discard(tmp);
        throw new InputError(
          this.path,
          'another dossier wrote to the database during reextract; nothing was replaced, run it again when it is done',
        );
      }
      this.handle.close();
      this.writer = undefined;
      this.resetReads();
      this.apiQueries = undefined;
      this.stampOf = undefined;
      swap(tmp, this.path);
      this.handle = openDatabase(this.path, this.opts);
      return result;
    } catch (e) {
      if (isFull(e))
        throw new InputError(
          this.path,
          `disk full while re-extracting; the database is as it was (${(e as Error).message})`,
        );
      throw e;
    } finally {
      await closePool();
    }
  }

  async close(): Promise<void> {
    if (this.handle.open) this.handle.close();
  }
}

export function parseGrade(grade: string): { reliability: string; credibility: number } {
  const m = GRADE_RE.exec(grade.trim().toUpperCase());
  if (!m)
    throw new InputError(
      grade,
      'not an Admiralty grade; expected reliability A–F and credibility 1–6, e.g. B2',
    );
  return { reliability: m[1], credibility: Number(m[2]) };
}
