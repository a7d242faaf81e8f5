// PgStore.knownDocument: asked before every document an ingest reads (and again for its
// URL), so it is one round trip: the stored document found and the new location recorded
// by one statement, nothing written for a document not stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncPg } from '../src/store/pg/bridge.js';
import { PgStore } from '../src/store/pg/store.js';
import type { Extraction } from '../src/types.js';
import { type PgCluster, pgCluster, pgUnavailable } from './pg-cluster.js';

const skip = pgUnavailable();

const TEXT = 'Officials in Tarnova said the Velmar Front had claimed the raid on Sunday.';

function extraction(): Extraction {
  return {
    schema: 'dossier.extraction/1',
    document: { title: 'Raid', published: '2024-05-02', url: null, text: TEXT },
    entities: [],
    quotes: [],
    relations: [],
    events: [],
  } as unknown as Extraction;
}

describe.skipIf(skip)('knownDocument on PostgreSQL', () => {
  let cluster: PgCluster;
  let store: PgStore;
  beforeAll(async () => {
    cluster = (await pgCluster())!;
    store = PgStore.open(await cluster.database());
  });
  afterAll(async () => {
    await store?.close();
    await cluster?.stop();
  });

  const trips = async (f: () => Promise<boolean>) => {
    const stats = (store as unknown as { pg: { conn: SyncPg } }).pg.conn.stats;
    const before = stats.trips;
    const known = await f();
    return { known, trips: stats.trips - before };
  };
  const locations = () =>
    (store.sqlDb.prepare('SELECT location FROM locations ORDER BY location').pluck().all() as string[]).join(
      ' ',
    );

  it('answers in one round trip and records a new location of a stored document only', async () => {
    const id = 'd'.repeat(64);
    expect(await trips(() => store.knownDocument(id, '/in/a.txt'))).toEqual({ known: false, trips: 1 });
    expect(locations()).toBe('');
    const meta = {
      id,
      title: 'Raid',
      published: '2024-05-02',
      outlet: null,
      byline: null,
      location: '/in/a.txt',
    };
    expect((await store.ingest(meta, extraction())).status).toBe('new');
    expect(await trips(() => store.knownDocument(id, 'https://example.org/raid'))).toEqual({
      known: true,
      trips: 1,
    });
    // a location seen before is not doubled
    expect(await store.knownDocument(id, '/in/a.txt')).toBe(true);
    expect(locations()).toBe('/in/a.txt https://example.org/raid');
  });
});

describe.skipIf(!skip)('knownDocument on PostgreSQL', () => {
  it.skip(`skipped: ${skip}`, () => {});
});
