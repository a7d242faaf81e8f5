// People with names many people carry ("Mohammed Ali") are told apart by the countries
// their articles name. The writer reads a known person's countries once and keeps them
// while the person's mention and document counts hold. Kept or read afresh, the verdicts
// must be the same: a store written by one writer equals one written by a new writer for
// every document (no caches carried over). On PostgreSQL, the countries of a known person
// are read once, not once per comparison: the round trips of a document stay flat as
// same-named people pile up. Both backends; the articles are hand-made extractions.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storeBackends } from '../../test/pg-cluster.js';
import type { Extraction } from '../types.js';
import { documentId } from './ids.js';
import type { DB } from './open.js';
import type { SyncPg } from './pg/bridge.js';
import { PgStore } from './pg/store.js';
import { SqliteStore } from './sqlite.js';
import type { DocumentMeta, Store } from './store.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-placed-'));
const { backends, stop } = storeBackends((name) => join(mkdtempSync(join(dir, 's-')), `${name}.db`));
afterAll(async () => {
  await stop();
});

const PLACES: Record<string, { lat: number; lon: number; country: string }> = {
  Lahore: { lat: 31.55, lon: 74.34, country: 'PK' },
  Kabul: { lat: 34.53, lon: 69.17, country: 'AF' },
  Mosul: { lat: 36.34, lon: 43.13, country: 'IQ' },
};

/** An article naming one person and one place: "<person> was seen in <place> on <day>." */
function article(person: string, place: string, day: number): { meta: DocumentMeta; ex: Extraction } {
  const text = `${person} was seen in ${place} on day ${day} of the month, residents said.`;
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const published = `2025-05-${String(day).padStart(2, '0')}`;
  return {
    meta: {
      id: documentId(text),
      location: `test:${day}`,
      title: null,
      published,
      outlet: 'valley-post.example',
      byline: null,
    },
    ex: {
      schema: 'dossier.extraction/1',
      document: { title: null, published, url: null, text },
      entities: [
        { id: 'x', type: 'person', name: person, aliases: [], mentions: [at(person)], attributes: {} },
        {
          id: 'p',
          type: 'place',
          name: place,
          aliases: [],
          mentions: [at(place)],
          attributes: {},
          geo: PLACES[place],
        },
      ],
      quotes: [],
      relations: [],
      events: [],
    },
  };
}

// A full name seen in Lahore; the common short form seen in Kabul (apart: no country in
// common); the full name again in Kabul (its countries grow); the short form in Kabul
// and in Mosul, and the full name in Mosul, each judged against what came before.
const SEQUENCE = [
  article('Mohammed Ali Zardaki', 'Lahore', 1),
  article('Mohammed Ali', 'Kabul', 2),
  article('Mohammed Ali Zardaki', 'Kabul', 3),
  article('Mohammed Ali', 'Kabul', 4),
  article('Mohammed Ali', 'Mosul', 5),
  article('Mohammed Ali Zardaki', 'Mosul', 6),
  article('Mohammed Ali', 'Lahore', 7),
];

const dbOf = (s: Store): DB => (s instanceof SqliteStore ? s.db : (s as PgStore).sqlDb);
const reopen = (s: Store): Store =>
  s instanceof SqliteStore ? SqliteStore.open(s.path) : PgStore.open(s.path);

/** what resolution decided: every entity with its names and counts, every merge and candidate pair */
function verdicts(s: Store): unknown {
  const db = dbOf(s);
  return {
    entities: db
      .prepare('SELECT id, type, name, mention_count, document_count, country FROM entities ORDER BY id')
      .all(),
    names: db.prepare('SELECT entity_id, name, count FROM entity_names ORDER BY entity_id, name').all(),
    mentions: db.prepare('SELECT document_id, start_offset, entity_id FROM mentions ORDER BY 1, 2').all(),
    merges: db.prepare('SELECT entity_id, document_id, name, reason FROM merges ORDER BY 1, 2, 3').all(),
    candidates: db.prepare('SELECT entity_a, entity_b, score FROM candidates ORDER BY 1, 2').all(),
  };
}

describe.each(backends)('$name', (backend) => {
  if (backend.skip) {
    it.skip(`skipped: ${backend.skip}`, () => {});
    return;
  }

  it('one writer for all documents decides as a new writer for each document', async () => {
    const kept = await backend.open('kept');
    let fresh: Store = await backend.open('fresh');
    try {
      for (const a of SEQUENCE) {
        expect((await kept.ingest(a.meta, a.ex)).status).toBe('new');
        expect((await fresh.ingest(a.meta, a.ex)).status).toBe('new');
        await fresh.close();
        fresh = reopen(fresh);
      }
      const got = verdicts(kept) as { entities: { name: string }[] };
      expect(got).toEqual(verdicts(fresh));
      // the short form stays apart from the full name it shares no country with at first
      expect(got.entities.filter((e) => e.name.startsWith('Mohammed Ali')).length).toBeGreaterThanOrEqual(2);
    } finally {
      await kept.close();
      await fresh.close();
    }
  });

  it.runIf(backend.name === 'postgres')('round trips stay flat as same-named people pile up', async () => {
    const pg = (await backend.open('flat')) as PgStore;
    try {
      const stats = (pg as unknown as { pg: { conn: SyncPg } }).pg.conn.stats;
      const given = ['Mohammed', 'Ahmad', 'Ali', 'Hassan'];
      const family = ['Khan', 'Ali', 'Ahmad', 'Hussain', 'Rahman', 'Hassan'];
      const names = given.flatMap((g) => family.filter((f) => f !== g).map((f) => `${g} ${f}`));
      const trips: number[] = [];
      let day = 1;
      for (const name of names.slice(0, 16)) {
        const a = article(name, day % 2 ? 'Lahore' : 'Kabul', day);
        day++;
        const before = stats.trips;
        expect((await pg.ingest(a.meta, a.ex)).status).toBe('new');
        trips.push(stats.trips - before);
      }
      // each known namesake's countries are read once: the last documents, judged against a
      // dozen namesakes, take no more round trips than the fourth did plus one or two
      const late = Math.max(...trips.slice(-4));
      expect(late).toBeLessThanOrEqual(trips[3] + 2);
    } finally {
      await pg.close();
    }
  });
});
