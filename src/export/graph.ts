// The network for Gephi and other graph tools: GEXF 1.3 with dynamic spells, and GraphML,
// both written here as streams (the tests re-read them with graphology-gexf's and
// graphology-graphml's parsers). Nodes are the ends of the exported ties, as `dossier graph
// --json`; communities are graphology's Louvain over the ties that make two entities one camp.
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import { Screening } from '../api/screening.js';
import { ApiQueries } from '../store/api-queries.js';
import type { ExportSource, XEntity, XTie } from './source.js';

// The package is CommonJS (module.exports = fn) while its types declare a default export.
const louvain = louvainModule as unknown as typeof louvainModule.default;
/** Ties that do not make two entities one camp: left out of community detection (as the network view). */
const APART = new Set(['rival_of', 'split_from', 'expelled_from', 'arrested_by']);

interface NodeAttributes {
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

interface EdgeAttributes {
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
  const q = new ApiQueries(src.db);
  for (const h of new Screening(() => src.db, { targetStatus: async (t) => q.targetStatus(t) }).hitsWith(
    (t) => q.targetStatus(t),
  )) {
    const prev = best.get(h.entityId);
    if (!prev || rank[h.status] > rank[prev]) best.set(h.entityId, h.status);
  }
  return (id) => best.get(id) ?? 'none';
}

/** A node's attributes, community aside. */
function nodeAttributes(e: XEntity, screening: string): NodeAttributes {
  return {
    label: e.name,
    type: e.type,
    kind: e.kind ?? '',
    mentions: e.mentions,
    documents: e.documents,
    first_seen: xsdDate(e.firstSeen),
    last_seen: xsdDate(e.lastSeen),
    screening,
    community: -1,
  };
}

/** A tie's edge attributes: the best grade, the first evidence, the span of its sources' dates. */
function edgeAttributes(t: XTie): EdgeAttributes {
  const dates = t.sources
    .map((s) => xsdDate(s.published))
    .filter(Boolean)
    .sort();
  let grade = '';
  for (const s of t.sources) if (s.grade && (!grade || s.grade < grade)) grade = s.grade;
  return {
    tie_type: t.type,
    negated: t.negated,
    status: t.status ?? '',
    corroboration: t.corroboration,
    grade,
    evidence: t.sources[0]?.sentence ?? '',
    first_seen: dates[0] ?? '',
    last_seen: dates[dates.length - 1] ?? '',
  };
}

/**
 * The graph's nodes (ids, in order of first appearance) and their Louvain communities,
 * from one pass over the ties that keeps no evidence: the writers then stream the nodes
 * one entity at a time and the edges in a second pass over the ties, so memory grows with
 * the entities and the pairs of tied entities, never with the evidence or the output.
 */
function exportSkeleton(src: ExportSource): { nodes: string[]; community: (id: string) => number } {
  const seen = new Set<string>();
  const nodes: string[] = [];
  const ensure = (id: string) => {
    if (seen.has(id)) return;
    if (id !== src.opts.entity && !src.entity(id)) return;
    seen.add(id);
    nodes.push(id);
  };
  if (src.opts.entity && src.entity(src.opts.entity)) ensure(src.opts.entity);
  const ug = new UndirectedGraph();
  for (const t of src.ties()) {
    ensure(t.subject);
    ensure(t.object);
    if (!seen.has(t.subject) || !seen.has(t.object)) continue;
    if (t.negated || t.status === 'rejected' || APART.has(t.type) || t.subject === t.object) continue;
    if (!ug.hasNode(t.subject)) ug.addNode(t.subject);
    if (!ug.hasNode(t.object)) ug.addNode(t.object);
    if (ug.hasEdge(t.subject, t.object))
      ug.updateEdgeAttribute(t.subject, t.object, 'weight', (w: number) => w + t.corroboration);
    else ug.addEdge(t.subject, t.object, { weight: t.corroboration });
  }
  // Seeded so the same store gets the same communities on every export.
  let seed = 42;
  const rng = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  const communities: Record<string, number> =
    ug.size > 0 ? louvain(ug, { getEdgeWeight: 'weight', rng }) : {};
  const lone = new Map<string, number>();
  for (const n of nodes) if (communities[n] === undefined) lone.set(n, -1 - lone.size);
  return { nodes, community: (id) => communities[id] ?? lone.get(id) ?? -1 };
}

/** Nodes with their attributes, one entity read at a time. */
function* exportNodes(src: ExportSource, sk: ReturnType<typeof exportSkeleton>) {
  const screening = screeningStatus(src);
  for (const id of sk.nodes) {
    const e = src.entity(id);
    if (!e) continue;
    yield { id, a: { ...nodeAttributes(e, screening(id)), community: sk.community(id) } };
  }
}

/** Edges whose ends are nodes, from a second pass over the ties. */
function* exportEdges(src: ExportSource, sk: ReturnType<typeof exportSkeleton>) {
  const nodes = new Set(sk.nodes);
  for (const t of src.ties())
    if (nodes.has(t.subject) && nodes.has(t.object))
      yield { id: t.id, source: t.subject, target: t.object, a: edgeAttributes(t) };
}

const GEXF_TYPES: Record<string, string> = { string: 'string', int: 'integer', boolean: 'boolean' };

/**
 * GEXF 1.3, dynamic: each node and edge carries a spell from first to last seen. Written
 * here as a stream in the layout graphology-gexf writes (the tests re-read it with
 * graphology-gexf's parser): that writer needs the whole graph and builds the document as
 * one string, 476 MB of peak memory for a 10,000-article store.
 */
export function* gexfDocument(src: ExportSource): Generator<string> {
  const sk = exportSkeleton(src);
  let head =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">\n' +
    '  <meta><creator>dossier</creator></meta>\n' +
    '  <graph mode="dynamic" timeformat="date" defaultedgetype="directed">\n';
  const declare = (cls: string, keys: [string, string][]) =>
    `    <attributes class="${cls}">\n${keys
      .map(([k, t]) => `      <attribute id="${k}" title="${k}" type="${GEXF_TYPES[t]}"/>\n`)
      .join('')}    </attributes>\n`;
  head += declare(
    'node',
    NODE_KEYS.filter(([k]) => k !== 'label'),
  );
  head += declare('edge', EDGE_KEYS);
  yield `${head}    <nodes>\n`;
  // Empty values are left out, as graphology-gexf does: Gephi reads an absent value as unknown.
  const values = (a: Record<string, unknown>, keys: [string, string][]) =>
    keys
      .filter(([k]) => k !== 'label' && a[k] !== '' && a[k] !== undefined)
      .map(([k]) => `          <attvalue for="${k}" value="${escapeXml(String(a[k]))}"/>\n`)
      .join('');
  const spell = (first: string, last: string) =>
    first
      ? `        <spells><spell start="${first}" end="${last && last >= first ? last : first}"/></spells>\n`
      : '';
  let chunk = '';
  for (const { id, a } of exportNodes(src, sk)) {
    chunk +=
      `      <node id="${escapeXml(id)}" label="${escapeXml(a.label)}">\n` +
      `        <attvalues>\n${values(a as unknown as Record<string, unknown>, NODE_KEYS)}        </attvalues>\n` +
      `${spell(a.first_seen, a.last_seen)}      </node>\n`;
    if (chunk.length > 1 << 16) {
      yield chunk;
      chunk = '';
    }
  }
  chunk += '    </nodes>\n    <edges>\n';
  for (const { id, source, target, a } of exportEdges(src, sk)) {
    chunk +=
      `      <edge id="${escapeXml(id)}" source="${escapeXml(source)}" target="${escapeXml(target)}" ` +
      `weight="${a.corroboration}" label="${escapeXml(a.tie_type)}">\n` +
      `        <attvalues>\n${values(a as unknown as Record<string, unknown>, EDGE_KEYS)}        </attvalues>\n` +
      `${spell(a.first_seen, a.last_seen)}      </edge>\n`;
    if (chunk.length > 1 << 16) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}    </edges>\n  </graph>\n</gexf>\n`;
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

/** GraphML with typed keys for every node and edge attribute, streamed as GEXF is. */
export function* graphmlDocument(src: ExportSource): Generator<string> {
  const sk = exportSkeleton(src);
  let head =
    '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
  for (const [k, t] of NODE_KEYS)
    head += `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>\n`;
  for (const [k, t] of EDGE_KEYS)
    head += `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>\n`;
  yield `${head}  <graph id="dossier" edgedefault="directed">\n`;
  const data = (prefix: string, a: Record<string, unknown>, keys: [string, string][]) =>
    keys.map(([k]) => `<data key="${prefix}_${k}">${escapeXml(String(a[k] ?? ''))}</data>`).join('');
  for (const { id, a } of exportNodes(src, sk))
    yield `    <node id="${escapeXml(id)}">${data('n', a as unknown as Record<string, unknown>, NODE_KEYS)}</node>\n`;
  for (const { id, source, target, a } of exportEdges(src, sk))
    yield `    <edge id="${escapeXml(id)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${data('e', a as unknown as Record<string, unknown>, EDGE_KEYS)}</edge>\n`;
  yield '  </graph>\n</graphml>\n';
}
