// What the ingest of a new document writes without reading it back (on PostgreSQL in few
// round trips): an incident it starts is summed up from the report just written, and the
// document's background reports are found from its own joins. Each must equal what reading
// the stored rows gives: recomputing every incident and the document's background changes
// nothing. A text already stored, ingested again from another place, is unchanged and the
// place recorded. Both backends; the articles are hand-made extractions of sentences
// written for this test.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storeBackends } from '../../test/pg-cluster.js';
import type { Extraction } from '../types.js';
import { documentId } from './ids.js';
import { Incidents } from './incidents.js';
import type { DB } from './open.js';
import type { PgStore } from './pg/store.js';
import { SqliteStore } from './sqlite.js';
import type { DocumentMeta, Store } from './store.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-sums-'));
const { backends, stop } = storeBackends((name) => join(mkdtempSync(join(dir, 's-')), `${name}.db`));
afterAll(async () => {
  await stop();
});

const dbOf = (s: Store): DB => (s instanceof SqliteStore ? s.db : (s as PgStore).sqlDb);

type Toll = NonNullable<Extraction['events'][number]['toll']>[number];

/** An article: a raid now (with its tolls), and, when `recalled`, one from months before. */
function article(
  text: string,
  published: string,
  place: string,
  tolls: { kind: Toll['kind']; min: number | null; max: number | null; at: string }[],
  recalled?: { at: string; date: string },
): { meta: DocumentMeta; ex: Extraction } {
  const span = (s: string) => {
    const start = text.indexOf(s);
    if (start < 0) throw new Error(`not in the text: ${s}`);
    return { start, end: start + s.length };
  };
  const placeSpan = span(place);
  const ex: Extraction = {
    schema: 'dossier.extraction/1',
    document: { title: null, published, url: null, text },
    entities: [
      { id: 'p', type: 'place', name: place, aliases: [], mentions: [placeSpan], attributes: {} },
      {
        id: 'g',
        type: 'organization',
        name: 'Ridge Front',
        aliases: [],
        mentions: [span('Ridge Front')],
        attributes: {},
      },
    ],
    quotes: [],
    relations: [],
    events: [
      {
        id: 'v1',
        type: 'attack',
        date: { text: 'on Tuesday', value: published },
        place: 'p',
        participants: [{ role: 'agent', entity: 'g' }],
        evidence: span(text.split('.')[0]),
        trigger: 'attacked',
        toll: tolls.map((t) => ({
          kind: t.kind,
          min: t.min,
          max: t.max,
          text: t.at,
          evidence: span(t.at),
        })),
      },
    ],
  };
  if (recalled)
    ex.events.push({
      id: 'v2',
      type: 'attack',
      date: { text: 'in March', value: recalled.date },
      place: 'p',
      participants: [],
      evidence: span(recalled.at),
      trigger: 'bombing',
    });
  return {
    meta: {
      id: documentId(text),
      location: `test:${documentId(text).slice(0, 8)}`,
      title: null,
      published,
      outlet: 'hill-gazette.example',
      byline: null,
    },
    ex,
  };
}

const RAID = article(
  'Ridge Front gunmen attacked a border post in Tal Afar on Tuesday, killing at least four guards. ' +
    'A fifth guard died of his wounds, officials said, bringing the toll to five. ' +
    'Nine people were hurt. A bombing in Tal Afar in March was also blamed on the group.',
  '2025-06-03',
  'Tal Afar',
  [
    { kind: 'killed', min: 4, max: null, at: 'at least four guards' },
    { kind: 'killed', min: 5, max: 5, at: 'the toll to five' },
    // the same words again (one toll per kind and place in the text): the first one stands
    { kind: 'killed', min: 40, max: 40, at: 'the toll to five' },
    { kind: 'wounded', min: 9, max: 9, at: 'Nine people were hurt' },
  ],
  { at: 'A bombing in Tal Afar in March', date: '2025-03-12' },
);

const AMBUSH = article(
  'Ridge Front fighters attacked a convoy near Sinjar on Tuesday, killing between six and eight soldiers. ' +
    'Two of the attackers were killed in the fighting, a commander said.',
  '2025-06-10',
  'Sinjar',
  [
    { kind: 'killed', min: 6, max: 8, at: 'between six and eight soldiers' },
    { kind: 'killed', min: 2, max: 2, at: 'Two of the attackers were killed' },
  ],
);

const INCIDENT_ROWS =
  'SELECT id, type, date_lo, date_hi, dated, place_id, agents, reports, documents, outlets, killed_min, killed_max, background FROM incidents ORDER BY id';
const REPORT_ROWS = 'SELECT fact_id, incident_id, background FROM incident_reports ORDER BY fact_id';

describe.each(backends)('$name', (backend) => {
  if (backend.skip) {
    it.skip(`skipped: ${backend.skip}`, () => {});
    return;
  }

  it('incidents and background written on ingest equal a recomputation from the stored rows', async () => {
    const store = await backend.open('sums');
    try {
      for (const a of [RAID, AMBUSH]) expect((await store.ingest(a.meta, a.ex)).status).toBe('new');
      const db = dbOf(store);
      const incidents = db.prepare(INCIDENT_ROWS).all() as Record<string, unknown>[];
      const reports = db.prepare(REPORT_ROWS).all();
      // what the tolls give: the least minimum and the greatest figure of the killed (the repeat
      // ignored, the attackers counted), and the bombing in March recalled in passing
      const killed = incidents.map((r) => [r.killed_min, r.killed_max, r.background]).sort();
      expect(killed).toEqual([
        [null, null, 1],
        [2, 8, 0],
        [4, 5, 0],
      ]);
      // read back and summed up again: the same rows
      const again = new Incidents(db);
      db.transaction(() => {
        for (const r of incidents) again.refresh(r.id as string);
        for (const seq of db.prepare('SELECT seq, published FROM documents').raw().all() as [
          number,
          string,
        ][])
          again.finishDocument(seq[0], seq[1]);
      })();
      expect(db.prepare(INCIDENT_ROWS).all()).toEqual(incidents);
      expect(db.prepare(REPORT_ROWS).all()).toEqual(reports);
    } finally {
      await store.close();
    }
  });

  it('a stored text ingested again from another place is unchanged, and the place is recorded', async () => {
    const store = await backend.open('again');
    try {
      expect((await store.ingest(AMBUSH.meta, AMBUSH.ex)).status).toBe('new');
      const elsewhere = { ...AMBUSH.meta, location: 'feed:second-copy' };
      expect((await store.ingest(elsewhere, AMBUSH.ex)).status).toBe('unchanged');
      const db = dbOf(store);
      expect((db.prepare('SELECT location FROM locations').pluck().all() as string[]).sort()).toEqual([
        'feed:second-copy',
        AMBUSH.meta.location,
      ]);
      expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(1);
      expect(db.prepare('SELECT count(*) FROM incident_reports').pluck().get()).toBe(1);
    } finally {
      await store.close();
    }
  });
});
