import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InputError } from './errors.js';
import { normaliseDate } from './publication-date.js';

/** What the HTML reader found; all optional but the text. */
export interface HtmlArticle {
  title: string | null;
  byline: string | null;
  published: string | null;
  url: string | null;
  dek: string | null;
  /** The site's name (og:site_name), which DESIGN.md calls the outlet. */
  outlet: string | null;
  text: string;
}

/** Fewer words than this is a teaser, a paywall or an index page, not an article. */
const MIN_ARTICLE_WORDS = 20;

// Block elements each start a paragraph of their own; everything else is inline.
const BLOCK = new Set(
  (
    'p h1 h2 h3 h4 h5 h6 li blockquote div section article header footer aside main pre td th dd dt ' +
    'figcaption figure ul ol dl table tr tbody thead address hr br'
  ).split(' '),
);
const SKIP = new Set('script style noscript template svg iframe button form select'.split(' '));

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** One paragraph per block element, whitespace collapsed inside, blank lines between. */
function paragraphsOf(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  let buf = '';
  const flush = () => {
    const p = buf.replace(/\s+/g, ' ').trim();
    if (p) out.push(p);
    buf = '';
  };
  const walk = (node: DomNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) buf += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const tag = child.nodeName.toLowerCase();
        if (SKIP.has(tag)) continue;
        if (BLOCK.has(tag)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(document.body as unknown as DomNode);
  flush();
  return out.join('\n\n');
}

interface MetaDoc {
  querySelectorAll(
    sel: string,
  ): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
  querySelector(
    sel: string,
  ): { getAttribute(name: string): string | null; textContent: string | null } | null;
}

/** <meta> content by lower-cased name, property or itemprop; the first of each wins. */
function metaMap(doc: MetaDoc): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

/** datePublished from JSON-LD blocks, which may nest it in @graph or arrays. */
function jsonLdDate(doc: MetaDoc): string | undefined {
  const find = (v: unknown): string | undefined => {
    if (Array.isArray(v)) {
      for (const x of v) {
        const d = find(x);
        if (d) return d;
      }
    } else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.datePublished === 'string') return o.datePublished;
      return find(o['@graph']);
    }
    return undefined;
  };
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const d = find(JSON.parse(el.textContent ?? ''));
      if (d) return d;
    } catch {
      // A malformed JSON-LD block is common on real pages and says nothing about the article.
    }
  }
  return undefined;
}

const DATE_META = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'dc.date.issued',
  'dc.date',
];

function publishedDate(doc: MetaDoc, meta: Map<string, string>): string | null {
  const candidates = [
    ...DATE_META.map((k) => meta.get(k)),
    jsonLdDate(doc),
    doc.querySelector('time[pubdate][datetime]')?.getAttribute('datetime'),
    doc.querySelector('article time[datetime]')?.getAttribute('datetime'),
    doc.querySelector('time[datetime]')?.getAttribute('datetime'),
  ];
  for (const c of candidates) {
    const iso = c ? normaliseDate(c) : null;
    if (iso) return iso;
  }
  return null;
}

function absolute(url: string | null | undefined, base: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url, base).href;
  } catch {
    return base ? null : url;
  }
}

/** Readability keeps the "By …" line when a meta tag already gave the byline; it is not article text. */
function dropBylineLine(text: string, byline: string | null): string {
  if (!byline) return text;
  const name = byline.replace(/^by\s+/i, '').toLowerCase();
  const paras = text.split('\n\n');
  const i = paras.slice(0, 3).findIndex((p) => p.replace(/^by\s+/i, '').toLowerCase() === name);
  if (i >= 0) paras.splice(i, 1);
  return paras.join('\n\n');
}

const clean = (s: string | null | undefined) => s?.replace(/\s+/g, ' ').trim() || null;

/**
 * The article of an HTML page: Mozilla Readability picks the content (dropping
 * navigation, ads and comments) and the page's meta tags supply title, byline, date
 * and canonical URL.
 */
/** Elements nested deeper than this are not an article (news pages nest some tens deep). */
const MAX_HTML_DEPTH = 1000;

/** Elements that never hold others, or whose end tag HTML lets a page leave out. */
const FLAT = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option optgroup thead tbody tfoot colgroup rt rp'.split(
    ' ',
  ),
);

/**
 * How deep the page's elements nest, from its tags alone, in one linear pass: the DOM and
 * Readability take superlinear time on deep trees (100,000 nested elements ran for
 * minutes), so such a page is refused before it is parsed.
 */
function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2].toLowerCase();
    if (FLAT.has(name) || m[3]) continue;
    if (name === 'script' || name === 'style') {
      // their content is not markup
      const close = name === 'script' ? /<\/script/gi : /<\/style/gi;
      close.lastIndex = tag.lastIndex;
      if (!close.exec(html)) break;
      tag.lastIndex = close.lastIndex - name.length - 2;
      continue;
    }
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

export function extractArticle(html: string, input: string, pageUrl?: string): HtmlArticle {
  const depth = nestingDepth(html);
  if (depth > MAX_HTML_DEPTH)
    throw new InputError(
      input,
      `elements nested ${depth} deep (more than ${MAX_HTML_DEPTH}): not an article page; refusing to parse it`,
    );
  let parsed: ReturnType<Readability['parse']>;
  let meta: Map<string, string>;
  let published: string | null;
  let canonical: string | null | undefined;
  let pageTitle: string | null;
  try {
    const { document } = parseHTML(html);
    const doc = document as unknown as MetaDoc;
    // Readability rewrites the DOM, so read the head first.
    meta = metaMap(doc);
    published = publishedDate(doc, meta);
    canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    pageTitle = clean(doc.querySelector('title')?.textContent);
    parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  } catch (e) {
    throw new InputError(input, `could not parse the HTML (${(e as Error).message})`);
  }
  const author = meta.get('author') ?? meta.get('article:author');
  const byline = clean(parsed?.byline) ?? (author && !/^https?:/.test(author) ? clean(author) : null);
  const text = parsed?.content ? dropBylineLine(paragraphsOf(parsed.content), byline) : '';
  if (text.split(/\s+/).filter(Boolean).length < MIN_ARTICLE_WORDS)
    throw new InputError(input, 'no article text found in the page');

  return {
    title: clean(meta.get('og:title')) ?? clean(parsed?.title) ?? pageTitle,
    byline: byline?.replace(/^by\s+/i, '') ?? null,
    published: published ?? (parsed?.publishedTime ? normaliseDate(parsed.publishedTime) : null),
    url: absolute(meta.get('og:url') ?? canonical, pageUrl) ?? pageUrl ?? null,
    dek: clean(meta.get('og:description') ?? meta.get('description')),
    outlet: clean(meta.get('og:site_name')) ?? clean(parsed?.siteName),
    text,
  };
}
