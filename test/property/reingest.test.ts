// Property: ingesting the corpus in any order, then re-ingesting any of it in any
// order, gives the same graph as one clean ingest in file order: the same entities
// (each as its set of names), the same ties, the same documents. 100 cases.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInput } from '../../src/ingest/read.js';
import { extract } from '../../src/nlp/pipeline.js';
import { documentMeta } from '../../src/store/document.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import type { DocumentMeta } from '../../src/store/store.js';
import type { Extraction } from '../../src/types.js';
import { TESTDATA } from '../api-helpers.js';
import { params, timeout } from './fc.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-reingest-'));
const docs: { meta: DocumentMeta; ex: Extraction }[] = [];
let reference: string;
let n = 0;

async function fingerprint(store: SqliteStore): Promise<string> {
  const g = await store.graph();
  const names = new Map<string, string>();
  for (const node of g.nodes) {
    const p = await store.profile(node.id);
    names.set(
      node.id,
      `${node.type}:${p.names
        .map((x) => x.name)
        .sort()
        .join('|')}`,
    );
  }
  const edges = g.edges
    .map(
      (e) =>
        `${e.type}${e.negated ? '!' : ''} ${names.get(e.source)} → ${names.get(e.target)} ×${e.documents}`,
    )
    .sort();
  const counts = await store.counts();
  return JSON.stringify({ nodes: [...names.values()].sort(), edges, documents: counts.documents });
}

async function ingestAll(order: number[]): Promise<SqliteStore> {
  const store = SqliteStore.open(join(dir, `${n++}.db`));
  for (const i of order) {
    const { meta, ex } = docs[i];
    if (!(await store.knownDocument(meta.id, meta.location))) await store.ingest(meta, ex);
  }
  return store;
}

beforeAll(async () => {
  const files = readdirSync(TESTDATA)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  for (const f of files) {
    const src = await readInput(join(TESTDATA, f));
    docs.push({ meta: documentMeta(src, join(TESTDATA, f)), ex: extract(src) });
  }
  const store = await ingestAll(docs.map((_, i) => i));
  reference = await fingerprint(store);
  await store.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest order does not change the graph (fast-check)', () => {
  it(
    'any order, then any re-ingest, equals one clean ingest (100 cases)',
    async () => {
      const all = docs.map((_, i) => i);
      await fc.assert(
        fc.asyncProperty(
          fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }),
          fc.array(fc.constantFrom(...all), { maxLength: 12 }),
          async (order, again) => {
            const store = await ingestAll([...order, ...again]);
            try {
              expect(await fingerprint(store)).toBe(reference);
            } finally {
              await store.close();
            }
          },
        ),
        params(100),
      );
    },
    timeout(100, 300),
  );
});
