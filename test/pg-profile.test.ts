// An entity's profile on PostgreSQL in a handful of statements, whatever the number of
// its ties, events and incidents (each statement is a round trip there), and the same
// profile, tie pages, incidents and timeline as SQLite's on the same documents, analysts'
// verdicts included.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readInput } from '../src/ingest/read.js';
import { extract } from '../src/nlp/pipeline.js';
import { documentMeta } from '../src/store/document.js';
import { SyncPg } from '../src/store/pg/bridge.js';
import { PgStore } from '../src/store/pg/store.js';
import { SqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/store.js';
import { type PgCluster, pgCluster, pgUnavailable } from './pg-cluster.js';

// the store's invented articles and the demo corpus (public-domain and invented reporting)
const DIRS = ['../src/store/testdata/', '../corpus/demo/'].map((d) =>
  fileURLToPath(new URL(d, import.meta.url)),
);
const files = DIRS.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(d, f)),
);

describe.skipIf(pgUnavailable())('profile on PostgreSQL', () => {
  let cluster: PgCluster;
  let sqlite: SqliteStore;
  let pg: PgStore;
  let ids: string[];

  beforeAll(async () => {
    cluster = (await pgCluster())!;
    sqlite = SqliteStore.open(join(mkdtempSync(join(tmpdir(), 'dossier-profile-')), 's.db'));
    pg = PgStore.open(await cluster.database());
    for (const f of files) {
      const src = await readInput(f);
      const ex = extract(src);
      for (const s of [sqlite, pg] as Store[]) await s.ingest(documentMeta(src, f), ex);
    }
    // a verdict of each kind on both: a rejected tie leaves the profile, a confirmed one says so
    const ties = Object.values((await sqlite.profile(await busiest(sqlite))).ties).flat();
    for (const s of [sqlite, pg] as Store[]) {
      await s.decide({ kind: 'reject', factId: ties[0].factId }, 'tester');
      await s.decide({ kind: 'confirm', factId: ties[1].factId }, 'tester');
    }
    ids = sqlite.db.prepare('SELECT id FROM entities ORDER BY id').pluck().all() as string[];
  }, 240_000);

  afterAll(async () => {
    await sqlite?.close();
    await pg?.close();
    await cluster?.stop();
  });

  /** the entity with the most ties */
  async function busiest(s: Store): Promise<string> {
    return s.sqlDb
      .prepare(
        `SELECT id FROM (SELECT subject_id AS id FROM facts WHERE kind = 'relation'
           UNION ALL SELECT object_id FROM facts WHERE kind = 'relation') AS t
         GROUP BY id ORDER BY count(*) DESC, id LIMIT 1`,
      )
      .pluck()
      .get() as string;
  }

  it('gives every entity the profile SQLite gives, and the same tie pages', async () => {
    expect(ids.length).toBeGreaterThan(100);
    for (const id of ids)
      expect(await pg.profile(id, { tiesShown: 2 })).toEqual(await sqlite.profile(id, { tiesShown: 2 }));
    const hub = await busiest(sqlite);
    const types = Object.keys((await sqlite.profile(hub)).ties);
    for (const type of types)
      for (const offset of [0, 1])
        expect(await pg.ties(hub, type, 2, offset)).toEqual(await sqlite.ties(hub, type, 2, offset));
  });

  it('gives the incidents and the timeline SQLite gives', async () => {
    const all = await sqlite.incidents({ background: 'include' });
    expect(all.length).toBeGreaterThan(0);
    expect(await pg.incidents({ background: 'include' })).toEqual(all);
    for (const i of all) expect(await pg.incident(i.id)).toEqual(i);
    expect(await pg.timeline()).toEqual(await sqlite.timeline());
  });

  it('reads a hub profile in a handful of statements, however many ties, events and incidents it lists', async () => {
    const hub = await busiest(pg);
    const count = async (tiesShown: number) => {
      await pg.profile(hub, { tiesShown }); // statements prepared
      const spy = vi.spyOn(SyncPg.prototype, 'query');
      const stats = (pg as unknown as { pg: { conn: SyncPg } }).pg.conn.stats;
      const trips = stats.trips;
      try {
        const p = await pg.profile(hub, { tiesShown });
        return {
          statements: spy.mock.calls.length,
          trips: stats.trips - trips,
          ties: Object.values(p.ties).flat().length,
          p,
        };
      } finally {
        spy.mockRestore();
      }
    };
    const one = await count(1);
    const many = await count(25);
    expect(many.ties).toBeGreaterThan(one.ties);
    expect(many.p.events.length + (many.p.incidents?.length ?? 0)).toBeGreaterThan(3);
    expect(many.statements).toBe(one.statements);
    expect(many.statements).toBeLessThanOrEqual(24);
    // round trips: the entity's own lists with the first page of each tie type and its
    // incidents; a tie is rejected here, so the rejected ties' ends, then the pages again;
    // the rest of the ties with the events and the incidents' reports, roles, tolls and places
    expect(many.trips).toBe(one.trips);
    expect(many.trips).toBe(4);
  });

  it('gives the chains SQLite gives (in its own order), their entities and evidence read once for all hops', async () => {
    const top = sqlite.db
      .prepare('SELECT id FROM entities ORDER BY mention_count DESC, id LIMIT 8')
      .pluck()
      .all() as string[];
    const stats = (pg as unknown as { pg: { conn: SyncPg } }).pg.conn.stats;
    let hops = 0;
    for (const a of top)
      for (const b of top) {
        const want = await sqlite.paths(a, b, 3);
        const spy = vi.spyOn(SyncPg.prototype, 'query');
        const before = stats.trips;
        const got = await pg.paths(a, b, 3);
        const trips = stats.trips - before;
        spy.mockRestore();
        // the same chains (the order of a node's edges is each backend's index order); all
        // of them when fewer than the limit
        const sorted = (c: unknown[]) => c.map((x) => JSON.stringify(x)).sort();
        expect(got.length).toBe(want.length);
        if (want.length < 5) expect(sorted(got)).toEqual(sorted(want));
        const n = want.flat().length;
        hops += n;
        // the verdicts, one read per entity widened from (at most 3 levels of a few), then one
        // for every hop's entities and evidence: not two per hop
        if (n > 4) expect(trips).toBeLessThan(1 + 2 * n);
      }
    expect(hops).toBeGreaterThan(0);
  });

  it('looks a name up in two round trips, however many entities share its keys', async () => {
    const stats = (pg as unknown as { pg: { conn: SyncPg } }).pg.conn.stats;
    const names = sqlite.db
      .prepare('SELECT name FROM entities ORDER BY mention_count DESC LIMIT 5')
      .pluck()
      .all() as string[];
    for (const name of names) {
      const before = stats.trips;
      const found = await pg.findEntities(name);
      expect(found[0]?.name).toBeDefined();
      expect(stats.trips - before, name).toBe(2);
      expect(found).toEqual(await sqlite.findEntities(name));
    }
  });
});
