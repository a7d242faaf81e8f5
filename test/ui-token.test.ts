// With DOSSIER_TOKEN set, the UI asks for the token on the first 401, keeps it in
// sessionStorage (never in the URL), sends it as a bearer token, and the write goes through.
import { rmSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt, findChromium, launch, type Served, seedDatabase, serve } from './ui-helpers.js';

const CHROMIUM = findChromium();
const TOKEN = 'ui-token-7f3a9c';

describe.skipIf(!CHROMIUM)('the UI against a server with DOSSIER_TOKEN', () => {
  let served: Served;
  let ctx: BrowserContext;
  let page: Page;
  let seedDir: string;
  const authHeaders: (string | undefined)[] = [];

  beforeAll(async () => {
    ensureWebBuilt();
    const seeded = seedDatabase();
    seedDir = seeded.dir;
    served = await serve(seeded.db, { DOSSIER_TOKEN: TOKEN });
    if (served.kind !== 'real') return;
    ctx = await launch(CHROMIUM!);
    page = ctx.pages()[0] ?? (await ctx.newPage());
    page.on('request', (r) => {
      if (r.url().includes('/api/ingest')) authHeaders.push(r.headers().authorization);
    });
  }, 120_000);

  afterAll(async () => {
    await ctx?.close();
    await served?.close();
    if (seedDir) rmSync(seedDir, { recursive: true, force: true });
  });

  const pasteAndSubmit = async (text: string) => {
    await page.goto(`${served.url}/#/ingest`);
    await page.locator('textarea').fill(text);
    await page.locator('button[type=submit]').click();
  };

  it('a write without the token asks for it; cancelling shows the server’s reason', async () => {
    if (served.kind !== 'real') return;
    await pasteAndSubmit(
      'Police in Quetta arrested Nadir Baloch, a commander of the Kohsar Front, on Monday.',
    );
    const prompt = page.locator('[data-testid=token-prompt]');
    await prompt.waitFor();
    expect(await prompt.locator('input').getAttribute('type')).toBe('password');
    await prompt.locator('button', { hasText: 'Cancel' }).click();
    await expect.poll(() => page.locator('.ingest').textContent()).toContain('DOSSIER_TOKEN');
    expect(await page.evaluate(() => sessionStorage.getItem('dossier-token'))).toBeNull();
  });

  it('entering the token sends it as a bearer token, keeps it for the tab, never in the URL', async () => {
    if (served.kind !== 'real') return;
    await pasteAndSubmit(
      'Officials in Gwadar said Hamid Rind, a leader of the Kohsar Front, was detained on Tuesday.',
    );
    const prompt = page.locator('[data-testid=token-prompt]');
    await prompt.waitFor();
    await prompt.locator('input').fill(TOKEN);
    await prompt.locator('button', { hasText: 'Use token' }).click();
    await page.locator('[data-testid=article-text]').waitFor({ timeout: 30_000 });
    expect(page.url()).not.toContain(TOKEN);
    expect(await page.evaluate(() => sessionStorage.getItem('dossier-token'))).toBe(TOKEN);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(authHeaders.at(-1)).toBe(`Bearer ${TOKEN}`);
    // the next write uses the kept token without asking again
    await pasteAndSubmit(
      'A spokesman in Turbat said Saleem Marri of the Kohsar Front surrendered on Wednesday.',
    );
    await page.locator('[data-testid=article-text]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid=token-prompt]').count()).toBe(0);
    expect(authHeaders.at(-1)).toBe(`Bearer ${TOKEN}`);
  });
});
