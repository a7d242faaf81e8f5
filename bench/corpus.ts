// Builds the benchmark corpus from the articles we may read: the shared seed and
// public-domain articles when ../shared exists, else the repo's own corpus/demo/.
// Repeating the same few articles would let any per-string cache flatter the figures,
// so each repetition is a "templated" variant: person-name tokens and place names that
// compromise finds in the original are swapped, consistently within the variant, for
// picks from a small invented pool. Header lines (TITLE:, DATE: …) are kept as they are.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export interface Article {
  name: string;
  /** Header block including its blank line, or '' when the file has none. */
  header: string;
  body: string;
}

export interface CorpusSource {
  label: string;
  files: string[];
}

/** The article files to use, or null when neither the shared corpus nor corpus/demo/ exists. */
export function findCorpus(root = repoRoot): CorpusSource | null {
  const shared = join(root, '..', 'shared', 'corpus');
  const txt = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .map((f) => join(dir, f))
      : [];
  const files = [...txt(join(shared, 'seed')), ...txt(join(shared, 'public-domain'))];
  if (files.length) return { label: `${shared}/{seed,public-domain}/*.txt`, files };
  const demo = txt(join(root, 'corpus', 'demo'));
  if (demo.length) return { label: `${join(root, 'corpus', 'demo')}/*.txt`, files: demo };
  return null;
}

const HEADER_LINE = /^[A-Za-z][A-Za-z0-9_-]{0,39}:(?:[ \t].*)?$/;

export function readArticle(path: string): Article {
  const raw = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
  const blank = /\n[ \t]*\n/.exec(raw);
  let header = '';
  if (
    blank &&
    raw
      .slice(0, blank.index)
      .split('\n')
      .every((l) => HEADER_LINE.test(l))
  ) {
    header = raw.slice(0, blank.index + blank[0].length);
  }
  return { name: path.split('/').pop() ?? path, header, body: raw.slice(header.length) };
}

// Invented name parts and a mix of real places from the regions the product covers.
const NAME_POOL = [
  'Zahid',
  'Farhan',
  'Nadeem',
  'Rashid',
  'Sajid',
  'Tariq',
  'Waqas',
  'Junaid',
  'Kamran',
  'Shahzad',
  'Qureshi',
  'Baloch',
  'Afridi',
  'Durrani',
  'Siddiqui',
  'Mehsud',
  'Yusufzai',
  'Chaudhry',
  'Rizvi',
  'Bangash',
  'Haddad',
  'Karimi',
  'Nasser',
  'Saleh',
  'Jaber',
  'Mansour',
  'Obeidi',
  'Rahmani',
  'Sultani',
  'Wardak',
];
const PLACE_POOL = [
  'Quetta',
  'Peshawar',
  'Multan',
  'Bannu',
  'Gilgit',
  'Sukkur',
  'Kandahar',
  'Jalalabad',
  'Kunduz',
  'Herat',
  'Mosul',
  'Raqqa',
  'Idlib',
  'Tikrit',
  'Fallujah',
  'Aleppo',
  'Dhaka',
  'Srinagar',
  'Bahawalpur',
  'Mardan',
];
const NOT_A_NAME = new Set(['Will', 'Mullah', 'Hafiz', 'Qari', 'Maulana', 'Sheikh', 'Mufti', 'Said', 'Says']);
const ORGISH = /\b(?:State|Front|Army|Group|Party|Ministry|Movement|Organi[sz]ation|Council)\b/;

interface Swappable {
  nameTokens: string[];
  places: string[];
}

function swappable(body: string): Swappable {
  const doc = nlp(body);
  const clean = (s: string) => s.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/[’']s$/, '');
  const orgTokens = new Set(
    (doc.organizations().out('array') as string[]).flatMap((s) => clean(s).split(/\s+/)),
  );
  const places = [
    ...new Set(
      (doc.places().out('array') as string[])
        .map(clean)
        .filter((p) => p && !ORGISH.test(p) && p.split(/\s+/).every((t) => /^\p{Lu}/u.test(t))),
    ),
  ];
  const placeTokens = new Set(places.flatMap((p) => p.split(/\s+/)));
  const nameTokens = new Set<string>();
  for (const person of doc.people().out('array') as string[]) {
    for (const t of clean(person).split(/\s+/)) {
      if (
        t.length >= 4 &&
        /^\p{Lu}\p{Ll}/u.test(t) &&
        !NOT_A_NAME.has(t) &&
        !orgTokens.has(t) &&
        !placeTokens.has(t)
      )
        nameTokens.add(t);
    }
  }
  return { nameTokens: [...nameTokens], places: places.sort((a, b) => b.length - a.length) };
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Variant `k` of a body: the same swap for the same token everywhere in it; k = 0 is the original. */
function variant(body: string, sw: Swappable, k: number): string {
  if (k === 0) return body;
  const map = new Map<string, string>();
  for (const t of sw.nameTokens) map.set(t, NAME_POOL[hash(`${t}#${k}`) % NAME_POOL.length]);
  for (const p of sw.places) map.set(p, PLACE_POOL[hash(`${p}#${k}`) % PLACE_POOL.length]);
  if (!map.size) return body;
  const keys = [...map.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return body.replace(re, (m) => map.get(m) ?? m);
}

export interface BenchDoc {
  name: string;
  /** The file as `dossier extract` would read it: header lines, then the body. */
  raw: string;
  body: string;
}

/**
 * Round-robin over the articles, variant after variant, until the bodies reach `minBytes`
 * (UTF-8). Each element is one document, processed on its own as `extract --jsonl` would.
 */
export function buildDocs(articles: Article[], minBytes: number): BenchDoc[] {
  const sw = articles.map((a) => swappable(a.body));
  const docs: BenchDoc[] = [];
  let bytes = 0;
  for (let k = 0; bytes < minBytes; k++) {
    for (let i = 0; i < articles.length && bytes < minBytes; i++) {
      const body = variant(articles[i].body, sw[i], k);
      docs.push({ name: `${articles[i].name}#${k}`, raw: articles[i].header + body, body });
      bytes += Buffer.byteLength(body);
    }
  }
  return docs;
}

/** One long text file of at least `minBytes`: a TITLE line, then article bodies joined by blank lines. */
export function buildBigText(articles: Article[], minBytes: number): string {
  const body = buildDocs(articles, minBytes)
    .map((d) => d.body.trim())
    .join('\n\n');
  return `TITLE: Ten megabytes of reporting\n\n${body}\n`;
}

export const countWords = (s: string): number => {
  const m = s.match(/\S+/g);
  return m ? m.length : 0;
};
