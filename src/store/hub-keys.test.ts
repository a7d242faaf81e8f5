// Hub keys (resolve.ts hubKeys): the key of a common given name in a full person name
// ("Farooq" of "Farooq Gulsan") proposes every namesake, and a full name that only that
// key proposes is apart whatever it is. Resolution does not judge such people, and on
// PostgreSQL a reader of the key locks only its part for people with no full name
// (`lone:`), so that two ingesters adding two new Farooqs do not stop each other. The
// names here are invented (common given names, made-up surnames).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PgCluster, pgCluster, pgUnavailable } from '../../test/pg-cluster.js';
import { givenNames } from '../knowledge/given-names.js';
import { blockingKeys, prepareName } from '../nlp/names.js';
import type { Extraction } from '../types.js';
import { documentId } from './ids.js';
import { PgError } from './pg/bridge.js';
import { PgStore } from './pg/store.js';
import { givenPairs, hubKeys, judge, type Known } from './resolve.js';
import { SqliteStore } from './sqlite.js';
import type { DocumentMeta, Store } from './store.js';

const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

describe('hubKeys', () => {
  it("are the keys of a full name's one common given name", () => {
    expect([...hubKeys('person', ['Farooq Gulsan']).keys]).toEqual(['person:frk']);
    expect([...hubKeys('person', ['Gulsan Tarakzai', 'Waqar Gulsan Tarakzai']).keys]).toEqual(['person:vkr']);
    // one token a given name: the others and the pair stay ordinary keys
    const keys = hubKeys('person', ['Imran Bazoor']).keys;
    expect(keys.has('person:imrn')).toBe(true);
    expect([...keys].some((k) => k.includes('bzr'))).toBe(false);
  });

  it('are none for a lone name, a group, or a key two tokens give', () => {
    expect(hubKeys('person', ['Farooq']).keys.size).toBe(0);
    expect(hubKeys('person', ['Farooq', 'Gulsan']).keys.size).toBe(0);
    expect(hubKeys('organization', ['Tehrik Farooq Jadid']).keys.size).toBe(0);
    // "Farooq" and "Faruq" give one key: no one given name gives it alone
    expect(hubKeys('person', ['Farooq Faruq Zardan']).keys.size).toBe(0);
    // a key that another name of the entity gives otherwise (the surname "Farooqi") is no hub
    expect(hubKeys('person', ['Farooq Gulsan', 'Zardan Farooqi']).keys.size).toBe(0);
    expect(hubKeys('person', ['Farooq Gulsan', 'Zardan Tarakzai']).keys.has('person:frk')).toBe(true);
  });

  it('pair two given names, for the reader and for every writer of such a person', () => {
    const hubs = hubKeys('person', ['Hamid Nasir Toroswal']);
    expect([...hubs.keys].sort()).toEqual(['person:hmd', 'person:nsr']);
    const read = givenPairs('person', ['Hamid Nasir Toroswal'], hubs);
    expect(read).toEqual(['pair:person:hmd|person:nsr']);
    // the same two given names the other way round, another surname: the writer's pairs meet the reader's
    expect(givenPairs('person', ['Nasir Hamid Baloon'])).toContain(read[0]);
    expect(givenPairs('person', ['Farooq Gulsan'], hubKeys('person', ['Farooq Gulsan']))).toEqual([]);
  });
});

/** A known person with these names, for judge(). */
function known(id: string, names: string[]): Known {
  return {
    id,
    type: 'person',
    names,
    gazetteerKey: null,
    country: null,
    roles: [],
    neighbours: () => new Set(),
  };
}

describe('what the hub keys rest on', () => {
  it('two full names that share only one common given name are apart, with the most context', () => {
    const given = [...givenNames()]
      .filter((g) => /^[a-z]{4,}$/.test(g))
      .slice(0, 60)
      .map(cap);
    const surnames = ['Gulsan', 'Zardan', 'Tarakzai', 'Bazoor', 'Halokoon', 'Nurabadi', 'Pirkhel'];
    const names = [
      ...given.flatMap((g) => surnames.map((s) => `${g} ${s}`)),
      ...given.slice(0, 20).flatMap((g, i) => given.slice(20, 30).map((h) => `${g} ${h} ${surnames[i % 7]}`)),
    ];
    const tokenKeys = (n: string) =>
      prepareName(n)
        .content.filter((t) => givenNames().has(t.text))
        .map((t) => new Set([t.cons.length >= 2 ? t.cons : t.light, ...(t.alt ? [t.alt] : [])]));
    let pairs = 0;
    for (const a of names) {
      const hub = tokenKeys(a);
      const own = new Set(blockingKeys(a));
      for (const b of names) {
        if (a === b) continue;
        const shared = blockingKeys(b).filter((k) => own.has(k));
        if (!shared.length || !hub.some((t) => shared.every((k) => t.has(k)))) continue;
        pairs++;
        // every neighbour shared, the same role and country: context at its cap
        const inc = {
          type: 'person' as const,
          names: [a],
          gazetteerKey: null,
          country: 'PK',
          roles: ['commander'],
          context: new Set(['n1', 'n2', 'n3', 'n4', 'n5']),
        };
        const k = { ...known('k', [b]), country: 'PK', roles: ['commander'] };
        k.neighbours = () => new Set(['n1', 'n2', 'n3', 'n4', 'n5']);
        const v = judge(inc, k);
        if (v.decision !== 'apart') throw new Error(`${a} / ${b}: ${v.decision} ${v.score}`);
      }
    }
    expect(pairs).toBeGreaterThan(1000);
  });
});

/** An article naming the people given, one sentence each. */
function article(people: string[], n: number): { meta: DocumentMeta; ex: Extraction } {
  const text = people.map((p, i) => `${p} spoke at the rally on day ${n}, witness ${i} said.`).join(' ');
  let from = 0;
  const at = (s: string) => {
    const start = text.indexOf(s, from);
    from = start + s.length;
    return { start, end: start + s.length };
  };
  const published = `2025-06-${String((n % 28) + 1).padStart(2, '0')}`;
  return {
    meta: {
      id: documentId(text),
      location: `test:${n}`,
      title: null,
      published,
      outlet: 'hill-news.example',
      byline: null,
    },
    ex: {
      schema: 'dossier.extraction/1',
      document: { title: null, published, url: null, text },
      entities: people.map((p, i) => ({
        id: `e${i}`,
        type: 'person' as const,
        name: p,
        aliases: [],
        mentions: [at(p)],
        attributes: {},
      })),
      quotes: [],
      relations: [],
      events: [],
    },
  };
}

async function ingestAll(s: Store, docs: { meta: DocumentMeta; ex: Extraction }[]): Promise<void> {
  for (const d of docs) await s.ingest(d.meta, d.ex);
}

describe('resolution with hub keys (SQLite)', () => {
  it('keeps namesakes apart, still merges a spelling variant, still judges a lone given name', async () => {
    const s = SqliteStore.open(join(mkdtempSync(join(tmpdir(), 'dossier-hub-')), 'hub.db'));
    await ingestAll(s, [
      article(['Farooq Gulsan'], 1),
      article(['Farooq Zardan'], 2),
      article(['Faruq Gulsan'], 3),
      article(['Bilal Tarakzai', 'Waqar Pirkhel'], 4),
      article(['Waqar Nurabadi', 'Bilal Tarakzai'], 5),
    ]);
    const people = s.db
      .prepare("SELECT name FROM entities WHERE type = 'person' ORDER BY name")
      .pluck()
      .all();
    expect(people).toEqual([
      'Bilal Tarakzai',
      'Farooq Gulsan',
      'Farooq Zardan',
      'Waqar Nurabadi',
      'Waqar Pirkhel',
    ]);
    expect(s.db.prepare('SELECT count(*) FROM candidates').pluck().get()).toBe(0);
    await s.close();
  });
});

const skip = pgUnavailable();

describe.skipIf(skip)('hub key locks on PostgreSQL', () => {
  let cluster: PgCluster;
  let url: string;
  let store: PgStore;
  let other: PgStore;
  const hold = (mode: 'shared' | 'exclusive', key: string) => {
    other.db.exec('BEGIN');
    other.db
      .prepare(
        `SELECT count(pg_advisory_xact_lock${mode === 'shared' ? '_shared' : ''}(hashtextextended(?, 0)))`,
      )
      .get(key);
  };
  beforeAll(async () => {
    cluster = (await pgCluster())!;
    url = await cluster.database();
    store = PgStore.open(url);
    other = PgStore.open(url);
    // a lock the writer cannot have fails fast instead of waiting for the test's other connection
    store.db.exec("SET lock_timeout = '300ms'");
    await ingestAll(store, [article(['Farooq Tarakzai', 'Imran Halokoon'], 1)]);
  });
  afterAll(async () => {
    await store?.close();
    await other?.close();
    await cluster?.stop();
  });

  it('a new full name is written while another ingester resolves a namesake', async () => {
    // what an ingester resolving "Farooq Zardan" and "Imran Bazoor" holds
    const held = [...PgStore.readKeys(article(['Farooq Zardan', 'Imran Bazoor'], 9).ex)];
    expect(held).toContain('lone:person:frk');
    expect(held).not.toContain('key:person:frk');
    other.db.exec('BEGIN');
    for (const k of held)
      other.db.prepare('SELECT count(pg_advisory_xact_lock_shared(hashtextextended(?, 0)))').get(k);
    try {
      const r = await store.ingest(
        ...(Object.values(article(['Farooq Gulsan'], 2)) as [DocumentMeta, Extraction]),
      );
      expect(r.status).toBe('new');
      const r2 = await store.ingest(
        ...(Object.values(article(['Imran Dalmoor', 'Farooq Kandari'], 3)) as [DocumentMeta, Extraction]),
      );
      expect(r2.status).toBe('new');
    } finally {
      other.db.exec('ROLLBACK');
    }
  });

  it('waits for a reader of every namesake, and makes a full-name reader wait for a lone name', async () => {
    hold('shared', 'key:person:frk');
    try {
      await expect(
        store.ingest(...(Object.values(article(['Farooq Pirkhel'], 4)) as [DocumentMeta, Extraction])),
      ).rejects.toThrow(PgError);
    } finally {
      other.db.exec('ROLLBACK');
    }
    hold('shared', 'lone:person:imrn');
    try {
      // "Imran" alone: a person with no full name, whom full-name readers of the key judge
      await expect(
        store.ingest(...(Object.values(article(['Imran'], 5)) as [DocumentMeta, Extraction])),
      ).rejects.toThrow(PgError);
    } finally {
      other.db.exec('ROLLBACK');
    }
    // with no one holding them, both go in
    await ingestAll(store, [article(['Farooq Pirkhel'], 4), article(['Imran'], 5)]);
    expect(
      store.db
        .prepare("SELECT count(*) FROM entities WHERE name IN ('Farooq Pirkhel', 'Imran')")
        .pluck()
        .get(),
    ).toBe(2);
  });

  it('a key that was empty changes for every reader', async () => {
    hold('shared', 'lone:person:vkr');
    try {
      await expect(
        store.ingest(...(Object.values(article(['Waqar Gulsan'], 6)) as [DocumentMeta, Extraction])),
      ).rejects.toThrow(PgError);
    } finally {
      other.db.exec('ROLLBACK');
    }
  });
});

describe.skipIf(!skip)('hub key locks on PostgreSQL', () => {
  it.skip(`skipped: ${skip}`, () => {});
});
