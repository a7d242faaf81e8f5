import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { useMemo, useState } from 'react';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-110m.json';
import { api } from '../api.js';
import { setDateRange, useDateRange } from '../date-range.js';
import { useLoad } from '../hooks.js';
import { layoutLabels, measureLabel, placeName } from '../place-labels.js';
import { go, href } from '../router.js';
import { IncidentMarks } from './Incidents.js';

const W = 960;
const H = 500;

/** Offline map: Natural Earth 1:110m outlines bundled from world-atlas, places as circles. */
export default function MapView() {
  const { since, until } = useDateRange();
  const places = useLoad(() => api.places(since || undefined, until || undefined), [since, until]);
  const [hover, setHover] = useState<string | null>(null);
  const { land, borders, projection } = useMemo(() => {
    const topo = countries as unknown as Topology<{ countries: GeometryCollection }>;
    const land = feature(topo, topo.objects.countries);
    const borders = mesh(topo, topo.objects.countries, (a, b) => a !== b);
    const projection = geoNaturalEarth1().fitSize([W, H], land);
    return { land, borders, projection };
  }, []);
  const path = geoPath(projection);
  const items = (places.data?.items ?? []).filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  const max = Math.max(1, ...items.map((p) => p.mentions));
  const radius = (m: number) => 3 + 17 * Math.sqrt(m / max);
  // A few hundred places at most: laid out on every render, biggest first.
  const labels = layoutLabels(
    [...items]
      .sort((a, b) => b.mentions - a.mentions)
      .flatMap((p) => {
        const xy = projection([p.lon, p.lat]);
        return xy ? [{ id: p.id, x: xy[0], y: xy[1], r: radius(p.mentions), text: placeName(p.name) }] : [];
      }),
    11,
    W,
    H,
    (t) => measureLabel(t, `11px ${getComputedStyle(document.body).fontFamily}`),
  );
  const notLocated = places.data?.notLocated ?? [];
  return (
    <div className="map">
      <h1>Map</h1>
      <div className="filters" data-testid="map-filters">
        <label>
          from <input type="date" value={since} onChange={(e) => setDateRange({ since: e.target.value })} />
        </label>
        <label>
          to <input type="date" value={until} onChange={(e) => setDateRange({ until: e.target.value })} />
        </label>
        <span className="muted">
          {since || until
            ? 'places named in articles published in this range (the timeline shows the same range)'
            : 'all articles'}
        </span>
      </div>
      {places.error && <p className="error">{places.error}</p>}
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="world"
        data-testid="map"
        role="img"
        aria-label="Places on a world map"
      >
        <path d={path({ type: 'Sphere' }) ?? ''} className="sphere" />
        <g className="countries">
          {land.features.map((f, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: some features have no id
            <path key={i} d={path(f) ?? ''} />
          ))}
        </g>
        <path d={path(borders) ?? ''} className="borders" />
        {[...items]
          .sort((a, b) => b.mentions - a.mentions)
          .map((p) => {
            const xy = projection([p.lon, p.lat]);
            if (!xy) return null;
            const r = radius(p.mentions);
            return (
              // biome-ignore lint/a11y/useSemanticElements: an SVG circle cannot be a <button>
              <circle
                key={p.id}
                cx={xy[0]}
                cy={xy[1]}
                r={r}
                className={`place ${hover === p.id ? 'hover' : ''}`}
                role="button"
                tabIndex={0}
                onMouseEnter={() => setHover(p.id)}
                onMouseLeave={() => setHover(null)}
                onClick={() => go(href('entity', p.id))}
                onKeyDown={(e) => e.key === 'Enter' && go(href('entity', p.id))}
              >
                <title>{`${placeName(p.name)}${p.country ? `, ${p.country}` : ''}: ${p.mentions} mentions`}</title>
              </circle>
            );
          })}
        <IncidentMarks projection={projection} since={since || undefined} until={until || undefined} />
        <g className="labels" data-testid="map-labels">
          {labels.map((l) => (
            <text key={l.id} x={l.x} y={l.y} textAnchor={l.anchor} className="place-label">
              {l.text}
            </text>
          ))}
        </g>
      </svg>
      {notLocated.length > 0 && (
        <section className="not-located" data-testid="not-located">
          <h2>
            Not located <span className="count">{notLocated.length}</span>
          </h2>
          <p className="muted">Places named in the articles that the gazetteer cannot place on the map.</p>
          <ul className="names">
            {notLocated.map((p) => (
              <li key={p.id}>
                <a href={href('entity', p.id)}>{placeName(p.name)}</a>{' '}
                <span className="muted">{p.mentions}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <table className="dense">
        <tbody>
          {[...items]
            .sort((a, b) => b.mentions - a.mentions)
            .slice(0, 30)
            .map((p) => (
              <tr key={p.id} onMouseEnter={() => setHover(p.id)} onMouseLeave={() => setHover(null)}>
                <td>
                  <a href={href('entity', p.id)}>{placeName(p.name)}</a>
                </td>
                <td className="muted">{p.country}</td>
                <td className="num">{p.mentions}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
