// The alert inbox: what new reporting said about watched actors, each fact with its
// sentence, linked to the article with that sentence highlighted. New alerts appear
// as the server streams them, without a reload.
import { useCallback, useState } from 'react';
import { type Alert, type AlertRule, watchApi } from '../api.js';
import { useLoad } from '../hooks.js';
import { href } from '../router.js';
import { setUnread, useUnread } from '../unread.js';

export function AlertsView() {
  const [fresh, setFresh] = useState<Alert[]>([]);
  const res = useLoad(() => watchApi.alerts(), []);
  const rules = useLoad(() => watchApi.rules(), []);
  const onAlert = useCallback(
    (a: Alert) => setFresh((f) => (f.some((x) => x.id === a.id) ? f : [a, ...f])),
    [],
  );
  const unread = useUnread(onAlert);
  const [readIds, setReadIds] = useState<Set<number>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const loaded = res.data?.items ?? [];
  const all = [...fresh.filter((a) => !loaded.some((l) => l.id === a.id)), ...loaded];
  const markRead = async (id: number | 'all') => {
    try {
      const r = await watchApi.read(id);
      setUnread(r.unread);
      setReadIds((s) => new Set([...s, ...(id === 'all' ? all.map((a) => a.id) : [id])]));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div className="alerts" data-testid="alerts-page">
      <h1>
        Alerts <span className="muted">{unread} unread</span>
      </h1>
      {error && <p className="error">{error}</p>}
      {res.error && <p className="error">{res.error}</p>}
      <RulesList rules={rules.data?.items ?? []} reload={rules.reload} />
      {all.length > 0 && (
        <button type="button" onClick={() => void markRead('all')}>
          Mark all read
        </button>
      )}
      {!res.loading && all.length === 0 && (
        <p className="muted">
          No alerts yet. Watch an entity from its page, add feeds on the <a href={href('feeds')}>Feeds</a>{' '}
          page, and alerts appear here as new reporting names what you watch.
        </p>
      )}
      <ul className="alert-list">
        {all.map((a) => {
          const read = a.read || readIds.has(a.id);
          return (
            <li key={a.id} className={read ? 'alert read' : 'alert unread'} data-testid="alert">
              <div className="alert-head">
                <span className="badge">{a.rule}</span>{' '}
                <a href={href('article', a.document.id)}>{a.document.title ?? a.document.id.slice(0, 12)}</a>
                <span className="muted">
                  {a.document.outlet && ` · ${a.document.outlet}`}
                  {a.document.published && ` · ${a.document.published}`} · alert{' '}
                  {a.createdAt.slice(0, 16).replace('T', ' ')}
                </span>
                {!read && (
                  <button type="button" className="small" onClick={() => void markRead(a.id)}>
                    Mark read
                  </button>
                )}
              </div>
              <ul className="alert-facts">
                {a.facts.map((f, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: facts are ordered and may repeat
                  <li key={i}>
                    <span className={`kind kind-${f.kind}`}>{f.kind}</span> {f.what}
                    {f.evidence && (
                      <div className="evidence">
                        {f.start !== undefined ? (
                          <a
                            href={href('article', a.document.id, {
                              hl: `${f.start}-${f.end ?? f.start + 1}`,
                            })}
                          >
                            {f.evidence}
                          </a>
                        ) : (
                          f.evidence
                        )}
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function RulesList({ rules, reload }: { rules: AlertRule[]; reload: () => void }) {
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    try {
      await watchApi.addRule({ name: `search: ${query}`, query });
      setQuery('');
      reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <details className="rules">
      <summary>
        {rules.length} alert rule{rules.length === 1 ? '' : 's'}
      </summary>
      <ul>
        {rules.map((r) => (
          <li key={r.id}>
            <b>{r.name}</b>{' '}
            <span className="muted">
              {r.kind}
              {r.target ? ` ${r.target}` : ''} · on {r.on.join(', ')}
            </span>{' '}
            <button
              type="button"
              className="small"
              onClick={() => void watchApi.removeRule(r.name).then(reload, (e: Error) => setError(e.message))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (query.trim()) void add();
        }}
      >
        <input
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="alert on a search, e.g. suicide bombing"
        />
        <button type="submit">Add search alert</button>
      </form>
      {error && <p className="error">{error}</p>}
    </details>
  );
}
