// A resolver and a transport for the fetch tests: names resolve from a fixed
// table (no DNS query leaves the machine), every connection attempt is recorded,
// and any socket to a non-loopback address is refused before it is opened. The
// SSRF guard must refuse first; `refused` shows whether it ever failed to.
import http from 'node:http';
import { isIP } from 'node:net';
import type { SafeFetchOptions } from '../src/api/safe-fetch.js';

type Resolver = NonNullable<SafeFetchOptions['resolve']>;
type Transport = NonNullable<SafeFetchOptions['transport']>;
type Resolved = Awaited<ReturnType<Resolver>>[number];

const isLoopback = (a: string) => /^127\./.test(a) || a === '::1';

export interface LoopbackNet extends Required<Pick<SafeFetchOptions, 'resolve' | 'transport'>> {
  /** every host name looked up */
  lookups: string[];
  /** every connection attempted: the URL and the address it was pinned to */
  connections: { url: string; address: string }[];
  /** the attempts the transport refused (non-loopback): a test expects none */
  refused: { url: string; address: string }[];
}

export function loopbackNet(names: Record<string, string[]> = {}): LoopbackNet {
  const table: Record<string, string[]> = { localhost: ['127.0.0.1', '::1'], ...names };
  const net: LoopbackNet = {
    lookups: [],
    connections: [],
    refused: [],
    resolve: (async (host: string): Promise<Resolved[]> => {
      net.lookups.push(host);
      const found = table[host.toLowerCase()];
      if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
      return found.map((address) => ({ address, family: isIP(address) }));
    }) satisfies Resolver,
    transport: ((url, addresses, options, onResponse) => {
      const attempt = { url: url.href, address: addresses[0]?.address ?? '' };
      net.connections.push(attempt);
      if (!addresses.length || !addresses.every((a) => isLoopback(a.address))) {
        net.refused.push(attempt);
        throw Object.assign(new Error(`test transport: no socket to ${attempt.address}`), {
          code: 'ETESTREFUSED',
        });
      }
      return http.request(url, options, onResponse);
    }) satisfies Transport,
  };
  return net;
}
