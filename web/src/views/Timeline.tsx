import { useState } from 'react';
import { api, type TimelineItem } from '../api.js';
import { EVENT_TYPES } from '../cite.js';
import { setDateRange, useDateRange } from '../date-range.js';
import { useLoad } from '../hooks.js';
import { href } from '../router.js';
import { select, useSelection } from '../selection.js';
import { IncidentList } from './Incidents.js';

function year(it: TimelineItem): string {
  return it.date?.value?.slice(0, 4) ?? 'undated';
}

/** A sentence that brings its own quote marks is not wrapped in a second pair. */
export function quoted(sentence: string): string {
  const s = sentence.replace(/\s+/g, ' ').trim();
  return /^["“‘']/.test(s) || /["”’']$/.test(s) ? s : `“${s}”`;
}

/** Events, filtered by date and type; follows the entity selected in the network. */
export function Timeline({ compact = false }: { compact?: boolean }) {
  const sel = useSelection();
  // Shared with the map: a range set in one filters the other.
  const { since, until } = useDateRange();
  const setSince = (v: string) => setDateRange({ since: v });
  const setUntil = (v: string) => setDateRange({ until: v });
  const [types, setTypes] = useState<string[]>([]);
  const res = useLoad(
    () => api.timeline({ entity: sel?.id, since: since || undefined, until: until || undefined, types }),
    [sel?.id, since, until, types.join(',')],
  );
  const items = res.data?.items ?? [];
  let lastYear = '';
  return (
    <div className={`timeline ${compact ? 'compact' : ''}`} data-testid="timeline">
      <div className="filters">
        {sel ? (
          <span className="chip">
            {sel.name}{' '}
            <button type="button" className="link" onClick={() => select(null)} aria-label="clear selection">
              ×
            </button>
          </span>
        ) : (
          <span className="muted">all entities</span>
        )}
        <label>
          from <input type="date" value={since} onChange={(e) => setSince(e.target.value)} />
        </label>
        <label>
          to <input type="date" value={until} onChange={(e) => setUntil(e.target.value)} />
        </label>
        <select
          aria-label="event type"
          value={types[0] ?? ''}
          onChange={(e) => setTypes(e.target.value ? [e.target.value] : [])}
        >
          <option value="">all event types</option>
          {EVENT_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
        <span className="muted">{res.data ? `${res.data.total} events` : ''}</span>
      </div>
      {res.error && <p className="error">{res.error}</p>}
      {!compact && <IncidentList entity={sel?.id} since={since || undefined} until={until || undefined} />}
      <ol className="tl">
        {items.map((it) => {
          const y = year(it);
          const head = y !== lastYear;
          lastYear = y;
          return (
            <li key={it.id} className={head ? 'year-start' : ''}>
              {head && <div className="year">{y}</div>}
              <div className="tl-item">
                <span className="date">{it.date?.value ?? 'undated'}</span>
                <strong className={`ev ev-${it.type}`}>{it.type.replaceAll('_', ' ')}</strong>
                {it.place && (
                  <>
                    {' in '}
                    <a href={href('entity', it.place.id)}>{it.place.name}</a>
                  </>
                )}{' '}
                {it.participants.map((p) => (
                  <span key={`${p.role}${p.id}`} className="participant">
                    <span className="muted">{p.role}</span> <a href={href('entity', p.id)}>{p.name}</a>
                  </span>
                ))}
                {it.evidence && (
                  <div className="ev-sentence">
                    <a
                      href={href(
                        'article',
                        it.evidence.documentId,
                        it.evidence.start !== undefined
                          ? { hl: `${it.evidence.start}-${it.evidence.end}` }
                          : undefined,
                      )}
                    >
                      {quoted(it.evidence.sentence)}
                    </a>
                    {(it.evidence.title || it.evidence.outlet) && (
                      <span className="ev-source muted" data-testid="ev-source">
                        {' — '}
                        {[it.evidence.title, it.evidence.outlet, it.evidence.published]
                          .filter(Boolean)
                          .join(', ')}
                      </span>
                    )}
                  </div>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {res.data && items.length === 0 && <p className="muted">No events match.</p>}
    </div>
  );
}

export function TimelineView() {
  return (
    <div>
      <h1>Timeline</h1>
      <Timeline />
    </div>
  );
}
