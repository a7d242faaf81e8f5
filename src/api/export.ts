// GET /api/export: the same exports as `dossier export`, streamed. Each request
// reads through its own read-only connection, so a long export neither holds the
// server's connection busy (an open SQLite cursor refuses writes on it) nor sees
// half of a concurrent ingest (one read transaction from first row to last).
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { CSV_TABLES } from '../export/csv.js';
import { EXTENSIONS, exportChunks, FORMATS, MEDIA_TYPES } from '../export/index.js';
import { ExportSource } from '../export/source.js';
import { ftsQuery } from '../store/read.js';
import type { Store } from '../store/store.js';
import { notFound } from './problem.js';
import { problems } from './route-kit.js';
import { date } from './schemas.js';

const ExportQuery = z.object({
  format: z.enum(FORMATS).openapi({ param: { name: 'format', in: 'query' }, example: 'stix' }),
  entity: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ param: { name: 'entity', in: 'query' }, description: 'entity id: only its neighbourhood' }),
  hops: z.coerce
    .number()
    .int()
    .min(1)
    .max(4)
    .default(1)
    .openapi({ param: { name: 'hops', in: 'query' } }),
  since: date('since'),
  until: date('until'),
  minCorroboration: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .openapi({ param: { name: 'minCorroboration', in: 'query' } }),
  includeRejected: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ param: { name: 'includeRejected', in: 'query' } }),
  q: z
    .string()
    .min(1)
    .max(500)
    .optional()
    .openapi({
      param: { name: 'q', in: 'query' },
      description: 'only what the articles matching this search (as /api/search) state',
    }),
  table: z
    .enum(CSV_TABLES)
    .default('ties')
    .openapi({ param: { name: 'table', in: 'query' }, description: 'csv only: which table' }),
});

/** Registers GET /api/export on the app (documented in /api/openapi.json). */
export function exportRoute(app: OpenAPIHono, store: Store): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/export',
      request: { query: ExportQuery },
      responses: {
        200: {
          description:
            'the export, streamed: STIX 2.1 bundle, GEXF 1.3, GraphML, one CSV table, FollowTheMoney or dossier JSON lines',
          content: Object.fromEntries(
            [...new Set(Object.values(MEDIA_TYPES))].map((t) => [t, { schema: z.string() }]),
          ),
        },
        ...problems,
      },
    }),
    async (c) => {
      const p = c.req.valid('query');
      const own = store.openReader();
      if (p.entity && !own.sqlDb.prepare('SELECT 1 FROM entities WHERE id = ?').get(p.entity)) {
        await own.close();
        throw notFound('entity', p.entity);
      }
      own.sqlDb.exec('BEGIN');
      let documents: number[] | undefined;
      if (p.q) {
        const match = ftsQuery(p.q);
        documents = match
          ? (own.sqlDb
              .prepare(
                `SELECT rowid FROM documents_fts WHERE documents_fts MATCH @m UNION
                 SELECT q.document_id FROM quotes_fts JOIN quotes q ON q.seq = quotes_fts.rowid WHERE quotes_fts MATCH @m`,
              )
              .pluck()
              .all({ m: match }) as number[])
          : [];
      }
      const src = new ExportSource(own.sqlDb, {
        entity: p.entity,
        hops: p.entity ? p.hops : undefined,
        since: p.since,
        until: p.until,
        minCorroboration: p.minCorroboration,
        includeRejected: p.includeRejected === 'true',
        documents,
      });
      const chunks = exportChunks(src, p.format, p.table);
      const enc = new TextEncoder();
      let closed = false;
      const close = () => {
        if (closed) return;
        closed = true;
        if (own.sqlDb.inTransaction) own.sqlDb.exec('COMMIT');
        void own.close();
      };
      const body = new ReadableStream<Uint8Array>({
        pull(ctl) {
          try {
            // A few chunks per pull: fewer round trips, still bounded memory.
            let bytes = 0;
            while (bytes < 1 << 16) {
              const r = chunks.next();
              if (r.done) {
                close();
                ctl.close();
                return;
              }
              const b = enc.encode(r.value);
              bytes += b.length;
              ctl.enqueue(b);
            }
          } catch (e) {
            close();
            ctl.error(e);
          }
        },
        cancel() {
          chunks.return(undefined);
          close();
        },
      });
      const name = `dossier-${p.format === 'csv' ? p.table : 'export'}.${EXTENSIONS[p.format]}`;
      return new Response(body, {
        status: 200,
        headers: {
          'content-type': MEDIA_TYPES[p.format],
          'content-disposition': `attachment; filename="${name}"`,
        },
      }) as never;
    },
  );
}
