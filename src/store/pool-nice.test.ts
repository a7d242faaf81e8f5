// The nice value the pool hands each extraction thread, read from DOSSIER_EXTRACT_NICE:
// the threads are faked here, so only what the pool passes them is seen (pool.test.ts
// checks with real threads that the value is applied).
import { afterEach, describe, expect, it, vi } from 'vitest';

const started = vi.hoisted(() => [] as number[]);
vi.mock('node:worker_threads', async (importOriginal) => ({
  ...(await importOriginal<typeof import('node:worker_threads')>()),
  Worker: class {
    constructor(_url: URL, opts: { workerData: { nice: number } }) {
      started.push(opts.workerData.nice);
    }
    on() {
      return this;
    }
    async terminate() {
      return 0;
    }
  },
}));

const { ExtractPool } = await import('./pool.js');

/** The nice value a new one-thread pool gives its thread. */
async function extractNice(): Promise<number | undefined> {
  const pool = new ExtractPool(1);
  await pool.close();
  return started.at(-1);
}

describe('extraction thread priority', () => {
  const saved = process.env.DOSSIER_EXTRACT_NICE;
  afterEach(() => {
    if (saved === undefined) delete process.env.DOSSIER_EXTRACT_NICE;
    else process.env.DOSSIER_EXTRACT_NICE = saved;
  });

  it('reads DOSSIER_EXTRACT_NICE, defaulting to 10 and ignoring nonsense', async () => {
    delete process.env.DOSSIER_EXTRACT_NICE;
    expect(await extractNice()).toBe(10);
    process.env.DOSSIER_EXTRACT_NICE = '0';
    expect(await extractNice()).toBe(0);
    process.env.DOSSIER_EXTRACT_NICE = '19';
    expect(await extractNice()).toBe(19);
    for (const bad of ['-5', '20', 'high', '2.5']) {
      process.env.DOSSIER_EXTRACT_NICE = bad;
      expect(await extractNice(), bad).toBe(10);
    }
  });
});
