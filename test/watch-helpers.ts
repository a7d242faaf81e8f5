// A local feed server for the monitoring tests and bench: feeds in every format,
// article pages built from the demo corpus, and knobs for 304, 429, failures,
// redirects and hostile bodies. Loopback only.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface Article {
  slug: string;
  title: string;
  date: string;
  paragraphs: string[];
}

/** The demo corpus as articles (header lines set aside). */
export function demoArticles(root: string): Article[] {
  const dir = join(root, 'corpus/demo');
  return readdirSync(dir)
    .filter((f) => /^f\d+.*\.txt$/.test(f))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const head: Record<string, string> = {};
      const body: string[] = [];
      let inHead = true;
      for (const line of text.split('\n')) {
        const m = /^([A-Z]+):\s*(.*)$/.exec(line);
        if (inHead && m) head[m[1]] = m[2];
        else {
          inHead = false;
          if (line.trim()) body.push(line.trim());
        }
      }
      return {
        slug: f.replace(/\.txt$/, ''),
        title: head.TITLE ?? f,
        date: head.DATE ?? '2020-01-01',
        paragraphs: body,
      };
    });
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function articleHtml(a: Article): string {
  return `<!doctype html><html><head><title>${esc(a.title)}</title><meta property="article:published_time" content="${a.date}"></head><body><article><h1>${esc(a.title)}</h1>${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</article></body></html>`;
}

export interface FeedEntry {
  guid?: string;
  link?: string;
  title: string;
  date: string;
  content?: string;
}

export function rss(entries: FeedEntry[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test</title><link>http://example.org/</link><description>t</description>${entries
    .map(
      (e) =>
        `<item><title>${esc(e.title)}</title>${e.link ? `<link>${esc(e.link)}</link>` : ''}${e.guid ? `<guid isPermaLink="false">${esc(e.guid)}</guid>` : ''}<pubDate>${new Date(e.date).toUTCString()}</pubDate>${e.content ? `<description>${esc(e.content)}</description>` : ''}</item>`,
    )
    .join('')}</channel></rss>`;
}

export function atom(entries: FeedEntry[]): string {
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Test</title><id>urn:test</id><updated>2024-01-01T00:00:00Z</updated>${entries
    .map(
      (e, i) =>
        `<entry><title>${esc(e.title)}</title><id>${esc(e.guid ?? `urn:entry:${i}`)}</id>${e.link ? `<link href="${esc(e.link)}"/>` : ''}<updated>${new Date(e.date).toISOString()}</updated>${e.content ? `<summary>${esc(e.content)}</summary>` : ''}</entry>`,
    )
    .join('')}</feed>`;
}

export function rdf(entries: FeedEntry[]): string {
  return `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="http://example.org/"><title>Test</title><link>http://example.org/</link><description>t</description></channel>${entries
    .map(
      (e) =>
        `<item rdf:about="${esc(e.link ?? e.guid ?? '')}"><title>${esc(e.title)}</title><link>${esc(e.link ?? '')}</link><dc:date>${e.date}</dc:date>${e.content ? `<description>${esc(e.content)}</description>` : ''}</item>`,
    )
    .join('')}</rdf:RDF>`;
}

export function jsonFeed(entries: FeedEntry[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Test',
    items: entries.map((e, i) => ({
      id: e.guid ?? String(i),
      url: e.link,
      title: e.title,
      date_published: new Date(e.date).toISOString(),
      content_text: e.content,
    })),
  });
}

export function newsSitemap(entries: FeedEntry[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${entries
    .map(
      (e) =>
        `<url><loc>${esc(e.link ?? '')}</loc><news:news><news:publication><news:name>Test</news:name><news:language>en</news:language></news:publication><news:publication_date>${e.date}</news:publication_date><news:title>${esc(e.title)}</news:title></news:news></url>`,
    )
    .join('')}</urlset>`;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface TestServer {
  url: string;
  port: number;
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  routes: Map<string, Handler>;
  close(): Promise<void>;
  server: Server;
}

/** An HTTP server on the given loopback address, routes by path, every request recorded. */
export async function startServer(host = '127.0.0.1'): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const requests: TestServer['requests'] = [];
  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    requests.push({ path, headers: req.headers });
    const h = routes.get(path);
    if (!h) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    try {
      await h(req, res);
    } catch {
      res.destroy();
    }
  });
  server.keepAliveTimeout = 1;
  await new Promise<void>((r) => server.listen(0, host, r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    requests,
    routes,
    server,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** A feed route that answers 304 to a matching If-None-Match / If-Modified-Since. */
export function conditional(
  body: () => string,
  type: string,
  etag: () => string,
  lastModified = 'Mon, 01 Jan 2024 00:00:00 GMT',
): Handler {
  return (req, res) => {
    const tag = etag();
    if (
      req.headers['if-none-match'] === tag ||
      (!req.headers['if-none-match'] && req.headers['if-modified-since'] === lastModified)
    ) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader('Content-Type', type);
    res.setHeader('ETag', tag);
    res.setHeader('Last-Modified', lastModified);
    res.end(body());
  };
}
