// A deterministic clustered graph for the UI benchmark (no server involved).
import type { EntityType, GraphData } from './api.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TYPES: EntityType[] = ['person', 'organization', 'place', 'handle'];
const TIES = ['member_of', 'rival_of', 'allied_with', 'split_from', 'leader_of', 'supports'];

export function syntheticGraph(n: number, m: number): GraphData & { nodes: { x: number; y: number }[] } {
  const r = rng(42);
  const clusters = Math.max(1, Math.round(n / 100));
  const nodes = Array.from({ length: n }, (_, i) => {
    const c = i % clusters;
    const a = (2 * Math.PI * c) / clusters;
    return {
      id: `s${i}`,
      label: `Node ${i}`,
      type: TYPES[Math.floor(r() * TYPES.length)]!,
      mentions: 1 + Math.floor(r() ** 3 * 60),
      community: c,
      x: Math.cos(a) * 100 + (r() - 0.5) * 30,
      y: Math.sin(a) * 100 + (r() - 0.5) * 30,
    };
  });
  const edges = Array.from({ length: m }, (_, i) => {
    const s = Math.floor(r() * n);
    // Mostly within a cluster, as real networks are.
    const t = r() < 0.85 ? (s + clusters * (1 + Math.floor(r() * 20))) % n : Math.floor(r() * n);
    return {
      id: `se${i}`,
      source: `s${s}`,
      target: `s${t === s ? (t + 1) % n : t}`,
      type: TIES[i % TIES.length]!,
      negated: i % 17 === 0,
      corroboration: 1 + (i % 3),
      documents: [],
    };
  });
  return { nodes, edges, total: m, limit: m, offset: 0, more: false, truncated: false };
}
