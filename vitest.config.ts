import { defineConfig } from 'vitest/config';

// test/memory.test.ts measures one process's peak RSS on a 10 MB article against the parser
// issue's 300 MB bar. Beside the other test files on two cores, V8's background GC threads
// get no core, the heap grows past its usual size before each collection and the same run
// peaked 283-315 MiB (284-290 MiB alone): the figure measured the machine's load, not
// dossier. So it runs after every other file, on its own (`sequence.groupOrder`).
const MEMORY = 'test/memory.test.ts';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', './test/summary-reporter.ts'],
    // Extraction threads run niced by default (src/store/pool.ts); the test files run side by
    // side and each waits on its own ingest, so here they keep the usual priority.
    env: { DOSSIER_EXTRACT_NICE: '0' },
    projects: [
      {
        extends: true,
        test: {
          name: 'dossier',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [MEMORY],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: 'memory', include: [MEMORY], sequence: { groupOrder: 1 } },
      },
    ],
  },
});
