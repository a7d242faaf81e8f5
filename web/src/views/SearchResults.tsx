import { api } from '../api.js';
import { useLoad } from '../hooks.js';
import { href } from '../router.js';
import { snippetRuns } from '../snippet.js';
import { ExportMenu } from './ExportMenu.js';

function Snippet({ html }: { html: string }) {
  return (
    <span className="snippet">
      {snippetRuns(html).map((r, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: runs have no identity but their order
        r.mark ? <mark key={i}>{r.text}</mark> : <span key={i}>{r.text}</span>,
      )}
    </span>
  );
}

export function SearchResults({ q, type }: { q: string; type: string }) {
  const res = useLoad(() => api.search(q, type || undefined), [q, type]);
  return (
    <div className="search-results">
      <ExportMenu params={{ q }} />
      <h1>
        Results for “{q}”{' '}
        <span className="tabs">
          {['', 'article', 'quote'].map((t) => (
            <a
              key={t}
              className={t === type ? 'active' : ''}
              href={href('search', undefined, { q, type: t })}
            >
              {t || 'all'}
            </a>
          ))}
        </span>
      </h1>
      {res.error && <p className="error">{res.error}</p>}
      {res.data && <p className="muted">{res.data.total} hits</p>}
      <ol className="hits">
        {res.data?.items.map((h) => (
          <li key={`${h.kind}${h.id}`}>
            <span className={`kind kind-${h.kind}`}>{h.kind}</span>
            <a href={href('article', h.documentId)}>{h.title ?? '(untitled)'}</a>
            <span className="meta">{[h.outlet, h.published].filter(Boolean).join(' · ')}</span>
            <div>
              <Snippet html={h.snippet} />
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
