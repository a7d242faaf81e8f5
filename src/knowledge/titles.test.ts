import { describe, expect, it } from 'vitest';
import { HONORIFICS, NAME_PARTICLES, normaliseRole, OCCUPATIONS } from './titles.js';

describe('titles and roles', () => {
  it('knows the honorifics of the region and of news style', () => {
    for (const h of ['mullah', 'maulana', 'hafiz', 'qari', 'dr', 'lt col', 'senator', 'prime minister']) {
      expect(HONORIFICS.has(h), h).toBe(true);
    }
    expect(HONORIFICS.has('taliban')).toBe(false);
  });
  it('knows name particles', () => {
    for (const p of ['al', 'bin', 'abu', 'ul', 'abdul']) expect(NAME_PARTICLES.has(p), p).toBe(true);
  });
  it('normalises role nouns', () => {
    expect(normaliseRole('Spokesperson')).toBe('spokesman');
    expect(normaliseRole('amir')).toBe('emir');
    expect(normaliseRole('intelligence  official')).toBe('intelligence official');
    expect(normaliseRole('banana')).toBeUndefined();
  });
  it('keeps every set lower-case so folded lookups hit', () => {
    for (const s of [...HONORIFICS, ...NAME_PARTICLES, ...OCCUPATIONS]) expect(s).toBe(s.toLowerCase());
  });
});
