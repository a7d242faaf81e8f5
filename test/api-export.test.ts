// GET /api/export: streamed exports through the HTTP API, in process.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqliteStore } from '../src/store/sqlite.js';
import { app, problem, seed, tempStore } from './api-helpers.js';

let store: SqliteStore;
let a: OpenAPIHono;

beforeAll(async () => {
  store = tempStore();
  a = app(store);
  await seed(a);
});

describe('GET /api/export', () => {
  it('streams a STIX bundle with the STIX media type and as an attachment', async () => {
    const res = await a.request('/api/export?format=stix');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/stix+json;version=2.1');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="dossier-export\.json"/);
    const b = await res.json();
    expect(b.type).toBe('bundle');
    const rels = b.objects.filter((o: { type: string }) => o.type === 'relationship');
    expect(rels.length).toBe(
      store.db.prepare("SELECT count(*) FROM facts WHERE kind = 'relation'").pluck().get(),
    );
  });

  it('exports one CSV table, narrowed to an entity', async () => {
    const all = parseCsv(await (await a.request('/api/export?format=csv&table=ties')).text(), {
      columns: true,
    });
    const hub = store.db
      .prepare(
        "SELECT subject_id FROM facts WHERE kind = 'relation' GROUP BY subject_id ORDER BY count(*) DESC",
      )
      .pluck()
      .get() as string;
    const res = await a.request(`/api/export?format=csv&table=ties&entity=${hub}&hops=1`);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const some = parseCsv(await res.text(), { columns: true }) as { subject_id: string; object_id: string }[];
    expect(some.length).toBeGreaterThan(0);
    expect(some.length).toBeLessThanOrEqual(all.length);
    for (const r of some) expect([r.subject_id, r.object_id]).toContain(hub);
  });

  it('q= exports what a search finds: only documents matching it, and what they state', async () => {
    const word = 'Bannu';
    const docs = parseCsv(await (await a.request(`/api/export?format=csv&table=sources&q=${word}`)).text(), {
      columns: true,
    }) as { document_id: string }[];
    const all = store.db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    const hits = (await (await a.request(`/api/search?q=${word}&type=article&limit=500`)).json()) as {
      items: { documentId?: string; id?: string }[];
    };
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.length).toBeLessThan(all);
    expect(docs.length).toBe(hits.items.length);
    const ties = parseCsv(await (await a.request(`/api/export?format=csv&table=ties&q=${word}`)).text(), {
      columns: true,
    }) as { document_id: string }[];
    const ids = new Set(docs.map((d) => d.document_id));
    for (const t of ties) expect(ids.has(t.document_id)).toBe(true);
  });

  it('refuses an unknown format, a bad date and an unknown entity with a problem', async () => {
    expect((await problem(await a.request('/api/export?format=pdf'))).status).toBe(400);
    expect((await problem(await a.request('/api/export?format=stix&since=last+week'))).status).toBe(400);
    expect((await problem(await a.request('/api/export?format=stix&entity=Enope'))).status).toBe(404);
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await (await a.request('/api/openapi.json')).json()) as {
      paths: Record<string, { get?: { parameters?: { name: string }[] } }>;
    };
    const params = doc.paths['/api/export'].get!.parameters!.map((p) => p.name);
    expect(params).toEqual(expect.arrayContaining(['format', 'entity', 'hops', 'since', 'until', 'table']));
  });

  it('does not hold the server connection: a write succeeds while an export is half read', async () => {
    const res = await a.request('/api/export?format=jsonl');
    const reader = res.body!.getReader();
    await reader.read();
    const outlet = store.db.prepare('SELECT outlet FROM sources LIMIT 1').pluck().get() as string;
    const w = await a.request(`/api/sources/${encodeURIComponent(outlet)}/grade`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'X-Dossier-CSRF': '1' },
      body: JSON.stringify({ grade: 'B2' }),
    });
    expect(w.status, await w.clone().text()).toBe(200);
    await reader.cancel();
  });
});
