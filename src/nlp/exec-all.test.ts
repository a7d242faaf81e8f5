import { describe, expect, it } from 'vitest';
import { execAll } from './exec-all.js';

const shape = (ms: RegExpMatchArray[]) => ms.map((m) => [m.index, ...m]);

describe('execAll', () => {
  it('gives the matches matchAll gives, in order, with their groups', () => {
    const re = /\b(the|a) (\w+)/gi;
    const s = 'A boat left the harbour before a storm hit the coast.';
    expect(shape(execAll(re, s))).toEqual(shape([...s.matchAll(re)]));
    expect(execAll(re, s).map((m) => m[2])).toEqual(['boat', 'harbour', 'storm', 'coast']);
  });

  it('starts where the regex stands and leaves its lastIndex as it was', () => {
    const re = /\d+/g;
    re.lastIndex = 3;
    const s = '12 34 56';
    expect(execAll(re, s).map((m) => m[0])).toEqual(['34', '56']);
    expect(re.lastIndex).toBe(3);
    expect(shape(execAll(re, s))).toEqual(shape([...s.matchAll(re)]));
  });

  it('steps past empty matches by a character, or a code point with the u flag', () => {
    const s = 'a😀b';
    for (const re of [/x*/g, /x*/gu]) expect(shape(execAll(re, s))).toEqual(shape([...s.matchAll(re)]));
    expect(execAll(/x*/gu, s)).toHaveLength(4);
    expect(execAll(/x*/g, s)).toHaveLength(5);
  });

  it('refuses a regex without the g flag, as matchAll does', () => {
    expect(() => execAll(/a/, 'a')).toThrow(TypeError);
  });
});
