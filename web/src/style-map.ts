// Colours and tie categories shared by the network legend, entity pages and the map.
import type { EntityType } from './api.js';

export const TYPE_COLOR: Record<EntityType, string> = {
  person: '#2f6fb3',
  organization: '#c0392b',
  place: '#2e8b57',
  handle: '#8e44ad',
};

export type TieCategory = 'rivalry' | 'allegiance' | 'split' | 'membership' | 'other' | 'negated';

export function tieCategory(type: string, negated: boolean): TieCategory {
  if (negated) return 'negated';
  if (type === 'rival_of' || type === 'fights') return 'rivalry';
  if (type === 'allied_with' || type === 'pledged_allegiance_to' || type === 'supports') return 'allegiance';
  if (type === 'split_from' || type === 'expelled_from') return 'split';
  if (/member_of|leader_of|spokesperson_of|part_of|affiliated_with/.test(type)) return 'membership';
  return 'other';
}

export const TIE_STYLE: Record<TieCategory, { color: string; label: string; arrow: boolean; size: number }> =
  {
    rivalry: { color: '#e03131', label: 'rivalry (rival_of, fights)', arrow: false, size: 2.5 },
    allegiance: { color: '#2b8a3e', label: 'allegiance (allied, pledged, supports)', arrow: true, size: 2 },
    split: { color: '#e67700', label: 'split (split_from, expelled_from)', arrow: true, size: 2 },
    membership: { color: '#5c7cfa', label: 'membership, leadership, spokesperson', arrow: true, size: 1.5 },
    other: { color: '#868e96', label: 'other ties', arrow: true, size: 1 },
    negated: { color: '#d0bfff', label: 'negated ("denies links")', arrow: false, size: 0.6 },
  };

const COMMUNITY_COLORS = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
];

export function communityColor(c: number | string | null | undefined): string {
  if (c === null || c === undefined) return '#adb5bd';
  const n = typeof c === 'number' ? c : [...String(c)].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) | 0, 7);
  return COMMUNITY_COLORS[Math.abs(n) % COMMUNITY_COLORS.length]!;
}
