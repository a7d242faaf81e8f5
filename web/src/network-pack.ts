// A graph of many small components: ForceAtlas2 pushes unconnected pieces far apart
// (repulsion with nothing holding them), leaving a few dots lost at the edges. Each
// component is laid out on its own by the force layout, then the components are packed
// in rows, largest first, like words on a page.
import type Graph from 'graphology';

/** Connected components (edges read both ways), largest first. */
export function components(g: Graph): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  g.forEachNode((start) => {
    if (seen.has(start)) return;
    const comp: string[] = [];
    const stack = [start];
    seen.add(start);
    while (stack.length) {
      const n = stack.pop()!;
      comp.push(n);
      g.forEachNeighbor(n, (m) => {
        if (!seen.has(m)) {
          seen.add(m);
          stack.push(m);
        }
      });
    }
    out.push(comp);
  });
  return out.sort((a, b) => b.length - a.length);
}

/**
 * Moves each component (keeping its inner layout) into rows of a near-square page;
 * a gap of a fraction of the typical component size between them. No-op for one component.
 */
export function packComponents(g: Graph): number {
  const comps = components(g);
  if (comps.length < 2) return comps.length;
  const boxes = comps.map((nodes) => {
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const n of nodes) {
      const { x, y } = g.getNodeAttributes(n) as { x: number; y: number };
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
    return { nodes, x0, y0, w: Math.max(x1 - x0, 1), h: Math.max(y1 - y0, 1) };
  });
  const unit = Math.max(1, ...boxes.map((b) => Math.max(b.w, b.h))) / 4;
  const gap = unit;
  const area = boxes.reduce((s, b) => s + (b.w + gap) * (b.h + gap), 0);
  const rowWidth = Math.max(Math.sqrt(area) * 1.3, boxes[0].w + gap);
  let x = 0;
  let y = 0;
  let rowH = 0;
  for (const b of boxes) {
    if (x > 0 && x + b.w > rowWidth) {
      x = 0;
      y += rowH + gap;
      rowH = 0;
    }
    for (const n of b.nodes) {
      const a = g.getNodeAttributes(n) as { x: number; y: number };
      g.mergeNodeAttributes(n, { x: a.x - b.x0 + x, y: a.y - b.y0 + y });
    }
    x += b.w + gap;
    rowH = Math.max(rowH, b.h);
  }
  return comps.length;
}
