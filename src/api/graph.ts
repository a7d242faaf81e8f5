// The network view's data: the store's graph, filtered by entity and tie type,
// source dates and grades and corroboration, with Louvain communities.

import type { z } from '@hono/zod-openapi';
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type { Store, StoreQueries } from '../store/store.js';
import type { GraphPage } from '../store/views.js';
import type { GraphQuery } from './schemas.js';

type GraphEdge = GraphPage['edges'][number];

// The package is CommonJS (module.exports = fn) while its types declare a default export.
const louvain = louvainModule as unknown as typeof louvainModule.default;

/** Ties that do not make two entities one camp: left out of community detection. */
const APART = new Set(['rival_of', 'fights', 'split_from', 'expelled_from', 'arrested_by']);
/** Source documents listed per edge by default (`docs` asks for up to 20); `corroboration` counts them all. */
const DOCS_LISTED = 3;

const within = (d: string | null, since?: string, until?: string) =>
  (!since || (d !== null && d.slice(0, since.length) >= since)) &&
  (!until || (d !== null && d.slice(0, until.length) <= until));

/** Edges read from the store per request at most: the walk around a hub two hops out stops here. */
const EDGE_SCAN_CAP = 20_000;

/**
 * One page of the graph: the edges that pass the filters, best-corroborated first
 * (corroboration, then id), `limit` of them from `offset`, with the nodes they touch
 * (and `around`). Communities are computed over the page.
 */
export async function buildGraph(
  store: Store,
  q: StoreQueries,
  p: z.infer<typeof GraphQuery>,
): Promise<GraphPage> {
  const limit = p.limit ?? 300;
  const offset = p.offset ?? 0;
  const docsListed = p.docs ?? DOCS_LISTED;
  const { edges: found, truncated } = await store.edges(p.around, p.depth, EDGE_SCAN_CAP);
  const types = p.types ? new Set(p.types.split(',')) : undefined;
  const relTypes = p.relTypes ? new Set(p.relTypes.split(',')) : undefined;
  const grades = p.grade?.split(',');
  let candidates = relTypes ? found.filter((e) => relTypes.has(e.type)) : found;
  if (types) {
    const ends = new Set<string>();
    for (const e of candidates) ends.add(e.s).add(e.o);
    const kinds = await q.summaries([...ends]);
    const keep = (id: string) => types.has(kinds.get(id)?.type ?? '');
    candidates = candidates.filter((e) => keep(e.s) && keep(e.o));
  }
  // Corroboration: the fact's documents, or only those within the dates and grades asked for.
  const dated = p.since || p.until || grades;
  const sources = dated ? await q.factSourcesOf(candidates.map((e) => e.id)) : undefined;
  const scored: { e: (typeof found)[number]; corroboration: number; docs?: string[] }[] = [];
  for (const e of candidates) {
    let corroboration = e.documents;
    let docs: string[] | undefined;
    if (sources) {
      const kept = (sources.get(e.id) ?? []).filter(
        (s) =>
          within(s.published, p.since, p.until) &&
          (!grades || (s.grade !== null && grades.some((gr) => s.grade!.startsWith(gr)))),
      );
      docs = [...new Set(kept.map((s) => s.documentId))];
      corroboration = docs.length;
    }
    if (!corroboration) continue;
    if (p.minCorroboration && corroboration < p.minCorroboration) continue;
    scored.push({ e, corroboration, docs });
  }
  scored.sort((a, b) => b.corroboration - a.corroboration || (a.e.id < b.e.id ? -1 : 1));
  const page = scored.slice(offset, offset + limit);
  const listed = docsListed > 0 && !sources ? await q.factSourcesOf(page.map((x) => x.e.id)) : undefined;
  const edges: GraphEdge[] = page.map(({ e, corroboration, docs }) => ({
    id: e.id,
    source: e.s,
    target: e.o,
    type: e.type,
    negated: e.negated === 1,
    corroboration,
    documents: (docs ?? [...new Set((listed?.get(e.id) ?? []).map((s) => s.documentId))]).slice(
      0,
      docsListed,
    ),
  }));
  const nodeIds = new Set<string>();
  for (const e of edges) nodeIds.add(e.source).add(e.target);
  if (p.around) {
    const a = (await q.summaries([p.around])).get(p.around);
    if (a && (!types || types.has(a.type))) nodeIds.add(p.around);
  }
  const byId = await q.summaries([...nodeIds]);

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
  return {
    nodes,
    edges,
    total: scored.length,
    limit,
    offset,
    more: offset + limit < scored.length || truncated,
    truncated,
  };
}
