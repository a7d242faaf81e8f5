// The bounded-heap child `dossier watch` re-runs itself as must not outlive its parent, even
// when the parent was killed before the child had loaded (its ppid is then init's already).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { distIsStale } from './build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dossier-respawn-'));

beforeAll(() => {
  if (distIsStale(root)) spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
}, 120_000);

const watchOnce = (env: Record<string, string>) =>
  spawnSync(process.execPath, [join(root, 'bin/dossier'), 'watch', '--once', '--db', join(dir, 'w.db')], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });

describe('a re-run child and its parent', () => {
  it('exits at once when the process that started it is no longer its parent', () => {
    // pid 1 is never this test's process: as if the parent died while the child loaded
    const r = watchOnce({ DOSSIER_MALLOC_TUNED: '1', DOSSIER_PARENT_PID: '1' });
    expect(r.status).toBe(137);
  });

  it('runs when its parent is the one that started it', () => {
    const r = watchOnce({ DOSSIER_MALLOC_TUNED: '1', DOSSIER_PARENT_PID: String(process.pid) });
    expect(r.status, r.stderr).toBe(0);
  });
});
