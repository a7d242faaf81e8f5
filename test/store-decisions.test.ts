// Analyst decisions end to end on the store's invented corpus (src/store/testdata):
// each decision takes effect, survives `reextract` (run here with a pipeline that
// names every entity differently, so every stored id changes and decisions must be
// found again by content), and undo reverses it. The same tests run on both
// backends: SQLite, and PostgreSQL on a throwaway cluster (test/pg-cluster.ts);
// without PostgreSQL that half says it skipped.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/ingest/errors.js';
import { readInput } from '../src/ingest/read.js';
import { extract } from '../src/nlp/pipeline.js';
import type { ExtractFn } from '../src/store/decisions-reextract.js';
import { documentMeta } from '../src/store/document.js';
import type { DB } from '../src/store/open.js';
import { PgDatabase } from '../src/store/pg/database.js';
import type { PgStore } from '../src/store/pg/store.js';
import { SqliteStore } from '../src/store/sqlite.js';
import type { ReextractResult } from '../src/store/store.js';
import type { SourceDocument } from '../src/types.js';
import { storeBackends } from './pg-cluster.js';

const data = fileURLToPath(new URL('../src/store/testdata/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dossier-decisions-'));

type AnyStore = SqliteStore | PgStore;

const { backends: BACKENDS, stop: stopCluster } = storeBackends((name) => join(dir, `${name}.db`));
afterAll(async () => {
  await stopCluster();
});

const reextract = (
  s: AnyStore,
  progress: ((done: number, total: number) => void) | undefined,
  fn: ExtractFn,
): Promise<ReextractResult> => s.reextract(progress, fn);

/** Integrity as the backend can check it (PostgreSQL enforces foreign keys on every statement). */
function checkIntegrity(s: AnyStore): void {
  if (!(s instanceof SqliteStore)) return;
  expect(s.db.pragma('foreign_key_check')).toEqual([]);
  expect(s.db.pragma('integrity_check', { simple: true })).toBe('ok');
}

describe.each(BACKENDS)('$name', (backend) => {
  if (backend.skip) {
    it.skip(`skipped: ${backend.skip}`, () => {});
    return;
  }
  let store: AnyStore;

  /** An "upgraded" pipeline: same findings, canonical names in capitals (new entity and fact ids). */
  const upgraded = async (src: SourceDocument) => {
    const ex = extract(src);
    for (const e of ex.entities) e.name = e.name.toUpperCase();
    return ex;
  };

  async function one(name: string) {
    const hits = await store.findEntities(name);
    expect(hits.length, `no entity for ${name}`).toBeGreaterThan(0);
    return hits[0];
  }

  const names = async (name: string) => (await store.profile((await one(name)).id)).names.map((n) => n.name);
  const ties = async (name: string) =>
    Object.values((await store.profile((await one(name)).id)).ties)
      .flat()
      .map((t) => ({ key: `${t.type} ${t.direction} ${t.other.name.toLowerCase()}`, ...t }));

  beforeAll(async () => {
    store = await backend.open('d');
    for (const f of readdirSync(data).sort()) {
      const src = await readInput(join(data, f));
      await store.ingest(documentMeta(src, join(data, f)), extract(src));
    }
  });
  afterAll(() => store?.close());

  describe('analyst decisions', () => {
    // Chosen before any decision: a tie of Zarif Noorzai to confirm, another to reject.
    let confirmKey = '';
    let rejectKey = '';
    const ids: Record<string, number> = {};

    it('apply at once: merge, split, rename, confirm, reject', async () => {
      const saeed = await one('Hafiz Saeed');
      const khan = await one('Hafiz Saeed Khan');
      expect(saeed.id).not.toBe(khan.id);
      ids.merge = (await store.decide({ kind: 'merge', entityId: saeed.id, otherId: khan.id }, 'ana')).id;
      expect((await one('Hafiz Saeed Khan')).id).toBe((await one('Hafiz Saeed')).id);
      expect(await names('Hafiz Saeed')).toEqual(expect.arrayContaining(['Hafiz Saeed', 'Hafiz Saeed Khan']));

      const ttp = await one('TTP');
      expect(await names('TTP')).toContain('Tehreek-e-Taliban Pakistan');
      ids.split = (
        await store.decide({ kind: 'split', entityId: ttp.id, name: 'Tehreek-e-Taliban Pakistan' }, 'ana')
      ).id;
      const split = await one('Tehreek-e-Taliban Pakistan');
      expect(split.id).not.toBe((await one('Tehrik-i-Taliban Pakistan')).id);
      expect(await names('Tehrik-i-Taliban Pakistan')).not.toContain('Tehreek-e-Taliban Pakistan');
      // What remains is not called by the spelling that left.
      expect((await store.profile(ttp.id)).entity.name).not.toBe('Tehreek-e-Taliban Pakistan');
      expect((await store.profile(split.id)).entity.name).toBe('Tehreek-e-Taliban Pakistan');

      const zarif = await one('Zarif Noorzai');
      ids.rename = (
        await store.decide({ kind: 'rename', entityId: zarif.id, name: 'Commander Zarif' }, 'ana')
      ).id;
      expect((await store.profile(zarif.id)).entity.name).toBe('Commander Zarif');

      const zt = await ties('Zarif Noorzai');
      const mk = await ties('Muhammad Khan');
      expect(zt.length && mk.length).toBeGreaterThan(0);
      confirmKey = zt[0].key;
      rejectKey = mk[0].key;
      expect(zt[0].status).toBeNull();
      ids.confirm = (await store.decide({ kind: 'confirm', factId: zt[0].factId }, 'ana')).id;
      ids.reject = (await store.decide({ kind: 'reject', factId: mk[0].factId }, 'ana')).id;
      expect((await ties('Zarif Noorzai')).find((t) => t.key === confirmKey)?.status).toBe('confirmed');
      expect((await ties('Muhammad Khan')).find((t) => t.key === rejectKey)).toBeUndefined();
    });

    it('are audited: what, when, by whom', async () => {
      const all = await store.listDecisions();
      expect(all.map((d) => d.action)).toEqual(['merge', 'split', 'rename', 'confirm', 'reject']);
      for (const d of all) {
        expect(d.decidedBy).toBe('ana');
        expect(Date.parse(d.decidedAt)).not.toBeNaN();
        expect(d.inForce).toBe(true);
      }
      expect(all[0].summary).toMatch(/merge Hafiz Saeed Khan .* into Hafiz Saeed/);
    });

    it('refuse what makes no sense, with an InputError', async () => {
      const ttp = await one('Tehrik-i-Taliban Pakistan');
      const zarif = await one('Zarif Noorzai');
      await expect(
        store.decide({ kind: 'merge', entityId: ttp.id, otherId: zarif.id }, 'ana'),
      ).rejects.toThrow(/only entities of one type merge/);
      await expect(
        store.decide({ kind: 'split', entityId: zarif.id, name: 'Nobody Else' }, 'ana'),
      ).rejects.toThrow(InputError);
      await expect(store.decide({ kind: 'reject', factId: 'Rnope' }, 'ana')).rejects.toThrow(/no such fact/);
      await expect(store.undo(999, 'ana')).rejects.toThrow(/no such decision/);
    });

    it('stay in force after reextract, though every id changed', async () => {
      const before = (await one('Peshawar')).id;
      const r = await reextract(store, undefined, upgraded);
      expect(r.failed).toEqual([]);
      expect(r.decisions).toEqual({ applied: 5, notFound: 0 });
      expect((await one('Peshawar')).id).not.toBe(before);

      expect((await one('Hafiz Saeed Khan')).id).toBe((await one('Hafiz Saeed')).id);
      expect((await one('Tehreek-e-Taliban Pakistan')).id).not.toBe(
        (await one('Tehrik-i-Taliban Pakistan')).id,
      );
      expect((await store.profile((await one('Zarif Noorzai')).id)).entity.name).toBe('Commander Zarif');
      expect((await ties('Zarif Noorzai')).find((t) => t.key === confirmKey)?.status).toBe('confirmed');
      expect((await ties('Muhammad Khan')).find((t) => t.key === rejectKey)).toBeUndefined();
      // The audit trail is untouched; targets now name the new ids.
      const all = await store.listDecisions();
      expect(all.every((d) => d.decidedBy === 'ana' && d.inForce)).toBe(true);
      expect(all[2].target).toBe(`entity:${(await one('Zarif Noorzai')).id}`);
    });

    it('undo reverses each one', async () => {
      await store.undo(ids.reject, 'bo');
      expect((await ties('Muhammad Khan')).find((t) => t.key === rejectKey)).toBeDefined();
      await store.undo(ids.confirm, 'bo');
      expect((await ties('Zarif Noorzai')).find((t) => t.key === confirmKey)?.status).toBeNull();
      await store.undo(ids.rename, 'bo');
      expect((await store.profile((await one('Zarif Noorzai')).id)).entity.name).toBe('ZARIF NOORZAI');
      await store.undo(ids.split, 'bo');
      expect((await one('Tehreek-e-Taliban Pakistan')).id).toBe((await one('Tehrik-i-Taliban Pakistan')).id);
      await store.undo(ids.merge, 'bo');
      const saeed = await one('Hafiz Saeed');
      const khan = await one('Hafiz Saeed Khan');
      expect(saeed.id).not.toBe(khan.id);
      expect(await names('Hafiz Saeed')).not.toContain('Hafiz Saeed Khan');
      const all = await store.listDecisions();
      expect(all.every((d) => d.undoneBy === 'bo' && !d.inForce)).toBe(true);
      await expect(store.undo(ids.merge, 'bo')).rejects.toThrow(/already undone/);
      checkIntegrity(store);
    });

    it('undone decisions are not re-applied by the next reextract', async () => {
      const r = await reextract(store, undefined, async (src) => extract(src));
      expect(r.decisions).toEqual({ applied: 0, notFound: 0 });
      expect((await one('Hafiz Saeed Khan')).id).not.toBe((await one('Hafiz Saeed')).id);
    });

    it('a reextract that fails part-way leaves the database as it was; a document the pipeline fails on is kept', async () => {
      const before = await store.counts();
      await expect(
        reextract(
          store,
          (done) => {
            if (done === 3) throw new Error('stopped');
          },
          upgraded,
        ),
      ).rejects.toThrow('stopped');
      expect(await store.counts()).toEqual(before);
      expect(existsSync(`${store.path}.reextract`)).toBe(false);
      expect((await one('Peshawar')).name).toBe('Peshawar');

      let n = 0;
      const r = await reextract(store, undefined, async (src) => {
        if (n++ === 0) throw new Error('pipeline broke');
        return extract(src);
      });
      expect(r.failed).toEqual([{ documentId: expect.any(String), error: 'pipeline broke' }]);
      expect((await store.counts()).documents).toBe(before.documents);
    });

    it.runIf(backend.name === 'sqlite')(
      'a reextract during which another writer adds to the database replaces nothing',
      async () => {
        const other = new Database(store.path);
        const before = await store.counts();
        await expect(
          reextract(
            store,
            (done) => {
              if (done === 2)
                other
                  .prepare('INSERT INTO locations (document_id, location, added_at) VALUES (1, ?, ?)')
                  .run('https://mirror.example/x', new Date().toISOString());
            },
            upgraded,
          ),
        ).rejects.toThrow(/another dossier wrote to the database during reextract/);
        other.close();
        expect(await store.counts()).toEqual({ ...before, locations: before.locations + 1 });
        expect((await one('Peshawar')).name).toBe('Peshawar');
        expect(existsSync(`${store.path}.reextract`)).toBe(false);
      },
    );

    it.runIf(backend.name === 'postgres')(
      'a reextract keeps other writers waiting and readers on the old store until it commits',
      async () => {
        const other = new PgDatabase((store as PgStore).url);
        other.exec("SET lock_timeout = '300ms'");
        const seq = other.prepare('SELECT min(seq) FROM documents').pluck().get() as number;
        const peshawar = (await one('Peshawar')).id;
        const before = await store.counts();
        let blocked = '';
        let seen = '';
        const r = await reextract(
          store,
          (done) => {
            if (done !== 2) return;
            // another connection still reads the store as it was
            seen = other.prepare('SELECT name FROM entities WHERE id = ?').pluck().get(peshawar) as string;
            try {
              other
                .prepare('INSERT INTO locations (document_id, location, added_at) VALUES (?, ?, ?)')
                .run(seq, 'https://mirror.example/x', new Date().toISOString());
            } catch (e) {
              blocked = (e as Error).message;
            }
          },
          upgraded,
        );
        expect(seen).toBe('Peshawar');
        expect(blocked).toMatch(/lock timeout/);
        expect(r.documents).toBe(before.documents);
        expect((await one('Peshawar')).name).toBe('PESHAWAR');
        // after the commit the other writer gets through
        const newSeq = other.prepare('SELECT min(seq) FROM documents').pluck().get() as number;
        other
          .prepare('INSERT INTO locations (document_id, location, added_at) VALUES (?, ?, ?)')
          .run(newSeq, 'https://mirror.example/x', new Date().toISOString());
        other.close();
        const after = await store.counts();
        expect([after.documents, after.locations]).toEqual([before.documents, before.locations + 1]);
        // and back to the pipeline's own names for the next describe
        await reextract(store, undefined, async (src) => extract(src));
      },
    );
  });

  describe('undo of a merge puts back exactly what the merge moved', () => {
    // Everything an entity owns, as rows: before the merge and after its undo they must be equal.
    const snapshot = (db: DB) => ({
      entities: db
        .prepare(
          'SELECT id, name, attributes, mention_count, document_count, first_seen, last_seen FROM entities ORDER BY id',
        )
        .all(),
      names: db.prepare('SELECT entity_id, name, count FROM entity_names ORDER BY entity_id, name').all(),
      mentions: db.prepare('SELECT document_id, start_offset, entity_id FROM mentions ORDER BY 1, 2').all(),
      facts: db
        .prepare(
          'SELECT id, kind, type, subject_id, object_id, place_id, negated, documents, outlets FROM facts ORDER BY id',
        )
        .all(),
      sources: db
        .prepare(
          'SELECT fact_id, document_id, start_offset, attributed_entity_id FROM fact_sources ORDER BY 1, 2, 3',
        )
        .all(),
      participants: db
        .prepare('SELECT fact_id, role, entity_id FROM fact_participants ORDER BY 1, 2, 3')
        .all(),
      quotes: db.prepare('SELECT seq, speaker_id FROM quotes ORDER BY seq').all(),
      about: db.prepare('SELECT entity_id, quote_seq FROM quote_entities ORDER BY 1, 2').all(),
      merges: db.prepare('SELECT entity_id, document_id, name FROM merges ORDER BY 1, 2, 3').all(),
      candidates: db.prepare('SELECT entity_a, entity_b, score FROM candidates ORDER BY 1, 2').all(),
    });

    it('when both entities were named in one document', async () => {
      const s = await backend.open('u');
      const docs = [
        'KHOST, Afghanistan — Zarak Wazir, a commander of Lashkar-e-Fateh, met Qari Hamid Noorzai in Khost on Monday, officials said. "We will not lay down our arms," Qari Hamid Noorzai told reporters. Zarak Wazir has denied any links with Jaish-e-Sabr.',
        'Police in Kabul arrested Qari Hamid Noorzai, a spokesman for Jaish-e-Sabr, on Friday. "He was planning attacks," a police official said of Noorzai.',
        'Zarak Wazir, the Lashkar-e-Fateh commander, said on Sunday that his fighters would continue. "We are everywhere," Wazir said.',
      ];
      for (const [i, text] of docs.entries()) {
        const src: SourceDocument = { title: `doc ${i}`, published: `2022-0${i + 1}-10`, url: null, text };
        await s.ingest(documentMeta(src, `test:${i}`), extract(src));
      }
      const a = (await s.findEntities('Zarak Wazir'))[0];
      const b = (await s.findEntities('Qari Hamid Noorzai'))[0];
      expect(a.id).not.toBe(b.id);
      const before = snapshot(s.db);
      const merge = await s.decide({ kind: 'merge', entityId: a.id, otherId: b.id }, 'ana');
      expect(snapshot(s.db)).not.toEqual(before);
      await s.undo(merge.id, 'ana');
      expect(snapshot(s.db)).toEqual(before);
      checkIntegrity(s);
      await s.close();
    });
  });

  describe('decisions read through as recorded: a speaker, a verdict on an entity or a screening hit', () => {
    it('are written by Store.decide, read by the API queries, undone by Store.undo, left alone by reextract', async () => {
      const s = await backend.open('r');
      for (const f of readdirSync(data).sort()) {
        const src = await readInput(join(data, f));
        await s.ingest(documentMeta(src, join(data, f)), extract(src));
      }
      const quote = s.db.prepare('SELECT id FROM quotes ORDER BY id LIMIT 1').pluck().get() as string;
      const zarif = (await s.findEntities('Zarif Noorzai'))[0];
      expect(quote && zarif).toBeTruthy();
      const speaker = await s.decide({ kind: 'speaker', quoteId: quote, entityId: zarif.id }, 'ana');
      expect(speaker).toMatchObject({ action: 'rename', target: `quote:${quote}`, decidedBy: 'ana' });
      expect(speaker.summary).toContain(zarif.id);
      expect(await s.queries.speakerFix(quote)).toMatchObject({ kind: 'speaker', entityId: zarif.id });
      const hit = await s.decide({ kind: 'reject', entityId: zarif.id, hitId: 'h1' }, 'ana');
      expect(hit.target).toBe('screen:h1');
      expect(await s.queries.targetStatus('screen:h1')).toBe('reject');
      const verdict = await s.decide({ kind: 'confirm', entityId: zarif.id }, 'ana');
      expect(verdict.target).toBe(`entity:${zarif.id}`);
      // one clear error for a request that names nothing real
      await expect(s.decide({ kind: 'speaker', quoteId: 'Qnope', name: 'X' }, 'ana')).rejects.toThrow(
        /no such quote/,
      );
      await expect(s.decide({ kind: 'speaker', quoteId: quote }, 'ana')).rejects.toThrow(
        /an entity or a name/,
      );
      await expect(s.decide({ kind: 'confirm', entityId: 'Enope', hitId: 'h2' }, 'ana')).rejects.toThrow(
        /no such entity/,
      );
      // re-extraction neither re-applies nor loses them
      const r = await reextract(s, undefined, async (src) => extract(src));
      expect(r.decisions).toEqual({ applied: 0, notFound: 0 });
      expect((await s.listDecisions()).every((d) => d.inForce)).toBe(true);
      expect(await s.queries.targetStatus('screen:h1')).toBe('reject');
      // undo marks them, and the read-through follows
      await s.undo(speaker.id, 'bo');
      await s.undo(hit.id, 'bo');
      expect(await s.queries.speakerFix(quote)).toBeUndefined();
      expect(await s.queries.targetStatus('screen:h1')).toBeUndefined();
      expect((await s.listDecisions()).map((d) => d.undoneBy)).toEqual(['bo', 'bo', null]);
      await s.close();
    });
  });
});
