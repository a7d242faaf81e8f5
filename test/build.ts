import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// CLI tests run the compiled dist/; they rebuild it when any source file is newer.

/** Newest modification time of the non-test .ts files below a folder. */
export function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
      newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** True when dist/cli/main.js is missing or older than src/. */
export function distIsStale(root: string): boolean {
  const entry = join(root, 'dist/cli/main.js');
  return !existsSync(entry) || statSync(entry).mtimeMs < newestSource(join(root, 'src'));
}
