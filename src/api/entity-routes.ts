// Entities, search and the graph over HTTP: suggestions, full-text search, the entity
// list and profile with its ties page by page, the graph around an entity, and the
// shortest chains of ties between two.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { HIT_CLOSE, HIT_OPEN } from '../store/api-queries.js';
import type { Tie } from '../store/store.js';
import * as V from '../store/views.js';
import { buildGraph } from './graph.js';
import { notFound } from './problem.js';
import { ok, problems, type RouteDeps } from './route-kit.js';
import * as S from './schemas.js';
import type { Screening } from './screening.js';

/** Snippet text escaped for HTML, with only the hit markers turned into <mark> tags. */
function markSnippet(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replaceAll(HIT_OPEN, '<mark>')
    .replaceAll(HIT_CLOSE, '</mark>');
}

export function mountEntityRoutes(
  app: OpenAPIHono,
  { store, screening }: Pick<RouteDeps, 'store'> & { screening: Screening },
): void {
  const q = store.queries;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/suggest',
      request: { query: S.SuggestQuery },
      responses: { ...ok('entities, documents and quotes, up to 8 each', V.Suggestions), ...problems },
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
      responses: {
        ...ok('hits; snippet is HTML: <mark> around hits, all else escaped', V.SearchPage),
        ...problems,
      },
    }),
    async (c) => {
      const p = c.req.valid('query');
      const page = await q.search(p.q, p);
      const items = page.items.map((h) => ({
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
      responses: { ...ok('entities', V.EntityPage), ...problems },
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
          V.ProfileResult,
        ),
        ...problems,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { ties: tiesShown } = c.req.valid('query');
      if (!(await q.exists('entities', id))) throw notFound('entity', id);
      const p = await store.profile(id, { tiesShown });
      const ties: Record<string, V.TieResult[]> = {};
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
          V.TiePage,
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
          V.GraphPage,
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

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/path',
      request: { query: S.PathQuery },
      responses: { ...ok('shortest chains of ties', V.Paths), ...problems },
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
}
