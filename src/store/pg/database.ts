// A better-sqlite3-shaped handle over PostgreSQL: prepare/get/all/run/pluck,
// exec and transactions, on a SyncPg connection. The store's readers and
// writers take it where they take a SQLite handle, so their logic and their SQL
// (translated by dialect.ts) are the same on both backends.
import type { DB } from '../open.js';
import { type PgAnswer, SyncPg } from './bridge.js';
import { ftsToTsquery, type Translated, toPg } from './dialect.js';

type Row = Record<string, unknown>;

function value(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return v.toString();
  return v;
}

export class PgStatement {
  private pluckMode = false;
  private rawMode = false;
  private readonly t: Translated;

  constructor(
    private readonly db: PgDatabase,
    readonly source: string,
    t: Translated,
  ) {
    this.t = t;
  }

  get reader(): boolean {
    return /^\s*(SELECT|WITH|VALUES)\b/i.test(this.source) || this.t.returnsRowid;
  }

  pluck(on = true): this {
    this.pluckMode = on;
    if (on) this.rawMode = false;
    return this;
  }

  raw(on = true): this {
    this.rawMode = on;
    if (on) this.pluckMode = false;
    return this;
  }

  private bind(args: unknown[]): unknown[] {
    if (this.t.names) {
      const o = (args.find((a) => a && typeof a === 'object' && !Array.isArray(a)) ?? {}) as Row;
      const positional = args.filter((a) => !(a && typeof a === 'object' && !Array.isArray(a)));
      return this.t.names.map((n) => value(n in o ? o[n] : positional.shift()));
    }
    // a named-parameter object given to a statement without names binds nothing (as in better-sqlite3)
    return args
      .flat()
      .filter((a) => !(a && typeof a === 'object' && !Buffer.isBuffer(a)))
      .map(value);
  }

  private values(args: unknown[]): unknown[] {
    const values = this.bind(args);
    for (const n of this.t.ftsParams) values[n - 1] = ftsToTsquery(String(values[n - 1] ?? ''));
    return values;
  }

  /** the statement as sent: translated SQL and bound values */
  sent(args: unknown[]): { sql: string; params: unknown[] } {
    return { sql: this.t.sql, params: this.values(args) };
  }

  /** an answer's rows shaped as all() shapes them */
  rowsOf(a: PgAnswer): unknown[] {
    return a.rows.map((r) => this.shape(a, r));
  }

  private exec(args: unknown[]): PgAnswer {
    return this.db.query(this.t.sql, this.values(args));
  }

  /**
   * As run(), but in a transaction the statement is only queued: it goes to the server
   * with the next statement that needs an answer (or the COMMIT), in one round trip.
   * For writes whose result nobody reads; a failure surfaces at that later statement,
   * still inside the transaction, which then rolls back whole.
   */
  defer(...args: unknown[]): void {
    if (this.db.inTransaction) this.db.pending.push({ sql: this.t.sql, params: this.values(args) });
    else this.exec(args);
  }

  private shape(a: PgAnswer, r: unknown[]): unknown {
    if (this.pluckMode) return r[0];
    if (this.rawMode) return r;
    const o: Row = {};
    for (let i = 0; i < a.fields.length; i++) o[a.fields[i]] = r[i];
    return o;
  }

  get(...args: unknown[]): unknown {
    const a = this.exec(args);
    return a.rows.length ? this.shape(a, a.rows[0]) : undefined;
  }

  all(...args: unknown[]): unknown[] {
    const a = this.exec(args);
    return a.rows.map((r) => this.shape(a, r));
  }

  iterate(...args: unknown[]): IterableIterator<unknown> {
    return this.all(...args)[Symbol.iterator]();
  }

  run(...args: unknown[]): { changes: number; lastInsertRowid: number } {
    const a = this.exec(args);
    return { changes: a.rowCount, lastInsertRowid: this.t.returnsRowid ? Number(a.rows[0]?.[0] ?? 0) : 0 };
  }
}

type TxFn = ((...a: unknown[]) => unknown) & {
  immediate: (...a: unknown[]) => unknown;
  deferred: (...a: unknown[]) => unknown;
  exclusive: (...a: unknown[]) => unknown;
};

export class PgDatabase {
  readonly conn: SyncPg;
  private depth = 0;
  private readonly cache = new Map<string, Translated>();
  /** deferred writes of the open transaction, not yet sent (PgStatement.defer) */
  readonly pending: { sql: string; params: unknown[] }[] = [];
  open = true;

  constructor(readonly url: string) {
    this.conn = new SyncPg(url);
  }

  /** The handle typed as the store's SQLite handle, for the code shared with the SQLite backend. */
  get asDb(): DB {
    return this as unknown as DB;
  }

  /** One statement, sent with the deferred writes before it (one round trip for all). */
  query(sql: string, params: unknown[] = []): PgAnswer {
    if (!this.pending.length) return this.conn.query(sql, params);
    const items = this.pending.splice(0);
    items.push({ sql, params });
    return this.conn.batch(items)[items.length - 1];
  }

  /** Several statements that need answers, with the deferred writes before them, in one round trip. */
  queryAll(items: { sql: string; params: unknown[] }[]): PgAnswer[] {
    const all = [...this.pending.splice(0), ...items];
    return this.conn.batch(all).slice(all.length - items.length);
  }

  /** A statement whose answer nobody reads, sent with the next one that needs an answer (in a transaction). */
  later(sql: string, params: unknown[] = []): void {
    if (this.inTransaction) this.pending.push({ sql, params });
    else this.query(sql, params);
  }

  /** all() of several statements, in one round trip (with the deferred writes before them) */
  allOf(list: [PgStatement, unknown[]][]): unknown[][] {
    const answers = this.queryAll(list.map(([st, args]) => st.sent(args)));
    return list.map(([st], i) => st.rowsOf(answers[i]));
  }

  get inTransaction(): boolean {
    return this.depth > 0;
  }

  prepare(sql: string): PgStatement {
    // some code prepares per call: keep the translations
    let t = this.cache.get(sql);
    if (!t) {
      t = toPg(sql);
      if (this.cache.size > 2000) this.cache.clear();
      this.cache.set(sql, t);
    }
    return new PgStatement(this, sql, t);
  }

  exec(sql: string): this {
    const t = sql.trim();
    if (/^BEGIN\b/i.test(t)) this.depth++;
    else if (/^(COMMIT|ROLLBACK|END)\b/i.test(t)) this.depth = Math.max(0, this.depth - 1);
    if (/^(ROLLBACK)\b/i.test(t)) this.pending.length = 0;
    this.query(toPg(t).sql);
    return this;
  }

  pragma(_s: string, _o?: unknown): unknown {
    return undefined;
  }

  transaction(fn: (...a: unknown[]) => unknown): TxFn {
    const run = (...a: unknown[]) => {
      const outer = this.depth === 0;
      const sp = `sp${this.depth}`;
      // BEGIN goes with the transaction's first statement; a savepoint at once (rolling back to
      // one never sent would fail the whole transaction)
      if (outer) this.pending.push({ sql: 'BEGIN', params: [] });
      else this.query(`SAVEPOINT ${sp}`);
      this.depth++;
      let r: unknown;
      try {
        r = fn(...a);
      } catch (e) {
        this.depth--;
        this.undo(outer, sp);
        throw e;
      }
      this.depth--;
      try {
        // the deferred writes go with it
        this.query(outer ? 'COMMIT' : `RELEASE SAVEPOINT ${sp}`);
      } catch (e) {
        this.undo(outer, sp);
        throw e;
      }
      return r;
    };
    return Object.assign(run, { immediate: run, deferred: run, exclusive: run });
  }

  private undo(outer: boolean, sp: string): void {
    // deferred writes not yet sent were made after the BEGIN or SAVEPOINT (which sent those before)
    this.pending.length = 0;
    try {
      this.conn.query(outer ? 'ROLLBACK' : `ROLLBACK TO SAVEPOINT ${sp}`);
    } catch {
      /* the connection is gone; the first error is the one to report */
    }
  }

  close(): this {
    if (this.open) this.conn.close();
    this.open = false;
    return this;
  }
}
