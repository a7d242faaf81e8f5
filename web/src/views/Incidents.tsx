// Incidents in the workbench: one real event with every report side by side (source and
// grade, date, place, toll, perpetrator), sized by its toll and marked with its number of
// sources; on the timeline, the entity page and the map. Data: GET /api/incidents.
import type { GeoProjection } from 'd3-geo';
import { useState } from 'react';
import { get, type Incident, type IncidentPage, type TollRange } from '../api.js';
import { useLoad } from '../hooks.js';
import { href } from '../router.js';

const qs = (p: Record<string, string | undefined>) => {
  const s = new URLSearchParams(Object.entries(p).filter((e): e is [string, string] => !!e[1])).toString();
  return s ? `?${s}` : '';
};

function useIncidents(p: { entity?: string; since?: string; until?: string }) {
  return useLoad(
    () =>
      get<IncidentPage>(
        `/api/incidents${qs({ entity: p.entity, since: p.since, until: p.until, limit: '500' })}`,
      ),
    [p.entity, p.since, p.until],
  );
}

const killedOf = (i: Incident) => i.toll.killed?.max ?? i.toll.killed?.min ?? 0;
/** Area grows with the toll: the radius with its square root. */
const tollRadius = (killed: number) => 4 + 3 * Math.sqrt(killed);
const listRadius = (killed: number) => 3 + 1.5 * Math.sqrt(Math.min(killed, 200));

function range(t: TollRange): string {
  const r = t.min === t.max ? `${t.min ?? '?'}` : `${t.min ?? '?'}–${t.max ?? '?'}`;
  return `${r}${t.openEnded ? '+' : ''}`;
}

function when(i: Incident): string {
  if (!i.date) return 'undated';
  return i.date.from === i.date.to ? i.date.from : `${i.date.from} … ${i.date.to}`;
}

/** One incident: a mark sized by toll with its source count, then its reports side by side. */
function IncidentItem({ i }: { i: Incident }) {
  const [open, setOpen] = useState(false);
  const k = killedOf(i);
  return (
    <li className="incident" data-testid="incident">
      <div className="incident-head">
        <svg width={2 * listRadius(200)} height={2 * listRadius(k)} className="toll-mark" aria-hidden="true">
          <circle cx={listRadius(200)} cy={listRadius(k)} r={listRadius(k)} />
        </svg>
        <span className="date">{when(i)}</span> <strong className={`ev ev-${i.type}`}>{i.type}</strong>
        {i.place && (
          <>
            {' in '}
            <a href={href('entity', i.place.id)}>{i.place.name}</a>
          </>
        )}{' '}
        <span className="badge" data-testid="incident-sources">
          {i.sourceCount} source{i.sourceCount === 1 ? '' : 's'}
        </span>
        {Object.entries(i.toll).map(([kind, t]) => (
          <span
            key={kind}
            className={`toll ${t.conflict ? 'warn' : ''}`}
            title={t.conflict ? 'reports differ' : ''}
          >
            {' '}
            {kind} {range(t)}
            {t.conflict ? ' (reports differ)' : ''}
          </span>
        ))}
        {i.perpetrators.length > 0 && (
          <span className="muted">
            {' by '}
            {i.perpetrators.map((p, n) => (
              <span key={p.id}>
                {n > 0 && ' / '}
                <a href={href('entity', p.id)}>{p.name}</a>
              </span>
            ))}
          </span>
        )}{' '}
        <button type="button" className="link" onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? 'hide reports' : `${i.reports.length} report${i.reports.length === 1 ? '' : 's'}`}
        </button>
      </div>
      {open && (
        <table className="dense reports" data-testid="incident-reports">
          <thead>
            <tr>
              <th>source</th>
              <th>grade</th>
              <th>date</th>
              <th>place</th>
              <th>toll</th>
              <th>perpetrator</th>
              <th>says</th>
            </tr>
          </thead>
          <tbody>
            {i.reports.map((r) => (
              <tr key={r.factId}>
                <td>{r.outlet ?? r.title ?? r.documentId.slice(0, 12)}</td>
                <td>{r.grade ?? '—'}</td>
                <td>
                  {r.date ?? 'undated'}
                  {r.dateText && <span className="muted"> “{r.dateText}”</span>}
                </td>
                <td>{r.place?.name ?? '—'}</td>
                <td>{r.toll.map((t) => `${t.kind}: ${t.text}`).join('; ') || '—'}</td>
                <td>{r.perpetrators.map((p) => p.name).join(', ') || '—'}</td>
                <td>
                  <a href={href('article', r.documentId, { hl: `${r.start}-${r.end}` })}>
                    “{r.sentence.replace(/\s+/g, ' ').trim()}”
                  </a>
                </td>
              </tr>
            ))}
            {i.claims.map((c, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: claims have no id
              <tr key={`c${n}`} className={c.stance}>
                <td>{c.outlet ?? ''}</td>
                <td />
                <td colSpan={3}>
                  <strong>{c.stance}</strong> by {c.entity?.name ?? 'unnamed'}
                </td>
                <td colSpan={2}>“{c.sentence}”</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}

/** The incidents of an entity or a date range, latest last. */
export function IncidentList(p: { entity?: string; since?: string; until?: string; title?: string }) {
  const res = useIncidents(p);
  const items = res.data?.items ?? [];
  // the timeline's events show its own errors; an old server without /api/incidents shows none
  if (res.error || !items.length) return null;
  return (
    <section className="incidents" data-testid="incidents">
      <h2>
        {p.title ?? 'Incidents'} <span className="count">{res.data?.total}</span>
      </h2>
      <p className="muted">Reports of one event joined across articles; each figure keeps its source.</p>
      <ol className="incident-list">
        {items.map((i) => (
          <IncidentItem key={i.id} i={i} />
        ))}
      </ol>
    </section>
  );
}

/** Incidents on the map: circles sized by toll, labelled with their number of sources. */
export function IncidentMarks(p: { projection: GeoProjection; since?: string; until?: string }) {
  const res = useIncidents(p);
  const items = (res.data?.items ?? []).filter((i) => i.place?.lat != null && i.place?.lon != null);
  return (
    <g className="incident-marks" data-testid="map-incidents">
      {[...items]
        .sort((a, b) => killedOf(b) - killedOf(a))
        .map((i) => {
          const xy = p.projection([i.place!.lon!, i.place!.lat!]);
          if (!xy) return null;
          const r = tollRadius(Math.min(killedOf(i), 400));
          return (
            <g key={i.id} className="incident-mark">
              <circle cx={xy[0]} cy={xy[1]} r={r}>
                <title>{`${i.type} in ${i.place!.name}, ${when(i)}: ${Object.entries(i.toll)
                  .map(([k, t]) => `${k} ${range(t)}`)
                  .join(', ')} — ${i.sourceCount} source${i.sourceCount === 1 ? '' : 's'}`}</title>
              </circle>
              <text x={xy[0]} y={xy[1] + 3.5} textAnchor="middle" className="incident-count">
                {i.sourceCount}
              </text>
            </g>
          );
        })}
    </g>
  );
}
