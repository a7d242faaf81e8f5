import { createRequire } from 'node:module';

// Lower-case English words that are not proper nouns, from the lexicon of the
// wink-eng-lite-web-model package we already load for tagging. A capitalised run
// made only of such words ("Attorney General", "Press Statement") is a title or a
// heading, not a person's name.

let cache: Set<string> | null = null;

export function commonWords(): Set<string> {
  if (cache) return cache;
  const out = new Set<string>();
  try {
    const require = createRequire(import.meta.url);
    const read = require('wink-eng-lite-web-model/dist/read-core-model.js') as () => {
      features: { lexeme: { list: string[] }; pos: { list: string[] } };
      packing: { layout: { pos: [number, number, number] }; size: number };
      lexicon: Uint32Array | number[];
    };
    const m = read();
    const list = m.features.lexeme.list;
    const posList = m.features.pos.list;
    const [word, mask, shift] = m.packing.layout.pos;
    const size = m.packing.size;
    for (let i = 0; i < list.length; i++) {
      const w = list[i];
      if (!/^[a-z]+$/.test(w)) continue;
      if (posList[(m.lexicon[i * size + word] & mask) >>> shift] === 'PROPN') continue;
      out.add(w);
    }
  } catch {
    // without the lexicon, person typing falls back to given names and context
  }
  cache = out;
  return out;
}
