// `dossier db copy` between SQLite and PostgreSQL, and the CLI on a PostgreSQL
// store: a store copied to PostgreSQL and back has every row it had, decisions and
// watch lists included; the copy answers the same queries (screening hits too);
// commands not on PostgreSQL yet say so in one line.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/api/app.js';
import { CSV_TABLES } from '../src/export/csv.js';
import { exportChunks, FORMATS } from '../src/export/index.js';
import { ExportSource } from '../src/export/source.js';
import { readInput } from '../src/ingest/read.js';
import { extract } from '../src/nlp/pipeline.js';
import { openDb } from '../src/screen/db.js';
import { importList } from '../src/screen/lists.js';
import { copyStore } from '../src/store/copy.js';
import { documentMeta } from '../src/store/document.js';
import type { DB } from '../src/store/open.js';
import { PgStore } from '../src/store/pg/store.js';
import { SqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/store.js';
import { type PgCluster, pgCluster, pgUnavailable } from './pg-cluster.js';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../bin/dossier', import.meta.url));
const data = fileURLToPath(new URL('../src/store/testdata/', import.meta.url));
const skip = pgUnavailable();

/**
 * Every table the original SQLite store holds, read from its own schema: all but
 * SQLite's internal ones, the full-text indexes (and their shadow tables), which the
 * copy rebuilds rather than copies, and each backend's own migration history.
 */
function tablesOf(db: DB): string[] {
  const names = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE '%\\_fts%' ESCAPE '\\' AND name <> 'schema_version' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  return names;
}

/** Every row of every given table, sorted, PostgreSQL's own rowid column aside. */
function rows(db: DB, tables: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const t of tables)
    out[t] = (db.prepare(`SELECT * FROM ${t}`).all() as Record<string, unknown>[])
      .map((r) => {
        const { rowid: _, ...rest } = r;
        return JSON.stringify(Object.entries(rest).sort());
      })
      .sort();
  return out;
}

const sorted = (g: { nodes: unknown[]; edges: unknown[] }) => ({
  nodes: g.nodes.map((n) => JSON.stringify(n)).sort(),
  edges: g.edges.map((e) => JSON.stringify(e)).sort(),
});

describe.skipIf(skip)('db copy and the CLI on PostgreSQL', () => {
  let cluster: PgCluster;
  let dir: string;
  let original: string;
  let list: string;
  beforeAll(async () => {
    cluster = (await pgCluster())!;
    dir = mkdtempSync(join(tmpdir(), 'dossier-copy-'));
    original = join(dir, 'original.db');
    // an invented watch list naming two of the corpus's invented people
    list = join(dir, 'list.csv');
    writeFileSync(
      list,
      'name,aliases,type,id,birth_date,country\nZarif Noorzai,Zareef Nurzai,person,T-1,,AF\nHafiz Saeed Khan,,person,T-2,,PK\n',
    );
    const s = SqliteStore.open(original);
    for (const f of readdirSync(data).sort()) {
      const src = await readInput(join(data, f));
      await s.ingest(documentMeta(src, join(data, f)), extract(src));
    }
    const [ttp] = await s.findEntities('TTP');
    await s.decide({ kind: 'rename', entityId: ttp.id, name: 'Tehrik-i-Taliban Pakistan (TTP)' }, 'tester');
    const [pair] = await s.candidates();
    await s.decide({ kind: 'merge', entityId: pair.a.id, otherId: pair.b.id }, 'tester');
    await s.close();
    const lists = openDb(original);
    importList(lists, list, 'invented');
    lists.close();
  }, 120_000);
  afterAll(async () => {
    await cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('SQLite → PostgreSQL → SQLite keeps every row, decisions included, and the copy answers alike', async () => {
    const url = await cluster.database();
    const there = await copyStore(original, url);
    expect(there.rows.documents).toBe(readdirSync(data).length);
    expect(there.rows.decisions).toBe(2);
    const back = join(dir, 'back.db');
    await copyStore(url, back);
    const a = SqliteStore.open(original, { readonly: true });
    const b = SqliteStore.open(back, { readonly: true });
    const pg = PgStore.open(url);
    try {
      const tables = tablesOf(a.db);
      // the store's own tables and the watch lists' ones are all among them
      expect(tables).toEqual(
        expect.arrayContaining(['documents', 'decisions', 'incident_reports', 'screen_entries']),
      );
      expect(rows(b.db, tables)).toEqual(rows(a.db, tables));
      expect(rows(pg.sqlDb, tables)).toEqual(rows(a.db, tables));
      const stores: Store[] = [a, pg];
      const [ga, gp] = await Promise.all(stores.map((s) => s.graph()));
      expect(sorted(gp)).toEqual(sorted(ga));
      const [ttpA] = await a.findEntities('TTP');
      const [ttpP] = await pg.findEntities('TTP');
      expect(ttpP.name).toBe('Tehrik-i-Taliban Pakistan (TTP)');
      expect(await pg.profile(ttpP.id)).toEqual(await a.profile(ttpA.id));
      expect((await pg.search('checkpoint')).map((h) => h.documentId)).toEqual(
        expect.arrayContaining((await a.search('checkpoint')).map((h) => h.documentId)),
      );
      expect((await pg.listDecisions()).map((d) => d.action)).toEqual(['rename', 'merge']);
      expect(there.rows.screen_entries).toBe(2);
      // every export format reads the same from either backend (a STIX bundle's own id aside: it has the time in it)
      const exported = (db: DB, f: (typeof FORMATS)[number], table?: (typeof CSV_TABLES)[number]) =>
        [...exportChunks(new ExportSource(db, {}), f, table)].join('').replace(/"bundle--[0-9a-f-]+"/, 'B');
      for (const f of FORMATS.filter((x) => x !== 'csv'))
        expect(exported(pg.sqlDb, f), f).toEqual(exported(a.db, f));
      for (const t of CSV_TABLES) expect(exported(pg.sqlDb, 'csv', t), t).toEqual(exported(a.db, 'csv', t));
      const viaApi = await createApp({ store: pg, version: 'test' }).request(
        '/api/export?format=jsonl&q=checkpoint',
      );
      expect(viaApi.status).toBe(200);
      expect(await viaApi.text()).toMatch(/"record":"document"/);
      // the watch lists screen the PostgreSQL store as they did the SQLite one, and a verdict is recorded there
      const hitsOf = async (s: Store) => {
        const res = await createApp({ store: s, version: 'test' }).request('/api/screening/hits');
        expect(res.status).toBe(200);
        return (await res.json()) as { items: { id: string; listedName: string; status: string }[] };
      };
      const [ha, hp] = await Promise.all([hitsOf(a), hitsOf(pg)]);
      expect(hp.items.length).toBeGreaterThan(0);
      expect(hp.items.map((h) => [h.id, h.listedName])).toEqual(ha.items.map((h) => [h.id, h.listedName]));
      const dismissed = await createApp({ store: pg, version: 'test' }).request(
        `/api/screening/hits/${hp.items[0].id}/dismiss`,
        {
          method: 'POST',
          headers: { 'X-Dossier-CSRF': '1', 'Content-Type': 'application/json' },
          body: '{}',
        },
      );
      expect(((await dismissed.json()) as { status: string }).status).toBe('dismissed');
      // the identity sequences moved past the copied ids: a new decision gets the next number
      const undo = await pg.undo(2, 'tester');
      expect(undo.undoneBy).toBe('tester');
    } finally {
      await a.close();
      await b.close();
      await pg.close();
    }
  });

  it('refuses to copy into a store that is not empty, in one line', async () => {
    const url = await cluster.database();
    await copyStore(original, url);
    const r = await run(process.execPath, [BIN, 'db', 'copy', original, url]).catch((e) => e);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/is not empty/);
  });

  // Some twenty CLI processes one after another: it took over 60 s at load 13 (issue #14, pg7).
  it('the CLI on a postgres:// store: db init, ingest, entity, rename, undo, reextract, watch lists, alerts, export and import', async () => {
    const url = await cluster.database();
    const init = await run(process.execPath, [BIN, 'db', 'init', url]);
    expect(init.stdout).toMatch(/postgres store at schema \d+, 0 documents/);
    await run(process.execPath, [BIN, 'ingest', '--db', url, data], {
      env: { ...process.env, DOSSIER_WORKERS: '1' },
    });
    const entity = await run(process.execPath, [BIN, 'entity', 'Tehreek-e-Taliban Pakistan', '--json'], {
      env: { ...process.env, DOSSIER_DB: url },
    });
    const names = (JSON.parse(entity.stdout).names as { name: string }[]).map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['Tehrik-i-Taliban Pakistan', 'TTP']));
    // the analyst's commands: a rename, listed, undone
    const env = { ...process.env, DOSSIER_DB: url };
    await run(process.execPath, [BIN, 'rename', 'TTP', 'Tehrik-i-Taliban Pakistan (TTP)', '--by', 'tester'], {
      env,
    });
    const renamed = await run(process.execPath, [BIN, 'entity', 'TTP', '--json'], { env });
    expect(JSON.parse(renamed.stdout).entity.name).toBe('Tehrik-i-Taliban Pakistan (TTP)');
    const listed = JSON.parse((await run(process.execPath, [BIN, 'decisions', '--json'], { env })).stdout);
    expect(listed.map((d: { action: string }) => d.action)).toEqual(['rename']);
    await run(process.execPath, [BIN, 'undo', String(listed[0].id), '--by', 'tester'], { env });
    const back = await run(process.execPath, [BIN, 'entity', 'TTP', '--json'], { env });
    expect(JSON.parse(back.stdout).entity.name).toBe(JSON.parse(entity.stdout).entity.name);
    // reextract in place: every document again, the (undone) rename not re-applied
    await run(process.execPath, [BIN, 'rename', 'TTP', 'Pakistani Taliban', '--by', 'tester'], { env });
    const re = await run(process.execPath, [BIN, 'reextract', '--json'], {
      env: { ...env, DOSSIER_WORKERS: '1' },
    });
    expect(JSON.parse(re.stdout)).toMatchObject({
      documents: readdirSync(data).length,
      failed: [],
      decisions: { applied: 1, notFound: 0 },
    });
    const again = await run(process.execPath, [BIN, 'entity', 'TTP', '--json'], { env });
    expect(JSON.parse(again.stdout).entity.name).toBe('Pakistani Taliban');
    // watch lists in the PostgreSQL database: import, list, screen a name and the whole store
    const imported = await run(process.execPath, [BIN, 'watchlist', 'import', list, '--name', 'invented'], {
      env,
    });
    expect(imported.stdout).toMatch(/invented: version 1, 2 entries/);
    const listed2 = JSON.parse(
      (await run(process.execPath, [BIN, 'watchlist', 'list', '--json'], { env })).stdout,
    );
    expect(listed2.map((l: { name: string; records: number }) => [l.name, l.records])).toEqual([
      ['invented', 2],
    ]);
    const one = JSON.parse(
      (await run(process.execPath, [BIN, 'screen', '--name', 'Zareef Noorzai', '--json'], { env })).stdout,
    );
    expect(one.hits.map((h: { id: string }) => h.id)).toContain('T-1');
    const whole = (await run(process.execPath, [BIN, 'screen', '--json'], { env })).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(whole.filter((x) => x.hits.length).map((x) => x.hits[0].id)).toEqual(
      expect.arrayContaining(['T-1', 'T-2']),
    );
    // feeds and alert rules in the PostgreSQL database
    await run(process.execPath, [BIN, 'alert', 'add', 'ttp', '--entity', 'TTP'], { env });
    const rules = await run(process.execPath, [BIN, 'alert', 'list', '--json'], { env });
    expect(JSON.parse(rules.stdout).map((x: { name: string }) => x.name)).toEqual(['ttp']);
    expect(
      JSON.parse((await run(process.execPath, [BIN, 'feed', 'list', '--json'], { env })).stdout),
    ).toEqual([]);
    // export from PostgreSQL, import into another PostgreSQL database: the same graph
    const stix = join(dir, 'pg.stix.json');
    await run(process.execPath, [BIN, 'export', '--format', 'stix', '-o', stix], { env });
    const url2 = await cluster.database();
    const imp = await run(process.execPath, [BIN, 'import', stix, '--json'], {
      env: { ...env, DOSSIER_DB: url2 },
    });
    expect(JSON.parse(imp.stdout).documents).toBe(readdirSync(data).length);
    const [g1, g2] = await Promise.all(
      [url, url2].map(async (u) => {
        const s = PgStore.open(u);
        try {
          const g = await s.graph();
          return { nodes: g.nodes.map((n) => n.name).sort(), edges: g.edges.length };
        } finally {
          await s.close();
        }
      }),
    );
    expect(g2).toEqual(g1);
  }, 180_000);
});

describe.skipIf(!skip)('db copy and the CLI on PostgreSQL', () => {
  it.skip(`skipped: ${skip}`, () => {});
});
