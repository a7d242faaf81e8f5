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

describe('the large-input child of extract', () => {
  it('starts with its V8 flags on this Node (a flag V8 no longer knows would stop the child)', async () => {
    const { LARGE_INPUT_NODE_ARGS } = await import('../src/cli/respawn.js');
    const r = spawnSync(
      process.execPath,
      [...LARGE_INPUT_NODE_ARGS, '-e', 'console.log(process.execArgv.join(" "))'],
      {
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().startsWith(LARGE_INPUT_NODE_ARGS.join(' '))).toBe(true);
  });

  it('DOSSIER_MEMTRACE=1 prints a line per stage of a long text, nothing without it', () => {
    const script = `import(${JSON.stringify(join(root, 'dist/nlp/memory.js'))}).then((m) => { m.collectIfLong(2_000_000, 'stage-a'); m.collectIfLong(10, 'short'); m.memTrace('stage-b', 2_000_000); })`;
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, ['-e', script], {
        encoding: 'utf8',
        env: { ...process.env, ...env },
        timeout: 30_000,
      });
    const on = run({ DOSSIER_MEMTRACE: '1' });
    expect(on.status, on.stderr).toBe(0);
    const lines = on.stderr.trim().split('\n');
    expect(lines.map((l) => l.split(':')[0])).toEqual([
      'memtrace stage-a (before gc)',
      'memtrace stage-a',
      'memtrace stage-b',
    ]);
    expect(lines[1]).toMatch(/rss \d+\.\d peak [\d.?]+ heap \d+\.\d\/\d+\.\d arrays \d+\.\d/);
    const off = run({ DOSSIER_MEMTRACE: '' });
    expect(off.stderr).toBe('');
  });
});
