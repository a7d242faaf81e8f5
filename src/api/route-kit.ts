// What every route module shares: the response declarations of @hono/zod-openapi's
// route definitions and the dependencies createApp hands each module.
import type { Store } from '../store/store.js';
import { PROBLEM_TYPE } from './problem.js';
import { AnyJson, ProblemSchema } from './schemas.js';

const json = { 'application/json': { schema: AnyJson } };
/** A 200 answer of JSON, with its description in the OpenAPI document. */
export const ok = (description: string) => ({ 200: { content: json, description } });
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
