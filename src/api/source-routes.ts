// Sources over HTTP: the outlets with their Admiralty grades, and the analyst's grading.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import * as V from '../store/views.js';
import { notFound } from './problem.js';
import { ok, problems, type RouteDeps } from './route-kit.js';
import * as S from './schemas.js';

export function mountSourceRoutes(app: OpenAPIHono, { store, writeRoute, by }: RouteDeps): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/sources',
      request: { query: S.Paging },
      responses: { ...ok('outlets with grades', V.SourcePage), ...problems },
    }),
    async (c) => {
      const p = c.req.valid('query');
      const all = await store.sources();
      return c.json({ items: all.slice(p.offset, p.offset + p.limit), total: all.length, ...p }, 200);
    },
  );

  app.openapi(
    createRoute(
      writeRoute({
        method: 'put' as const,
        path: '/api/sources/{outlet}/grade',
        request: {
          params: S.OutletParam,
          body: { content: { 'application/json': { schema: S.GradeBody } }, required: true },
        },
        responses: { ...ok('the graded source', V.SourceView), ...problems },
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
}
