// The security and error handling every request passes through (ARCHITECTURE.md, api/):
// the Host guard against DNS rebinding, the bearer token, the write guard (content type,
// CSRF header, body limits), and problem+json for every error.
import { timingSafeEqual } from 'node:crypto';
import type { z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { InputError } from '../ingest/errors.js';
import { NotAvailable } from '../store/store.js';
import { HttpProblem, problemResponse } from './problem.js';

const JSON_LIMIT = 1024 * 1024;
const UPLOAD_LIMIT = 20 * 1024 * 1024;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A request the schemas refuse: one line naming each field and what is wrong with it. */
export const issueText = (issues: z.core.$ZodIssue[], target: string) =>
  issues
    .map((i) => {
      const where = i.path.length ? i.path.join('.') : target === 'json' ? 'body' : target;
      const kind = target === 'query' ? 'query parameter ' : target === 'param' ? 'path parameter ' : '';
      return `${kind}${where}: ${i.message}`;
    })
    .join('; ');

/** app.onError: known errors become their status with one line; anything else a logged 500. */
export function errorProblem(e: Error, c: Context): Response {
  if (e instanceof HttpProblem) return problemResponse(e.status, e.detail);
  if (e instanceof NotAvailable) return problemResponse(501, e.message);
  if (e instanceof InputError) return problemResponse(400, e.message);
  if (e instanceof HTTPException) {
    const status = e.status;
    return problemResponse(status, status === 413 ? 'request body too large' : e.message || 'error');
  }
  process.stderr.write(`dossier serve: ${c.req.method} ${c.req.path}: ${(e as Error).stack ?? e}\n`);
  return problemResponse(500, 'internal error; the server log has the details');
}

/** Bound to loopback, only loopback Host names are answered: a DNS-rebinding page cannot read the API. */
export const hostGuard =
  (loopback: boolean): MiddlewareHandler =>
  async (c, next) => {
    if (loopback) {
      const h = (c.req.header('host') ?? new URL(c.req.url).host).replace(/:\d+$/, '');
      if (!isLoopbackHost(h))
        return problemResponse(421, `Host ${h} is not served; this server answers on loopback names only`);
    }
    await next();
  };

/**
 * The token: on loopback it covers writes (reads are for this machine only, the Host guard
 * keeps rebinding pages out); off loopback it covers every API request, reads included,
 * since the LAN and any DNS-rebinding page can reach the port.
 */
export const authGuard =
  (token: string | undefined, loopback: boolean): MiddlewareHandler =>
  async (c, next) => {
    const write = WRITE_METHODS.has(c.req.method);
    if (token && (write || !loopback)) {
      const auth = c.req.header('authorization') ?? '';
      const m = /^Bearer\s+(.+)$/i.exec(auth);
      if (!m || !sameSecret(m[1].trim(), token))
        return problemResponse(
          401,
          `this server requires Authorization: Bearer DOSSIER_TOKEN on ${loopback ? 'writes' : 'every API request'}`,
          { 'WWW-Authenticate': 'Bearer' },
        );
    }
    await next();
  };

/** Writes send JSON or multipart, the CSRF header, and a body within its limit. */
export const writeGuard: MiddlewareHandler = async (c, next) => {
  if (!WRITE_METHODS.has(c.req.method)) return next();
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  const isJson = type.startsWith('application/json');
  const isForm = type.startsWith('multipart/form-data');
  if (!isJson && !isForm)
    return problemResponse(415, 'writes must send Content-Type: application/json or multipart/form-data');
  if (c.req.header('x-dossier-csrf') !== '1')
    return problemResponse(403, 'writes must send the header X-Dossier-CSRF: 1');
  const limit = isForm ? UPLOAD_LIMIT : JSON_LIMIT;
  return bodyLimit({
    maxSize: limit,
    onError: () =>
      problemResponse(
        413,
        `request body over the ${limit / (1024 * 1024)} MB limit for ${isForm ? 'uploads' : 'JSON'}`,
      ),
  })(c, next);
};
