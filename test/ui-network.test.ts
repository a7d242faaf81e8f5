// The network view in chromium, as issue 16's analyst met it: from an entity page the
// network opens on that entity's neighbourhood; no label is cut off at the canvas edge;
// a graph of many small components is laid out so that each is named and none overlaps.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
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

// Invented leaders of invented groups: twelve articles, twelve two-node components.
const PAIRS: [string, string][] = [
  ['Tariq Mehmood Zargar', 'Lashkar-e-Sahil'],
  ['Imran Bashir Lone', 'Jaish-ul-Qamar'],
  ['Sajid Rauf Khattak', 'Tehreek-e-Nijat'],
  ['Naveed Akram Sheikh', 'Harkat-ul-Fursan'],
  ['Faisal Qadir Mirza', 'Jamaat-ul-Sabr'],
  ['Javed Iqbal Durrani', 'Ansar-ul-Rimal'],
  ['Yasir Hameed Baloch', 'Sipah-e-Nasr'],
  ['Kamran Latif Wazir', 'Lashkar-e-Shams'],
  ['Adnan Saleem Jatoi', 'Jaish-e-Barq'],
  ['Bilal Nawaz Chohan', 'Tehreek-e-Wafa'],
  ['Shahid Aziz Marwat', 'Harkat-ul-Ahrar'],
  ['Zubair Ahmed Kundi', 'Jamaat-ul-Nur'],
];

type Box = { x0: number; y0: number; x1: number; y1: number; label: string };
interface Drawn {
  width: number;
  height: number;
  /** ink of the label layer in the outermost two pixels on each side */
  edgeInk: number;
  labels: Box[];
  /** per component: its box (nodes and labels) and how many labels it shows */
  components: { box: Box; labels: number; size: number }[];
}

/** What sigma drew, read in the page: label boxes, edge pixels, components. */
const drawn = (page: Page): Promise<Drawn> =>
  page.evaluate(() => {
    // biome-ignore lint/suspicious/noExplicitAny: sigma's internals, read as the page sees them
    const r = (window as any).__dossierSigma;
    const { width, height } = r.getDimensions();
    const canvas = r.getCanvases().labels as HTMLCanvasElement;
    const ctx = canvas.getContext('2d')!;
    const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let edgeInk = 0;
    for (let y = 0; y < canvas.height; y++)
      for (let x = 0; x < canvas.width; x++) {
        if (x > 1 && x < canvas.width - 2 && y > 1 && y < canvas.height - 2) continue;
        if (img.data[(y * canvas.width + x) * 4 + 3] > 0) edgeInk++;
      }
    const s = r.getSettings();
    const m = document.createElement('canvas').getContext('2d')!;
    m.font = `${s.labelWeight} ${s.labelSize}px ${s.labelFont}`;
    const g = r.getGraph();
    const shown: Set<string> = r.displayedNodeLabels;
    const boxOf = (node: string): { node: Box; label: Box | null } => {
      const d = r.getNodeDisplayData(node);
      const p = r.framedGraphToViewport(d);
      const rad = r.scaleSize(d.size);
      const nodeBox = { x0: p.x - rad, x1: p.x + rad, y0: p.y - rad, y1: p.y + rad, label: '' };
      if (!shown.has(node) || !d.label) return { node: nodeBox, label: null };
      const x0 = p.x + rad + 3;
      const h = s.labelSize / 2;
      return {
        node: nodeBox,
        label: { x0, x1: x0 + m.measureText(d.label).width, y0: p.y - h, y1: p.y + h, label: d.label },
      };
    };
    const seen = new Set<string>();
    const components: Drawn['components'] = [];
    const labels: Box[] = [];
    g.forEachNode((start: string) => {
      if (seen.has(start)) return;
      const stack = [start];
      seen.add(start);
      const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity, label: '' };
      let n = 0;
      let size = 0;
      while (stack.length) {
        const node = stack.pop()!;
        size++;
        const b = boxOf(node);
        for (const x of [b.node, b.label]) {
          if (!x) continue;
          box.x0 = Math.min(box.x0, x.x0);
          box.y0 = Math.min(box.y0, x.y0);
          box.x1 = Math.max(box.x1, x.x1);
          box.y1 = Math.max(box.y1, x.y1);
        }
        if (b.label) {
          n++;
          labels.push(b.label);
        }
        g.forEachNeighbor(node, (o: string) => {
          if (!seen.has(o)) {
            seen.add(o);
            stack.push(o);
          }
        });
      }
      components.push({ box, labels: n, size });
    });
    return { width, height, edgeInk, labels, components };
  });

const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe.skipIf(!CHROMIUM)('network view in chromium', () => {
  let served: Served;
  let wb: Workbench;
  let page: Page;
  let seedDir: string;
  let pageErrors: string[] = [];
  // the group's id, found by the first test through the search box
  let fajrId = '';

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ensureWebBuilt();
    const seeded = seedDatabase();
    seedDir = seeded.dir;
    const more = join(seedDir, 'pairs');
    mkdirSync(more);
    for (const [i, [person, group]] of PAIRS.entries())
      writeFileSync(
        join(more, `pair-${i}.txt`),
        `TITLE: ${group} names a new chief\nDATE: 2023-0${1 + (i % 9)}-1${i % 9}\n\n${person} is the leader of ${group}, a police official said on Monday.\n`,
      );
    const r = spawnSync(join(ROOT, 'bin', 'dossier'), ['ingest', '--db', seeded.db, more], {
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    wb = await openWorkbench(CHROMIUM!, seeded.db, { remove: seedDir });
    ({ served, page, pageErrors } = wb);
  }, 240_000);

  afterAll(() => wb?.close());

  const nodes = () => page.locator('[data-testid=sigma]').getAttribute('data-nodes').then(Number);
  const settled = async (n?: number) => {
    if (n !== undefined) await expect.poll(nodes, { timeout: 20_000 }).toBe(n);
    else await expect.poll(nodes, { timeout: 20_000 }).toBeGreaterThan(1);
    // the frame is set after the layout; give the label pass its frame
    await page.waitForTimeout(400);
  };
  const wholeGraph = async () =>
    ((await (await fetch(`${served.url}/api/graph?limit=500`)).json()) as { nodes: unknown[] }).nodes.length;

  it("opens on the entity's neighbourhood from its page, with hops to widen it and a way to the whole network", async () => {
    const whole = await wholeGraph();
    await page.goto(`${served.url}/#/home`);
    await page.locator('input[type=search]').first().fill('Jamaat ul-Fajr');
    await page.locator('.suggestion', { hasText: 'Jamaat ul-Fajr' }).first().click();
    await page.locator('[data-testid=entity-page]').waitFor();
    const id = decodeURIComponent(/#\/entity\/([^?]+)/.exec(page.url())![1]!);
    fajrId = id;
    // The top bar's Network link, followed from an entity page, is its neighbourhood.
    await page.locator('header nav a', { hasText: 'Network' }).click();
    await expect.poll(() => page.url()).toContain(`around=${encodeURIComponent(id)}`);
    await settled();
    expect(await page.locator('[data-testid=net-focus]').textContent()).toContain('Around Jamaat ul-Fajr');
    const two = await nodes();
    expect(two).toBeLessThan(whole);
    // The focus is selected (the side panel and timeline follow it) and labelled.
    expect(await page.locator('.net-side .selected h2').textContent()).toContain('Jamaat ul-Fajr');
    const d = await drawn(page);
    expect(d.labels.map((l) => l.label)).toContain('Jamaat ul-Fajr');
    await page.screenshot({ path: join(ARTIFACTS, 'network-around.png') });

    await page.locator('[data-testid=net-focus] a', { hasText: '1 hop' }).click();
    await expect.poll(nodes).toBeLessThanOrEqual(two);
    await page.locator('[data-testid=net-focus] a', { hasText: 'whole network' }).click();
    await settled(whole);
    // Away from an entity page the Network link is the whole network.
    expect(await page.locator('header nav a', { hasText: 'Network' }).getAttribute('href')).toBe('#/network');
    // The entity page's own button goes to the same neighbourhood.
    await page.goto(`${served.url}/#/entity/${encodeURIComponent(id)}`);
    await page.locator('a', { hasText: 'Show in network' }).click();
    await settled(two);
    expect(pageErrors).toEqual([]);
  });

  it('draws no label past the edge of the canvas, and no label over another', async () => {
    expect(fajrId).not.toBe('');
    for (const url of ['#/network', `#/network?around=${encodeURIComponent(fajrId)}`]) {
      await page.goto(`${served.url}/${url}`);
      await settled();
      const d = await drawn(page);
      // a neighbourhood of a handful of nodes labels every one; a larger view labels at least six
      expect(d.labels.length, url).toBeGreaterThanOrEqual(Math.min(await nodes(), 6));
      expect(d.edgeInk, `${url}: label pixels on the canvas edge`).toBe(0);
      for (const l of d.labels) {
        expect(l.x0, l.label).toBeGreaterThanOrEqual(0);
        expect(l.x1, l.label).toBeLessThanOrEqual(d.width);
        expect(l.y0, l.label).toBeGreaterThanOrEqual(0);
        expect(l.y1, l.label).toBeLessThanOrEqual(d.height);
      }
      for (let i = 0; i < d.labels.length; i++)
        for (let j = i + 1; j < d.labels.length; j++)
          expect(overlap(d.labels[i]!, d.labels[j]!), `${d.labels[i]!.label} / ${d.labels[j]!.label}`).toBe(
            false,
          );
    }
  });

  it('lays out many small components so that each is named, none overlaps another, and they fill the canvas', async () => {
    await page.goto(`${served.url}/#/network`);
    await settled(await wholeGraph());
    const d = await drawn(page);
    const pairs = d.components.filter((c) => c.size === 2);
    expect(pairs.length).toBeGreaterThanOrEqual(PAIRS.length);
    for (const c of d.components) expect(c.labels, JSON.stringify(c.box)).toBeGreaterThan(0);
    for (let i = 0; i < d.components.length; i++)
      for (let j = i + 1; j < d.components.length; j++)
        expect(overlap(d.components[i]!.box, d.components[j]!.box)).toBe(false);
    // Every pair is named in full: both its labels are drawn.
    expect(pairs.every((c) => c.labels === 2)).toBe(true);
    const all = d.components.reduce(
      (b, c) => ({
        x0: Math.min(b.x0, c.box.x0),
        y0: Math.min(b.y0, c.box.y0),
        x1: Math.max(b.x1, c.box.x1),
        y1: Math.max(b.y1, c.box.y1),
      }),
      { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity },
    );
    // the drawing uses the canvas: at least 80% of it one way and 50% the other
    const wide = (all.x1 - all.x0) / d.width;
    const tall = (all.y1 - all.y0) / d.height;
    expect(Math.max(wide, tall)).toBeGreaterThan(0.8);
    expect(Math.min(wide, tall)).toBeGreaterThan(0.5);
    await page.screenshot({ path: join(ARTIFACTS, 'network-components.png') });
    expect(pageErrors).toEqual([]);
  });
});
