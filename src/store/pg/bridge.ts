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
    if (this.closed) throw new PgError('the PostgreSQL connection is closed', undefined);
    Atomics.store(this.flag, 0, 0);
    this.port.postMessage({ sql, params });
    // 10 min per statement at most: a lock wait longer than that is a stuck peer
    if (Atomics.wait(this.flag, 0, 0, 600_000) === 'timed-out')
      throw new PgError(`no answer from PostgreSQL within 10 minutes: ${sql.slice(0, 80)}`, undefined);
    // the answer was posted before the flag was set; notifications may come before it
    let misses = 0;
    for (;;) {
      const m = receiveMessageOnPort(this.port)?.message as
        | ({ ok: boolean; message?: string; code?: string } & PgAnswer)
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
      if (!m.ok) {
        if (process.env.DOSSIER_PG_DEBUG) process.stderr.write(`PostgreSQL: ${m.message}\n${sql}\n`);
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
