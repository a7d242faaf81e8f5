// The browser flow of issue 5 in Debian's chromium: search → entity → network → article
// highlights → confirm a fact → reload → still confirmed; and no injected script ever runs.
import { copyFileSync, mkdirSync } from 'node:fs';
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
  seedDatabase,
  type Workbench,
} from './ui-helpers.js';

const CHROMIUM = findChromium();
// Ingest runs articles in parallel, so either spelling can become the entity's name.
const PERSON = /Asad (al )?Khora?sani/;
if (!CHROMIUM)
  console.warn(
    'browser tests SKIPPED: no chromium found at /usr/bin/chromium ($CHROMIUM to override; apt-get install -y chromium)',
  );

describe.skipIf(!CHROMIUM)('workbench in chromium', () => {
  let served: Served;
  let wb: Workbench;
  let page: Page;
  let seedDir: string;
  const dialogs: string[] = [];
  let pageErrors: string[] = [];

  const shot = async (name: string, readme = false) => {
    const file = join(ARTIFACTS, `${name}.png`);
    await page.screenshot({ path: file });
    if (readme) copyFileSync(file, join(ROOT, 'docs', 'screenshots', `${name}.png`));
  };
  const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    mkdirSync(join(ROOT, 'docs', 'screenshots'), { recursive: true });
    ensureWebBuilt();
    const seeded = seedDatabase();
    seedDir = seeded.dir;
    wb = await openWorkbench(CHROMIUM!, seeded.db, { remove: seedDir });
    ({ served, page, pageErrors } = wb);
    console.log(`browser tests against the ${served.kind} server at ${served.url}`);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  }, 120_000);

  afterAll(() => wb?.close());

  it('home lists recent articles and the most-mentioned entities', async () => {
    await page.goto(served.url);
    await expect.poll(() => page.locator('[data-testid=recent-articles] li').count()).toBe(3);
    await expect.poll(() => page.locator('[data-testid=top-entities] tr').count()).toBeGreaterThan(3);
    await shot('home', true);
  });

  it('search "Khorasani" suggests the person and opens the entity page with spellings and ties', async () => {
    await page.locator('input[type=search]').first().fill('Khorasani');
    const suggestion = page.locator('.suggestion', { hasText: PERSON }).first();
    await suggestion.waitFor();
    await shot('search-suggestions');
    await suggestion.click();
    await page.locator('[data-testid=entity-page]').waitFor();
    expect(page.url()).toContain('#/entity/');
    const names = await page.locator('.names').first().textContent();
    // Both spellings are one person, whichever the store chose as the canonical name.
    expect(names).toContain('Asad Khorsani');
    expect(names).toContain('Asad al Khorasani');
    await expect.poll(() => page.locator('[data-testid=tie]').count()).toBeGreaterThan(0);
    expect(await page.locator('.tie-group h3').allTextContents()).toContain('spokesperson of 1');
    // An event's sentence that brings its own quote marks is not wrapped in a second pair.
    const events = await page.locator('.events a').allTextContents();
    expect(events.length).toBeGreaterThan(0);
    for (const t of events) expect(t, t).not.toMatch(/^[“"][“"]|[”"][”"]$/);
    await shot('entity', true);
  });

  it('the network around the entity shows nodes in WebGL', async () => {
    await page.locator('a', { hasText: 'Show in network' }).click();
    const sigma = page.locator('[data-testid=sigma]');
    await expect
      .poll(async () => Number(await sigma.getAttribute('data-nodes')), { timeout: 15_000 })
      .toBeGreaterThan(1);
    // sigma draws into canvases; one of them is a WebGL context.
    expect(await page.locator('[data-testid=sigma] canvas').count()).toBeGreaterThan(1);
    await page.waitForTimeout(300);
    await shot('network', true);
  });

  it('the article view highlights entities, quotes and the tie evidence followed from the entity page', async () => {
    await page.goBack();
    await page.locator('[data-testid=entity-page]').waitFor();
    await page.locator('[data-testid=tie] button', { hasText: 'evidence' }).first().click();
    const link = page.locator('.evidence a').first();
    // the sentence the entity page quotes as evidence is the one the article marks
    // the page wraps a sentence in “…” unless it brings its own quote marks
    const shown = ((await link.textContent()) ?? '').trim();
    const quoted = (/^“.*”$/s.test(shown) ? shown.slice(1, -1) : shown).trim();
    await link.click();
    await page.locator('[data-testid=article-text]').waitFor();
    expect(page.url()).toMatch(/#\/article\/[^?]+\?hl=\d+-\d+/);
    expect(await page.locator('.hl-mention').count()).toBeGreaterThan(3);
    expect(await page.locator('.hl-quote').count()).toBeGreaterThan(0);
    expect(await page.locator('.hl-fact').count()).toBeGreaterThan(0);
    const target = await page.locator('[data-target]').allTextContents();
    expect(quoted.length).toBeGreaterThan(10);
    expect(target.join('').replace(/\s+/g, ' ').trim()).toBe(quoted.replace(/\s+/g, ' '));
    expect(await page.locator('[data-testid=fact]').count()).toBeGreaterThan(0);
    await shot('article', true);
  });

  it('confirming a fact is saved as a decision and survives a reload', async () => {
    const fact = page.locator('[data-testid=fact][data-status=machine]').first();
    const id = await fact.getAttribute('data-fact-id');
    expect(id).toBeTruthy();
    await fact.locator('button', { hasText: 'confirm' }).click();
    const same = page.locator(`[data-testid=fact][data-fact-id="${id}"]`).first();
    await expect.poll(() => same.getAttribute('data-status')).toBe('confirmed');
    await page.reload();
    await page.locator('[data-testid=article-text]').waitFor();
    await expect
      .poll(() =>
        page.locator(`[data-testid=fact][data-fact-id="${id}"]`).first().getAttribute('data-status'),
      )
      .toBe('confirmed');
    expect(await page.locator('.hl-fact.fact-confirmed').count()).toBeGreaterThan(0);
  });

  it('an article full of <script>, onerror= and javascript: payloads shows them as text and runs none', async () => {
    await page.goto(`${served.url}/#/home`);
    await page.locator('[data-testid=recent-articles] a', { hasText: 'Harmless headline' }).click();
    await page.locator('[data-testid=article-text]').waitFor();
    const text = await page.locator('[data-testid=article-text]').textContent();
    expect(text).toContain('<script>window.__pwned = 1</script>');
    expect(text).toContain('onerror="window.__pwned=3;alert(1)"');
    expect(text).toContain('javascript:window.__pwned=4');
    expect(await page.locator('article img, article script, article iframe, article svg').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await shot('payload-article');
    // Search snippets are the one place markup comes from the server: only <mark> may become an element.
    await page.goto(`${served.url}/#/search?q=hoax`);
    await expect.poll(() => page.locator('.hits li').count()).toBeGreaterThan(0);
    expect(await page.locator('.hits img, .hits script, .hits a[href^="javascript:"]').count()).toBe(0);
    // Suggestions and the entity page show the payload quote as text too.
    await page.locator('input[type=search]').first().fill('reject');
    await page.waitForTimeout(600);
    await page.goto(`${served.url}/#/home`);
    await page.locator('input[type=search]').first().fill('Khorasani');
    await page.locator('.suggestion', { hasText: PERSON }).first().click();
    await page.locator('[data-testid=entity-page]').waitFor();
    expect(await page.locator('.quotes').first().textContent()).toContain("<script>alert('quote')</script>");
    await page.waitForTimeout(300);
    expect(await pwned()).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('timeline and map views render', async () => {
    await page.goto(`${served.url}/#/timeline`);
    await page.locator('[data-testid=timeline]').waitFor();
    await expect.poll(() => page.locator('.tl li').count()).toBeGreaterThan(0);
    await shot('timeline', true);
    await page.goto(`${served.url}/#/map`);
    await page.locator('[data-testid=map]').waitFor();
    expect(await page.locator('[data-testid=map] .countries path').count()).toBeGreaterThan(150);
    await expect.poll(() => page.locator('[data-testid=map] circle.place').count()).toBeGreaterThan(0);
    await shot('map', true);
    // Circles are drawn largest first, so the last one is on top and clickable.
    await page.locator('[data-testid=map] circle.place').last().click();
    await page.locator('[data-testid=entity-page]').waitFor();
    expect(await page.locator('.entity-head').textContent()).toContain('place');
  });

  it('ingest by pasted text opens the new article', async () => {
    await page.goto(`${served.url}/#/ingest`);
    await page
      .locator('textarea')
      .fill(
        'Maulana Ilyas Kakar, the leader of Jamaat ul-Fajr, met Qari Bashir Durrani in Quetta on Friday, a senior official said.',
      );
    await page.locator('input[placeholder^="Title"]').fill('Fajr leaders meet');
    await shot('ingest', true);
    await page.locator('button[type=submit]').click();
    await page.locator('[data-testid=article-text]').waitFor({ timeout: 30_000 });
    expect(await page.locator('article h1').textContent()).toBe('Fajr leaders meet');
    expect(await pwned()).toBeUndefined();
    expect(pageErrors).toEqual([]);
  });
});
