// Screening over HTTP: the watch-list hits of the store's people and organisations
// (computed by api/screening.ts), and the analyst's confirm or dismiss of each.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import * as V from '../store/views.js';
import { notFound } from './problem.js';
import { ok, problems, type RouteDeps } from './route-kit.js';
import * as S from './schemas.js';
import type { Screening } from './screening.js';

export function mountScreeningRoutes(
  app: OpenAPIHono,
  { store, writeRoute, by, screening }: RouteDeps & { screening: Screening },
): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/screening/hits',
      request: { query: S.Paging },
      responses: { ...ok('watch-list hits of stored entities', V.ScreeningPage), ...problems },
    }),
    async (c) => {
      const p = c.req.valid('query');
      const all = await screening.hits();
      return c.json({ items: all.slice(p.offset, p.offset + p.limit), total: all.length, ...p }, 200);
    },
  );

  for (const action of ['confirm', 'dismiss'] as const) {
    app.openapi(
      createRoute(
        writeRoute({
          method: 'post' as const,
          path: `/api/screening/hits/{id}/${action}`,
          request: { params: S.IdParam },
          responses: { ...ok(`the hit, ${action}ed`, V.ScreeningHit), ...problems },
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
}
