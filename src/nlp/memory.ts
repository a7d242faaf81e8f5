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

/** A full collection between stages, for texts long enough to need one. */
export function collectIfLong(textLength: number): void {
  if (textLength >= EVERY_CHARS) collector()?.();
}
