import { readFileSync } from 'node:fs';
import { dataFile } from './data-path.js';

// Lower-case English words that are not proper nouns, derived from the lexicon of the
// wink-eng-lite-web-model package (scripts/build-common-words.ts writes the list). A
// capitalised run made only of such words ("Attorney General", "Press Statement") is a
// title or a heading, not a person's name.

let cache: Set<string> | null = null;

export function commonWords(): Set<string> {
  if (!cache) cache = new Set(readFileSync(dataFile('common-words.txt'), 'utf8').split('\n').filter(Boolean));
  return cache;
}
