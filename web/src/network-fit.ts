// Fitting the camera to what is drawn, labels included. Sigma fits the nodes' positions
// into the canvas (less its stage padding), but a label runs to the right of its node, so
// the label of a node near the right edge was cut off. Here the camera moves and zooms
// out until every node and every label that sigma draws lies inside the canvas.
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';

type AnySigma = Sigma<Attributes, Attributes, Attributes>;

// Sigma members that are private in its typings but needed here.
interface SigmaInternals {
  displayedNodeLabels: Set<string>;
}

type Box = { x0: number; y0: number; x1: number; y1: number };

let measurer: CanvasRenderingContext2D | null = null;

/** Label width in pixels in sigma's label font. */
export function labelWidthPx<N extends Attributes, E extends Attributes>(
  sigma: Sigma<N, E>,
  label: string,
): number {
  const renderer = sigma as unknown as AnySigma;
  if (!label) return 0;
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return label.length * 7;
  const s = renderer.getSettings();
  measurer.font = `${s.labelWeight} ${s.labelSize}px ${s.labelFont}`;
  return measurer.measureText(label).width;
}

/** The viewport box of every drawn node and label (sigma draws a label 3 px right of its node). */
function drawnBox<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): Box | null {
  const renderer = sigma as unknown as AnySigma;
  const labelled = (renderer as unknown as SigmaInternals).displayedNodeLabels ?? new Set<string>();
  const half = renderer.getSetting('labelSize') / 2 + 1;
  let box: Box | null = null;
  renderer.getGraph().forEachNode((node) => {
    const d = renderer.getNodeDisplayData(node);
    if (!d || d.hidden) return;
    const p = renderer.framedGraphToViewport(d);
    const r = renderer.scaleSize(d.size);
    const label = labelled.has(node) && d.label ? labelWidthPx(renderer, d.label) + 3 : 0;
    const b = { x0: p.x - r, x1: p.x + r + label, y0: p.y - Math.max(r, label ? half : 0), y1: 0 };
    b.y1 = p.y + (p.y - b.y0);
    box = box
      ? {
          x0: Math.min(box.x0, b.x0),
          y0: Math.min(box.y0, b.y0),
          x1: Math.max(box.x1, b.x1),
          y1: Math.max(box.y1, b.y1),
        }
      : b;
  });
  return box;
}

/**
 * Resets the camera (unless `reset` is false), then zooms out and recentres until the
 * drawing, labels included, fits inside the canvas with `margin` pixels to spare.
 */
export function fitWithLabels<N extends Attributes, E extends Attributes>(
  sigma: Sigma<N, E>,
  margin = 10,
  reset = true,
): void {
  const renderer = sigma as unknown as AnySigma;
  const camera = renderer.getCamera();
  if (reset) camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  renderer.refresh();
  const { width, height } = renderer.getDimensions();
  for (let round = 0; round < 6; round++) {
    const b = drawnBox(renderer);
    if (!b) return;
    if (b.x0 >= margin && b.y0 >= margin && b.x1 <= width - margin && b.y1 <= height - margin) return;
    const k = Math.max((b.x1 - b.x0) / (width - 2 * margin), (b.y1 - b.y0) / (height - 2 * margin), 1);
    const centre = renderer.viewportToFramedGraph({ x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2 });
    // a little more than the measured overflow: labels stay the same size as the nodes shrink
    camera.setState({ x: centre.x, y: centre.y, ratio: camera.ratio * (k > 1 ? k * 1.02 : 1) });
    renderer.refresh();
  }
}

/**
 * Labels that can be drawn without covering one another or a node, or running off the
 * canvas: `first` (the focus, each component's busiest node) first, then the busiest nodes.
 * Greedy and quadratic: for small graphs only.
 */
export function chooseLabels<N extends Attributes, E extends Attributes>(
  sigma: Sigma<N, E>,
  first: string[],
  weight: (node: string) => number,
  margin = 2,
): Set<string> {
  const renderer = sigma as unknown as AnySigma;
  const { width, height } = renderer.getDimensions();
  const h = renderer.getSetting('labelSize') + 2;
  type Item = { node: string; x: number; y: number; r: number; label: string };
  const items: Item[] = [];
  renderer.getGraph().forEachNode((node, a) => {
    const d = renderer.getNodeDisplayData(node);
    if (!d || d.hidden) return;
    const p = renderer.framedGraphToViewport(d);
    items.push({ node, x: p.x, y: p.y, r: renderer.scaleSize(d.size), label: String(a.label ?? '') });
  });
  const firsts = new Set(first);
  items.sort(
    (a, b) =>
      Number(firsts.has(b.node)) - Number(firsts.has(a.node)) ||
      weight(b.node) - weight(a.node) ||
      a.node.localeCompare(b.node),
  );
  const taken: Box[] = [];
  const overlaps = (b: Box) => taken.some((t) => b.x0 < t.x1 && t.x0 < b.x1 && b.y0 < t.y1 && t.y0 < b.y1);
  const chosen = new Set<string>();
  for (const it of items) {
    if (!it.label) continue;
    const x0 = it.x + it.r + 3;
    const box = { x0, x1: x0 + labelWidthPx(renderer, it.label), y0: it.y - h / 2, y1: it.y + h / 2 };
    if (box.x1 > width - margin || box.y0 < margin || box.y1 > height - margin) continue;
    // a label may not cover another node's disc (the first ones may: they name what is there)
    const hitsNode =
      !firsts.has(it.node) &&
      items.some(
        (o) =>
          o !== it && o.x + o.r > box.x0 && o.x - o.r < box.x1 && o.y + o.r > box.y0 && o.y - o.r < box.y1,
      );
    if (hitsNode || overlaps(box)) continue;
    taken.push(box);
    chosen.add(it.node);
  }
  return chosen;
}
