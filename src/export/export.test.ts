// Every export format on a store of the seed article and the public-domain corpus:
// STIX against the OASIS schemas, GEXF/GraphML re-read by graphology, FtM against
// the FollowTheMoney model, CSV re-read by csv-parse; filters and rejections.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInput } from '../ingest/read.js';
import { extract } from '../nlp/pipeline.js';
import { documentMeta } from '../store/document.js';
import { SqliteStore } from '../store/sqlite.js';
import type { CSV_TABLES } from './csv.js';
import { importFile } from './import.js';
import { exportChunks, type Format } from './index.js';
import { type ExportOptions, ExportSource } from './source.js';

// ajv-formats is CommonJS: its types give the module under NodeNext; `.default` is the plugin.
const addFormats = addFormatsModule.default;

/** One line of the FtM export as read back. */
interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const corpora = [join(root, '../shared/corpus/seed'), join(root, '../shared/corpus/public-domain')];
const dir = mkdtempSync(join(tmpdir(), 'dossier-export-'));
let store: SqliteStore;
let rejectedId: string;

const text = (format: Format, opts: ExportOptions = {}, table?: (typeof CSV_TABLES)[number]) =>
  [...exportChunks(new ExportSource(store.db, opts), format, table)].join('');

beforeAll(async () => {
  store = SqliteStore.open(join(dir, 'export.db'));
  for (const d of corpora)
    for (const f of readdirSync(d)
      .filter((n) => n.endsWith('.txt'))
      .sort()) {
      const src = await readInput(join(d, f));
      const meta = documentMeta(src, join(d, f));
      await store.ingest(meta, extract(src));
      // As `dossier ingest` does: the article's own URL is a location too.
      if (src.url) await store.knownDocument(meta.id, src.url);
    }
  // An analyst rejects one positive tie: left out by default, marked when included.
  rejectedId = store.db
    .prepare("SELECT id FROM facts WHERE kind = 'relation' AND negated = 0 ORDER BY id LIMIT 1")
    .pluck()
    .get() as string;
  await store.decide({ kind: 'reject', factId: rejectedId }, 'tester');
}, 120_000);
afterAll(() => store.close());

function stixValidator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false, logger: false });
  addFormats(ajv);
  const base = join(root, 'test/fixtures/stix2.1/schemas');
  for (const sub of readdirSync(base))
    for (const f of readdirSync(join(base, sub)))
      ajv.addSchema(JSON.parse(readFileSync(join(base, sub, f), 'utf8')));
  const id = (p: string) =>
    `http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/${p}.json`;
  return { ajv, id };
}

describe('STIX 2.1', () => {
  let bundle: { type: string; id: string; objects: Record<string, unknown>[] };
  beforeAll(() => {
    bundle = JSON.parse(text('stix'));
  });

  it('the bundle and every object validate against the OASIS schemas', () => {
    const { ajv, id } = stixValidator();
    const folder: Record<string, string> = {
      relationship: 'sros',
      sighting: 'sros',
      'user-account': 'observables',
    };
    for (const o of bundle.objects) {
      const schema = id(`${folder[o.type as string] ?? 'sdos'}/${o.type}`);
      const valid = ajv.validate(schema, o);
      expect(valid, `${o.id}: ${ajv.errorsText(ajv.errors)}`).toBe(true);
    }
    // bundle.json (commit 3bf9e69) lists every SDO in its oneOf except grouping, location,
    // note and opinion, which then fall to its custom-object branch and fail there (they match
    // both core.json and cyber-observable-core.json). So the bundle is validated with those
    // objects set aside (each validated above against its own schema), and the defect is
    // pinned so that a fixed schema makes this test say so.
    const listed = (o: Record<string, unknown>) =>
      !['grouping', 'location', 'note', 'opinion'].includes(o.type as string);
    // The bundle's anyOf reports every alternative that failed: only the verdict is shown.
    expect(ajv.validate(id('common/bundle'), { ...bundle, objects: bundle.objects.filter(listed) })).toBe(
      true,
    );
    const loc = bundle.objects.find((o) => o.type === 'location')!;
    expect(ajv.validate(id('sdos/location'), loc)).toBe(true);
    expect(ajv.validate(id('common/bundle'), { ...bundle, objects: [loc] })).toBe(false);
  });

  it('maps entities, ties, quotes, events and articles, each tie with its evidence sentence', () => {
    const byType = (t: string) => bundle.objects.filter((o) => o.type === t);
    const count = (sql: string) => store.db.prepare(sql).pluck().get() as number;
    const actors = byType('threat-actor');
    expect(actors.some((a) => (a.threat_actor_types as string[]).includes('terrorist'))).toBe(true);
    expect(byType('location').length).toBe(count("SELECT count(*) FROM entities WHERE type = 'place'"));
    expect(actors.length + byType('identity').length).toBe(
      count("SELECT count(*) FROM entities WHERE type IN ('person','organization')"),
    );
    const rels = byType('relationship');
    expect(rels.length).toBe(count("SELECT count(*) FROM facts WHERE kind = 'relation'") - 1);
    for (const r of rels) expect((r.description as string).length).toBeGreaterThan(10);
    for (const r of rels) expect(r.confidence).toBeGreaterThanOrEqual(0);
    expect(rels.some((r) => r.relationship_type === 'located-at')).toBe(true);
    expect(byType('note').filter((n) => n.x_dossier_quote).length).toBe(
      count('SELECT count(*) FROM quotes WHERE pull_quote = 0'),
    );
    const sightings = byType('sighting');
    expect(sightings.length).toBeGreaterThan(0);
    for (const s of sightings) expect((s.description as string).length).toBeGreaterThan(0);
    const reports = byType('report');
    expect(reports.length).toBeGreaterThan(5);
    expect(
      reports.some((r) => (r.external_references as { url?: string }[])[0].url?.startsWith('https://')),
    ).toBe(true);
    // Every reference inside the bundle resolves to an object of the bundle.
    const ids = new Set(bundle.objects.map((o) => o.id));
    for (const o of bundle.objects)
      for (const ref of [
        o.source_ref,
        o.target_ref,
        o.sighting_of_ref,
        ...((o.object_refs as string[]) ?? []),
      ])
        if (ref) expect(ids.has(ref as string), `${o.id} → ${ref}`).toBe(true);
  });

  it('keeps denials as denials: a negated tie is flagged and opposed by an opinion', () => {
    const denied = bundle.objects.filter((o) => o.type === 'relationship' && o.x_dossier_negated === true);
    expect(denied.length).toBe(
      store.db.prepare("SELECT count(*) FROM facts WHERE kind = 'relation' AND negated = 1").pluck().get(),
    );
    for (const d of denied) {
      expect(d.description).toMatch(/^\[denied\] /);
      const op = bundle.objects.find(
        (o) => o.type === 'opinion' && (o.object_refs as string[]).includes(d.id as string),
      );
      expect(op?.opinion).toBe('strongly-disagree');
    }
  });

  it("leaves a rejected tie out, and with --include-rejected marks it with the analyst's opinion", () => {
    expect(bundle.objects.some((o) => o.x_dossier_id === rejectedId)).toBe(false);
    const all = JSON.parse(text('stix', { includeRejected: true }));
    const r = all.objects.find((o: { x_dossier_id?: string }) => o.x_dossier_id === rejectedId);
    expect(r.x_dossier_status).toBe('rejected');
    const op = all.objects.find(
      (o: { type: string; object_refs?: string[] }) => o.type === 'opinion' && o.object_refs?.includes(r.id),
    );
    expect(op.opinion).toBe('strongly-disagree');
    expect(op.authors).toEqual(['tester']);
  });

  it('gives the same ids on a second export', () => {
    const again = JSON.parse(text('stix'));
    expect(again.objects.map((o: { id: string }) => o.id)).toEqual(bundle.objects.map((o) => o.id));
  });
});

describe('GEXF and GraphML', () => {
  const counts = async () => {
    const g = await store.graph();
    return { nodes: g.nodes.length, edges: g.edges.length };
  };

  it('GEXF re-read by graphology has the same nodes and edges as dossier graph, attributes and spells intact', async () => {
    const xml = text('gexf');
    expect(xml).toContain('mode="dynamic"');
    expect(xml).toMatch(/<spell start="\d{4}-\d{2}-\d{2}" end="\d{4}-\d{2}-\d{2}"\/>/);
    const g = gexf.parse(MultiDirectedGraph, xml);
    expect({ nodes: g.order, edges: g.size }).toEqual(await counts());
    const edge = g.edges().find((e) => g.getEdgeAttribute(e, 'negated') === true);
    expect(edge).toBeDefined();
    const a = g.getEdgeAttributes(edge!);
    expect(a.tie_type).toBeTruthy();
    expect(a.evidence.length).toBeGreaterThan(10);
    expect(a.corroboration).toBeGreaterThanOrEqual(1);
    // a node whose kind and dates are known carries them all (empty values are not written)
    const n = g
      .nodes()
      .map((id) => g.getNodeAttributes(id))
      .find((x) => x.kind && x.first_seen);
    expect(n).toBeDefined();
    expect(Object.keys(n ?? {})).toEqual(
      expect.arrayContaining([
        'type',
        'kind',
        'mentions',
        'first_seen',
        'last_seen',
        'screening',
        'community',
      ]),
    );
  });

  it('GraphML re-read by graphology-graphml has the same counts and attributes', async () => {
    const g = graphml.parse(MultiDirectedGraph, text('graphml'));
    expect({ nodes: g.order, edges: g.size }).toEqual(await counts());
    const tie = (await store.graph()).edges[0];
    const e = g.edges().find((k) => k === tie.id)!;
    expect(g.getEdgeAttribute(e, 'tie_type')).toBe(tie.type);
    expect(g.getEdgeAttribute(e, 'negated')).toBe(tie.negated);
    expect(typeof g.getNodeAttribute(g.source(e), 'mentions')).toBe('number');
  });

  it('--entity --hops narrows the graph to the neighbourhood, as dossier graph --around', async () => {
    const hub = store.db
      .prepare(
        "SELECT subject_id FROM facts WHERE kind = 'relation' GROUP BY subject_id ORDER BY count(*) DESC LIMIT 1",
      )
      .pluck()
      .get() as string;
    const g = graphml.parse(MultiDirectedGraph, text('graphml', { entity: hub, hops: 1 }));
    const around = await store.graph(hub, 1);
    expect({ nodes: g.order, edges: g.size }).toEqual({
      nodes: around.nodes.length,
      edges: around.edges.length,
    });
    expect(g.order).toBeLessThan((await counts()).nodes);
  });
});

describe('FollowTheMoney', () => {
  const require = createRequire(import.meta.url);
  const model = require('@alephdata/followthemoney/dist/defaultModel.json').schemata as Record<
    string,
    {
      extends?: string[];
      required?: string[];
      abstract?: boolean;
      properties: Record<string, { type: string; range?: string }>;
    }
  >;
  const propsOf = (name: string): Record<string, { type: string; range?: string }> => {
    const s = model[name];
    return Object.assign({}, ...(s.extends ?? []).map(propsOf), s.properties);
  };
  const isA = (name: string, ancestor: string): boolean =>
    name === ancestor || (model[name]?.extends ?? []).some((e) => isA(e, ancestor));

  it('every entity validates against the FtM model: schemata, properties, required ones, entity ranges', () => {
    const lines = text('ftm')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as FtmEntity);
    const byId = new Map(lines.map((e) => [e.id, e]));
    expect(byId.size).toBe(lines.length);
    const schemata = new Set(lines.map((e) => e.schema));
    for (const s of [
      'Person',
      'Organization',
      'Membership',
      'UnknownLink',
      'Article',
      'Mention',
      'UserAccount',
    ])
      expect(schemata.has(s), s).toBe(true);
    for (const e of lines) {
      const s = model[e.schema];
      expect(s, e.schema).toBeDefined();
      expect(s.abstract ?? false).toBe(false);
      const props = propsOf(e.schema);
      const required = new Set([...(s.required ?? [])]);
      for (const r of required) expect(e.properties[r]?.length, `${e.schema}.${r}`).toBeGreaterThan(0);
      for (const [k, vs] of Object.entries(e.properties)) {
        expect(props[k], `${e.schema}.${k}`).toBeDefined();
        for (const v of vs) {
          expect(typeof v).toBe('string');
          if (props[k].type === 'entity') {
            const target = byId.get(v);
            expect(target, `${e.schema}.${k} → ${v}`).toBeDefined();
            expect(isA(target!.schema, props[k].range!), `${e.schema}.${k} → ${target!.schema}`).toBe(true);
          }
        }
      }
    }
    // Ties carry their evidence.
    for (const e of lines.filter((l) => ['Membership', 'Directorship', 'UnknownLink'].includes(l.schema)))
      expect(e.properties.description?.[0]?.length).toBeGreaterThan(10);
  });
});

describe('CSV', () => {
  const rows = (t: (typeof CSV_TABLES)[number], opts: ExportOptions = {}) =>
    parseCsv(text('csv', opts, t), { columns: true }) as Record<string, string>[];

  it('one row per fact, each with its evidence sentence and document', () => {
    const count = (sql: string) => store.db.prepare(sql).pluck().get() as number;
    const ties = rows('ties');
    expect(ties.length).toBe(count("SELECT count(*) FROM facts WHERE kind = 'relation'") - 1);
    expect(new Set(ties.map((r) => r.tie_id)).size).toBe(ties.length);
    for (const r of ties) {
      expect(r.evidence.length).toBeGreaterThan(10);
      expect(r.document_id).toMatch(/^[0-9a-f]{64}$/);
    }
    const events = rows('events');
    expect(events.length).toBe(count("SELECT count(*) FROM facts WHERE kind = 'event'"));
    for (const e of events) expect(e.notes.length).toBeGreaterThan(0);
    expect(Object.keys(events[0])).toEqual(
      expect.arrayContaining([
        'event_date',
        'event_type',
        'actor1',
        'actor2',
        'location',
        'latitude',
        'longitude',
        'source',
        'notes',
      ]),
    );
    const quotes = rows('quotes');
    expect(quotes.length).toBe(count('SELECT count(*) FROM quotes WHERE pull_quote = 0'));
    for (const q of quotes) expect(q.evidence).toContain(q.quote.slice(0, 20));
    const entities = rows('entities');
    expect(entities.length).toBe(count('SELECT count(*) FROM entities'));
    const named = entities.filter((e) => e.evidence);
    expect(named.length).toBe(entities.length);
    // The sentence names the entity by one of its spellings (or a reference the extractor resolved, "the group").
    const spelled = named.filter((e) =>
      [e.name, ...e.aliases.split('; ')].some((n) => n && e.evidence.toLowerCase().includes(n.toLowerCase())),
    );
    expect(spelled.length / named.length).toBeGreaterThan(0.8);
    expect(rows('aliases').length).toBe(count('SELECT count(*) FROM entity_names'));
    expect(rows('sources').length).toBe(count('SELECT count(*) FROM documents'));
  });

  it('--since/--until keep only facts stated in documents of the period', () => {
    const ties = rows('ties', { since: '2016', until: '2016-12' });
    expect(ties.length).toBeGreaterThan(0);
    for (const r of ties) expect(r.date.slice(0, 4)).toBe('2016');
    expect(ties.length).toBeLessThan(rows('ties').length);
  });

  it('--min-corroboration keeps ties stated by enough documents', () => {
    const two = rows('ties', { minCorroboration: 2 });
    for (const r of two) expect(Number(r.corroboration)).toBeGreaterThanOrEqual(2);
    expect(two.length).toBeLessThan(rows('ties').length);
  });
});

describe('JSON lines', () => {
  it('one record a line, every tie with its sources', () => {
    const lines = text('jsonl')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const ties = lines.filter((l) => l.record === 'tie');
    expect(ties.length).toBeGreaterThan(0);
    for (const t of ties) expect(t.sources[0].sentence.length).toBeGreaterThan(10);
    expect(lines.filter((l) => l.record === 'document').length).toBe(
      store.db.prepare('SELECT count(*) FROM documents').pluck().get(),
    );
  });
});

describe('import', () => {
  const IGNORED = new Set([
    // times of ingest, dossier's content-hash ids of the documents, and counts of mentions in them
    'created',
    'modified',
    'x_dossier_id',
    'x_dossier_document_id',
    'external_references',
    'x_dossier_location',
    'x_dossier_mentions',
    'x_dossier_documents',
  ]);
  const comparable = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).filter(([k]) => !IGNORED.has(k)));

  it('round trip: export STIX → import into an empty store → export gives the same objects', async () => {
    const file = join(dir, 'round.json');
    writeFileSync(file, text('stix', { includeRejected: true }));
    const first = JSON.parse(readFileSync(file, 'utf8'));
    const empty = SqliteStore.open(join(dir, 'round.db'));
    try {
      const r = await importFile(empty, file);
      expect(r.skipped).toEqual([]);
      expect(r.documents).toBe(first.objects.filter((o: { type: string }) => o.type === 'report').length);
      const again = JSON.parse(
        [...exportChunks(new ExportSource(empty.db, { includeRejected: true }), 'stix')].join(''),
      );
      const byId = (b: { objects: Record<string, unknown>[] }) =>
        new Map(b.objects.map((o) => [o.id as string, comparable(o)]));
      const a = byId(first);
      const b = byId(again);
      expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
      for (const [id, o] of a) expect(b.get(id), id).toEqual(o);
      // The analyst's rejection came back as a decision on the imported fact.
      const rejected = again.objects.filter(
        (o: { x_dossier_status?: string }) => o.x_dossier_status === 'rejected',
      );
      expect(rejected.length).toBe(1);
    } finally {
      await empty.close();
    }
  });

  it('imports every tie type the store knows, "fights" included', async () => {
    const file = join(dir, 'fights.json');
    const group = (id: string, name: string) => ({
      type: 'intrusion-set',
      spec_version: '2.1',
      id,
      name,
      created: '2020-01-01T00:00:00.000Z',
      modified: '2020-01-01T00:00:00.000Z',
    });
    const a = 'intrusion-set--11111111-1111-4111-8111-111111111111';
    const b = 'intrusion-set--22222222-2222-4222-8222-222222222222';
    writeFileSync(
      file,
      JSON.stringify({
        type: 'bundle',
        id: 'bundle--33333333-3333-4333-8333-333333333333',
        objects: [
          group(a, 'Crescent Front'),
          group(b, 'Dawn Brigade'),
          {
            type: 'relationship',
            spec_version: '2.1',
            id: 'relationship--44444444-4444-4444-8444-444444444444',
            created: '2020-01-01T00:00:00.000Z',
            modified: '2020-01-01T00:00:00.000Z',
            relationship_type: 'fights',
            x_dossier_tie_type: 'fights',
            source_ref: a,
            target_ref: b,
            description: 'The Crescent Front fought the Dawn Brigade for the valley.',
          },
        ],
      }),
    );
    const s = SqliteStore.open(join(dir, 'fights.db'));
    try {
      const r = await importFile(s, file);
      expect(r.skipped).toEqual([]);
      const types = s.db.prepare("SELECT type FROM facts WHERE kind = 'relation'").pluck().all();
      expect(types).toEqual(['fights']);
    } finally {
      await s.close();
    }
  });

  it('merges imported entities with extracted ones by the same resolution, with reasons', async () => {
    const file = join(dir, 'merge.json');
    writeFileSync(file, text('stix'));
    const s = SqliteStore.open(join(dir, 'merge.db'));
    try {
      const d = corpora[1];
      const f = readdirSync(d)
        .filter((n) => n.endsWith('.txt'))
        .sort()[0];
      const src = await readInput(join(d, f));
      await s.ingest(documentMeta(src, join(d, f)), extract(src));
      const before = s.db.prepare('SELECT count(*) FROM entities').pluck().get() as number;
      const r = await importFile(s, file);
      expect(r.merged).toBeGreaterThan(0);
      const reasons = s.db
        .prepare(
          `SELECT m.reason FROM merges m JOIN documents d ON d.seq = m.document_id
           WHERE json_extract(d.metadata, '$.imported_from') = ?`,
        )
        .pluck()
        .all(file) as string[];
      expect(reasons.length).toBeGreaterThan(0);
      for (const x of reasons) expect(x.length).toBeGreaterThan(3);
      // Imported documents are cited to the file.
      const locs = s.db
        .prepare('SELECT location FROM locations WHERE location LIKE ?')
        .pluck()
        .all(`${file}#%`);
      expect(locs.length).toBe(r.documents);
      expect(s.db.prepare('SELECT count(*) FROM entities').pluck().get()).toBeLessThan(before + r.entities);
    } finally {
      await s.close();
    }
  });

  it('reads FollowTheMoney lines: people, groups, memberships with their evidence', async () => {
    const file = join(dir, 'ftm.json');
    writeFileSync(file, text('ftm'));
    const s = SqliteStore.open(join(dir, 'ftm.db'));
    try {
      const r = await importFile(s, file);
      expect(r.format).toBe('ftm');
      const ties = s.db.prepare("SELECT count(*) FROM facts WHERE kind = 'relation'").pluck().get() as number;
      const exported = store.db
        .prepare("SELECT count(*) FROM facts WHERE kind = 'relation'")
        .pluck()
        .get() as number;
      expect(ties).toBe(exported - 1);
      const denied = s.db
        .prepare("SELECT count(*) FROM facts WHERE kind = 'relation' AND negated = 1")
        .pluck()
        .get();
      expect(denied).toBe(
        store.db.prepare("SELECT count(*) FROM facts WHERE kind = 'relation' AND negated = 1").pluck().get(),
      );
    } finally {
      await s.close();
    }
  });

  it('refuses a file that is neither, naming it, and writes nothing', async () => {
    const file = join(dir, 'junk.json');
    writeFileSync(file, '{"type": "not-a-bundle"}\nnot json\n');
    const s = SqliteStore.open(join(dir, 'junk.db'));
    try {
      await expect(importFile(s, file)).rejects.toThrow(
        new RegExp(`${file}.*neither a STIX 2.1 bundle nor FollowTheMoney`),
      );
      expect(s.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0);
    } finally {
      await s.close();
    }
  });
});
