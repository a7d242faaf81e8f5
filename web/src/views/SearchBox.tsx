import { useEffect, useRef, useState } from 'react';
import { api, type Suggest } from '../api.js';
import { go, href } from '../router.js';
import { TYPE_COLOR } from '../style-map.js';

interface Option {
  key: string;
  url: string;
  label: string;
  hint: string;
  group: string;
}

function options(s: Suggest | null): Option[] {
  if (!s) return [];
  return [
    ...s.entities.map((e) => ({
      key: `e${e.id}`,
      url: href('entity', e.id),
      label: e.name,
      hint: `${e.type} · ${e.mentions} mentions`,
      group: 'Entities',
    })),
    ...s.documents.map((d) => ({
      key: `d${d.id}`,
      url: href('article', d.id),
      label: d.title ?? '(untitled)',
      hint: 'article',
      group: 'Articles',
    })),
    ...s.quotes.map((q) => ({
      key: `q${q.id}`,
      url: q.documentId
        ? href('article', q.documentId)
        : href('search', undefined, { q: q.text, type: 'quote' }),
      label: `“${q.text.length > 90 ? `${q.text.slice(0, 90)}…` : q.text}”`,
      hint: q.speaker ?? 'unattributed',
      group: 'Quotes',
    })),
  ];
}

export function SearchBox({
  compact = false,
  autoFocus = false,
}: {
  compact?: boolean;
  autoFocus?: boolean;
}) {
  const [q, setQ] = useState('');
  const [sug, setSug] = useState<Suggest | null>(null);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    window.clearTimeout(timer.current);
    if (q.trim().length < 2) {
      setSug(null);
      return;
    }
    const ctl = new AbortController();
    timer.current = window.setTimeout(() => {
      api.suggest(q.trim(), ctl.signal).then(
        (s) => {
          setSug(s);
          setActive(-1);
        },
        () => undefined,
      );
    }, 120);
    return () => ctl.abort();
  }, [q]);

  const opts = options(sug);
  const submit = () => {
    setOpen(false);
    if (active >= 0 && opts[active]) go(opts[active].url);
    else if (q.trim()) go(href('search', undefined, { q: q.trim() }));
  };

  return (
    <form
      className={`searchbox ${compact ? 'compact' : ''}`}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <input
        type="search"
        name="q"
        aria-label="Search entities, articles and quotes"
        placeholder="Search people, groups, places, articles, quotes…"
        value={q}
        // biome-ignore lint/a11y/noAutofocus: the home page is a search page
        autoFocus={autoFocus}
        autoComplete="off"
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, opts.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, -1));
          else if (e.key === 'Escape') setOpen(false);
          else return;
          e.preventDefault();
        }}
      />
      {open && opts.length > 0 && (
        <ul className="suggestions">
          {opts.map((o, i) => (
            <li key={o.key} className={i === active ? 'active' : ''}>
              {(i === 0 || opts[i - 1]!.group !== o.group) && <div className="group">{o.group}</div>}
              <a href={o.url} onMouseDown={() => go(o.url)} className="suggestion">
                {o.group === 'Entities' && (
                  <span
                    className="dot"
                    style={{ background: TYPE_COLOR[sug?.entities[i]?.type ?? 'person'] ?? '#999' }}
                  />
                )}
                <span className="label">{o.label}</span>
                <span className="hint">{o.hint}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
