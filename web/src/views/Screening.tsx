// Review of watch-list hits: the analyst confirms or dismisses each one. Decisions are
// stored server-side against the hit (list, entry, entity), so they outlive re-imports
// of the list and re-extraction of the articles.
import { useState } from 'react';
import { api, type ReviewHit, type ScreeningExplanation, type ScreeningStatus } from '../api.js';
import { useLoad } from '../hooks.js';
import { go, href } from '../router.js';

const STATUSES: ScreeningStatus[] = ['open', 'confirmed', 'dismissed'];
// The API pages at 500 at most; a store with more hits than this is paged through.
const PAGE = 500;
const MAX_PAGES = 20;

async function allHits(): Promise<ReviewHit[]> {
  const out: ReviewHit[] = [];
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await api.screeningHits(PAGE, out.length);
    out.push(...page.items);
    if (!page.items.length || out.length >= page.total) break;
  }
  return out;
}

const HOW_LABEL: Record<ScreeningExplanation['parts'][number]['how'], string> = {
  exact: 'exact',
  transliteration: 'transliteration',
  phonetic: 'phonetic',
  initial: 'initial',
  missing: 'missing from the name read',
  extra: 'not in the listing',
};

export function Explanation({ e }: { e: ScreeningExplanation }) {
  return (
    <div className="explanation">
      <ul className="parts">
        {e.parts.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are ordered and may repeat
          <li key={i} className={`part part-${p.how}`}>
            <span className="tok">{p.query ?? '—'}</span>
            {' ↔ '}
            <span className="tok">{p.listed ?? '—'}</span> <span className="how">{HOW_LABEL[p.how]}</span>
            {(p.how !== 'missing' && p.how !== 'extra') || p.similarity ? (
              <span className="muted"> {p.similarity.toFixed(2)}</span>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="muted">name score {e.nameScore.toFixed(2)}</div>
      {e.qualifiers.map((q) => (
        <div key={q.kind} className={q.effect < 0 ? 'qual down' : 'qual up'}>
          {q.kind}: {q.detail} ({q.effect >= 0 ? '+' : ''}
          {q.effect.toFixed(2)})
        </div>
      ))}
      {e.setAside.length > 0 && <div className="muted">set aside: {e.setAside.join(', ')}</div>}
      {e.notes.map((n) => (
        <div key={n} className="muted">
          {n}
        </div>
      ))}
    </div>
  );
}

function HitRow({ hit, onChange }: { hit: ReviewHit; onChange: (h: ReviewHit) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = (action: 'confirm' | 'dismiss') => {
    setBusy(true);
    setError(null);
    api.reviewHit(hit.id, action).then(
      (h) => {
        setBusy(false);
        onChange(h);
      },
      (e: Error) => {
        setBusy(false);
        setError(e.message);
      },
    );
  };
  return (
    <tr data-testid="hit" data-status={hit.status} data-entity={hit.entityName}>
      <td>
        <a href={href('entity', hit.entityId)}>{hit.entityName}</a>
      </td>
      <td>
        <span className="badge">{hit.list}</span> <span className="muted">{hit.entryId}</span>
      </td>
      <td>
        <strong>{hit.listedName}</strong>
        {hit.matchedAlias && hit.matchedAlias !== hit.listedName && (
          <div className="muted">alias: {hit.matchedAlias}</div>
        )}
      </td>
      <td className="num">{hit.score.toFixed(2)}</td>
      <td>
        <Explanation e={hit.explanation} />
      </td>
      <td>
        <span className={`badge status ${hit.status}`} data-testid="hit-status">
          {hit.status}
        </span>
        <div className="actions">
          <button type="button" disabled={busy || hit.status === 'confirmed'} onClick={() => act('confirm')}>
            Confirm
          </button>
          <button type="button" disabled={busy || hit.status === 'dismissed'} onClick={() => act('dismiss')}>
            Dismiss
          </button>
        </div>
        {error && <div className="error">{error}</div>}
      </td>
    </tr>
  );
}

export function ScreeningView({ status }: { status: string }) {
  const loaded = useLoad(allHits, []);
  // Decisions made on this page, over what the server sent at load.
  const [changed, setChanged] = useState<Record<string, ReviewHit>>({});
  const hits = (loaded.data ?? []).map((h) => changed[h.id] ?? h);
  const shown = status && status !== 'all' ? hits.filter((h) => h.status === status) : hits;
  const count = (s: ScreeningStatus) => hits.filter((h) => h.status === s).length;
  const tab = (s: string) => (
    <button
      key={s}
      type="button"
      className={(status || 'all') === s ? 'active' : ''}
      onClick={() => go(href('screening', undefined, { status: s === 'all' ? undefined : s }))}
    >
      {s} ({s === 'all' ? hits.length : count(s as ScreeningStatus)})
    </button>
  );
  return (
    <div className="screening-page" data-testid="screening-page">
      <h1>Screening</h1>
      <p className="muted">
        People and organisations in the store that match an imported watch list. Confirm or dismiss each hit;
        the decision is kept when the list is re-imported and the articles re-extracted.
      </p>
      <div className="tabs" data-testid="status-filter">
        {['all', ...STATUSES].map(tab)}
      </div>
      {loaded.error && <p className="error">{loaded.error}</p>}
      {loaded.loading && !loaded.data && <p className="muted">Loading…</p>}
      {loaded.data && hits.length === 0 && (
        <p className="muted">
          No hits. Import a list with <code>dossier watchlist import FILE</code>.
        </p>
      )}
      {shown.length > 0 && (
        <table className="dense hits" data-testid="hits">
          <thead>
            <tr>
              <th>entity</th>
              <th>list · entry</th>
              <th>listed name</th>
              <th>score</th>
              <th>why</th>
              <th>status</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((h) => (
              <HitRow key={h.id} hit={h} onChange={(n) => setChanged((c) => ({ ...c, [n.id]: n }))} />
            ))}
          </tbody>
        </table>
      )}
      {loaded.data && hits.length > 0 && shown.length === 0 && <p className="muted">No {status} hits.</p>}
    </div>
  );
}
