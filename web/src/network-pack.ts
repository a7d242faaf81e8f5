// A graph of many small components: ForceAtlas2 pushes unconnected pieces far apart
// (repulsion with nothing holding them), leaving a few dots lost at the edges. Each
// component keeps the shape the force layout gave it; a pair is stood upright, so the
// labels beside its two nodes read as two lines. The components are then packed in rows,
// largest first, like words on a page, each in a box wide enough for its labels and with
// the page's proportions those of the canvas.
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

export interface PackOptions {
  /** The canvas the page is drawn on, in pixels. */
  width: number;
  height: number;
  /** A node's label width in pixels (0 for none). */
  labelWidth: (node: string) => number;
  /** A label's height in pixels. */
  labelHeight?: number;
}

type XY = { x: number; y: number };

function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

type Packed = { placed: XY[]; w: number; h: number; scale: number };

/**
 * Rows of columns: a box goes under the last one in its column while the row's height
 * (set by its first, tallest box) has room, else into a new column, else a new row.
 */
function shelves(boxes: { w: number; h: number }[], rowWidth: number, gap: number): Omit<Packed, 'scale'> {
  const placed: XY[] = [];
  let rowY = 0;
  let rowH = 0;
  let colX = 0;
  let colW = 0;
  let colY = 0;
  let pageW = 0;
  let started = false;
  for (const b of boxes) {
    if (started && colY + b.h <= rowH + 1e-9) {
      placed.push({ x: colX, y: rowY + colY });
      colY += b.h + gap;
      colW = Math.max(colW, b.w);
    } else {
      let x = started ? colX + colW + gap : 0;
      if (x > 0 && x + b.w > rowWidth) {
        rowY += rowH + gap;
        rowH = 0;
        x = 0;
      }
      placed.push({ x, y: rowY });
      colX = x;
      colW = b.w;
      colY = b.h + gap;
      rowH = Math.max(rowH, b.h);
      started = true;
    }
    pageW = Math.max(pageW, colX + colW);
  }
  return { placed, w: pageW, h: rowY + rowH };
}

/**
 * Moves each component into rows of a page shaped like the canvas. No-op for one
 * component. Returns the number of components.
 */
export function packComponents(
  g: Graph,
  opts: PackOptions = { width: 4, height: 3, labelWidth: () => 0 },
): number {
  const comps = components(g);
  if (comps.length < 2) return comps.length;
  const pos = (n: string) => g.getNodeAttributes(n) as XY;
  // The typical tie's length is the page's unit.
  const lengths: number[] = [];
  g.forEachEdge((_, __, s, t) => {
    const a = pos(s);
    const b = pos(t);
    if (s !== t) lengths.push(Math.hypot(a.x - b.x, a.y - b.y));
  });
  const unit = median(lengths) || 1;
  // A pair stands upright, its busier node on top (sigma's y axis points up).
  for (const c of comps) {
    if (c.length !== 2) continue;
    const [a, b] = [...c].sort((m, n) => g.degree(n) - g.degree(m) || m.localeCompare(n));
    const x = pos(a!).x;
    const y = pos(a!).y;
    g.mergeNodeAttributes(a!, { x, y });
    g.mergeNodeAttributes(b!, { x, y: y - unit });
  }
  const boxes = comps.map((nodes) => {
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const n of nodes) {
      const { x, y } = pos(n);
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
    return { nodes, x0, y0, x1, y1, w: 0, h: 0 };
  });
  const labelH = opts.labelHeight ?? 14;
  const W = Math.max(1, opts.width);
  const H = Math.max(1, opts.height);
  // Pixels per unit decide how wide the labels are in units, and the page's size decides
  // the pixels per unit: a few rounds settle both.
  let px = W / (Math.sqrt(boxes.reduce((s, b) => s + (b.x1 - b.x0 + unit) * (b.y1 - b.y0 + unit), 0)) * 1.5);
  let placed: { x: number; y: number }[] = [];
  for (let round = 0; round < 4; round++) {
    for (const b of boxes) {
      // the box reaches as far right as its widest label
      let right = b.x1;
      for (const n of b.nodes) right = Math.max(right, pos(n).x + opts.labelWidth(n) / px);
      b.w = right - b.x0;
      b.h = b.y1 - b.y0 + labelH / px;
    }
    const gap = Math.max(unit / 2, 24 / px);
    const area = boxes.reduce((s, b) => s + (b.w + gap) * (b.h + gap), 0);
    const base = Math.max(Math.sqrt((area * W) / H), boxes[0]!.w + gap);
    // Of a few row widths, the one whose page the canvas shows largest.
    let best: Packed | null = null;
    for (const f of [0.7, 0.85, 1, 1.15, 1.3, 1.5, 1.75, 2, 2.5, 3]) {
      const p = shelves(boxes, base * f, gap);
      const scale = Math.min(W / Math.max(p.w, 1e-9), H / Math.max(p.h, 1e-9));
      if (!best || scale > best.scale * 1.001) best = { ...p, scale };
    }
    placed = best!.placed;
    const next = best!.scale;
    if (Math.abs(next - px) / px < 0.02) break;
    px = next;
  }
  boxes.forEach((b, i) => {
    const at = placed[i]!;
    for (const n of b.nodes) {
      const a = pos(n);
      // rows run down the page: y grows upwards in sigma
      g.mergeNodeAttributes(n, { x: a.x - b.x0 + at.x, y: a.y - b.y1 - at.y });
    }
  });
  return comps.length;
}
