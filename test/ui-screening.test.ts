// The screening review page of issue 4 in Debian's chromium: an article naming a listed
// man and an unlisted student, the shipped OFAC list imported, the hit reviewed, and the
// decision still there after a reload.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
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

const CHROMIUM = findChromium();
if (!CHROMIUM)
  console.warn(
    'browser tests SKIPPED: no chromium found at /usr/bin/chromium ($CHROMIUM to override; apt-get install -y chromium)',
  );

// Fiction around two names from issue 4: one listed by OFAC in another spelling, one no one's listing.
const ARTICLE = `Title: Video shows militant chief, students say
Published: 2021-05-02
Outlet: The Frontier Ledger

Video shows militant chief, students say

KARACHI: Aymen al-Zawahiri, the leader of al-Qaeda, appeared in a new video on Sunday, officials said.

Ibad Khan, a 27-year-old student, told reporters in Karachi that he had watched the video at his university.
`;

function dossier(args: string[]): string {
  const r = spawnSync(join(ROOT, 'bin', 'dossier'), args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`dossier ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
  return r.stdout;
}

describe.skipIf(!CHROMIUM)('screening review page in chromium', () => {
  let served: Served;
  let wb: Workbench;
  let page: Page;
  let dir: string;
  let pageErrors: string[] = [];
  const zawahiri = () => page.locator('[data-testid=hit]', { hasText: /Zawahiri/i }).first();

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    mkdirSync(join(ROOT, 'docs', 'screenshots'), { recursive: true });
    ensureWebBuilt();
    dir = mkdtempSync(join(tmpdir(), 'dossier-ui-screen-'));
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles', 'video.txt'), ARTICLE);
    const db = join(dir, 'screen.db');
    dossier(['ingest', '--db', db, '--json', join(dir, 'articles')]);
    // The shipped list is OFAC's legacy CSV: sdn.csv with alt.csv and add.csv beside it.
    dossier(['watchlist', 'import', join(ROOT, 'data', 'watchlists', 'ofac', 'sdn.csv'), '--db', db]);
    wb = await openWorkbench(CHROMIUM!, db, { remove: dir });
    ({ served, page, pageErrors } = wb);
  }, 120_000);

  afterAll(() => wb?.close());

  it('is reachable from the top navigation and lists the Zawahiri hit with its explanation', async () => {
    await page.goto(served.url);
    await page.locator('header.top nav a', { hasText: 'Screening' }).click();
    await page.locator('[data-testid=screening-page]').waitFor();
    expect(page.url()).toContain('#/screening');
    const row = zawahiri();
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('open');
    const text = (await row.textContent()) ?? '';
    expect(text).toMatch(/ofac/);
    expect(text).toMatch(/AYMAN AL ZAWAHIRI/i);
    // the explanation names the part matched by spelling, not only the exact one
    expect(text).toMatch(/aymen ↔ ayman/);
    expect(text).toMatch(/zawahiri ↔ zawahiri exact/);
    const score = Number(await row.locator('td.num').textContent());
    expect(score).toBeGreaterThan(0.85);
    expect(score).toBeLessThanOrEqual(1);
    // the entity name links to its entity page
    const link = row.locator('td').first().locator('a');
    expect(await link.getAttribute('href')).toMatch(/^#\/entity\/.+/);
  });

  it('the entity page badge opens to the same explanation without breaking the page', async () => {
    const href = await zawahiri().locator('td').first().locator('a').getAttribute('href');
    await page.goto(`${served.url}${href}`);
    const badge = page.locator('button', { hasText: 'watch-list hit' });
    await badge.waitFor();
    await badge.click();
    const pop = page.locator('.popover');
    await pop.waitFor();
    expect((await pop.textContent()) ?? '').toMatch(/aymen ↔ ayman/);
    expect(pageErrors).toEqual([]);
    await page.goto(served.url);
    await page.locator('header.top nav a', { hasText: 'Screening' }).click();
    await page.locator('[data-testid=screening-page]').waitFor();
  });

  it('shows no hit for the student Ibad Khan', async () => {
    await page.locator('[data-testid=hit]').first().waitFor();
    const names = await page
      .locator('[data-testid=hit]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-entity') ?? ''));
    expect(names.some((n) => /Zawahiri/i.test(n))).toBe(true);
    expect(names.some((n) => /Ibad|Khan/i.test(n))).toBe(false);
  });

  it('confirms the hit, and the decision survives a reload and filters by status', async () => {
    await zawahiri().locator('button', { hasText: 'Confirm' }).click();
    await expect.poll(() => zawahiri().getAttribute('data-status')).toBe('confirmed');
    await page.reload();
    await zawahiri().waitFor();
    expect(await zawahiri().getAttribute('data-status')).toBe('confirmed');
    expect(await zawahiri().locator('button', { hasText: 'Confirm' }).isDisabled()).toBe(true);

    await page.locator('[data-testid=status-filter] button', { hasText: /^open/ }).click();
    await expect.poll(() => page.url()).toContain('status=open');
    await expect.poll(() => page.locator('[data-testid=hit]', { hasText: /Zawahiri/i }).count()).toBe(0);
    await page.locator('[data-testid=status-filter] button', { hasText: /^confirmed/ }).click();
    await zawahiri().waitFor();
    await page.locator('[data-testid=status-filter] button', { hasText: /^all/ }).click();
    await zawahiri().waitFor();
    const file = join(ARTIFACTS, 'screening.png');
    await page.screenshot({ path: file });
    copyFileSync(file, join(ROOT, 'docs', 'screenshots', 'screening.png'));
  });

  it('dismisses the hit, and the server keeps the dismissal', async () => {
    await zawahiri().locator('button', { hasText: 'Dismiss' }).click();
    await expect.poll(() => zawahiri().getAttribute('data-status')).toBe('dismissed');
    const r = (await (await fetch(`${served.url}/api/screening/hits`)).json()) as {
      items: { entityName: string; status: string }[];
    };
    expect(r.items.find((h) => /Zawahiri/i.test(h.entityName))?.status).toBe('dismissed');
    expect(pageErrors).toEqual([]);
  });
});
