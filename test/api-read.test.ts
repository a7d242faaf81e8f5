// The read endpoints of the HTTP API, in process, on a store seeded through the API's own ingest.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqliteStore } from '../src/store/sqlite.js';
import { app, problem, seed, tempStore } from './api-helpers.js';

let store: SqliteStore;
let a: OpenAPIHono;
let docs: string[];

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in tests
type Json = Record<string, any>;
async function get(path: string, status = 200): Promise<Json> {
  const res = await a.request(path);
  if (res.status !== status) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Json;
}

async function entityId(name: string): Promise<string> {
  const s = await get(`/api/suggest?q=${encodeURIComponent(name)}`);
  const e = s.entities.find((x: Json) => x.name === name);
  if (!e) throw new Error(`no entity ${name}: ${JSON.stringify(s.entities)}`);
  return e.id;
}

beforeAll(async () => {
  store = tempStore();
  a = app(store);
  docs = await seed(a);
});

describe('health and openapi', () => {
  it('health counts documents and entities', async () => {
    const h = await get('/api/health');
    expect(h).toMatchObject({ ok: true, version: 'test', documents: docs.length });
    expect(h.entities).toBeGreaterThan(5);
  });

  it('openapi.json is OpenAPI 3.1 with every path and the query parameters of the schemas', async () => {
    const doc = await get('/api/openapi.json');
    expect(doc.openapi).toBe('3.1.0');
    for (const p of [
      '/api/health',
      '/api/suggest',
      '/api/search',
      '/api/entities',
      '/api/entities/{id}',
      '/api/graph',
      '/api/path',
      '/api/timeline',
      '/api/places',
      '/api/documents',
      '/api/documents/{id}',
      '/api/sources',
      '/api/sources/{outlet}/grade',
      '/api/decisions',
      '/api/decisions/{id}/undo',
      '/api/ingest',
      '/api/screening/hits',
      '/api/screening/hits/{id}/confirm',
      '/api/screening/hits/{id}/dismiss',
    ])
      expect(doc.paths[p], p).toBeDefined();
    const params = doc.paths['/api/search'].get.parameters.map((x: Json) => x.name);
    expect(params).toEqual(expect.arrayContaining(['q', 'type', 'since', 'until', 'limit', 'offset']));
    expect(doc.paths['/api/ingest'].post.requestBody.content).toHaveProperty('multipart/form-data');
  });

  it('unknown API paths are 404 problem+json', async () => {
    const p = await problem(await a.request('/api/nothing-here'));
    expect(p.status).toBe(404);
    expect(p.detail).toContain('/api/nothing-here');
  });
});

describe('suggest and search', () => {
  it('suggest finds entities by a part of a name, documents by title', async () => {
    const s = await get('/api/suggest?q=Noorzai');
    expect(s.entities.map((e: Json) => e.name)).toContain('Zarif Noorzai');
    const t = await get('/api/suggest?q=peshawar');
    expect(t.documents.some((d: Json) => /Peshawar/.test(d.title))).toBe(true);
    for (const k of ['entities', 'documents', 'quotes']) expect(s[k].length).toBeLessThanOrEqual(8);
  });

  it('suggest finds an entity by a spelling variant of its name', async () => {
    const s = await get('/api/suggest?q=Zareef%20Noorzay');
    expect(s.entities.map((e: Json) => e.name)).toContain('Zarif Noorzai');
  });

  it('suggest without q is a 400 naming q', async () => {
    const p = await problem(await a.request('/api/suggest'));
    expect(p.status).toBe(400);
    expect(p.detail).toMatch(/\bq\b/);
  });

  it('search pages with total, limit and offset', async () => {
    const all = await get('/api/search?q=Taliban');
    expect(all.total).toBeGreaterThan(1);
    const first = await get('/api/search?q=Taliban&limit=1');
    const second = await get('/api/search?q=Taliban&limit=1&offset=1');
    expect(first.items).toHaveLength(1);
    expect(second.items).toHaveLength(1);
    expect(first.total).toBe(all.total);
    expect(second.items[0].id).not.toBe(first.items[0].id);
    expect(first).toMatchObject({ limit: 1, offset: 0 });
  });

  it('search marks hits with <mark> and filters by type and date', async () => {
    const r = await get('/api/search?q=Peshawar&type=article');
    expect(r.items.length).toBeGreaterThan(0);
    for (const h of r.items) {
      expect(h.kind).toBe('article');
      expect(h.snippet).toMatch(/<mark>Peshawar<\/mark>/i);
    }
    const none = await get('/api/search?q=Peshawar&until=2000');
    expect(none.total).toBe(0);
    const q = await get('/api/search?q=demands&type=quote');
    expect(q.items.every((h: Json) => h.kind === 'quote')).toBe(true);
  });

  it('bad search parameters are 400 problem+json naming the parameter', async () => {
    for (const [qs, name] of [
      ['q=x&limit=501', 'limit'],
      ['q=x&limit=0', 'limit'],
      ['q=x&offset=-1', 'offset'],
      ['q=x&type=video', 'type'],
      ['q=x&since=yesterday', 'since'],
      ['limit=5', 'q'],
    ]) {
      const p = await problem(await a.request(`/api/search?${qs}`));
      expect(p.status, qs).toBe(400);
      expect(p.detail, qs).toContain(name);
    }
  });
});

describe('entities', () => {
  it('lists entities by mentions, by name, filtered by type, paged', async () => {
    const byMentions = await get('/api/entities?limit=500');
    const m = byMentions.items.map((e: Json) => e.mentions);
    expect(m).toEqual([...m].sort((x, y) => y - x));
    expect(byMentions.total).toBe(byMentions.items.length);
    const people = await get('/api/entities?type=person');
    expect(people.items.length).toBeGreaterThan(0);
    expect(people.items.every((e: Json) => e.type === 'person')).toBe(true);
    const byName = await get('/api/entities?sort=name&limit=500');
    const names = byName.items.map((e: Json) => e.name.toLowerCase());
    expect(names).toEqual([...names].sort());
    const page = await get('/api/entities?limit=2&offset=2');
    expect(page.items.map((e: Json) => e.id)).toEqual(byMentions.items.slice(2, 4).map((e: Json) => e.id));
    const p = await problem(await a.request('/api/entities?sort=size'));
    expect(p.detail).toContain('sort');
  });

  it('an entity profile has names, ties with evidence and corroboration, mentions over time', async () => {
    const id = await entityId('Tehrik-i-Taliban Pakistan');
    const p = await get(`/api/entities/${id}`);
    expect(p).toMatchObject({ id, name: 'Tehrik-i-Taliban Pakistan', type: 'organization' });
    expect(p.names.length).toBeGreaterThan(0);
    const ties = Object.values(p.ties).flat() as Json[];
    expect(ties.length).toBeGreaterThan(0);
    for (const t of ties) {
      expect(t.corroboration).toBeGreaterThanOrEqual(1);
      expect(typeof t.negated).toBe('boolean');
      expect(typeof t.conflict).toBe('boolean');
      expect(t.evidence[0]).toHaveProperty('sentence');
      expect(t.evidence[0]).toHaveProperty('documentId');
    }
    expect(p.mentionsOverTime.length).toBeGreaterThan(0);
    for (const x of p.mentionsOverTime) expect(x.period).toMatch(/^\d{4}-\d{2}$/);
    expect(Array.isArray(p.screening)).toBe(true);
  });

  it('an unknown entity is 404', async () => {
    const p = await problem(await a.request('/api/entities/Enope'));
    expect(p.status).toBe(404);
    expect(p.detail).toContain('Enope');
  });
});

describe('graph, path, timeline, places', () => {
  it('graph has nodes with communities and edges whose ends are nodes', async () => {
    const g = await get('/api/graph');
    expect(g.nodes.length).toBeGreaterThan(2);
    const ids = new Set(g.nodes.map((n: Json) => n.id));
    for (const e of g.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.corroboration).toBeGreaterThanOrEqual(1);
    }
    for (const n of g.nodes) expect(Number.isInteger(n.community)).toBe(true);
    // Entities tied by a plain (non-rival) tie share a community.
    const tie = g.edges.find((e: Json) => !e.negated && ['member_of', 'leader_of'].includes(e.type));
    expect(tie).toBeDefined();
    const c = (id: string) => g.nodes.find((n: Json) => n.id === id).community;
    expect(c(tie.source)).toBe(c(tie.target));
  });

  it('graph filters by entity type, tie type, corroboration, date and grade', async () => {
    const orgs = await get('/api/graph?types=organization');
    expect(orgs.nodes.every((n: Json) => n.type === 'organization')).toBe(true);
    const all = await get('/api/graph');
    const type = all.edges[0].type;
    const one = await get(`/api/graph?relTypes=${type}`);
    expect(one.edges.length).toBeGreaterThan(0);
    expect(one.edges.every((e: Json) => e.type === type)).toBe(true);
    const strong = await get('/api/graph?minCorroboration=2');
    expect(strong.edges.every((e: Json) => e.corroboration >= 2)).toBe(true);
    expect((await get('/api/graph?until=1999')).edges).toHaveLength(0);
    expect((await get('/api/graph?grade=A')).edges).toHaveLength(0); // nothing graded yet
    const around = await get(`/api/graph?around=${all.edges[0].source}&depth=1`);
    expect(around.nodes.some((n: Json) => n.id === all.edges[0].source)).toBe(true);
    expect((await problem(await a.request('/api/graph?types=robot'))).detail).toContain('types');
    expect((await problem(await a.request('/api/graph?depth=9'))).detail).toContain('depth');
    expect((await problem(await a.request('/api/graph?around=Enope'))).status).toBe(404);
  });

  it('path between two tied entities gives hops with evidence', async () => {
    const g = await get('/api/graph');
    const e = g.edges.find((x: Json) => !x.negated);
    const r = await get(`/api/path?a=${e.source}&b=${e.target}`);
    expect(r.paths.length).toBeGreaterThan(0);
    const hop = r.paths[0][0];
    expect([hop.from, hop.to].sort()).toEqual([e.source, e.target].sort());
    expect(hop.evidence.sentence.length).toBeGreaterThan(10);
    expect((await problem(await a.request(`/api/path?a=${e.source}`))).detail).toContain('b');
    expect((await problem(await a.request(`/api/path?a=${e.source}&b=Enope`))).status).toBe(404);
  });

  it('timeline lists events with participants and evidence, filtered by type and entity', async () => {
    const t = await get('/api/timeline?limit=500');
    expect(t.items.length).toBeGreaterThan(0);
    const ev = t.items[0];
    expect(ev).toHaveProperty('date.text');
    expect(ev.evidence.documentId).toMatch(/^[0-9a-f]{64}$/);
    const type = ev.type;
    const only = await get(`/api/timeline?types=${type}`);
    expect(only.items.every((x: Json) => x.type === type)).toBe(true);
    const who = t.items.find((x: Json) => x.participants.length)?.participants[0];
    const mine = await get(`/api/timeline?entity=${who.id}`);
    expect(mine.items.every((x: Json) => x.participants.some((p: Json) => p.id === who.id))).toBe(true);
    expect((await problem(await a.request('/api/timeline?entity=Enope'))).status).toBe(404);
    expect((await problem(await a.request('/api/timeline?until=soon'))).detail).toContain('until');
  });

  it('places have coordinates', async () => {
    const p = await get('/api/places');
    expect(p.items.length).toBeGreaterThan(0);
    for (const x of p.items) {
      expect(Math.abs(x.lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(x.lon)).toBeLessThanOrEqual(180);
    }
    expect(p.items.map((x: Json) => x.name)).toContain('Peshawar');
  });
});

describe('documents and sources', () => {
  it('lists documents latest first with entity counts, paged', async () => {
    const d = await get('/api/documents?limit=3');
    expect(d.total).toBe(docs.length);
    expect(d.items).toHaveLength(3);
    expect(d.items[0].id).toBe(docs[docs.length - 1]);
    expect(d.items[0].entities).toBeGreaterThan(0);
  });

  it('a document has text, mentions, quotes and facts pointing into the text', async () => {
    const d = await get(`/api/documents/${docs[0]}`);
    expect(d.title).toMatch(/Peshawar/);
    expect(d.url).toMatch(/^https:/);
    for (const m of d.mentions) expect(d.text.slice(m.start, m.end).length).toBe(m.end - m.start);
    const noorzai = d.mentions.find((m: Json) => d.text.slice(m.start, m.end) === 'Zarif Noorzai');
    expect(noorzai?.type).toBe('person');
    expect(d.quotes.length).toBeGreaterThan(0);
    expect(d.text.slice(d.quotes[0].start, d.quotes[0].end)).toContain(d.quotes[0].text.slice(0, 10));
    expect(d.facts.length).toBeGreaterThan(0);
    for (const f of d.facts) {
      expect(['relation', 'event']).toContain(f.kind);
      expect(f.status).toBe('machine');
    }
    expect((await problem(await a.request('/api/documents/0000'))).status).toBe(404);
  });

  it('sources list outlets with documents', async () => {
    const s = await get('/api/sources');
    expect(s.items.find((x: Json) => x.outlet === 'frontier-herald.example')?.documents).toBe(3);
    expect(s.total).toBe(s.items.length);
  });

  it('screening hits list is empty without watch lists', async () => {
    const h = await get('/api/screening/hits');
    expect(h).toMatchObject({ items: [], total: 0 });
  });

  it('without a built UI, / says how to build it', async () => {
    const res = await a.request('/');
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toContain('npm run build:web');
  });
});
