// The Export menu in chromium: on the entity, search and network pages it links to
// GET /api/export with what the page shows, and the links download real exports.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureWebBuilt,
  findChromium,
  openWorkbench,
  type Served,
  seedDatabase,
  type Workbench,
} from './ui-helpers.js';

const CHROMIUM = findChromium();

describe.skipIf(!CHROMIUM)('Export menu in chromium', () => {
  let wb: Workbench;
  let served: Served;
  let page: Page;

  beforeAll(async () => {
    ensureWebBuilt();
    const seeded = seedDatabase();
    wb = await openWorkbench(CHROMIUM!, seeded.db, { remove: seeded.dir });
    ({ served, page } = wb);
  }, 120_000);

  afterAll(() => wb?.close());

  const links = async () => {
    const menu = page.locator('[data-testid=export-menu]').first();
    await menu.locator('summary').click();
    return menu
      .locator('a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  };

  it("the entity page exports the entity's neighbourhood, and the STIX link downloads a bundle", async () => {
    await page.goto(served.url);
    await page.locator('input[type=search]').first().fill('Khorasani');
    await page.locator('.suggestion').first().click();
    await page.locator('[data-testid=entity-page]').waitFor();
    const id = decodeURIComponent(page.url().split('#/entity/')[1].split('?')[0]);
    const hrefs = await links();
    expect(hrefs).toHaveLength(10);
    const stix = hrefs.find((h) => h.includes('format=stix'))!;
    expect(new URL(stix, served.url).searchParams.get('entity')).toBe(id);
    const res = await fetch(new URL(stix, served.url));
    expect(res.status).toBe(200);
    const bundle = (await res.json()) as { type: string; objects: { x_dossier_id?: string }[] };
    expect(bundle.type).toBe('bundle');
    expect(bundle.objects.some((o) => o.x_dossier_id === id)).toBe(true);
  });

  it('the search page exports what the search found', async () => {
    await page.goto(`${served.url}/#/search?q=Quetta`);
    const hrefs = await links();
    const csv = hrefs.find((h) => h.includes('table=sources'))!;
    expect(new URL(csv, served.url).searchParams.get('q')).toBe('Quetta');
    const text = await (await fetch(new URL(csv, served.url))).text();
    const rows = text.trim().split('\n');
    expect(rows.length).toBe(1 + 2); // the two articles naming Quetta, not the third
  });

  it('the network page exports with its dates', async () => {
    await page.goto(`${served.url}/#/network`);
    await page.locator('input[aria-label=since]').fill('2022-01-01');
    const hrefs = await links();
    expect(new URL(hrefs[0], served.url).searchParams.get('since')).toBe('2022-01-01');
  });
});
