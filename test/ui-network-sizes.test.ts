// Node sizes in the network view: small graphs keep their sizes, large ones shrink
// (readability, and fewer pixels for software WebGL), hubs stay larger than leaves.
import { describe, expect, it } from 'vitest';
import { nodeSize, sizeScale } from '../web/src/network-sizes.js';

describe('network node sizes', () => {
  it('leave graphs of up to 150 nodes as they were', () => {
    for (const n of [1, 20, 150]) expect(sizeScale(n)).toBe(1);
    expect(nodeSize(1)).toBeCloseTo(5.2, 1);
    expect(nodeSize(1000)).toBe(20);
  });

  it('shrink as the graph grows, down to a floor', () => {
    expect(sizeScale(600)).toBeCloseTo(0.5, 5);
    expect(sizeScale(2000)).toBe(0.35);
    expect(sizeScale(100_000)).toBe(0.35);
    expect(sizeScale(600)).toBeLessThan(sizeScale(300));
  });

  it('keep hubs larger than leaves and every node visible in a large graph', () => {
    const s = sizeScale(2000);
    expect(nodeSize(0, s)).toBe(2);
    expect(nodeSize(400, s)).toBeGreaterThan(3 * nodeSize(1, s));
  });
});
