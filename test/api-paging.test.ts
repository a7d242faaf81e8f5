// Bounded answers (issue #15, load): the graph and a profile's ties come a page at a time,
// best-attested first, with total and more; the read cache never serves an answer from
// before a write; a read thread answers as the main thread does.
import { spawnSync } from 'node:child_process';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReadPool } from '../src/api/read-pool.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { app, post, root, seed, tempStore } from './api-helpers.js';
import { distIsStale } from './build.js';

let store: SqliteStore;
let a: OpenAPIHono;

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in tests
type Json = Record<string, any>;
async function get(path: string, on: OpenAPIHono = a): Promise<Json> {
  const res = await on.request(path);
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Json;
}

beforeAll(async () => {
  store = tempStore();
  a = app(store);
  await seed(a);
});

/** The entity with the most ties of one type, and that type. */
async function busiest(): Promise<{ id: string; type: string; n: number }> {
  const g = await get('/api/graph?limit=2000');
  const count = new Map<string, number>();
  for (const e of g.edges)
    for (const end of [e.source, e.target]) {
      const k = `${end} ${e.type}`;
      count.set(k, (count.get(k) ?? 0) + 1);
    }
  const [k, n] = [...count].sort((x, y) => y[1] - x[1])[0];
  const [id, type] = k.split(' ');
  return { id, type, n };
}

describe('graph pages', () => {
  it('pages of one edge add up to the whole graph, in corroboration order, with total and more', async () => {
    const all = await get('/api/graph?limit=2000');
    expect(all.edges.length).toBeGreaterThan(3);
    expect(all).toMatchObject({
      total: all.edges.length,
      offset: 0,
      limit: 2000,
      more: false,
      truncated: false,
    });
    const corr = all.edges.map((e: Json) => e.corroboration);
    expect(corr).toEqual([...corr].sort((x, y) => y - x));
    const paged: string[] = [];
    for (let offset = 0; offset < all.total; offset++) {
      const page = await get(`/api/graph?limit=1&offset=${offset}`);
      expect(page.edges).toHaveLength(1);
      expect(page.total).toBe(all.total);
      expect(page.more).toBe(offset < all.total - 1);
      // every edge's ends are among the page's nodes
      const nodes = new Set(page.nodes.map((n: Json) => n.id));
      expect(nodes.has(page.edges[0].source) && nodes.has(page.edges[0].target)).toBe(true);
      paged.push(page.edges[0].id);
    }
    expect(paged).toEqual(all.edges.map((e: Json) => e.id));
    expect((await get(`/api/graph?limit=1&offset=${all.total}`)).edges).toEqual([]);
  });

  it('the default page is bounded, lists at most 3 documents per edge, and docs= asks for more or none', async () => {
    const g = await get('/api/graph');
    expect(g.limit).toBe(300);
    expect(g.edges.length).toBeLessThanOrEqual(300);
    for (const e of g.edges) {
      expect(e.documents.length).toBeLessThanOrEqual(Math.min(3, e.corroboration));
      expect(e.documents.length).toBeGreaterThan(0);
    }
    for (const e of (await get('/api/graph?docs=0')).edges) expect(e.documents).toEqual([]);
    const wide = await get('/api/graph?docs=20&limit=2000');
    for (const e of wide.edges) expect(e.documents).toHaveLength(Math.min(20, e.corroboration));
    expect((await a.request('/api/graph?limit=0')).status).toBe(400);
    expect((await a.request('/api/graph?limit=2001')).status).toBe(400);
  });

  it('around an entity: its ties, paged the same way', async () => {
    const { id, n } = await busiest();
    const all = await get(`/api/graph?around=${id}&limit=2000`);
    expect(all.total).toBeGreaterThanOrEqual(n);
    const first = await get(`/api/graph?around=${id}&limit=1`);
    expect(first.more).toBe(all.total > 1);
    expect(first.nodes.map((x: Json) => x.id)).toContain(id);
    expect(first.edges[0].id).toBe(all.edges[0].id);
  });
});

describe('profile ties, paged', () => {
  it('ties=1 lists one per type; tieTotals and tiesMore say what is left; /ties pages through it all', async () => {
    const { id, type, n } = await busiest();
    expect(n).toBeGreaterThan(1);
    const full = await get(`/api/entities/${id}?ties=500`);
    const one = await get(`/api/entities/${id}?ties=1`);
    for (const [t, list] of Object.entries(one.ties as Record<string, Json[]>)) {
      expect(list).toHaveLength(1);
      expect(one.tieTotals[t]).toBe(full.ties[t].length);
      expect(one.tiesMore[t]).toBe(full.ties[t].length > 1);
    }
    const seen: string[] = [];
    for (let offset = 0; ; offset++) {
      const page = await get(`/api/entities/${id}/ties?type=${type}&limit=1&offset=${offset}`);
      expect(page.total).toBe(full.tieTotals[type]);
      if (!page.items.length) break;
      expect(page.items[0]).toMatchObject({ type, status: expect.any(String) });
      expect(page.items[0].evidence.length).toBeGreaterThan(0);
      seen.push(page.items[0].factId);
      expect(page.more).toBe(offset + 1 < page.total);
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(full.ties[type].map((t: Json) => t.factId).sort());
  });

  it('the API lists 10 ties per type by default; bad paging is a 400, an unknown entity a 404', async () => {
    const { id } = await busiest();
    const p = await get(`/api/entities/${id}`);
    expect(p.tiesShown).toBe(10);
    for (const list of Object.values(p.ties as Record<string, Json[]>))
      expect(list.length).toBeLessThanOrEqual(10);
    expect((await a.request(`/api/entities/${id}/ties`)).status).toBe(400);
    expect((await a.request(`/api/entities/${id}/ties?type=member_of&limit=0`)).status).toBe(400);
    expect((await a.request(`/api/entities/${id}?ties=0`)).status).toBe(400);
    expect((await a.request('/api/entities/Enope/ties?type=member_of')).status).toBe(404);
  });
});

describe('the read cache', () => {
  it('answers a repeated read from memory, and never with what a write has changed', async () => {
    const own = app(store, { cache: true });
    const { id } = await busiest();
    const first = await own.request(`/api/entities/${id}`);
    expect(first.headers.get('x-dossier-cache')).toBeNull();
    const again = await own.request(`/api/entities/${id}`);
    expect(again.headers.get('x-dossier-cache')).toBe('hit');
    expect(await again.json()).toEqual(await first.json());
    const res = await post(own, '/api/decisions', {
      kind: 'rename',
      entityId: id,
      name: 'Renamed For The Cache Test',
    });
    expect(res.status).toBe(200);
    const after = await own.request(`/api/entities/${id}`);
    expect(after.headers.get('x-dossier-cache')).toBeNull();
    expect(((await after.json()) as Json).name).toBe('Renamed For The Cache Test');
    // a write on the server's own connection, and one by another connection (another dossier process)
    store.db.prepare("UPDATE entities SET name = 'Second Rename' WHERE id = ?").run(id);
    expect((await get(`/api/entities/${id}`, own)).name).toBe('Second Rename');
    expect((await own.request(`/api/entities/${id}`)).headers.get('x-dossier-cache')).toBe('hit');
    const other = SqliteStore.open(store.path);
    other.db.prepare("UPDATE entities SET name = 'Third Rename' WHERE id = ?").run(id);
    await other.close();
    expect((await get(`/api/entities/${id}`, own)).name).toBe('Third Rename');
  });
});

describe('read threads', () => {
  it('a read thread, with its own read-only connection, answers as the main thread does', async () => {
    if (distIsStale(root)) spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
    const pool = new ReadPool({ db: store.path, version: 'test' }, 1);
    try {
      expect(pool.size).toBe(1);
      const { id } = await busiest();
      const paths = [
        `/api/entities/${id}`,
        `/api/graph?around=${id}`,
        '/api/search?q=police',
        '/api/timeline',
      ];
      // until the thread has loaded, it takes nothing (the main thread answers)
      let answer = await pool.fetch(`http://127.0.0.1${paths[0]}`, []);
      for (let i = 0; !answer && i < 200; i++) {
        await new Promise((r) => setTimeout(r, 50));
        answer = await pool.fetch(`http://127.0.0.1${paths[0]}`, []);
      }
      expect(answer).toBeDefined();
      for (const p of paths) {
        const t = await pool.fetch(`http://127.0.0.1${p}`, [['host', '127.0.0.1']]);
        expect(t?.status, p).toBe(200);
        expect(JSON.parse(t!.body), p).toEqual(await get(p, app(store, { cache: false })));
      }
      // its Host guard is the main thread's
      expect((await pool.fetch('http://127.0.0.1/api/timeline', [['host', 'evil.example']]))?.status).toBe(
        421,
      );
    } finally {
      await pool.close();
    }
  }, 60_000);
});
