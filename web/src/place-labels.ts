// Map labels: a place's name in the case people write it, and label positions that
// do not overlap (greedy, biggest places first; a label that fits nowhere is left off).

/** "DUBAI" (a dateline) is shown "Dubai"; mixed case and short acronyms ("UAE") stay. */
export function placeName(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{4,}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s\-'(])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

export interface LabelIn {
  id: string;
  x: number;
  y: number;
  r: number;
  text: string;
}

export interface LabelOut {
  id: string;
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  text: string;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Places labels in order (the caller sorts biggest first): right, left, above, below the circle. */
export function layoutLabels(
  items: LabelIn[],
  fontPx = 11,
  width = 960,
  height = 500,
  measure: (text: string) => number = (t) => t.length * fontPx * 0.62,
): LabelOut[] {
  const placed: Box[] = [];
  const out: LabelOut[] = [];
  for (const it of items) {
    const w = measure(it.text) + 2;
    const gap = 2;
    // Each candidate by its baseline; the box a browser draws for it: ascent above, descent below.
    const at = (x: number, base: number, anchor: LabelOut['anchor']): LabelOut & { box: Box } => {
      const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
      return {
        id: it.id,
        text: it.text,
        x,
        y: base,
        anchor,
        box: { x0, x1: x0 + w, y0: base - fontPx * 1.05, y1: base + fontPx * 0.35 },
      };
    };
    const options = [
      at(it.x + it.r + gap, it.y + fontPx * 0.35, 'start'),
      at(it.x - it.r - gap, it.y + fontPx * 0.35, 'end'),
      at(it.x, it.y - it.r - gap - fontPx * 0.35, 'middle'),
      at(it.x, it.y + it.r + gap + fontPx * 1.05, 'middle'),
    ];
    const fit = options.find(
      (o) =>
        o.box.x0 >= 0 &&
        o.box.x1 <= width &&
        o.box.y0 >= 0 &&
        o.box.y1 <= height &&
        !placed.some((p) => overlaps(p, o.box)),
    );
    if (!fit) continue;
    placed.push(fit.box);
    out.push({ id: fit.id, x: fit.x, y: fit.y, anchor: fit.anchor, text: fit.text });
  }
  return out;
}

let ctx: CanvasRenderingContext2D | null | undefined;

/** The width the browser gives a label in the map's font, measured once per text on a canvas. */
export function measureLabel(text: string, font: string): number {
  if (ctx === undefined)
    ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  if (!ctx) return text.length * 11 * 0.62;
  ctx.font = font;
  return ctx.measureText(text).width;
}
