import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../src/screen/db.js';
import { ensureDefaultLists } from '../src/screen/lists.js';
import { PgStore } from '../src/store/pg/store.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { addRule, digestMarkdown, listAlerts, removeRule, signBody } from '../src/watch/alerts.js';
import {
  addFeed,
  checkFeedUrl,
  type Feed,
  listFeeds,
  parseEvery,
  recordFailure,
  retryAfterSeconds,
} from '../src/watch/feeds.js';
import { itemKey, parseFeedBody } from '../src/watch/parse.js';
import { Poller } from '../src/watch/poll.js';
import { distIsStale } from './build.js';
import { storeBackends } from './pg-cluster.js';
import {
  type Article,
  articleHtml,
  atom,
  conditional,
  demoArticles,
  type FeedEntry,
  jsonFeed,
  newsSitemap,
  rdf,
  rss,
  startServer,
  type TestServer,
} from './watch-helpers.js';

const root = resolve(__dirname, '..');
const loopback = (a: string) => a.startsWith('127.');
let articles: Article[];
let dir: string;
let server: TestServer;

beforeAll(async () => {
  articles = demoArticles(root);
  dir = mkdtempSync(join(tmpdir(), 'dossier-watch-'));
  server = await startServer();
  for (const a of articles)
    server.routes.set(`/a/${a.slug}`, (_q, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(articleHtml(a));
    });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

// The feed, polling and alert tests run on both backends: SQLite, and PostgreSQL on a
// throwaway cluster (test/pg-cluster.ts); without PostgreSQL that half says it skipped.
type AnyStore = SqliteStore | PgStore;
const { backends: BACKENDS, stop: stopCluster } = storeBackends((name) => join(dir, `${name}.db`));
let current = BACKENDS[0];
afterAll(async () => {
  await stopCluster();
});

function getFeed(db: AnyStore['db'], id: number): Feed {
  const feed = listFeeds(db).find((f) => f.id === id);
  if (!feed) throw new Error(`no feed ${id}`);
  return feed;
}

let n = 0;
const stores: AnyStore[] = [];
async function freshStore(): Promise<AnyStore> {
  const s = await current.open(`w${n++}`);
  stores.push(s);
  return s;
}
/** what --db takes for the store: its file, or its URL */
const specOf = (s: AnyStore) => (s instanceof PgStore ? s.url : s.path);
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

const entry = (a: Article, extra: Partial<FeedEntry> = {}): FeedEntry => ({
  guid: `guid-${a.slug}`,
  link: `${server.url}/a/${a.slug}`,
  title: a.title,
  date: a.date,
  ...extra,
});
const docCount = (s: AnyStore) => s.db.prepare('SELECT count(*) FROM documents').pluck().get() as number;

describe.each(BACKENDS)('$name', (backend) => {
  if (backend.skip) {
    it.skip(`skipped: ${backend.skip}`, () => {});
    return;
  }
  beforeAll(() => {
    current = backend;
  });

  describe('feed formats', () => {
    const formats: [string, (e: FeedEntry[]) => string, string][] = [
      ['rss', rss, 'application/rss+xml'],
      ['atom', atom, 'application/atom+xml'],
      ['rdf', rdf, 'application/rdf+xml'],
      ['json', jsonFeed, 'application/feed+json'],
      ['sitemap', newsSitemap, 'application/xml'],
    ];
    for (const [name, make, type] of formats)
      it(`ingests each item of a ${name} feed once, from its page`, async () => {
        const s = await freshStore();
        const picked = articles.slice(0, 2);
        server.routes.set(`/feed.${name}`, (_q, res) => {
          res.setHeader('Content-Type', type);
          res.end(make(picked.map((a) => entry(a))));
        });
        const f = addFeed(s.db, `${server.url}/feed.${name}`, { everySeconds: 900, allowPrivate: false });
        const [r] = await new Poller(s, { isAllowed: loopback }).pollDue();
        expect(r.error).toBeNull();
        expect(r.items).toBe(2);
        expect(r.ingested).toBe(2);
        expect(docCount(s)).toBe(2);
        const titles = s.db.prepare('SELECT title FROM documents ORDER BY title').pluck().all();
        expect(titles).toEqual(picked.map((a) => a.title).sort());
        expect(getFeed(s.db, f.id).itemsSeen).toBe(2);
      });
  });

  describe('polling', () => {
    it('sends validators on the second poll and takes a 304 as nothing new', async () => {
      const s = await freshStore();
      let tag = '"v1"';
      server.routes.set(
        '/cond.xml',
        conditional(
          () => rss(articles.slice(0, 1).map((a) => entry(a))),
          'application/rss+xml',
          () => tag,
        ),
      );
      const at = new Date('2026-01-01T00:00:00Z');
      let clock = at;
      addFeed(s.db, `${server.url}/cond.xml`, { everySeconds: 900, allowPrivate: false, at });
      const p = new Poller(s, { isAllowed: loopback, now: () => clock });
      const first = await p.pollDue();
      expect(first[0].ingested).toBe(1);
      clock = new Date(at.getTime() + 901_000);
      const before = server.requests.length;
      const second = await p.pollDue();
      expect(second[0].notModified).toBe(true);
      const sent = server.requests.slice(before).filter((r) => r.path === '/cond.xml');
      expect(sent).toHaveLength(1);
      expect(sent[0].headers['if-none-match']).toBe('"v1"');
      expect(sent[0].headers['if-modified-since']).toBeTruthy();
      // a new version of the feed is fetched in full again
      tag = '"v2"';
      clock = new Date(clock.getTime() + 901_000);
      const third = await p.pollDue();
      expect(third[0].status).toBe(200);
    });

    it('honours 429 with Retry-After and backs off', async () => {
      const s = await freshStore();
      server.routes.set('/busy.xml', (_q, res) => {
        res.statusCode = 429;
        res.setHeader('Retry-After', '3600');
        res.end();
      });
      const at = new Date('2026-01-01T00:00:00Z');
      const f = addFeed(s.db, `${server.url}/busy.xml`, { everySeconds: 60, allowPrivate: false, at });
      const [r] = await new Poller(s, { isAllowed: loopback, now: () => at, rand: () => 0.5 }).pollDue();
      expect(r.status).toBe(429);
      const after = getFeed(s.db, f.id);
      expect(after.errors).toBe(1);
      expect(after.lastError).toMatch(/429.*3600 s/);
      expect(Date.parse(after.nextPoll) - at.getTime()).toBe(3600_000);
    });

    it('a feed that fails five times is polled again with growing waits, and recovers', async () => {
      const s = await freshStore();
      let failures = 5;
      server.routes.set('/flaky.xml', (_q, res) => {
        if (failures > 0) {
          failures--;
          res.statusCode = 500;
          res.end('boom');
          return;
        }
        res.setHeader('Content-Type', 'application/rss+xml');
        res.end(rss(articles.slice(1, 2).map((a) => entry(a))));
      });
      let clock = new Date('2026-01-01T00:00:00Z');
      const f = addFeed(s.db, `${server.url}/flaky.xml`, {
        everySeconds: 60,
        allowPrivate: false,
        at: clock,
      });
      const p = new Poller(s, { isAllowed: loopback, now: () => clock, rand: () => 0.5 });
      const waits: number[] = [];
      for (let i = 0; i < 5; i++) {
        const [r] = await p.pollDue();
        expect(r.error).toMatch(/HTTP 500/);
        const g = getFeed(s.db, f.id);
        expect(g.errors).toBe(i + 1);
        waits.push((Date.parse(g.nextPoll) - clock.getTime()) / 1000);
        // not due before its wait is over
        clock = new Date(Date.parse(g.nextPoll) - 1000);
        expect(await p.pollDue()).toHaveLength(0);
        clock = new Date(Date.parse(g.nextPoll));
      }
      expect(waits).toEqual([60, 120, 240, 480, 960]);
      const [ok] = await p.pollDue();
      expect(ok.ingested).toBe(1);
      expect(getFeed(s.db, f.id).errors).toBe(0);
    });

    it('backoff is capped at 24 h and jittered', async () => {
      const s = await freshStore();
      const f = addFeed(s.db, 'http://127.0.0.1:9/backoff.xml', { everySeconds: 900, allowPrivate: true });
      // the wait after the n-th consecutive error, jitter drawn as r
      const backoff = (n: number, r: number) =>
        recordFailure(s.db, { ...f, errors: n - 1 }, new Date(), null, 'down', null, () => r);
      expect(backoff(30, 1)).toBe(24 * 3600);
      expect(backoff(1, 0)).toBe(720);
      expect(backoff(1, 1)).toBe(1080);
      expect(retryAfterSeconds('120', new Date())).toBe(120);
      const at = new Date('2026-01-01T00:00:00Z');
      expect(retryAfterSeconds('Thu, 01 Jan 2026 00:10:00 GMT', at)).toBe(600);
      expect(retryAfterSeconds('soon', at)).toBeNull();
    });

    it('an item whose page redirects to a private address is refused when the feed was added without --allow-private', async () => {
      const s = await freshStore();
      const feedSrv = await startServer('127.0.0.2');
      try {
        feedSrv.routes.set('/feed.xml', (_q, res) => {
          res.setHeader('Content-Type', 'application/rss+xml');
          res.end(rss([{ guid: 'r1', link: `${feedSrv.url}/go`, title: 'Redirected', date: '2024-01-01' }]));
        });
        feedSrv.routes.set('/go', (_q, res) => {
          res.statusCode = 302;
          res.setHeader('Location', `${server.url}/a/${articles[0].slug}`);
          res.end();
        });
        const before = server.requests.length;
        addFeed(s.db, `${feedSrv.url}/feed.xml`, { everySeconds: 900, allowPrivate: false });
        const [r] = await new Poller(s, { isAllowed: (a) => a === '127.0.0.2' }).pollDue();
        expect(r.failed).toBe(1);
        expect(docCount(s)).toBe(0);
        expect(server.requests.length).toBe(before); // 127.0.0.1 never reached
      } finally {
        await feedSrv.close();
      }
    });

    it('feed add refuses loopback and private hosts without --allow-private', async () => {
      await expect(checkFeedUrl('http://127.0.0.1:9/feed', false)).rejects.toThrow(
        /not a public address.*--allow-private/,
      );
      await expect(checkFeedUrl('http://10.1.2.3/feed', false)).rejects.toThrow(/not a public address/);
      await expect(checkFeedUrl('http://[::ffff:127.0.0.1]/feed', false)).rejects.toThrow(
        /not a public address/,
      );
      await expect(checkFeedUrl('ftp://example.org/feed', false)).rejects.toThrow(/scheme/);
      expect(await checkFeedUrl('http://127.0.0.1:9/feed', true)).toBe('http://127.0.0.1:9/feed');
      expect(() => parseEvery('5s')).toThrow(/more often/);
      expect(parseEvery('15m')).toBe(900);
      expect(parseEvery('2h')).toBe(7200);
    });

    it('refuses a billion-laughs feed in well under 2 s', async () => {
      const s = await freshStore();
      const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><rss version="2.0"><channel><title>&lol9;</title></channel></rss>`;
      server.routes.set('/lol.xml', (_q, res) => {
        res.setHeader('Content-Type', 'application/rss+xml');
        res.end(lol);
      });
      const f = addFeed(s.db, `${server.url}/lol.xml`, { everySeconds: 900, allowPrivate: false });
      const t = Date.now();
      const [r] = await new Poller(s, { isAllowed: loopback }).pollDue();
      expect(Date.now() - t).toBeLessThan(2000);
      expect(r.error).toMatch(/DTD or entities/);
      expect(getFeed(s.db, f.id).lastError).toMatch(/DTD/);
    });

    it('a feed that drips a byte a second is cut off at its time budget', async () => {
      const s = await freshStore();
      let timer: ReturnType<typeof setInterval> | undefined;
      server.routes.set('/drip.xml', (_q, res) => {
        res.setHeader('Content-Type', 'application/rss+xml');
        res.write('<');
        timer = setInterval(() => res.write(' '), 1000);
        res.on('close', () => clearInterval(timer));
      });
      const f = addFeed(s.db, `${server.url}/drip.xml`, { everySeconds: 900, allowPrivate: false });
      const t = Date.now();
      const [r] = await new Poller(s, { isAllowed: loopback, feedTimeoutMs: 1500 }).pollDue();
      clearInterval(timer);
      expect(Date.now() - t).toBeLessThan(4000);
      expect(r.error).toMatch(/timed out/);
      expect(getFeed(s.db, f.id).errors).toBe(1);
    });

    it('a feed over the size cap is refused without reading it all', async () => {
      const s = await freshStore();
      server.routes.set('/huge.xml', (_q, res) => {
        res.setHeader('Content-Type', 'application/rss+xml');
        const chunk = Buffer.alloc(1024 * 1024, 0x20);
        let sent = 0;
        const more = () => {
          while (sent < 64 && res.write(chunk)) sent++;
          if (sent < 64) res.once('drain', more);
          else res.end();
        };
        more();
      });
      addFeed(s.db, `${server.url}/huge.xml`, { everySeconds: 900, allowPrivate: false });
      const [r] = await new Poller(s, { isAllowed: loopback }).pollDue();
      expect(r.error).toMatch(/over the .* limit/);
    });

    it('duplicate GUIDs give one document, and a repeat poll adds nothing', async () => {
      const s = await freshStore();
      const a = articles[2];
      server.routes.set('/dup.xml', (_q, res) => {
        res.setHeader('Content-Type', 'application/rss+xml');
        res.end(rss([entry(a), entry(a), entry(a, { link: `${server.url}/a/${a.slug}?utm_source=x` })]));
      });
      let clock = new Date('2026-01-01T00:00:00Z');
      addFeed(s.db, `${server.url}/dup.xml`, { everySeconds: 900, allowPrivate: false, at: clock });
      const p = new Poller(s, { isAllowed: loopback, now: () => clock });
      await p.pollDue();
      expect(docCount(s)).toBe(1);
      clock = new Date(clock.getTime() + 901_000);
      const [r] = await p.pollDue();
      expect(r.ingested + r.updated).toBe(0);
      expect(docCount(s)).toBe(1);
      const item = { guid: null, title: null, published: null, content: null };
      expect(itemKey({ ...item, link: 'HTTP://Example.ORG/a/b/?utm_source=x&id=2#top' })).toBe(
        'link:http://example.org/a/b/?id=2',
      );
    });

    it('an item whose content changed under the same GUID is read again as a new version', async () => {
      const s = await freshStore();
      const a = articles[3];
      let version = 1;
      const route = `/story-v`;
      server.routes.set(route, (_q, res) => {
        res.setHeader('Content-Type', 'text/html');
        const changed = {
          ...a,
          paragraphs:
            version === 1
              ? a.paragraphs
              : [...a.paragraphs, 'Update: officials later confirmed a third arrest in the case.'],
        };
        res.end(articleHtml(changed));
      });
      server.routes.set('/upd.xml', (_q, res) => {
        res.setHeader('Content-Type', 'application/rss+xml');
        res.end(
          rss([
            {
              guid: 'story-1',
              link: `${server.url}${route}`,
              title: a.title,
              date: a.date,
              content: `v${version}`,
            },
          ]),
        );
      });
      let clock = new Date('2026-01-01T00:00:00Z');
      addFeed(s.db, `${server.url}/upd.xml`, { everySeconds: 900, allowPrivate: false, at: clock });
      const p = new Poller(s, { isAllowed: loopback, now: () => clock });
      expect((await p.pollDue())[0].ingested).toBe(1);
      version = 2;
      clock = new Date(clock.getTime() + 901_000);
      const [r] = await p.pollDue();
      expect(r.updated).toBe(1);
      expect(docCount(s)).toBe(2);
      const item = s.db.prepare('SELECT document_id FROM feed_items').all() as { document_id: string }[];
      expect(item).toHaveLength(1);
      const latest = s.db
        .prepare('SELECT text FROM documents WHERE id = ?')
        .pluck()
        .get(item[0].document_id) as string;
      expect(latest).toMatch(/third arrest/);
    });

    it('uses the item text when the page cannot be fetched', async () => {
      const s = await freshStore();
      server.routes.set('/gone.xml', (_q, res) => {
        res.setHeader('Content-Type', 'application/rss+xml');
        res.end(
          rss([
            {
              guid: 'gone-1',
              link: `${server.url}/missing-page`,
              title: 'Police detain two suspects',
              date: '2024-02-02',
              content: 'Police in Quetta detained two suspects on Tuesday, officials said.',
            },
          ]),
        );
      });
      addFeed(s.db, `${server.url}/gone.xml`, { everySeconds: 900, allowPrivate: false });
      const [r] = await new Poller(s, { isAllowed: loopback }).pollDue();
      expect(r.ingested).toBe(1);
      expect(s.db.prepare('SELECT text FROM documents').pluck().get()).toMatch(/detained two suspects/);
    });
  });

  describe('alerts', () => {
    it('an entity rule fires once per document that names it, never twice, and not after removal', async () => {
      const s = await freshStore();
      // the demo's spokesman appears in some articles and not others
      const naming = articles.filter((a) => a.paragraphs.join(' ').includes('Kohsari'));
      const others = articles.filter((a) => !a.paragraphs.join(' ').includes('Kohsari'));
      expect(naming.length).toBeGreaterThanOrEqual(2);
      let shown = [naming[0], others[0]];
      server.routes.set('/al.xml', (_q, res) => {
        res.setHeader('Content-Type', 'application/rss+xml');
        res.end(rss(shown.map((a) => entry(a))));
      });
      let clock = new Date('2026-01-01T00:00:00Z');
      addFeed(s.db, `${server.url}/al.xml`, { everySeconds: 900, allowPrivate: false, at: clock });
      // watched before anyone of that name is in the store
      addRule(s.db, { name: 'spokesman', entity: 'Abdul Basit Kohsari' });
      const p = new Poller(s, { isAllowed: loopback, now: () => clock });
      await p.pollDue();
      let alerts = listAlerts(s.db);
      expect(alerts).toHaveLength(1);
      expect(alerts[0].document.title).toBe(naming[0].title);
      expect(alerts[0].facts.some((f) => f.kind === 'mention' && /Kohsari/.test(f.evidence ?? ''))).toBe(
        true,
      );
      expect(
        alerts[0].facts.every(
          (f) => f.evidence === null || naming[0].paragraphs.join(' ').includes(f.evidence.slice(0, 40)),
        ),
      ).toBe(true);
      // a second poll: nothing new
      clock = new Date(clock.getTime() + 901_000);
      await p.pollDue();
      expect(listAlerts(s.db)).toHaveLength(1);
      // one more article naming him: exactly one more
      shown = [...shown, naming[1]];
      clock = new Date(clock.getTime() + 901_000);
      await p.pollDue();
      alerts = listAlerts(s.db);
      expect(alerts).toHaveLength(2);
      expect(alerts[0].document.title).toBe(naming[1].title);
      // the day's digest lists both, each fact with its sentence
      const md = digestMarkdown(s.db, new Date().toISOString().slice(0, 10));
      expect(md).toMatch(/^# dossier alerts, \d{4}-\d{2}-\d{2}\n\n2 alerts\./);
      expect(md).toContain('## spokesman');
      expect(md.match(/^### /gm)).toHaveLength(2);
      expect(md).toMatch(/^- \*\*mention\*\*: .*Kohsari/m);
      expect(md).toMatch(/^ {2}> .*Kohsari/m);
      expect(digestMarkdown(s.db, '1999-01-01')).toContain('0 alerts.');
      // removed: never again
      removeRule(s.db, 'spokesman');
      if (naming[2]) {
        shown = [...shown, naming[2]];
        clock = new Date(clock.getTime() + 901_000);
        await p.pollDue();
        expect(listAlerts(s.db)).toHaveLength(2);
      }
    });

    it('a tie-type rule and a query rule fire on the documents that bring them', async () => {
      const s = await freshStore();
      server.routes.set('/tq.xml', (_q, res) => {
        res.setHeader('Content-Type', 'application/rss+xml');
        res.end(rss(articles.slice(0, 4).map((a) => entry(a))));
      });
      addFeed(s.db, `${server.url}/tq.xml`, { everySeconds: 900, allowPrivate: false });
      addRule(s.db, { name: 'q', query: 'funeral' });
      addRule(s.db, { name: 'members', tieType: 'member_of' });
      await new Poller(s, { isAllowed: loopback }).pollDue();
      const alerts = listAlerts(s.db);
      const q = alerts.filter((a) => a.rule === 'q');
      const withPhrase = articles
        .slice(0, 4)
        .filter((a) => /\bfuneral\b/i.test(`${a.title} ${a.paragraphs.join(' ')}`));
      expect(q.map((a) => a.document.title).sort()).toEqual(withPhrase.map((a) => a.title).sort());
      const ties = s.db
        .prepare(
          "SELECT count(DISTINCT fs.document_id) FROM facts f JOIN fact_sources fs ON fs.fact_id = f.id WHERE f.type = 'member_of'",
        )
        .pluck()
        .get() as number;
      expect(alerts.filter((a) => a.rule === 'members')).toHaveLength(ties);
      for (const a of alerts.filter((x) => x.rule === 'members'))
        expect(a.facts.every((f) => f.kind === 'tie' && / member_of /.test(f.what))).toBe(true);
    });

    it('a screening rule fires on a document that names a listed person, once', async () => {
      const s = await freshStore();
      const lists = openDb(specOf(s));
      ensureDefaultLists(lists);
      lists.close();
      const listed: Article = {
        slug: 'listed',
        title: 'Video shows militant chief',
        date: '2021-05-02',
        paragraphs: [
          'KARACHI: Aymen al-Zawahiri, the leader of al-Qaeda, appeared in a new video on Sunday, officials said.',
          'Ibad Khan, a 27-year-old student, told reporters in Karachi that he had watched the video.',
        ],
      };
      server.routes.set('/a/listed', (_q, res) => {
        res.setHeader('Content-Type', 'text/html');
        res.end(articleHtml(listed));
      });
      server.routes.set('/scr.xml', (_q, res) => {
        res.setHeader('Content-Type', 'application/rss+xml');
        res.end(rss([entry(listed), entry(articles[5])]));
      });
      let clock = new Date('2026-01-01T00:00:00Z');
      addFeed(s.db, `${server.url}/scr.xml`, { everySeconds: 900, allowPrivate: false, at: clock });
      addRule(s.db, { name: 'sanctions', screening: true });
      const p = new Poller(s, { isAllowed: loopback, now: () => clock });
      await p.pollDue();
      const alerts = listAlerts(s.db);
      expect(alerts).toHaveLength(1);
      expect(alerts[0].document.title).toBe(listed.title);
      expect(alerts[0].facts.every((f) => f.kind === 'screening')).toBe(true);
      expect(alerts[0].facts.some((f) => /Zawahiri/i.test(f.what) && /ofac/i.test(f.what))).toBe(true);
      expect(alerts[0].facts.some((f) => /Ibad Khan/.test(f.what))).toBe(false);
      clock = new Date(clock.getTime() + 901_000);
      await p.pollDue();
      expect(listAlerts(s.db)).toHaveLength(1);
    });

    it('posts alerts to a webhook with a signature the receiver can check', async () => {
      const s = await freshStore();
      const hook = await startServer();
      const got: { body: string; sig: string | undefined }[] = [];
      try {
        hook.routes.set('/hook', async (req, res) => {
          let body = '';
          for await (const c of req) body += c;
          got.push({ body, sig: req.headers['x-dossier-signature'] as string | undefined });
          res.statusCode = 204;
          res.end();
        });
        server.routes.set('/wh.xml', (_q, res) => {
          res.setHeader('Content-Type', 'application/rss+xml');
          res.end(rss(articles.slice(0, 1).map((a) => entry(a))));
        });
        addFeed(s.db, `${server.url}/wh.xml`, { everySeconds: 900, allowPrivate: false });
        const rule = addRule(s.db, { name: 'hooked', query: 'police', webhook: `${hook.url}/hook` });
        await new Poller(s, { isAllowed: loopback }).pollDue();
        expect(got).toHaveLength(1);
        expect(got[0].sig).toBe(signBody(rule.secret as string, got[0].body));
        expect(got[0].sig).not.toBe(signBody('wrong', got[0].body));
        expect(JSON.parse(got[0].body).rule).toBe('hooked');
        expect(listAlerts(s.db)[0].delivery?.delivered).toBe(true);
      } finally {
        await hook.close();
      }
    });
  });
});

describe('kill -9 during a poll', () => {
  const bin = join(root, 'bin/dossier');
  beforeAll(() => {
    if (distIsStale(root)) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  }, 120_000);

  /** Async, not spawnSync: the feed server lives in this process and must answer while the CLI runs. */
  const run = (args: string[], db: string) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn(process.execPath, [bin, ...args, '--db', db], {
        env: { ...process.env, DOSSIER_MIN_INTERVAL: '1' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => {
        stdout += d;
      });
      child.stderr.on('data', (d) => {
        stderr += d;
      });
      child.on('close', (status) => done({ status, stdout, stderr }));
    });

  it('loses no item and doubles none, nor any alert', async () => {
    const db = join(dir, 'kill.db');
    const picked = articles.slice(0, 6);
    // pages answer slowly so kills land mid-poll
    for (const a of picked)
      server.routes.set(`/slow/${a.slug}`, async (_q, res) => {
        await new Promise((r) => setTimeout(r, 60));
        res.setHeader('Content-Type', 'text/html');
        res.end(articleHtml(a));
      });
    server.routes.set('/kill.xml', (_q, res) => {
      res.setHeader('Content-Type', 'application/rss+xml');
      res.end(rss(picked.map((a) => entry(a, { link: `${server.url}/slow/${a.slug}` }))));
    });
    expect(
      (await run(['feed', 'add', `${server.url}/kill.xml`, '--allow-private', '--every', '1s'], db)).status,
    ).toBe(0);
    expect((await run(['alert', 'add', 'police', '--query', 'police'], db)).status).toBe(0);
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let k = 0; k < 4; k++) {
      const child = spawn(process.execPath, [bin, 'watch', '--once', '--db', db], { stdio: 'ignore' });
      // listened for at once: a run that ends before the kill must not leave this waiting
      const exited = new Promise((r) => child.once('exit', r));
      const wait = 150 + Math.floor(rand() * 900);
      await new Promise((r) => setTimeout(r, wait));
      child.kill('SIGKILL');
      await exited;
      await new Promise((r) => setTimeout(r, 1100)); // the feed is due again
    }
    await new Promise((r) => setTimeout(r, 1100));
    // the bounded-heap child a killed `dossier watch` started is gone with it
    const left = spawnSync('pgrep', ['-f', `watch --once --db ${db}`], { encoding: 'utf8' });
    expect(left.stdout.trim()).toBe('');
    const done = await run(['watch', '--once'], db);
    expect(done.status, done.stderr).toBe(0);
    const s = SqliteStore.open(db);
    try {
      expect(s.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(docCount(s)).toBe(picked.length);
      expect(s.db.prepare('SELECT count(*) FROM feed_items').pluck().get()).toBe(picked.length);
      const alerts = listAlerts(s.db);
      const expected = picked.filter((a) => /\bpolice\b/i.test(a.paragraphs.join(' ') + a.title)).length;
      expect(alerts).toHaveLength(expected);
      expect(new Set(alerts.map((a) => a.document.id)).size).toBe(alerts.length);
    } finally {
      await s.close();
    }
  }, 120_000);

  it('the CLI: one alert, then none, then exactly one more', async () => {
    const db = join(dir, 'cli.db');
    const naming = articles.filter((a) => a.paragraphs.join(' ').includes('Kohsari'));
    let shown = [naming[0]];
    server.routes.set('/cli.xml', (_q, res) => {
      res.setHeader('Content-Type', 'application/rss+xml');
      res.end(rss(shown.map((a) => entry(a))));
    });
    expect(
      (await run(['feed', 'add', `${server.url}/cli.xml`, '--allow-private', '--every', '1s'], db)).status,
    ).toBe(0);
    expect((await run(['alert', 'add', 'basit', '--entity', 'Abdul Basit Kohsari'], db)).status).toBe(0);
    expect((await run(['watch', '--once'], db)).status).toBe(0);
    const one = JSON.parse((await run(['alerts', '--json'], db)).stdout);
    expect(one).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await run(['watch', '--once'], db)).status).toBe(0);
    expect(JSON.parse((await run(['alerts', '--json'], db)).stdout)).toHaveLength(1);
    shown = [naming[0], naming[1]];
    await new Promise((r) => setTimeout(r, 1100));
    expect((await run(['watch', '--once'], db)).status).toBe(0);
    expect(JSON.parse((await run(['alerts', '--json'], db)).stdout)).toHaveLength(2);
    const list = await run(['feed', 'list', '--json'], db);
    expect(JSON.parse(list.stdout)[0].itemsSeen).toBe(2);
    expect((await run(['alerts', 'read', '--all'], db)).stdout).toMatch(/2 alert/);
    expect(JSON.parse((await run(['alerts', '--unread', '--json'], db)).stdout)).toHaveLength(0);
    const bad = await run(['feed', 'add', 'http://127.0.0.1:9/x'], db);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^dossier feed add: http:\/\/127\.0\.0\.1:9\/x: refused/);
  }, 120_000);
});

describe('feed parsing', () => {
  it('keeps the fields of each format', () => {
    const e: FeedEntry = {
      guid: 'x1',
      link: 'http://example.org/x',
      title: 'T & U',
      date: '2024-03-04',
      content: 'Body',
    };
    for (const make of [rss, atom, jsonFeed]) {
      const p = parseFeedBody(make([e]));
      expect(p.items[0]).toMatchObject({
        guid: 'x1',
        link: 'http://example.org/x',
        title: 'T & U',
        content: 'Body',
      });
      expect(p.items[0].published?.slice(0, 10)).toBe('2024-03-04');
    }
    expect(parseFeedBody(rdf([e])).items[0]).toMatchObject({ link: 'http://example.org/x', title: 'T & U' });
    expect(parseFeedBody(newsSitemap([e])).items[0]).toMatchObject({
      link: 'http://example.org/x',
      title: 'T & U',
      published: '2024-03-04T00:00:00.000Z',
    });
    expect(() => parseFeedBody('<html><body>not a feed</body></html>')).toThrow(/not a feed/);
  });
});
