import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBundle } from '../cli/bundle.js';
import { CORE_PRECOMPUTED, precomputeCore } from '../nlp/wink-model.js';
import { PRECOMPUTED_DIR } from './data-path.js';
import { buildMergedOrgIndex, ORG_INDEX_FILE, orgSourcesStamp } from './orgs.js';
import {
  asciiJson,
  buildCityLines,
  buildCityRowsFile,
  buildPlaceIndexFile,
  CITY_INDEX_FILE,
  CITY_ROWS_FILE,
  PLACE_INDEX_FILE,
  placeSourcesStamp,
} from './places.js';

// `npm run build` runs this after tsc: it writes the gazetteers' lookup tables to
// dist/knowledge/precomputed, so `dossier` reads them ready-made instead of folding and
// hashing ~30,000 names on every start (~150 ms of a short extract). Each file carries
// the sizes and times of the data it was made from (the wink core model, re-encoded as
// ASCII for nlp/wink-model.ts, too); a mismatch means it is ignored and
// the tables are built from the data as before.

function write(name: string, text: string): void {
  const path = PRECOMPUTED_DIR + name;
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

export function precompute(): void {
  mkdirSync(PRECOMPUTED_DIR, { recursive: true });
  write(PLACE_INDEX_FILE, asciiJson(JSON.stringify(buildPlaceIndexFile(placeSourcesStamp()))));
  write(CITY_INDEX_FILE, `${buildCityLines().join('\n')}\n`);
  write(CITY_ROWS_FILE, buildCityRowsFile(placeSourcesStamp()));
  write(ORG_INDEX_FILE, JSON.stringify(buildMergedOrgIndex(orgSourcesStamp())));
  write(CORE_PRECOMPUTED, precomputeCore());
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  precompute();
  // the build's last step: dist/ is complete, so the CLI's bundle can be made from it
  await buildBundle(fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, ''));
}
