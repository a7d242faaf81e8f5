import { useEffect } from 'react';
import { api } from '../api.js';
import { useLoad } from '../hooks.js';
import { href } from '../router.js';
import { TYPE_COLOR } from '../style-map.js';
import { SearchBox } from './SearchBox.js';

export function Home() {
  const docs = useLoad(() => api.documents(12), []);
  const ents = useLoad(() => api.entities('mentions', 20), []);
  const ready = !docs.loading && !ents.loading;
  useEffect(() => {
    // The UI benchmark reads this mark: the first view is usable once both lists are in.
    if (ready && !performance.getEntriesByName('dossier:home-ready').length)
      performance.mark('dossier:home-ready');
  }, [ready]);
  return (
    <div className="home">
      <h1 className="home-title">dossier</h1>
      <SearchBox autoFocus />
      <div className="columns">
        <section>
          <h2>Recent articles</h2>
          {docs.error && <p className="error">{docs.error}</p>}
          <ul className="list" data-testid="recent-articles">
            {docs.data?.items.map((d) => (
              <li key={d.id}>
                <a href={href('article', d.id)}>{d.title ?? '(untitled)'}</a>
                <span className="meta">
                  {[d.outlet, d.published].filter(Boolean).join(' · ')}
                  {d.entities !== undefined && ` · ${d.entities} entities`}
                </span>
              </li>
            ))}
            {docs.data?.items.length === 0 && (
              <li className="muted">
                No articles yet. <a href={href('ingest')}>Ingest one</a>.
              </li>
            )}
          </ul>
        </section>
        <section>
          <h2>Most mentioned</h2>
          {ents.error && <p className="error">{ents.error}</p>}
          <table className="dense" data-testid="top-entities">
            <tbody>
              {ents.data?.items.map((e) => (
                <tr key={e.id}>
                  <td>
                    <span className="dot" style={{ background: TYPE_COLOR[e.type] }} />
                    <a href={href('entity', e.id)}>{e.name}</a>
                  </td>
                  <td className="muted">{e.type}</td>
                  <td className="num">{e.mentions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </div>
  );
}
