// Fetching a URL a user gave the server without letting them reach the
// server's own network (SSRF): every host is resolved first and refused when
// any address is loopback, private, link-local or otherwise not public; the
// connection is then pinned to the checked addresses (no DNS rebinding between
// check and connect), and every redirect is followed by hand through the same check.
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { InputError } from '../ingest/errors.js';
import { connectionWords, USER_AGENT } from '../ingest/fetch.js';
import { formatLimit } from '../ingest/limits.js';

export interface SafeFetchOptions {
  /** --allow-private: reach any address */
  allowPrivate?: boolean;
  /** overrides the address policy (tests: allow loopback but not the rest) */
  isAllowed?: (address: string) => boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** host name → addresses (default: the system resolver); tests inject one that never leaves the machine */
  resolve?: Resolver;
  /** opens the HTTP request to the checked addresses; tests inject one that refuses any non-loopback socket */
  transport?: Transport;
  /** extra request headers (conditional GET validators) */
  headers?: Record<string, string>;
  /** answers other than 2xx handed back instead of thrown (a feed poller reads 304 and 429 itself) */
  passStatus?: (status: number) => boolean;
  /** the Accept header (default: HTML, then text) */
  accept?: string;
}

interface Resolved {
  address: string;
  family: number;
}

type Resolver = (host: string) => Promise<Resolved[]>;

type Transport = (
  url: URL,
  addresses: Resolved[],
  options: http.RequestOptions,
  onResponse: (res: http.IncomingMessage) => void,
) => http.ClientRequest;

const systemResolver: Resolver = (host) => dnsLookup(host, { all: true, verbatim: true });

const nodeTransport: Transport = (url, _addresses, options, onResponse) =>
  (url.protocol === 'https:' ? https : http).request(url, options, onResponse);

export interface SafeFetched {
  bytes: Buffer;
  contentType: string | null;
  /** the URL after redirects */
  url: string;
  status: number;
  headers: http.IncomingHttpHeaders;
}

/** The IPv4 address inside a v6 address that carries one (mapped, translated, NAT64, 6to4), if any. */
function embeddedV4(a: ipaddr.IPv6): ipaddr.IPv4 | undefined {
  const p = a.toByteArray();
  switch (a.range()) {
    case 'ipv4Mapped': // ::ffff:0:0/96
    case 'rfc6145': // ::ffff:0:0:0/96, IPv4-translated
      return new ipaddr.IPv4(p.slice(12, 16));
    case 'rfc6052': // 64:ff9b::/96 NAT64 (the /48 local-use prefix is never public)
      return a.match(ipaddr.IPv6.parse('64:ff9b::'), 96) ? new ipaddr.IPv4(p.slice(12, 16)) : undefined;
    case '6to4': // 2002:AABB:CCDD::/48
      return new ipaddr.IPv4(p.slice(2, 6));
    default:
      return undefined;
  }
}

const GLOBAL_UNICAST = ipaddr.IPv6.parse('2000::');
const EMBEDDING = new Set(['ipv4Mapped', 'rfc6145', 'rfc6052', '6to4']);

/**
 * True for an address a server-side fetch must not reach by default. ipaddr.js parses and
 * names the range: IPv4 is public only in its 'unicast' range; IPv6 only in global unicast
 * (2000::/3) outside every special range, and a v6 form that carries an IPv4 address is
 * judged by that address. Unparseable counts as not public.
 */
export function isNonPublicAddress(address: string): boolean {
  const text = address.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(text)) return true;
  let a: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    a = ipaddr.parse(text);
  } catch {
    return true;
  }
  if (a.kind() === 'ipv4') return a.range() !== 'unicast';
  const v6 = a as ipaddr.IPv6;
  if (EMBEDDING.has(v6.range())) {
    const v4 = embeddedV4(v6);
    return v4?.range() !== 'unicast';
  }
  return v6.range() !== 'unicast' || !v6.match(GLOBAL_UNICAST, 3);
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
  resolve: Resolver,
): Promise<Resolved[]> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    if (!allowed(host)) throw refusal(original, host, host, hop);
    return [{ address: host, family: isIP(host) }];
  }
  let found: Resolved[];
  try {
    found = await resolve(host);
  } catch {
    throw new InputError(original, `could not resolve the host name ${host}`);
  }
  if (!found.length) throw new InputError(original, `could not resolve the host name ${host}`);
  for (const a of found) if (!allowed(a.address)) throw refusal(original, host, a.address, hop);
  return found;
}

function pinned(addresses: Resolved[]): LookupFunction {
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
  addresses: Resolved[],
  signal: AbortSignal,
  transport: Transport,
  extra: Record<string, string> = {},
  accept = 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5',
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = transport(
      url,
      addresses,
      {
        method: 'GET',
        lookup: pinned(addresses),
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

/**
 * The body, at most maxBytes. A stream that fails part-way (the peer closed the
 * connection, or the time budget ran out and aborted it) becomes an InputError
 * naming the input, never a bare stream error.
 */
async function readLimited(
  res: http.IncomingMessage,
  input: string,
  maxBytes: number,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of res) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) {
        res.destroy();
        throw new InputError(input, `response is over the ${formatLimit(maxBytes)} limit`);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    res.destroy();
    if (signal.aborted) throw timedOut(input, timeoutMs);
    const err = e as Error & { code?: string };
    throw new InputError(
      input,
      `connection closed before the whole response arrived (${err.code ?? err.message}, ${size} bytes read)`,
    );
  }
  if (signal.aborted) throw timedOut(input, timeoutMs);
  return Buffer.concat(chunks);
}

const timedOut = (input: string, timeoutMs: number) =>
  new InputError(input, `timed out after ${timeoutMs / 1000} s`);

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
    const addresses = await checkedAddresses(url, input, hop, allowed, opts.resolve ?? systemResolver);
    let answer: Answer;
    try {
      answer = await request(
        url,
        addresses,
        signal,
        opts.transport ?? nodeTransport,
        opts.headers,
        opts.accept,
      );
    } catch (e) {
      const err = e as Error & { code?: string };
      if (err.name === 'AbortError' || err.name === 'TimeoutError' || signal.aborted)
        throw timedOut(input, timeoutMs);
      throw new InputError(
        input,
        connectionWords(err.code, err.message) ?? `could not fetch it (${err.code ?? err.message})`,
      );
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
    const bytes = await readLimited(res, input, maxBytes, signal, timeoutMs);
    return { bytes, contentType: headers['content-type'] ?? null, url: url.toString(), status, headers };
  }
}
