// Errors as RFC 9457 problem details (application/problem+json): one clear
// message in `detail`, never a stack trace.
import { STATUS_CODES } from 'node:http';

export const PROBLEM_TYPE = 'application/problem+json';

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
}

/** Thrown by handlers; the app's error handler turns it into a problem response. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }
}

function problemBody(status: number, detail: string): Problem {
  return { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, detail };
}

export function problemResponse(
  status: number,
  detail: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(problemBody(status, detail)), {
    status,
    headers: { 'Content-Type': PROBLEM_TYPE, ...headers },
  });
}

export const notFound = (what: string, id: string) => new HttpProblem(404, `no ${what} with id ${id}`);
export const badRequest = (detail: string) => new HttpProblem(400, detail);
