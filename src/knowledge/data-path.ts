import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Data files live in src/knowledge/data; tsc does not copy them to dist/, so
// compiled code looks back into src/.
const CANDIDATES = ['./data/', '../../src/knowledge/data/'];

export function dataFile(name: string): string {
  for (const dir of CANDIDATES) {
    const path = fileURLToPath(new URL(dir + name, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error(`knowledge data file missing: ${name}`);
}

/** Where `npm run build` writes indexes precomputed from the data (src/knowledge/precompute.ts). */
export const PRECOMPUTED_DIR = fileURLToPath(new URL('./precomputed/', import.meta.url));

/** A precomputed index file, or null when there is none (running from src/, or not built). */
export function precomputedPath(name: string): string | null {
  const path = PRECOMPUTED_DIR + name;
  return existsSync(path) ? path : null;
}
