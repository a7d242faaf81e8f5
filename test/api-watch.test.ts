import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqliteStore } from '../src/store/sqlite.js';
import { app, post, problem, root, tempStore, WRITE_HEADERS } from './api-helpers.js';
import {
  type Article,
  articleHtml,
  demoArticles,
  rss,
  startServer,
  type TestServer,
} from './watch-helpers.js';

let server: TestServer;
let store: SqliteStore;
let articles: Article[];

beforeAll(async () => {
  articles = demoArticles(root);
  server = await startServer();
  for (const a of articles)
    server.routes.set(`/a/${a.slug}`, (_q, res) => {
      res.setHeader('Content-Type', 'text/html');
      res.end(articleHtml(a));
    });
  server.routes.set('/feed.xml', (_q, res) => {
    res.setHeader('Content-Type', 'application/rss+xml');
    res.end(
      rss(
        articles
          .slice(0, 2)
          .map((a) => ({ guid: a.slug, link: `${server.url}/a/${a.slug}`, title: a.title, date: a.date })),
      ),
    );
  });
  store = tempStore();
});
afterAll(async () => {
  await server.close();
  await store.close();
});

describe('monitoring over HTTP', () => {
  it('adds feeds and rules, polls, and serves the inbox; private feeds need --allow-private', async () => {
    const strict = app(store);
    const refused = await post(strict, '/api/feeds', { url: `${server.url}/feed.xml` });
    expect(refused.status).toBe(400);
    expect((await problem(refused)).detail).toMatch(/not a public address/);

    const a = app(store, { allowPrivate: true, streamEveryMs: 50 });
    const added = await post(a, '/api/feeds', { url: `${server.url}/feed.xml`, every: '15m' });
    expect(added.status).toBe(200);
    const rule = await post(a, '/api/alert-rules', { name: 'police', query: 'police' });
    expect(rule.status).toBe(200);
    const badRule = await post(a, '/api/alert-rules', { name: 'x', entity: 'A', query: 'b' });
    expect(badRule.status).toBe(400);

    // a stream opened before the poll sees the alerts arrive
    const stream = await a.request('/api/stream');
    expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = stream.body!.getReader();
    const polled = await post(a, '/api/feeds/poll', {});
    const report = (await polled.json()) as { items: { ingested: number }[] };
    expect(report.items[0].ingested).toBe(2);
    let text = '';
    const until = Date.now() + 5000;
    while (!/event: alert/.test(text) && Date.now() < until) {
      const { value } = await reader.read();
      text += new TextDecoder().decode(value);
    }
    await reader.cancel();
    expect(text).toMatch(/event: hello/);
    expect(text).toMatch(/event: alert/);

    const inbox = (await (await a.request('/api/alerts?unread=true')).json()) as {
      items: { id: number }[];
      unread: number;
    };
    expect(inbox.unread).toBe(inbox.items.length);
    expect(inbox.items.length).toBeGreaterThan(0);
    const read = await post(a, '/api/alerts/read', { id: inbox.items[0].id });
    expect(((await read.json()) as { unread: number }).unread).toBe(inbox.items.length - 1);
    const feeds = (await (await a.request('/api/feeds')).json()) as {
      items: { id: number; itemsSeen: number }[];
    };
    expect(feeds.items[0].itemsSeen).toBe(2);
    const del = await a.request(`/api/feeds/${feeds.items[0].id}`, {
      method: 'DELETE',
      headers: WRITE_HEADERS,
    });
    expect(del.status).toBe(200);
    const gone = await a.request('/api/alert-rules/nope', { method: 'DELETE', headers: WRITE_HEADERS });
    expect(gone.status).toBe(404);
    expect((await problem(gone)).detail).toMatch(/alert rule/);
  });
});
