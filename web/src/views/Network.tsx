import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { type MutableRefObject, type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import Sigma from 'sigma';
import { api, type EntityType, type GraphData, type PathHop } from '../api.js';
import { TIE_TYPES } from '../cite.js';
import { chooseLabels, fitWithLabels, labelWidthPx } from '../network-fit.js';
import { components, packComponents } from '../network-pack.js';
import { bitmapPanning, type Detail, type PanStats } from '../network-pan.js';
import { plainPrograms } from '../network-programs.js';
import { nodeSize, sizeScale } from '../network-sizes.js';
import { href } from '../router.js';
import { select, useSelection } from '../selection.js';
import { communityColor, TIE_STYLE, type TieCategory, TYPE_COLOR, tieCategory } from '../style-map.js';
import { syntheticGraph } from '../synthetic.js';
import { ExportMenu } from './ExportMenu.js';
import { Timeline } from './Timeline.js';

const ENTITY_TYPES: EntityType[] = ['person', 'organization', 'place', 'handle'];
const GRADES = ['A', 'B', 'C', 'D', 'E', 'F'];

interface Filters {
  types: EntityType[];
  relTypes: string[];
  since: string;
  until: string;
  grade: string[];
  minCorroboration: number;
}

type NodeAttrs = {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  entityType: EntityType;
  community: number | string | null;
  mentions: number;
  /** drawn with its label whatever its size (see frame) */
  forceLabel?: boolean;
};
type EdgeAttrs = {
  size: number;
  color: string;
  type: string;
  tie: string;
  negated: boolean;
  category: TieCategory;
};

/** Adds nodes and edges not already in the graph; new nodes start near `near` or on a circle. */
function mergeInto(g: Graph<NodeAttrs, EdgeAttrs>, data: GraphData, near?: { x: number; y: number }): void {
  const n = data.nodes.length || 1;
  const scale = sizeScale(g.order + data.nodes.filter((node) => !g.hasNode(node.id)).length);
  // No `attributes` hint: with one, sigma repaints the nodes in place and throws on any it has
  // not indexed yet (nodes added since its last frame).
  if (g.order && scale !== sizeScale(g.order))
    g.updateEachNodeAttributes((_, a) => ({ ...a, size: nodeSize(a.mentions, scale) }));
  data.nodes.forEach((node, i) => {
    if (g.hasNode(node.id)) return;
    const a = (2 * Math.PI * i) / n;
    const r = near ? 0.5 + Math.random() : 10;
    g.addNode(node.id, {
      label: node.label,
      x: (near?.x ?? 0) + r * Math.cos(a),
      y: (near?.y ?? 0) + r * Math.sin(a),
      size: nodeSize(node.mentions, scale),
      color: TYPE_COLOR[node.type] ?? '#999',
      entityType: node.type,
      community: node.community ?? null,
      mentions: node.mentions,
    });
  });
  for (const e of data.edges) {
    if (g.hasEdge(e.id) || !g.hasNode(e.source) || !g.hasNode(e.target)) continue;
    const category = tieCategory(e.type, e.negated);
    const style = TIE_STYLE[category];
    g.addDirectedEdgeWithKey(e.id, e.source, e.target, {
      size: style.size + Math.min(3, ((e.corroboration ?? e.documents ?? 1) - 1) * 0.5),
      color: style.color,
      type: style.arrow ? 'arrow' : 'line',
      tie: e.type,
      negated: e.negated,
      category,
    });
  }
}

function layout(
  g: Graph<NodeAttrs, EdgeAttrs>,
  iterations: number,
  renderer: Sigma<NodeAttrs, EdgeAttrs> | null,
): void {
  if (g.order < 2) return;
  const settings = forceAtlas2.inferSettings(g);
  forceAtlas2.assign(g, { iterations, settings: { ...settings, barnesHutOptimize: g.order > 400 } });
  // Many small components: packed side by side, each with room for its labels, instead of
  // flung to the edges.
  const { width, height } = renderer?.getDimensions() ?? { width: 800, height: 600 };
  packComponents(g as unknown as Parameters<typeof packComponents>[0], {
    // sigma draws the nodes inside the stage padding
    width: width - 2 * STAGE_PADDING,
    height: height - 2 * STAGE_PADDING,
    labelWidth: (n) => {
      const a = g.getNodeAttributes(n);
      return (renderer ? labelWidthPx(renderer, a.label) : a.label.length * 7) + a.size + 6;
    },
  });
}

const STAGE_PADDING = 30;

/** Up to this many nodes, labels are chosen so that none covers another (chooseLabels). */
const SMALL_GRAPH = 80;

/** The nodes whose labels come first: the focus, and each component's busiest node. */
function firstLabels(g: Graph<NodeAttrs, EdgeAttrs>, focus: string | null): string[] {
  const first: string[] = [];
  if (focus && g.hasNode(focus)) first.push(focus);
  const comps = components(g as unknown as Parameters<typeof components>[0]);
  if (comps.length > 1 && comps.length <= 80)
    for (const c of comps) {
      const top = c.reduce((a, b) =>
        g.getNodeAttribute(b, 'mentions') > g.getNodeAttribute(a, 'mentions') ? b : a,
      );
      if (top !== focus) first.push(top);
    }
  return first;
}

/**
 * Frames the drawing with its labels inside the canvas. A small graph gets the labels
 * that fit without covering one another (`shown`, read by the node reducer); a large one
 * keeps sigma's label grid, with the first labels forced.
 */
function frame(
  g: Graph<NodeAttrs, EdgeAttrs>,
  renderer: Sigma<NodeAttrs, EdgeAttrs>,
  first: string[],
  shown: { current: Set<string> | null },
  reset = true,
): void {
  const small = g.order <= SMALL_GRAPH;
  const firsts = new Set(first);
  g.forEachNode((n) => g.setNodeAttribute(n, 'forceLabel', !small && firsts.has(n)));
  renderer.setSetting('labelRenderedSizeThreshold', labelThreshold(g.order));
  if (!small) {
    shown.current = null;
    fitWithLabels(renderer, 10, reset);
    return;
  }
  // the frame holds every label, then the ones that do not cover one another are kept
  shown.current = new Set(g.nodes());
  fitWithLabels(renderer, 10, reset);
  shown.current = chooseLabels(renderer, first, (n) => g.getNodeAttribute(n, 'mentions'));
  renderer.refresh();
}

function ensureCommunities(g: Graph<NodeAttrs, EdgeAttrs>): void {
  let missing = false;
  g.forEachNode((_, a) => {
    if (a.community === null) missing = true;
  });
  if (!missing || g.size === 0) return;
  // The API may not send communities; Louvain over the shown graph is a fair stand-in.
  const undirected = new Graph({ type: 'undirected', multi: false });
  g.forEachNode((n) => undirected.addNode(n));
  g.forEachEdge((_, __, s, t) => {
    if (s !== t && !undirected.hasEdge(s, t)) undirected.addEdge(s, t);
  });
  const parts = louvain(undirected);
  g.forEachNode((n, a) => {
    if (a.community === null) g.setNodeAttribute(n, 'community', parts[n] ?? null);
  });
}

/** Node sizes shrink on large graphs (network-sizes.ts); the label threshold with them. */
function labelThreshold(nodes: number): number {
  return nodes <= SMALL_GRAPH ? 0 : 8 * sizeScale(nodes);
}

function hopId(x: string | { id: string }): string {
  return typeof x === 'string' ? x : x.id;
}

function exportPng(renderer: Sigma<NodeAttrs, EdgeAttrs>): void {
  renderer.refresh();
  // WebGL buffers are cleared after compositing, so copy them in the same task as the redraw.
  const canvases = renderer.getCanvases();
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = width * ratio;
  out.height = height * ratio;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, out.width, out.height);
  for (const c of Object.values(canvases)) ctx.drawImage(c, 0, 0, out.width, out.height);
  const a = document.createElement('a');
  a.download = 'dossier-network.png';
  a.href = out.toDataURL('image/png');
  a.click();
}

/** Hops around the focus when the route does not say. */
const DEFAULT_DEPTH = 2;

const toggle = <T,>(list: T[], x: T) => (list.includes(x) ? list.filter((y) => y !== x) : [...list, x]);

/** The left column: what the graph shows (entity and tie types, dates, grades, corroboration) and how. */
function NetworkFilters({
  around,
  filters,
  setFilters,
  colourBy,
  setColourBy,
}: {
  around: string | null;
  filters: Filters;
  setFilters: (f: (old: Filters) => Filters) => void;
  colourBy: 'type' | 'community';
  setColourBy: (c: 'type' | 'community') => void;
}) {
  return (
    <aside className="net-filters">
      <ExportMenu
        params={{
          entity: around ?? undefined,
          hops: around ? 2 : undefined,
          since: filters.since || undefined,
          until: filters.until || undefined,
          minCorroboration: filters.minCorroboration > 1 ? filters.minCorroboration : undefined,
        }}
      />
      <h2>Entities</h2>
      {ENTITY_TYPES.map((t) => (
        <label key={t} className="check">
          <input
            type="checkbox"
            checked={filters.types.length === 0 || filters.types.includes(t)}
            onChange={() =>
              setFilters((f) => {
                const cur = f.types.length ? f.types : ENTITY_TYPES;
                const next = toggle(cur, t);
                return { ...f, types: next.length === ENTITY_TYPES.length ? [] : next };
              })
            }
          />
          <span className="dot" style={{ background: TYPE_COLOR[t] }} /> {t}
        </label>
      ))}
      <h2>Ties</h2>
      <select
        multiple
        aria-label="tie types"
        size={6}
        value={filters.relTypes}
        onChange={(e) =>
          setFilters((f) => ({ ...f, relTypes: [...e.target.selectedOptions].map((o) => o.value) }))
        }
      >
        {TIE_TYPES.map((t) => (
          <option key={t} value={t}>
            {t.replaceAll('_', ' ')}
          </option>
        ))}
      </select>
      <h2>Dates</h2>
      <input
        type="date"
        aria-label="since"
        value={filters.since}
        onChange={(e) => setFilters((f) => ({ ...f, since: e.target.value }))}
      />
      <input
        type="date"
        aria-label="until"
        value={filters.until}
        onChange={(e) => setFilters((f) => ({ ...f, until: e.target.value }))}
      />
      <h2>Source grade</h2>
      <div className="grades">
        {GRADES.map((g) => (
          <label key={g} className="check inline">
            <input
              type="checkbox"
              checked={filters.grade.includes(g)}
              onChange={() => setFilters((f) => ({ ...f, grade: toggle(f.grade, g) }))}
            />
            {g}
          </label>
        ))}
      </div>
      <h2>Min. corroboration</h2>
      <input
        type="number"
        min={1}
        max={20}
        value={filters.minCorroboration}
        onChange={(e) =>
          setFilters((f) => ({ ...f, minCorroboration: Math.max(1, Number(e.target.value) || 1) }))
        }
      />
      <h2>Colour</h2>
      <label className="check">
        <input type="radio" checked={colourBy === 'type'} onChange={() => setColourBy('type')} /> by type
      </label>
      <label className="check">
        <input type="radio" checked={colourBy === 'community'} onChange={() => setColourBy('community')} /> by
        community
      </label>
      <h2>Legend</h2>
      <ul className="legend-list">
        {(Object.keys(TIE_STYLE) as TieCategory[]).map((c) => (
          <li key={c}>
            <span
              className={`edge-swatch ${TIE_STYLE[c].arrow ? 'arrow' : ''}`}
              style={{ background: TIE_STYLE[c].color }}
            />
            {TIE_STYLE[c].label}
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** The shortest path found between two picked nodes, each hop with its evidence. */
function PathList({ path, graph }: { path: PathHop[]; graph: Graph<NodeAttrs, EdgeAttrs> }) {
  return (
    <ol className="path" data-testid="path">
      {path.map((h, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: hops are ordered
        <li key={i}>
          {graph.hasNode(hopId(h.from)) ? graph.getNodeAttribute(hopId(h.from), 'label') : hopId(h.from)}{' '}
          <em>
            {h.negated ? 'NOT ' : ''}
            {h.type.replaceAll('_', ' ')}
          </em>{' '}
          {graph.hasNode(hopId(h.to)) ? graph.getNodeAttribute(hopId(h.to), 'label') : hopId(h.to)}
          {h.evidence && (
            <div>
              <a href={href('article', h.evidence.documentId)}>“{h.evidence.sentence}”</a>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}

/** What the reducers read, kept in a ref: sigma calls them outside React. */
interface ViewState {
  colourBy: 'type' | 'community';
  path: Set<string> | null;
  pathEdges: Set<string> | null;
  hovered: string | null;
  sel: string | undefined;
  picks: string[];
}

/** The sigma renderer on `container`, for the component's lifetime: reducers, panning, label choice at rest. */
function useRenderer(
  graph: Graph<NodeAttrs, EdgeAttrs>,
  container: RefObject<HTMLDivElement | null>,
  sigmaRef: MutableRefObject<Sigma<NodeAttrs, EdgeAttrs> | null>,
  view: MutableRefObject<ViewState>,
  shown: MutableRefObject<Set<string> | null>,
  first: MutableRefObject<string[]>,
  setHovered: (node: string | null) => void,
): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the refs and the setter are the component's, stable for its life; the renderer follows the graph
  useEffect(() => {
    if (!container.current) return;
    // Set by bitmapPanning before each redraw, read by the programs (network-programs.ts).
    const detail: Detail = { lean: false, leanAboveEdges: 1000 };
    const renderer = new Sigma<NodeAttrs, EdgeAttrs>(graph, container.current, {
      // Sigma's own shaders, drawn without instancing: far cheaper on software WebGL.
      // On large graphs, frames drawn while the camera moves use 1-pixel edge lines.
      ...plainPrograms<NodeAttrs, EdgeAttrs>(() => detail.lean),
      // Labels are drawn on a 2D canvas; they come back when the camera stops.
      hideLabelsOnMove: true,
      renderEdgeLabels: false,
      enableEdgeEvents: false,
      // A label only for nodes drawn at least this many pixels wide (scaled with the node
      // sizes, see labelThreshold), and fewer per grid cell.
      labelRenderedSizeThreshold: labelThreshold(graph.order),
      labelDensity: 0.5,
      // Room around the nodes; the labels that run past it are brought in by fitWithLabels.
      stagePadding: STAGE_PADDING,
      zIndex: true,
      nodeReducer: (node, attrs) => {
        const v = view.current;
        const out: Partial<NodeAttrs> & { highlighted?: boolean; zIndex?: number } = { ...attrs };
        if (v.colourBy === 'community') out.color = communityColor(attrs.community);
        if (v.path) {
          if (v.path.has(node)) {
            out.highlighted = true;
            out.zIndex = 2;
          } else {
            out.color = '#e9ecef';
            out.label = '';
          }
        }
        if (v.picks.includes(node) || node === v.sel || node === v.hovered) out.highlighted = true;
        if (shown.current) {
          out.forceLabel = shown.current.has(node);
          if (!out.forceLabel && !out.highlighted) out.label = '';
        }
        return out;
      },
      edgeReducer: (edge, attrs) => {
        const v = view.current;
        if (!v.pathEdges) return attrs;
        const [s, t] = graph.extremities(edge);
        const on = v.pathEdges.has(`${s}|${t}`) || v.pathEdges.has(`${t}|${s}`);
        return on ? { ...attrs, size: attrs.size + 3, zIndex: 2 } : { ...attrs, color: '#f1f3f5' };
      },
    });
    // A drag moves the last picture and redraws when it stops (see network-pan.ts).
    const pan = bitmapPanning(renderer as unknown as Sigma, detail);
    sigmaRef.current = renderer;
    // For bench/ui.ts and the browser tests.
    Object.assign(window, {
      __dossierSigma: renderer,
      __dossierPan: pan.stats satisfies PanStats,
      __dossierDetail: detail,
    });
    renderer.on('enterNode', ({ node }) => setHovered(node));
    renderer.on('leaveNode', () => setHovered(null));
    // A small graph's labels are chosen again when the camera comes to rest (zooming in
    // makes room for more); the camera is left where the user put it.
    let rest: ReturnType<typeof setTimeout> | undefined;
    const camera = renderer.getCamera();
    const onCamera = () => {
      if (!shown.current) return;
      clearTimeout(rest);
      rest = setTimeout(() => {
        if (!shown.current || graph.order > SMALL_GRAPH) return;
        shown.current = chooseLabels(renderer, first.current, (n) => graph.getNodeAttribute(n, 'mentions'));
        renderer.refresh();
      }, 200);
    };
    camera.on('updated', onCamera);
    return () => {
      clearTimeout(rest);
      camera.off('updated', onCamera);
      pan.dispose();
      renderer.kill();
      sigmaRef.current = null;
    };
  }, [graph]);
}

export default function NetworkView({
  around,
  depth: depthParam,
  synthetic,
}: {
  around: string | null;
  depth?: string | null;
  synthetic: string | null;
}) {
  const depth = Math.min(3, Math.max(1, Number(depthParam) || DEFAULT_DEPTH));
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma<NodeAttrs, EdgeAttrs> | null>(null);
  const graph = useMemo(() => new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: 'directed' }), []);
  const [filters, setFilters] = useState<Filters>({
    types: [],
    relTypes: [],
    since: '',
    until: '',
    grade: [],
    minCorroboration: 1,
  });
  const [colourBy, setColourBy] = useState<'type' | 'community'>('type');
  const [pathMode, setPathMode] = useState(false);
  const [picks, setPicks] = useState<string[]>([]);
  const [path, setPath] = useState<PathHop[] | null>(null);
  const [status, setStatus] = useState<string>('Loading…');
  const [count, setCount] = useState<{ nodes: number; edges: number; of?: number }>({ nodes: 0, edges: 0 });
  const [hovered, setHovered] = useState<string | null>(null);
  const [focusName, setFocusName] = useState<string | null>(null);
  // Labels a small graph shows (see frame); null leaves the choice to sigma.
  const shown = useRef<Set<string> | null>(null);
  const first = useRef<string[]>([]);
  const sel = useSelection();

  // Read by the reducers, which sigma calls outside React.
  const view = useRef<ViewState>({ colourBy, path: null, pathEdges: null, hovered, sel: sel?.id, picks });
  view.current = {
    colourBy,
    path: path ? new Set(path.flatMap((h) => [hopId(h.from), hopId(h.to)])) : null,
    pathEdges: path ? new Set(path.map((h) => `${hopId(h.from)}|${hopId(h.to)}`)) : null,
    hovered,
    sel: sel?.id,
    picks,
  };

  useRenderer(graph, container, sigmaRef, view, shown, first, setHovered);

  // (Re)load when the filters or the focus change.
  useEffect(() => {
    let live = true;
    setPath(null);
    setPicks([]);
    const load = async (): Promise<GraphData> => {
      if (synthetic) {
        const [n, m] = synthetic.split(',').map(Number);
        return syntheticGraph(n || 2000, m || 5000);
      }
      return api.graph({
        around: around ?? undefined,
        depth: around ? depth : undefined,
        types: filters.types,
        relTypes: filters.relTypes,
        since: filters.since || undefined,
        until: filters.until || undefined,
        grade: filters.grade,
        minCorroboration: filters.minCorroboration > 1 ? filters.minCorroboration : undefined,
        limit: 500,
      });
    };
    setStatus('Loading…');
    load().then(
      (data) => {
        if (!live) return;
        graph.clear();
        mergeInto(graph, data);
        if (synthetic) {
          // Synthetic graphs arrive with positions (a layout of 2k nodes would skew the benchmark).
          for (const node of data.nodes as (GraphData['nodes'][number] & { x: number; y: number })[])
            graph.mergeNodeAttributes(node.id, { x: node.x, y: node.y });
        } else layout(graph, graph.order > 1000 ? 60 : 200, sigmaRef.current);
        ensureCommunities(graph);
        first.current = firstLabels(graph, around);
        // The server answers one page, best-corroborated first: say so when there is more.
        setCount({ nodes: graph.order, edges: graph.size, of: data.more ? data.total : undefined });
        setStatus(graph.order ? '' : 'No ties match these filters.');
        if (around && graph.hasNode(around)) {
          const name = graph.getNodeAttribute(around, 'label');
          setFocusName(name);
          select({ id: around, name });
        } else setFocusName(null);
        if (sigmaRef.current) frame(graph, sigmaRef.current, first.current, shown);
      },
      (e: Error) => live && setStatus(e.message),
    );
    return () => {
      live = false;
    };
  }, [graph, around, depth, synthetic, filters]);

  // Clicks: pick for a path, or select and expand.
  useEffect(() => {
    const renderer = sigmaRef.current;
    if (!renderer) return;
    const onClick = ({ node }: { node: string }) => {
      const label = graph.getNodeAttribute(node, 'label');
      if (pathMode) {
        setPicks((p) => (p.length >= 2 ? [node] : p.includes(node) ? p : [...p, node]));
        return;
      }
      select({ id: node, name: label });
      if (synthetic) return;
      const at = graph.getNodeAttributes(node);
      api.graph({ around: node, depth: 1, limit: 200 }).then((data) => {
        const before = graph.order;
        mergeInto(graph, data, { x: at.x, y: at.y });
        if (graph.order > before) {
          ensureCommunities(graph);
          first.current = firstLabels(graph, around);
          // the camera moves only as far as the new nodes need; they get labels where there is room
          frame(graph, renderer, first.current, shown, false);
          setCount({ nodes: graph.order, edges: graph.size });
        }
      });
    };
    const onStage = () => !pathMode && select(null);
    renderer.on('clickNode', onClick);
    renderer.on('clickStage', onStage);
    return () => {
      renderer.off('clickNode', onClick);
      renderer.off('clickStage', onStage);
    };
  }, [graph, pathMode, synthetic, around]);

  useEffect(() => {
    if (picks.length !== 2) return;
    setStatus('Finding a path…');
    api.path(picks[0]!, picks[1]!).then(
      (r) => {
        const p = r.paths[0] ?? null;
        setPath(p);
        setStatus(p ? '' : 'No path between these two.');
      },
      (e: Error) => setStatus(e.message),
    );
  }, [picks]);

  // Colour mode, path, hover and selection only change the reducers' output.
  // biome-ignore lint/correctness/useExhaustiveDependencies: these are what the reducers read
  useEffect(() => {
    sigmaRef.current?.refresh({ skipIndexation: true });
  }, [colourBy, path, hovered, sel, picks]);

  const selected = sel && graph.hasNode(sel.id) ? graph.getNodeAttributes(sel.id) : null;

  return (
    <div className="network">
      <NetworkFilters
        around={around}
        filters={filters}
        setFilters={setFilters}
        colourBy={colourBy}
        setColourBy={setColourBy}
      />
      <section className="net-main">
        {around && (
          <div className="net-focus" data-testid="net-focus">
            Around <strong>{focusName ?? '…'}</strong>
            {[1, 2, 3].map((d) => (
              <a
                key={d}
                className={`button small${d === depth ? ' active' : ''}`}
                href={href('network', undefined, { around, depth: d === DEFAULT_DEPTH ? undefined : d })}
                aria-current={d === depth ? 'true' : undefined}
              >
                {d} {d === 1 ? 'hop' : 'hops'}
              </a>
            ))}
            <a href={href('entity', around)}>entity page</a>
            <a href={href('network')}>whole network</a>
          </div>
        )}
        <div className="net-toolbar">
          <span className="muted" data-testid="net-count">
            {count.nodes} nodes · {count.edges} ties
            {count.of !== undefined &&
              ` (the best-corroborated of ${count.of}; narrow the filters for the rest)`}
          </span>
          <button
            type="button"
            className={pathMode ? 'active' : ''}
            onClick={() => {
              setPathMode(!pathMode);
              setPicks([]);
              setPath(null);
            }}
          >
            {pathMode ? `Pick two nodes (${picks.length}/2)` : 'Shortest path'}
          </button>
          <button type="button" onClick={() => sigmaRef.current && exportPng(sigmaRef.current)}>
            Export PNG
          </button>
          <button
            type="button"
            onClick={() => sigmaRef.current && frame(graph, sigmaRef.current, first.current, shown)}
          >
            Fit
          </button>
          {status && <span className="muted">{status}</span>}
        </div>
        <div className="sigma" ref={container} data-testid="sigma" data-nodes={count.nodes} />
        {path && <PathList path={path} graph={graph} />}
      </section>
      <aside className="net-side">
        {selected && sel ? (
          <div className="selected">
            <h2>
              <span className="dot" style={{ background: TYPE_COLOR[selected.entityType] }} />
              {selected.label}
            </h2>
            <p className="muted">
              {selected.entityType} · {selected.mentions} mentions · {graph.degree(sel.id)} ties shown
            </p>
            <p>
              <a href={href('entity', sel.id)}>Open entity page</a>
              {sel.id !== around && (
                <>
                  {' · '}
                  <a href={href('network', undefined, { around: sel.id })} data-testid="centre-on">
                    Network around it
                  </a>
                </>
              )}
            </p>
          </div>
        ) : (
          <p className="muted">Click a node to select and expand it.</p>
        )}
        <h2>Timeline</h2>
        <Timeline compact />
      </aside>
    </div>
  );
}
