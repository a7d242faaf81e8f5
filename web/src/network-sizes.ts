// Node sizes that suit the size of the graph on screen.
//
// Sizes are in screen pixels at the camera's default zoom (sigma's `itemSizesReference:
// 'screen'`; zooming in grows them by the square root of the zoom). Sizes chosen for a
// 100-node network turn 2,000 nodes into overlapping blobs in which no hub stands out, and
// on software WebGL every covered pixel costs (bench/RESULTS.md, UI). So the whole range
// shrinks as the node count grows, as Gephi-like tools do, keeping hubs larger than leaves.

/** Radius range at this node count and below: the sizes of the demo's ~100-node networks. */
const FULL_SIZE_NODES = 150;
/** The range shrinks no further than this (reached at ~1,200 nodes). */
const MIN_SCALE = 0.35;
/** No node is drawn with a smaller radius: below it the antialiased rim is all there is. */
const MIN_RADIUS = 2;

/** The factor applied to node radii in a graph of `nodes` nodes: 1 up to 150 nodes. */
export function sizeScale(nodes: number): number {
  return Math.min(1, Math.max(MIN_SCALE, Math.sqrt(FULL_SIZE_NODES / Math.max(1, nodes))));
}

/** A node's radius from its mention count: about 5 px for one mention up to 20 px,
 * times `scale`. */
export function nodeSize(mentions: number, scale = 1): number {
  return Math.max(MIN_RADIUS, scale * (3 + Math.min(17, 2.2 * Math.sqrt(Math.max(0, mentions)))));
}
