// Decisions over HTTP: the list, a new decision (checked here, then written by the store's
// decision commands, decisions.ts, the one writer on either backend), and undo.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { DecisionInput } from '../store/api-queries.js';
import * as V from '../store/views.js';
import { badRequest, notFound } from './problem.js';
import { ok, problems, type RouteDeps } from './route-kit.js';
import * as S from './schemas.js';

export function mountDecisionRoutes(app: OpenAPIHono, { store, writeRoute, by }: RouteDeps): void {
  const q = store.queries;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/decisions',
      request: { query: S.Paging },
      responses: { ...ok('decisions, latest first', V.DecisionPage), ...problems },
    }),
    async (c) => {
      const p = c.req.valid('query');
      return c.json(await q.decisions(p.limit, p.offset), 200);
    },
  );

  app.openapi(
    createRoute(
      writeRoute({
        method: 'post' as const,
        path: '/api/decisions',
        request: { body: { content: { 'application/json': { schema: S.DecisionBody } }, required: true } },
        responses: { ...ok('the decision recorded', V.DecisionRecord), ...problems },
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
        responses: { ...ok('the decision, undone', V.DecisionRecord), ...problems },
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
}
