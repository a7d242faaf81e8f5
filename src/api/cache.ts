// A cache of read answers for the hot GET routes (search, profiles, graph, timeline, path),
// valid while the store has not changed: its stamp is the store's changeStamp() (on SQLite
// data_version, bumped when another connection commits, and this connection's own
// total_changes()). Any commit anywhere empties it in effect.
import type { MiddlewareHandler } from 'hono';
import type { Store } from '../store/store.js';

/** The hot read routes: cached here, and answered by the read threads (read-pool.ts). */
export const HOT_READS = /^\/api\/(?:search|suggest|entities|graph|timeline|path|places)(?:\/|$)/;

export interface CacheOptions {
  /** answers kept at most (least recently used leave first) */
  entries?: number;
  /** bytes of answer bodies kept at most */
  bytes?: number;
}

export function readCache(
  store: () => Pick<Store, 'changeStamp'>,
  opts: CacheOptions = {},
): MiddlewareHandler {
  const maxEntries = opts.entries ?? 2000;
  const maxBytes = opts.bytes ?? 64 * 1024 * 1024;
  const kept = new Map<string, { stamp: string; body: string; type: string }>();
  let bytes = 0;
  const stamp = () => store().changeStamp();
  const drop = (key: string) => {
    const e = kept.get(key);
    if (!e) return;
    bytes -= e.body.length;
    kept.delete(key);
  };
  return async (c, next) => {
    if (c.req.method !== 'GET' || !HOT_READS.test(c.req.path)) return next();
    const url = new URL(c.req.url);
    const key = `${url.pathname}${url.search}`;
    const now = await stamp();
    const hit = kept.get(key);
    if (hit && hit.stamp === now) {
      kept.delete(key);
      kept.set(key, hit);
      return c.body(hit.body, 200, { 'Content-Type': hit.type, 'X-Dossier-Cache': 'hit' });
    }
    drop(key);
    await next();
    if (c.res.status !== 200 || (await stamp()) !== now) return;
    const body = await c.res.clone().text();
    if (body.length > maxBytes / 8) return;
    kept.set(key, { stamp: now, body, type: c.res.headers.get('content-type') ?? 'application/json' });
    bytes += body.length;
    for (const k of kept.keys()) {
      if (kept.size <= maxEntries && bytes <= maxBytes) break;
      drop(k);
    }
  };
}
