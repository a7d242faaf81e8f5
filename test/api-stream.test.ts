// GET /api/stream tells a running server's UI about documents another process
// stored: on PostgreSQL through LISTEN/NOTIFY, on SQLite by sequence number. The
// same test on both backends; without PostgreSQL that half says it skipped.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/api/app.js';
import { readInput } from '../src/ingest/read.js';
import { extract } from '../src/nlp/pipeline.js';
import { documentMeta } from '../src/store/document.js';
import { PgStore } from '../src/store/pg/store.js';
import { SqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/store.js';
import { type PgCluster, pgCluster, pgUnavailable } from './pg-cluster.js';

const data = fileURLToPath(new URL('../src/store/testdata/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dossier-stream-'));

interface Backend {
  name: string;
  skip: string | null;
  /** two stores on one new database: the server's and another process's */
  pair(): Promise<[Store, Store]>;
}
let cluster: PgCluster | null = null;
const BACKENDS: Backend[] = [
  {
    name: 'sqlite',
    skip: null,
    pair: async () => {
      const f = join(dir, 's.db');
      return [SqliteStore.open(f), SqliteStore.open(f)];
    },
  },
  {
    name: 'postgres',
    skip: pgUnavailable(),
    pair: async () => {
      cluster ??= await pgCluster();
      const url = await cluster!.database();
      return [PgStore.open(url), PgStore.open(url)];
    },
  },
];
afterAll(async () => {
  await cluster?.stop();
});

describe.each(BACKENDS)('$name', (backend) => {
  if (backend.skip) {
    it.skip(`skipped: ${backend.skip}`, () => {});
    return;
  }
  it('an open event stream announces the documents another process ingests, each once', async () => {
    const [server, other] = await backend.pair();
    const files = readdirSync(data).sort().slice(0, 3);
    const ingest = async (f: string) => {
      const src = await readInput(join(data, f));
      const meta = documentMeta(src, join(data, f));
      await other.ingest(meta, extract(src));
      return meta.id;
    };
    // stored before the stream opens: not announced
    await ingest(files[0]);
    const a = createApp({ store: server, version: 'test', streamEveryMs: 30 });
    const res = await a.request('/api/stream');
    const reader = res.body!.getReader();
    const ids = [await ingest(files[1]), await ingest(files[2])];
    let text = '';
    const announced = () =>
      [...text.matchAll(/event: documents\ndata: (.*)\n/g)].flatMap((m) => JSON.parse(m[1]).ids as string[]);
    const until = Date.now() + 10_000;
    while (announced().length < 2 && Date.now() < until) {
      const { value } = await reader.read();
      text += new TextDecoder().decode(value);
    }
    await reader.cancel();
    // the stream's loop notices the cancel at its next turn; close the stores after it
    await new Promise((r) => setTimeout(r, 200));
    expect(text).toMatch(/event: hello/);
    expect(announced()).toEqual(ids);
    await other.close();
    await server.close();
  });
});
