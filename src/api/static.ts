// The UI: files of web/dist, with index.html for any other path (the SPA
// routes on the client). Without a build, a page saying how to make one.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Handler } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
};

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
};

export const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>dossier</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40em; margin: 3em auto">
<h1>dossier</h1>
<p>The API is running (<a href="/api/health">/api/health</a>, <a href="/api/openapi.json">/api/openapi.json</a>),
but the browser UI is not built.</p>
<p>Build it with <code>npm run build:web</code>, then reload this page.</p>
</body></html>
`;

export function serveWeb(webDir?: string): Handler {
  const root = webDir ? resolve(webDir) : undefined;
  return (c) => {
    const index = root ? join(root, 'index.html') : undefined;
    if (!root || !index || !existsSync(index)) return c.html(NOT_BUILT_PAGE, 200, SECURITY_HEADERS);
    let rel: string;
    try {
      rel = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      rel = '/';
    }
    const file = normalize(join(root, rel));
    const inside = file === root || file.startsWith(root + sep);
    if (inside && rel !== '/' && existsSync(file) && statSync(file).isFile()) {
      const immutable = rel.startsWith('/assets/');
      return c.body(readFileSync(file), 200, {
        'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...SECURITY_HEADERS,
      });
    }
    return c.body(readFileSync(index), 200, {
      'Content-Type': TYPES['.html'],
      'Cache-Control': 'no-cache',
      ...SECURITY_HEADERS,
    });
  };
}
