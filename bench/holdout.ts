// `npm run eval:holdout` — every stage of extraction on the held-out articles
// (bench/holdout/*.txt, written without looking at the rules; see bench/holdout/README.md),
// scored against their full gold files by ../shared/eval/score.mjs.
// One line per article (each scored on its own), then micro-averaged totals: all articles are
// scored as one document, with every entity name prefixed by the article's number (after the
// scorer's own folding) so that names never match across articles; true positives, misses and
// false positives are thereby pooled rather than F1s averaged.
// Usage: npm run eval:holdout [-- SHARED] [-- --set NAME] [-- --verbose] [-- --dates chrono]
//   (--set NAME scores bench/NAME/ instead of bench/holdout/, e.g. --set holdout2, the blind set of
//   bench/holdout2/README.md; --verbose lists the misses; --dates chrono re-resolves event dates
//   with chrono-node, bench/chrono-dates.ts)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHeader } from '../src/ingest/header.js';
import { extract } from '../src/nlp/pipeline.js';
import { chronoDates, wantChrono } from './chrono-dates.js';
import { repoRoot } from './corpus.js';

// The scorer's shapes, as far as this runner touches them (score.mjs is plain JS).
interface Ent {
  id: string;
  type: string;
  name: string;
  aliases?: string[];
  accept?: string[];
  [k: string]: unknown;
}
interface Doc {
  entities: Ent[];
  quotes?: { speaker: string | null; [k: string]: unknown }[];
  relations?: { subject: string | string[]; object: string | string[]; [k: string]: unknown }[];
  events?: {
    place: string | null;
    participants?: { role: string; entity: string }[];
    [k: string]: unknown;
  }[];
}
type Prf = { precision: number | null; recall: number | null; f1: number | null };
interface Score {
  entities: Prf & {
    aliasRecall: number | null;
    missed: string[];
    falsePositives: string[];
    splits: string[];
  };
  places: { geocoded: number | null; wrong: string[] };
  quotes: Prf & { speakerAccuracy: number | null; speakerWrong: string[]; missed: string[] };
  relations: Prf & { untypedF1: number | null; missed: string[]; falsePositives: string[] };
  events: Prf & {
    roleAccuracy: number | null;
    dateAccuracy: number | null;
    placeAccuracy: number | null;
    missed: string[];
    falsePositives: string[];
  };
}

const args = process.argv.slice(2);
const valued = new Set(['--dates', '--set']); // flags that take the next argument as their value
const setAt = args.indexOf('--set');
const set = setAt < 0 ? 'holdout' : args[setAt + 1];
if (!set || set.startsWith('--') || !/^[A-Za-z0-9_-]+$/.test(set)) {
  console.error(
    `eval:holdout: --set needs the name of a folder under bench/ (e.g. holdout2), got ${set ?? 'nothing'}`,
  );
  process.exit(2);
}
const dir = join(repoRoot, 'bench', set);
if (!existsSync(dir)) {
  console.error(`eval:holdout: ${dir} not found (--set ${set})`);
  process.exit(2);
}
const shared =
  args.find((a, i, all) => !a.startsWith('--') && !valued.has(all[i - 1] ?? '')) ??
  join(repoRoot, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.error(`eval:holdout: ${scorer} not found; pass the shared folder as the first argument`);
  process.exit(2);
}
const { score, fold } = (await import(pathToFileURL(scorer).href)) as {
  score: (gold: Doc, sys: Doc) => Score;
  fold: (s: string) => string;
};
const verbose = process.argv.includes('--verbose');

/** The same document with ids and names prefixed by `tag`, so articles can be pooled. */
function tagged(doc: Doc, tag: string): Doc {
  const id = (x: string) => `${tag}:${x}`;
  const ids = (x: string | string[]) => (Array.isArray(x) ? x.map(id) : id(x));
  const nm = (s: string) => `${tag} ${fold(s)}`;
  return {
    entities: doc.entities.map((e) => ({
      ...e,
      id: id(e.id),
      name: nm(e.name),
      aliases: (e.aliases ?? []).map(nm),
      accept: (e.accept ?? []).map(nm),
    })),
    quotes: (doc.quotes ?? []).map((q) => ({
      ...q,
      id: id(String(q.id)),
      speaker: q.speaker == null ? null : id(q.speaker),
    })),
    relations: (doc.relations ?? []).map((r) => ({ ...r, subject: ids(r.subject), object: ids(r.object) })),
    events: (doc.events ?? []).map((v) => ({
      ...v,
      place: v.place == null ? null : id(v.place),
      participants: (v.participants ?? []).map((p) => ({ ...p, entity: id(p.entity) })),
    })),
  };
}

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
if (!files.length) {
  console.error(`eval:holdout: no articles in ${dir}`);
  process.exit(2);
}
const pooled: { gold: Doc; sys: Doc } = {
  gold: { entities: [], quotes: [], relations: [], events: [] },
  sys: { entities: [], quotes: [], relations: [], events: [] },
};
const f2 = (x: number | null) => (x == null ? '  -  ' : x.toFixed(3));
console.log(`set bench/${set}`);
console.log('article                              ent F1  quo F1  spk     tie F1  evt F1');
for (const f of files) {
  const goldPath = join(dir, f.replace(/\.txt$/, '.gold.json'));
  if (!existsSync(goldPath)) {
    console.error(`eval:holdout: ${f} has no gold file ${goldPath}`);
    process.exit(2);
  }
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Doc;
  const h = parseHeader(readFileSync(join(dir, f), 'utf8'));
  const x = extract({
    title: h.fields.title ?? null,
    published: h.fields.published ?? null,
    url: null,
    text: h.body,
  });
  const sys = (wantChrono(process.argv) ? chronoDates(x) : x) as unknown as Doc;
  const r = score(gold, sys);
  console.log(
    `${f.replace(/\.txt$/, '').padEnd(36)} ${f2(r.entities.f1)}   ${f2(r.quotes.f1)}   ${f2(r.quotes.speakerAccuracy)}   ${f2(r.relations.f1)}   ${f2(r.events.f1)}`,
  );
  const tag = `a${f.match(/(\d+)-\D*$/)?.[1] ?? f.slice(0, 2)}`; // the article's number, also in events11-NN-slug
  const g = tagged(gold, tag);
  const s = tagged(sys, tag);
  for (const k of ['entities', 'quotes', 'relations', 'events'] as const) {
    (pooled.gold[k] as unknown[]).push(...((g[k] ?? []) as unknown[]));
    (pooled.sys[k] as unknown[]).push(...((s[k] ?? []) as unknown[]));
  }
}

const r = score(pooled.gold, pooled.sys);
const e = r.entities;
const q = r.quotes;
const rel = r.relations;
const ev = r.events;
console.log(`\nmicro-averaged over ${files.length} articles`);
console.log(
  `entities   P ${e.precision}  R ${e.recall}  F1 ${e.f1}  aliasRecall ${e.aliasRecall}  splits ${e.splits.length}`,
);
console.log(`places     geocoded within tolerance ${r.places.geocoded}`);
console.log(`quotes     P ${q.precision}  R ${q.recall}  F1 ${q.f1}  speakerAccuracy ${q.speakerAccuracy}`);
console.log(`ties       P ${rel.precision}  R ${rel.recall}  F1 ${rel.f1}  untypedF1 ${rel.untypedF1}`);
console.log(
  `events     P ${ev.precision}  R ${ev.recall}  F1 ${ev.f1}  roles ${ev.roleAccuracy}  dates ${ev.dateAccuracy}  places ${ev.placeAccuracy}`,
);
if (verbose) {
  const show = (label: string, xs: string[]) => {
    if (xs.length) console.log(`\n${label} (${xs.length}):\n  ${xs.join('\n  ')}`);
  };
  show('missed entities', e.missed);
  show('false entities', e.falsePositives);
  show('split entities', e.splits);
  show('wrong places', r.places.wrong);
  show('missed quotes', q.missed);
  show('wrong speakers', q.speakerWrong);
  show('missed ties', rel.missed);
  show('false ties', rel.falsePositives);
  show('missed events', ev.missed);
  show('false events', ev.falsePositives);
}
