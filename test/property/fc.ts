// fast-check settings shared by the property tests. FUZZ_MULTIPLIER scales every
// run count (`npm run fuzz` sets 100); FUZZ_SEED replays a failure: fast-check prints
// the seed (and path) of any counterexample it finds, e.g.
//   FUZZ_SEED=1234 FUZZ_PATH=0:1 npx vitest run test/property/extract.test.ts
import type fc from 'fast-check';

export const MULTIPLIER = Math.max(1, Number(process.env.FUZZ_MULTIPLIER) || 1);

export function params<T>(runs: number): fc.Parameters<T> {
  const p: fc.Parameters<T> = { numRuns: Math.round(runs * MULTIPLIER), endOnFailure: false };
  if (process.env.FUZZ_SEED) p.seed = Number(process.env.FUZZ_SEED);
  if (process.env.FUZZ_PATH) p.path = process.env.FUZZ_PATH;
  return p;
}

/** Test timeout for a property of `runs` cases expected to take `msPerRun` each. */
export const timeout = (runs: number, msPerRun: number) =>
  Math.max(30_000, Math.round(runs * MULTIPLIER * msPerRun * 3));

/** Counts cases run, for the figures in bench/RESULTS.md. */
export const counted: Record<string, number> = {};
