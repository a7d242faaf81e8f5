// Shared by the api-*.test.ts files: a store in a temp dir filled through the
// API's own ingest (the invented corpus of src/store/testdata), and request helpers.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppOptions, createApp } from '../src/api/app.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { loopbackNet } from './loopback-net.js';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const TESTDATA = join(root, 'src/store/testdata');
export const WRITE_HEADERS = { 'Content-Type': 'application/json', 'X-Dossier-CSRF': '1' };

export function tempStore(): SqliteStore {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-api-'));
  return SqliteStore.open(join(dir, 'test.db'));
}

/** Every app the tests build fetches through this: no DNS query, no socket off loopback. */
export const testNet = loopbackNet({ 'rebind.test': ['10.9.8.7'], 'loopy.test': ['127.0.0.1'] });

export function app(store: SqliteStore, extra: Partial<AppOptions> = {}): OpenAPIHono {
  return createApp({
    store,
    version: 'test',
    ...extra,
    fetch: { resolve: testNet.resolve, transport: testNet.transport, ...extra.fetch },
  });
}

export async function post(
  a: OpenAPIHono,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return a.request(path, {
    method: 'POST',
    headers: { ...WRITE_HEADERS, ...headers },
    body: JSON.stringify(body),
  });
}

/** Ingests every invented article of the store's test corpus through POST /api/ingest. */
export async function seed(a: OpenAPIHono): Promise<string[]> {
  const ids: string[] = [];
  for (const f of readdirSync(TESTDATA)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const res = await post(a, '/api/ingest', { text: readFileSync(join(TESTDATA, f), 'utf8') });
    const body = (await res.json()) as { documents: { id: string; status: string }[] };
    if (res.status !== 200 || body.documents[0].status === 'failed')
      throw new Error(`seeding ${f}: ${JSON.stringify(body)}`);
    ids.push(body.documents[0].id);
  }
  return ids;
}

export async function problem(res: Response): Promise<{ status: number; detail: string; title: string }> {
  if (!res.headers.get('content-type')?.startsWith('application/problem+json'))
    throw new Error(`not problem+json: ${res.status} ${res.headers.get('content-type')} ${await res.text()}`);
  return (await res.json()) as { status: number; detail: string; title: string };
}
