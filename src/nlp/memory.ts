import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// Long texts make the tagger allocate hundreds of megabytes of short-lived objects, and
// V8 lets the old generation grow well past the live set before collecting it: a 10 MB
// article peaked at 460 MB resident while holding under 150 MB. A full collection after
// every few megabytes of text keeps the peak near the live set; short articles never
// reach the threshold and pay nothing.

const EVERY_CHARS = 1_000_000;
let collect: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (collect !== undefined) return collect;
  try {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  } catch {
    collect = null;
  }
  return collect;
}

/** Call with the characters processed so far; collects when another stride has passed. */
export function makeCollector(every = EVERY_CHARS): (processed: number) => void {
  let next = every;
  return (processed: number) => {
    if (processed < next) return;
    next = processed + every;
    collector()?.();
  };
}

/** A full collection between stages, for texts long enough to need one; `stage` names it for DOSSIER_MEMTRACE. */
export function collectIfLong(textLength: number, stage?: string): void {
  if (textLength < EVERY_CHARS) return;
  if (TRACE && stage) memTrace(`${stage} (before gc)`, textLength);
  collector()?.();
  if (TRACE && stage) memTrace(stage, textLength);
}

/**
 * DOSSIER_MEMTRACE=1: one line on stderr per stage of a long text (resident set, its peak so
 * far, V8 heap, array buffers, in MiB), to see which stage sets the process's peak.
 */
const TRACE = process.env.DOSSIER_MEMTRACE === '1';

export function memTrace(stage: string, textLength: number): void {
  if (!TRACE || textLength < EVERY_CHARS) return;
  const mib = (n: number) => (n / 1048576).toFixed(1);
  const m = process.memoryUsage();
  let hwm = '?';
  try {
    const kb = /VmHWM:\s*(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (kb) hwm = (Number(kb[1]) / 1024).toFixed(1);
  } catch {
    // not Linux: no peak figure
  }
  process.stderr.write(
    `memtrace ${stage}: rss ${mib(m.rss)} peak ${hwm} heap ${mib(m.heapUsed)}/${mib(m.heapTotal)} ` +
      `arrays ${mib(m.arrayBuffers)} external ${mib(m.external)}\n`,
  );
}
