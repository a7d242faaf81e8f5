import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';

// On Linux, glibc's allocator keeps freed memory in per-thread arenas instead of
// returning it; over a long article V8's helper threads fragment them, and a 10 MB
// input peaked ~35 MB higher than with the allocator told to trim (measured: 305 MB
// against 268 MB). The allocator reads its settings from the environment at start-up
// only, so for large inputs `extract` runs itself once more with them set. Small inputs,
// the common case, run in place.

const LARGE_INPUT_BYTES = 4 * 1024 * 1024;
const MARK = 'DOSSIER_MALLOC_TUNED';

export function inputBytes(inputs: string[]): number {
  let total = 0;
  for (const input of inputs) {
    if (input === '-' || /^https?:\/\//i.test(input)) continue;
    try {
      const st = statSync(input);
      if (st.isFile()) total += st.size;
    } catch {
      // the reader reports missing or unreadable inputs
    }
  }
  return total;
}

/** Re-runs this command with a trimming allocator when it is worth it; null when not. */
export async function respawnForLargeInputs(inputs: string[]): Promise<number | null> {
  if (process.platform !== 'linux' || process.env[MARK] || inputBytes(inputs) < LARGE_INPUT_BYTES)
    return null;
  const env = {
    ...process.env,
    [MARK]: '1',
    MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '1',
    MALLOC_TRIM_THRESHOLD_: process.env.MALLOC_TRIM_THRESHOLD_ ?? '131072',
    MALLOC_MMAP_THRESHOLD_: process.env.MALLOC_MMAP_THRESHOLD_ ?? '131072',
  };
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env,
  });
  const forward = (sig: NodeJS.Signals) => child.kill(sig);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return await new Promise<number>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? (signal === 'SIGINT' ? 130 : 1)));
    child.on('error', () => resolve(-1));
  });
}
