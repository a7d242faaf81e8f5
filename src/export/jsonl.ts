// dossier's own records, one JSON object a line: {"record": "entity" | "tie" | "quote" | "event" | "document", …}.
// The fullest export (every source of a tie up to SOURCES_MAX, every attribute); for scripts and jq.
import type { ExportSource } from './source.js';

export function* jsonLines(src: ExportSource): Generator<string> {
  const line = (record: string, o: object) => `${JSON.stringify({ record, ...o })}\n`;
  for (const e of src.entities()) yield line('entity', e);
  for (const t of src.ties()) yield line('tie', t);
  for (const q of src.quotes()) yield line('quote', q);
  for (const e of src.events()) yield line('event', e);
  for (const d of src.documents()) yield line('document', d);
}
