// The HTTP API (contract: notes/api-contract.md): Hono routes whose requests are
// validated by the zod schemas that also generate /api/openapi.json. This file only
// composes the app: the guards (guards.ts), the read cache and read threads, and the
// route modules of each area, mounted in turn.
import { userInfo } from 'node:os';
import { createRoute, OpenAPIHono, type z } from '@hono/zod-openapi';
import { InputError } from '../ingest/errors.js';
import type { Store } from '../store/store.js';
import * as V from '../store/views.js';
import { HOT_READS, readCache } from './cache.js';
import { mountDecisionRoutes } from './decision-routes.js';
import { mountDocumentRoutes } from './document-routes.js';
import { mountEntityRoutes } from './entity-routes.js';
import { exportRoute } from './export.js';
import { authGuard, errorProblem, hostGuard, isLoopbackHost, issueText, writeGuard } from './guards.js';
import { mountIncidentRoutes } from './incidents.js';
import { problemResponse } from './problem.js';
import type { ReadPool } from './read-pool.js';
import { ok, type RouteDeps } from './route-kit.js';
import type { SafeFetchOptions } from './safe-fetch.js';
import { Screening } from './screening.js';
import { mountScreeningRoutes } from './screening-routes.js';
import { mountSourceRoutes } from './source-routes.js';
import { serveWeb } from './static.js';
import { mountTimelineRoutes } from './timeline-routes.js';
import { mountWatchRoutes } from './watch-routes.js';

export interface AppOptions {
  store: Store;
  version: string;
  /** the bound host; a non-loopback one requires `token` */
  host?: string;
  /** DOSSIER_TOKEN: when set, required on every write; off loopback, on every API request */
  token?: string;
  allowPrivate?: boolean;
  /** fetch policy override (tests) */
  fetch?: SafeFetchOptions;
  /** the built UI (web/dist); undefined or missing → a page saying how to build it */
  webDir?: string;
  /** how often GET /api/stream looks for new alerts (ms; tests shorten it) */
  streamEveryMs?: number;
  /** keep hot read answers until the store changes (default on; DOSSIER_CACHE=0 turns it off) */
  cache?: boolean;
  /** read threads that answer the hot GET routes (dossier serve); without, the main thread does */
  reads?: Pick<ReadPool, 'fetch'>;
}

export function createApp(opts: AppOptions): OpenAPIHono {
  const { store } = opts;
  const host = opts.host ?? '127.0.0.1';
  const loopback = isLoopbackHost(host);
  if (!loopback && !opts.token)
    throw new InputError(`--host ${host}`, 'a non-loopback host requires DOSSIER_TOKEN to be set');

  const app = new OpenAPIHono({
    defaultHook: (result, _c) => {
      if (!result.success)
        return problemResponse(400, issueText(result.error.issues as z.core.$ZodIssue[], result.target));
    },
  });
  app.onError(errorProblem);

  app.use('/api/*', hostGuard(loopback), authGuard(opts.token, loopback), writeGuard);
  // Hot reads answered again from memory until the store changes (DOSSIER_CACHE=0 turns it off).
  if (opts.cache ?? process.env.DOSSIER_CACHE !== '0')
    app.use(
      '/api/*',
      readCache(() => store),
    );
  // ... and otherwise by a read thread, when the server has them (dossier serve does).
  const reads = opts.reads;
  if (reads)
    app.use('/api/*', async (c, next) => {
      if (c.req.method !== 'GET' || !HOT_READS.test(c.req.path)) return next();
      const a = await reads.fetch(c.req.url, [...c.req.raw.headers]);
      if (!a) return next();
      return new Response(a.body, { status: a.status, headers: a.headers });
    });
  app.use('*', hostGuard(loopback));

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });

  app.openapi(
    createRoute({ method: 'get', path: '/api/health', responses: ok('server and store', V.Health) }),
    async (c) => {
      const counts = await store.counts();
      return c.json(
        { ok: true, version: opts.version, documents: counts.documents, entities: counts.entities },
        200,
      );
    },
  );

  const deps: RouteDeps = {
    store,
    writeRoute: (r) => ({ ...r, security: opts.token ? [{ bearer: [] }] : [] }),
    by: (given) => given || process.env.USER || userInfo().username || 'analyst',
  };
  const screening = new Screening(() => store.sqlDb, store.queries);
  mountEntityRoutes(app, { store, screening });
  // GET /api/export: every export format, streamed (src/api/export.ts).
  exportRoute(app, store);
  mountTimelineRoutes(app, deps);
  mountDocumentRoutes(app, { ...deps, fetchOpts: { allowPrivate: opts.allowPrivate, ...opts.fetch } });
  mountSourceRoutes(app, deps);
  mountDecisionRoutes(app, deps);
  mountScreeningRoutes(app, { ...deps, screening });
  mountIncidentRoutes(app, deps);
  mountWatchRoutes(app, {
    ...deps,
    allowPrivate: opts.allowPrivate,
    isAllowed: opts.fetch?.isAllowed,
    streamEveryMs: opts.streamEveryMs,
  });

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    // off loopback the token covers reads too
    ...(opts.token && !loopback ? { security: [{ bearer: [] }] } : {}),
    info: {
      title: 'dossier API',
      version: opts.version,
      description:
        'Cited knowledge graph of news about militant organisations. Writes need Content-Type application/json ' +
        '(or multipart/form-data for uploads) and X-Dossier-CSRF: 1; with DOSSIER_TOKEN set, writes need Authorization: Bearer, ' +
        'and on a non-loopback host every API request (reads too) needs it.',
    },
  });

  app.all('/api/*', (c) => problemResponse(404, `no API endpoint ${c.req.method} ${c.req.path}`));

  app.get('*', serveWeb(opts.webDir));
  return app;
}
