// Feeds dossier polls: add one, remove one, see each one's status and why it is behind.
import { useState } from 'react';
import { type Feed, watchApi } from '../api.js';
import { useLoad } from '../hooks.js';

function every(s: number): string {
  if (s % 86400 === 0) return `${s / 86400} d`;
  if (s % 3600 === 0) return `${s / 3600} h`;
  if (s % 60 === 0) return `${s / 60} min`;
  return `${s} s`;
}

function status(f: Feed): string {
  if (f.errors)
    return `behind: ${f.errors} error${f.errors === 1 ? '' : 's'} in a row — ${f.lastError ?? ''}`;
  if (!f.lastFetch) return 'not polled yet';
  return f.lastStatus === 304 ? 'ok (not modified)' : `ok (HTTP ${f.lastStatus})`;
}

export function FeedsView() {
  const res = useLoad(() => watchApi.feeds(), []);
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [interval, setEvery] = useState('15m');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      res.reload();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const feeds = res.data?.items ?? [];
  return (
    <div className="feeds" data-testid="feeds-page">
      <h1>Feeds</h1>
      <p className="muted">
        RSS, Atom, RSS 1.0, JSON Feed and news sitemaps. Each new item's page is read and ingested once;
        alerts fire on what it says. Polling runs in <code>dossier watch</code> or{' '}
        <code>dossier serve --watch</code>.
      </p>
      <form
        className="feed-add"
        onSubmit={(e) => {
          e.preventDefault();
          if (url.trim())
            void run(async () => {
              await watchApi.addFeed(url.trim(), name.trim(), interval);
              setUrl('');
              setName('');
            });
        }}
      >
        <input
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder="https://example.org/feed.xml"
          aria-label="feed URL"
        />
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="name (optional)"
          aria-label="feed name"
        />
        <select value={interval} onChange={(e) => setEvery(e.target.value)} aria-label="poll every">
          {['5m', '15m', '1h', '6h', '1d'].map((v) => (
            <option key={v} value={v}>
              every {v}
            </option>
          ))}
        </select>
        <button type="submit" disabled={busy}>
          Add feed
        </button>
        <button
          type="button"
          disabled={busy || feeds.length === 0}
          onClick={() => void run(() => watchApi.pollNow())}
        >
          Poll due feeds now
        </button>
      </form>
      {error && <p className="error">{error}</p>}
      {res.error && <p className="error">{res.error}</p>}
      {!res.loading && feeds.length === 0 && <p className="muted">No feeds yet.</p>}
      <table className="feed-table">
        <thead>
          <tr>
            <th>Feed</th>
            <th>Status</th>
            <th>Last fetch</th>
            <th>Items</th>
            <th>Next poll</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {feeds.map((f) => (
            <tr key={f.id} className={f.errors ? 'behind' : ''} data-testid="feed-row">
              <td>
                <b>{f.name ?? f.url}</b>
                <div className="muted small">
                  {f.url} · every {every(f.everySeconds)}
                </div>
              </td>
              <td>{status(f)}</td>
              <td>{f.lastFetch?.slice(0, 16).replace('T', ' ') ?? 'never'}</td>
              <td>{f.itemsSeen}</td>
              <td>{f.nextPoll.slice(0, 16).replace('T', ' ')}</td>
              <td>
                <button
                  type="button"
                  className="small"
                  onClick={() => void run(() => watchApi.removeFeed(f.id))}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
