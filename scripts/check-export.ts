// `npm run check:export [-- --db FILE | --corpus DIR ...] [--shared DIR]`
//
// The export bars checked from outside dossier's own code: only `bin/dossier` is run (ingest,
// export in each format, graph --json), and the files it writes are read by the tools a
// recipient would use — the STIX bundle by Ajv (JSON Schema 2020-12) against the OASIS
// schemas in ../shared/standards (not the copy vendored for the tests), GEXF and GraphML by
// graphology, CSV by csv-parse, FtM against the FollowTheMoney model. Without --db, a store
// is made from ../shared/corpus/seed and ../shared/corpus/public-domain (or --corpus DIRs).
// Prints one line per check and exits 1 if any failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';

// ajv-formats is CommonJS: its types give the module under NodeNext; `.default` is the plugin.
const addFormats = addFormatsModule.default;

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'dossier');
const args = process.argv.slice(2);
const values = (flag: string): string[] =>
  args.flatMap((a, i) => (a === flag && args[i + 1] !== undefined ? [args[i + 1] as string] : []));
const shared = resolve(values('--shared')[0] ?? join(root, '..', 'shared'));
const schemas = join(shared, 'standards', 'stix2.1-json-schemas', 'schemas');

function fail(message: string): never {
  console.error(`check:export: ${message}`);
  process.exit(2);
}

if (!existsSync(schemas)) fail(`${schemas} not found; pass the shared folder with --shared DIR`);

function dossier(...argv: string[]): string {
  const r = spawnSync(bin, argv, { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) fail(`dossier ${argv.join(' ')} exited ${r.status}: ${r.stderr.trim()}`);
  return r.stdout;
}

const work = mkdtempSync(join(tmpdir(), 'dossier-check-export-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

let db = values('--db')[0];
if (db) {
  if (!existsSync(db)) fail(`${db}: no such database`);
} else {
  db = join(work, 'check.db');
  const corpora = values('--corpus');
  const dirs = corpora.length
    ? corpora
    : [join(shared, 'corpus', 'seed'), join(shared, 'corpus', 'public-domain')];
  for (const d of dirs) if (!existsSync(d)) fail(`${d}: no such folder`);
  dossier('ingest', '--db', db, ...dirs);
}

const results: { check: string; ok: boolean; detail: string }[] = [];
const check = (name: string, ok: boolean, detail: string) => {
  results.push({ check: name, ok, detail });
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${name.padEnd(34)} ${detail}`);
};
const out = (name: string) => join(work, name);

for (const format of ['stix', 'gexf', 'graphml', 'ftm', 'jsonl'])
  dossier('export', '--db', db, '--format', format, '-o', out(`export.${format}`));
dossier('export', '--db', db, '--format', 'csv', '-o', out('csv'));
const graph = JSON.parse(dossier('graph', '--db', db, '--json')) as { nodes: unknown[]; edges: unknown[] };
const counts = { nodes: graph.nodes.length, edges: graph.edges.length };

// STIX 2.1: every object against its own schema, the bundle against bundle.json.
{
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false, logger: false });
  addFormats(ajv);
  for (const sub of readdirSync(schemas))
    for (const f of readdirSync(join(schemas, sub)).filter((n) => n.endsWith('.json')))
      ajv.addSchema(JSON.parse(readFileSync(join(schemas, sub, f), 'utf8')));
  const id = (p: string) =>
    `http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/${p}.json`;
  const folder: Record<string, string> = {
    relationship: 'sros',
    sighting: 'sros',
    'user-account': 'observables',
  };
  const bundle = JSON.parse(readFileSync(out('export.stix'), 'utf8')) as {
    type: string;
    objects: Record<string, unknown>[];
  };
  const bad: string[] = [];
  const types = new Map<string, number>();
  for (const o of bundle.objects) {
    const type = o.type as string;
    types.set(type, (types.get(type) ?? 0) + 1);
    if (!ajv.validate(id(`${folder[type] ?? 'sdos'}/${type}`), o))
      bad.push(`${o.id}: ${ajv.errorsText(ajv.errors)}`);
  }
  check(
    'STIX objects valid (OASIS schemas)',
    bundle.type === 'bundle' && bundle.objects.length > 0 && bad.length === 0,
    `${bundle.objects.length - bad.length} of ${bundle.objects.length} valid (${[...types]
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')})${bad.length ? `; first: ${bad[0]}` : ''}`,
  );
  // bundle.json lists every SDO in its oneOf except grouping, location, note and opinion (a
  // defect of the published schema, see the export tests): those are checked above alone.
  const listed = bundle.objects.filter(
    (o) => !['grouping', 'location', 'note', 'opinion'].includes(o.type as string),
  );
  const ok = ajv.validate(id('common/bundle'), { ...bundle, objects: listed });
  check('STIX bundle valid (bundle.json)', ok, ok ? `${listed.length} objects` : ajv.errorsText(ajv.errors));
  const ids = new Set(bundle.objects.map((o) => o.id));
  const dangling = bundle.objects.flatMap((o) =>
    [o.source_ref, o.target_ref, o.sighting_of_ref, ...((o.object_refs as string[]) ?? [])].filter(
      (r) => r && !ids.has(r as string),
    ),
  );
  check('STIX references resolve', dangling.length === 0, `${dangling.length} dangling`);
}

// GEXF and GraphML, re-read by graphology, against `dossier graph --json`.
for (const [name, read] of [
  ['gexf', (xml: string) => gexf.parse(MultiDirectedGraph, xml)],
  ['graphml', (xml: string) => graphml.parse(MultiDirectedGraph, xml)],
] as const) {
  const g = read(readFileSync(out(`export.${name}`), 'utf8'));
  const same = g.order === counts.nodes && g.size === counts.edges;
  const withType = g.edges().filter((e) => g.getEdgeAttribute(e, 'tie_type')).length;
  check(
    `${name.toUpperCase()} re-read = dossier graph`,
    same && withType === g.size,
    `${g.order} nodes, ${g.size} edges (graph --json ${counts.nodes}, ${counts.edges}); ${withType} edges typed`,
  );
}

// CSV: every table parses; every tie, quote and event row carries its evidence.
{
  const tables = ['entities', 'aliases', 'ties', 'quotes', 'events', 'sources'];
  const found = tables.filter((t) => existsSync(join(out('csv'), `${t}.csv`)));
  const rows = (t: string) =>
    parseCsv(readFileSync(join(out('csv'), `${t}.csv`), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
  check('CSV tables present', found.length === tables.length, found.join(', '));
  for (const [t, col] of [
    ['ties', 'evidence'],
    ['quotes', 'evidence'],
    ['events', 'notes'],
  ] as const) {
    if (!found.includes(t)) continue;
    const r = rows(t);
    const missing = r.filter((x) => !x[col]).length;
    check(
      `CSV ${t}.csv evidence`,
      r.length > 0 && missing === 0,
      `${r.length} rows, ${missing} without ${col}`,
    );
  }
}

// FollowTheMoney: schemata exist and are concrete, properties exist, required ones present.
{
  const require = createRequire(import.meta.url);
  const model = require('@alephdata/followthemoney/dist/defaultModel.json').schemata as Record<
    string,
    { extends?: string[]; required?: string[]; abstract?: boolean; properties: Record<string, unknown> }
  >;
  const propsOf = (name: string): Record<string, unknown> =>
    Object.assign({}, ...(model[name]?.extends ?? []).map(propsOf), model[name]?.properties ?? {});
  const lines = readFileSync(out('export.ftm'), 'utf8').trim().split('\n');
  const bad: string[] = [];
  for (const l of lines) {
    const e = JSON.parse(l) as { id: string; schema: string; properties: Record<string, string[]> };
    const s = model[e.schema];
    if (!s || s.abstract) bad.push(`${e.id}: schema ${e.schema}`);
    else {
      const props = propsOf(e.schema);
      for (const r of s.required ?? [])
        if (!e.properties[r]?.length) bad.push(`${e.id}: ${e.schema}.${r} missing`);
      for (const k of Object.keys(e.properties)) if (!props[k]) bad.push(`${e.id}: ${e.schema}.${k} unknown`);
    }
  }
  check(
    'FtM entities valid (FtM model)',
    lines.length > 0 && bad.length === 0,
    `${lines.length - bad.length} of ${lines.length}${bad.length ? `; first: ${bad[0]}` : ''}`,
  );
}

// JSON lines: one JSON object a line.
{
  const lines = readFileSync(out('export.jsonl'), 'utf8').trim().split('\n');
  let bad = 0;
  for (const l of lines)
    try {
      JSON.parse(l);
    } catch {
      bad++;
    }
  check('JSON lines parse', lines.length > 0 && bad === 0, `${lines.length} lines, ${bad} bad`);
}

const failed = results.filter((r) => !r.ok).length;
console.log(failed ? `${failed} of ${results.length} checks failed` : `all ${results.length} checks passed`);
process.exitCode = failed ? 1 : 0;
