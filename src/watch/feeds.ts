// Feeds as the store keeps them, and the schedule: when each is due, and how far
// it backs off after errors (exponential with jitter, capped at 24 h, never
// disabled: its status says why it is behind).
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { isNonPublicAddress } from '../api/safe-fetch.js';
import { InputError } from '../ingest/errors.js';
import type { DB } from '../store/open.js';

const MAX_BACKOFF_S = 24 * 3600;

export interface Feed {
  id: number;
  url: string;
  name: string | null;
  everySeconds: number;
  allowPrivate: boolean;
  addedAt: string;
  etag: string | null;
  lastModified: string | null;
  lastFetch: string | null;
  lastStatus: number | null;
  lastError: string | null;
  errors: number;
  nextPoll: string;
  itemsSeen: number;
}

interface FeedRow {
  id: number;
  url: string;
  name: string | null;
  every_s: number;
  allow_private: number;
  added_at: string;
  etag: string | null;
  last_modified: string | null;
  last_fetch: string | null;
  last_status: number | null;
  last_error: string | null;
  errors: number;
  next_poll: string;
  items_seen: number;
}

const toFeed = (r: FeedRow): Feed => ({
  id: r.id,
  url: r.url,
  name: r.name,
  everySeconds: r.every_s,
  allowPrivate: r.allow_private === 1,
  addedAt: r.added_at,
  etag: r.etag,
  lastModified: r.last_modified,
  lastFetch: r.last_fetch,
  lastStatus: r.last_status,
  lastError: r.last_error,
  errors: r.errors,
  nextPoll: r.next_poll,
  itemsSeen: r.items_seen,
});

/** "15m", "1h", "90s", "1d", or plain seconds → seconds (at least 60 s unless tests ask for less). */
export function parseEvery(text: string, min = 60): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$/i.exec(text);
  if (!m) throw new InputError(`--every ${text}`, 'expected a duration such as 90s, 15m, 2h or 1d');
  const n = Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[(m[2] ?? 's').toLowerCase() as 's']!;
  if (n < min)
    throw new InputError(`--every ${text}`, `polling more often than every ${min} s is not allowed`);
  if (n > 30 * 86400) throw new InputError(`--every ${text}`, 'at most 30 days');
  return Math.round(n);
}

/** Refuses a feed whose host is, or resolves to, a non-public address, unless allowPrivate. */
export async function checkFeedUrl(url: string, allowPrivate: boolean): Promise<string> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new InputError(url, 'not a valid URL');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    throw new InputError(
      url,
      `unsupported URL scheme "${u.protocol}"; feeds are fetched over http and https`,
    );
  if (u.username || u.password) throw new InputError(url, 'URLs with credentials are not fetched');
  if (allowPrivate) return u.toString();
  const host = u.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[] = [];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true })).map((a) => a.address);
    } catch {
      addresses = []; // unresolvable now: polling will say so
    }
  }
  const bad = addresses.find((a) => isNonPublicAddress(a));
  if (bad)
    throw new InputError(
      url,
      `refused: ${host === bad ? bad : `${host} resolves to ${bad}`}, which is not a public address; add the feed with --allow-private for an intranet feed`,
    );
  return u.toString();
}

export function addFeed(
  db: DB,
  url: string,
  opts: { name?: string; everySeconds: number; allowPrivate: boolean; at?: Date },
): Feed {
  const at = (opts.at ?? new Date()).toISOString();
  const existing = db.prepare('SELECT * FROM feeds WHERE url = ?').get(url) as FeedRow | undefined;
  if (existing) throw new InputError(url, `already watched as feed ${existing.id}`);
  const info = db
    .prepare(
      'INSERT INTO feeds (url, name, every_s, allow_private, added_at, next_poll) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(url, opts.name ?? null, opts.everySeconds, opts.allowPrivate ? 1 : 0, at, at);
  return getFeed(db, Number(info.lastInsertRowid));
}

function getFeed(db: DB, id: number): Feed {
  const r = db.prepare('SELECT * FROM feeds WHERE id = ?').get(id) as FeedRow | undefined;
  if (!r) throw new InputError(`feed ${id}`, 'no such feed (see dossier feed list)');
  return toFeed(r);
}

export function listFeeds(db: DB): Feed[] {
  return (db.prepare('SELECT * FROM feeds ORDER BY id').all() as FeedRow[]).map(toFeed);
}

export function removeFeed(db: DB, idOrUrl: string): Feed {
  const r = (
    /^\d+$/.test(idOrUrl)
      ? db.prepare('SELECT * FROM feeds WHERE id = ?').get(Number(idOrUrl))
      : db.prepare('SELECT * FROM feeds WHERE url = ?').get(idOrUrl)
  ) as FeedRow | undefined;
  if (!r) throw new InputError(`feed ${idOrUrl}`, 'no such feed (see dossier feed list)');
  db.prepare('DELETE FROM feeds WHERE id = ?').run(r.id);
  return toFeed(r);
}

export function dueFeeds(db: DB, at: Date): Feed[] {
  return (
    db
      .prepare('SELECT * FROM feeds WHERE next_poll <= ? ORDER BY next_poll, id')
      .all(at.toISOString()) as FeedRow[]
  ).map(toFeed);
}

/** Seconds to wait after the n-th consecutive error: the interval doubled per error, ±20 % jitter, at most 24 h. */
function backoffSeconds(everySeconds: number, errors: number, rand: () => number = Math.random): number {
  const base = Math.min(MAX_BACKOFF_S, everySeconds * 2 ** Math.max(0, errors - 1));
  return Math.min(MAX_BACKOFF_S, Math.round(base * (0.8 + 0.4 * rand())));
}

/** Retry-After as seconds from `at`: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterSeconds(header: string | string[] | undefined, at: Date): number | null {
  const v = Array.isArray(header) ? header[0] : header;
  if (!v) return null;
  if (/^\s*\d+\s*$/.test(v)) return Number(v);
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : Math.max(0, Math.round((t - at.getTime()) / 1000));
}

export function recordSuccess(
  db: DB,
  feed: Feed,
  at: Date,
  status: number,
  validators: { etag?: string | null; lastModified?: string | null } | null,
): void {
  const next = new Date(at.getTime() + feed.everySeconds * 1000).toISOString();
  if (validators)
    db.prepare(
      'UPDATE feeds SET etag = ?, last_modified = ?, last_fetch = ?, last_status = ?, last_error = NULL, errors = 0, next_poll = ? WHERE id = ?',
    ).run(validators.etag ?? null, validators.lastModified ?? null, at.toISOString(), status, next, feed.id);
  else
    db.prepare(
      'UPDATE feeds SET last_fetch = ?, last_status = ?, last_error = NULL, errors = 0, next_poll = ? WHERE id = ?',
    ).run(at.toISOString(), status, next, feed.id);
}

export function recordFailure(
  db: DB,
  feed: Feed,
  at: Date,
  status: number | null,
  error: string,
  retryAfter: number | null,
  rand?: () => number,
): number {
  const errors = feed.errors + 1;
  const wait = Math.min(
    MAX_BACKOFF_S,
    Math.max(backoffSeconds(feed.everySeconds, errors, rand), retryAfter ?? 0),
  );
  db.prepare(
    'UPDATE feeds SET last_fetch = ?, last_status = ?, last_error = ?, errors = ?, next_poll = ? WHERE id = ?',
  ).run(at.toISOString(), status, error, errors, new Date(at.getTime() + wait * 1000).toISOString(), feed.id);
  return wait;
}

/** Milliseconds until the next feed is due (0 when one is due now; null without feeds). */
export function msUntilDue(db: DB, at: Date): number | null {
  const next = db.prepare('SELECT min(next_poll) FROM feeds').pluck().get() as string | null;
  if (!next) return null;
  return Math.max(0, Date.parse(next) - at.getTime());
}
