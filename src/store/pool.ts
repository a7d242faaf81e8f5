// A fixed set of extraction threads (one per core by default) fed one
// document at a time each; the main thread stays free to read and write.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Extraction, SourceDocument } from '../types.js';

interface Pending {
  resolve: (ex: Extraction) => void;
  reject: (e: Error) => void;
}

/** The compiled worker: beside this module in dist/, or dist/store/ when this module runs from src/ (tests). */
function workerUrl(): URL {
  const here = new URL('./extract-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  return new URL('../../dist/store/extract-worker.js', import.meta.url);
}

export function defaultThreads(): number {
  const n = Number(process.env.DOSSIER_WORKERS);
  return Number.isInteger(n) && n > 0 ? n : Math.max(1, availableParallelism());
}

/**
 * The nice value of extraction threads (DOSSIER_EXTRACT_NICE, 0–19, default 10): lower
 * priority than the thread that reads and writes the store and than `dossier serve`.
 */
function extractNice(): number {
  const raw = process.env.DOSSIER_EXTRACT_NICE;
  if (raw === undefined || raw === '') return 10;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0 && n <= 19 ? n : 10;
}

export class ExtractPool {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: { id: number; src: SourceDocument }[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly busy = new Map<Worker, number>();
  private next = 0;
  private dead: Error | undefined;

  constructor(readonly size: number = defaultThreads()) {
    const url = workerUrl();
    const nice = extractNice();
    if (!existsSync(fileURLToPath(url)))
      throw new Error(`extraction worker not built (${fileURLToPath(url)}); run npm run build`);
    for (let i = 0; i < size; i++) {
      const w = new Worker(url, { workerData: { nice } });
      w.on('message', (m: { id: number; ex?: Extraction; error?: string }) => {
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        this.busy.delete(w);
        if (p) {
          if (m.ex) p.resolve(m.ex);
          else p.reject(new Error(m.error ?? 'extraction failed'));
        }
        this.idle.push(w);
        this.pump();
      });
      w.on('error', (e) => this.fail(w, e));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(w, new Error(`extraction thread exited with code ${code}`));
      });
      this.all.push(w);
      this.idle.push(w);
    }
  }

  /** A thread that dies takes its document with it; the others carry on. */
  private fail(w: Worker, e: Error): void {
    const id = this.busy.get(w);
    this.busy.delete(w);
    const i = this.all.indexOf(w);
    if (i >= 0) this.all.splice(i, 1);
    const j = this.idle.indexOf(w);
    if (j >= 0) this.idle.splice(j, 1);
    if (id !== undefined) {
      this.pending.get(id)?.reject(e);
      this.pending.delete(id);
    }
    if (this.all.length === 0) {
      this.dead = e;
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    }
  }

  extract(src: SourceDocument): Promise<Extraction> {
    if (this.dead) return Promise.reject(this.dead);
    return new Promise((resolve, reject) => {
      const id = this.next++;
      this.pending.set(id, { resolve, reject });
      this.queue.push({ id, src });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.busy.set(w, job.id);
      w.postMessage(job);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}

/**
 * The extraction a reextract runs: the one given (tests pass the pipeline in-process), else
 * a worker-thread pool started on first use; `close` ends the pool if one was started.
 */
export function extractOrPool(extract?: (src: SourceDocument) => Promise<Extraction>): {
  fn: (src: SourceDocument) => Promise<Extraction>;
  close(): Promise<void>;
} {
  let pool: ExtractPool | undefined;
  return {
    fn:
      extract ??
      ((src) => {
        pool ??= new ExtractPool();
        return pool.extract(src);
      }),
    close: async () => {
      await pool?.close();
    },
  };
}
