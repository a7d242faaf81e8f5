// Property: whatever the query string, JSON body, path segment or headers, every route
// answers below 500, never with a stack trace, and every error is problem+json.
// 2,000 requests in-process against a store seeded with the invented corpus.
import type { OpenAPIHono } from '@hono/zod-openapi';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqliteStore } from '../../src/store/sqlite.js';
import { app, seed, tempStore } from '../api-helpers.js';
import { params, timeout } from './fc.js';

let a: OpenAPIHono;
let store: SqliteStore;
const known: string[] = [];

beforeAll(async () => {
  store = tempStore();
  a = app(store);
  known.push(...(await seed(a)));
  const ents = (await (await a.request('/api/entities?limit=20')).json()) as { items: { id: string }[] };
  known.push(...ents.items.map((e) => e.id));
  const doc = (await (await a.request(`/api/documents/${known[0]}`)).json()) as {
    facts?: { id: string }[];
    quotes?: { id: string }[];
  };
  known.push(
    ...(doc.facts ?? []).slice(0, 5).map((f) => f.id),
    ...(doc.quotes ?? []).slice(0, 3).map((q) => q.id),
  );
}, 120_000);

const STACK = /\n\s+at .+:\d+:\d+|node_modules|\.ts:\d+/;
const READS = [
  '/api/health',
  '/api/suggest',
  '/api/search',
  '/api/entities',
  '/api/graph',
  '/api/path',
  '/api/timeline',
  '/api/places',
  '/api/documents',
  '/api/sources',
  '/api/decisions',
  '/api/screening/hits',
  '/api/openapi.json',
  '/api/nothing',
];
const WITH_ID = [
  '/api/entities/',
  '/api/documents/',
  '/api/decisions/',
  '/api/screening/hits/',
  '/api/sources/',
];
const WRITES: [string, string][] = [
  ['POST', '/api/ingest'],
  ['POST', '/api/decisions'],
  ['POST', '/api/decisions/{id}/undo'],
  ['POST', '/api/screening/hits/{id}/confirm'],
  ['POST', '/api/screening/hits/{id}/dismiss'],
  ['PUT', '/api/sources/{id}/grade'],
  ['DELETE', '/api/entities/{id}'],
  ['PATCH', '/api/decisions'],
];
const PARAMS = [
  'q',
  'type',
  'types',
  'relTypes',
  'since',
  'until',
  'limit',
  'offset',
  'sort',
  'around',
  'depth',
  'a',
  'b',
  'maxHops',
  'entity',
  'minCorroboration',
  'grade',
];

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    '0',
    '-1',
    '1e309',
    'NaN',
    '2020-13-45',
    '9999999999999',
    '"',
    '*',
    'NEAR(',
    'a OR',
    "'",
    '%00',
  ),
  fc.constantFrom(...['E', 'D', 'R', 'Q'].map((p) => `${p}x`)),
  fc.nat({ max: 20 }).map(String),
);
const idLike = () => fc.oneof(text, fc.constantFrom(...known));
const jsonValue = fc.jsonValue({ maxDepth: 3 });
const body = () =>
  fc.oneof(
    jsonValue.map((v) => JSON.stringify(v)),
    fc
      .record(
        {
          kind: fc.constantFrom('confirm', 'reject', 'merge', 'split', 'rename', 'speaker', 'x'),
          factId: idLike(),
          entityId: idLike(),
          otherId: idLike(),
          quoteId: idLike(),
          name: text,
          by: text,
          grade: fc.constantFrom('A1', 'b2', 'Z9', ''),
          text: fc.string({ unit: 'grapheme', maxLength: 200 }),
          url: fc.constantFrom('http://10.0.0.1/', 'http://nowhere.test/', 'ftp://x/', 'http://[::1]/'),
          title: text,
          published: text,
        },
        { requiredKeys: [] },
      )
      .map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 60 }),
    fc.constant('{"text": "unterminated'),
  );
const headers = fc.record(
  {
    'content-type': fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'multipart/form-data; boundary=x',
      'text/plain',
      'application/x-www-form-urlencoded',
      '',
    ),
    'x-dossier-csrf': fc.constantFrom('1', '0', ''),
    authorization: fc.constantFrom('Bearer x', 'Basic Zm9v', ''),
    host: fc.constantFrom('127.0.0.1:8080', 'localhost', 'evil.example', '[::1]:1'),
    accept: fc.constantFrom('application/json', '*/*', 'text/html'),
  },
  { requiredKeys: [] },
);

const request = () =>
  fc.oneof(
    fc.record({
      method: fc.constant('GET'),
      path: fc.constantFrom(...READS),
      query: fc.array(fc.tuple(fc.constantFrom(...PARAMS), text), { maxLength: 5 }),
      headers,
      body: fc.constant(undefined as string | undefined),
    }),
    fc.record({
      method: fc.constant('GET'),
      path: fc.tuple(fc.constantFrom(...WITH_ID), idLike()).map(([p, id]) => p + encodeURIComponent(id)),
      query: fc.constant([] as [string, string][]),
      headers,
      body: fc.constant(undefined as string | undefined),
    }),
    fc.record({
      method: fc.constant('GET'),
      path: fc
        .array(fc.constantFrom('api', '..', '%2e%2e', '%00', 'entities', '%zz', '', 'x;y', '%ff'), {
          maxLength: 4,
        })
        .map((p) => `/${p.join('/')}`),
      query: fc.constant([] as [string, string][]),
      headers,
      body: fc.constant(undefined as string | undefined),
    }),
    fc.record({
      method: fc.constant('WRITE'),
      path: fc
        .tuple(fc.constantFrom(...WRITES), idLike())
        .map(([[m, p], id]) => `${m} ${p.replace('{id}', encodeURIComponent(id))}`),
      query: fc.constant([] as [string, string][]),
      headers: headers.map((h) => ({ 'x-dossier-csrf': '1', 'content-type': 'application/json', ...h })),
      body: body(),
    }),
  );

describe('the API under random requests (fast-check)', () => {
  it(
    'never 5xx, never a stack trace, errors always problem+json (2,000 requests)',
    async () => {
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(request(), async (r) => {
          let method: string = r.method;
          let path = r.path;
          if (method === 'WRITE') [method, path] = path.split(' ');
          const qs = new URLSearchParams(r.query).toString();
          let url: string;
          try {
            url = new URL(`http://127.0.0.1${path}${qs ? `?${qs}` : ''}`).toString();
          } catch {
            return; // not a URL a client could send
          }
          const h = Object.fromEntries(Object.entries(r.headers).filter(([, v]) => v !== ''));
          const res = await a.request(url, {
            method,
            headers: h,
            body: method === 'GET' ? undefined : r.body,
          });
          const type = res.headers.get('content-type') ?? '';
          const out = await res.text();
          const where = `${method} ${url} → ${res.status}`;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect(res.status, where).toBeLessThan(500);
          expect(out, where).not.toMatch(STACK);
          if (res.status >= 400) {
            expect(type, where).toMatch(/^application\/problem\+json/);
            const p = JSON.parse(out) as { status: number; detail: string };
            expect(p.status, where).toBe(res.status);
            expect(typeof p.detail, where).toBe('string');
          }
        }),
        params(2000),
      );
      // the requests reached the handlers, not only the guards
      for (const status of [200, 400, 404]) expect(statuses.get(status), `${status}s`).toBeGreaterThan(20);
      console.log(`API fuzz statuses: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
    },
    timeout(2000, 15),
  );
});
