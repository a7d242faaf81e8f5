// Incidents in the workbench, in Debian's chromium: the timeline lists the fixtures'
// incidents with their number of sources and a toll that differs between reports; the
// reports open side by side; the map marks each incident with its number of sources; the
// entity page lists the incidents the entity took part in.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distIsStale } from './build.js';
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

describe.skipIf(!CHROMIUM)('incidents in chromium', () => {
  let served: Served;
  let wb: Workbench;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    if (distIsStale(ROOT)) spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
    ensureWebBuilt();
    const db = join(mkdtempSync(join(tmpdir(), 'dossier-ui-incidents-')), 'i.db');
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'bin/dossier'), 'ingest', join(ROOT, 'test/fixtures/incidents'), '--db', db],
      { encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    wb = await openWorkbench(CHROMIUM!, db, { remove: dirname(db) });
    ({ served, page, pageErrors } = wb);
  }, 180_000);

  afterAll(() => wb?.close());

  it('the timeline shows incidents, sized by toll, with sources and reports side by side', async () => {
    await page.goto(`${served.url}/#/timeline`);
    await page.locator('[data-testid=incidents]').waitFor();
    const items = page.locator('[data-testid=incident]');
    await expect.poll(() => items.count()).toBe(3);
    const big = items.filter({ hasText: '3 sources' });
    await expect.poll(() => big.count()).toBe(1);
    expect(await big.textContent()).toMatch(/killed 16–18 \(reports differ\)/);
    const r = Number(await big.locator('svg.toll-mark circle').getAttribute('r'));
    const small = items.filter({ hasText: 'killed 4' });
    expect(r).toBeGreaterThan(Number(await small.locator('svg.toll-mark circle').getAttribute('r')));
    // (an attack and the killing it caused are two reports of one article)
    await big.getByRole('button', { name: /[3-6] reports/ }).click();
    const rows = big.locator('[data-testid=incident-reports] tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(5);
    expect(await big.locator('[data-testid=incident-reports]').textContent()).toMatch(
      /denial by Ansar al-Sunna/,
    );
    await page.screenshot({ path: join(ARTIFACTS, 'incidents-timeline.png') });
  });

  it('the map marks incidents with their number of sources', async () => {
    await page.goto(`${served.url}/#/map`);
    await page.locator('[data-testid=map]').waitFor();
    const marks = page.locator('[data-testid=map-incidents] .incident-mark');
    await expect.poll(() => marks.count()).toBe(3);
    const counts = await page.locator('[data-testid=map-incidents] text').allTextContents();
    expect(counts.sort()).toEqual(['1', '1', '3']);
  });

  it('the entity page lists the incidents it took part in', async () => {
    const s = (await (await page.request.get(`${served.url}/api/suggest?q=Islamic%20State`)).json()) as {
      entities: { id: string; name: string }[];
    };
    const id = s.entities.find((e) => e.name === 'Islamic State')!.id;
    await page.goto(`${served.url}/#/entity/${id}`);
    await page.locator('[data-testid=incidents]').waitFor();
    expect(await page.locator('[data-testid=incident]').count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
