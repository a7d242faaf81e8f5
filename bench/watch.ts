// bench:watch — the feed poller against a local HTTP server in the same process:
// N feeds of M items each, every item linking to an article page built from the demo
// corpus (each page made distinct by its own dateline, so each is a document).
//
// Prints: the first poll's wall time and items ingested per second; the second poll's
// wall time (all 304) and how many requests came without validators; peak RSS; and the
// delay from an item appearing in a feed to its alert being visible in the inbox (p50,
// p95) while a watch loop runs. The peer, in the same run: a poller without validators
// (what FreshRSS users complain clients do), re-fetching every feed in full.
//
//   npm run bench:watch -- [--feeds 500] [--items 20] [--interval 10] [--db FILE]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { respawnBounded, WATCH_NODE_ARGS } from '../src/cli/respawn.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { addRule, listAlerts } from '../src/watch/alerts.js';
import { addFeed } from '../src/watch/feeds.js';
import { Poller } from '../src/watch/poll.js';
import {
  type Article,
  articleHtml,
  conditional,
  demoArticles,
  type FeedEntry,
  rss,
  startServer,
} from '../test/watch-helpers.js';

// The bench is the watcher: it runs with the same bounded heap as `dossier watch`.
const child = await respawnBounded(WATCH_NODE_ARGS);
if (child !== null) process.exit(child);

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
}
const FEEDS = arg('feeds', 500);
const ITEMS = arg('items', 20);
const INTERVAL = arg('interval', 10);
const NEW_ITEMS = arg('new', 20);
const root = resolve(import.meta.dirname, '..');
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const mb = (kib: number) => `${(kib / 1024).toFixed(0)} MB`;

const articles = demoArticles(root);
const server = await startServer();
const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-watch-'));
const dbFile = join(dir, 'watch.db');
const store = SqliteStore.open(dbFile);
const loopback = (a: string) => a.startsWith('127.');

// feed f, item i → a distinct page (the article's text under its own dateline)
const page = (f: number, i: number): Article => {
  const a = articles[(f * ITEMS + i) % articles.length];
  return { ...a, slug: `${f}-${i}`, paragraphs: [`Desk ${f}, report ${i}.`, ...a.paragraphs] };
};
const feedItems = new Map<number, FeedEntry[]>();
const appeared = new Map<string, number>();
for (let f = 0; f < FEEDS; f++) {
  feedItems.set(
    f,
    Array.from({ length: ITEMS }, (_, i) => {
      const p = page(f, i);
      return { guid: `f${f}-i${i}`, link: `${server.url}/p/${f}/${i}`, title: p.title, date: p.date };
    }),
  );
  const body = () => rss(feedItems.get(f) ?? []);
  server.routes.set(
    `/feed/${f}.xml`,
    conditional(body, 'application/rss+xml', () => `"f${f}-${(feedItems.get(f) ?? []).length}"`),
  );
}
const pageRoute = (f: number, i: number) =>
  server.routes.set(`/p/${f}/${i}`, (_q, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(articleHtml(page(f, i)));
  });
for (let f = 0; f < FEEDS; f++) for (let i = 0; i < ITEMS; i++) pageRoute(f, i);

for (let f = 0; f < FEEDS; f++)
  addFeed(store.db, `${server.url}/feed/${f}.xml`, { everySeconds: INTERVAL, allowPrivate: false });
addRule(store.db, { name: 'bench', query: 'Desk' });

const rss0 = () => process.resourceUsage().maxRSS;
console.log(`bench:watch — ${FEEDS} feeds × ${ITEMS} items on a local server; poll interval ${INTERVAL} s`);
console.log(`node ${process.version}, ${(await import('node:os')).cpus().length} cores`);

const poller = new Poller(store, { isAllowed: loopback, concurrency: 8 });
let t = performance.now();
const first = await poller.pollDue();
let secs = (performance.now() - t) / 1000;
const ingested = first.reduce((n, r) => n + r.ingested, 0);
const mem = () => {
  const m = process.memoryUsage();
  return `rss ${(m.rss / 1048576).toFixed(0)} MB, heap ${(m.heapUsed / 1048576).toFixed(0)} of ${(m.heapTotal / 1048576).toFixed(0)} MB, external ${((m.external + m.arrayBuffers) / 1048576).toFixed(0)} MB`;
};
console.log(`  memory after the first poll: ${mem()}`);
console.log(
  `first poll:  ${secs.toFixed(1)} s, ${ingested} items ingested (${(ingested / secs).toFixed(1)} items/s), ${first.filter((r) => r.error).length} feed errors`,
);

await new Promise((r) => setTimeout(r, INTERVAL * 1000 + 50));
const before = server.requests.length;
t = performance.now();
const second = await poller.pollDue();
secs = (performance.now() - t) / 1000;
const reqs = server.requests.slice(before);
const noValidators = reqs.filter(
  (r) => r.path.startsWith('/feed/') && !r.headers['if-none-match'] && !r.headers['if-modified-since'],
).length;
console.log(
  `second poll: ${secs.toFixed(2)} s for ${second.length} feeds, ${second.filter((r) => r.notModified).length} answered 304, ${noValidators} requests without validators (bar: ≤ 5 s)`,
);

// the peer: every feed fetched in full, no validators
t = performance.now();
let bytes = 0;
await Promise.all(
  Array.from({ length: 8 }, async (_, lane) => {
    for (let f = lane; f < FEEDS; f += 8)
      bytes += (await (await fetch(`${server.url}/feed/${f}.xml`)).arrayBuffer()).byteLength;
  }),
);
console.log(
  `peer (no validators): ${((performance.now() - t) / 1000).toFixed(2)} s and ${(bytes / 1024 / 1024).toFixed(1)} MB per round, against 0 bytes of feed bodies with 304s`,
);

// alert delay: items appear at random moments while a watch loop polls what is due
const delays: number[] = [];
let stop = false;
const loop = poller.run(() => stop);
const seenAlerts = new Set(listAlerts(store.db, { limit: 100_000 }).map((a) => a.id));
const started = Date.now();
for (let k = 0; k < NEW_ITEMS; k++) {
  await new Promise((r) => setTimeout(r, Math.random() * 1500));
  const f = Math.floor(Math.random() * FEEDS);
  const items = feedItems.get(f) ?? [];
  const i = items.length;
  pageRoute(f, i);
  items.unshift({
    guid: `f${f}-i${i}`,
    link: `${server.url}/p/${f}/${i}`,
    title: page(f, i).title,
    date: new Date().toISOString(),
  });
  appeared.set(`f${f}-i${i}`, Date.now());
}
const deadline = Date.now() + (INTERVAL + 30) * 1000;
while (delays.length < NEW_ITEMS && Date.now() < deadline) {
  for (const a of listAlerts(store.db, { limit: 500 })) {
    if (seenAlerts.has(a.id)) continue;
    seenAlerts.add(a.id);
    const m = /Desk (\d+), report (\d+)/.exec(a.facts[0]?.evidence ?? '');
    const at = m ? appeared.get(`f${m[1]}-i${m[2]}`) : undefined;
    if (at !== undefined) delays.push((Date.now() - at) / 1000);
  }
  await new Promise((r) => setTimeout(r, 100));
}
stop = true;
await loop;
console.log(
  `alert delay: ${delays.length}/${NEW_ITEMS} items alerted over ${((Date.now() - started) / 1000).toFixed(0)} s; p50 ${pct(delays, 50)?.toFixed(1)} s, p95 ${pct(delays, 95)?.toFixed(1)} s (bar: ≤ interval + 5 = ${INTERVAL + 5} s)`,
);
console.log(`peak RSS: ${mb(rss0())} (bar: ≤ 400 MB)`);
await store.close();
await server.close();
rmSync(dir, { recursive: true, force: true });
