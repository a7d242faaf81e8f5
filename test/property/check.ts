// The invariants every extraction keeps, checked by the property and crash tests.
import { expect } from 'vitest';
import type { Extraction } from '../../src/types.js';

/** Throws (with what went wrong) unless every span of x lies in text and quotes match their slices. */
export function checkExtraction(text: string, x: Extraction): void {
  const n = text.length;
  const span = (what: string, s: { start: number; end: number }) => {
    if (
      !(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= n)
    )
      throw new Error(`${what}: span ${s.start}-${s.end} outside a text of ${n}`);
  };
  expect(x.document.text).toBe(text);
  for (const e of x.entities)
    for (const m of e.mentions) {
      span(`mention of ${e.id}`, m);
      if (!text.slice(m.start, m.end).trim()) throw new Error(`mention of ${e.id} at ${m.start} is blank`);
    }
  for (const q of x.quotes) {
    span(`quote ${q.id}`, q);
    if (text.slice(q.start, q.end) !== q.text)
      throw new Error(`quote ${q.id}: text ${JSON.stringify(q.text)} is not its slice`);
  }
  for (const r of x.relations) span(`relation ${r.id} evidence`, r.evidence);
  for (const v of x.events) span(`event ${v.id} evidence`, v.evidence);
  JSON.stringify(x);
}
