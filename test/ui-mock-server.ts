// A stand-in for `dossier serve`, used by the browser tests only while the real server
// is not built: it answers the parts of the API contract (notes/api-contract.md) the UI
// flow needs, from the same SQLite store, and serves web/dist. Decisions are kept in memory.
import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { SqliteStore } from '../src/store/sqlite.js';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export async function startMockServer(
  dbPath: string,
  webDist: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const store = SqliteStore.open(dbPath);
  const db = store.db;
  const status = new Map<string, 'confirmed' | 'rejected'>();
  const page = <T>(items: T[]) => ({ items, total: items.length, limit: 500, offset: 0 });

  const routes: [
    RegExp,
    string,
    (m: RegExpMatchArray, u: URL, body: unknown) => Promise<unknown> | unknown,
  ][] = [
    [/^\/api\/health$/, 'GET', async () => ({ ok: true, version: 'mock', ...(await store.counts()) })],
    [
      /^\/api\/suggest$/,
      'GET',
      async (_m, u) => {
        const q = u.searchParams.get('q') ?? '';
        const like = `%${q}%`;
        return {
          entities: (await store.findEntities(q, 8)).map((e) => ({ ...e })),
          documents: db.prepare('SELECT id, title FROM documents WHERE title LIKE ? LIMIT 8').all(like),
          quotes: db
            .prepare(
              'SELECT q.id, q.text, q.speaker_text AS speaker, d.id AS documentId FROM quotes q JOIN documents d ON d.seq = q.document_id WHERE q.text LIKE ? LIMIT 8',
            )
            .all(like),
        };
      },
    ],
    [
      /^\/api\/search$/,
      'GET',
      async (_m, u) => {
        const type = (u.searchParams.get('type') || undefined) as 'article' | 'quote' | undefined;
        const hits = await store.search(u.searchParams.get('q') ?? '', { type, limit: 50 });
        return page(hits.map((h) => ({ ...h, id: h.quoteId ?? h.documentId, score: h.rank })));
      },
    ],
    [
      /^\/api\/entities$/,
      'GET',
      (_m, u) =>
        page(
          db
            .prepare(
              `SELECT id, name, type, mention_count AS mentions, document_count AS documents, first_seen AS firstSeen, last_seen AS lastSeen
               FROM entities ORDER BY mention_count DESC LIMIT ?`,
            )
            .all(Number(u.searchParams.get('limit') ?? 50)),
        ),
    ],
    [
      /^\/api\/entities\/([^/]+)$/,
      'GET',
      async (m) => {
        const id = decodeURIComponent(m[1]!);
        const p = await store.profile(id);
        const mentionsOverTime = db
          .prepare(
            `SELECT substr(d.published, 1, 7) AS period, count(*) AS count FROM mentions m JOIN documents d ON d.seq = m.document_id
             WHERE m.entity_id = ? AND d.published IS NOT NULL GROUP BY period ORDER BY period`,
          )
          .all(id);
        return { ...p, mentionsOverTime };
      },
    ],
    [
      /^\/api\/graph$/,
      'GET',
      async (_m, u) => {
        const g = await store.graph(
          u.searchParams.get('around') || undefined,
          Number(u.searchParams.get('depth') ?? 1),
        );
        return {
          nodes: g.nodes.map((n) => ({
            id: n.id,
            label: n.name,
            type: n.type,
            mentions: n.mentions,
            community: null,
          })),
          edges: g.edges.map((e) => ({ ...e, corroboration: e.documents })),
        };
      },
    ],
    [
      /^\/api\/path$/,
      'GET',
      async (_m, u) => {
        const paths = await store.paths(u.searchParams.get('a')!, u.searchParams.get('b')!);
        return {
          paths: paths.map((p) =>
            p.map((h) => ({
              from: h.from.id,
              to: h.to.id,
              type: h.type,
              negated: false,
              evidence: h.evidence[0],
            })),
          ),
        };
      },
    ],
    [
      /^\/api\/timeline$/,
      'GET',
      async (_m, u) =>
        page(
          (await store.timeline(u.searchParams.get('entity') || undefined)).map((e) => ({
            id: e.factId,
            type: e.type,
            date: { text: e.dateText, value: e.date },
            place: e.place ? { id: '', name: e.place } : null,
            participants: e.participants.map((p) => ({ role: p.role, id: p.entity.id, name: p.entity.name })),
            evidence: e.evidence[0] ?? null,
          })),
        ),
    ],
    [
      /^\/api\/places$/,
      'GET',
      () =>
        page(
          db
            .prepare(
              `SELECT id, name, lat, lon, country, mention_count AS mentions FROM entities WHERE type = 'place' AND lat IS NOT NULL`,
            )
            .all(),
        ),
    ],
    [
      /^\/api\/documents$/,
      'GET',
      () =>
        page(
          db
            .prepare(
              `SELECT id, title, published, outlet, NULL AS url, ingested_at AS ingestedAt,
               (SELECT count(DISTINCT entity_id) FROM mentions WHERE document_id = seq) AS entities FROM documents ORDER BY seq DESC`,
            )
            .all(),
        ),
    ],
    [
      /^\/api\/documents\/([^/]+)$/,
      'GET',
      (m) => {
        const d = db.prepare('SELECT * FROM documents WHERE id = ?').get(decodeURIComponent(m[1]!)) as
          | Record<string, unknown>
          | undefined;
        if (!d) throw Object.assign(new Error('no such document'), { status: 404 });
        const facts = (
          db
            .prepare(
              `SELECT f.id, f.kind, f.type, f.subject_id AS subjectId, f.object_id AS objectId, f.negated, s.start_offset AS start, s.end_offset AS "end"
               FROM fact_sources s JOIN facts f ON f.id = s.fact_id WHERE s.document_id = ? ORDER BY s.start_offset`,
            )
            .all(d.seq) as { id: string; negated: number }[]
        ).map((f) => ({ ...f, negated: f.negated === 1, status: status.get(f.id) ?? 'machine' }));
        return {
          id: d.id,
          title: d.title,
          published: d.published,
          outlet: d.outlet,
          url: null,
          byline: d.byline,
          text: d.text,
          mentions: db
            .prepare(
              `SELECT m.start_offset AS start, m.end_offset AS "end", m.entity_id AS entityId, e.type FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.document_id = ? ORDER BY start`,
            )
            .all(d.seq),
          quotes: db
            .prepare(
              `SELECT id, start_offset AS start, end_offset AS "end", text, speaker_id AS speakerId, speaker_text AS speakerText FROM quotes WHERE document_id = ? AND pull_quote = 0`,
            )
            .all(d.seq),
          facts,
        };
      },
    ],
    [/^\/api\/sources$/, 'GET', async () => page(await store.sources())],
    [
      /^\/api\/decisions$/,
      'POST',
      (_m, _u, body) => {
        const d = body as { kind: string; factId?: string };
        if (d.factId && (d.kind === 'confirm' || d.kind === 'reject'))
          status.set(d.factId, d.kind === 'confirm' ? 'confirmed' : 'rejected');
        return { id: status.size, ...d };
      },
    ],
  ];

  const send = (res: ServerResponse, code: number, body: unknown, type = 'application/json') => {
    res.writeHead(code, { 'Content-Type': type });
    res.end(typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
  };
  const readBody = (req: IncomingMessage) =>
    new Promise<unknown>((resolve) => {
      let s = '';
      req.on('data', (c) => (s += c));
      req.on('end', () => resolve(s ? JSON.parse(s) : null));
    });

  const server: Server = createServer(async (req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    try {
      if (u.pathname.startsWith('/api/')) {
        if (req.method !== 'GET' && req.headers['x-dossier-csrf'] !== '1')
          return send(
            res,
            403,
            { title: 'missing X-Dossier-CSRF header', status: 403 },
            'application/problem+json',
          );
        for (const [re, method, fn] of routes) {
          const m = u.pathname.match(re);
          if (m && method === req.method) return send(res, 200, await fn(m, u, await readBody(req)));
        }
        return send(res, 404, { title: 'not found', status: 404 }, 'application/problem+json');
      }
      let file = normalize(join(webDist, u.pathname));
      if (!file.startsWith(webDist) || !statSync(file, { throwIfNoEntry: false })?.isFile())
        file = join(webDist, 'index.html');
      send(res, 200, readFileSync(file), MIME[extname(file)] ?? 'application/octet-stream');
    } catch (e) {
      const code = (e as { status?: number }).status ?? 500;
      send(res, code, { title: (e as Error).message, status: code }, 'application/problem+json');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${addr.port}`,
    close: async () => {
      await new Promise((r) => server.close(r));
      await store.close();
    },
  };
}
