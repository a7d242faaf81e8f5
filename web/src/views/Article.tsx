import { useEffect, useMemo, useRef, useState } from 'react';
import { api, type DocumentView, type EntityType, type FactInput, type FactView } from '../api.js';
import { EVENT_TYPES, offsetIn, ROLES, sentenceAround, TIE_TYPES } from '../cite.js';
import { useLoad } from '../hooks.js';
import { placeName } from '../place-labels.js';
import { href } from '../router.js';
import { type Span, segment } from '../spans.js';
import { TYPE_COLOR } from '../style-map.js';

type Ann =
  | { kind: 'mention'; entityId: string; type: EntityType }
  | { kind: 'quote'; id: string; speaker: string | null }
  | { kind: 'fact'; id: string; status: FactView['status'] }
  | { kind: 'target' };

interface Known {
  name: string;
  type: EntityType;
}

function entityNames(doc: DocumentView): Map<string, Known> {
  const m = new Map<string, Known>();
  for (const x of doc.mentions) {
    const surface = doc.text.slice(x.start, x.end);
    const prev = m.get(x.entityId);
    // The longest surface is usually the fullest form of the name.
    if (!prev || surface.length > prev.name.length) m.set(x.entityId, { name: surface, type: x.type });
  }
  return m;
}

function parseRange(hl: string | null): [number, number] | null {
  const m = hl?.match(/^(\d+)-(\d+)$/);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

function ArticleText({
  doc,
  names,
  target,
  onSelect,
}: {
  doc: DocumentView;
  names: Map<string, Known>;
  target: [number, number] | null;
  onSelect: (start: number, end: number) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  // Selected words become the cited sentence of a tie or event to add.
  const selected = () => {
    const sel = window.getSelection();
    const root = box.current;
    if (!sel || sel.isCollapsed || !root || !sel.rangeCount) return;
    const r = sel.getRangeAt(0);
    if (!root.contains(r.startContainer) || !root.contains(r.endContainer)) return;
    const a = offsetIn(root, r.startContainer, r.startOffset);
    const b = offsetIn(root, r.endContainer, r.endOffset);
    if (b > a) onSelect(a, b);
  };
  const segs = useMemo(() => {
    const spans: Span<Ann>[] = [
      ...doc.mentions.map((m) => ({
        start: m.start,
        end: m.end,
        data: { kind: 'mention', entityId: m.entityId, type: m.type } as Ann,
      })),
      ...doc.quotes.map((q) => ({
        start: q.start,
        end: q.end,
        data: {
          kind: 'quote',
          id: q.id,
          speaker: q.speakerId ? (names.get(q.speakerId)?.name ?? q.speakerText) : q.speakerText,
        } as Ann,
      })),
      ...doc.facts
        .filter((f) => f.kind === 'relation' && f.status !== 'rejected')
        .map((f) => ({
          start: f.start,
          end: f.end,
          data: { kind: 'fact', id: f.id, status: f.status } as Ann,
        })),
    ];
    if (target) spans.push({ start: target[0], end: target[1], data: { kind: 'target' } });
    return segment(doc.text.length, spans);
  }, [doc, names, target]);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: reads the text selection (mouse or keyboard), the text itself stays plain
    <div
      className="article-text"
      data-testid="article-text"
      ref={box}
      onMouseUp={selected}
      onKeyUp={selected}
    >
      {segs.map((s) => {
        const text = doc.text.slice(s.start, s.end);
        if (!s.covering.length) return <span key={s.start}>{text}</span>;
        const cls: string[] = [];
        let mention: Extract<Ann, { kind: 'mention' }> | undefined;
        let quote: Extract<Ann, { kind: 'quote' }> | undefined;
        for (const a of s.covering) {
          if (a.kind === 'mention') mention = a;
          else if (a.kind === 'quote') quote = a;
          else if (a.kind === 'fact') cls.push('hl-fact', `fact-${a.status}`);
          else cls.push('hl-target');
        }
        if (quote) cls.push('hl-quote');
        const title = quote ? `quote — ${quote.speaker ?? 'unattributed'}` : undefined;
        const target = cls.includes('hl-target') ? { 'data-target': '1' } : {};
        if (mention)
          return (
            <a
              key={s.start}
              href={href('entity', mention.entityId)}
              className={`hl-mention ${cls.join(' ')}`}
              style={{ borderBottomColor: TYPE_COLOR[mention.type] }}
              title={`${mention.type}: ${names.get(mention.entityId)?.name ?? ''}`}
              {...target}
            >
              {text}
            </a>
          );
        return (
          <span key={s.start} className={cls.join(' ')} title={title} {...target}>
            {text}
          </span>
        );
      })}
    </div>
  );
}

type Entities = [string, Known][];

function EntitySelect({
  label,
  value,
  onChange,
  entities,
  empty,
  show = (n) => n,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  entities: Entities;
  empty: string;
  /** how a name reads in the list (places: "Peshawar" for a dateline's "PESHAWAR") */
  show?: (name: string) => string;
}) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{empty}</option>
      {entities.map(([eid, e]) => (
        <option key={eid} value={eid}>
          {show(e.name)}
        </option>
      ))}
    </select>
  );
}

/** Participants of an event as role rows; an empty row is there to add one more. */
function RoleRows({
  roles,
  setRoles,
  entities,
}: {
  roles: { role: string; entityId: string }[];
  setRoles: (r: { role: string; entityId: string }[]) => void;
  entities: Entities;
}) {
  const rows = [...roles, { role: 'agent', entityId: '' }];
  return (
    <div className="roles">
      {rows.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
        <div key={i} className="role-row">
          <select
            aria-label={`role ${i + 1}`}
            value={r.role}
            onChange={(e) => {
              const next = rows.map((x, j) => (j === i ? { ...x, role: e.target.value } : x));
              setRoles(next.filter((x) => x.entityId));
            }}
          >
            {ROLES.map((x) => (
              <option key={x}>{x}</option>
            ))}
          </select>
          <EntitySelect
            label={`participant ${i + 1}`}
            value={r.entityId}
            empty={i < roles.length ? '(remove)' : 'participant…'}
            entities={entities}
            onChange={(v) =>
              setRoles(rows.map((x, j) => (j === i ? { ...x, entityId: v } : x)).filter((x) => x.entityId))
            }
          />
        </div>
      ))}
    </div>
  );
}

/** The form for a tie or an event: adding one (with its cited sentence) or editing one. */
function FactForm({
  initial,
  kindFixed,
  entities,
  places,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: FactInput;
  kindFixed: boolean;
  entities: Entities;
  places: Entities;
  submitLabel: string;
  onSubmit: (f: FactInput) => void;
  onCancel?: () => void;
}) {
  const [kind, setKind] = useState<'relation' | 'event'>(initial.kind ?? 'relation');
  const [type, setType] = useState(initial.type ?? '');
  const [subject, setSubject] = useState(initial.subjectId ?? '');
  const [object, setObject] = useState(initial.objectId ?? '');
  const [negated, setNegated] = useState(initial.negated === true);
  const [date, setDate] = useState(initial.date ?? '');
  const [place, setPlace] = useState(initial.placeId ?? '');
  const [roles, setRoles] = useState(initial.roles ?? []);
  const editing = kindFixed;
  const ready =
    type !== '' &&
    (kind === 'event'
      ? editing || roles.length > 0
      : editing || (subject !== '' && object !== '' && subject !== object));
  const submit = () => {
    if (kind === 'relation')
      onSubmit(editing ? { type, negated } : { kind, type, subjectId: subject, objectId: object, negated });
    else onSubmit({ kind, type, date: date.trim() || null, placeId: place || null, roles });
  };
  return (
    <form
      className="fact-form"
      data-testid="fact-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) submit();
      }}
    >
      {!kindFixed && (
        <div className="kind">
          <label>
            <input
              type="radio"
              name="fact-kind"
              checked={kind === 'relation'}
              onChange={() => setKind('relation')}
            />{' '}
            tie
          </label>
          <label>
            <input
              type="radio"
              name="fact-kind"
              checked={kind === 'event'}
              onChange={() => setKind('event')}
            />{' '}
            event
          </label>
        </div>
      )}
      {kind === 'relation' ? (
        <div className="tie-fields">
          {!editing && (
            <EntitySelect
              label="subject"
              value={subject}
              onChange={setSubject}
              entities={entities}
              empty="who…"
            />
          )}
          <select aria-label="tie type" value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">tie…</option>
            {TIE_TYPES.map((t) => (
              <option key={t} value={t}>
                {t.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
          {!editing && (
            <EntitySelect
              label="object"
              value={object}
              onChange={setObject}
              entities={entities}
              empty="whom…"
            />
          )}
          <label>
            <input type="checkbox" checked={negated} onChange={(e) => setNegated(e.target.checked)} /> denied
          </label>
        </div>
      ) : (
        <div className="event-fields">
          <select aria-label="event type" value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">event…</option>
            {EVENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {t.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
          <input
            aria-label="date"
            placeholder="YYYY-MM-DD"
            value={date}
            size={10}
            onChange={(e) => setDate(e.target.value)}
          />
          <EntitySelect
            label="place"
            value={place}
            onChange={setPlace}
            entities={places}
            empty="no place"
            show={placeName}
          />
          <RoleRows roles={roles} setRoles={setRoles} entities={entities} />
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={!ready}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            cancel
          </button>
        )}
      </div>
    </form>
  );
}

function FactRow({
  docId,
  fact,
  names,
  entities,
  places,
  onDecide,
  onEdit,
}: {
  docId: string;
  fact: FactView;
  names: Map<string, Known>;
  entities: Entities;
  places: Entities;
  onDecide: (f: FactView, kind: 'confirm' | 'reject') => void;
  onEdit: (f: FactView, change: FactInput) => void;
}) {
  const [editing, setEditing] = useState(false);
  const n = (id: string | null) => (id ? (names.get(id)?.name ?? id) : '—');
  const event = fact.kind === 'event';
  return (
    <li
      className={`fact status-${fact.status}`}
      data-testid="fact"
      data-fact-id={fact.id}
      data-status={fact.status}
    >
      <a href={href('article', docId, { hl: `${fact.start}-${fact.end}` })}>
        {event ? (
          <em>{fact.type.replaceAll('_', ' ')}</em>
        ) : (
          <>
            {n(fact.subjectId)}{' '}
            <em>
              {fact.negated ? 'NOT ' : ''}
              {fact.type.replaceAll('_', ' ')}
            </em>{' '}
            {n(fact.objectId)}
          </>
        )}
      </a>
      <span className={`badge status ${fact.status}`}>{fact.status}</span>
      {event && (
        <div className="event-detail" data-testid="event-detail">
          <span className="when">{fact.date ?? 'undated'}</span>
          {fact.place && <span className="where"> · in {fact.place}</span>}
          {(fact.participants ?? []).map((p) => (
            <span key={`${p.role}:${p.entityId}`} className="who">
              {' · '}
              {p.role}: <a href={href('entity', p.entityId)}>{p.name}</a>
            </span>
          ))}
        </div>
      )}
      <span className="actions">
        <button
          type="button"
          disabled={fact.status === 'confirmed'}
          onClick={() => onDecide(fact, 'confirm')}
        >
          confirm
        </button>
        <button type="button" disabled={fact.status === 'rejected'} onClick={() => onDecide(fact, 'reject')}>
          reject
        </button>
        <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          edit
        </button>
      </span>
      {editing && (
        <FactForm
          kindFixed
          entities={entities}
          places={places}
          submitLabel="save"
          initial={{
            kind: fact.kind,
            type: fact.type,
            negated: fact.negated,
            date: fact.date ?? null,
            placeId: fact.placeId ?? null,
            roles: (fact.participants ?? []).map((p) => ({ role: p.role, entityId: p.entityId })),
          }}
          onCancel={() => setEditing(false)}
          onSubmit={(f) => {
            setEditing(false);
            const change: FactInput = { type: f.type };
            if (fact.kind === 'relation') {
              if (f.negated !== fact.negated) change.negated = f.negated;
            } else {
              if ((f.date ?? null) !== (fact.date ?? null)) change.date = f.date ?? null;
              if ((f.placeId ?? null) !== (fact.placeId ?? null)) change.placeId = f.placeId ?? null;
              change.roles = f.roles;
            }
            onEdit(fact, change);
          }}
        />
      )}
    </li>
  );
}

const GRADES = ['A', 'B', 'C', 'D', 'E', 'F'];

/** One sidebar section of facts (ties or events), each row a FactRow. */
function FactList({
  title,
  facts,
  row,
}: {
  title: string;
  facts: FactView[];
  row: Omit<Parameters<typeof FactRow>[0], 'fact'>;
}) {
  return (
    <section>
      <h2>
        {title} <span className="count">{facts.length}</span>
      </h2>
      <ul className="facts">
        {facts.map((f) => (
          <FactRow key={f.id} fact={f} {...row} />
        ))}
      </ul>
    </section>
  );
}

function SourceGrade({ outlet }: { outlet: string }) {
  const sources = useLoad(() => api.sources(), [outlet]);
  const cur = sources.data?.items.find((s) => s.outlet === outlet);
  const [rel, setRel] = useState('');
  const [cred, setCred] = useState('');
  const [msg, setMsg] = useState('');
  const shown = cur?.reliability ? `${cur.reliability}${cur.credibility ?? ''}` : 'ungraded';
  return (
    <div className="grade">
      <span>
        {outlet}: <strong data-testid="grade">{shown}</strong>
      </span>
      <select aria-label="reliability" value={rel} onChange={(e) => setRel(e.target.value)}>
        <option value="">reliability</option>
        {GRADES.map((g) => (
          <option key={g}>{g}</option>
        ))}
      </select>
      <select aria-label="credibility" value={cred} onChange={(e) => setCred(e.target.value)}>
        <option value="">credibility</option>
        {[1, 2, 3, 4, 5, 6].map((g) => (
          <option key={g}>{g}</option>
        ))}
      </select>
      <button
        type="button"
        disabled={!rel || !cred}
        onClick={() =>
          api.grade(outlet, `${rel}${cred}`).then(
            () => {
              setMsg('saved');
              sources.reload();
            },
            (e: Error) => setMsg(e.message),
          )
        }
      >
        grade
      </button>
      {msg && <span className="muted"> {msg}</span>}
    </div>
  );
}

export function ArticleView({ id, highlight }: { id: string; highlight: string | null }) {
  const res = useLoad(() => api.document(id), [id]);
  const [msg, setMsg] = useState<string | null>(null);
  const [mergeA, setMergeA] = useState('');
  const [mergeB, setMergeB] = useState('');
  const [cited, setCited] = useState<{ start: number; end: number } | null>(null);
  const target = parseRange(highlight);
  const textRef = useRef<HTMLDivElement>(null);
  const doc = res.data;
  const names = useMemo(() => (doc ? entityNames(doc) : new Map<string, Known>()), [doc]);

  useEffect(() => {
    if (doc && target) textRef.current?.querySelector('[data-target]')?.scrollIntoView({ block: 'center' });
  }, [doc, target]);

  if (res.error) return <p className="error">{res.error}</p>;
  if (!doc) return <p className="muted">Loading…</p>;

  const decide = (p: Promise<unknown>, ok: string) =>
    p.then(
      () => {
        setMsg(ok);
        res.reload();
      },
      (e: Error) => setMsg(`Not saved: ${e.message}`),
    );
  const entities = [...names.entries()].sort((a, b) => a[1].name.localeCompare(b[1].name));
  const people = entities.filter(([, e]) => e.type === 'person');
  const relations = doc.facts.filter((f) => f.kind === 'relation');
  const events = doc.facts.filter((f) => f.kind === 'event');
  const onDecide = (f: FactView, kind: 'confirm' | 'reject') =>
    decide(api.decide({ kind, factId: f.id }), `${kind === 'confirm' ? 'Confirmed' : 'Rejected'}: ${f.type}`);
  const onEdit = (f: FactView, change: FactInput) =>
    decide(api.decide({ kind: 'edit', factId: f.id, fact: change }), `Edited: ${change.type ?? f.type}`);
  const places = entities.filter(([, e]) => e.type === 'place');
  const onSelect = (a: number, b: number) => setCited(sentenceAround(doc.text, a, b));
  const row = { docId: doc.id, names, entities, places, onDecide, onEdit };

  return (
    <div className="article">
      <article ref={textRef}>
        <h1>{doc.title ?? '(untitled)'}</h1>
        <p className="meta">
          {[doc.outlet, doc.published, doc.byline].filter(Boolean).join(' · ')}
          {doc.url && /^https?:\/\//i.test(doc.url) && (
            <>
              {' · '}
              <a href={doc.url} rel="noopener noreferrer nofollow" target="_blank">
                original
              </a>
            </>
          )}
        </p>
        <p className="legend">
          <span className="hl-mention">entity</span> <span className="hl-quote">quote</span>{' '}
          <span className="hl-fact">tie evidence</span>{' '}
          <span className="hl-fact fact-confirmed">confirmed</span>
        </p>
        <ArticleText doc={doc} names={names} target={target} onSelect={onSelect} />
      </article>
      <aside className="side" data-testid="extracted">
        {msg && (
          <p className="notice" role="status">
            {msg}
          </p>
        )}
        {doc.outlet && (
          <section>
            <h2>Source</h2>
            <SourceGrade outlet={doc.outlet} />
          </section>
        )}
        <FactList title="Ties" facts={relations} row={row} />
        {events.length > 0 && <FactList title="Events" facts={events} row={row} />}
        <section data-testid="add-fact">
          <h2>Add a tie or event</h2>
          {cited ? (
            <>
              <blockquote className="cited" data-testid="cited">
                {doc.text.slice(cited.start, cited.end)}
              </blockquote>
              <FactForm
                key={`${cited.start}-${cited.end}`}
                kindFixed={false}
                entities={entities}
                places={places}
                submitLabel="add"
                initial={{ kind: 'relation' }}
                onCancel={() => setCited(null)}
                onSubmit={(f) => {
                  setCited(null);
                  decide(
                    api.decide({ kind: 'add', fact: { ...f, documentId: doc.id, ...cited } }),
                    `Added: ${f.type}`,
                  );
                }}
              />
            </>
          ) : (
            <p className="muted">
              Select words in the article: their sentence is cited for a tie or event to add.
            </p>
          )}
        </section>
        <section>
          <h2>
            Quotes <span className="count">{doc.quotes.length}</span>
          </h2>
          <ul className="quotes small">
            {doc.quotes.map((q) => (
              <li key={q.id}>
                <div>“{q.text.length > 160 ? `${q.text.slice(0, 160)}…` : q.text}”</div>
                <label>
                  speaker{' '}
                  <select
                    aria-label="speaker"
                    value={q.speakerId ?? ''}
                    onChange={(e) =>
                      e.target.value &&
                      decide(
                        api.decide({ kind: 'speaker', quoteId: q.id, entityId: e.target.value }),
                        'Speaker fixed',
                      )
                    }
                  >
                    <option value="">{q.speakerText ?? 'unattributed'}</option>
                    {people.map(([pid, p]) => (
                      <option key={pid} value={pid}>
                        {p.name}
                      </option>
                    ))}
                  </select>
                </label>
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h2>
            Entities <span className="count">{entities.length}</span>
          </h2>
          <ul className="names">
            {entities.map(([eid, e]) => (
              <li key={eid}>
                <span className="dot" style={{ background: TYPE_COLOR[e.type] }} />
                <a href={href('entity', eid)}>{e.name}</a>
              </li>
            ))}
          </ul>
          <div className="merge">
            <select aria-label="merge this" value={mergeA} onChange={(e) => setMergeA(e.target.value)}>
              <option value="">merge…</option>
              {entities.map(([eid, e]) => (
                <option key={eid} value={eid}>
                  {e.name}
                </option>
              ))}
            </select>
            <select aria-label="into" value={mergeB} onChange={(e) => setMergeB(e.target.value)}>
              <option value="">…into</option>
              {entities
                .filter(([eid, e]) => eid !== mergeA && (!mergeA || e.type === names.get(mergeA)?.type))
                .map(([eid, e]) => (
                  <option key={eid} value={eid}>
                    {e.name}
                  </option>
                ))}
            </select>
            <button
              type="button"
              disabled={!mergeA || !mergeB}
              onClick={() =>
                decide(api.decide({ kind: 'merge', entityId: mergeB, otherId: mergeA }), 'Merged')
              }
            >
              merge
            </button>
          </div>
        </section>
      </aside>
    </div>
  );
}
