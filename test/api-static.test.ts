// The UI's files (src/api/static.ts): assets with their type and a long cache,
// index.html for any other path (the SPA routes on the client), nothing from
// outside web/dist, and a page saying how to build the UI when it is not built.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { serveWeb } from '../src/api/static.js';

const base = mkdtempSync(join(tmpdir(), 'dossier-static-'));
const dist = join(base, 'dist');
mkdirSync(join(dist, 'assets'), { recursive: true });
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>workbench</title>');
writeFileSync(join(dist, 'assets', 'app-1a2b.js'), 'console.log(1);');
writeFileSync(join(dist, 'assets', 'app-1a2b.css'), 'body{}');
writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
writeFileSync(join(base, 'secret.txt'), 'outside the web root');
afterAll(() => rmSync(base, { recursive: true, force: true }));

const web = new Hono().get('*', serveWeb(dist));

describe('serving the built UI', () => {
  it('serves an asset with its type, a year-long immutable cache and the security headers', async () => {
    const res = await web.request('/assets/app-1a2b.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await res.text()).toBe('console.log(1);');
    const css = await web.request('/assets/app-1a2b.css');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('serves a file outside assets/ with no-cache', async () => {
    const res = await web.request('/favicon.svg');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers / and any client route with index.html, not cached', async () => {
    for (const path of ['/', '/entities/E123', '/network?focus=x', '/assets/missing.js']) {
      const res = await web.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(await res.text(), path).toContain('<title>workbench</title>');
    }
  });

  it('never serves a file from outside the web root', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
    ]) {
      const res = await web.request(path);
      expect(await res.text(), path).not.toContain('outside the web root');
    }
  });

  it('says how to build the UI when it is not built', async () => {
    for (const dir of [undefined, join(base, 'nowhere')]) {
      const res = await new Hono().get('*', serveWeb(dir)).request('/');
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('npm run build:web');
    }
  });
});
