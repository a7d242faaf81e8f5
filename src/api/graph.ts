// The network view's data: the store's graph, filtered by entity and tie type,
// source dates and grades and corroboration, with Louvain communities.

import type { z } from '@hono/zod-openapi';
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type { ApiQueries } from '../store/api-queries.js';
import type { SqliteStore } from '../store/sqlite.js';
import type { GraphQuery } from './schemas.js';

// The package is CommonJS (module.exports = fn) while its types declare a default export.
const louvain = louvainModule as unknown as typeof louvainModule.default;

/** Ties that do not make two entities one camp: left out of community detection. */
const APART = new Set(['rival_of', 'fights', 'split_from', 'expelled_from', 'arrested_by']);
/** Source documents listed per edge; `corroboration` counts them all. */
const DOCS_LISTED = 20;

export interface GraphNode {
  id: string;
  label: string;
  type: string;
  mentions: number;
  community: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  negated: boolean;
  corroboration: number;
  documents: string[];
}

const within = (d: string | null, since?: string, until?: string) =>
  (!since || (d !== null && d.slice(0, since.length) >= since)) &&
  (!until || (d !== null && d.slice(0, until.length) <= until));

export async function buildGraph(
  store: SqliteStore,
  q: ApiQueries,
  p: z.infer<typeof GraphQuery>,
): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
  const g = await store.graph(p.around, p.depth);
  const types = p.types ? new Set(p.types.split(',')) : undefined;
  const relTypes = p.relTypes ? new Set(p.relTypes.split(',')) : undefined;
  const grades = p.grade?.split(',');
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const keepNode = (id: string) => {
    const n = byId.get(id);
    return n !== undefined && (!types || types.has(n.type));
  };
  const edges: GraphEdge[] = [];
  for (const e of g.edges) {
    if (relTypes && !relTypes.has(e.type)) continue;
    if (!keepNode(e.source) || !keepNode(e.target)) continue;
    const docs = q
      .factSources(e.id)
      .filter(
        (s) =>
          within(s.published, p.since, p.until) &&
          (!grades || (s.grade !== null && grades.some((gr) => s.grade!.startsWith(gr)))),
      );
    const ids = [...new Set(docs.map((s) => s.documentId))];
    if (!ids.length) continue;
    if (p.minCorroboration && ids.length < p.minCorroboration) continue;
    edges.push({
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      negated: e.negated,
      corroboration: ids.length,
      documents: ids.slice(0, DOCS_LISTED),
    });
  }
  const nodeIds = new Set<string>();
  for (const e of edges) nodeIds.add(e.source).add(e.target);
  if (p.around && keepNode(p.around)) nodeIds.add(p.around);

  const ug = new UndirectedGraph();
  for (const id of nodeIds) ug.addNode(id);
  for (const e of edges) {
    if (e.negated || APART.has(e.type) || e.source === e.target) continue;
    if (ug.hasEdge(e.source, e.target))
      ug.updateEdgeAttribute(e.source, e.target, 'weight', (w: number) => w + e.corroboration);
    else ug.addEdge(e.source, e.target, { weight: e.corroboration });
  }
  // Seeded so the same graph gets the same colours on every request.
  let seed = 42;
  const rng = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  const communities = ug.size > 0 ? louvain(ug, { getEdgeWeight: 'weight', rng }) : {};
  const nodes = [...nodeIds].map((id, i) => {
    const n = byId.get(id)!;
    return { id, label: n.name, type: n.type, mentions: n.mentions, community: communities[id] ?? -1 - i };
  });
  return { nodes, edges };
}
