// The poller: fetch each due feed with its validators (If-None-Match,
// If-Modified-Since), honour 304, 429 and Retry-After, back off on errors, and
// ingest each new or changed item exactly once.
//
// Exactly once, across kill -9 at any moment:
// - a document is stored in one transaction, keyed by the hash of its text, so
//   storing it twice is a no-op;
// - the item is marked seen, and the alert rules are evaluated on its document, in
//   a second transaction; an alert is keyed (rule, document);
// - the feed's validators are saved only after every item of a 200 answer is
//   through, so a poll cut short is fetched in full next time, never answered 304.
import { parseHTML } from 'linkedom';
import { safeFetch } from '../api/safe-fetch.js';
import { InputError } from '../ingest/errors.js';
import { readInput } from '../ingest/read.js';
import { extract } from '../nlp/pipeline.js';
import { documentMeta } from '../store/document.js';
import type { Store } from '../store/store.js';
import type { SourceDocument } from '../types.js';
import { evaluateDocument, pendingDeliveries, recordDelivery, signBody } from './alerts.js';
import { dueFeeds, type Feed, msUntilDue, recordFailure, recordSuccess, retryAfterSeconds } from './feeds.js';
import { FeedFormatError, type FeedItem, itemHash, itemKey, parseFeedBody } from './parse.js';

const FEED_MAX_BYTES = 10 * 1024 * 1024;
const PAGE_MAX_BYTES = 5 * 1024 * 1024;
const FEED_TIMEOUT_MS = 20_000;
const PAGE_TIMEOUT_MS = 15_000;
/** at most this many requests at once to one host */
const PER_HOST = 2;

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

export interface PollOptions {
  concurrency?: number;
  /** the clock (tests move it) */
  now?: () => Date;
  rand?: () => number;
  /** tests: the address policy for loopback servers */
  isAllowed?: (address: string) => boolean;
  /** time budget for one feed fetch, headers and body (default FEED_TIMEOUT_MS) */
  feedTimeoutMs?: number;
  /** called for each alert written */
  onAlert?: (id: number) => void;
  log?: (line: string) => void;
}

export interface FeedReport {
  feed: number;
  url: string;
  status: number | null;
  items: number;
  ingested: number;
  updated: number;
  failed: number;
  alerts: number;
  error: string | null;
  notModified: boolean;
}

/** A counting semaphore per host. */
class HostLimiter {
  private active = new Map<string, number>();
  private waiting = new Map<string, (() => void)[]>();

  async run<T>(url: string, fn: () => Promise<T>): Promise<T> {
    let host = url;
    try {
      host = new URL(url).host;
    } catch {}
    while ((this.active.get(host) ?? 0) >= PER_HOST)
      await new Promise<void>((r) => this.waiting.set(host, [...(this.waiting.get(host) ?? []), r]));
    this.active.set(host, (this.active.get(host) ?? 0) + 1);
    try {
      return await fn();
    } finally {
      this.active.set(host, (this.active.get(host) ?? 1) - 1);
      const q = this.waiting.get(host);
      const next = q?.shift();
      if (next) next();
    }
  }
}

function once(bytes: Buffer | string): AsyncIterable<Uint8Array | string> {
  return (async function* () {
    yield bytes;
  })();
}

/** An item's own HTML or text as plain paragraphs (feeds carry summaries too short for Readability). */
function itemText(content: string): string {
  if (!/<[a-z!/]/i.test(content)) return content.trim();
  const marked = content.replace(/<\s*(br|\/p|\/div|\/li|\/h\d)\b[^>]*>/gi, '$&\n');
  const { document } = parseHTML(`<!doctype html><html><body>${marked}</body></html>`);
  for (const el of document.querySelectorAll('script, style')) el.remove();
  return (document.body.textContent ?? '')
    .split('\n')
    .map((l: string) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

export class Poller {
  private hosts = new HostLimiter();
  private readonly now: () => Date;

  constructor(
    private readonly store: Store,
    private readonly opts: PollOptions = {},
  ) {
    this.now = opts.now ?? (() => new Date());
  }

  private get db() {
    return this.store.sqlDb;
  }

  /**
   * Polls until `stop()` says so, each round as soon as a feed falls due (not on a fixed
   * tick, so an item waits at most its feed's interval plus the round's own work).
   */
  async run(stop: () => boolean, onRound?: (r: FeedReport[]) => void): Promise<void> {
    while (!stop()) {
      const reports = await this.pollDue();
      if (reports.length) onRound?.(reports);
      const wait = msUntilDue(this.db, this.now()) ?? 60_000;
      const until = Date.now() + Math.min(60_000, Math.max(100, wait));
      while (!stop() && Date.now() < until)
        await new Promise((r) => setTimeout(r, Math.min(200, until - Date.now())));
    }
  }

  /** Polls every due feed once, `concurrency` at a time. */
  async pollDue(): Promise<FeedReport[]> {
    const feeds = dueFeeds(this.db, this.now());
    const reports: FeedReport[] = [];
    let next = 0;
    const worker = async () => {
      while (next < feeds.length) {
        const f = feeds[next++];
        reports.push(await this.pollFeed(f));
      }
    };
    const n = Math.max(1, Math.min(this.opts.concurrency ?? 4, feeds.length));
    await Promise.all(Array.from({ length: n }, worker));
    await this.deliverWebhooks();
    return reports.sort((a, b) => a.feed - b.feed);
  }

  async pollFeed(feed: Feed): Promise<FeedReport> {
    const report: FeedReport = {
      feed: feed.id,
      url: feed.url,
      status: null,
      items: 0,
      ingested: 0,
      updated: 0,
      failed: 0,
      alerts: 0,
      error: null,
      notModified: false,
    };
    const at = this.now();
    const headers: Record<string, string> = {};
    if (feed.etag) headers['If-None-Match'] = feed.etag;
    if (feed.lastModified) headers['If-Modified-Since'] = feed.lastModified;
    let res: Awaited<ReturnType<typeof safeFetch>>;
    try {
      res = await this.hosts.run(feed.url, () =>
        safeFetch(feed.url, {
          allowPrivate: feed.allowPrivate,
          isAllowed: feed.allowPrivate ? undefined : this.opts.isAllowed,
          headers,
          accept: FEED_ACCEPT,
          timeoutMs: this.opts.feedTimeoutMs ?? FEED_TIMEOUT_MS,
          maxBytes: FEED_MAX_BYTES,
          passStatus: (s) => s === 304 || s === 429 || s === 503,
        }),
      );
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      report.error = e.message.replace(`${feed.url}: `, '');
      recordFailure(this.db, feed, at, null, report.error, null, this.opts.rand);
      return report;
    }
    report.status = res.status;
    if (res.status === 304) {
      report.notModified = true;
      recordSuccess(this.db, feed, at, 304, null);
      return report;
    }
    if (res.status === 429 || res.status === 503) {
      const ra = retryAfterSeconds(res.headers['retry-after'], at);
      report.error = `HTTP ${res.status}${ra !== null ? `; the server asked to retry after ${ra} s` : ''}`;
      recordFailure(this.db, feed, at, res.status, report.error, ra, this.opts.rand);
      return report;
    }
    let items: FeedItem[];
    try {
      items = parseFeedBody(res.bytes.toString('utf8')).items;
    } catch (e) {
      if (!(e instanceof FeedFormatError)) throw e;
      report.error = e.message;
      recordFailure(this.db, feed, at, res.status, report.error, null, this.opts.rand);
      return report;
    }
    report.items = items.length;
    // oldest first, so alerts come in the order things happened
    const ordered = items
      .map((it, i) => ({ it, i }))
      .sort((a, b) => (a.it.published ?? '').localeCompare(b.it.published ?? '') || b.i - a.i)
      .map((x) => x.it);
    const seen = this.db.prepare('SELECT content_hash FROM feed_items WHERE feed_id = ? AND item_key = ?');
    await Promise.all(
      [0, 1].map(async (lane) => {
        for (let k = lane; k < ordered.length; k += 2) {
          const it = ordered[k];
          const key = itemKey(it);
          const hash = itemHash(it);
          const prior = seen.get(feed.id, key) as { content_hash: string } | undefined;
          if (prior && prior.content_hash === hash) continue;
          const r = await this.ingestItem(feed, it, key, hash, prior !== undefined);
          if (r === 'failed') report.failed++;
          else {
            if (prior) report.updated++;
            else report.ingested++;
            report.alerts += r.alerts;
          }
        }
      }),
    );
    const h = res.headers;
    recordSuccess(this.db, feed, at, res.status, {
      etag: typeof h.etag === 'string' ? h.etag : null,
      lastModified: typeof h['last-modified'] === 'string' ? h['last-modified'] : null,
    });
    if (report.failed)
      report.error = `${report.failed} item(s) could not be read; they are tried again next poll`;
    return report;
  }

  /** Reads the item's page (its own content when the page cannot be had), stores it, marks it seen, raises alerts. */
  private async ingestItem(
    feed: Feed,
    it: FeedItem,
    key: string,
    hash: string,
    update: boolean,
  ): Promise<{ alerts: number } | 'failed'> {
    let src: SourceDocument | null = null;
    let location = it.link ?? `${feed.url}#${key}`;
    if (it.link) {
      try {
        const link = it.link;
        const page = await this.hosts.run(link, () =>
          safeFetch(link, {
            allowPrivate: feed.allowPrivate,
            isAllowed: feed.allowPrivate ? undefined : this.opts.isAllowed,
            timeoutMs: PAGE_TIMEOUT_MS,
            maxBytes: PAGE_MAX_BYTES,
          }),
        );
        src = await readInput('-', { stdin: once(page.bytes), title: it.title ?? undefined });
        src.url ??= page.url;
        src.origin = link;
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        this.opts.log?.(`feed ${feed.id}: ${e.message}${it.content ? '; using the item text' : ''}`);
        src = null;
      }
    }
    if (!src && it.content) {
      try {
        src = await readInput('-', {
          stdin: once(itemText(it.content)),
          title: it.title ?? undefined,
          published: it.published?.slice(0, 10),
        });
        if (it.link) src.url ??= it.link;
        location = it.link ?? location;
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        src = null;
      }
    }
    if (!src) return 'failed';
    if (!src.published && it.published) src.published = it.published.slice(0, 10);
    src.metadata = { ...(src.metadata ?? {}), feed: feed.name ?? feed.url };
    const meta = documentMeta(src, location);
    if (!(await this.store.knownDocument(meta.id, location))) await this.store.ingest(meta, extract(src));
    let made: number[] = [];
    this.db.transaction(() => {
      const at = this.now().toISOString();
      this.db
        .prepare(
          `INSERT INTO feed_items (feed_id, item_key, content_hash, document_id, link, title, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (feed_id, item_key) DO UPDATE SET content_hash = excluded.content_hash, document_id = excluded.document_id,
             link = excluded.link, title = excluded.title, seen_at = excluded.seen_at`,
        )
        .run(feed.id, key, hash, meta.id, it.link, it.title, at);
      if (!update) this.db.prepare('UPDATE feeds SET items_seen = items_seen + 1 WHERE id = ?').run(feed.id);
      made = evaluateDocument(this.db, meta.id);
    })();
    for (const id of made) this.opts.onAlert?.(id);
    return { alerts: made.length };
  }

  /** Posts alerts to their rules' webhooks (signed), through the same address guard; failures retry with backoff. */
  async deliverWebhooks(): Promise<number> {
    let delivered = 0;
    for (const d of pendingDeliveries(this.db, this.now().getTime())) {
      const err = await postWebhook(d.url, d.secret, d.body, this.opts.isAllowed);
      recordDelivery(this.db, d.alertId, err);
      if (!err) delivered++;
    }
    return delivered;
  }
}

/** POSTs a signed JSON body; returns null on a 2xx, else the reason. Only public addresses unless the policy says. */
async function postWebhook(
  url: string,
  secret: string,
  body: string,
  isAllowed?: (address: string) => boolean,
): Promise<string | null> {
  const { safePost } = await import('./post.js');
  try {
    const status = await safePost(url, body, { 'X-Dossier-Signature': signBody(secret, body) }, isAllowed);
    return status >= 200 && status < 300 ? null : `HTTP ${status}`;
  } catch (e) {
    return (e as Error).message;
  }
}
