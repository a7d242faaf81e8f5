// The store end to end on a small invented corpus (src/store/testdata),
// extraction included: idempotence, cross-document resolution, every query.
// The same tests run on both backends: SQLite, and PostgreSQL on a throwaway
// cluster (test/pg-cluster.ts); without PostgreSQL that half says it skipped.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeBackends } from '../../test/pg-cluster.js';
import { InputError } from '../ingest/errors.js';
import { readInput } from '../ingest/read.js';
import { extract } from '../nlp/pipeline.js';
import { documentMeta } from './document.js';
import type { DB } from './open.js';
import type { PgStore } from './pg/store.js';
import { SqliteStore } from './sqlite.js';
import type { Store } from './store.js';

const data = fileURLToPath(new URL('./testdata/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dossier-store-'));

const { backends: BACKENDS, stop: stopCluster } = storeBackends((name) =>
  join(mkdtempSync(join(dir, 's-')), `${name}.db`),
);
afterAll(async () => {
  await stopCluster();
});

/** The backend's SQL handle (SQLite's, or the same shape over PostgreSQL), for the few tests that poke rows. */
const dbOf = (s: Store): DB => (s instanceof SqliteStore ? s.db : (s as PgStore).sqlDb);

async function ingest(s: Store, path: string, location = path) {
  const src = await readInput(path);
  const meta = documentMeta(src, location);
  if (await s.knownDocument(meta.id, location)) return 'unchanged';
  return (await s.ingest(meta, extract(src))).status;
}

describe.each(BACKENDS)('$name', (backend) => {
  if (backend.skip) {
    it.skip(`skipped: ${backend.skip}`, () => {});
    return;
  }
  let store: Store;

  async function one(name: string) {
    const hits = await store.findEntities(name);
    expect(hits.length, `no entity for ${name}`).toBeGreaterThan(0);
    return hits[0];
  }

  beforeAll(async () => {
    store = await backend.open('test');
    for (const f of readdirSync(data).sort()) expect(await ingest(store, join(data, f))).toBe('new');
  });
  afterAll(() => store?.close());

  describe('ingest', () => {
    it('is idempotent: the same text again is unchanged, and a second location is recorded', async () => {
      const before = await store.counts();
      expect(await ingest(store, join(data, 'a3-lahore.txt'))).toBe('unchanged');
      expect(await ingest(store, join(data, 'a3-lahore.txt'), 'https://mirror.example/rally')).toBe(
        'unchanged',
      );
      const after = await store.counts();
      expect(after).toEqual({ ...before, locations: before.locations + 1 });
    });

    it.skipIf(backend.name !== 'sqlite')(
      'a full disk fails the document cleanly and leaves the store as it was',
      async () => {
        const s = SqliteStore.open(join(dir, 'full.db'));
        await ingest(s, join(data, 'a1-peshawar.txt'));
        const before = await s.counts();
        const pages = s.db.pragma('page_count', { simple: true }) as number;
        s.db.pragma(`max_page_count = ${pages}`);
        // Long enough to need pages the database cannot grow to.
        const long = join(dir, 'long.txt');
        writeFileSync(
          long,
          `TITLE: Long\n\n${'The Tehrik-i-Taliban Pakistan attacked a post in Bannu. '.repeat(400)}`,
        );
        await expect(ingest(s, long)).rejects.toThrow(InputError);
        await expect(ingest(s, long)).rejects.toThrow(/full\.db: disk or database full/);
        expect(await s.counts()).toEqual(before);
        expect(s.db.pragma('integrity_check', { simple: true })).toBe('ok');
        await s.close();
      },
    );
  });

  describe('entities across documents', () => {
    it('Tehrik-i-Taliban Pakistan, Tehreek-e-Taliban Pakistan and TTP are one entity, with the merge recorded', async () => {
      const ttp = await one('TTP');
      const p = await store.profile(ttp.id);
      const names = p.names.map((n) => n.name);
      expect(names).toEqual(
        expect.arrayContaining(['Tehrik-i-Taliban Pakistan', 'Tehreek-e-Taliban Pakistan', 'TTP']),
      );
      expect(p.documents).toBe(3);
      expect(p.merges.length).toBeGreaterThan(0);
      expect(p.merges[0].reason).toBeTruthy();
      expect((await one('Tehreek-e-Taliban Pakistan')).id).toBe(ttp.id);
    });

    it('keeps Hafiz Saeed and Hafiz Saeed Khan apart', async () => {
      const a = await one('Hafiz Saeed');
      const b = await one('Hafiz Saeed Khan');
      expect(a.id).not.toBe(b.id);
      expect(a.name).toBe('Hafiz Saeed');
      expect(b.name).toBe('Hafiz Saeed Khan');
    });

    it('keeps two unrelated Muhammad Khans apart and lists them as a candidate pair', async () => {
      const khans = (await store.findEntities('Muhammad Khan')).filter((e) => e.name === 'Muhammad Khan');
      expect(khans).toHaveLength(2);
      const cands = await store.candidates();
      const pair = cands.find((c) => c.a.name === 'Muhammad Khan' && c.b.name === 'Muhammad Khan');
      expect(pair?.reasons.join(' ')).toMatch(/common name/);
    });
  });

  describe('candidates', () => {
    it('name the articles each side is named in, and drop a pair one article names as two', async () => {
      const s = await backend.open('cand');
      for (const f of ['a5-quetta.txt', 'a6-swat.txt']) expect(await ingest(s, join(data, f))).toBe('new');
      const [pair] = await s.candidates();
      expect([pair.a.name, pair.b.name]).toEqual(['Muhammad Khan', 'Muhammad Khan']);
      const titles = [...pair.seenIn.a, ...pair.seenIn.b].map((x) => x.title).sort();
      expect(titles).toHaveLength(2);
      expect(titles[0]).not.toBe(titles[1]);
      // A third article that names both, as two people, settles it: the pair is no longer asked.
      const [docA] = pair.seenIn.a;
      const seq = dbOf(s).prepare('SELECT seq FROM documents WHERE id = ?').pluck().get(docA.documentId);
      dbOf(s)
        .prepare(
          "INSERT INTO mentions (document_id, start_offset, end_offset, surface, entity_id) VALUES (?, 0, 1, 'M', ?)",
        )
        .run(seq, pair.b.id);
      expect(await s.candidates()).toEqual([]);
      await s.close();
    });
  });

  describe('acronyms shared by two groups', () => {
    it('keeps the groups apart and leaves a bare acronym to the analyst', async () => {
      const d = mkdtempSync(join(tmpdir(), 'dossier-acr-'));
      const s = await backend.open('acr');
      const texts = [
        'The Hizb-ul-Nusrat Kashmir (HNK) claimed the bombing in Srinagar on Monday, police said.',
        'The Harkat-ul-Nusrat Khorasan (HNK) said on Friday that its fighters had attacked a checkpoint in Kunar.',
        'A spokesman for the HNK denied the report on Sunday.',
      ];
      for (const [i, t] of texts.entries()) {
        writeFileSync(join(d, `${i}.txt`), t);
        expect(await ingest(s, join(d, `${i}.txt`))).toBe('new');
      }
      const hizb = (await s.findEntities('Hizb-ul-Nusrat Kashmir'))[0];
      const harkat = (await s.findEntities('Harkat-ul-Nusrat Khorasan'))[0];
      expect(hizb.id).not.toBe(harkat.id);
      const bare = (await s.findEntities('HNK')).filter((e) => e.name === 'HNK');
      expect(bare).toHaveLength(1);
      const cands = await s.candidates();
      expect(cands.some((c) => c.a.id === bare[0].id || c.b.id === bare[0].id)).toBe(true);
      await s.close();
    });
  });

  describe('facts with provenance', () => {
    it('a tie stated by two documents from two outlets is one fact, corroborated twice', async () => {
      const p = await store.profile((await one('TTP')).id);
      const ally = p.ties.allied_with?.find((t) => t.other.name === 'Al Qaeda');
      expect(ally).toMatchObject({ documents: 2, outlets: 2, negated: false });
      expect(new Set(ally?.evidence.map((e) => e.documentId)).size).toBe(2);
    });

    it('an affirmed and a denied tie are both kept, each flagged as a conflict', async () => {
      const p = await store.profile((await one('Qari Mansoor Haqqani')).id);
      const ties = p.ties.affiliated_with ?? [];
      expect(ties.map((t) => t.negated).sort()).toEqual([false, true]);
      expect(ties.every((t) => t.conflict && t.other.name === 'Islamic State')).toBe(true);
      const denied = ties.find((t) => t.negated);
      expect(denied?.evidence[0].sentence).toMatch(/denies any links/);
    });

    it('quotes about an entity keep their unnamed speaker', async () => {
      const p = await store.profile((await one('Zarif Noorzai')).id);
      const q = p.quotesAbout.find((x) => /brought the TTP closer/.test(x.text));
      expect(q?.speaker).toBe('an intelligence official');
      expect(q?.outlet).toBe('kabul-wire.example');
    });
  });

  describe('queries', () => {
    it('entity: a profile with ties and their evidence, quotes by the entity, and first/last seen', async () => {
      const p = await store.profile((await one('Zarif Noorzai')).id);
      expect(p.entity.type).toBe('person');
      // "a commander of G" is one of many: a member, not the leader
      expect(p.ties.leader_of).toBeUndefined();
      const lead = p.ties.member_of?.[0];
      expect(lead?.other.name).toBe('Tehrik-i-Taliban Pakistan');
      expect(lead?.evidence[0].sentence).toMatch(/Zarif Noorzai, a commander/);
      expect(lead?.evidence[0].outlet).toBe('frontier-herald.example');
      expect(p.quotesBy.map((q) => q.text).join(' ')).toMatch(/We will continue/);
      expect(p.firstSeen).toBe('2023-03-06');
    });

    it('search: ranked FTS hits with highlighted snippets, filtered by date and kind', async () => {
      const hits = await store.search('checkpoint');
      expect(hits[0].title).toBe('Checkpoint attacked in Bannu');
      expect(hits[0].snippet).toMatch(/«checkpoint»/i);
      expect(await store.search('checkpoint', { until: '2020-12-31' })).toEqual([]);
      const quotes = await store.search('bow pressure', { type: 'quote' });
      expect(quotes.map((h) => h.kind)).toEqual(['quote']);
      // Punctuation and FTS operators in user text are taken literally, not as syntax.
      expect(await store.search('"not bow" (pressure* OR')).not.toHaveLength(0);
    });

    it('path: a chain of ties across documents, each hop with evidence', async () => {
      const from = await one('Zarif Noorzai');
      const to = await one('Islamic State');
      const paths = await store.paths(from.id, to.id);
      // Only Qari Mansoor Haqqani's ties reach the Islamic State, and none of his reach the TTP.
      expect(paths).toEqual([]);
      const aq = await one('Al Qaeda');
      const chain = (await store.paths(from.id, aq.id))[0];
      expect(chain.map((h) => h.type)).toEqual(['member_of', 'allied_with']);
      expect(chain[1].evidence[0].sentence).toMatch(/allied with Al Qaeda/);
      expect(chain[0].evidence[0].documentId).not.toBe(chain[1].evidence[0].documentId);
      expect(await store.paths(from.id, (await one('Hafiz Saeed')).id)).toEqual([]);
    });

    it('graph: nodes and edges around an entity to a depth', async () => {
      const ttp = await one('TTP');
      const g1 = await store.graph(ttp.id, 1);
      const names = g1.nodes.map((n) => n.name);
      expect(names).toEqual(expect.arrayContaining(['Zarif Noorzai', 'Al Qaeda']));
      expect(g1.edges.every((e) => g1.nodes.some((n) => n.id === e.source))).toBe(true);
      const all = await store.graph();
      expect(all.nodes.length).toBeGreaterThan(g1.nodes.length);
    });

    it('timeline: events in date order', async () => {
      const t = await store.timeline();
      const dates = t.map((e) => e.date ?? e.evidence[0]?.published ?? '');
      expect(dates.length).toBeGreaterThan(2);
      expect([...dates].sort()).toEqual(dates);
      const peshawar = await one('Peshawar');
      const here = await store.timeline(peshawar.id);
      expect(here.length).toBeGreaterThan(0);
      expect(here.every((e) => e.place === 'Peshawar')).toBe(true);
      expect(here.flatMap((e) => e.participants.map((p) => p.role))).not.toContain('place');
    });

    it('sources: outlets with document counts, graded with an Admiralty grade', async () => {
      const s = await store.sources();
      expect(s.find((x) => x.outlet === 'frontier-herald.example')?.documents).toBe(3);
      const g = await store.gradeSource('Frontier-Herald.example', 'B', 2, 'tester');
      expect(g.grade).toBe('B2');
      await expect(store.gradeSource('nowhere.example', 'B', 2, 'tester')).rejects.toThrow(/no such outlet/);
      await expect(store.gradeSource('frontier-herald.example', 'G', 7, 'tester')).rejects.toThrow(
        /Admiralty/,
      );
    });
  });
});
