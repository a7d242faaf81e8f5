// Monitoring in Debian's chromium: the Alerts inbox shows a new alert without a reload
// (the server's event stream), with the unread count in the top bar; the Feeds page shows
// a feed's status; the Watch button on an entity page makes a rule.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  ensureWebBuilt,
  findChromium,
  openWorkbench,
  ROOT,
  type Served,
  type Workbench,
} from './ui-helpers.js';
import {
  type Article,
  articleHtml,
  demoArticles,
  rss,
  startServer,
  type TestServer,
} from './watch-helpers.js';

const CHROMIUM = findChromium();

/** The CLI, asynchronously: the feed server lives in this process. */
function dossier(args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'dossier'), ...args], { cwd: ROOT });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) =>
      code === 0 ? done(out) : fail(new Error(`dossier ${args.join(' ')}: ${err || out}`)),
    );
  });
}

describe.skipIf(!CHROMIUM)('monitoring in chromium', () => {
  let served: Served;
  let feeds: TestServer;
  let wb: Workbench;
  let page: Page;
  let dir: string;
  let db: string;
  let articles: Article[];
  let shown: Article[] = [];
  let pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    mkdirSync(join(ROOT, 'docs', 'screenshots'), { recursive: true });
    ensureWebBuilt();
    articles = demoArticles(ROOT).filter((a) => a.paragraphs.join(' ').includes('Kohsari'));
    feeds = await startServer();
    for (const a of articles)
      feeds.routes.set(`/a/${a.slug}`, (_q, res) => {
        res.setHeader('Content-Type', 'text/html');
        res.end(articleHtml(a));
      });
    feeds.routes.set('/feed.xml', (_q, res) => {
      res.setHeader('Content-Type', 'application/rss+xml');
      res.end(
        rss(
          shown.map((a) => ({
            guid: a.slug,
            link: `${feeds.url}/a/${a.slug}`,
            title: a.title,
            date: a.date,
          })),
        ),
      );
    });
    dir = mkdtempSync(join(tmpdir(), 'dossier-ui-watch-'));
    db = join(dir, 'watch.db');
    await dossier([
      'feed',
      'add',
      `${feeds.url}/feed.xml`,
      '--name',
      'Frontier wire',
      '--allow-private',
      '--db',
      db,
    ]);
    await dossier(['alert', 'add', 'spokesman', '--entity', 'Abdul Basit Kohsari', '--db', db]);
    wb = await openWorkbench(CHROMIUM!, db, { remove: dir });
    ({ served, page, pageErrors } = wb);
  }, 120_000);

  afterAll(async () => {
    await wb?.close();
    await feeds?.close();
  });

  it('shows a new alert in the inbox, and the unread count, without a reload', async () => {
    await page.goto(`${served.url}/#/alerts`);
    await page.locator('[data-testid=alerts-page]').waitFor();
    expect(await page.locator('[data-testid=alert]').count()).toBe(0);
    await page.evaluate(() => {
      (window as unknown as { marker: number }).marker = 42;
    });
    shown = [articles[0]];
    await dossier(['watch', '--once', '--db', db]);
    await page.locator('[data-testid=alert]').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid=alert]').count()).toBe(1);
    await expect.poll(() => page.locator('[data-testid=unread-count]').textContent()).toBe('1');
    // no reload happened: the page's own state is still there
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    const text = await page.locator('[data-testid=alert]').first().innerText();
    expect(text).toContain(articles[0].title);
    expect(text).toMatch(/Kohsari/);
    await page.screenshot({ path: join(ROOT, 'docs', 'screenshots', 'alerts.png') });
    // the evidence links to the article with the sentence highlighted
    const link = page.locator('[data-testid=alert] .evidence a').first();
    expect(await link.getAttribute('href')).toMatch(/^#\/article\/[0-9a-f]+\?hl=\d+-\d+$/);
    await page.locator('[data-testid=alert] button', { hasText: 'Mark read' }).click();
    await expect.poll(() => page.locator('[data-testid=unread-count]').count()).toBe(0);
  }, 60_000);

  it('the Feeds page shows the feed and its status; a private feed is refused with the reason', async () => {
    await page.goto(`${served.url}/#/feeds`);
    const row = page.locator('[data-testid=feed-row]').first();
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Frontier wire[\s\S]*ok \(HTTP 200\)/);
    await page.fill('input[aria-label="feed URL"]', 'http://127.0.0.1:9/other.xml');
    await page.locator('button', { hasText: 'Add feed' }).click();
    await page.locator('.feeds .error').waitFor();
    expect(await page.locator('.feeds .error').innerText()).toMatch(/not a public address/);
    await page.screenshot({ path: join(ROOT, 'docs', 'screenshots', 'feeds.png') });
  }, 60_000);

  it('the Watch button on an entity page makes a rule', async () => {
    await page.goto(`${served.url}/#/search?q=Sher%20Zaman`);
    await page.goto(`${served.url}/#/home`);
    const res = await page.evaluate(async () => (await fetch('/api/suggest?q=Sher%20Zaman')).json());
    const id = (res as { entities: { id: string }[] }).entities[0].id;
    await page.goto(`${served.url}/#/entity/${id}`);
    const btn = page.locator('[data-testid=watch-button]');
    await btn.waitFor();
    expect(await btn.innerText()).toBe('Watch');
    await btn.click();
    await expect.poll(() => btn.innerText()).toBe('Watching');
    const rules = await dossier(['alert', 'list', '--json', '--db', db]);
    expect(JSON.parse(rules).map((r: { kind: string; target: string }) => `${r.kind}:${r.target}`)).toContain(
      'entity:Maulana Sher Zaman',
    );
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
