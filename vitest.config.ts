import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', './test/summary-reporter.ts'],
    // Extraction threads run niced by default (src/store/pool.ts); the test files run side by
    // side and each waits on its own ingest, so here they keep the usual priority.
    env: { DOSSIER_EXTRACT_NICE: '0' },
  },
});
