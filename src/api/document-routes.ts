// Documents over HTTP: the articles, one article with its annotations, and ingest
// (pasted text, uploads or a URL, extracted in the server process: api/ingest.ts).
import { createRoute, type OpenAPIHono, type z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { IngestedDocument } from '../store/views.js';
import * as V from '../store/views.js';
import { ingestFile, ingestText, ingestUrl } from './ingest.js';
import { badRequest, notFound } from './problem.js';
import { ok, problems, type RouteDeps } from './route-kit.js';
import type { SafeFetchOptions } from './safe-fetch.js';
import * as S from './schemas.js';

export function mountDocumentRoutes(
  app: OpenAPIHono,
  { store, writeRoute, fetchOpts }: Pick<RouteDeps, 'store' | 'writeRoute'> & { fetchOpts: SafeFetchOptions },
): void {
  const q = store.queries;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents',
      request: { query: S.Paging },
      responses: { ...ok('documents, latest ingested first', V.DocumentPage), ...problems },
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
      responses: { ...ok('a document with mentions, quotes and facts', V.DocumentView), ...problems },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const d = await q.document(id);
      if (!d) throw notFound('document', id);
      return c.json(d, 200);
    },
  );

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
        responses: { ...ok('one entry per document read', V.IngestResult), ...problems },
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
}
