// Every answer of the API parses with the schema its route declares (store/views.ts): the
// types the server infers from them and the web client imports are what travels, on both
// backends. A field the schema gets wrong (a count sent as text by PostgreSQL, a null the
// schema does not allow) fails here. The OpenAPI document carries each schema.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createApp } from '../src/api/app.js';
import type { Store } from '../src/store/store.js';
import * as V from '../src/store/views.js';
import { post, seed } from './api-helpers.js';
import { storeBackends } from './pg-cluster.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-schemas-'));
const { backends, stop } = storeBackends((name) => join(dir, `${name}.db`));
afterAll(stop);

async function answer<T extends z.ZodType>(a: OpenAPIHono, path: string, schema: T): Promise<z.infer<T>> {
  const res = await a.request(path);
  expect(res.status, path).toBe(200);
  const body = await res.json();
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.message}`);
  return parsed.data;
}

for (const backend of backends) {
  describe.skipIf(backend.skip)(`API answers match their schemas (${backend.name})`, () => {
    let store: Store;
    let a: OpenAPIHono;

    it('every read route, on a store filled through the API', { timeout: 120_000 }, async () => {
      store = await backend.open('schemas');
      a = createApp({ store, version: 'test', cache: false });
      const docs = await seed(a);
      expect(docs.length).toBeGreaterThan(2);

      await answer(a, '/api/health', V.Health);
      const entities = await answer(a, '/api/entities?limit=5', V.EntityPage);
      expect(entities.items.length).toBe(5);
      const hub = entities.items[0];
      const profile = await answer(a, `/api/entities/${hub.id}`, V.ProfileResult);
      const tieType = Object.keys(profile.ties)[0];
      expect(tieType).toBeTruthy();
      const ties = await answer(a, `/api/entities/${hub.id}/ties?type=${tieType}`, V.TiePage);
      expect(ties.items.length).toBeGreaterThan(0);
      await answer(a, `/api/suggest?q=${encodeURIComponent(hub.name.slice(0, 4))}`, V.Suggestions);
      const word = hub.name.split(' ')[0];
      const hits = await answer(a, `/api/search?q=${encodeURIComponent(word)}`, V.SearchPage);
      expect(hits.total).toBeGreaterThan(0);
      const graph = await answer(a, `/api/graph?around=${hub.id}`, V.GraphPage);
      const other = graph.edges.map((e) => (e.source === hub.id ? e.target : e.source))[0];
      const paths = await answer(a, `/api/path?a=${hub.id}&b=${other}`, V.Paths);
      expect(paths.paths.length).toBeGreaterThan(0);
      await answer(a, '/api/timeline', V.Timeline);
      await answer(a, '/api/places', V.Places);
      const list = await answer(a, '/api/documents', V.DocumentPage);
      expect(list.total).toBe(docs.length);
      for (const id of docs) await answer(a, `/api/documents/${id}`, V.DocumentView);
      await answer(a, '/api/sources', V.SourcePage);
      const incidents = await answer(a, '/api/incidents', V.IncidentPage);
      for (const i of incidents.items) await answer(a, `/api/incidents/${i.id}`, V.IncidentView);
      await answer(a, '/api/screening/hits', V.ScreeningPage);
      await answer(a, '/api/feeds', V.Feeds);
      await answer(a, '/api/alerts', V.Alerts);
    });

    it('write routes answer with their schemas too', async () => {
      const profile = await answer(a, '/api/entities?limit=1', V.EntityPage);
      const id = profile.items[0].id;
      const decided = await post(a, '/api/decisions', { kind: 'rename', entityId: id, name: 'Renamed Hub' });
      expect(decided.status).toBe(200);
      const d = V.DecisionRecord.parse(await decided.json());
      await answer(a, '/api/decisions', V.DecisionPage);
      const undone = await post(a, `/api/decisions/${d.id}/undo`, {});
      expect(V.DecisionRecord.parse(await undone.json()).undone).toBe(true);
      const rule = await post(a, '/api/alert-rules', { name: 'hub', entity: id });
      expect(rule.status).toBe(200);
      V.AlertRuleAdded.parse(await rule.json());
      await answer(a, '/api/alert-rules', V.AlertRules);
      const graded = await a.request(
        `/api/sources/${encodeURIComponent((await answer(a, '/api/sources', V.SourcePage)).items[0]?.outlet ?? 'none')}/grade`,
        {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json', 'X-Dossier-CSRF': '1' },
          body: JSON.stringify({ grade: 'B2' }),
        },
      );
      if (graded.status === 200) V.SourceView.parse(await graded.json());
      else expect(graded.status).toBe(404);
      await store.close();
    });
  });
}

describe('the OpenAPI document', () => {
  it('describes each answer by its schema, not as any object', async () => {
    const a = createApp({ store: await backends[0].open('openapi'), version: 'test' });
    const doc = (await (await a.request('/api/openapi.json')).json()) as {
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content: Record<string, unknown> }> }>
      >;
    };
    const profile = doc.paths['/api/entities/{id}'].get.responses['200'].content['application/json'] as {
      schema: { properties: Record<string, unknown>; required: string[] };
    };
    expect(Object.keys(profile.schema.properties)).toEqual(
      expect.arrayContaining(['entity', 'ties', 'tiesMore', 'screening', 'incidents']),
    );
    expect(profile.schema.required).toContain('tiesMore');
    const loose = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => {
          const s = (
            op.responses['200']?.content?.['application/json'] as { schema?: { properties?: unknown } }
          )?.schema;
          return s !== undefined && !s.properties;
        })
        .map(([m]) => `${m} ${path}`),
    );
    expect(loose).toEqual([]);
  });
});
