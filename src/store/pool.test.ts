import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ExtractPool } from './pool.js';

/** The nice value of each thread of this process (Linux: field 19 of /proc/self/task/TID/stat). */
function threadNices(): number[] {
  return readdirSync('/proc/self/task').map((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    // the command name in brackets may hold spaces: count fields after its closing bracket
    const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(after[16]);
  });
}

const doc = { title: null, published: null, url: null, text: 'Ali Khan met officials in Kabul on Monday.' };
const linux = process.platform === 'linux';

describe('extraction threads', () => {
  const saved = process.env.DOSSIER_EXTRACT_NICE;
  afterEach(() => {
    if (saved === undefined) delete process.env.DOSSIER_EXTRACT_NICE;
    else process.env.DOSSIER_EXTRACT_NICE = saved;
  });

  it.skipIf(!linux)('run at a lower priority than the thread that reads and writes', async () => {
    process.env.DOSSIER_EXTRACT_NICE = '7';
    // (the process's own nice value, 0 unless the test run itself was started with nice)
    const base = threadNices()[0];
    const before = threadNices().filter((n) => n === 7).length;
    const pool = new ExtractPool(2);
    try {
      // both threads have started once both have answered
      const [a, b] = await Promise.all([pool.extract(doc), pool.extract(doc)]);
      expect(a.entities.length).toBeGreaterThan(0);
      expect(b.entities.length).toBe(a.entities.length);
      expect(threadNices().filter((n) => n === 7).length - before).toBe(2);
    } finally {
      await pool.close();
    }
    expect(threadNices()[0]).toBe(base);
  });

  it.skipIf(!linux)('DOSSIER_EXTRACT_NICE=0 leaves them at the usual priority', async () => {
    process.env.DOSSIER_EXTRACT_NICE = '0';
    const base = threadNices()[0];
    const before = threadNices().filter((n) => n !== base).length;
    const pool = new ExtractPool(1);
    try {
      await pool.extract(doc);
      expect(threadNices().filter((n) => n !== base).length).toBe(before);
    } finally {
      await pool.close();
    }
  });
});
