// Fetching a URL a user gave the server without letting them reach the
// server's own network (SSRF): every host is resolved first and refused when
// any address is loopback, private, link-local or otherwise not public; the
// connection is then pinned to the checked addresses (no DNS rebinding between
// check and connect), and every redirect is followed by hand through the same check.
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { InputError } from '../ingest/errors.js';
import { USER_AGENT } from '../ingest/fetch.js';
import { formatLimit } from '../ingest/limits.js';

export interface SafeFetchOptions {
  /** --allow-private: reach any address */
  allowPrivate?: boolean;
  /** overrides the address policy (tests: allow loopback but not the rest) */
  isAllowed?: (address: string) => boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** extra request headers (conditional GET validators) */
  headers?: Record<string, string>;
  /** answers other than 2xx handed back instead of thrown (a feed poller reads 304 and 429 itself) */
  passStatus?: (status: number) => boolean;
  /** the Accept header (default: HTML, then text) */
  accept?: string;
}

export interface SafeFetched {
  bytes: Buffer;
  contentType: string | null;
  /** the URL after redirects */
  url: string;
  status: number;
  headers: http.IncomingHttpHeaders;
}

type V4 = [number, number, number, number];

function parseV4(s: string): V4 | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return undefined;
  const p = m.slice(1).map(Number) as V4;
  return p.every((n) => n <= 255) ? p : undefined;
}

/** IPv6 text → 8 groups of 16 bits (handles ::, an embedded dotted IPv4 tail and a %zone). */
function parseV6(s: string): number[] | undefined {
  let t = s.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(t);
  if (tail) {
    const v4 = parseV4(tail[1]);
    if (!v4) return undefined;
    t = `${t.slice(0, -tail[1].length)}${((v4[0] << 8) | v4[1]).toString(16)}:${((v4[2] << 8) | v4[3]).toString(16)}`;
  }
  const halves = t.split('::');
  if (halves.length > 2) return undefined;
  const part = (h: string) => (h ? h.split(':').map((g) => Number.parseInt(g, 16)) : []);
  const head = part(halves[0]);
  const rest = halves.length === 2 ? part(halves[1]) : [];
  const fill = 8 - head.length - rest.length;
  if (fill < 0 || (halves.length === 1 && fill !== 0)) return undefined;
  const groups = [...head, ...Array(fill).fill(0), ...rest];
  return groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}

function v4NotPublic([a, b, c]: V4): boolean {
  return (
    a === 0 || // "this network"
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local, cloud metadata
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0 && c === 0) || // IETF protocol assignments
    (a === 198 && (b === 18 || b === 19)) || // benchmarking
    a >= 224 // multicast, reserved, broadcast
  );
}

/** True for an address a server-side fetch must not reach by default. Unparseable counts as not public. */
export function isNonPublicAddress(address: string): boolean {
  const v4 = parseV4(address);
  if (v4) return v4NotPublic(v4);
  const g = parseV6(address);
  if (!g) return true;
  const embedded = (hi: number, lo: number): V4 => [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff];
  const zeroTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroTo(8)) return true; // ::
  if (zeroTo(7) && g[7] === 1) return true; // ::1
  if (zeroTo(5) && g[5] === 0xffff) return v4NotPublic(embedded(g[6], g[7])); // IPv4-mapped
  if (zeroTo(6)) return v4NotPublic(embedded(g[6], g[7])); // IPv4-compatible (deprecated)
  if (g[0] === 0x64 && g[1] === 0xff9b) return v4NotPublic(embedded(g[6], g[7])); // NAT64
  if (g[0] === 0x2002) return v4NotPublic(embedded(g[1], g[2])); // 6to4
  if ((g[0] & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((g[0] & 0xffc0) === 0xfe80 || (g[0] & 0xffc0) === 0xfec0) return true; // link-local, site-local
  if ((g[0] & 0xff00) === 0xff00) return true; // multicast
  return false;
}

const refusal = (url: string, host: string, address: string, hop: number) =>
  new InputError(
    url,
    `refused: ${host === address ? address : `${host} resolves to ${address}`}, which is not a public address` +
      `${hop > 0 ? ' (reached by a redirect)' : ''}; the server only fetches public addresses unless started with --allow-private`,
  );

async function checkedAddresses(
  url: URL,
  original: string,
  hop: number,
  allowed: (a: string) => boolean,
): Promise<{ address: string; family: number }[]> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    if (!allowed(host)) throw refusal(original, host, host, hop);
    return [{ address: host, family: isIP(host) }];
  }
  let found: { address: string; family: number }[];
  try {
    found = await dnsLookup(host, { all: true, verbatim: true });
  } catch {
    throw new InputError(original, `could not resolve the host name ${host}`);
  }
  if (!found.length) throw new InputError(original, `could not resolve the host name ${host}`);
  for (const a of found) if (!allowed(a.address)) throw refusal(original, host, a.address, hop);
  return found;
}

function pinned(addresses: { address: string; family: number }[]): LookupFunction {
  return ((_host: string, options: { all?: boolean }, cb: (...args: unknown[]) => void) => {
    if (options?.all) cb(null, addresses);
    else cb(null, addresses[0].address, addresses[0].family);
  }) as unknown as LookupFunction;
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  res: http.IncomingMessage;
}

function request(
  url: URL,
  lookup: LookupFunction,
  signal: AbortSignal,
  extra: Record<string, string> = {},
  accept = 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5',
): Promise<Answer> {
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(
      url,
      {
        method: 'GET',
        lookup,
        signal,
        headers: {
          'User-Agent': USER_AGENT,
          Accept: accept,
          ...extra,
        },
      },
      (res) => resolve({ status: res.statusCode ?? 0, headers: res.headers, res }),
    );
    req.on('error', reject);
    req.end();
  });
}

async function readLimited(res: http.IncomingMessage, input: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      res.destroy();
      throw new InputError(input, `response is over the ${formatLimit(maxBytes)} limit`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** GETs a public http(s) URL, redirects followed by hand (each one checked), within one time budget. */
export async function safeFetch(input: string, opts: SafeFetchOptions = {}): Promise<SafeFetched> {
  const allowed = opts.isAllowed ?? (opts.allowPrivate ? () => true : (a: string) => !isNonPublicAddress(a));
  const maxBytes = opts.maxBytes ?? 20 * 1024 * 1024;
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const maxRedirects = opts.maxRedirects ?? 5;
  const signal = AbortSignal.timeout(timeoutMs);
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new InputError(input, 'not a valid URL');
  }
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new InputError(
        input,
        `unsupported URL scheme "${url.protocol}"; only http and https are fetched`,
      );
    if (url.username || url.password) throw new InputError(input, 'URLs with credentials are not fetched');
    const addresses = await checkedAddresses(url, input, hop, allowed);
    let answer: Answer;
    try {
      answer = await request(url, pinned(addresses), signal, opts.headers, opts.accept);
    } catch (e) {
      const err = e as Error & { code?: string };
      if (err.name === 'AbortError' || err.name === 'TimeoutError')
        throw new InputError(input, `timed out after ${timeoutMs / 1000} s`);
      throw new InputError(input, `fetch failed (${err.code ?? err.message})`);
    }
    const { status, headers, res } = answer;
    if (status >= 300 && status < 400 && headers.location) {
      res.resume();
      if (hop >= maxRedirects) throw new InputError(input, `more than ${maxRedirects} redirects`);
      url = new URL(headers.location, url);
      continue;
    }
    if ((status < 200 || status >= 300) && opts.passStatus?.(status)) {
      res.resume();
      return {
        bytes: Buffer.alloc(0),
        contentType: headers['content-type'] ?? null,
        url: url.toString(),
        status,
        headers,
      };
    }
    if (status < 200 || status >= 300) {
      res.resume();
      throw new InputError(input, `HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`);
    }
    const declared = Number(headers['content-length']);
    if (declared > maxBytes) {
      res.destroy();
      throw new InputError(input, `response is over the ${formatLimit(maxBytes)} limit`);
    }
    const bytes = await readLimited(res, input, maxBytes);
    return { bytes, contentType: headers['content-type'] ?? null, url: url.toString(), status, headers };
  }
}
