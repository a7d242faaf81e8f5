import { describe, expect, it } from 'vitest';
import { givenNameGender, givenNames } from './given-names.js';

describe('curated given names', () => {
  it('holds Turkish, Somali and Sahelian men’s names', () => {
    for (const n of ['murat', 'cemil', 'abdirahman', 'babagana']) expect(givenNames().has(n)).toBe(true);
  });

  it('marks the curated women’s names as women’s, so "she" can reach them', () => {
    expect(givenNameGender('Zeynep')).toBe('f');
    expect(givenNameGender('Jamila')).toBe('f');
    expect(givenNameGender('Mehmet')).toBe('m');
  });
});
