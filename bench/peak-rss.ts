// Peak resident memory of a child process. GNU time's %M is exact (the kernel's
// ru_maxrss, read at exit); alongside it, or instead of it when it is missing, we poll
// /proc/PID/status for VmHWM — the kernel's own high-water mark, so a peak between two
// polls still counts — which also gives a figure for a run we kill at its deadline.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface MeasuredRun {
  code: number | null;
  /** True when the run passed its deadline and was killed. */
  timedOut: boolean;
  /** Peak RSS in KiB, or null when no method worked. */
  peakKiB: number | null;
  method: 'gnu-time' | 'proc-vmhwm' | 'none';
  seconds: number;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';
const hasProc = () => existsSync('/proc/self/status');

/** Which method measuredRun will use here; 'none' means the figure cannot be taken. */
export function rssMethod(): MeasuredRun['method'] {
  if (existsSync(GNU_TIME)) return 'gnu-time';
  if (hasProc()) return 'proc-vmhwm';
  return 'none';
}

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Highest VmHWM of a process and its direct children (GNU time's child is the real command). */
function treeHwm(pid: number): number | null {
  const pids = [
    pid,
    ...(read(`/proc/${pid}/task/${pid}/children`) ?? '').split(/\s+/).filter(Boolean).map(Number),
  ];
  let best: number | null = null;
  for (const p of pids) {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(read(`/proc/${p}/status`) ?? '');
    if (m) best = Math.max(best ?? 0, Number(m[1]));
  }
  return best;
}

/**
 * Runs `cmd args` with stdout discarded and returns its exit code, peak RSS and wall time.
 * Past `timeoutMs` the whole process group is killed, so no orphan keeps running.
 */
export function measuredRun(
  cmd: string,
  args: string[],
  cwd: string,
  opts: { timeoutMs?: number } = {},
): Promise<MeasuredRun> {
  const method = rssMethod();
  const dir = mkdtempSync(join(tmpdir(), 'dossier-rss-'));
  const timeOut = join(dir, 'time.txt');
  const [file, argv] =
    method === 'gnu-time' ? [GNU_TIME, ['-f', '%M', '-o', timeOut, cmd, ...args]] : [cmd, args];
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    let polled: number | null = null;
    const poll = () => {
      const kb = child.pid && hasProc() ? treeHwm(child.pid) : null;
      if (kb !== null) polled = Math.max(polled ?? 0, kb);
    };
    const timer = setInterval(poll, 20);
    let timedOut = false;
    const deadline = opts.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          poll();
          try {
            if (child.pid) process.kill(-child.pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }, opts.timeoutMs)
      : undefined;
    const done = () => {
      clearInterval(timer);
      clearTimeout(deadline);
      rmSync(dir, { recursive: true, force: true });
    };
    child.on('error', (e) => {
      done();
      reject(e);
    });
    child.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      let peakKiB: number | null = polled;
      let used: MeasuredRun['method'] = polled === null ? 'none' : 'proc-vmhwm';
      if (method === 'gnu-time' && !timedOut) {
        // GNU time writes "Command exited with non-zero status N" before the figure.
        const m = /(\d+)\s*$/.exec((read(timeOut) ?? '').trim());
        if (m) {
          peakKiB = Math.max(peakKiB ?? 0, Number(m[1]));
          used = 'gnu-time';
        }
      }
      done();
      resolve({ code, timedOut, peakKiB, method: used, seconds, stderr });
    });
  });
}
