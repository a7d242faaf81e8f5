// A webhook POST through the same address policy as every server-side fetch:
// the host is resolved, refused when any address is not public (unless the
// policy given allows it), and the connection is pinned to the checked address.
// Redirects are not followed: a webhook answers where it was registered.
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isNonPublicAddress } from '../api/safe-fetch.js';
import { USER_AGENT } from '../ingest/fetch.js';

export async function safePost(
  url: string,
  body: string,
  headers: Record<string, string>,
  isAllowed: (address: string) => boolean = (a) => !isNonPublicAddress(a),
  timeoutMs = 10_000,
): Promise<number> {
  const u = new URL(url);
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(`unsupported scheme ${u.protocol}`);
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const found = isIP(host)
    ? [{ address: host, family: isIP(host) }]
    : await dnsLookup(host, { all: true, verbatim: true }).catch(() => {
        throw new Error(`could not resolve the host name ${host}`);
      });
  for (const a of found)
    if (!isAllowed(a.address)) throw new Error(`refused: ${a.address} is not a public address`);
  const lookup = ((_h: string, o: { all?: boolean }, cb: (...a: unknown[]) => void) =>
    o?.all ? cb(null, found) : cb(null, found[0].address, found[0].family)) as unknown as LookupFunction;
  const mod = u.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(
      u,
      {
        method: 'POST',
        lookup,
        signal: AbortSignal.timeout(timeoutMs),
        headers: {
          'User-Agent': USER_AGENT,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', (e) => reject(e));
    req.end(body);
  });
}
