import type { Extraction } from '../types.js';

/** The human-readable report of `dossier extract` without --json. */
export function formatReport(x: Extraction, opts: { color: boolean; origin?: string }): string {
  const lines: string[] = [];
  lines.push(`${x.document.title ?? opts.origin ?? '(untitled)'}`);
  lines.push(`entities ${x.entities.length}, quotes ${x.quotes.length}, ties ${x.relations.length}, events ${x.events.length}`);
  return `${lines.join('\n')}\n`;
}
