// What a hub's profile reads is kept on write by triggers on both backends, so the profile
// does not read all of a hub's ties or participations: an entity's tie counts per type
// (schema 8) and its incidents in date order (schema 9). Here what is kept must equal what
// the old reads computed after every kind of write: ingest, an analyst's merge, split, tie
// added, tie retyped, verdicts, incidents merged and split, each undo, and reextract; and a
// store migrated from schema 7 starts with the computed rows.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInput } from '../src/ingest/read.js';
import { extract } from '../src/nlp/pipeline.js';
import { documentMeta } from '../src/store/document.js';
import type { DB } from '../src/store/open.js';
import type { PgStore } from '../src/store/pg/store.js';
import { SqliteStore } from '../src/store/sqlite.js';
import type { Tie } from '../src/store/store.js';
import { storeBackends } from './pg-cluster.js';

const data = fileURLToPath(new URL('../src/store/testdata/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dossier-tie-counts-'));
const { backends, stop } = storeBackends((name) => join(dir, `${name}.db`));
afterAll(async () => {
  await stop();
});

/** The counts as the profile computed them before schema 8, from the facts. */
const COMPUTED = `SELECT entity_id, type, count(*) AS n FROM (
    SELECT subject_id AS entity_id, type FROM facts WHERE kind = 'relation'
    UNION ALL SELECT object_id, type FROM facts WHERE kind = 'relation' AND subject_id <> object_id
  ) AS t GROUP BY entity_id, type ORDER BY entity_id, type`;

/** An entity's incidents as the profile read them before schema 9, with their order keys. */
const COMPUTED_INCIDENTS = `SELECT DISTINCT p.entity_id, r.incident_id, i.date_lo, i.created_at
  FROM fact_participants p JOIN incident_reports r ON r.fact_id = p.fact_id JOIN incidents i ON i.id = r.incident_id
  ORDER BY p.entity_id, r.incident_id`;

/** entity_incidents and the computed membership, as "entity incident date created" lines */
function entityIncidents(db: DB): { kept: string[]; computed: string[] } {
  type Row = { entity_id: string; incident_id: string; date_lo: string | null; created_at: string };
  const line = (r: Row) => `${r.entity_id} ${r.incident_id} ${r.date_lo ?? '-'} ${r.created_at}`;
  const kept = db
    .prepare(
      `SELECT entity_id, incident_id, CASE WHEN undated = 1 THEN NULL ELSE date_key END AS date_lo, created_at
       FROM entity_incidents ORDER BY entity_id, incident_id`,
    )
    .all() as Row[];
  const computed = db.prepare(COMPUTED_INCIDENTS).all() as Row[];
  return { kept: kept.map(line), computed: computed.map(line) };
}

/** kept and computed, as "entity type n" lines (rows at 0 are removed on write) */
function tieCounts(db: DB): { kept: string[]; computed: string[] } {
  const line = (r: { entity_id: string; type: string; n: number | string }) =>
    `${r.entity_id} ${r.type} ${r.n}`;
  const kept = db.prepare('SELECT entity_id, type, n FROM tie_counts ORDER BY entity_id, type').all() as {
    entity_id: string;
    type: string;
    n: number;
  }[];
  const computed = db.prepare(COMPUTED).all() as { entity_id: string; type: string; n: number }[];
  return { kept: kept.map(line), computed: computed.map(line) };
}

async function ingestAll(s: SqliteStore | PgStore) {
  for (const f of readdirSync(data).sort()) {
    const src = await readInput(join(data, f));
    await s.ingest(documentMeta(src, join(data, f)), extract(src));
  }
}

describe.each(backends)('$name', (backend) => {
  if (backend.skip) {
    it.skip(`skipped: ${backend.skip}`, () => {});
    return;
  }
  let store: SqliteStore | PgStore;
  const same = (what: string) => {
    const { kept, computed } = tieCounts(store.sqlDb);
    expect(computed.length, what).toBeGreaterThan(0);
    expect(kept, what).toEqual(computed);
    const inc = entityIncidents(store.sqlDb);
    expect(inc.computed.length, what).toBeGreaterThan(0);
    expect(inc.kept, `incidents: ${what}`).toEqual(inc.computed);
  };
  const one = async (name: string) => (await store.findEntities(name))[0];
  const tiesOf = async (id: string): Promise<Tie[]> => Object.values((await store.profile(id)).ties).flat();

  beforeAll(async () => {
    store = await backend.open('kept');
    await ingestAll(store);
  }, 240_000);
  afterAll(async () => {
    await store?.close();
  });

  it('after ingest, and the profile reads them', async () => {
    same('ingest');
    const hub = store.sqlDb
      .prepare('SELECT entity_id FROM tie_counts ORDER BY n DESC, entity_id LIMIT 1')
      .pluck()
      .get() as string;
    const p = await store.profile(hub);
    const sums = store.sqlDb
      .prepare('SELECT type, n FROM tie_counts WHERE entity_id = ? ORDER BY type')
      .all(hub) as {
      type: string;
      n: number;
    }[];
    const totals = p.tieTotals ?? {};
    const types = Object.keys(totals);
    expect(types.length).toBeGreaterThan(0);
    // a total leaves out rejected ties; the kept count has them all
    for (const [type, total] of Object.entries(totals))
      expect(Number(sums.find((r) => r.type === type)?.n)).toBeGreaterThanOrEqual(total);
    const page = await store.ties(hub, types[0], 1, 0);
    expect(page.total).toBe(totals[types[0]]);
  });

  it('after merge, split, an added and a retyped tie, verdicts, and the undo of each', async () => {
    const done: number[] = [];
    const saeed = await one('Hafiz Saeed');
    const khan = await one('Hafiz Saeed Khan');
    expect(saeed.id).not.toBe(khan.id);
    done.push((await store.decide({ kind: 'merge', entityId: saeed.id, otherId: khan.id }, 'ana')).id);
    same('merge');
    const ttp = await one('TTP');
    done.push(
      (await store.decide({ kind: 'split', entityId: ttp.id, name: 'Tehreek-e-Taliban Pakistan' }, 'ana')).id,
    );
    same('split');
    // a person's tie to a group, retyped; and a new tie of another type cited to its sentence
    const hubs = store.sqlDb
      .prepare(`SELECT e.id FROM entities e JOIN tie_counts t ON t.entity_id = e.id WHERE e.type = 'person'
                GROUP BY e.id ORDER BY sum(t.n) DESC, e.id`)
      .pluck()
      .all() as string[];
    let tie: Tie | undefined;
    for (const h of hubs) {
      tie = (await tiesOf(h)).find(
        (t) => t.direction === 'out' && t.type === 'member_of' && t.evidence.length,
      );
      if (tie) break;
    }
    expect(tie, 'a member_of tie with evidence').toBeDefined();
    const subject = store.sqlDb
      .prepare('SELECT subject_id FROM facts WHERE id = ?')
      .pluck()
      .get(tie!.factId) as string;
    const ev = tie!.evidence[0];
    done.push(
      (
        await store.decide(
          {
            kind: 'add',
            fact: {
              kind: 'relation',
              type: 'spokesperson_of',
              subjectId: subject,
              objectId: tie!.other.id,
              documentId: ev.documentId,
              start: ev.start,
              end: ev.end,
            },
          },
          'ana',
        )
      ).id,
    );
    same('add');
    done.push(
      (await store.decide({ kind: 'edit', factId: tie!.factId, fact: { type: 'leader_of' } }, 'ana')).id,
    );
    same('edit');
    const other = (await tiesOf(subject)).find((t) => t.factId !== tie!.factId);
    if (other) {
      done.push((await store.decide({ kind: 'reject', factId: other.factId }, 'ana')).id);
      same('reject');
    }
    // incidents: two merged (reports moved, one incident deleted), then a report split off
    const two = store.sqlDb
      .prepare(
        `SELECT i.id FROM incidents i JOIN incident_reports r ON r.incident_id = i.id
         JOIN fact_participants p ON p.fact_id = r.fact_id GROUP BY i.id ORDER BY count(*) DESC, i.id LIMIT 2`,
      )
      .pluck()
      .all() as string[];
    expect(two).toHaveLength(2);
    done.push(
      (await store.decide({ kind: 'merge-incidents', incidentId: two[0], otherId: two[1] }, 'ana')).id,
    );
    same('merge-incidents');
    const report = store.sqlDb
      .prepare('SELECT fact_id FROM incident_reports WHERE incident_id = ? ORDER BY fact_id DESC LIMIT 1')
      .pluck()
      .get(two[0]) as string;
    done.push((await store.decide({ kind: 'split-incident', incidentId: two[0], factId: report }, 'ana')).id);
    same('split-incident');
    for (const id of done.reverse()) {
      await store.undo(id, 'bo');
      same(`undo ${id}`);
    }
    // and once more in force, for reextract to re-apply
    await store.decide({ kind: 'merge', entityId: saeed.id, otherId: khan.id }, 'ana');
    same('merge again');
  });

  it('after a relation is written over in place (its type, an end, or turned into an event)', async () => {
    // the store re-keys a retyped or moved tie (a new fact id); the triggers also hold for
    // an UPDATE of the row itself
    const db = store.sqlDb;
    const f = db
      .prepare(
        "SELECT id, type, subject_id AS s, object_id AS o FROM facts WHERE kind = 'relation' AND subject_id <> object_id ORDER BY id LIMIT 1",
      )
      .get() as { id: string; type: string; s: string; o: string };
    const set = (sql: string, ...p: unknown[]) =>
      db.prepare(`UPDATE facts SET ${sql} WHERE id = ?`).run(...p, f.id);
    set('type = ?', f.type === 'rival_of' ? 'allied_with' : 'rival_of');
    same('type');
    set('object_id = subject_id');
    same('a tie to itself');
    set("kind = 'event'");
    same('an event');
    set("kind = 'relation', type = ?, object_id = ?", f.type, f.o);
    same('back');
  });

  it('after reextract (every fact written again, decisions re-applied)', async () => {
    const upper = async (src: Parameters<typeof extract>[0]) => {
      const ex = extract(src);
      for (const e of ex.entities) e.name = e.name.toUpperCase();
      return ex;
    };
    const r = await store.reextract(undefined, upper);
    expect(r.failed).toEqual([]);
    same('reextract');
  }, 240_000);
});

describe('a store of schema 7 migrated', () => {
  it('starts with the counts computed from its facts, and keeps them from then on', async () => {
    const path = join(dir, 'v7.db');
    const s7 = SqliteStore.open(path, { migrateTo: 7 });
    await ingestAll(s7);
    expect(
      s7.sqlDb.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'tie_counts'").pluck().get(),
    ).toBe(0);
    await s7.close();
    const s8 = SqliteStore.open(path);
    try {
      expect(s8.sqlDb.prepare('SELECT max(version) FROM schema_version').pluck().get()).toBe(9);
      const first = tieCounts(s8.sqlDb);
      expect(first.computed.length).toBeGreaterThan(0);
      expect(first.kept).toEqual(first.computed);
      const inc = entityIncidents(s8.sqlDb);
      expect(inc.computed.length).toBeGreaterThan(0);
      expect(inc.kept).toEqual(inc.computed);
      const a = (await s8.findEntities('Hafiz Saeed'))[0];
      const b = (await s8.findEntities('Hafiz Saeed Khan'))[0];
      await s8.decide({ kind: 'merge', entityId: a.id, otherId: b.id }, 'ana');
      const then = tieCounts(s8.sqlDb);
      expect(then.kept).toEqual(then.computed);
      const incThen = entityIncidents(s8.sqlDb);
      expect(incThen.kept).toEqual(incThen.computed);
    } finally {
      await s8.close();
    }
  }, 120_000);
});
