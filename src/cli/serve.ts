// `dossier serve`: the API and the browser UI from one process.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isLoopbackHost } from '../api/guards.js';
import { readThreads } from '../api/read-pool.js';
import { startServer } from '../api/server.js';
import { InputError } from '../ingest/errors.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';

export interface ServeOptions {
  db?: string;
  port?: string;
  host?: string;
  allowPrivate?: boolean;
  web?: string;
  /** poll the feeds inside the server (dossier watch in the same process) */
  watch?: boolean;
}

export function packageVersion(): string {
  const p = fileURLToPath(new URL('../../package.json', import.meta.url));
  return (JSON.parse(readFileSync(p, 'utf8')) as { version: string }).version;
}

/** --port, else $PORT, else 8080; 0 picks a free port. */
export function servePort(flag?: string): number {
  const raw = flag ?? process.env.PORT ?? '8080';
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n > 65535)
    throw new InputError(
      `${flag !== undefined ? '--port' : 'PORT'} ${raw}`,
      'expected a port number 0–65535',
    );
  return n;
}

export async function runServe(opts: ServeOptions): Promise<number> {
  const host = opts.host ?? '127.0.0.1';
  let store: Store | undefined;
  try {
    const port = servePort(opts.port);
    const token = process.env.DOSSIER_TOKEN || undefined;
    if (!isLoopbackHost(host) && !token)
      throw new InputError(
        `--host ${host}`,
        'a non-loopback host requires DOSSIER_TOKEN to be set (every API request, reads too, then needs it)',
      );
    store = openStore(opts.db);
    const webDir = opts.web ?? fileURLToPath(new URL('../../web/dist', import.meta.url));
    const server = await startServer({
      store,
      version: packageVersion(),
      host,
      port,
      token,
      allowPrivate: opts.allowPrivate === true,
      webDir,
      // read threads each open the SQLite file; on PostgreSQL the main thread answers
      readThreads: store.backend === 'sqlite' ? readThreads() : 0,
    });
    process.stdout.write(`dossier serving ${store.path} at ${server.url}\n`);
    if (opts.allowPrivate)
      process.stdout.write('  --allow-private: ingest by URL may reach private addresses\n');
    let poller: { stop: () => void } | undefined;
    if (opts.watch) {
      const { Poller } = await import('../watch/poll.js');
      const p = new Poller(store, { log: (l) => process.stderr.write(`watch: ${l}\n`) });
      let stopped = false;
      poller = { stop: () => (stopped = true) };
      void p
        .run(
          () => stopped,
          (reports) => {
            for (const r of reports)
              if (r.ingested || r.updated || r.alerts || r.error)
                process.stdout.write(
                  `watch: feed ${r.feed}: ${r.ingested} new, ${r.updated} updated, ${r.alerts} alert(s)${r.error ? ` (${r.error.replace(/[\u0000-\u001f]/g, '')})` : ''}\n`,
                );
          },
        )
        .catch((e: Error) => process.stderr.write(`watch: stopped: ${e.message}\n`));
      process.stdout.write('  --watch: polling the feeds that are due (dossier feed list)\n');
    }
    const stop = (signal: NodeJS.Signals) => {
      poller?.stop();
      process.stdout.write(`dossier serve: ${signal} received; stopped\n`);
      void server
        .close()
        .then(() => store?.close())
        .then(() => process.exit(0));
      setTimeout(() => process.exit(0), 1000).unref();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    await new Promise(() => {});
    return 0;
  } catch (e) {
    await store?.close();
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE' || err.code === 'EACCES' || err.code === 'EADDRNOTAVAIL') {
      process.stderr.write(
        `dossier serve: cannot listen on ${host}:${opts.port ?? process.env.PORT ?? 8080} (${err.code})\n`,
      );
      return 1;
    }
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`dossier serve: ${e.message}\n`);
    return 1;
  }
}
