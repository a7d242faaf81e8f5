import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { relationFactId, sha256 } from './ids.js';

const reference = (s: string) => createHash('sha256').update(s).digest('hex');

describe('sha256', () => {
  it('is the hex SHA-256 of the UTF-8 bytes, for empty, long, non-ASCII and lone-surrogate text', () => {
    for (const s of ['', 'a', 'x'.repeat(100_000), 'Qāʿida “quoted” \u{1F600}', 'half \ud800 pair'])
      expect(sha256(s)).toBe(reference(s));
  });

  it('keeps fact ids as they were stored: symmetric ties ignore the order of their ends', () => {
    expect(relationFactId('leader_of', 'E1', 'E2', false)).toBe(
      `R${reference('leader_of\u0000E1\u0000E2\u00000').slice(0, 20)}`,
    );
    expect(relationFactId('allied_with', 'E2', 'E1', true)).toBe(
      relationFactId('allied_with', 'E1', 'E2', true),
    );
  });
});
