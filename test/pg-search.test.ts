// Search on PostgreSQL ranks a bounded set of candidates (src/store/search-pg.ts): the
// latest SEARCH_CANDIDATES matches, in ingest order. Below that every match is ranked,
// as SQLite ranks them; above it, only the latest are, and a phrase is tested on the
// latest matches of its words until enough are found. Documents are written straight
// into the two tables search reads, so the test needs no extraction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgStore } from '../src/store/pg/store.js';
import { looseTsquery, SEARCH_CANDIDATES, searchCandidates } from '../src/store/search-pg.js';
import { type PgCluster, pgCluster, pgUnavailable } from './pg-cluster.js';

describe('looseTsquery', () => {
  it('ANDs a phrase, keeps other queries, and keeps a phrase under NOT', () => {
    expect(looseTsquery('(river <-> patrol)')).toBe('(river & patrol)');
    expect(looseTsquery('(river <-> patrol:*) | ferry')).toBe('(river & patrol:*) | ferry');
    expect(looseTsquery('ferry & bridge')).toBe('ferry & bridge');
    expect(looseTsquery('ferry & ! (river <-> patrol)')).toBe('ferry & ! (river <-> patrol)');
  });
  it('ranks at least SEARCH_CANDIDATES, more for a deep page', () => {
    expect(searchCandidates(20)).toBe(SEARCH_CANDIDATES);
    expect(searchCandidates(100, 400)).toBe(2000);
  });
});

describe.skipIf(pgUnavailable())('search on PostgreSQL, bounded by the page', () => {
  let cluster: PgCluster;
  let pg: PgStore;
  const N = SEARCH_CANDIDATES + 100;

  /** document i: "ferry" in all; seq 1 and seq N say it most; every third says "river patrol" as a phrase */
  const text = (i: number) =>
    [
      i === 1 || i === N ? 'ferry ferry ferry ferry ferry crossing.' : 'A ferry crossing.',
      i % 3 === 0 ? 'The river patrol stopped it.' : 'The patrol on the river stopped it.',
      i === 7 ? 'A dredger sank.' : 'Nothing sank.',
    ].join(' ');

  beforeAll(async () => {
    cluster = (await pgCluster())!;
    pg = PgStore.open(await cluster.database());
    const db = pg.sqlDb;
    const doc = db.prepare(
      `INSERT INTO documents (seq, id, title, published, text, extractor, ingested_at)
       VALUES (?, ?, ?, ?, ?, 'test', '2026-01-01')`,
    );
    const fts = db.prepare('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)');
    db.transaction(() => {
      for (let i = 1; i <= N; i++) {
        doc.run(i, `doc${i}`, `Report ${i}`, `2025-01-${String(1 + (i % 28)).padStart(2, '0')}`, text(i));
        fts.run(i, `Report ${i}`, text(i));
      }
    })();
  }, 120_000);

  afterAll(async () => {
    await pg?.close();
    await cluster?.stop();
  });

  it('ranks every match when there are fewer than the candidates', async () => {
    const hits = await pg.search('dredger');
    expect(hits.map((h) => h.documentId)).toEqual(['doc7']);
    expect(hits[0].snippet).toContain('«dredger»');
  });

  it('ranks the latest candidates of a common word: the best of them first, then newest first', async () => {
    const hits = await pg.search('ferry', { limit: 3 });
    // doc N says it most and is among the latest; doc 1 says it as often but is older than the candidates
    expect(hits.map((h) => h.documentId)).toEqual([`doc${N}`, `doc${N - 1}`, `doc${N - 2}`]);
    expect(hits[0].rank).toBeLessThan(hits[1].rank);
    expect(hits[1].rank).toBe(hits[2].rank);
  });

  it('a phrase is found on the latest matches of its words, and only as a phrase', async () => {
    const hits = await pg.search('"river patrol"', { limit: 5 });
    const seqs = hits.map((h) => Number(h.documentId.slice(3)));
    expect(seqs.length).toBe(5);
    for (const s of seqs) expect(s % 3).toBe(0);
    // the newest five of them (equal ranks)
    const latest = Array.from({ length: N }, (_, i) => N - i)
      .filter((i) => i % 3 === 0)
      .slice(0, 5);
    expect(seqs).toEqual(latest);
  });

  it("the API's paged search: the same candidates, pages that follow on, every match counted", async () => {
    const first = await pg.queries.search('ferry', { type: 'article', limit: 3, offset: 0 });
    expect(first.total).toBe(N);
    expect(first.items.map((h) => h.documentId)).toEqual([`doc${N}`, `doc${N - 1}`, `doc${N - 2}`]);
    expect(first.items[0].snippet).toContain('ferry');
    const next = await pg.queries.search('ferry', { type: 'article', limit: 3, offset: 3 });
    expect(next.items.map((h) => h.documentId)).toEqual([`doc${N - 3}`, `doc${N - 4}`, `doc${N - 5}`]);
    const phrase = await pg.queries.search('"river patrol"', { limit: 4, offset: 0 });
    expect(phrase.total).toBe(N / 3);
    for (const h of phrase.items) expect(Number(h.documentId.slice(3)) % 3).toBe(0);
  });

  it('keeps the date filter exact', async () => {
    const hits = await pg.search('ferry', { until: '2025-01-01', limit: 50 });
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.published).toBe('2025-01-01');
    const none = await pg.search('"river patrol"', { since: '2025-02' });
    expect(none).toEqual([]);
  });
});
