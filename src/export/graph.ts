// The network for Gephi and other graph tools: GEXF 1.3 (graphology-gexf's
// writer, then dynamic spells added to each node and edge it wrote) and GraphML (written here
// as a stream; graphology-graphml only parses, and the tests re-read our output
// with it). Nodes are the ends of the exported ties, as `dossier graph --json`.
import { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import gexf from 'graphology-gexf';
import { Screening } from '../api/screening.js';
import { ApiQueries } from '../store/api-queries.js';
import type { ExportSource, XEntity } from './source.js';

// The package is CommonJS (module.exports = fn) while its types declare a default export.
const louvain = louvainModule as unknown as typeof louvainModule.default;
/** Ties that do not make two entities one camp: left out of community detection (as the network view). */
const APART = new Set(['rival_of', 'split_from', 'expelled_from', 'arrested_by']);

export interface NodeAttributes {
  label: string;
  type: string;
  kind: string;
  mentions: number;
  documents: number;
  first_seen: string;
  last_seen: string;
  screening: string;
  community: number;
}

export interface EdgeAttributes {
  tie_type: string;
  negated: boolean;
  status: string;
  corroboration: number;
  grade: string;
  evidence: string;
  first_seen: string;
  last_seen: string;
}

/** A dossier date as xsd:date (GEXF spells): "2015-08" → "2015-08-01". */
function xsdDate(d: string | null | undefined): string {
  if (!d) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d);
  return m ? `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}` : '';
}

/** Screening status per entity: the strongest of its hits (confirmed > open > dismissed); "none" without a hit, "unscreened" without lists. */
function screeningStatus(src: ExportSource): (id: string) => string {
  const has = src.db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'screen_entries'")
    .get();
  if (!has) return () => 'unscreened';
  const rank = { confirmed: 3, open: 2, dismissed: 1 } as const;
  const best = new Map<string, keyof typeof rank>();
  for (const h of new Screening(src.db, new ApiQueries(src.db)).hits()) {
    const prev = best.get(h.entityId);
    if (!prev || rank[h.status] > rank[prev]) best.set(h.entityId, h.status);
  }
  return (id) => best.get(id) ?? 'none';
}

/** The exported ties as a graphology multigraph with dossier's attributes and Louvain communities. */
export function buildExportGraph(src: ExportSource): MultiDirectedGraph<NodeAttributes, EdgeAttributes> {
  const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const screening = screeningStatus(src);
  const addNode = (e: XEntity) =>
    g.mergeNode(e.id, {
      label: e.name,
      type: e.type,
      kind: e.kind ?? '',
      mentions: e.mentions,
      documents: e.documents,
      first_seen: xsdDate(e.firstSeen),
      last_seen: xsdDate(e.lastSeen),
      screening: screening(e.id),
      community: -1,
    });
  const ensure = (id: string) => {
    if (g.hasNode(id)) return;
    const e = src.entity(id);
    if (e) addNode(e);
  };
  if (src.opts.entity) ensure(src.opts.entity);
  for (const t of src.ties()) {
    ensure(t.subject);
    ensure(t.object);
    const dates = t.sources
      .map((s) => xsdDate(s.published))
      .filter(Boolean)
      .sort();
    let grade = '';
    for (const s of t.sources) if (s.grade && (!grade || s.grade < grade)) grade = s.grade;
    g.addDirectedEdgeWithKey(t.id, t.subject, t.object, {
      tie_type: t.type,
      negated: t.negated,
      status: t.status ?? '',
      corroboration: t.corroboration,
      grade,
      evidence: t.sources[0]?.sentence ?? '',
      first_seen: dates[0] ?? '',
      last_seen: dates[dates.length - 1] ?? '',
    });
  }
  const ug = new UndirectedGraph();
  g.forEachNode((n) => ug.addNode(n));
  g.forEachEdge((_k, a, s, t) => {
    if (a.negated || a.status === 'rejected' || APART.has(a.tie_type) || s === t) return;
    if (ug.hasEdge(s, t)) ug.updateEdgeAttribute(s, t, 'weight', (w: number) => w + a.corroboration);
    else ug.addEdge(s, t, { weight: a.corroboration });
  });
  // Seeded so the same store gets the same communities on every export.
  let seed = 42;
  const rng = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  const communities: Record<string, number> =
    ug.size > 0 ? louvain(ug, { getEdgeWeight: 'weight', rng }) : {};
  let lone = 0;
  g.forEachNode((n) => g.setNodeAttribute(n, 'community', communities[n] ?? -1 - lone++));
  return g;
}

/** GEXF 1.3, dynamic: each node and edge carries a spell from first to last seen. */
export function* gexfDocument(src: ExportSource): Generator<string> {
  const g = buildExportGraph(src);
  const xml = gexf.write(g, {
    version: '1.3',
    formatNode: (_k, a) => {
      const { label, ...attributes } = a;
      return { label, attributes };
    },
    formatEdge: (_k, a) => ({ label: a.tie_type, weight: a.corroboration, attributes: a }),
  });
  // The writer puts nodes and edges in the graph's order, each closed by its own tag.
  const spell = (first: string, last: string) =>
    first ? `<spells><spell start="${first}" end="${last && last >= first ? last : first}"/></spells>` : '';
  const nodes = g.nodes();
  const edges = g.edges();
  let n = 0;
  let e = 0;
  const text = xml
    .replace(/<graph /, '<graph mode="dynamic" timeformat="date" ')
    .replace(/<\/node>|<\/edge>/g, (close) => {
      const a = close === '</node>' ? g.getNodeAttributes(nodes[n++]) : g.getEdgeAttributes(edges[e++]);
      return spell(a.first_seen, a.last_seen) + close;
    });
  for (let i = 0; i < text.length; i += 1 << 16) yield text.slice(i, i + (1 << 16));
}

const escapeXml = (s: string) =>
  s
    .replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!)
    // XML 1.0 forbids most control characters even escaped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

const NODE_KEYS: [keyof NodeAttributes, string][] = [
  ['label', 'string'],
  ['type', 'string'],
  ['kind', 'string'],
  ['mentions', 'int'],
  ['documents', 'int'],
  ['first_seen', 'string'],
  ['last_seen', 'string'],
  ['screening', 'string'],
  ['community', 'int'],
];
const EDGE_KEYS: [keyof EdgeAttributes, string][] = [
  ['tie_type', 'string'],
  ['negated', 'boolean'],
  ['status', 'string'],
  ['corroboration', 'int'],
  ['grade', 'string'],
  ['evidence', 'string'],
  ['first_seen', 'string'],
  ['last_seen', 'string'],
];

/** GraphML with typed keys for every node and edge attribute. */
export function* graphmlDocument(src: ExportSource): Generator<string> {
  const g = buildExportGraph(src);
  let head =
    '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
  for (const [k, t] of NODE_KEYS)
    head += `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>\n`;
  for (const [k, t] of EDGE_KEYS)
    head += `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>\n`;
  yield `${head}  <graph id="dossier" edgedefault="directed">\n`;
  const data = (prefix: string, a: Record<string, unknown>, keys: [string, string][]) =>
    keys.map(([k]) => `<data key="${prefix}_${k}">${escapeXml(String(a[k] ?? ''))}</data>`).join('');
  for (const n of g.nodes())
    yield `    <node id="${escapeXml(n)}">${data('n', g.getNodeAttributes(n) as unknown as Record<string, unknown>, NODE_KEYS)}</node>\n`;
  for (const e of g.edges())
    yield `    <edge id="${escapeXml(e)}" source="${escapeXml(g.source(e))}" target="${escapeXml(g.target(e))}">${data('e', g.getEdgeAttributes(e) as unknown as Record<string, unknown>, EDGE_KEYS)}</edge>\n`;
  yield '  </graph>\n</graphml>\n';
}
