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
    /** a request's headers and body must arrive within this (ms; default 30 s, headers 10 s) */
    requestTimeoutMs?: number;
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
  return (pool ? pool.ready() : Promise.resolve()).then(() =>
    listen(app, host, opts.port, pool, opts.requestTimeoutMs ?? 30_000),
  );
}

function listen(
  app: ReturnType<typeof createApp>,
  host: string,
  port: number,
  pool: ReadPool | undefined,
  requestTimeoutMs: number,
): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: app.fetch,
        port,
        hostname: host,
        // Node checks the request timeouts this often (its default, 30 s, would let a slow
        // body run for up to 30 s past the limit).
        serverOptions: {
          requestTimeout: requestTimeoutMs,
          headersTimeout: Math.min(10_000, requestTimeoutMs),
          connectionsCheckingInterval: Math.max(250, Math.min(5_000, requestTimeoutMs / 4)),
        },
      },
      (info: AddressInfo) => {
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
      },
    );
    // A client that sends its headers or body slower than requestTimeoutMs is cut off (408),
    // so slow uploads cannot hold sockets (Node's own default is 300 s). Headers over Node's
    // 16 KB limit are refused with 431 before that.
    server.once('error', reject);
  });
}
