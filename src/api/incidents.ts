// Incidents over HTTP: the list (by entity, dates, paged), one incident with its reports
// side by side, and the analyst's merge and split (undone through /api/decisions/{id}/undo
// like every decision). The shape is the one `dossier timeline --json` prints
// (docs/incidents.md).
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import * as V from '../store/views.js';
import { notFound } from './problem.js';
import { ok, problems, type RouteDeps } from './route-kit.js';
import { EntityDatesQuery } from './schemas.js';

const ID = z.string().regex(/^I[0-9a-f]{20}$/, { message: 'an incident id is I and 20 hex digits' });

const IncidentsQuery = EntityDatesQuery.extend({
  background: z
    .enum(['exclude', 'include', 'only'])
    .default('exclude')
    .openapi({ param: { name: 'background', in: 'query' } }),
});
const IdParam = z.object({ id: ID.openapi({ param: { name: 'id', in: 'path' } }) });
const MergeBody = z.object({ otherId: ID, by: z.string().max(100).optional() });
const SplitBody = z.object({ factId: z.string().min(1).max(64), by: z.string().max(100).optional() });

export function mountIncidentRoutes(app: OpenAPIHono, o: RouteDeps): void {
  const { store } = o;
  const entityExists = (id: string) => store.queries.exists('entities', id);

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/incidents',
      request: { query: IncidentsQuery },
      responses: { ...ok('incidents in date order, each with its reports', V.IncidentPage), ...problems },
    }),
    async (c) => {
      const p = c.req.valid('query');
      if (p.entity && !(await entityExists(p.entity))) throw notFound('entity', p.entity);
      const q = { entityId: p.entity, since: p.since, until: p.until, background: p.background };
      const items = await store.incidents({ ...q, limit: p.limit, offset: p.offset });
      const total = await store.countIncidents(q);
      return c.json({ items, total, limit: p.limit, offset: p.offset }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/incidents/{id}',
      request: { params: IdParam },
      responses: { ...ok('one incident with its reports side by side', V.IncidentView), ...problems },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const inc = await store.incident(id);
      if (!inc) throw notFound('incident', id);
      return c.json(inc, 200);
    },
  );

  app.openapi(
    createRoute(
      o.writeRoute({
        method: 'post' as const,
        path: '/api/incidents/{id}/merge',
        request: {
          params: IdParam,
          body: { content: { 'application/json': { schema: MergeBody } }, required: true },
        },
        responses: {
          ...ok('the decision: the other incident joined this one', V.IncidentDecision),
          ...problems,
        },
      }),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const b = c.req.valid('json');
      if (!(await store.incident(id))) throw notFound('incident', id);
      if (!(await store.incident(b.otherId))) throw notFound('incident', b.otherId);
      const d = await store.decide(
        { kind: 'merge-incidents', incidentId: id, otherId: b.otherId },
        o.by(b.by),
      );
      return c.json({ decision: d, incident: await store.incident(id) }, 200);
    },
  );

  app.openapi(
    createRoute(
      o.writeRoute({
        method: 'post' as const,
        path: '/api/incidents/{id}/split',
        request: {
          params: IdParam,
          body: { content: { 'application/json': { schema: SplitBody } }, required: true },
        },
        responses: {
          ...ok('the decision: the report left, as its own incident', V.IncidentDecision),
          ...problems,
        },
      }),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const b = c.req.valid('json');
      if (!(await store.incident(id))) throw notFound('incident', id);
      const d = await store.decide({ kind: 'split-incident', incidentId: id, factId: b.factId }, o.by(b.by));
      return c.json({ decision: d, incident: await store.incident(id) }, 200);
    },
  );
}
