// The UI: files of web/dist through @hono/node-server's serveStatic (which
// refuses "..", encoded dots and doubled slashes, and knows the MIME types),
// with index.html for any other path (the SPA routes on the client). Without a
// build, a page saying how to make one.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Handler } from 'hono';

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
};

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>dossier</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40em; margin: 3em auto">
<h1>dossier</h1>
<p>The API is running (<a href="/api/health">/api/health</a>, <a href="/api/openapi.json">/api/openapi.json</a>),
but the browser UI is not built.</p>
<p>Build it with <code>npm run build:web</code>, then reload this page.</p>
</body></html>
`;

const IMMUTABLE = 'public, max-age=31536000, immutable';
const noNext = async () => {};

export function serveWeb(webDir?: string): Handler {
  const root = webDir ? resolve(webDir) : undefined;
  const index = root ? join(root, 'index.html') : undefined;
  // Made on the first request that finds a build (serveStatic complains at once
  // about a missing root, and the UI may be built while the server runs).
  let files: ReturnType<typeof serveStatic> | undefined;
  let spa: ReturnType<typeof serveStatic> | undefined;
  return async (c) => {
    if (!root || !index || !existsSync(index)) return c.html(NOT_BUILT_PAGE, 200, SECURITY_HEADERS);
    files ??= serveStatic({ root });
    spa ??= serveStatic({ root, path: 'index.html' });
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
    if (c.req.path !== '/') {
      // Hashed file names under assets/ never change; anything else is revalidated.
      c.header('Cache-Control', c.req.path.startsWith('/assets/') ? IMMUTABLE : 'no-cache');
      const found = await files(c, noNext);
      if (found) return found;
    }
    c.header('Cache-Control', 'no-cache');
    return (await spa(c, noNext)) ?? c.html(NOT_BUILT_PAGE, 200);
  };
}
