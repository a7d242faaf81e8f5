// Several `dossier ingest` processes writing one PostgreSQL database at once:
// four processes over overlapping shares of a corpus must leave what one process
// leaves on the same documents — the same entities (as sets of mentions), the same
// merges per entity, the same facts with the same corroboration, no document lost
// or doubled, and a listening server told of each new document once (NOTIFY).
// DOSSIER_RACE_RUNS repeats the race (the bar is 20 in a row).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgStore } from '../src/store/pg/store.js';
import { type PgCluster, pgCluster, pgUnavailable } from './pg-cluster.js';

const run = promisify(execFile);
const BIN = new URL('../bin/dossier', import.meta.url).pathname;
const skip = pgUnavailable();
const RUNS = Number(process.env.DOSSIER_RACE_RUNS ?? 1);
// a run takes 15-40 s on a loaded 2-core machine: 20 of them do not fit in 10 minutes there
const TIMEOUT = Math.max(600_000, 120_000 + RUNS * 60_000);

// Invented people, groups and places, in general news phrasing.
const PEOPLE = [
  'Bashir Qaderi',
  'Nasrullah Durrani',
  'Khalil Rahmatzai',
  'Yunus Tarakai',
  'Sabir Mangal',
  'Idris Wardak',
];
const GROUPS = ['Jamaat al-Furqan', 'Harakat Saif al-Haq', 'Lashkar-e-Nusrat', 'Tanzeem al-Bayan'];
const PLACES = ['Peshawar', 'Quetta', 'Kandahar', 'Karachi', 'Jalalabad'];
// where and when the group of article i attacked: articles four apart report the same attack
const ATTACK_PLACES = ['Gardez', 'Khost', 'Ghazni', 'Zabul'];

function article(i: number): string {
  const p = PEOPLE[i % PEOPLE.length];
  const q = PEOPLE[(i * 5 + 1) % PEOPLE.length];
  const g = GROUPS[i % GROUPS.length];
  const h = GROUPS[(i + 1) % GROUPS.length];
  const c = PLACES[i % PLACES.length];
  const day = String((i % 27) + 1).padStart(2, '0');
  return `TITLE: Report ${i} from ${c}
DATE: 2024-03-${day}
URL: https://wire${i % 3}.example/2024/${i}

${p}, a commander of the ${g}, was arrested in ${c} on Tuesday, police said.

On March ${(i % 4) + 1}, gunmen from the ${g} attacked a police checkpoint in ${ATTACK_PLACES[i % 4]}, killing three officers.

The ${g} said it was allied with the ${h}. ${q}, a spokesman for the ${h}, denied the report in a statement.

"We have nothing to do with this attack," ${q} said.
`;
}

const N = 16;

type Snapshot = {
  documents: number;
  locations: number;
  entities: string[];
  merges: string[];
  facts: string[];
  /** tie counts kept by the triggers (schema 8), and as counted from the facts */
  tieCounts: string[];
  tieCountsComputed: string[];
  /** each incident as its type and the documents of its reports */
  incidents: string[];
};

/** The store as sets of mentions and facts between them, free of ids and of the order documents came in. */
function snapshot(s: PgStore): Snapshot {
  const db = s.sqlDb;
  const mentions = db
    .prepare(
      `SELECT m.entity_id AS e, d.id || ':' || m.start_offset || '-' || m.end_offset AS k
         FROM mentions m JOIN documents d ON d.seq = m.document_id`,
    )
    .all() as { e: string; k: string }[];
  const byEntity = new Map<string, string[]>();
  for (const m of mentions) byEntity.set(m.e, [...(byEntity.get(m.e) ?? []), m.k]);
  const key = new Map<string, string>();
  for (const [e, ks] of byEntity) key.set(e, ks.sort().join(' '));
  const merges = db.prepare('SELECT entity_id AS e, count(*) AS n FROM merges GROUP BY entity_id').all() as {
    e: string;
    n: number;
  }[];
  const facts = db
    .prepare(
      "SELECT type, subject_id AS s, object_id AS o, negated, documents, outlets FROM facts WHERE kind = 'relation'",
    )
    .all() as { type: string; s: string; o: string; negated: number; documents: number; outlets: number }[];
  const counts = (sql: string) =>
    (db.prepare(sql).all() as { e: string; type: string; n: number }[])
      .map((c) => `${key.get(c.e)}|${c.type}|${c.n}`)
      .sort();
  const reports = db
    .prepare(
      `SELECT i.id AS i, i.type AS t, d.id AS d FROM incidents i
         JOIN incident_reports r ON r.incident_id = i.id JOIN documents d ON d.seq = r.document_id`,
    )
    .all() as { i: string; t: string; d: string }[];
  const incidents = new Map<string, string[]>();
  for (const r of reports) incidents.set(r.i, [...(incidents.get(r.i) ?? [r.t]), r.d]);
  return {
    incidents: [...incidents.values()].map(([t, ...ds]) => `${t}|${ds.sort().join(' ')}`).sort(),
    tieCounts: counts('SELECT entity_id AS e, type, n FROM tie_counts'),
    tieCountsComputed: counts(
      `SELECT e, type, count(*) AS n FROM (SELECT subject_id AS e, type FROM facts WHERE kind = 'relation'
         UNION ALL SELECT object_id, type FROM facts WHERE kind = 'relation' AND subject_id <> object_id) AS t
       GROUP BY e, type`,
    ),
    documents: Number(db.prepare('SELECT count(*) FROM documents').pluck().get()),
    locations: Number(db.prepare('SELECT count(*) FROM locations').pluck().get()),
    entities: [...key.values()].sort(),
    merges: merges.map((m) => `${key.get(m.e)} ×${m.n}`).sort(),
    facts: facts
      .map((f) => `${f.type}|${key.get(f.s)}|${key.get(f.o)}|${f.negated}|${f.documents}|${f.outlets}`)
      .sort(),
  };
}

describe.skipIf(skip)('concurrent ingesters on PostgreSQL', () => {
  let cluster: PgCluster;
  let files: string[];
  let dir: string;
  beforeAll(async () => {
    cluster = (await pgCluster())!;
    dir = mkdtempSync(join(tmpdir(), 'dossier-race-'));
    mkdirSync(join(dir, 'c'));
    files = Array.from({ length: N }, (_, i) => {
      const f = join(dir, 'c', `r${String(i).padStart(2, '0')}.txt`);
      writeFileSync(f, article(i));
      return f;
    });
  });
  afterAll(async () => {
    await cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const ingest = (url: string, inputs: string[]) =>
    run(process.execPath, [BIN, 'ingest', '--json', '--db', url, ...inputs], {
      env: { ...process.env, DOSSIER_WORKERS: '1' },
    });

  it(
    `4 processes over overlapping shares equal one process (${RUNS} run${RUNS === 1 ? '' : 's'})`,
    async () => {
      const one = await cluster.database();
      await ingest(one, files);
      const s1 = PgStore.open(one);
      const expected = snapshot(s1);
      await s1.close();
      expect(expected.documents).toBe(N);
      expect(expected.merges.length).toBeGreaterThan(0);
      expect(expected.tieCounts.length).toBeGreaterThan(0);
      expect(expected.tieCounts).toEqual(expected.tieCountsComputed);
      // four attacks, each told by four documents (an attack and its killing: eight reports)
      expect(expected.incidents).toHaveLength(4);
      for (const inc of expected.incidents) expect(inc.split(' ').length).toBe(8);
      for (let r = 0; r < RUNS; r++) {
        const url = await cluster.database();
        // a server's view: LISTEN before the ingesters start, every new document announced once
        const listener = PgStore.open(url);
        listener.listen();
        // each process gets three quarters of the corpus, in its own order: every document twice or more
        const shares = [0, 1, 2, 3].map((k) => {
          const mine = files.filter((_, i) => i % 4 !== k);
          return k % 2 ? mine.reverse() : mine;
        });
        await Promise.all(shares.map((share) => ingest(url, share)));
        const s = PgStore.open(url);
        const got = snapshot(s);
        const ids = s.sqlDb.prepare('SELECT id FROM documents').pluck().all() as string[];
        await s.close();
        expect(got, `run ${r + 1}`).toEqual(expected);
        expect(listener.notified().sort(), `run ${r + 1}: NOTIFY`).toEqual(ids.sort());
        await listener.close();
      }
    },
    TIMEOUT,
  );
});

describe.skipIf(!skip)('concurrent ingesters on PostgreSQL', () => {
  it.skip(`skipped: ${skip}`, () => {});
});
