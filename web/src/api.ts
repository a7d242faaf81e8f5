// Typed client for the dossier HTTP API (notes/api-contract.md). Every write sends the
// CSRF header the server requires; errors surface the problem+json detail. A 401 asks
// the analyst for the server's token once (token.ts) and retries with it.
import type { EntitySummary, EventView, Evidence, FactInput, QuoteView } from '../../src/store/views.js';
import { askToken, authHeaders, forgetToken } from './token.js';

export type { Evidence, FactInput, QuoteView };

export type EntityType = 'person' | 'organization' | 'place' | 'handle';

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
export interface EntityRow {
  id: string;
  name: string;
  type: EntityType;
  mentions: number;
  documents?: number;
  firstSeen?: string | null;
  lastSeen?: string | null;
}
export interface Suggest {
  entities: { id: string; name: string; type: EntityType; mentions: number }[];
  documents: { id: string; title: string | null }[];
  quotes: { id: string; text: string; speaker: string | null; documentId?: string }[];
}
export interface SearchItem {
  kind: 'article' | 'quote';
  id: string;
  documentId: string;
  title: string | null;
  snippet: string;
  published: string | null;
  outlet: string | null;
  score: number;
}
export interface Tie {
  factId: string;
  type: string;
  direction: 'out' | 'in';
  other: EntitySummary;
  negated: boolean;
  documents: number;
  outlets: number;
  corroboration?: number;
  conflict: boolean;
  evidence: Evidence[];
}
export interface ScreeningHit {
  id: string | number;
  entityId?: string;
  entityName?: string;
  list: string;
  entryId?: string;
  listedName: string;
  matchedAlias?: string;
  score: number;
  /** a structured explanation from the matcher; older servers sent text */
  explanation: ScreeningExplanation | string | string[];
  status?: string;
}
/** How a screening score came about (src/screen/match.ts `Explanation`). */
export interface ScreeningExplanation {
  nameScore: number;
  parts: {
    how: 'exact' | 'transliteration' | 'phonetic' | 'initial' | 'missing' | 'extra';
    query?: string;
    listed?: string;
    similarity: number;
  }[];
  qualifiers: { kind: string; effect: number; detail: string }[];
  setAside: string[];
  notes: string[];
}
export type ScreeningStatus = 'open' | 'confirmed' | 'dismissed';
/** A hit as `GET /api/screening/hits` sends it: always with its entity and its decision status. */
export interface ReviewHit {
  id: string;
  entityId: string;
  entityName: string;
  list: string;
  entryId: string;
  listedName: string;
  matchedAlias: string;
  score: number;
  explanation: ScreeningExplanation;
  status: ScreeningStatus;
}
export interface EntityProfile {
  entity: EntitySummary;
  names: { name: string; count: number }[];
  attributes: Record<string, unknown>;
  geo: { lat: number; lon: number; country: string | null } | null;
  ties: Record<string, Tie[]>;
  /** ties of each type in all (`ties` lists the best-attested few; `api.ties` pages through the rest) */
  tieTotals?: Record<string, number>;
  quotesBy: QuoteView[];
  quotesAbout: QuoteView[];
  events: EventView[];
  firstSeen: string | null;
  lastSeen: string | null;
  documents: number;
  mentionsOverTime?: { period: string; count: number }[];
  screening?: ScreeningHit[];
  screeningHits?: ScreeningHit[];
}
interface GraphNode {
  id: string;
  label: string;
  type: EntityType;
  mentions: number;
  community?: number | string | null;
}
interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  negated: boolean;
  corroboration?: number;
  documents?: number;
}
export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** edges that pass the filters; the answer is one page of them, best-corroborated first */
  total?: number;
  more?: boolean;
}
export interface PathHop {
  from: string | EntitySummary;
  to: string | EntitySummary;
  type: string;
  negated?: boolean;
  evidence?: { documentId: string; sentence: string; outlet?: string | null; published?: string | null };
}
export interface TimelineItem {
  id: string;
  type: string;
  date: { text: string | null; value: string | null } | null;
  place: { id: string; name: string } | null;
  participants: { role: string; id: string; name: string }[];
  evidence: {
    documentId: string;
    sentence: string;
    start?: number;
    end?: number;
    title?: string | null;
    outlet?: string | null;
    published?: string | null;
  } | null;
}
export interface Place {
  id: string;
  name: string;
  lat: number;
  lon: number;
  country: string | null;
  mentions: number;
}
export interface DocumentRow {
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  ingestedAt?: string;
  entities?: number;
}
export interface FactView {
  id: string;
  kind: 'relation' | 'event';
  type: string;
  subjectId: string | null;
  objectId: string | null;
  negated: boolean;
  start: number;
  end: number;
  status: 'machine' | 'confirmed' | 'rejected';
  /** events: the date (YYYY[-MM[-DD]]) when the article gives one, the place, who took part */
  date?: string | null;
  placeId?: string | null;
  place?: string | null;
  participants?: { role: string; entityId: string; name: string; type: EntityType }[];
}
export interface DocumentView {
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  byline: string | null;
  text: string;
  mentions: { start: number; end: number; entityId: string; type: EntityType }[];
  quotes: {
    id: string;
    start: number;
    end: number;
    text: string;
    speakerId: string | null;
    speakerText: string | null;
  }[];
  facts: FactView[];
}
export interface Source {
  outlet: string;
  documents: number;
  reliability: string | null;
  credibility: number | null;
  grade?: string | null;
}
export interface Decision {
  kind: 'confirm' | 'reject' | 'merge' | 'split' | 'rename' | 'speaker' | 'retype' | 'add' | 'edit';
  fact?: FactInput;
  entityType?: EntityType;
  names?: string[];
  factId?: string;
  entityId?: string;
  otherId?: string;
  name?: string;
  quoteId?: string;
  by?: string;
}
export interface IngestResult {
  documents: { id: string; status: 'new' | 'unchanged' | 'failed'; title: string | null; reason?: string }[];
}

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
    get<Page<Tie> & { more: boolean }>(
      `/api/entities/${encodeURIComponent(id)}/ties${qs({ type, offset, limit })}`,
    ),
  graph: (p: Record<string, string | number | undefined | string[]>) => get<GraphData>(`/api/graph${qs(p)}`),
  path: (a: string, b: string) => get<{ paths: PathHop[][] }>(`/api/path${qs({ a, b })}`),
  timeline: (p: Record<string, string | undefined | string[]>) =>
    get<Page<TimelineItem>>(`/api/timeline${qs({ ...p, limit: 500 })}`),
  places: (since?: string, until?: string) =>
    get<Page<Place> & { notLocated?: { id: string; name: string; mentions: number }[] }>(
      `/api/places${qs({ limit: 500, since, until })}`,
    ),
  documents: (limit: number) => get<Page<DocumentRow>>(`/api/documents${qs({ limit })}`),
  document: (id: string) => get<DocumentView>(`/api/documents/${encodeURIComponent(id)}`),
  sources: () => get<Page<Source>>('/api/sources'),
  grade: (outlet: string, grade: string) =>
    send<Source>('PUT', `/api/sources/${encodeURIComponent(outlet)}/grade`, { grade }),
  screeningHits: (limit = 500, offset = 0) =>
    get<Page<ReviewHit>>(`/api/screening/hits${qs({ limit, offset })}`),
  reviewHit: (id: string, action: 'confirm' | 'dismiss') =>
    send<ReviewHit>('POST', `/api/screening/hits/${encodeURIComponent(id)}/${action}`, {}),
  decide: (d: Decision) => send<unknown>('POST', '/api/decisions', d),
  ingestText: (text: string, title?: string, published?: string) =>
    send<IngestResult>('POST', '/api/ingest', {
      text,
      title: title || undefined,
      published: published || undefined,
    }),
  ingestUrl: (url: string) => send<IngestResult>('POST', '/api/ingest', { url }),
};

// ---- monitoring ----------------------------------------------------------------

export interface Feed {
  id: number;
  url: string;
  name: string | null;
  everySeconds: number;
  allowPrivate: boolean;
  lastFetch: string | null;
  lastStatus: number | null;
  lastError: string | null;
  errors: number;
  nextPoll: string;
  itemsSeen: number;
}
export interface AlertRule {
  id: number;
  name: string;
  kind: 'entity' | 'query' | 'tie-type' | 'screening';
  target: string | null;
  on: string[];
  webhook: string | null;
}
interface AlertFact {
  kind: string;
  what: string;
  evidence: string | null;
  start?: number;
  end?: number;
}
export interface Alert {
  id: number;
  rule: string;
  createdAt: string;
  read: boolean;
  document: {
    id: string;
    title: string | null;
    outlet: string | null;
    published: string | null;
    url: string | null;
  };
  facts: AlertFact[];
}

async function remove<T>(path: string): Promise<T> {
  return parse<T>(await fetch(path, { method: 'DELETE', headers: WRITE_HEADERS }));
}

export const watchApi = {
  feeds: () => get<{ items: Feed[] }>('/api/feeds'),
  addFeed: (url: string, name?: string, every?: string) =>
    send<Feed>('POST', '/api/feeds', { url, name: name || undefined, every: every || undefined }),
  removeFeed: (id: number) => remove<Feed>(`/api/feeds/${id}`),
  pollNow: () => send<{ items: unknown[] }>('POST', '/api/feeds/poll', {}),
  rules: () => get<{ items: AlertRule[] }>('/api/alert-rules'),
  addRule: (r: { name: string; entity?: string; query?: string }) =>
    send<AlertRule>('POST', '/api/alert-rules', r),
  removeRule: (name: string) => remove<unknown>(`/api/alert-rules/${encodeURIComponent(name)}`),
  alerts: (unread = false) =>
    get<{ items: Alert[]; unread: number }>(`/api/alerts${qs({ unread: unread ? 'true' : undefined })}`),
  read: (id: number | 'all') =>
    send<{ unread: number }>('POST', '/api/alerts/read', id === 'all' ? { all: true } : { id }),
};
