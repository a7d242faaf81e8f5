// What a new analyst does in chromium: select words in an article to cite their
// sentence for a tie the extractor missed, edit a tie's type, see an event's date,
// place and participants in the article's sidebar, and see a rejection clear the
// conflict it caused on the group's page.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  ensureWebBuilt,
  findChromium,
  openWorkbench,
  type Served,
  seedDatabase,
  type Workbench,
} from './ui-helpers.js';

const CHROMIUM = findChromium();

describe.skipIf(!CHROMIUM)('analyst corrections in chromium', () => {
  let served: Served;
  let wb: Workbench;
  let page: Page;
  let seedDir: string;
  let pageErrors: string[] = [];
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `analyst-${name}.png`) });

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ensureWebBuilt();
    const seeded = seedDatabase();
    seedDir = seeded.dir;
    wb = await openWorkbench(CHROMIUM!, seeded.db, { remove: seedDir });
    ({ served, page, pageErrors } = wb);
  }, 240_000);

  afterAll(() => wb?.close());

  /** Selects the first occurrence of `words` in the article text, as a mouse drag would. */
  const select = (words: string) =>
    page.evaluate((w) => {
      const root = document.querySelector('[data-testid=article-text]')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n.textContent ?? '').indexOf(w);
        if (at < 0) continue;
        const r = document.createRange();
        r.setStart(n, at);
        r.setEnd(n, at + w.length);
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(r);
        root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return true;
      }
      return false;
    }, words);

  const openArticle = async (title: string) => {
    await page.goto(`${served.url}/#/home`);
    await page.locator('[data-testid=recent-articles] a', { hasText: title }).click();
    await page.locator('[data-testid=article-text]').waitFor();
  };

  it('adds a tie citing the sentence of the selected words, then edits its type', async () => {
    await openArticle('Fajr leader denies defection reports');
    expect(await select('remains with')).toBe(true);
    // The whole sentence is cited, not just the selected words.
    await expect
      .poll(() => page.locator('[data-testid=cited]').textContent())
      .toBe('"Qari Bashir Durrani remains with us," Khorsani said in a statement on Tuesday.');
    const form = page.locator('[data-testid=add-fact] [data-testid=fact-form]');
    await form.locator('select[aria-label=subject]').selectOption({ label: 'Qari Bashir Durrani' });
    await form.locator('select[aria-label="tie type"]').selectOption('member_of');
    await form.locator('select[aria-label=object]').selectOption({ label: 'Jamaat ul-Fajr' });
    await shot('add-tie');
    await form.locator('button[type=submit]').click();
    const added = page.locator('[data-testid=fact][data-status=confirmed]', { hasText: 'member of' });
    await expect.poll(() => added.count()).toBe(1);
    expect(await added.textContent()).toContain('Qari Bashir Durrani');
    // The new tie's evidence is the cited sentence, highlighted as confirmed.
    expect(await page.locator('.hl-fact.fact-confirmed').count()).toBeGreaterThan(0);

    await added.locator('button', { hasText: 'edit' }).click();
    await added.locator('select[aria-label="tie type"]').selectOption('supports');
    await added.locator('button[type=submit]').click();
    await expect
      .poll(() => page.locator('[data-testid=fact]', { hasText: 'Qari Bashir Durrani supports' }).count())
      .toBe(1);
    expect(
      await page.locator('[data-testid=fact]', { hasText: 'Qari Bashir Durrani member of' }).count(),
    ).toBe(0);
  });

  it("each event in the article's sidebar shows its date, place and participants", async () => {
    await openArticle('Jamaat ul-Fajr spokesman rejects rival faction');
    expect(await select('Police arrested')).toBe(true);
    const form = page.locator('[data-testid=add-fact] [data-testid=fact-form]');
    await form.locator('input[type=radio]').nth(1).check();
    await form.locator('select[aria-label="event type"]').selectOption('arrest');
    await form.locator('input[aria-label=date]').fill('2021-01');
    await form.locator('select[aria-label=place]').selectOption({ label: 'Quetta' });
    await form.locator('select[aria-label="participant 1"]').selectOption({ label: 'Mohammad Tariq Zaman' });
    await form.locator('select[aria-label="role 1"]').selectOption('patient');
    await form.locator('button[type=submit]').click();
    const detail = page.locator('[data-testid=event-detail]', { hasText: '2021-01' });
    await expect.poll(() => detail.count()).toBe(1);
    expect((await detail.textContent())?.replace(/\s+/g, ' ')).toBe(
      '2021-01 · in Quetta · patient: Mohammad Tariq Zaman',
    );
    // Edit it from the same row: type, date, place and roles.
    const row = page.locator('[data-testid=fact]', { has: detail });
    await row.locator('button', { hasText: 'edit' }).click();
    const edit = row.locator('[data-testid=fact-form]');
    await edit.locator('select[aria-label="event type"]').selectOption('killing');
    await edit.locator('input[aria-label=date]').fill('2021-02-03');
    const placeSelect = edit.locator('select[aria-label=place]');
    const other = (await placeSelect.locator('option').allTextContents()).find((t) => /peshawar/i.test(t))!;
    await placeSelect.selectOption({ label: other });
    await edit.locator('select[aria-label="role 1"]').selectOption('agent');
    await edit.locator('button[type=submit]').click();
    const edited = page.locator('[data-testid=event-detail]', { hasText: '2021-02-03' });
    await expect.poll(() => edited.count()).toBe(1);
    expect((await edited.textContent())?.replace(/\s+/g, ' ')).toBe(
      `2021-02-03 · in ${other} · agent: Mohammad Tariq Zaman`,
    );
    expect(
      await page.locator('[data-testid=fact]', { has: edited }).locator('a em').first().textContent(),
    ).toBe('killing');
    expect(await page.locator('[data-testid=event-detail]', { hasText: '2021-01 ·' }).count()).toBe(0);
    const all = await page.locator('[data-testid=event-detail]').allTextContents();
    // Every event says when (or that it is undated); none is blank.
    expect(all.every((t) => /^(\d{4}(-\d{2}){0,2}|undated)/.test(t))).toBe(true);
    await shot('event-detail');
  });

  it('a rejected leader tie no longer puts "conflicting claims" on the group', async () => {
    await openArticle('Fajr leader denies defection reports');
    expect(await select('denied that')).toBe(true);
    const form = page.locator('[data-testid=add-fact] [data-testid=fact-form]');
    await form.locator('select[aria-label=subject]').selectOption({ label: 'Asad Khorsani' });
    await form.locator('select[aria-label="tie type"]').selectOption('leader_of');
    await form.locator('select[aria-label=object]').selectOption({ label: 'Jamaat ul-Fajr' });
    await form.locator('button[type=submit]').click();
    const wrong = page
      .locator('[data-testid=fact]', { hasText: 'leader of' })
      .filter({ hasText: 'Khorsani' });
    await expect.poll(() => wrong.count()).toBe(1);

    await page.locator('[data-testid=article-text] a', { hasText: 'Jamaat ul-Fajr' }).first().click();
    await page.locator('[data-testid=entity-page]').waitFor();
    // Both leaders' ties are flagged, and the page head counts them.
    await expect.poll(() => page.locator('[data-testid=tie].conflict').count()).toBe(2);
    expect(await page.locator('.badge.warn', { hasText: /^2 conflicting claims$/ }).count()).toBe(1);
    await shot('conflict');
    await page.goBack();
    await page.locator('[data-testid=article-text]').waitFor();
    await wrong.locator('button', { hasText: 'reject' }).click();
    await expect.poll(() => wrong.getAttribute('data-status')).toBe('rejected');
    await page.locator('[data-testid=article-text] a', { hasText: 'Jamaat ul-Fajr' }).first().click();
    await page.locator('[data-testid=entity-page]').waitFor();
    await expect.poll(() => page.locator('[data-testid=tie]').count()).toBeGreaterThan(0);
    expect(await page.locator('.badge.warn', { hasText: 'conflicting claims' }).count()).toBe(0);
    expect(await page.locator('[data-testid=tie].conflict').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('home lists recent articles newest first', async () => {
    await page.goto(`${served.url}/#/home`);
    await expect.poll(() => page.locator('[data-testid=recent-articles] li').count()).toBeGreaterThan(2);
    const dates = (await page.locator('[data-testid=recent-articles] .meta').allTextContents()).map(
      (t) => /\d{4}-\d{2}-\d{2}/.exec(t)?.[0] ?? '',
    );
    expect(dates.filter(Boolean).length).toBeGreaterThan(2);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('timeline: one undated section at the end, each event with its article and outlet, no doubled quotes', async () => {
    // An undated event of a dated article: it must not be dated by the article.
    const res = await fetch(`${served.url}/api/ingest`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Dossier-CSRF': '1' },
      body: JSON.stringify({
        text: 'Police arrested Qari Bashir Durrani in Quetta, a police source said. Gunmen attacked a checkpoint near Zarghunabad and the Red Sea port of Hodeida. Traders shut their shops along Multan Road in Lahore.',
        title: 'Durrani arrested',
        published: '2024-05-02',
      }),
    });
    expect(res.status).toBe(200);
    await page.goto(`${served.url}/#/timeline`);
    await page.locator('[data-testid=timeline]').waitFor();
    await expect.poll(() => page.locator('.tl li').count()).toBeGreaterThan(1);
    const years = await page.locator('.tl .year').allTextContents();
    expect(years.filter((y) => y === 'undated')).toHaveLength(1);
    expect(years[years.length - 1]).toBe('undated');
    const sources = await page.locator('[data-testid=ev-source]').allTextContents();
    expect(sources.length).toBe(await page.locator('.tl li').count());
    expect(sources.some((t) => t.includes('Durrani arrested'))).toBe(true);
    expect(sources.some((t) => t.includes('The Frontier Ledger'))).toBe(true);
    for (const t of await page.locator('.ev-sentence a').allTextContents())
      expect(t, t).not.toMatch(/^[“"][“"]|[”"][”"]$/);
    await page.screenshot({ path: join(ARTIFACTS, 'analyst-timeline.png'), fullPage: true });
  });

  it('map: labels that do not overlap, dateline capitals in title case, places not located listed, a date range shared with the timeline', async () => {
    await page.goto(`${served.url}/#/map`);
    await expect.poll(() => page.locator('[data-testid=map-labels] text').count()).toBeGreaterThan(1);
    await page.screenshot({ path: join(ARTIFACTS, 'analyst-map.png'), fullPage: true });
    const labels = await page.locator('[data-testid=map-labels] text').allTextContents();
    expect(labels).toContain('Peshawar');
    expect(labels).not.toContain('PESHAWAR');
    expect(labels).toContain('Red Sea');
    const boxes = await page.locator('[data-testid=map-labels] text').evaluateAll((els) =>
      els.map((e) => {
        // an SVGRect does not cross to node: a plain object does
        const b = (e as SVGGraphicsElement).getBBox();
        return { x: b.x, y: b.y, width: b.width, height: b.height };
      }),
    );
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const apart =
          a.x + a.width <= b.x + 1 ||
          b.x + b.width <= a.x + 1 ||
          a.y + a.height <= b.y + 1 ||
          b.y + b.height <= a.y + 1;
        expect(apart, `${labels[i]} / ${labels[j]}: ${JSON.stringify([a, b])}`).toBe(true);
      }
    await expect
      .poll(() => page.locator('[data-testid=not-located] li').allTextContents())
      .toContainEqual(expect.stringContaining('Zarghunabad'));
    // A street named after a town is not placed in the town: it is a place not located.
    expect(await page.locator('[data-testid=not-located] li').allTextContents()).toContainEqual(
      expect.stringContaining('Multan Road'),
    );
    expect(labels).toContain('Lahore');
    expect(labels).not.toContain('Multan');
    await page.screenshot({ path: join(ARTIFACTS, 'analyst-map.png'), fullPage: true });
    // A range set on the map is the timeline's range too.
    await page.locator('[data-testid=map-filters] input[type=date]').first().fill('2024-01-01');
    await expect
      .poll(() => page.locator('[data-testid=map-labels] text').allTextContents())
      .not.toContain('Peshawar');
    expect(await page.locator('[data-testid=map-labels] text').allTextContents()).toContain('Quetta');
    await page.locator('nav a', { hasText: 'Timeline' }).click();
    await page.locator('[data-testid=timeline]').waitFor();
    expect(await page.locator('[data-testid=timeline] input[type=date]').first().inputValue()).toBe(
      '2024-01-01',
    );
    expect(pageErrors).toEqual([]);
  });

  it('splits an entity that merged two groups from its page, by ticking the spellings of the second', async () => {
    const res = await fetch(`${served.url}/api/ingest`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Dossier-CSRF': '1' },
      body: JSON.stringify({
        text: 'Police clashed with supporters of Tehreek-i-Labbaik Pakistan (TLP) in Karachi on Monday.\n\nThe TLP grew out of Tehreek-i-Labbaik Ya Rasool Allah (TLYRA), a movement founded by Khadim Hussain Rizvi. Saad Rizvi is the leader of the TLP. The TLP said its workers would march again.',
        title: 'Police clash with party supporters',
        published: '2023-05-02',
      }),
    });
    expect(res.status).toBe(200);
    // The extractor keeps the party and the movement it grew out of apart; a mistaken merge
    // (an analyst's here) makes one organisation under both names, as the split undoes.
    const orgs = (await (await fetch(`${served.url}/api/entities?type=organization&limit=500`)).json()) as {
      items: { id: string; name: string }[];
    };
    const idOf = (name: string) => orgs.items.find((e) => e.name === name)?.id;
    const merged = await fetch(`${served.url}/api/decisions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Dossier-CSRF': '1' },
      body: JSON.stringify({
        kind: 'merge',
        entityId: idOf('Tehreek-i-Labbaik Pakistan'),
        otherId: idOf('Tehreek-i-Labbaik Ya Rasool Allah'),
      }),
    });
    expect(merged.status).toBe(200);
    await page.goto(`${served.url}/#/home`);
    await page.locator('input[type=search]').first().fill('TLYRA');
    await page.locator('.suggestion', { hasText: 'Tehreek-i-Labbaik' }).first().click();
    await page.locator('[data-testid=entity-page]').waitFor();
    const names = page.locator('[data-testid=names] .names li');
    // One organisation under both parties' names.
    const before = (await names.allTextContents()).join(' | ');
    expect(before).toContain('TLYRA');
    expect(before).toContain('TLP');
    const button = page.locator('[data-testid=split-button]');
    expect(await button.isDisabled()).toBe(true);
    await page.locator('input[aria-label="split TLYRA"]').check();
    await page.locator('input[aria-label="split Tehreek-i-Labbaik Ya Rasool Allah"]').check();
    await shot('split');
    await button.click();
    const done = page.locator('[data-testid=split-done] a');
    await expect.poll(() => done.textContent()).toBe('TLYRA');
    // What stays keeps the party's names only, under one of them.
    await expect.poll(async () => (await names.allTextContents()).join(' | ')).not.toContain('TLYRA');
    expect(await page.locator('.entity-head h1').textContent()).toMatch(/TLP|Tehreek-i-Labbaik Pakistan/);
    await done.click();
    await expect.poll(() => page.locator('.entity-head h1').textContent()).toContain('TLYRA');
    expect((await names.allTextContents()).join(' | ')).toContain('Tehreek-i-Labbaik Ya Rasool Allah');
    const decisions = (await (await fetch(`${served.url}/api/decisions`)).json()) as {
      items: { kind: string; name?: string; splitId?: string }[];
    };
    expect(decisions.items[0]).toMatchObject({ kind: 'split', name: 'TLYRA' });
    // The answer names the new entity and keeps what undo needs (the entities' rows) to itself.
    expect(await done.getAttribute('href')).toContain(decisions.items[0].splitId);
    expect(Object.keys(decisions.items[0])).not.toContain('undo');
    expect(Object.keys(decisions.items[0])).not.toContain('refs');
    expect(pageErrors).toEqual([]);
  });

  it("changes an entity's type from its page, saved as a decision", async () => {
    await page.goto(`${served.url}/#/home`);
    await page.locator('input[type=search]').first().fill('Tariq Zaman');
    await page.locator('.suggestion', { hasText: 'Mohammad Tariq Zaman' }).first().click();
    await page.locator('[data-testid=entity-page]').waitFor();
    const sel = page.locator('select[aria-label="entity type"]');
    expect(await sel.inputValue()).toBe('person');
    await sel.selectOption('organization');
    await expect
      .poll(() => page.locator('select[aria-label="entity type"]').inputValue())
      .toBe('organization');
    const decisions = (await (await fetch(`${served.url}/api/decisions`)).json()) as {
      items: { kind: string; entityType?: string }[];
    };
    expect(decisions.items[0]).toMatchObject({ kind: 'retype', entityType: 'organization' });
    await page.reload();
    await page.locator('[data-testid=entity-page]').waitFor();
    expect(await page.locator('select[aria-label="entity type"]').inputValue()).toBe('organization');
  });
});
