// Events and places over HTTP: the timeline (events in date order, with the incidents
// that join them) and the places with coordinates for the map.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import * as V from '../store/views.js';
import { notFound } from './problem.js';
import { ok, problems, type RouteDeps } from './route-kit.js';
import * as S from './schemas.js';

export function mountTimelineRoutes(app: OpenAPIHono, { store }: Pick<RouteDeps, 'store'>): void {
  const q = store.queries;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/timeline',
      request: { query: S.TimelineQuery },
      responses: { ...ok('events in date order', V.Timeline), ...problems },
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
      responses: { ...ok('places with coordinates', V.Places), ...problems },
    }),
    async (c) => {
      const p = c.req.valid('query');
      return c.json(await q.places(p.limit, p.offset, p.since, p.until), 200);
    },
  );
}
