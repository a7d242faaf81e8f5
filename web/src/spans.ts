// Cuts an article into runs at every boundary of every annotation, so overlapping
// mentions, quotes and tie evidence can all be shown on the same text.
export interface Span<T> {
  start: number;
  end: number;
  data: T;
}
export interface Segment<T> {
  start: number;
  end: number;
  covering: T[];
}

export function segment<T>(length: number, spans: Span<T>[]): Segment<T>[] {
  const cuts = new Set<number>([0, length]);
  const valid = spans.filter((s) => s.start >= 0 && s.end <= length && s.end > s.start);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const out: Segment<T>[] = [];
  let open: Span<T>[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    open = open.filter((s) => s.end > a);
    while (next < byStart.length && byStart[next]!.start <= a) {
      if (byStart[next]!.end > a) open.push(byStart[next]!);
      next++;
    }
    out.push({ start: a, end: b, covering: open.map((s) => s.data) });
  }
  return out;
}
