// The thread that holds the PostgreSQL connection for SyncPg (bridge.ts): it runs
// each query it is sent, posts the answer back, then wakes the waiting thread.
// A batch (several statements sent at once) is pipelined: the connection is in
// pg's pipeline mode, so every statement of the batch goes on the wire before the
// first answer comes back, one round trip for all of them.
import { type MessagePort, workerData } from 'node:worker_threads';
import pg from 'pg';

// bigint counts and sums come back as numbers, as SQLite gives them (ids and counts stay far below 2^53)
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

const { url, signal, port } = workerData as { url: string; signal: SharedArrayBuffer; port: MessagePort };
const flag = new Int32Array(signal);
const client = new pg.Client({ connectionString: url, application_name: 'dossier', pipeline: true });

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

interface Item {
  sql: string;
  params?: unknown[];
}

function send(m: Item): Promise<pg.QueryArrayResult> {
  let name: string | undefined;
  if (m.params?.length) {
    name = names.get(m.sql);
    if (!name && names.size < 5000) {
      name = `d${names.size}`;
      names.set(m.sql, name);
    }
  }
  return client.query(
    m.params?.length
      ? { name, text: m.sql, values: m.params, rowMode: 'array' }
      : { text: m.sql, rowMode: 'array' },
  ) as Promise<pg.QueryArrayResult>;
}

function answer(r: pg.QueryArrayResult | pg.QueryArrayResult[]) {
  const results = Array.isArray(r) ? r : [r];
  const last = results[results.length - 1];
  return {
    fields: last.fields?.map((f: { name: string }) => f.name) ?? [],
    rows: last.rows ?? [],
    rowCount: last.rowCount ?? 0,
  };
}

port.on('message', async (m: Item & { batch?: Item[]; close?: boolean }) => {
  try {
    await ready;
    if (m.close) {
      await client.end();
      wake({ ok: true });
      return;
    }
    if (m.batch) {
      // all on the wire at once; the first failure is the answer (the rest of a failed
      // transaction fails with it; pg keeps track of which names were prepared)
      const sent = m.batch.map((b) => send(b));
      const settled = await Promise.allSettled(sent);
      const failed = settled.findIndex((s) => s.status === 'rejected');
      if (failed >= 0) {
        const err = (settled[failed] as PromiseRejectedResult).reason as { message: string; code?: string };
        wake({ ok: false, message: err.message, code: err.code, index: failed });
        return;
      }
      wake({
        ok: true,
        answers: settled.map((s) => answer((s as PromiseFulfilledResult<pg.QueryArrayResult>).value)),
      });
      return;
    }
    const r = await send(m);
    wake({ ok: true, ...answer(r) });
  } catch (e) {
    const err = e as { message: string; code?: string };
    ready = Promise.resolve();
    wake({ ok: false, message: err.message, code: err.code });
  }
});
