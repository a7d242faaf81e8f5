// A synchronous PostgreSQL connection: the query runs in a worker thread
// (bridge-worker.ts, through the `pg` driver) while this thread waits on a
// shared flag, then takes the answer with receiveMessageOnPort. It lets the
// store's one set of synchronous readers and writers (write.ts, read.ts, …) run
// on PostgreSQL unchanged; the cost is a thread hop per statement (~0.1 ms on
// loopback) and a blocked event loop while a statement runs.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

function workerUrl(): URL {
  const here = new URL('./bridge-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  return new URL('../../../dist/store/pg/bridge-worker.js', import.meta.url);
}

export interface PgAnswer {
  fields: string[];
  rows: unknown[][];
  rowCount: number;
}

/** A PostgreSQL error, with its SQLSTATE (`code`). */
export class PgError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'PgError';
  }
}

export class SyncPg {
  private readonly worker: Worker;
  private readonly port;
  private readonly flag: Int32Array;
  /** never signalled: a 1 ms sleep */
  private readonly idle = new Int32Array(new SharedArrayBuffer(4));
  private closed = false;
  /** NOTIFY payloads received while waiting for answers (LISTEN) */
  readonly notifications: { channel: string; payload: string | undefined }[] = [];
  /** round trips and statements so far (DOSSIER_PG_STATS=1 prints them at close) */
  readonly stats = { trips: 0, statements: 0, waitMs: 0 };

  constructor(readonly url: string) {
    const signal = new SharedArrayBuffer(4);
    this.flag = new Int32Array(signal);
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(workerUrl(), {
      workerData: { url, signal, port: port2 },
      transferList: [port2],
    });
    this.worker.unref();
  }

  query(sql: string, params: unknown[] = []): PgAnswer {
    return this.call({ sql, params }, sql) as PgAnswer;
  }

  /**
   * Several statements in one round trip (pipelined by the connection's thread), their
   * answers in order. The first failure throws, naming the statement; in a transaction
   * the ones after it fail with it.
   */
  batch(items: { sql: string; params: unknown[] }[]): PgAnswer[] {
    if (items.length === 1) return [this.query(items[0].sql, items[0].params)];
    return (this.call({ batch: items }, items) as { answers: PgAnswer[] }).answers;
  }

  private call(message: unknown, what: string | { sql: string }[]): unknown {
    if (this.closed) throw new PgError('the PostgreSQL connection is closed', undefined);
    this.stats.trips++;
    this.stats.statements += typeof what === 'string' ? 1 : what.length;
    const sqlOf = (i = 0) => (typeof what === 'string' ? what : (what[i]?.sql ?? ''));
    Atomics.store(this.flag, 0, 0);
    const t0 = performance.now();
    this.port.postMessage(message);
    // 10 min per statement at most: a lock wait longer than that is a stuck peer
    if (Atomics.wait(this.flag, 0, 0, 600_000) === 'timed-out')
      throw new PgError(`no answer from PostgreSQL within 10 minutes: ${sqlOf().slice(0, 80)}`, undefined);
    // the answer was posted before the flag was set; notifications may come before it
    let misses = 0;
    for (;;) {
      const m = receiveMessageOnPort(this.port)?.message as
        | ({ ok: boolean; message?: string; code?: string; index?: number } & PgAnswer)
        | { notification: { channel: string; payload: string | undefined } }
        | undefined;
      if (!m) {
        // the flag can be seen before the message is in the port's queue: wait for it a little
        if (++misses > 5000) throw new PgError('the PostgreSQL thread woke without an answer', undefined);
        Atomics.wait(this.idle, 0, 0, 1);
        continue;
      }
      if ('notification' in m) {
        this.notifications.push(m.notification);
        continue;
      }
      this.stats.waitMs += performance.now() - t0;
      if (!m.ok) {
        if (process.env.DOSSIER_PG_DEBUG)
          process.stderr.write(`PostgreSQL: ${m.message}\n${sqlOf(m.index)}\n`);
        throw new PgError(m.message ?? 'PostgreSQL error', m.code);
      }
      return m;
    }
  }

  /** NOTIFY payloads that arrived since the last call (a cheap round trip delivers any pending ones). */
  drainNotifications(): { channel: string; payload: string | undefined }[] {
    this.query('SELECT 1');
    return this.notifications.splice(0);
  }

  close(): void {
    if (this.closed) return;
    if (process.env.DOSSIER_PG_STATS)
      process.stderr.write(
        `PostgreSQL connection ${process.pid}: ${this.stats.trips} round trips, ${this.stats.statements} statements, ${Math.round(this.stats.waitMs)} ms waiting\n`,
      );
    try {
      Atomics.store(this.flag, 0, 0);
      this.port.postMessage({ sql: '', close: true });
      Atomics.wait(this.flag, 0, 0, 5_000);
    } finally {
      this.closed = true;
      this.port.close();
      void this.worker.terminate();
    }
  }
}
