// Monitoring over HTTP: feeds, alert rules, the alert inbox, and a server-sent
// events stream (GET /api/stream) that tells the UI when an alert arrives. The
// stream reads the alerts table, so alerts raised by a separate `dossier watch`
// process reach the browser as well as those of `serve --watch`.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { InputError } from '../ingest/errors.js';
import * as V from '../store/views.js';
import {
  addRule,
  FACT_KINDS,
  listAlerts,
  listRules,
  markRead,
  removeRule,
  unreadCount,
} from '../watch/alerts.js';
import { addFeed, checkFeedUrl, listFeeds, parseEvery, removeFeed } from '../watch/feeds.js';
import { Poller } from '../watch/poll.js';
import { notFound } from './problem.js';
import { ok, problems, type RouteDeps } from './route-kit.js';

const FeedBody = z.object({
  url: z.string().min(1).max(2048),
  name: z.string().max(200).optional(),
  every: z.string().max(20).optional(),
});
const RuleBody = z.object({
  name: z.string().min(1).max(200),
  entity: z.string().min(1).max(300).optional(),
  query: z.string().min(1).max(500).optional(),
  tieType: z.string().min(1).max(64).optional(),
  screening: z.boolean().optional(),
  on: z.array(z.enum(FACT_KINDS)).optional(),
  webhook: z.string().url().max(2048).optional(),
});
const ReadBody = z.object({ id: z.number().int().positive().optional(), all: z.boolean().optional() });
const AlertsQuery = z.object({
  unread: z.enum(['true', 'false', '1', '0']).optional(),
  after: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export interface WatchRouteOptions extends Pick<RouteDeps, 'store' | 'writeRoute'> {
  allowPrivate?: boolean;
  /** fetch address policy override (tests) */
  isAllowed?: (address: string) => boolean;
  /** how often the SSE stream looks for new alerts (ms) */
  streamEveryMs?: number;
}

export function mountWatchRoutes(app: OpenAPIHono, o: WatchRouteOptions): void {
  const db = () => o.store.sqlDb;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/feeds',
      responses: ok('watched feeds with their status', V.Feeds),
    }),
    (c) => c.json({ items: listFeeds(db()) }, 200),
  );

  app.openapi(
    createRoute(
      o.writeRoute({
        method: 'post' as const,
        path: '/api/feeds',
        request: { body: { content: { 'application/json': { schema: FeedBody } }, required: true } },
        responses: { ...ok('the feed added', V.Feed), ...problems },
      }),
    ),
    async (c) => {
      const b = c.req.valid('json');
      const url = await checkFeedUrl(b.url, o.allowPrivate === true);
      const f = addFeed(db(), url, {
        name: b.name,
        everySeconds: parseEvery(b.every ?? '15m'),
        allowPrivate: o.allowPrivate === true,
      });
      return c.json(f, 200);
    },
  );

  app.openapi(
    createRoute(
      o.writeRoute({
        method: 'delete' as const,
        path: '/api/feeds/{id}',
        request: { params: z.object({ id: z.string().regex(/^\d+$/) }) },
        responses: { ...ok('the feed removed', V.Feed), ...problems },
      }),
    ),
    (c) => c.json(removeFeed(db(), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute(
      o.writeRoute({
        method: 'post' as const,
        path: '/api/feeds/poll',
        responses: { ...ok('poll the due feeds now; the report per feed', V.PollReports), ...problems },
      }),
    ),
    async (c) => c.json({ items: await new Poller(o.store, { isAllowed: o.isAllowed }).pollDue() }, 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/alert-rules', responses: ok('alert rules', V.AlertRules) }),
    (c) => c.json({ items: listRules(db()) }, 200),
  );

  app.openapi(
    createRoute(
      o.writeRoute({
        method: 'post' as const,
        path: '/api/alert-rules',
        request: { body: { content: { 'application/json': { schema: RuleBody } }, required: true } },
        responses: {
          ...ok('the rule added (with its webhook secret, shown once)', V.AlertRuleAdded),
          ...problems,
        },
      }),
    ),
    (c) => c.json(addRule(db(), c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute(
      o.writeRoute({
        method: 'delete' as const,
        path: '/api/alert-rules/{name}',
        request: { params: z.object({ name: z.string().min(1).max(200) }) },
        responses: { ...ok('the rule removed', V.RuleRemoved), ...problems },
      }),
    ),
    (c) => {
      const { name } = c.req.valid('param');
      if (!listRules(db()).some((r) => r.name === name)) throw notFound('alert rule', name);
      removeRule(db(), name);
      return c.json({ removed: name }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/alerts',
      request: { query: AlertsQuery },
      responses: { ...ok('the alert inbox, newest first, with the unread count', V.Alerts), ...problems },
    }),
    (c) => {
      const q = c.req.valid('query');
      const unread = q.unread === 'true' || q.unread === '1';
      return c.json(
        { items: listAlerts(db(), { unread, after: q.after, limit: q.limit }), unread: unreadCount(db()) },
        200,
      );
    },
  );

  app.openapi(
    createRoute(
      o.writeRoute({
        method: 'post' as const,
        path: '/api/alerts/read',
        request: { body: { content: { 'application/json': { schema: ReadBody } }, required: true } },
        responses: { ...ok('alerts marked read', V.AlertsRead), ...problems },
      }),
    ),
    (c) => {
      const b = c.req.valid('json');
      if (!b.all && b.id === undefined) throw new InputError('body', 'give "id" or "all": true');
      const n = markRead(db(), b.all ? 'all' : (b.id as number));
      return c.json({ read: n, unread: unreadCount(db()) }, 200);
    },
  );

  // Not in the OpenAPI registry as JSON: an event stream. Documented in the README.
  app.get('/api/stream', (c) =>
    streamSSE(c, async (stream) => {
      let last = db().prepare('SELECT coalesce(max(id), 0) FROM alerts').pluck().get() as number;
      await stream.writeSSE({ event: 'hello', data: JSON.stringify({ unread: unreadCount(db()), last }) });
      let alive = true;
      stream.onAbort(() => {
        alive = false;
      });
      let beat = 0;
      // new documents, whichever process wrote them (PostgreSQL: LISTEN/NOTIFY)
      let docs = (await o.store.announced()).cursor;
      while (alive) {
        await stream.sleep(o.streamEveryMs ?? 1000);
        const heard = await o.store.announced(docs);
        docs = heard.cursor;
        if (heard.ids.length)
          await stream.writeSSE({ event: 'documents', data: JSON.stringify({ ids: heard.ids }) });
        const fresh = listAlerts(db(), { after: last, limit: 50 }).reverse();
        for (const a of fresh) {
          last = Math.max(last, a.id);
          await stream.writeSSE({
            event: 'alert',
            id: String(a.id),
            data: JSON.stringify({ alert: a, unread: unreadCount(db()) }),
          });
        }
        if (++beat % 15 === 0) await stream.writeSSE({ event: 'ping', data: '{}' });
      }
    }),
  );
}
