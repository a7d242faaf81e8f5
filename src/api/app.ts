// The HTTP API (contract: notes/api-contract.md): Hono routes whose requests are
// validated by the zod schemas that also generate /api/openapi.json.
import { timingSafeEqual } from 'node:crypto';
import { userInfo } from 'node:os';
import { createRoute, OpenAPIHono, type z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { InputError } from '../ingest/errors.js';
import { type DecisionInput, HIT_CLOSE, HIT_OPEN } from '../store/api-queries.js';
import { NotAvailable, type Store, type Tie } from '../store/store.js';
import { HOT_READS, readCache } from './cache.js';
import { exportRoute } from './export.js';
import { buildGraph } from './graph.js';
import { mountIncidentRoutes } from './incidents.js';
import { type IngestedDocument, ingestFile, ingestText, ingestUrl } from './ingest.js';
import { badRequest, HttpProblem, notFound, PROBLEM_TYPE, problemResponse } from './problem.js';
import type { ReadPool } from './read-pool.js';
import type { SafeFetchOptions } from './safe-fetch.js';
import * as S from './schemas.js';
import { Screening } from './screening.js';
import { serveWeb } from './static.js';
import { mountWatchRoutes } from './watch-routes.js';

export const JSON_LIMIT = 1024 * 1024;
export const UPLOAD_LIMIT = 20 * 1024 * 1024;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

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

export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const issueText = (issues: z.core.$ZodIssue[], target: string) =>
  issues
    .map((i) => {
      const where = i.path.length ? i.path.join('.') : target === 'json' ? 'body' : target;
      const kind = target === 'query' ? 'query parameter ' : target === 'param' ? 'path parameter ' : '';
      return `${kind}${where}: ${i.message}`;
    })
    .join('; ');

/** Snippet text escaped for HTML, with only the hit markers turned into <mark> tags. */
export function markSnippet(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replaceAll(HIT_OPEN, '<mark>')
    .replaceAll(HIT_CLOSE, '</mark>');
}

const json = { 'application/json': { schema: S.AnyJson } };
const ok = (description: string) => ({ 200: { content: json, description } });
const problems = {
  400: { content: { [PROBLEM_TYPE]: { schema: S.ProblemSchema } }, description: 'bad request' },
  404: { content: { [PROBLEM_TYPE]: { schema: S.ProblemSchema } }, description: 'not found' },
};

export function createApp(opts: AppOptions): OpenAPIHono {
  const { store } = opts;
  const q = store.queries;
  const screening = new Screening(() => store.sqlDb, q);
  const host = opts.host ?? '127.0.0.1';
  const loopback = isLoopbackHost(host);
  if (!loopback && !opts.token)
    throw new InputError(`--host ${host}`, 'a non-loopback host requires DOSSIER_TOKEN to be set');
  const fetchOpts: SafeFetchOptions = { allowPrivate: opts.allowPrivate, ...opts.fetch };
  const by = (given?: string) => given || process.env.USER || userInfo().username || 'analyst';

  const app = new OpenAPIHono({
    defaultHook: (result, _c) => {
      if (!result.success)
        return problemResponse(400, issueText(result.error.issues as z.core.$ZodIssue[], result.target));
    },
  });

  app.onError((e, c) => {
    if (e instanceof HttpProblem) return problemResponse(e.status, e.detail);
    if (e instanceof NotAvailable) return problemResponse(501, e.message);
    if (e instanceof InputError) return problemResponse(400, e.message);
    if (e instanceof HTTPException) {
      const status = e.status;
      return problemResponse(status, status === 413 ? 'request body too large' : e.message || 'error');
    }
    process.stderr.write(`dossier serve: ${c.req.method} ${c.req.path}: ${(e as Error).stack ?? e}\n`);
    return problemResponse(500, 'internal error; the server log has the details');
  });

  // Bound to loopback, only loopback Host names are answered: a DNS-rebinding page cannot read the API.
  const hostGuard: MiddlewareHandler = async (c, next) => {
    if (loopback) {
      const h = (c.req.header('host') ?? new URL(c.req.url).host).replace(/:\d+$/, '');
      if (!isLoopbackHost(h))
        return problemResponse(421, `Host ${h} is not served; this server answers on loopback names only`);
    }
    await next();
  };

  // The token: on loopback it covers writes (reads are for this machine only, the Host guard
  // keeps rebinding pages out); off loopback it covers every API request, reads included,
  // since the LAN and any DNS-rebinding page can reach the port.
  const authGuard: MiddlewareHandler = async (c, next) => {
    const write = WRITE_METHODS.has(c.req.method);
    if (opts.token && (write || !loopback)) {
      const auth = c.req.header('authorization') ?? '';
      const m = /^Bearer\s+(.+)$/i.exec(auth);
      if (!m || !sameSecret(m[1].trim(), opts.token))
        return problemResponse(
          401,
          `this server requires Authorization: Bearer DOSSIER_TOKEN on ${loopback ? 'writes' : 'every API request'}`,
          { 'WWW-Authenticate': 'Bearer' },
        );
    }
    await next();
  };

  const writeGuard: MiddlewareHandler = async (c, next) => {
    if (!WRITE_METHODS.has(c.req.method)) return next();
    const type = (c.req.header('content-type') ?? '').toLowerCase();
    const isJson = type.startsWith('application/json');
    const isForm = type.startsWith('multipart/form-data');
    if (!isJson && !isForm)
      return problemResponse(415, 'writes must send Content-Type: application/json or multipart/form-data');
    if (c.req.header('x-dossier-csrf') !== '1')
      return problemResponse(403, 'writes must send the header X-Dossier-CSRF: 1');
    const limit = isForm ? UPLOAD_LIMIT : JSON_LIMIT;
    return bodyLimit({
      maxSize: limit,
      onError: () =>
        problemResponse(
          413,
          `request body over the ${limit / (1024 * 1024)} MB limit for ${isForm ? 'uploads' : 'JSON'}`,
        ),
    })(c, next);
  };

  app.use('/api/*', hostGuard, authGuard, writeGuard);
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
  app.use('*', hostGuard);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });

  // ---- reads -----------------------------------------------------------------

  app.openapi(
    createRoute({ method: 'get', path: '/api/health', responses: ok('server and store') }),
    async (c) => {
      const counts = await store.counts();
      return c.json(
        { ok: true, version: opts.version, documents: counts.documents, entities: counts.entities },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/suggest',
      request: { query: S.SuggestQuery },
      responses: { ...ok('entities, documents and quotes, up to 8 each'), ...problems },
    }),
    async (c) => {
      const text = c.req.valid('query').q;
      const s = await q.suggest(text);
      // Spelling variants ("Khorsani" for "Khorasani") come from the store's name matching.
      const variants = (await store.findEntities(text, 8)).map((e) => ({
        id: e.id,
        name: e.name,
        type: e.type,
        mentions: e.mentions,
      }));
      const seen = new Set<string>();
      const entities = [...variants, ...(s.entities as typeof variants)]
        .filter((e) => !seen.has(e.id) && seen.add(e.id))
        .slice(0, 8);
      return c.json({ ...s, entities }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/search',
      request: { query: S.SearchQuery },
      responses: { ...ok('hits; snippet is HTML: <mark> around hits, all else escaped'), ...problems },
    }),
    async (c) => {
      const p = c.req.valid('query');
      const page = await q.search(p.q, p);
      const items = (page.items as { snippet: string }[]).map((h) => ({
        ...h,
        snippet: markSnippet(h.snippet),
      }));
      return c.json({ ...page, items }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/entities',
      request: { query: S.EntitiesQuery },
      responses: { ...ok('entities'), ...problems },
    }),
    async (c) => c.json(await q.entities(c.req.valid('query')), 200),
  );

  const withStatus = (list: Tie[]) =>
    Promise.all(
      list.map(async (t) => ({ ...t, corroboration: t.documents, status: await q.factStatus(t.factId) })),
    );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/entities/{id}',
      request: { params: S.IdParam, query: S.ProfileQuery },
      responses: {
        ...ok(
          'the entity profile; ties lists the best-attested `tiesShown` of each type (tieTotals counts all; ' +
            'GET /api/entities/{id}/ties pages through the rest), quotes and events the latest `listMax`',
        ),
        ...problems,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { ties: tiesShown } = c.req.valid('query');
      if (!(await q.exists('entities', id))) throw notFound('entity', id);
      const p = await store.profile(id, { tiesShown });
      const ties: Record<string, unknown[]> = {};
      for (const [type, list] of Object.entries(p.ties)) ties[type] = await withStatus(list);
      const tiesMore = Object.fromEntries(
        Object.entries(p.ties).map(([type, list]) => [type, (p.tieTotals?.[type] ?? 0) > list.length]),
      );
      return c.json(
        {
          ...p,
          id: p.entity.id,
          name: p.entity.name,
          type: p.entity.type,
          mentions: p.entity.mentions,
          ties,
          tiesMore,
          screening: await screening.forEntity(id),
          mentionsOverTime: await q.mentionsOverTime(id),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/entities/{id}/ties',
      request: { params: S.IdParam, query: S.TiesQuery },
      responses: {
        ...ok(
          "one page of the entity's ties of one type, best-attested first: {items, total, limit, offset, more}",
        ),
        ...problems,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { type, limit, offset } = c.req.valid('query');
      if (!(await q.exists('entities', id))) throw notFound('entity', id);
      const page = await store.ties(id, type, limit, offset);
      return c.json(
        {
          items: await withStatus(page.items),
          total: page.total,
          limit,
          offset,
          more: offset + page.items.length < page.total,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/graph',
      request: { query: S.GraphQuery },
      responses: {
        ...ok(
          'one page of edges, best-corroborated first, and the nodes they touch (with Louvain communities): ' +
            '{nodes, edges, total, limit, offset, more, truncated}',
        ),
        ...problems,
      },
    }),
    async (c) => {
      const p = c.req.valid('query');
      if (p.around && !(await q.exists('entities', p.around))) throw notFound('entity', p.around);
      return c.json(await buildGraph(store, q, p), 200);
    },
  );

  // GET /api/export: every export format, streamed (src/api/export.ts).
  exportRoute(app, store, problems);

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/path',
      request: { query: S.PathQuery },
      responses: { ...ok('shortest chains of ties'), ...problems },
    }),
    async (c) => {
      const { a, b, maxHops } = c.req.valid('query');
      for (const id of [a, b]) if (!(await q.exists('entities', id))) throw notFound('entity', id);
      const paths = await store.paths(a, b, maxHops);
      return c.json(
        {
          paths: paths.map((hops) =>
            hops.map((h) => {
              const ev = h.evidence[0];
              return {
                from: h.from.id,
                to: h.to.id,
                fromName: h.from.name,
                toName: h.to.name,
                type: h.type,
                direction: h.direction,
                negated: false,
                evidence: ev
                  ? {
                      documentId: ev.documentId,
                      sentence: ev.sentence,
                      outlet: ev.outlet,
                      published: ev.published,
                    }
                  : null,
              };
            }),
          ),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/timeline',
      request: { query: S.TimelineQuery },
      responses: { ...ok('events in date order'), ...problems },
    }),
    async (c) => {
      const p = c.req.valid('query');
      if (p.entity && !(await q.exists('entities', p.entity))) throw notFound('entity', p.entity);
      const types = p.types ? new Set(p.types.split(',')) : undefined;
      const events = (await store.timeline(p.entity)).filter(
        (v) =>
          (!types || types.has(v.type)) &&
          (!p.since || (v.date !== null && v.date.slice(0, p.since.length) >= p.since)) &&
          (!p.until || (v.date !== null && v.date.slice(0, p.until.length) <= p.until)),
      );
      // Dated events in date order, then every undated one: one "undated" section, at the end
      // (an undated event is not dated by its article's publication day).
      const ordered = [...events.filter((v) => v.date !== null), ...events.filter((v) => v.date === null)];
      const items = await Promise.all(
        ordered.slice(p.offset, p.offset + p.limit).map(async (v) => ({
          id: v.factId,
          type: v.type,
          date: { text: v.dateText, value: v.date },
          place: await q.eventPlace(v.factId),
          participants: v.participants.map((x) => ({ role: x.role, id: x.entity.id, name: x.entity.name })),
          evidence: v.evidence[0]
            ? {
                documentId: v.evidence[0].documentId,
                sentence: v.evidence[0].sentence,
                start: v.evidence[0].start,
                end: v.evidence[0].end,
                title: v.evidence[0].title ?? null,
                outlet: v.evidence[0].outlet ?? null,
                published: v.evidence[0].published ?? null,
              }
            : null,
        })),
      );
      // the reports above joined across documents (docs/incidents.md); /api/incidents pages them
      const incidents = (
        await store.incidents({ entityId: p.entity, since: p.since, until: p.until, limit: p.limit })
      ).filter((i) => !types || i.reports.some((r) => types.has(r.type)));
      return c.json({ items, total: events.length, limit: p.limit, offset: p.offset, incidents }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/places',
      request: { query: S.PlacesQuery },
      responses: { ...ok('places with coordinates'), ...problems },
    }),
    async (c) => {
      const p = c.req.valid('query');
      return c.json(await q.places(p.limit, p.offset, p.since, p.until), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents',
      request: { query: S.Paging },
      responses: { ...ok('documents, latest ingested first'), ...problems },
    }),
    async (c) => {
      const p = c.req.valid('query');
      return c.json(await q.documents(p.limit, p.offset), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}',
      request: { params: S.IdParam },
      responses: { ...ok('a document with mentions, quotes and facts'), ...problems },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const d = await q.document(id);
      if (!d) throw notFound('document', id);
      return c.json(d, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/sources',
      request: { query: S.Paging },
      responses: { ...ok('outlets with grades'), ...problems },
    }),
    async (c) => {
      const p = c.req.valid('query');
      const all = await store.sources();
      return c.json({ items: all.slice(p.offset, p.offset + p.limit), total: all.length, ...p }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/decisions',
      request: { query: S.Paging },
      responses: { ...ok('decisions, latest first'), ...problems },
    }),
    async (c) => {
      const p = c.req.valid('query');
      return c.json(await q.decisions(p.limit, p.offset), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/screening/hits',
      request: { query: S.Paging },
      responses: { ...ok('watch-list hits of stored entities'), ...problems },
    }),
    async (c) => {
      const p = c.req.valid('query');
      const all = await screening.hits();
      return c.json({ items: all.slice(p.offset, p.offset + p.limit), total: all.length, ...p }, 200);
    },
  );

  // ---- writes ----------------------------------------------------------------

  const writeRoute = <T extends object>(r: T) => ({ ...r, security: opts.token ? [{ bearer: [] }] : [] });

  app.openapi(
    createRoute(
      writeRoute({
        method: 'put' as const,
        path: '/api/sources/{outlet}/grade',
        request: {
          params: S.OutletParam,
          body: { content: { 'application/json': { schema: S.GradeBody } }, required: true },
        },
        responses: { ...ok('the graded source'), ...problems },
      }),
    ),
    async (c) => {
      const { outlet } = c.req.valid('param');
      const body = c.req.valid('json');
      const g = body.grade.toUpperCase();
      const known = (await store.sources()).some((s) => s.outlet.toLowerCase() === outlet.toLowerCase());
      if (!known) throw notFound('outlet', outlet);
      return c.json(await store.gradeSource(outlet, g[0], Number(g[1]), by(body.by)), 200);
    },
  );

  app.openapi(
    createRoute(
      writeRoute({
        method: 'post' as const,
        path: '/api/decisions',
        request: { body: { content: { 'application/json': { schema: S.DecisionBody } }, required: true } },
        responses: { ...ok('the decision recorded'), ...problems },
      }),
    ),
    async (c) => {
      const d = c.req.valid('json') as DecisionInput;
      const need = (field: keyof DecisionInput) => {
        if (!d[field]) throw badRequest(`${field} is required for a ${d.kind} decision`);
      };
      switch (d.kind) {
        case 'confirm':
        case 'reject':
          if (!d.factId && !d.entityId) throw badRequest(`factId is required for a ${d.kind} decision`);
          if (d.factId && !(await q.exists('facts', d.factId))) throw notFound('fact', d.factId);
          break;
        case 'merge':
          need('entityId');
          need('otherId');
          if (d.entityId === d.otherId) throw badRequest('otherId must differ from entityId for a merge');
          break;
        case 'split':
          need('entityId');
          break;
        case 'rename':
          need('entityId');
          need('name');
          break;
        case 'retype':
          need('entityId');
          need('entityType');
          break;
        case 'add':
          need('fact');
          break;
        case 'edit':
          need('factId');
          need('fact');
          if (!(await q.exists('facts', d.factId!))) throw notFound('fact', d.factId!);
          break;
        case 'speaker':
          need('quoteId');
          if (!(await q.exists('quotes', d.quoteId!))) throw notFound('quote', d.quoteId!);
          if (!d.entityId && !d.name) throw badRequest('entityId or name is required for a speaker decision');
          break;
      }
      for (const key of ['entityId', 'otherId'] as const) {
        const id = d[key];
        if (id && !(await q.exists('entities', id))) throw notFound('entity', id);
      }
      const { by: _by, ...req } = d;
      const view = await store.decide(req, by(d.by));
      return c.json(await q.decision(view.id)!, 200);
    },
  );

  app.openapi(
    createRoute(
      writeRoute({
        method: 'post' as const,
        path: '/api/decisions/{id}/undo',
        request: { params: S.DecisionIdParam },
        responses: { ...ok('the decision, undone'), ...problems },
      }),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const d = await q.decision(id);
      if (!d) throw notFound('decision', String(id));
      if (!d.undone) await store.undo(id, by());
      return c.json(await q.decision(id)!, 200);
    },
  );

  for (const action of ['confirm', 'dismiss'] as const) {
    app.openapi(
      createRoute(
        writeRoute({
          method: 'post' as const,
          path: `/api/screening/hits/{id}/${action}`,
          request: { params: S.IdParam },
          responses: { ...ok(`the hit, ${action}ed`), ...problems },
        }),
      ),
      async (c) => {
        const { id } = c.req.valid('param');
        const hit = await screening.find(id);
        if (!hit) throw notFound('screening hit', id);
        await store.decide(
          { kind: action === 'confirm' ? 'confirm' : 'reject', entityId: hit.entityId, hitId: hit.id },
          by(),
        );
        return c.json(await screening.find(id)!, 200);
      },
    );
  }

  app.openapi(
    createRoute(
      writeRoute({
        method: 'post' as const,
        path: '/api/ingest',
        request: {
          body: {
            content: {
              'application/json': { schema: S.IngestJson },
              'multipart/form-data': { schema: S.IngestForm },
            },
          },
        },
        responses: { ...ok('one entry per document read'), ...problems },
      }),
    ),
    async (c: Context) => {
      const type = (c.req.header('content-type') ?? '').toLowerCase();
      const documents: IngestedDocument[] = [];
      if (type.startsWith('multipart/form-data')) {
        const form = await c.req.formData();
        type Upload = { name: string; arrayBuffer(): Promise<ArrayBuffer> };
        const files = [...form.values()].filter((v) => typeof v !== 'string') as unknown as Upload[];
        if (!files.length) throw badRequest('files: no file in the upload');
        for (const f of files)
          documents.push(await ingestFile(store, f.name, Buffer.from(await f.arrayBuffer())));
      } else {
        const body = (c.req as unknown as { valid(t: 'json'): z.infer<typeof S.IngestJson> }).valid('json');
        if (body.text && body.url) throw badRequest('give either text or url, not both');
        if (body.text) documents.push(await ingestText(store, body.text, body));
        else if (body.url) documents.push(await ingestUrl(store, body.url, fetchOpts));
        else throw badRequest('body: text or url is required');
      }
      return c.json({ documents }, 200);
    },
  );

  mountIncidentRoutes(app, { store, writeRoute, by });

  mountWatchRoutes(app, {
    store,
    allowPrivate: opts.allowPrivate,
    isAllowed: opts.fetch?.isAllowed,
    writeRoute,
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
