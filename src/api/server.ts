// One process: the API and the UI on one port.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type AppOptions, createApp } from './app.js';
import { ReadPool } from './read-pool.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function startServer(
  opts: AppOptions & {
    port: number;
    /** read threads for the hot GET routes (0 or absent: none) */
    readThreads?: number;
  },
): Promise<RunningServer> {
  const pool = opts.readThreads
    ? new ReadPool(
        { db: opts.store.path, version: opts.version, host: opts.host, token: opts.token },
        opts.readThreads,
      )
    : undefined;
  const app = createApp({ ...opts, reads: pool?.size ? pool : undefined });
  const host = opts.host ?? '127.0.0.1';
  // Listen once the read threads have loaded: the first requests would otherwise queue on
  // the main thread while the threads compete with it for the CPU.
  return (pool ? pool.ready() : Promise.resolve()).then(() => listen(app, host, opts.port, pool));
}

function listen(
  app: ReturnType<typeof createApp>,
  host: string,
  port: number,
  pool: ReadPool | undefined,
): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${info.port}/`,
        port: info.port,
        // Idle keep-alive sockets would hold close() open for seconds: they are ended at once.
        close: () =>
          new Promise((done) => {
            server.close(() => {
              void pool?.close();
              done();
            });
            const s = server as { closeIdleConnections?: () => void; closeAllConnections?: () => void };
            s.closeIdleConnections?.();
            setTimeout(() => s.closeAllConnections?.(), 500).unref();
          }),
      });
    });
    server.once('error', reject);
  });
}
