import { describe, expect, it } from 'vitest';
import { Lex, PAD } from './lex.js';

// Lex keeps each distinct word's hashes; a sentence must read the same whether its words
// are new, already stored, or stored again after the store started over.

const FIELDS = [
  'w',
  'lo',
  'pre1',
  'pre2',
  'pre3',
  'suf1',
  'suf2',
  'suf3',
  'pre4',
  'suf4',
  'shape',
  'flags',
] as const;

function snapshot(lex: Lex): number[][] {
  return FIELDS.map((f) => Array.from(lex[f].subarray(0, lex.n + 2 * PAD)));
}

describe('Lex word store', () => {
  const a = ['The', 'convoy', 'was', 'ambushed', 'near', 'the', 'border', 'on', 'Monday', '.'];
  const b = [
    'Officials',
    'said',
    '“',
    'two',
    'guards',
    '”',
    'died',
    '—',
    'the',
    'convoy',
    'turned',
    'back',
    '.',
  ];

  it('gives a sentence the same hashes when its words are new and when they are stored', () => {
    const fresh = new Lex();
    fresh.set(b);
    const want = snapshot(fresh);
    expect(fresh.norm).toEqual([
      'Officials',
      'said',
      '"',
      'two',
      'guards',
      '"',
      'died',
      '-',
      'the',
      'convoy',
      'turned',
      'back',
      '.',
    ]);
    const used = new Lex();
    used.set(a);
    const the = used.entry[5];
    used.set(b);
    // a word seen before is read from its entry
    expect(used.entry[8]).toBe(the);
    used.set(a);
    used.set(b);
    expect(snapshot(used)).toEqual(want);
  });

  it('reads the same after the store starts over (50,000 words)', () => {
    const fresh = new Lex();
    fresh.set(a);
    const want = snapshot(fresh);
    const lex = new Lex();
    lex.set(a);
    for (let k = 0; k < 60; k++) lex.set(Array.from({ length: 1000 }, (_, i) => `w${k}x${i}`));
    lex.set(a);
    expect(snapshot(lex)).toEqual(want);
    expect(Math.max(...lex.entry.subarray(0, lex.n))).toBeLessThan(50_000);
  });
});
