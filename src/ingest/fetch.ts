import { InputError } from './errors.js';
import { formatLimit } from './limits.js';
import { readStreamLimited } from './sources.js';

export const USER_AGENT = 'dossier/0.1';

export interface Fetched {
  bytes: Buffer;
  /** The Content-Type header as sent, or null. */
  contentType: string | null;
  /** The URL after redirects. */
  url: string;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/** A socket error code in words a user knows; undefined for codes not worth translating. */
export function connectionWords(code: string | undefined, message?: string): string | undefined {
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'could not resolve the host name';
    case 'ECONNREFUSED':
      return 'connection refused (nothing is listening at that address and port)';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'connection closed by the server';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'host unreachable (no route to it from this machine)';
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'connection timed out';
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `TLS certificate problem (${code})`;
  }
  // The fetch standard's blocked ports (1, 7, 9, 25, …) belong to other services.
  if (message === 'bad port')
    return 'connection refused: that port belongs to another service (mail, ssh, …) and is never fetched';
  return undefined;
}

/** Why a fetch failed, in words, from undici's TypeError("fetch failed") and its cause. */
function networkMessage(e: unknown, timeoutMs: number): string {
  const err = e as Error & { cause?: Error & { code?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError' || err.cause?.name === 'TimeoutError')
    return `timed out after ${seconds(timeoutMs)}`;
  const cause = err.cause;
  return (
    connectionWords(cause?.code, cause?.message) ?? `could not fetch it (${cause?.message ?? err.message})`
  );
}

/**
 * GETs an http(s) URL, following redirects, within one time budget for headers and body,
 * and refuses non-2xx answers and bodies above maxBytes (stopping the download there).
 */
export async function fetchUrl(
  url: string,
  input: string,
  timeoutMs: number,
  maxBytes: number,
): Promise<Fetched> {
  const signal = AbortSignal.timeout(timeoutMs);
  let res: Response;
  try {
    res = await fetch(url, {
      redirect: 'follow',
      signal,
      headers: {
        'User-Agent': USER_AGENT,
        Accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5',
      },
    });
  } catch (e) {
    throw new InputError(input, networkMessage(e, timeoutMs));
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => {});
    throw new InputError(input, `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  }
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw new InputError(input, `response is over the ${formatLimit(maxBytes)} limit`);
  }
  let bytes: Buffer;
  try {
    // Node's web streams are async-iterable; the cast keeps this true under the DOM lib too
    // (tsconfig.check.json type-checks the UI tests with it).
    const body = res.body as AsyncIterable<Uint8Array> | null;
    bytes = body ? await readStreamLimited(body, input, maxBytes) : Buffer.alloc(0);
  } catch (e) {
    if (e instanceof InputError) {
      throw new InputError(input, `response is over the ${formatLimit(maxBytes)} limit`);
    }
    throw new InputError(input, networkMessage(e, timeoutMs));
  }
  return { bytes, contentType: res.headers.get('content-type'), url: res.url || url };
}
