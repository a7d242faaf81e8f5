// Hash routing: #/view/arg?key=value. Hash URLs work from any static server and
// survive reloads without server-side rewrites.
import { useSyncExternalStore } from 'react';

export interface Route {
  view: string;
  arg: string;
  params: URLSearchParams;
}

function parseHash(hash: string): Route {
  const h = hash.replace(/^#\/?/, '');
  const [path, query = ''] = h.split('?', 2) as [string, string?];
  const [view = '', ...rest] = path.split('/');
  return {
    view: view || 'home',
    arg: decodeURIComponent(rest.join('/')),
    params: new URLSearchParams(query),
  };
}

export function href(
  view: string,
  arg?: string,
  params?: Record<string, string | number | undefined>,
): string {
  let s = `#/${view}`;
  if (arg) s += `/${encodeURIComponent(arg)}`;
  if (params) {
    const u = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') u.set(k, String(v));
    const q = u.toString();
    if (q) s += `?${q}`;
  }
  return s;
}

export function go(url: string): void {
  window.location.hash = url.replace(/^#/, '');
}

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}
