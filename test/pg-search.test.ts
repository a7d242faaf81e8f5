// Search on PostgreSQL ranks a bounded set of candidates (src/store/search-pg.ts): the
// latest SEARCH_CANDIDATES matches, in ingest order. Below that every match is ranked,
// as SQLite ranks them; above it, only the latest are, and a phrase is tested on the
// latest matches of its words until enough are found. Documents are written straight
// into the two tables search reads, so the test needs no extraction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgStore } from '../src/store/pg/store.js';
import { hitPatterns, looseTsquery, SEARCH_CANDIDATES, searchCandidates } from '../src/store/search-pg.js';
import { type PgCluster, pgCluster, pgUnavailable } from './pg-cluster.js';

describe('looseTsquery', () => {
  it('ANDs a phrase, keeps other queries, and keeps a phrase under NOT', () => {
    expect(looseTsquery('(river <-> patrol)')).toBe('(river & patrol)');
    expect(looseTsquery('(river <-> patrol:*) | ferry')).toBe('(river & patrol:*) | ferry');
    expect(looseTsquery('ferry & bridge')).toBe('ferry & bridge');
    expect(looseTsquery('ferry & ! (river <-> patrol)')).toBe('ferry & ! (river <-> patrol)');
  });
  it('hitPatterns: each term not under a NOT as a whole word, a phrase across any gap, a prefix as a start', () => {
    expect(hitPatterns('(river <-> patrol) & ferry:*')).toBe('\\mriver\\W+patrol\\M\n\\mferry');
    expect(hitPatterns('ferry & ! (river <-> patrol) & ! dredger')).toBe('\\mferry\\M');
    expect(hitPatterns('ferry | ferry')).toBe('\\mferry\\M');
    expect(hitPatterns('(river <-> patrol:*)')).toBe('\\mriver\\W+patrol');
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

  // Long texts (~700 words) whose hits lie far into them, for the windowed headline.
  const filler = (n: number) =>
    Array.from({ length: n }, (_, i) => `The harbour office logged routine traffic on day ${i}.`).join(' ');
  const LONG = [
    // a word first met 2,000 characters in, and again near the end
    `${filler(40)} A lighthouse keeper saw the tanker drift. ${filler(60)} The lighthouse was dark by noon.`,
    // the string first occurs inside a longer word, the word itself only far beyond the window
    `The gatekeeper opened early. ${filler(50)} A keeper of the stores counted sacks. ${filler(20)}`,
    // a phrase's first word is everywhere; the phrase itself is late
    `${filler(45)} Then the pilot boat met the harbour pilot near the breakwater. ${filler(10)}`,
    // a word with an accent in the text: the query's unaccented word is not found in it
    `${filler(30)} The Señora class trawler left port. ${filler(30)}`,
    // an inflected form long before the word itself
    `Convoys waited at the gate. ${filler(50)} A convoy of grain trucks crossed at dusk. ${filler(20)}`,
  ];

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
      for (const [k, t] of LONG.entries()) {
        doc.run(N + 1 + k, `long${k}`, `Long ${k}`, '2025-02-01', t);
        fts.run(N + 1 + k, `Long ${k}`, t);
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

  it("headlines a long article from a window around its first hit, as the whole text's headline", async () => {
    const whole = (seq: number, q: string) =>
      pg.sqlDb
        .prepare(
          `SELECT ts_headline('simple', text, to_tsquery('simple', unaccent(?)), 'StartSel=«, StopSel=», MaxWords=16, MinWords=8, MaxFragments=1, FragmentDelimiter=…') FROM documents WHERE seq = ?`,
        )
        .pluck()
        .get(q, seq) as string;
    const [light] = await pg.search('lighthouse');
    expect(light.documentId).toBe('long0');
    expect(light.snippet).toContain('«lighthouse» keeper');
    expect(light.snippet).toBe(whole(N + 1, 'lighthouse'));
    const [tanker] = await pg.search('tanker drift');
    expect(tanker.snippet).toContain('«tanker» «drift»');
    expect(tanker.snippet).toBe(whole(N + 1, 'tanker & drift'));
    // two words whose first hits are far apart: the whole text (where the headline finds them together)
    const [far] = await pg.search('lighthouse noon');
    expect(far.snippet).toContain('«lighthouse» was dark by «noon»');
    expect(far.snippet).toBe(whole(N + 1, 'lighthouse & noon'));
    // "keeper" inside "gatekeeper" is no hit: the window is around the word itself
    const keeper = (await pg.search('keeper stores')).map((h) => h.snippet);
    expect(keeper).toEqual([whole(N + 2, 'keeper & stores')]);
    expect(keeper[0]).toContain('«keeper» of the «stores»');
    const [pilot] = await pg.search('"harbour pilot"');
    expect(pilot.documentId).toBe('long2');
    expect(pilot.snippet).toContain('«harbour» «pilot»');
    expect(pilot.snippet).toBe(whole(N + 3, 'harbour <-> pilot'));
    // the window's words are whole: no cut word at either edge
    expect(pilot.snippet.split(/\s+/).every((w) => /^[«\w.»…]+$/.test(w))).toBe(true);
    const [convoy] = await pg.search('convoy');
    expect(convoy.documentId).toBe('long4');
    expect(convoy.snippet).toContain('«convoy» of grain trucks');
    expect(convoy.snippet).toBe(whole(N + 5, 'convoy'));
    const [senora] = await pg.search('senora');
    expect(senora.documentId).toBe('long3');
    expect(senora.snippet).toBe(whole(N + 4, 'senora'));
  });

  it("the API's page: rows, snippets from the window and totals, one round trip after the ranking", async () => {
    const page = await pg.queries.search('lighthouse', { limit: 5, offset: 0 });
    expect(page.total).toBe(1);
    expect(page.items.map((h) => [h.kind, h.documentId, h.title])).toEqual([['article', 'long0', 'Long 0']]);
    expect(page.items[0].snippet).toContain('\uE000lighthouse\uE001 keeper');
    const keeper = await pg.queries.search('keeper', { limit: 5, offset: 0 });
    expect(keeper.items[0].snippet).toContain('\uE000keeper\uE001 of the stores');
    // the ranking (one statement), then the page's rows with the total (one round trip)
    const stats = (pg as unknown as { pg: { conn: { stats: { trips: number } } } }).pg.conn.stats;
    await pg.queries.search('ferry', { type: 'article', limit: 10, offset: 0 });
    const before = stats.trips;
    const ten = await pg.queries.search('ferry', { type: 'article', limit: 10, offset: 0 });
    expect(ten.items.length).toBe(10);
    expect(stats.trips - before).toBe(2);
    const phrase = await pg.queries.search('"harbour pilot"', { limit: 5, offset: 0 });
    expect(phrase.total).toBe(1);
    expect(phrase.items[0].snippet).toContain('\uE000harbour\uE001 \uE000pilot\uE001');
  });

  it('keeps the date filter exact', async () => {
    const hits = await pg.search('ferry', { until: '2025-01-01', limit: 50 });
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.published).toBe('2025-01-01');
    const none = await pg.search('"river patrol"', { since: '2025-02' });
    expect(none).toEqual([]);
  });
});
