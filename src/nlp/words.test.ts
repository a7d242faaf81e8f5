import { describe, expect, it } from 'vitest';
import { isAllCaps, isCapWord } from './words.js';

// The ASCII fast paths of isCapWord and isAllCaps must answer as the Unicode tests do.
describe('isCapWord', () => {
  it('takes a capital, ASCII or not, and a particle glued to a capital', () => {
    for (const w of ['Karachi', 'X', 'Öcalan', 'Łódź', 'Émile', 'al-Nusra', 'bin-Laden', 'wal-Jihad'])
      expect(isCapWord(w), w).toBe(true);
  });
  it('refuses lower case, digits, punctuation and a particle before a small letter', () => {
    for (const w of ['karachi', 'émile', '2014', '-', '"Karachi', 'al-qaeda', 'alx-Nusra', ''])
      expect(isCapWord(w), w).toBe(false);
  });
});

describe('isAllCaps', () => {
  it('takes words of capitals, digits, & and - with at least one capital', () => {
    for (const w of ['FBI', 'ISIS-K', 'AT&T', 'G7', 'ÖVP', 'F-16']) expect(isAllCaps(w), w).toBe(true);
  });
  it('refuses one letter, lower case, digits alone and mixed case', () => {
    for (const w of ['A', 'fbi', 'iPhone', '2014', '--', 'Taliban', 'öVP', ''])
      expect(isAllCaps(w), w).toBe(false);
  });
});
