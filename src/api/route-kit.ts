// What every route module shares: the response declarations of @hono/zod-openapi's
// route definitions and the dependencies createApp hands each module.
import type { z } from 'zod';
import type { Store } from '../store/store.js';
import { PROBLEM_TYPE } from './problem.js';
import { ProblemSchema } from './schemas.js';

/**
 * A 200 answer of JSON: its schema (store/views.ts; the route's handler is type-checked
 * against it) and its description, both in the OpenAPI document.
 */
export const ok = <T extends z.ZodType>(description: string, schema: T) => ({
  200: { content: { 'application/json': { schema } }, description },
});
/** The problem+json answers every route may give. */
export const problems = {
  400: { content: { [PROBLEM_TYPE]: { schema: ProblemSchema } }, description: 'bad request' },
  404: { content: { [PROBLEM_TYPE]: { schema: ProblemSchema } }, description: 'not found' },
};

export interface RouteDeps {
  store: Store;
  /** a write route's definition with the bearer scheme named when the server has a token */
  writeRoute: <T extends object>(r: T) => T;
  /** who made a write: the name given, else the server's user */
  by: (given?: string) => string;
}
