// Heavy reads off the event loop: worker threads, each with its own read-only SQLite
// connection and its own copy of the API, answer the hot GET routes (search, profiles,
// graph, timeline, path). WAL lets them read beside the writer; the main thread keeps
// the sockets, the cache, the writes and the streams, so one slow profile never holds
// up the others.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

export interface ReadAnswer {
  status: number;
  headers: [string, string][];
  body: string;
}

export interface ReadWorkerData {
  db: string;
  version: string;
  host?: string;
  token?: string;
}

/** The compiled worker: beside this module in dist/, or dist/api/ when this module runs from src/ (tests). */
function workerUrl(): URL {
  const here = new URL('./read-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  return new URL('../../dist/api/read-worker.js', import.meta.url);
}

/** DOSSIER_READ_THREADS, else one per core; 0 answers every read on the main thread. */
export function readThreads(): number {
  const raw = process.env.DOSSIER_READ_THREADS;
  const n = Number(raw);
  return raw !== undefined && raw !== '' && Number.isInteger(n) && n >= 0
    ? n
    : Math.max(1, availableParallelism());
}

export class ReadPool {
  private readonly workers: { w: Worker; busy: number; ready: boolean }[] = [];
  private readonly pending = new Map<number, { resolve: (a: ReadAnswer | undefined) => void; w: Worker }>();
  private next = 0;
  private readonly loading: Promise<void>[] = [];

  constructor(data: ReadWorkerData, size = readThreads()) {
    const url = workerUrl();
    if (!existsSync(fileURLToPath(url))) return; // not built: the main thread answers
    for (let i = 0; i < size; i++) {
      const w = new Worker(url, { workerData: data });
      const slot = { w, busy: 0, ready: false };
      let loaded = () => {};
      this.loading.push(new Promise((resolve) => (loaded = resolve)));
      w.on('message', (m: ({ id: number } & ReadAnswer) | { ready: true }) => {
        // Until its store and API are loaded, a thread takes nothing: the main thread answers.
        if ('ready' in m) {
          slot.ready = true;
          loaded();
          return;
        }
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        slot.busy--;
        p?.resolve({ status: m.status, headers: m.headers, body: m.body });
      });
      const gone = () => {
        loaded();
        const k = this.workers.indexOf(slot);
        if (k >= 0) this.workers.splice(k, 1);
        // its requests are answered on the main thread instead
        for (const [id, p] of this.pending)
          if (p.w === w) {
            this.pending.delete(id);
            p.resolve(undefined);
          }
      };
      w.on('error', gone);
      w.on('exit', gone);
      w.unref();
      this.workers.push(slot);
    }
  }

  /** Resolves once every thread has loaded (or died), or after `ms`. */
  async ready(ms = 15_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(this.loading),
      new Promise((resolve) => {
        timer = setTimeout(resolve, ms);
      }),
    ]);
    clearTimeout(timer);
  }

  get size(): number {
    return this.workers.length;
  }

  /** The worker's answer, or undefined when no worker can take it (the caller answers itself). */
  fetch(url: string, headers: [string, string][]): Promise<ReadAnswer | undefined> {
    let slot: (typeof this.workers)[number] | undefined;
    for (const s of this.workers) if (s.ready && (!slot || s.busy < slot.busy)) slot = s;
    if (!slot) return Promise.resolve(undefined);
    slot.busy++;
    const id = this.next++;
    const w = slot.w;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, w });
      w.postMessage({ id, url, headers });
    });
  }

  async close(): Promise<void> {
    const all = this.workers.splice(0);
    await Promise.all(all.map((s) => s.w.terminate()));
  }
}
