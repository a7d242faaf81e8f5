// Typed client for the dossier HTTP API (notes/api-contract.md). Every write sends the
// CSRF header the server requires; errors surface the problem+json detail. A 401 asks
// the analyst for the server's token once (token.ts) and retries with it.
import type { z } from 'zod';
import type { DecisionBody } from '../../src/api/schemas.js';
import type * as V from '../../src/store/views.js';
import { askToken, authHeaders, forgetToken } from './token.js';

// The answers' types, inferred from the schemas the server's routes declare (src/store/views.ts).
export type {
  Alert,
  AlertRule,
  DocumentView,
  EntityRow,
  Evidence,
  FactInput,
  FactView,
  Feed,
  IncidentView as Incident,
  IngestResult,
  QuoteView,
  ScreeningExplanation,
  SearchItem,
  TimelineItem,
  TollRange,
} from '../../src/store/views.js';

import type { DocumentView, EntityRow, IngestResult, SearchItem } from '../../src/store/views.js';

export type EntityType = V.EntitySummary['type'];
export type Page<T> = { items: T[]; total: number; limit: number; offset: number };
export type Suggest = V.Suggestions;
export type Tie = V.TieResult;
export type EntityProfile = V.ProfileResult;
export type ScreeningHit = V.ScreeningHit;
export type ReviewHit = V.ScreeningHit;
export type ScreeningStatus = V.ScreeningHit['status'];
export type GraphData = V.GraphPage;
export type PathHop = V.PathHop;
export type Source = V.SourceView;
export type IncidentPage = z.infer<typeof V.IncidentPage>;
/** A decision as the client sends it (POST /api/decisions; src/api/schemas.ts DecisionBody). */
export type Decision = z.input<typeof DecisionBody>;

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function parse<T>(res: Response): Promise<T> {
  if (res.ok) return (await res.json()) as T;
  let detail = `${res.status} ${res.statusText}`;
  try {
    const p = (await res.json()) as { title?: string; detail?: string };
    detail = p.detail ?? p.title ?? detail;
  } catch {
    // not JSON: keep the status line
  }
  throw new ApiError(res.status, detail);
}

export function qs(params: Record<string, string | number | undefined | null | string[]>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length) u.set(k, v.join(','));
    } else u.set(k, String(v));
  }
  const s = u.toString();
  return s ? `?${s}` : '';
}

async function detailOf(res: Response): Promise<string> {
  try {
    const p = (await res.clone().json()) as { detail?: string };
    return p.detail ?? 'this server requires an access token';
  } catch {
    return 'this server requires an access token';
  }
}

/** fetch with the stored token; on 401, asks for the token and tries once more. */
async function authed(
  path: string,
  init: RequestInit & { headers: Record<string, string> },
): Promise<Response> {
  const res = await fetch(path, { ...init, headers: { ...init.headers, ...authHeaders() } });
  if (res.status !== 401) return res;
  forgetToken();
  const token = await askToken(await detailOf(res));
  if (!token) return res;
  return fetch(path, { ...init, headers: { ...init.headers, Authorization: `Bearer ${token}` } });
}

export async function get<T>(path: string, signal?: AbortSignal): Promise<T> {
  return parse<T>(await authed(path, { signal, headers: { Accept: 'application/json' } }));
}

const WRITE_HEADERS = { 'Content-Type': 'application/json', 'X-Dossier-CSRF': '1' };

async function send<T>(method: 'POST' | 'PUT', path: string, body: unknown): Promise<T> {
  return parse<T>(await authed(path, { method, headers: WRITE_HEADERS, body: JSON.stringify(body) }));
}

/** Multipart upload with progress (fetch has no upload progress events). */
export function upload(
  files: File[],
  onProgress: (fraction: number) => void,
  retried = false,
): Promise<IngestResult> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const f of files) form.append('files', f, f.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/ingest');
    xhr.setRequestHeader('X-Dossier-CSRF', '1');
    for (const [k, v] of Object.entries(authHeaders())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body: { detail?: string; title?: string } & Partial<IngestResult> = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // leave empty
      }
      if (xhr.status === 401 && !retried) {
        forgetToken();
        void askToken(body.detail ?? 'this server requires an access token').then((token) =>
          token
            ? upload(files, onProgress, true).then(resolve, reject)
            : reject(new ApiError(401, body.detail ?? 'unauthorized')),
        );
        return;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as IngestResult);
      else reject(new ApiError(xhr.status, body.detail ?? body.title ?? `${xhr.status} ${xhr.statusText}`));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network error'));
    xhr.send(form);
  });
}

export const api = {
  suggest: (q: string, signal?: AbortSignal) => get<Suggest>(`/api/suggest${qs({ q })}`, signal),
  search: (q: string, type?: string) => get<Page<SearchItem>>(`/api/search${qs({ q, type, limit: 50 })}`),
  entities: (sort: string, limit: number, type?: string) =>
    get<Page<EntityRow>>(`/api/entities${qs({ sort, limit, type })}`),
  entity: (id: string) => get<EntityProfile>(`/api/entities/${encodeURIComponent(id)}`),
  /** one page of an entity's ties of one type, best-attested first */
  ties: (id: string, type: string, offset: number, limit = 50) =>
    get<z.infer<typeof V.TiePage>>(
      `/api/entities/${encodeURIComponent(id)}/ties${qs({ type, offset, limit })}`,
    ),
  graph: (p: Record<string, string | number | undefined | string[]>) => get<GraphData>(`/api/graph${qs(p)}`),
  path: (a: string, b: string) => get<z.infer<typeof V.Paths>>(`/api/path${qs({ a, b })}`),
  timeline: (p: Record<string, string | undefined | string[]>) =>
    get<z.infer<typeof V.Timeline>>(`/api/timeline${qs({ ...p, limit: 500 })}`),
  places: (since?: string, until?: string) =>
    get<z.infer<typeof V.Places>>(`/api/places${qs({ limit: 500, since, until })}`),
  documents: (limit: number) => get<z.infer<typeof V.DocumentPage>>(`/api/documents${qs({ limit })}`),
  document: (id: string) => get<DocumentView>(`/api/documents/${encodeURIComponent(id)}`),
  sources: () => get<z.infer<typeof V.SourcePage>>('/api/sources'),
  grade: (outlet: string, grade: string) =>
    send<Source>('PUT', `/api/sources/${encodeURIComponent(outlet)}/grade`, { grade }),
  screeningHits: (limit = 500, offset = 0) =>
    get<z.infer<typeof V.ScreeningPage>>(`/api/screening/hits${qs({ limit, offset })}`),
  reviewHit: (id: string, action: 'confirm' | 'dismiss') =>
    send<ReviewHit>('POST', `/api/screening/hits/${encodeURIComponent(id)}/${action}`, {}),
  decide: (d: Decision) => send<V.DecisionRecord>('POST', '/api/decisions', d),
  ingestText: (text: string, title?: string, published?: string) =>
    send<IngestResult>('POST', '/api/ingest', {
      text,
      title: title || undefined,
      published: published || undefined,
    }),
  ingestUrl: (url: string) => send<IngestResult>('POST', '/api/ingest', { url }),
};

// ---- monitoring ----------------------------------------------------------------

async function remove<T>(path: string): Promise<T> {
  return parse<T>(await fetch(path, { method: 'DELETE', headers: WRITE_HEADERS }));
}

export const watchApi = {
  feeds: () => get<z.infer<typeof V.Feeds>>('/api/feeds'),
  addFeed: (url: string, name?: string, every?: string) =>
    send<V.Feed>('POST', '/api/feeds', { url, name: name || undefined, every: every || undefined }),
  removeFeed: (id: number) => remove<V.Feed>(`/api/feeds/${id}`),
  pollNow: () => send<z.infer<typeof V.PollReports>>('POST', '/api/feeds/poll', {}),
  rules: () => get<z.infer<typeof V.AlertRules>>('/api/alert-rules'),
  addRule: (r: { name: string; entity?: string; query?: string }) =>
    send<z.infer<typeof V.AlertRuleAdded>>('POST', '/api/alert-rules', r),
  removeRule: (name: string) =>
    remove<z.infer<typeof V.RuleRemoved>>(`/api/alert-rules/${encodeURIComponent(name)}`),
  alerts: (unread = false) =>
    get<z.infer<typeof V.Alerts>>(`/api/alerts${qs({ unread: unread ? 'true' : undefined })}`),
  read: (id: number | 'all') =>
    send<z.infer<typeof V.AlertsRead>>('POST', '/api/alerts/read', id === 'all' ? { all: true } : { id }),
};
