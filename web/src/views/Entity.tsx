import { useState } from 'react';
import {
  api,
  type EntityProfile,
  type EntityType,
  type Evidence,
  type QuoteView,
  type ScreeningHit,
  type Tie,
  watchApi,
} from '../api.js';
import { useLoad } from '../hooks.js';
import { href } from '../router.js';
import { TIE_STYLE, TYPE_COLOR, tieCategory } from '../style-map.js';
import { ExportMenu } from './ExportMenu.js';
import { IncidentList } from './Incidents.js';
import { Explanation } from './Screening.js';
import { quoted } from './Timeline.js';

function evidenceHref(ev: { documentId: string; start?: number; end?: number }): string {
  return href('article', ev.documentId, ev.start !== undefined ? { hl: `${ev.start}-${ev.end}` } : undefined);
}

function MentionsChart({ data }: { data: { period: string; count: number }[] }) {
  if (!data.length) return <p className="muted">No dated mentions.</p>;
  const max = Math.max(...data.map((d) => d.count));
  const w = Math.max(240, data.length * 22);
  const h = 90;
  const bw = w / data.length;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${w} ${h + 16}`}
      width={w}
      height={h + 16}
      role="img"
      aria-label="Mentions over time"
    >
      {data.map((d, i) => {
        const bh = (d.count / max) * h;
        return (
          <g key={d.period}>
            <rect x={i * bw + 2} y={h - bh} width={bw - 4} height={bh} fill="#4c6ef5">
              <title>{`${d.period}: ${d.count}`}</title>
            </rect>
            {(i === 0 || i === data.length - 1 || data.length <= 12) && (
              <text x={i * bw + bw / 2} y={h + 12} textAnchor="middle" fontSize="9">
                {d.period}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  return (
    <ul className="evidence">
      {evidence.map((ev) => (
        <li key={`${ev.documentId}:${ev.start}`}>
          <a href={evidenceHref(ev)} title="Open the article at this sentence">
            {quoted(ev.sentence)}
          </a>
          <span className="meta">
            {[ev.outlet, ev.published, ev.attributedTo && `according to ${ev.attributedTo}`]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </li>
      ))}
    </ul>
  );
}

function TieRow({ tie }: { tie: Tie }) {
  const [open, setOpen] = useState(false);
  const cat = tieCategory(tie.type, tie.negated);
  const corroboration = tie.corroboration ?? tie.documents;
  return (
    <li className={`tie ${tie.conflict ? 'conflict' : ''}`} data-testid="tie">
      <span className="swatch" style={{ background: TIE_STYLE[cat].color }} />
      {tie.direction === 'in' && <span className="muted">← </span>}
      {tie.negated && <span className="badge negated">NOT</span>}
      <a href={href('entity', tie.other.id)}>{tie.other.name}</a>
      <span className="muted"> {tie.other.type}</span>
      <span className="badge" title="independent documents stating it / distinct outlets">
        {corroboration} doc{corroboration === 1 ? '' : 's'} · {tie.outlets} outlet
        {tie.outlets === 1 ? '' : 's'}
      </span>
      {tie.conflict && (
        <span className="badge warn" title="another claim contradicts this one">
          conflicting claims
        </span>
      )}
      {tie.evidence.length > 0 && (
        <button type="button" className="link" onClick={() => setOpen(!open)}>
          {open ? 'hide' : 'evidence'} ({tie.evidence.length})
        </button>
      )}
      {open && <EvidenceList evidence={tie.evidence} />}
    </li>
  );
}

function Quotes({ quotes, title }: { quotes: QuoteView[]; title: string }) {
  if (!quotes.length) return null;
  return (
    <section>
      <h2>
        {title} <span className="count">{quotes.length}</span>
      </h2>
      <ul className="quotes">
        {quotes.map((q) => (
          <li key={q.id}>
            <blockquote>“{q.text}”</blockquote>
            <span className="meta">
              — {q.speaker ?? 'unattributed'} · <a href={evidenceHref(q)}>{q.title ?? 'article'}</a>
              {q.published && ` · ${q.published}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Screening({ hits }: { hits: ScreeningHit[] }) {
  const [open, setOpen] = useState(false);
  if (!hits.length) return null;
  const best = Math.max(...hits.map((h) => h.score));
  return (
    <span className="screening">
      <button
        type="button"
        className="badge danger"
        onClick={() => setOpen(!open)}
        data-testid="screening-badge"
      >
        ⚑ {hits.length} watch-list hit{hits.length === 1 ? '' : 's'} (best {best.toFixed(2)})
      </button>
      {open && (
        <div className="popover">
          {hits.map((h) => (
            <div key={String(h.id)} className="hit">
              <strong>{h.listedName}</strong> <span className="muted">{h.list}</span> · score{' '}
              {h.score.toFixed(2)}
              {h.matchedAlias && <div className="muted">matched alias: {h.matchedAlias}</div>}
              <div>
                {typeof h.explanation === 'string' ? (
                  h.explanation
                ) : Array.isArray(h.explanation) ? (
                  h.explanation.join('; ')
                ) : (
                  <Explanation e={h.explanation} />
                )}
              </div>
              {h.status && <div className="muted">status: {h.status}</div>}
            </div>
          ))}
        </div>
      )}
    </span>
  );
}

function Attributes({ p }: { p: EntityProfile }) {
  const entries = Object.entries(p.attributes ?? {});
  if (!entries.length && !p.geo) return null;
  return (
    <table className="dense attrs">
      <tbody>
        {entries.map(([k, v]) => (
          <tr key={k}>
            <th>{k}</th>
            <td>{Array.isArray(v) ? v.join(', ') : typeof v === 'object' ? JSON.stringify(v) : String(v)}</td>
          </tr>
        ))}
        {p.geo && (
          <tr>
            <th>location</th>
            <td>
              {p.geo.lat.toFixed(2)}, {p.geo.lon.toFixed(2)} {p.geo.country ?? ''}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

/** One tie type: the best-attested ties the profile listed, and the rest a page at a time. */
function TieGroup({ id, type, first, total }: { id: string; type: string; first: Tie[]; total?: number }) {
  const [more, setMore] = useState<Tie[]>([]);
  const [busy, setBusy] = useState(false);
  const ties = [...first, ...more];
  const all = Math.max(total ?? ties.length, ties.length);
  const next = () => {
    setBusy(true);
    api.ties(id, type, ties.length).then(
      (page) => {
        const seen = new Set(ties.map((t) => t.factId));
        setMore((m) => [...m, ...page.items.filter((t) => !seen.has(t.factId))]);
        setBusy(false);
      },
      (err: Error) => {
        setBusy(false);
        window.alert(`Could not load more ties: ${err.message}`);
      },
    );
  };
  return (
    <div className="tie-group">
      <h3>
        {type.replaceAll('_', ' ')}{' '}
        <span className="count">{all > ties.length ? `${ties.length} of ${all}` : ties.length}</span>
      </h3>
      <ul className="ties">
        {ties.map((t) => (
          <TieRow key={`${t.factId}${t.direction}`} tie={t} />
        ))}
      </ul>
      {all > ties.length && (
        <button type="button" className="link" disabled={busy} onClick={next}>
          {busy ? 'Loading…' : `${Math.min(50, all - ties.length)} more`}
        </button>
      )}
    </div>
  );
}

/**
 * The entity's spellings. Where one entity merged two, the analyst ticks the spellings
 * that name the other and splits them off: a split decision (recorded, undoable, kept
 * through reextract). Inside an article that uses both, only the ticked spellings'
 * mentions leave.
 */
function Names({ p, onSplit }: { p: EntityProfile; onSplit: () => void }) {
  const [ticked, setTicked] = useState<string[]>([]);
  const [done, setDone] = useState<{ id: string; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const splittable = p.names.length > 1;
  const split = () => {
    const [name, ...names] = ticked;
    if (!name) return;
    setError(null);
    api.decide({ kind: 'split', entityId: p.entity.id, name, names }).then(
      (r) => {
        const id = r.splitId;
        setTicked([]);
        setDone(id ? { id, name } : null);
        if (!id) setError(`Nothing split: no mention of ${name} could leave`);
        onSplit();
      },
      (e: Error) => setError(e.message),
    );
  };
  return (
    <div data-testid="names">
      <ul className="names">
        {p.names.map((n) => (
          <li key={n.name}>
            {splittable ? (
              <label>
                <input
                  type="checkbox"
                  aria-label={`split ${n.name}`}
                  checked={ticked.includes(n.name)}
                  onChange={() =>
                    setTicked((t) => (t.includes(n.name) ? t.filter((x) => x !== n.name) : [...t, n.name]))
                  }
                />{' '}
                {n.name}
              </label>
            ) : (
              n.name
            )}{' '}
            <span className="count">×{n.count}</span>
          </li>
        ))}
      </ul>
      {splittable && (
        <p className="split-bar">
          <button
            type="button"
            className="small"
            data-testid="split-button"
            disabled={ticked.length === 0 || ticked.length === p.names.length}
            title="the ticked spellings name someone or something else: they become a new entity"
            onClick={split}
          >
            Split off the ticked spellings
          </button>
          {done && (
            <span data-testid="split-done">
              {' '}
              Split off as <a href={href('entity', done.id)}>{done.name}</a>
            </span>
          )}
          {error && <span className="error"> {error}</span>}
        </p>
      )}
    </div>
  );
}

export function EntityView({ id }: { id: string }) {
  const res = useLoad(() => api.entity(id), [id]);
  if (res.error) return <p className="error">{res.error}</p>;
  const p = res.data;
  if (!p) return <p className="muted">Loading…</p>;
  const hits = p.screening;
  const tieGroups = Object.entries(p.ties);
  const conflicts = tieGroups.flatMap(([, ts]) => ts).filter((t) => t.conflict).length;
  return (
    <div className="entity" data-testid="entity-page">
      <div className="entity-head">
        <h1>
          <span className="dot big" style={{ background: TYPE_COLOR[p.entity.type] }} />
          {p.entity.name}
        </h1>
        <span className="muted">
          <select
            aria-label="entity type"
            className="retype"
            value={p.entity.type}
            title="change the type: saved as an analyst decision"
            onChange={(e) =>
              api
                .decide({ kind: 'retype', entityId: p.entity.id, entityType: e.target.value as EntityType })
                .then(
                  () => res.reload(),
                  (err: Error) => window.alert(`Not saved: ${err.message}`),
                )
            }
          >
            {(['person', 'organization', 'place', 'handle'] as const).map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>{' '}
          · {p.entity.mentions} mentions in {p.documents} document
          {p.documents === 1 ? '' : 's'}
          {p.firstSeen && ` · first seen ${p.firstSeen}`}
          {p.lastSeen && ` · last seen ${p.lastSeen}`}
        </span>
        <Screening hits={hits} />
        <ExportMenu params={{ entity: p.entity.id, hops: 1 }} />
        {conflicts > 0 && <span className="badge warn">{conflicts} conflicting claims</span>}
        <a className="button" href={href('network', undefined, { around: p.entity.id })}>
          Show in network
        </a>
        <WatchButton name={p.entity.name} />
      </div>
      <div className="entity-grid">
        <div>
          <section>
            <h2>Names and spellings</h2>
            <Names p={p} onSplit={() => res.reload()} />
            <Attributes p={p} />
          </section>
          <section>
            <h2>Mentions over time</h2>
            <MentionsChart data={p.mentionsOverTime ?? []} />
          </section>
          <IncidentList entity={p.entity.id} title="Incidents it took part in" />
          <section>
            <h2>
              Events <span className="count">{p.events.length}</span>
            </h2>
            <ul className="events">
              {p.events.map((e) => (
                <li key={e.factId}>
                  <span className="date">{e.date ?? e.dateText ?? 'undated'}</span> <strong>{e.type}</strong>
                  {e.place && <span> in {e.place}</span>}
                  <span className="muted">
                    {' '}
                    {e.participants.map((x) => `${x.role}: ${x.entity.name}`).join(', ')}
                  </span>
                  {e.evidence[0] && (
                    <div>
                      <a href={evidenceHref(e.evidence[0])}>{quoted(e.evidence[0].sentence)}</a>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </section>
        </div>
        <div>
          <section>
            <h2>Ties</h2>
            {tieGroups.length === 0 && <p className="muted">No ties found.</p>}
            {tieGroups.map(([type, ties]) => (
              <TieGroup key={type} id={p.entity.id} type={type} first={ties} total={p.tieTotals?.[type]} />
            ))}
          </section>
          <Quotes quotes={p.quotesBy} title="Quotes by" />
          <Quotes quotes={p.quotesAbout} title="Quotes about" />
        </div>
      </div>
    </div>
  );
}

/** Makes an alert rule on this entity: new reporting that names it raises an alert. */
function WatchButton({ name }: { name: string }) {
  const [state, setState] = useState<'idle' | 'watching' | string>('idle');
  const rules = useLoad(() => watchApi.rules(), [name]);
  const watched =
    state === 'watching' || (rules.data?.items ?? []).some((r) => r.kind === 'entity' && r.target === name);
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={watched}
        data-testid="watch-button"
        onClick={() =>
          void watchApi.addRule({ name: `watch: ${name}`, entity: name }).then(
            () => setState('watching'),
            (e: Error) => setState(e.message),
          )
        }
      >
        {watched ? 'Watching' : 'Watch'}
      </button>
      {state !== 'idle' && state !== 'watching' && <span className="error">{state}</span>}
    </>
  );
}
