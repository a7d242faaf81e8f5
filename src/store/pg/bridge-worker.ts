// The thread that holds the PostgreSQL connection for SyncPg (bridge.ts): it runs
// each query it is sent, posts the answer back, then wakes the waiting thread.
import { type MessagePort, workerData } from 'node:worker_threads';
import pg from 'pg';

// bigint counts and sums come back as numbers, as SQLite gives them (ids and counts stay far below 2^53)
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

const { url, signal, port } = workerData as { url: string; signal: SharedArrayBuffer; port: MessagePort };
const flag = new Int32Array(signal);
const client = new pg.Client({ connectionString: url, application_name: 'dossier' });

function wake(answer: unknown): void {
  port.postMessage(answer);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}

let ready: Promise<unknown> = client.connect();
/** statements with parameters are prepared once per connection (named), the rest run as simple queries */
const names = new Map<string, string>();
client.on('error', () => {
  /* reported on the next query */
});
client.on('notification', (n) =>
  port.postMessage({ notification: { channel: n.channel, payload: n.payload } }),
);

port.on('message', async (m: { sql: string; params?: unknown[]; close?: boolean }) => {
  try {
    await ready;
    if (m.close) {
      await client.end();
      wake({ ok: true });
      return;
    }
    let name: string | undefined;
    if (m.params?.length) {
      name = names.get(m.sql);
      if (!name && names.size < 5000) {
        name = `d${names.size}`;
        names.set(m.sql, name);
      }
    }
    const r = await client.query(
      m.params?.length
        ? { name, text: m.sql, values: m.params, rowMode: 'array' }
        : { text: m.sql, rowMode: 'array' },
    );
    const results = Array.isArray(r) ? r : [r];
    const last = results[results.length - 1];
    wake({
      ok: true,
      fields: last.fields?.map((f: { name: string }) => f.name) ?? [],
      rows: last.rows ?? [],
      rowCount: last.rowCount ?? 0,
    });
  } catch (e) {
    const err = e as { message: string; code?: string };
    ready = Promise.resolve();
    wake({ ok: false, message: err.message, code: err.code });
  }
});
