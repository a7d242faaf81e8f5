// `npm run eval:events` — the event stage on a development set of wire-style articles we
// wrote ourselves (bench/events-dev/*.txt), each with a compact gold file of its events.
// All articles are scored as one document by ../shared/eval/score.mjs: entity names are
// prefixed with the article's number so that names never match across articles.
// Compact gold: { entities: [[name, type, optional?, aliases?]], events: [{ type, date?,
// place?, participants: [[role, name]], optional? }] }.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHeader } from '../src/ingest/header.js';
import { extract } from '../src/nlp/pipeline.js';
import type { Extraction } from '../src/types.js';
import { chronoDates, wantChrono } from './chrono-dates.js';
import { repoRoot } from './corpus.js';

interface CompactGold {
  entities: [string, string, boolean?, string[]?][];
  events: {
    type: string;
    date?: string;
    place?: string;
    participants: [string, string][];
    optional?: boolean;
  }[];
}

const dir = join(repoRoot, 'bench', 'events-dev');
const shared =
  process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--dates') ??
  join(repoRoot, '..', 'shared');
const { score } = await import(pathToFileURL(join(shared, 'eval', 'score.mjs')).href);
const verbose = process.argv.includes('--verbose');

const gold = { entities: [] as unknown[], events: [] as unknown[] };
const sys = { entities: [] as unknown[], events: [] as unknown[] };
for (const f of readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const tag = `a${f.slice(0, 2)}`;
  const h = parseHeader(readFileSync(join(dir, f), 'utf8'));
  const g: CompactGold = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.gold.json')), 'utf8'));
  const id = (name: string) => `${tag}:${name}`;
  const known = new Set(g.entities.map((e) => e[0]));
  for (const [name, type, optional, aliases] of g.entities)
    gold.entities.push({
      id: id(name),
      type,
      name: `${tag} ${name}`,
      aliases: (aliases ?? []).map((a) => `${tag} ${a}`),
      optional: !!optional,
    });
  for (const v of g.events) {
    for (const n of [v.place, ...v.participants.map((p) => p[1])])
      if (n && !known.has(n)) throw new Error(`${f}: gold event names unknown entity ${n}`);
    gold.events.push({
      type: v.type,
      date: v.date ? { text: v.date, value: v.date } : null,
      place: v.place ? id(v.place) : null,
      participants: v.participants.map(([role, n]) => ({ role, entity: id(n) })),
      optional: !!v.optional,
    });
  }
  const extracted: Extraction = extract({
    title: h.fields.title ?? null,
    published: h.fields.published ?? null,
    url: null,
    text: h.body,
  });
  const x = wantChrono(process.argv) ? chronoDates(extracted) : extracted;
  for (const e of x.entities)
    sys.entities.push({
      id: id(e.id),
      type: e.type,
      name: `${tag} ${e.name}`,
      aliases: e.aliases.map((a) => `${tag} ${a}`),
    });
  for (const v of x.events) {
    sys.events.push({
      ...v,
      place: v.place ? id(v.place) : null,
      participants: v.participants.map((p) => ({ ...p, entity: id(p.entity) })),
    });
    if (verbose) {
      const nm = (i: string | null) => x.entities.find((e) => e.id === i)?.name ?? '-';
      console.log(
        `${tag} ${v.type} ${v.date?.value ?? '-'} @${nm(v.place)} ${v.participants.map((p) => `${p.role}:${nm(p.entity)}`).join(', ')} | ${h.body.slice(v.evidence.start, v.evidence.end).slice(0, 90)}`,
      );
    }
  }
}
const r = score(gold, sys).events;
console.log(
  `events     P ${r.precision}  R ${r.recall}  F1 ${r.f1}  roles ${r.roleAccuracy}  dates ${r.dateAccuracy}  places ${r.placeAccuracy}`,
);
if (r.missed.length) console.log(`  missed events: ${r.missed.join('; ')}`);
if (r.falsePositives.length) console.log(`  false events: ${r.falsePositives.join('; ')}`);
