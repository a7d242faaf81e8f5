// Writes src/knowledge/data/common-words.txt: the lower-case words of the
// wink-eng-lite-web-model lexicon that the model does not tag as proper nouns.
// Shipping the list saves loading a second copy of the model at run time (~20 MB).
// Run: npx tsx scripts/build-common-words.ts
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const read = require('wink-eng-lite-web-model/dist/read-core-model.js');
const m = read();
const list: string[] = m.features.lexeme.list;
const posList: string[] = m.features.pos.list;
const [word, mask, shift] = m.packing.layout.pos;
const size: number = m.packing.size;
const out: string[] = [];
for (let i = 0; i < list.length; i++) {
  const w = list[i];
  if (!/^[a-z]+$/.test(w)) continue;
  if (posList[(m.lexicon[i * size + word] & mask) >>> shift] === 'PROPN') continue;
  out.push(w);
}
// Words of conflict reporting the lexicon lacks (it has "drone" and "raids", not "drones" or
// "airstrikes"): at the head of a sentence they were read as a name ("Airstrikes hit P").
const EXTRA =
  'airstrike airstrikes drones gunmen jihadist jihadists insurgents militiamen assailants kidnappers policemen ambushes mortars landmines attackers abductors smugglers paramilitaries snipers warplanes herders bandits vigilantes';
for (const w of EXTRA.split(' ')) if (!out.includes(w)) out.push(w);
out.sort();
writeFileSync(new URL('../src/knowledge/data/common-words.txt', import.meta.url), `${out.join('\n')}\n`);
console.log(`${out.length} words`);
