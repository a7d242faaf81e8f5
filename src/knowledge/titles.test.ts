import { describe, expect, it } from 'vitest';
import {
  AMBIGUOUS_NAME_PARTICLES,
  HONORIFICS_ALSO_NAMES,
  NAME_HONORIFICS,
  NAME_PARTICLES,
  OCCUPATIONS,
  ORG_NAME_CONNECTIVES,
  PERSON_TITLES,
  ROLES,
  TRAILING_HONORIFICS,
} from './titles.js';

describe('titles and roles', () => {
  it('knows the honorifics of the region that stay in a name', () => {
    for (const h of ['mullah', 'maulana', 'hafiz', 'qari', 'mufti', 'sheikh'])
      expect(NAME_HONORIFICS.has(h), h).toBe(true);
    expect(NAME_HONORIFICS.has('taliban')).toBe(false);
    for (const h of HONORIFICS_ALSO_NAMES) expect(NAME_HONORIFICS.has(h), h).toBe(true);
  });
  it('keeps a title set aside apart from an honorific kept in the name', () => {
    for (const t of ['dr', 'gen', 'senator', 'ayatollah']) expect(PERSON_TITLES.has(t), t).toBe(true);
    for (const h of NAME_HONORIFICS) expect(PERSON_TITLES.has(h), h).toBe(false);
  });
  it('knows name particles, and keeps the ones that are English words out of the running-text list', () => {
    for (const p of ['al', 'bin', 'abu', 'ul', 'e']) expect(NAME_PARTICLES.has(p), p).toBe(true);
    for (const p of AMBIGUOUS_NAME_PARTICLES) expect(NAME_PARTICLES.has(p), p).toBe(false);
    for (const p of ORG_NAME_CONNECTIVES) expect(NAME_PARTICLES.has(p), p).toBe(false);
  });
  it('maps role nouns to one role', () => {
    expect(ROLES.get('spokesperson')).toBe('spokesman');
    expect(ROLES.get('amir')).toBe('emir');
    expect(ROLES.get('banana')).toBeUndefined();
  });
  it('keeps every set lower-case so folded lookups hit', () => {
    for (const s of [
      ...NAME_HONORIFICS,
      ...NAME_PARTICLES,
      ...AMBIGUOUS_NAME_PARTICLES,
      ...ORG_NAME_CONNECTIVES,
      ...TRAILING_HONORIFICS,
      ...OCCUPATIONS,
      ...PERSON_TITLES.keys(),
      ...ROLES.keys(),
    ])
      expect(s).toBe(s.toLowerCase());
  });
});
