// Peak resident memory of a child process. GNU time's %M is exact (the kernel's
// ru_maxrss); without it we poll /proc/PID/status for VmHWM, the kernel's own
// high-water mark, so a short-lived peak between polls is still counted.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface MeasuredRun {
  code: number | null;
  /** Peak RSS in KiB, or null when no method worked. */
  peakKiB: number | null;
  method: 'gnu-time' | 'proc-vmhwm' | 'none';
  seconds: number;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';

/** Which method measuredRun will use here; 'none' means the figure cannot be taken. */
export function rssMethod(): MeasuredRun['method'] {
  if (existsSync(GNU_TIME)) return 'gnu-time';
  if (existsSync('/proc/self/status')) return 'proc-vmhwm';
  return 'none';
}

function vmHwm(pid: number): number | null {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** Runs `cmd args` with stdout discarded and returns its exit code, peak RSS and wall time. */
export function measuredRun(cmd: string, args: string[], cwd: string): Promise<MeasuredRun> {
  const method = rssMethod();
  const dir = mkdtempSync(join(tmpdir(), 'dossier-rss-'));
  const timeOut = join(dir, 'time.txt');
  const [file, argv] =
    method === 'gnu-time' ? [GNU_TIME, ['-f', '%M', '-o', timeOut, cmd, ...args]] : [cmd, args];
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    let polled: number | null = null;
    const timer =
      method === 'proc-vmhwm'
        ? setInterval(() => {
            const kb = child.pid ? vmHwm(child.pid) : null;
            if (kb !== null) polled = Math.max(polled ?? 0, kb);
          }, 20)
        : undefined;
    child.on('error', (e) => {
      clearInterval(timer);
      rmSync(dir, { recursive: true, force: true });
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - t0) / 1000;
      let peakKiB: number | null = polled;
      if (method === 'gnu-time') {
        const txt = existsSync(timeOut) ? readFileSync(timeOut, 'utf8') : '';
        // GNU time writes "Command exited with non-zero status N" before the figure.
        const m = /(\d+)\s*$/.exec(txt.trim());
        peakKiB = m ? Number(m[1]) : null;
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({ code, peakKiB, method: peakKiB === null ? 'none' : method, seconds, stderr });
    });
  });
}
