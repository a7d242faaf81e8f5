// Feed documents → items. RSS 2.0, RSS 1.0/RDF, Atom and JSON Feed through
// feedsmith (a maintained parser on fast-xml-parser 5.11, past this year's
// entity-expansion fixes); news sitemaps and OPML subscription lists through the
// same XML parser family. Hostile XML is refused before any parser sees it: a
// feed has no use for a DTD, so any <!DOCTYPE … [ internal subset ]> or <!ENTITY>
// is refused outright (billion laughs, external entities).
import { createHash } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { parseFeed, parseOpml } from 'feedsmith';

export interface FeedItem {
  /** GUID / id as the feed gives it */
  guid: string | null;
  link: string | null;
  title: string | null;
  published: string | null;
  /** the item's own text (summary or content), HTML allowed */
  content: string | null;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json' | 'sitemap';
  title: string | null;
  items: FeedItem[];
}

export class FeedFormatError extends Error {}

const DTD = /<!DOCTYPE[^>]*\[|<!ENTITY/i;

type Loose = Record<string, unknown> | undefined;

const str = (v: unknown): string | null => {
  if (v == null) return null;
  if (Array.isArray(v)) return v.length ? str(v[0]) : null;
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object' && 'value' in (v as object)) return str((v as { value: unknown }).value);
  return null;
};

function isoDate(v: unknown): string | null {
  const s = str(v);
  if (!s) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** Reads a feed body (bytes as fetched). Throws FeedFormatError with a reason a user can read. */
export function parseFeedBody(body: string): ParsedFeed {
  const head = body.slice(0, 4096);
  if (DTD.test(head) || /<!ENTITY/i.test(body))
    throw new FeedFormatError('refused: the feed declares a DTD or entities (never needed by a feed)');
  const trimmed = body.trimStart();
  if (
    /^<\?xml[^>]*\?>\s*(<!--[\s\S]*?-->\s*)*<(\w+:)?(urlset|sitemapindex)\b/.test(trimmed) ||
    /^<(\w+:)?urlset\b/.test(trimmed)
  )
    return parseSitemap(body);
  let parsed: { format: string; feed: Loose };
  try {
    parsed = parseFeed(body) as { format: string; feed: Loose };
  } catch (e) {
    throw new FeedFormatError(`not a feed: ${(e as Error).message.split('\n')[0]}`);
  }
  const feed = parsed.feed ?? {};
  const rawItems = ((feed.items ?? feed.entries ?? []) as Record<string, unknown>[]) ?? [];
  const items: FeedItem[] = rawItems.map((it) => {
    switch (parsed.format) {
      case 'atom': {
        const links = (it.links ?? []) as { href?: string; rel?: string }[];
        const link = links.find((l) => !l.rel || l.rel === 'alternate')?.href ?? links[0]?.href ?? null;
        return {
          guid: str(it.id),
          link: link ?? null,
          title: str(it.title),
          published: isoDate(it.published ?? it.updated),
          content: str(it.content) ?? str(it.summary),
        };
      }
      case 'json':
        return {
          guid: str(it.id),
          link: str(it.url) ?? str(it.external_url),
          title: str(it.title),
          published: isoDate(it.date_published ?? it.date_modified),
          content: str(it.content_html) ?? str(it.content_text) ?? str(it.summary),
        };
      default: {
        const dc = it.dc as Loose;
        const content = it.content as Loose;
        return {
          guid: str(it.guid) ?? str((it.rdf as Loose)?.about),
          link: str(it.link),
          title: str(it.title),
          published: isoDate(it.pubDate ?? dc?.date ?? dc?.dates),
          content: str(content?.encoded) ?? str(it.description),
        };
      }
    }
  });
  return { format: parsed.format as ParsedFeed['format'], title: str(feed.title), items };
}

const xml = new XMLParser({
  ignoreAttributes: false,
  processEntities: true,
  removeNSPrefix: true,
  isArray: (name) => name === 'url' || name === 'sitemap' || name === 'outline',
});

/** A news sitemap: each <url> with its <loc>, and <news:title>/<news:publication_date> when given. */
function parseSitemap(body: string): ParsedFeed {
  let doc: Record<string, unknown>;
  try {
    doc = xml.parse(body) as Record<string, unknown>;
  } catch (e) {
    throw new FeedFormatError(`not a sitemap: ${(e as Error).message.split('\n')[0]}`);
  }
  const urlset = doc.urlset as { url?: Record<string, unknown>[] } | undefined;
  if (!urlset) throw new FeedFormatError('a sitemap index is not a news sitemap; add the sitemaps it lists');
  const items = (urlset.url ?? []).map((u) => {
    const news = u.news as Loose;
    return {
      guid: null,
      link: str(u.loc),
      title: str(news?.title),
      published: isoDate(news?.publication_date ?? u.lastmod),
      content: null,
    };
  });
  return { format: 'sitemap', title: null, items };
}

/** The feed URLs of an OPML subscription list, with their titles. */
export function parseOpmlBody(body: string): { url: string; name: string | null }[] {
  if (DTD.test(body)) throw new FeedFormatError('refused: the OPML file declares a DTD or entities');
  let doc: { body?: { outlines?: unknown[] } };
  try {
    doc = parseOpml(body) as typeof doc;
  } catch (e) {
    throw new FeedFormatError(`not an OPML file: ${(e as Error).message.split('\n')[0]}`);
  }
  const out: { url: string; name: string | null }[] = [];
  const walk = (list: unknown[] | undefined) => {
    for (const o of (list ?? []) as Record<string, unknown>[]) {
      const url = str(o.xmlUrl);
      if (url) out.push({ url, name: str(o.title) ?? str(o.text) });
      walk(o.outlines as unknown[] | undefined);
    }
  };
  walk(doc.body?.outlines);
  return out;
}

/** A link without what does not change the article: fragment, tracking parameters, default port, case of host. */
function normaliseLink(link: string): string {
  try {
    const u = new URL(link);
    u.hash = '';
    for (const k of [...u.searchParams.keys()])
      if (/^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid)$/i.test(k)) u.searchParams.delete(k);
    u.hostname = u.hostname.toLowerCase();
    let s = u.toString();
    if (s.endsWith('/') && u.pathname !== '/') s = s.slice(0, -1);
    return s;
  } catch {
    return link.trim();
  }
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** The item's identity: its GUID, else its normalised link, else a hash of what it says. */
export function itemKey(it: FeedItem): string {
  if (it.guid) return `guid:${it.guid}`;
  if (it.link) return `link:${normaliseLink(it.link)}`;
  return `hash:${sha(`${it.title ?? ''}\n${it.content ?? ''}`)}`;
}

/** What the item says: a change here is an updated item. */
export function itemHash(it: FeedItem): string {
  return sha(`${it.title ?? ''}\n${it.link ? normaliseLink(it.link) : ''}\n${it.content ?? ''}`);
}
