import { readFileSync } from 'node:fs';
import { dataFile } from './data-path.js';

// Lower-case English words that are not proper nouns, derived from the lexicon of the
// wink-eng-lite-web-model package (scripts/build-common-words.ts writes the list). A
// capitalised run made only of such words ("Attorney General", "Press Statement") is a
// title or a heading, not a person's name.

export interface WordList {
  has(word: string): boolean;
}

let cache: WordList | null = null;

/**
 * The list, searched in place: the file is written sorted, so a binary search over its
 * lines answers without hashing 84,000 words at start-up (~50 ms of a short extract).
 */
export function commonWords(): WordList {
  if (cache) return cache;
  const words = readFileSync(dataFile('common-words.txt'), 'utf8').split('\n');
  if (words[words.length - 1] === '') words.pop();
  let sorted = true;
  for (let i = 1; i < words.length && sorted; i++) sorted = words[i - 1] < words[i];
  if (!sorted) {
    // a hand-edited file out of order still works, at the old cost
    const set = new Set(words.filter(Boolean));
    cache = { has: (w) => set.has(w) };
    return cache;
  }
  cache = {
    has(w) {
      let lo = 0;
      let hi = words.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const x = words[mid];
        if (x === w) return true;
        if (x < w) lo = mid + 1;
        else hi = mid - 1;
      }
      return false;
    },
  };
  return cache;
}
