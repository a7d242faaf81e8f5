// The API's guards: CSRF header and content type on writes, the token on a
// non-loopback host, Host names, body limits, SSRF-safe ingest by URL; and one
// real server on 127.0.0.1.
import { createServer, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/api/app.js';
import { isLoopbackHost } from '../src/api/guards.js';
import { isNonPublicAddress } from '../src/api/safe-fetch.js';
import { startServer } from '../src/api/server.js';
import { servePort } from '../src/cli/serve.js';
import type { SqliteStore } from '../src/store/sqlite.js';
import { app, post, problem, tempStore, testNet, WRITE_HEADERS } from './api-helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in tests
type Json = Record<string, any>;
let store: SqliteStore;
let a: OpenAPIHono;
const TEXT = 'Police in Multan arrested Tariq Janbaz, a commander of the Crescent Front, on Saturday.';

beforeAll(() => {
  store = tempStore();
  a = app(store);
});

describe('writes need the CSRF header and a JSON or multipart body', () => {
  it('refuses a write without X-Dossier-CSRF', async () => {
    const res = await a.request('/api/ingest', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: TEXT }),
    });
    const p = await problem(res);
    expect(p.status).toBe(403);
    expect(p.detail).toContain('X-Dossier-CSRF');
    expect((await (await a.request('/api/health')).json()).documents).toBe(0);
  });

  it('refuses a form-encoded or text/plain write (what a cross-site form can send)', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'text/plain']) {
      const res = await a.request('/api/decisions', {
        method: 'POST',
        headers: { 'Content-Type': type, 'X-Dossier-CSRF': '1' },
        body: 'kind=confirm',
      });
      expect((await problem(res)).status, type).toBe(415);
    }
  });

  it('reads need neither', async () => {
    expect((await a.request('/api/health')).status).toBe(200);
  });
});

describe('token on a non-loopback host', () => {
  it('refuses to start on a non-loopback host without a token', () => {
    expect(() => createApp({ store, version: 't', host: '0.0.0.0' })).toThrow(/DOSSIER_TOKEN/);
    expect(() => createApp({ store, version: 't', host: '::1' })).not.toThrow();
  });

  it('then every request, reads included, needs Authorization: Bearer TOKEN', async () => {
    const t = createApp({ store, version: 't', host: '0.0.0.0', token: 's3cret-token' });
    const body = JSON.stringify({ kind: 'confirm', factId: 'Rnone' });
    const none = await t.request('/api/decisions', { method: 'POST', headers: WRITE_HEADERS, body });
    expect((await problem(none)).status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    const wrong = await t.request('/api/decisions', {
      method: 'POST',
      headers: { ...WRITE_HEADERS, Authorization: 'Bearer s3cret-tokem' },
      body,
    });
    expect(wrong.status).toBe(401);
    const right = await t.request('/api/decisions', {
      method: 'POST',
      headers: { ...WRITE_HEADERS, Authorization: 'Bearer s3cret-token' },
      body,
    });
    expect(right.status).toBe(404); // past the guard: the fact does not exist
    // reads: anyone on the LAN or a DNS-rebinding page (any Host name) gets 401 without the token
    for (const path of [
      '/api/health',
      '/api/search?q=police',
      '/api/entities',
      '/api/documents',
      '/api/graph',
    ]) {
      const res = await t.request(path, { headers: { Host: 'analyst-box:8080' } });
      const p = await problem(res);
      expect(p.status, path).toBe(401);
      expect(p.detail, path).toContain('every API request');
    }
    const read = await t.request('/api/health', {
      headers: { Host: 'analyst-box:8080', Authorization: 'Bearer s3cret-token' },
    });
    expect(read.status).toBe(200);
    // the UI's page itself holds no data and loads without the token, so it can ask for it
    expect((await t.request('/', { headers: { Host: 'analyst-box:8080' } })).status).toBe(200);
  });

  it('on loopback with a token, writes need it and reads do not (the Host guard keeps rebinding out)', async () => {
    const t = createApp({ store, version: 't', host: '127.0.0.1', token: 's3cret-token' });
    expect((await t.request('/api/health')).status).toBe(200);
    const res = await t.request('/api/decisions', {
      method: 'POST',
      headers: WRITE_HEADERS,
      body: JSON.stringify({ kind: 'confirm', factId: 'Rnone' }),
    });
    expect((await problem(res)).detail).toContain('on writes');
    expect((await t.request('http://evil.example/api/health')).status).toBe(421);
  });

  it('bound to loopback, a foreign Host name (DNS rebinding) is refused', async () => {
    const res = await a.request('http://evil.example/api/health');
    expect(res.status).toBe(421);
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('[::1]')).toBe(true);
    expect(isLoopbackHost('10.0.0.1')).toBe(false);
  });
});

describe('body limits', () => {
  it('a JSON body over 1 MB is 413', async () => {
    const big = JSON.stringify({ text: 'a'.repeat(1024 * 1024 + 10) });
    const p = await problem(
      await a.request('/api/ingest', { method: 'POST', headers: WRITE_HEADERS, body: big }),
    );
    expect(p.status).toBe(413);
    expect(p.detail).toContain('1 MB');
  });

  it('an upload over 20 MB is 413', async () => {
    const form = new FormData();
    form.append('files', new Blob([Buffer.alloc(20 * 1024 * 1024 + 1, 97)]), 'big.txt');
    const p = await problem(
      await a.request('/api/ingest', { method: 'POST', headers: { 'X-Dossier-CSRF': '1' }, body: form }),
    );
    expect(p.status).toBe(413);
    expect(p.detail).toContain('20 MB');
  });
});

describe('ingest by URL is SSRF-safe', () => {
  let site: Server;
  let base: string;

  beforeAll(async () => {
    site = createServer((req, res) => {
      if (req.url === '/article') {
        res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(`TITLE: Exercise from a local site\nDATE: 2024-06-01\n\n${TEXT}`);
      } else if (req.url === '/to-article') {
        res.writeHead(302, { Location: '/article' });
        res.end();
      } else if (req.url === '/to-private') {
        res.writeHead(302, { Location: 'http://10.20.30.40/secret' });
        res.end();
      } else if (req.url === '/breaks-off') {
        // headers and part of the body, then the connection drops
        res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': '100000' });
        res.write('TITLE: Cut short\n\nPolice in Multan said');
        setTimeout(() => res.socket?.destroy(), 30);
      } else if (req.url === '/drips') {
        // a byte every 50 ms, past the fetch budget
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        const t = setInterval(() => (res.destroyed ? clearInterval(t) : res.write('a')), 50);
        res.on('close', () => clearInterval(t));
      } else if (req.url === '/to-rebind') {
        res.writeHead(302, { Location: 'http://rebind.test/x' });
        res.end();
      } else if (req.url === '/to-metadata') {
        res.writeHead(301, { Location: 'http://169.254.169.254/latest/meta-data/' });
        res.end();
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => site.close(() => r())));

  it('classifies loopback, private, link-local, IPv6 and IPv4-mapped addresses as not public', () => {
    for (const ip of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '::ffff:a9fe:a9fe',
      '64:ff9b::a00:1',
      '2002:c0a8:101::1',
      // IPv4-translated (::ffff:0:0:0/96) and the other v6 forms that carry an IPv4 address
      '::ffff:0:7f00:1',
      '::ffff:0:127.0.0.1',
      '::ffff:0:a9fe:a9fe',
      '::7f00:1',
      '64:ff9b:1::a00:1',
      '2001::1', // Teredo
      '2001:db8::1',
      '100::1',
      'fe80::1%eth0',
      '[::1]',
      '255.255.255.255',
      '224.0.0.1',
      '198.18.0.1',
      'not-an-address',
      '',
    ])
      expect(isNonPublicAddress(ip), ip).toBe(true);
    for (const ip of [
      '8.8.8.8',
      '93.184.216.34',
      '2606:4700:4700::1111',
      '::ffff:8.8.8.8',
      '::ffff:0:8.8.8.8',
      '64:ff9b::808:808',
      '2002:808:808::1',
    ])
      expect(isNonPublicAddress(ip), ip).toBe(false);
  });

  async function ingestUrl(x: OpenAPIHono, url: string): Promise<Json> {
    const res = await post(x, '/api/ingest', { url });
    expect(res.status).toBe(200);
    return ((await res.json()) as Json).documents[0];
  }

  it('refuses 127.0.0.1, 10.x, 169.254.x, [::1], IPv4-mapped and a name resolving to loopback', async () => {
    const port = new URL(base).port;
    for (const url of [
      `${base}/article`,
      'http://10.0.0.1/',
      'http://169.254.169.254/latest/meta-data/',
      `http://[::1]:${port}/article`,
      `http://[::ffff:127.0.0.1]:${port}/article`,
      `http://[::ffff:0:7f00:1]:${port}/article`,
      `http://localhost:${port}/article`,
      `http://loopy.test:${port}/article`,
      'http://rebind.test/',
    ]) {
      const before = testNet.connections.length;
      const d = await ingestUrl(a, url);
      expect(d.status, url).toBe('failed');
      expect(d.reason, url).toMatch(/not a public address/);
      expect(d.reason, url).toContain('--allow-private');
      expect(testNet.connections.length, `${url} was connected to`).toBe(before);
    }
    expect(testNet.refused).toEqual([]);
  });

  it('refuses a redirect to a private or link-local address, checked on the redirect', async () => {
    // The local site stands in for a public one: loopback allowed, every other non-public address not.
    const x = app(store, { fetch: { isAllowed: (ip) => ip === '127.0.0.1' || !isNonPublicAddress(ip) } });
    for (const path of ['/to-private', '/to-metadata', '/to-rebind']) {
      const d = await ingestUrl(x, `${base}${path}`);
      expect(d.status, path).toBe('failed');
      expect(d.reason, path).toMatch(/not a public address \(reached by a redirect\)/);
    }
    const ok = await ingestUrl(x, `${base}/to-article`);
    expect(ok.status).toBe('new');
    // every socket the test opened was to the loopback site; none was even attempted elsewhere
    expect(testNet.refused).toEqual([]);
    expect(testNet.connections.every((c) => c.address === '127.0.0.1')).toBe(true);
  });

  it('a body that breaks off mid-download is a failed entry saying the connection closed (was HTTP 500)', async () => {
    const x = app(store, { fetch: { isAllowed: (ip) => ip === '127.0.0.1' } });
    const res = await post(x, '/api/ingest', { url: `${base}/breaks-off` });
    expect(res.status).toBe(200);
    const d = ((await res.json()) as Json).documents[0];
    expect(d).toMatchObject({ status: 'failed', id: null });
    expect(d.reason).toMatch(/connection closed/);
    expect(d.reason).toContain(`${base}/breaks-off`);
  });

  it('a body that drips past the time budget is a failed entry saying it timed out (was HTTP 500)', async () => {
    const x = app(store, { fetch: { isAllowed: (ip) => ip === '127.0.0.1', timeoutMs: 400 } });
    const t0 = Date.now();
    const res = await post(x, '/api/ingest', { url: `${base}/drips` });
    expect(res.status).toBe(200);
    const d = ((await res.json()) as Json).documents[0];
    expect(d).toMatchObject({ status: 'failed' });
    expect(d.reason).toMatch(/timed out after 0\.4 s/);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('with --allow-private the local article is fetched (through a redirect) and stored', async () => {
    const x = app(store, { allowPrivate: true });
    const d = await ingestUrl(x, `${base}/to-article`);
    expect(testNet.refused).toEqual([]);
    expect(d).toMatchObject({ title: 'Exercise from a local site' });
    expect(['new', 'unchanged']).toContain(d.status);
    const doc = (await (await x.request(`/api/documents/${d.id}`)).json()) as Json;
    expect(doc.url).toBe(`${base}/to-article`);
    expect(doc.text).toContain('Tariq Janbaz');
    const missing = await ingestUrl(x, `${base}/nothing`);
    expect(missing).toMatchObject({ status: 'failed' });
    expect(missing.reason).toContain('HTTP 404');
  });
});

describe('a real server on 127.0.0.1', () => {
  it('listens on port 0, answers the API, takes a write, and closes', async () => {
    const s = await startServer({ store, version: 'real', port: 0, host: '127.0.0.1' });
    try {
      expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const h = (await (await fetch(`${s.url}api/health`)).json()) as Json;
      expect(h).toMatchObject({ ok: true, version: 'real' });
      const res = await fetch(`${s.url}api/ingest`, {
        method: 'POST',
        headers: WRITE_HEADERS,
        body: JSON.stringify({ text: `${TEXT} It was a real request.` }),
      });
      const body = (await res.json()) as Json;
      expect(body.documents[0].status).toBe('new');
      const doc = await fetch(`${s.url}api/documents/${body.documents[0].id}`);
      expect(doc.status).toBe(200);
      const spa = await fetch(`${s.url}network`);
      expect(spa.headers.get('content-type')).toMatch(/text\/html/);
    } finally {
      await s.close();
    }
  });

  /** Writes `parts` to the server one at a time, `gapMs` apart; resolves with what it answered. */
  function raw(url: string, parts: string[], gapMs = 0): Promise<string> {
    const { port } = new URL(url);
    return new Promise((resolve, reject) => {
      const sock = connect(Number(port), '127.0.0.1');
      let got = '';
      sock.on('data', (d) => (got += d));
      sock.on('close', () => resolve(got));
      sock.on('error', (e) => (got ? resolve(got) : reject(e)));
      let i = 0;
      const next = () => {
        if (i < parts.length && !sock.destroyed) sock.write(parts[i++], () => setTimeout(next, gapMs));
      };
      sock.on('connect', next);
    });
  }

  it('headers of 64 KB are refused with 431, and the server answers the next request', async () => {
    const s = await startServer({ store, version: 'real', port: 0, host: '127.0.0.1' });
    try {
      const answer = await raw(s.url, [
        `GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`,
      ]);
      expect(answer).toMatch(/^HTTP\/1\.1 431/);
      expect((await fetch(`${s.url}api/health`)).status).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('a request body slower than the limit is cut off with 408, and nothing of it is stored', async () => {
    const s = await startServer({
      store,
      version: 'real',
      port: 0,
      host: '127.0.0.1',
      requestTimeoutMs: 1500,
    });
    try {
      const before = (await (await fetch(`${s.url}api/health`)).json()) as Json;
      const body = JSON.stringify({ text: `${TEXT} It came one piece at a time.` });
      const head = `POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Dossier-CSRF: 1\r\nContent-Length: ${body.length}\r\n\r\n`;
      const t0 = Date.now();
      // the body drips 8 bytes every 300 ms: it would take far longer than the limit
      const parts = [head, ...(body.match(/[\s\S]{1,8}/g) ?? [])];
      const answer = await raw(s.url, parts, 300);
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(Date.now() - t0).toBeLessThan(10_000);
      const after = (await (await fetch(`${s.url}api/health`)).json()) as Json;
      expect(after.documents).toBe(before.documents);
    } finally {
      await s.close();
    }
  }, 20_000);

  it('port comes from --port, else $PORT, else 8080', () => {
    const saved = process.env.PORT;
    try {
      delete process.env.PORT;
      expect(servePort()).toBe(8080);
      process.env.PORT = '9123';
      expect(servePort()).toBe(9123);
      expect(servePort('7000')).toBe(7000);
      expect(() => servePort('http')).toThrow(/--port http/);
    } finally {
      if (saved === undefined) delete process.env.PORT;
      else process.env.PORT = saved;
    }
  });
});
