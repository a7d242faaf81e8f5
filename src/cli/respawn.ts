import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';

// On Linux, glibc's allocator keeps freed memory in per-thread arenas instead of
// returning it; over a long article V8's helper threads fragment them, and a 10 MB
// input peaked ~35 MB higher than with the allocator told to trim (measured: 305 MB
// against 268 MB). The allocator reads its settings from the environment at start-up
// only, so for large inputs `extract` runs itself once more with them set. Small inputs,
// the common case, run in place.

const LARGE_INPUT_BYTES = 4 * 1024 * 1024;
/**
 * A smaller young generation: V8's default semi-spaces (16 MB each on 64-bit) hold tens of
 * megabytes of short-lived parse and reader objects at the peak. Measured on the 10 MB
 * article: 349 MB peak with the default, 324 MB with 4 MB, at the same CPU time (120 s);
 * later, with the parse model freed after the parse, 296 MiB with 4 MB and 292 MiB with 2 MB.
 *
 * No on-stack replacement: the readers' drivers (extractEvents, extractRelations) are each one
 * function of hundreds of lines called once per document, so only OSR ever optimises them, and
 * TurboFan compiling such a function held 25-55 MB of native memory for a second or two at
 * a time, re-compiled after each deopt (DOSSIER_MEMTRACE showed the peak inside `events`
 * with V8's heap flat; 1.2 MB of text: peak 240 -> 167 MB and user CPU 19.6 -> 16.7 s). Their
 * callees, the per-sentence and per-token work, are still optimised as usual.
 *
 * No concurrent recompilation: TurboFan then compiles on the main thread, one function at a
 * time, instead of queueing jobs for a helper thread that each hold their compile zone until
 * the helper gets a core. On a loaded machine the queue grew and so did the peak: the 10 MB
 * article beside three busy processes peaked at 284 MiB with V8's default and 272 MiB with
 * this flag (user CPU 108 s); inside a full test run it once peaked at 328 MiB.
 * Exported for test/respawn.test.ts, which checks that this Node still accepts them.
 * @public
 */
export const LARGE_INPUT_NODE_ARGS = [
  '--max-semi-space-size=2',
  '--no-use-osr',
  '--no-concurrent-recompilation',
];
const MARK = 'DOSSIER_MALLOC_TUNED';
/** the pid of the process that re-ran itself: the child compares its parent with it */
const PARENT = 'DOSSIER_PARENT_PID';

/** The environment of a re-run child: the trimming allocator, the mark, and who started it. */
function childEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    [MARK]: '1',
    [PARENT]: String(process.pid),
    MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '1',
    MALLOC_TRIM_THRESHOLD_: process.env.MALLOC_TRIM_THRESHOLD_ ?? '131072',
    MALLOC_MMAP_THRESHOLD_: process.env.MALLOC_MMAP_THRESHOLD_ ?? '131072',
  };
}

/**
 * Runs this very command again in a child with `nodeArgs` and the child's environment,
 * forwarding SIGINT/SIGTERM; resolves to the child's exit code (130 for an interrupt it did
 * not answer, -1 when it could not start).
 */
function rerun(nodeArgs: readonly string[]): Promise<number> {
  const child = spawn(process.execPath, [...nodeArgs, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: childEnv(),
  });
  const forward = (sig: NodeJS.Signals) => child.kill(sig);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise<number>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? (signal === 'SIGINT' ? 130 : 1)));
    child.on('error', () => resolve(-1));
  });
}

function inputBytes(inputs: string[]): number {
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
  return rerun(LARGE_INPUT_NODE_ARGS);
}

/**
 * A long-running ingester (dossier watch) keeps its memory bounded: V8's heap capped
 * (it collects instead of growing) and the allocator trimming, set the only way they can
 * be, at process start. Measured on bench:watch, 2,000 items: peak RSS 339 → 244 MB at
 * the same items/s.
 */
export const WATCH_NODE_ARGS = ['--max-old-space-size=256', '--max-semi-space-size=4'];

/**
 * In a re-run child: exit when the parent is gone (kill -9 cannot be forwarded), so
 * killing the `dossier watch` a user started stops the work it started. Checked at once
 * and twice a second; a write transaction in progress is synchronous and is never cut in half.
 */
export function exitWithParent(): void {
  if (!process.env[MARK]) return;
  // the pid the parent wrote down, not the ppid read now: a parent killed while this child
  // was still loading has already been replaced by init (or a subreaper) as its parent
  const parent = Number(process.env[PARENT]) || process.ppid;
  const check = () => {
    if (process.ppid !== parent) process.exit(137);
  };
  check();
  setInterval(check, 500).unref();
}

/** Re-runs this command with the bounded heap and trimming allocator; null when already so. */
export async function respawnBounded(nodeArgs: string[] = WATCH_NODE_ARGS): Promise<number | null> {
  if (process.platform !== 'linux' || process.env[MARK]) return null;
  return rerun(nodeArgs);
}
