// The incident routes of the HTTP API, in process, on the incident fixtures ingested
// through the API's own ingest: the timeline carries incidents, /api/incidents pages them,
// one incident shows its reports side by side, merge and split are decisions undone
// through /api/decisions/{id}/undo.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqliteStore } from '../src/store/sqlite.js';
import { app, post, problem, root, tempStore } from './api-helpers.js';

const fixtures = join(root, 'test/fixtures/incidents');
let store: SqliteStore;
let a: OpenAPIHono;

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in tests
type Json = Record<string, any>;
async function get(path: string, status = 200): Promise<Json> {
  const res = await a.request(path);
  if (res.status !== status) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Json;
}

beforeAll(async () => {
  store = tempStore();
  a = app(store);
  for (const f of readdirSync(fixtures).sort()) {
    const res = await post(a, '/api/ingest', { text: readFileSync(join(fixtures, f), 'utf8') });
    expect(res.status, await res.clone().text()).toBe(200);
  }
});

describe('incidents over HTTP', () => {
  it('the timeline returns incidents with their reports', async () => {
    const t = await get('/api/timeline?limit=500');
    expect(t.items.length).toBeGreaterThan(3);
    expect(t.incidents).toHaveLength(3);
    const big = t.incidents.find((i: Json) => i.sourceCount === 3);
    expect(new Set(big.reports.map((r: Json) => r.outlet)).size).toBe(3); // (an attack and its killing: two reports of one article)
    expect(big.toll.killed).toMatchObject({ min: 16, max: 18 });
    const since = await get('/api/timeline?since=2025-06-03');
    expect(since.incidents.map((i: Json) => i.date.from)).toEqual(['2025-06-04']);
  });

  it('/api/incidents pages, filters by entity, and shows one incident', async () => {
    const all = await get('/api/incidents?limit=2');
    expect(all).toMatchObject({ total: 3, limit: 2, offset: 0 });
    expect(all.items).toHaveLength(2);
    expect((await get('/api/incidents?background=only')).total).toBe(1);
    const s = await get('/api/suggest?q=Islamic%20State');
    const is = s.entities.find((e: Json) => e.name === 'Islamic State');
    const mine = await get(`/api/incidents?entity=${is.id}`);
    expect(mine.items.map((i: Json) => i.sourceCount)).toEqual([3]);
    const one = await get(`/api/incidents/${mine.items[0].id}`);
    expect([...new Set(one.reports.map((r: Json) => r.outlet as string))].sort()).toEqual([
      'Interior Ministry',
      'National Daily',
      'Wire Service',
    ]);
    expect((await problem(await a.request('/api/incidents/I00000000000000000000'))).status).toBe(404);
    expect((await problem(await a.request('/api/incidents/nope'))).status).toBe(400);
    const e = await get(`/api/entities/${is.id}`);
    expect(e.incidents?.map((i: Json) => i.id)).toEqual([mine.items[0].id]);
  });

  it('merge and split are decisions, undone like any other', async () => {
    const list = (await get('/api/incidents')).items as Json[];
    const big = list.find((i) => i.sourceCount === 3)!;
    const other = list.find((i) => i.sourceCount === 1 && i.place?.name === 'Kirkuk')!;
    const m = await post(a, `/api/incidents/${big.id}/merge`, { otherId: other.id, by: 'tester' });
    expect(m.status, await m.clone().text()).toBe(200);
    const mb = (await m.json()) as Json;
    expect(mb.incident.sourceCount).toBe(4);
    expect((await get('/api/incidents')).total).toBe(2);
    const u = await post(a, `/api/decisions/${mb.decision.id}/undo`, { by: 'tester' });
    expect(u.status, await u.clone().text()).toBe(200);
    expect((await get('/api/incidents')).total).toBe(3);
    const sp = await post(a, `/api/incidents/${big.id}/split`, { factId: big.reports[0].factId });
    expect(sp.status, await sp.clone().text()).toBe(200);
    expect((await get('/api/incidents')).total).toBe(4);
    const bad = await post(a, `/api/incidents/${big.id}/split`, { factId: 'Vnope' });
    expect((await problem(bad)).detail).toMatch(/Vnope/);
  });
});
