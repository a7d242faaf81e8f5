// Incidents end to end, extraction included, on articles written for this test: three
// reports of one bombing (three outlets, other words, "on Sunday" and "yesterday" in
// Monday papers, a ministry's absolute date) make one incident with three sources; a
// second attack in the same city that week, and one elsewhere that day, stay apart; the
// tolls the reports disagree on are all kept; merge, split and undo; reextract keeps them.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInput } from '../ingest/read.js';
import { extract } from '../nlp/pipeline.js';
import { documentMeta } from './document.js';
import { Incidents, type PlaceInfo, reportWindow, type Window } from './incidents.js';
import { IncidentReader } from './incidents-read.js';

/** What a report agreed on with its incident, as stored in incident_reports.agreed. */
type Agreement = Record<string, unknown>;

import { openDatabase } from './open.js';
import { SqliteStore } from './sqlite.js';
import type { IncidentView } from './store.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-incidents-'));

// the articles are in test/fixtures/incidents: wire, daily and ministry report one bombing;
// checkpoint is another attack in Kirkuk that week (recalling a March one), mosul an attack
// elsewhere that day, basra an arrest (an event, not an incident)
const FIXTURES = fileURLToPath(new URL('../../test/fixtures/incidents/', import.meta.url));
const ARTICLES = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));

let store: SqliteStore;
const dbPath = join(dir, 'i.db');

async function ingest(s: SqliteStore, name: string) {
  const path = join(FIXTURES, name);
  const src = await readInput(path);
  return s.ingest(documentMeta(src, path), extract(src));
}

const kirkuk = (list: IncidentView[]) => list.filter((i) => i.place?.name === 'Kirkuk');
const bySources = (list: IncidentView[], n: number) => list.find((i) => i.sourceCount === n);

beforeAll(async () => {
  store = SqliteStore.open(dbPath);
  for (const name of ARTICLES) expect((await ingest(store, name)).status).toBe('new');
});
afterAll(() => store.close());

describe('the toll is stored with each event', () => {
  it('keeps each count with its kind, range and words', () => {
    const rows = store.db
      .prepare('SELECT kind, min_count AS min, max_count AS max, text FROM fact_tolls ORDER BY text')
      .all() as { kind: string; min: number | null; max: number | null; text: string }[];
    expect(rows).toContainEqual(expect.objectContaining({ kind: 'killed', min: 16, max: null }));
    expect(rows).toContainEqual(expect.objectContaining({ kind: 'killed', min: 17, max: 17 }));
    expect(rows).toContainEqual(expect.objectContaining({ kind: 'wounded', min: 40, max: 40 }));
    expect(rows.find((r) => r.min === 16)?.text).toMatch(/at least 16/);
  });

  it('an older store (schema 5) opens and gains the tables', () => {
    const p = join(dir, 'old.db');
    openDatabase(p, { migrateTo: 5 }).close();
    const db = openDatabase(p);
    expect(
      db.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('fact_tolls','incidents')").pluck().get(),
    ).toBe(2);
    db.close();
  });
});

describe('incidents across documents', () => {
  it('three reports of one bombing are one incident with three sources', async () => {
    const all = await store.incidents();
    const one = bySources(kirkuk(all), 3);
    expect(one, JSON.stringify(all.map((i) => [i.place?.name, i.date, i.sourceCount]))).toBeDefined();
    expect(one!.date).toEqual({ from: '2025-06-01', to: '2025-06-01' });
    expect(one!.sources.map((s) => s.outlet).sort()).toEqual([
      'Interior Ministry',
      'National Daily',
      'Wire Service',
    ]);
    // each report keeps its own date, read against its own paper's day
    const dates = one!.reports.map((r) => [r.outlet, r.dateText, r.date]);
    expect(dates).toContainEqual(['Wire Service', 'Sunday', '2025-06-01']);
    expect(dates).toContainEqual(['National Daily', 'yesterday', '2025-06-01']);
    expect(dates).toContainEqual(['Interior Ministry', 'June 1', '2025-06-01']);
  });

  it('explains each join: which fields agreed', async () => {
    const one = bySources(kirkuk(await store.incidents()), 3)!;
    const joined = one.reports.filter((r) => r.joinedBy === 'machine' && !r.agreed.sameDocument);
    expect(joined.length).toBeGreaterThanOrEqual(2);
    for (const r of joined) expect(r.agreed).toMatchObject({ date: 'same day', place: 'same' });
    expect(one.reports.filter((r) => r.joinedBy === 'first')).toHaveLength(1);
  });

  it('a second attack in the same city in the same week stays separate, as does one elsewhere that day', async () => {
    const all = await store.incidents();
    const k = kirkuk(all);
    expect(k).toHaveLength(2);
    const other = k.find((i) => i.sourceCount === 1)!;
    expect(other.date).toEqual({ from: '2025-06-04', to: '2025-06-04' });
    expect(other.toll.killed).toMatchObject({ min: 4, max: 4 });
    const mosul = all.filter((i) => i.place?.name === 'Mosul');
    expect(mosul).toHaveLength(1);
    // the arrest is an event, not an incident
    expect(all).toHaveLength(3);
    // the March bombing the checkpoint story recalls is an earlier incident mentioned in passing
    const earlier = await store.incidents({ background: 'only' });
    expect(earlier.map((i) => [i.date?.from, i.background, i.toll.killed?.min])).toEqual([
      ['2025-03-01', true, 30],
    ]);
    expect((await store.timeline()).some((v) => v.type === 'arrest')).toBe(true);
  });

  it('conflicting tolls are all kept, as a range with every figure cited', async () => {
    const one = bySources(kirkuk(await store.incidents()), 3)!;
    const killed = one.toll.killed!;
    expect(killed).toMatchObject({ min: 16, max: 18, conflict: true });
    const figs = killed.figures.map((f) => [f.outlet, f.min, f.max]);
    expect(figs).toContainEqual(['Wire Service', 16, null]);
    expect(figs).toContainEqual(['National Daily', 17, 17]);
    expect(figs).toContainEqual(['Interior Ministry', 18, 18]);
    expect(one.toll.wounded).toMatchObject({ min: 24, max: 40 });
    // each report shows its own toll side by side
    expect(one.reports.find((r) => r.outlet === 'Interior Ministry')!.toll.map((t) => t.kind)).toEqual([
      'killed',
      'wounded',
    ]);
  });

  it('shows the perpetrator reports name, and a claim and a denial both', async () => {
    const one = bySources(kirkuk(await store.incidents()), 3)!;
    expect(one.perpetrators.map((p) => p.name)).toContain('Islamic State');
    const stances = one.claims.map((c) => [c.entity?.name, c.stance, c.outlet]);
    expect(stances).toContainEqual(['Islamic State', 'claim', 'Wire Service']);
    expect(stances.some(([n, s]) => s === 'denial' && /Ansar/.test(String(n)))).toBe(true);
  });

  it('an entity lists the incidents it took part in', async () => {
    const is = (await store.findEntities('Islamic State'))[0];
    const p = await store.profile(is.id);
    expect(p.incidents?.map((i) => i.sourceCount)).toEqual([3]);
    const place = (await store.findEntities('Kirkuk'))[0];
    expect((await store.profile(place.id)).incidents).toHaveLength(2);
  });
});

describe('analyst decisions on incidents', () => {
  it('merge joins two incidents; undo restores both as they were', async () => {
    const before = kirkuk(await store.incidents());
    const big = bySources(before, 3)!;
    const small = bySources(before, 1)!;
    const d = await store.decide(
      { kind: 'merge-incidents', incidentId: big.id, otherId: small.id },
      'tester',
    );
    expect(d.summary).toMatch(/merge incident/);
    const merged = kirkuk(await store.incidents());
    expect(merged).toHaveLength(1);
    expect(merged[0].id).toBe(big.id);
    expect(merged[0].sourceCount).toBe(4);
    // (every report of the incident that joined: its attack and the killing it told, if any)
    expect(merged[0].reports.filter((r) => r.joinedBy === 'analyst')).toHaveLength(small.reports.length);
    await store.undo(d.id, 'tester');
    const after = kirkuk(await store.incidents());
    expect(after.map((i) => [i.id, i.sourceCount, i.date]).sort()).toEqual(
      before.map((i) => [i.id, i.sourceCount, i.date]).sort(),
    );
    expect(bySources(after, 3)!.reports.map((r) => [r.factId, r.joinedBy])).toEqual(
      big.reports.map((r) => [r.factId, r.joinedBy]),
    );
  });

  it('split takes a report out; it stands after reextract; undo puts it back', async () => {
    const big = bySources(kirkuk(await store.incidents()), 3)!;
    const ministry = big.reports.find((r) => r.outlet === 'Interior Ministry')!;
    const d = await store.decide(
      { kind: 'split-incident', incidentId: big.id, factId: ministry.factId },
      'tester',
    );
    const check = async () => {
      const k = kirkuk(await store.incidents());
      expect(k).toHaveLength(3);
      expect(k.find((i) => i.sources[0].outlet === 'Interior Ministry')?.sourceCount).toBe(1);
    };
    await check();
    const r = await store.reextract(undefined, async (src) => extract(src));
    expect(r.decisions.notFound).toBe(0);
    await check();
    await store.undo(d.id, 'tester');
    expect(bySources(kirkuk(await store.incidents()), 3)).toBeDefined();
  });

  it('refuses what cannot be done, naming the input', async () => {
    await expect(
      store.decide({ kind: 'merge-incidents', incidentId: 'Inope', otherId: 'Inope2' }, 't'),
    ).rejects.toThrow(/Inope: no such incident/);
    // (an incident of one report: not one whose one source told an attack and its killing)
    const one = (await store.incidents()).find((i) => i.reports.length === 1)!;
    expect(one).toBeDefined();
    await expect(
      store.decide({ kind: 'split-incident', incidentId: one.id, factId: one.reports[0].factId }, 't'),
    ).rejects.toThrow(/one report only/);
  });
});

describe('the rules, on hand-made reports joined as ingest joins them', () => {
  const place = (id: string, over: Partial<PlaceInfo> = {}): PlaceInfo => ({
    id,
    name: id,
    gazetteerKey: null,
    country: 'IQ',
    lat: 35.47,
    lon: 44.39,
    ...over,
  });

  it('a relative date is read against its own paper; undated reports take their publication days', () => {
    expect(reportWindow('2025-06-01', '2025-06-02')).toEqual({
      lo: '2025-06-01',
      hi: '2025-06-01',
      dated: true,
    });
    expect(reportWindow('2025-02', null)).toEqual({ lo: '2025-02-01', hi: '2025-02-28', dated: true });
    expect(reportWindow(null, '2025-06-02')).toEqual({ lo: '2025-05-31', hi: '2025-06-02', dated: false });
    expect(reportWindow('2025', null)).toBeNull();
  });

  /** One attack (or killing) report, as ingest hands it to the join: its own document and fact. */
  interface Report {
    type: string;
    window: Window | null;
    place: PlaceInfo | null;
    agents: string[];
    /** killed figures, [lowest, highest] (null: open-ended or unknown) */
    killed?: [number | null, number | null][];
  }

  /** A store of hand-made rows; each report joins as ingest joins it (Incidents.join). */
  let stores = 0;
  function world() {
    const db = openDatabase(join(dir, `rules-${++stores}.db`));
    const incidents = new Incidents(db);
    let seq = 0;
    const report = (r: Report) => {
      seq++;
      db.prepare(
        "INSERT INTO documents (seq, id, text, extractor, ingested_at) VALUES (?, ?, '', 'test', '')",
      ).run(seq, `D${seq}`);
      if (r.place)
        db.prepare(
          "INSERT OR IGNORE INTO entities (id, type, name, gazetteer_key, country, lat, lon) VALUES (?, 'place', ?, ?, ?, ?, ?)",
        ).run(r.place.id, r.place.name, r.place.gazetteerKey, r.place.country, r.place.lat, r.place.lon);
      const factId = `F${seq}`;
      db.prepare("INSERT INTO facts (id, kind, type, place_id) VALUES (?, 'event', ?, ?)").run(
        factId,
        r.type,
        r.place?.id ?? null,
      );
      for (const [i, [min, max]] of (r.killed ?? []).entries())
        db.prepare(
          "INSERT INTO fact_tolls (fact_id, kind, min_count, max_count, text, start_offset, end_offset) VALUES (?, 'killed', ?, ?, '', ?, ?)",
        ).run(factId, min, max, i, i + 1);
      const id = incidents.join({
        factId,
        type: r.type,
        document: seq,
        window: r.window,
        place: r.place?.id ?? null,
        agents: r.agents,
      });
      const row = db.prepare('SELECT agreed FROM incident_reports WHERE fact_id = ?').get(factId) as {
        agreed: string;
      };
      return { id, agreed: JSON.parse(row.agreed) as Agreement };
    };
    return { db, report };
  }

  /** What a report agreed on with an incident another document reported first; null: it started its own. */
  function judged(r: Report, inc: Report): Agreement | null {
    const w = world();
    const first = w.report(inc);
    const second = w.report(r);
    w.db.close();
    return second.id === first.id ? second.agreed : null;
  }

  const day: Window = { lo: '2025-06-01', hi: '2025-06-01', dated: true };

  it('places agree when the same, one inside the other, or one place at two scales', () => {
    const iraq = place('iq', { gazetteerKey: 'geo:country:IRQ', lat: 33, lon: 44 });
    // the same day and the same agent: only the places can keep the reports apart
    const at = (a: PlaceInfo, b: PlaceInfo) =>
      judged(
        { type: 'attack', window: day, place: a, agents: ['A'] },
        { type: 'attack', window: day, place: b, agents: ['A'] },
      );
    expect(at(place('a'), place('a'))?.place).toBe('same');
    expect(at(place('city'), iraq)?.place).toBe('inside');
    expect(at(place('city'), place('district', { lat: 35.5, lon: 44.42 }))?.place).toBe('near');
    expect(at(place('kirkuk'), place('mosul', { lat: 36.34, lon: 43.13 }))).toBeNull();
    expect(at(place('x'), place('y', { country: 'SY' }))).toBeNull();
  });

  it('two reports naming different agents contradict; one naming none does not', () => {
    const base = { type: 'attack', window: day, place: place('k'), agents: ['A'] };
    expect(judged(base, { ...base, agents: ['B'] })).toBeNull();
    expect(judged(base, { ...base, agents: [] })?.agent).toBe('one report');
    // across documents, type and a day alone are a weak join (taken only when no other incident fits)
    expect(judged({ ...base, place: null, agents: [] }, { ...base, agents: [] })?.weak).toBe(true);
    const around = { lo: '2025-05-31', hi: '2025-06-02', dated: false };
    expect(judged({ ...base, window: around, place: null, agents: [] }, { ...base, agents: [] })).toBeNull();
    expect(judged({ ...base, type: 'killing' }, base)?.type).toBe('compatible');
  });

  it('the toll range is the lowest lower bound to the highest figure, flagged when reports differ', () => {
    // each figure from its own report of one attack (same day, place and agent), read as the incident view reads it
    const killed = (...figures: [number | null, number | null][]) => {
      const w = world();
      const ids = figures.map((f) =>
        w.report({ type: 'attack', window: day, place: place('k'), agents: ['A'], killed: [f] }),
      );
      expect(new Set(ids.map((i) => i.id)).size).toBe(1);
      const view = new IncidentReader(w.db).get(ids[0].id);
      w.db.close();
      return view?.toll.killed;
    };
    expect(killed([16, null], [17, 17])).toMatchObject({ min: 16, max: 17, conflict: false });
    expect(killed([20, null], [15, 15])).toMatchObject({
      min: 15,
      max: 20,
      openEnded: true,
      conflict: true,
    });
    expect(killed([10, 15], [12, 12])).toMatchObject({ min: 10, max: 15, conflict: false });
  });
});

describe('incidents.csv', () => {
  it('one row per incident in ACLED columns, fatalities the lowest figure, every figure beside it', async () => {
    const { ExportSource } = await import('../export/source.js');
    const { csvTable } = await import('../export/csv.js');
    const { parse } = await import('csv-parse/sync');
    const rows = parse([...csvTable(new ExportSource(store.db), 'incidents')].join(''), {
      columns: true,
    }) as Record<string, string>[];
    expect(rows).toHaveLength(4);
    const big = rows.find((r) => r.sources === '3')!;
    expect(big).toMatchObject({
      event_date: '2025-06-01',
      year: '2025',
      time_precision: '1',
      location: 'Kirkuk',
      country: 'IQ',
      fatalities: '16',
      fatalities_max: '18',
      background: 'false',
    });
    expect(big.fatalities_sources).toMatch(/Wire Service: killing at least 16 people/);
    expect(big.fatalities_sources).toMatch(/Interior Ministry: 18 civilians were killed/);
    expect(big.source.split('; ').sort()).toEqual(['Interior Ministry', 'National Daily', 'Wire Service']);
    expect(rows.find((r) => r.location === 'Tikrit')).toMatchObject({
      background: 'true',
      time_precision: '3',
    });
  });
});
