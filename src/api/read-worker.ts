// One read thread of the ReadPool: a read-only store and the API over it.
import { parentPort, workerData } from 'node:worker_threads';
import { SqliteStore } from '../store/sqlite.js';
import { createApp } from './app.js';
import type { ReadWorkerData } from './read-pool.js';

const data = workerData as ReadWorkerData;
const store = SqliteStore.open(data.db, { readonly: true });
const app = createApp({ store, version: data.version, host: data.host, token: data.token, cache: false });

parentPort?.postMessage({ ready: true });

parentPort?.on('message', async (m: { id: number; url: string; headers: [string, string][] }) => {
  try {
    const res = await app.fetch(new Request(m.url, { headers: m.headers }));
    parentPort?.postMessage({
      id: m.id,
      status: res.status,
      headers: [...res.headers],
      body: await res.text(),
    });
  } catch (e) {
    parentPort?.postMessage({
      id: m.id,
      status: 500,
      headers: [['content-type', 'application/problem+json']],
      body: JSON.stringify({
        type: 'about:blank',
        title: 'Internal Server Error',
        status: 500,
        detail: 'internal error; the server log has the details',
      }),
    });
    process.stderr.write(`dossier serve (read thread): ${m.url}: ${(e as Error).stack ?? e}\n`);
  }
});
