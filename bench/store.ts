// `npm run bench:store [-- --articles N]` — the knowledge store at scale.
//
// A seeded generator writes N synthetic news articles (~600 words each) from a
// pool of invented people and groups, real place names, and tie phrases, with
// transliteration variants of the names. Then:
//   default    `bin/dossier ingest DIR` in a child process: ingest rate with
//              extraction included (all cores), peak RSS of that process;
//   --direct   no NLP: the generator also writes each article's extraction (it
//              knows where every name and tie is) and this process calls the
//              store's write path, one document per transaction. Labelled as such:
//              it builds a large database fast enough to time the queries on.
// Both then time, in this process on the finished database: entity profile
// (name lookup + profile), search, path (lookup of both + shortest chains), and
// report database bytes per article and peak memory.
// --db FILE keeps the database (default: a temporary one); --queries-only FILE
// times the queries on an existing database built with the same --articles/--seed.
// --db postgres://… runs it all on PostgreSQL (an empty database); --procs K splits
// the articles over K ingest processes writing at once (default 1; with --direct,
// K copies of this script's write path).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { documentId, sha256 } from '../src/store/ids.js';
import type { DB } from '../src/store/open.js';
import { openStore } from '../src/store/open-store.js';
import { isPostgresUrl, type PgStore } from '../src/store/pg/store.js';
import { SqliteStore } from '../src/store/sqlite.js';
import type { DocumentMeta, Store } from '../src/store/store.js';
import { Writer } from '../src/store/write.js';
import type {
  ExtractedEntity,
  ExtractedEvent,
  ExtractedQuote,
  ExtractedRelation,
  Extraction,
  RelationType,
} from '../src/types.js';
import { repoRoot } from './corpus.js';
import { measuredRun } from './peak-rss.js';

// --- arguments ---------------------------------------------------------------
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const value = (name: string, dflt: string) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : dflt;
};
const N = Number(value('--articles', '100000'));
const SEED = Number(value('--seed', '7'));
const SAMPLES = Number(value('--samples', '300'));
const direct = flag('--direct') || flag('--truth');
/** --truth: as --direct, and entity resolution replaced by the generator's ground truth (fastest way to a big database). */
const truth = flag('--truth');
const queriesOnly = argv.includes('--queries-only') ? value('--queries-only', '') : '';
const PROCS = Number(value('--procs', '1'));
/** --child K: write only the articles i with i % PROCS === K (a --procs child of --direct) */
const CHILD = argv.includes('--child') ? Number(value('--child', '0')) : -1;
const handleOf = (s: Store): DB => (s instanceof SqliteStore ? s.db : (s as PgStore).sqlDb);
if (!Number.isInteger(N) || N <= 0) throw new Error('--articles needs a positive whole number');

// --- seeded randomness -------------------------------------------------------
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let rand = mulberry32(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
/** Skewed choice: a few people and groups are in many articles, most in few (news is like that). */
const pickSkewed = <T>(xs: readonly T[]): T => xs[Math.floor(xs.length * rand() ** 2.2)];

// --- the pool -----------------------------------------------------------------
// Given names are common Muslim given names (general knowledge), each with the
// transliteration variants news outlets use; surnames and group names are invented.
const GIVEN: string[][] = [
  ['Abdul Rashid', 'Abdur Rashid'],
  ['Ahmad', 'Ahmed'],
  ['Asad', 'Assad'],
  ['Bilal'],
  ['Farooq', 'Faruq'],
  ['Hamid', 'Hameed'],
  ['Imran'],
  ['Junaid', 'Junaed'],
  ['Khalid', 'Khaled'],
  ['Latif', 'Lateef'],
  ['Mansoor', 'Mansur'],
  ['Nasir', 'Naseer'],
  ['Omar', 'Umar'],
  ['Qasim', 'Kasim'],
  ['Saeed', 'Said'],
  ['Tariq', 'Tarik'],
  ['Usman', 'Osman'],
  ['Yusuf', 'Yousaf'],
  ['Zahid', 'Zaheed'],
  ['Ismail', 'Ismael'],
  ['Jamil', 'Jameel'],
  ['Rahim', 'Raheem'],
  ['Sami', 'Samee'],
  ['Waqar'],
];
const SUR_HEAD = [
  'Gul',
  'Zar',
  'Sher',
  'Dar',
  'Bar',
  'Mal',
  'Kar',
  'Nur',
  'Pir',
  'Tor',
  'Zam',
  'Bakh',
  'Hal',
  'Wad',
];
const SUR_TAIL = [
  ['zai', 'zay'],
  ['khel', 'kheil'],
  ['wal', 'wall'],
  ['ani', 'aani'],
  ['ullah', 'ulla'],
  ['oon', 'un'],
  ['abadi', 'abady'],
];
const PREFIX: string[][] = [
  ['Tehrik-e', 'Tehreek-e', 'Tehrik-i'],
  ['Jamaat-ul', 'Jamaat-al', 'Jamat-ul'],
  ['Lashkar-e', 'Lashkar-i'],
  ['Harkat-ul', 'Harakat-ul'],
  ['Jaish-e', 'Jaish-i'],
  ['Ansar-ul', 'Ansar-al'],
  ['Hizb-ul', 'Hizb-al'],
];
const CORE = [
  'Fateh',
  'Zarqan',
  'Bahadur',
  'Sadiq',
  'Khalis',
  'Daulat',
  'Wahdat',
  'Iman',
  'Sabr',
  'Nusrat',
  'Qital',
  'Ghazab',
];
const REGION = [
  'Khorasan',
  'Sindh',
  'Waziristan',
  'Kashmir',
  'Balochistan',
  'Punjab',
  'Kurram',
  'Bajaur',
  'Orakzai',
];
// Real towns of the region (general knowledge), so the gazetteer knows them.
const PLACES = [
  'Peshawar',
  'Quetta',
  'Kabul',
  'Kandahar',
  'Jalalabad',
  'Lahore',
  'Karachi',
  'Bannu',
  'Kohat',
  'Mardan',
  'Swat',
  'Mingora',
  'Dera Ismail Khan',
  'Khost',
  'Kunduz',
  'Herat',
  'Mosul',
  'Raqqa',
  'Baghdad',
  'Multan',
  'Rawalpindi',
  'Islamabad',
  'Gwadar',
  'Turbat',
  'Chaman',
  'Parachinar',
  'Miranshah',
  'Wana',
  'Tank',
  'Zhob',
];
const OUTLETS = [
  'frontier-herald.example',
  'valley-times.example',
  'daily-courier.example',
  'north-wire.example',
];

interface Person {
  key: string;
  variants: string[];
}
interface Group {
  key: string;
  variants: string[];
  acronym: string;
}

function buildPool(n: number): { people: Person[]; groups: Group[] } {
  rand = mulberry32(SEED);
  const people: Person[] = [];
  const seen = new Map<string, string[][]>();
  const nPeople = Math.max(300, Math.round(n / 8));
  // Two given names or one, an invented surname: tens of thousands of distinct people at 100k.
  while (people.length < nPeople) {
    const g = pick(GIVEN);
    const g2 = rand() < 0.5 ? pick(GIVEN) : null;
    const head = pick(SUR_HEAD);
    const mid = rand() < 0.6 ? pick(['a', 'i', 'o', 'e', 'u']) + pick(['r', 'm', 'n', 'd', 'k', 's']) : '';
    const tail = pick(SUR_TAIL);
    const key = `${g[0]}${g2 ? ` ${g2[0]}` : ''} ${head}${mid}${tail[0]}`;
    if (g2 && g2[0] === g[0]) continue;
    // No two people a reader could not tell apart by name: surnames differing
    // only in vowels ("Gularkhel" / "Gulorkhel": the variants below are such
    // vowel changes) with the same given names, one given name more or fewer
    // ("Junaid Pirkhel" / "Junaid Asad Pirkhel": a dropped middle name), or the
    // given names swapped. Otherwise the truth the resolution score is measured
    // against would be unknowable from the text.
    const sound = `${head}${mid}${tail[0]}`
      .toLowerCase()
      .replace(/kh/g, 'k')
      .replace(/[aeiouy]/g, '')
      .replace(/(.)\1+/g, '$1');
    const given = g2 ? [g[0], g2[0]] : [g[0]];
    const sets = seen.get(sound) ?? [];
    if (sets.some((o) => o.every((x) => given.includes(x)) || given.every((x) => o.includes(x)))) continue;
    seen.set(sound, [...sets, given]);
    const variants = [key];
    for (let v = 0; v < 2; v++) {
      const alt = `${pick(g)}${g2 ? ` ${pick(g2)}` : ''} ${head}${mid}${pick(tail)}`;
      if (!variants.includes(alt)) variants.push(alt);
    }
    people.push({ key, variants });
  }
  const groups: Group[] = [];
  const gseen = new Set<string>();
  const nGroups = Math.max(40, Math.round(n / 400));
  while (groups.length < nGroups) {
    const p = pick(PREFIX);
    const c = pick(CORE);
    const r = pick(REGION);
    const key = `${p[0]}-${c} ${r}`;
    if (gseen.has(key)) continue;
    gseen.add(key);
    const acronym = `${p[0][0]}${c[0]}${r[0]}`.toUpperCase();
    groups.push({ key, variants: p.map((x) => `${x}-${c} ${r}`), acronym });
  }
  return { people, groups };
}

// --- one article ----------------------------------------------------------------
interface Built {
  header: string;
  text: string;
  meta: Omit<DocumentMeta, 'id' | 'location'>;
  ex: Omit<Extraction, 'document'>;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const FILLER = [
  'Security officials said the situation in the area remained tense and that more troops had been sent.',
  'Residents said markets and schools were closed for a second day as the authorities imposed a curfew.',
  'Analysts said the militant movement had been weakened by internal disputes over leadership and money.',
  'The provincial government announced compensation for the families of those killed and wounded.',
  'Human rights groups called for an independent inquiry into the conduct of the security operation.',
  'A spokesman for the interior ministry said investigations were under way and more arrests were likely.',
  'Local elders held a meeting with district officials to discuss the return of displaced families.',
  'The attack was the latest in a series of assaults on police and paramilitary posts in the region this year.',
  'Officials did not say how many militants were believed to be operating in the surrounding mountains.',
  'Traders said the closure of the border crossing had cost them heavily over the past few weeks.',
];
const QUOTES = [
  'We will continue our struggle until our demands are met',
  'Our fighters carried out this operation and more will follow',
  'We have no links with any foreign government',
  'The government has failed to protect ordinary people',
  'We reject the talks offered by the authorities',
];

function article(i: number, pool: { people: Person[]; groups: Group[] }): Built {
  rand = mulberry32(SEED * 1_000_003 + i);
  const persons = [pickSkewed(pool.people), pickSkewed(pool.people), pick(pool.people), pick(pool.people)];
  const groups = [pickSkewed(pool.groups), pick(pool.groups)];
  const places = [pick(PLACES), pick(PLACES)];
  const day = new Date(Date.UTC(2014, 0, 1) + Math.floor(rand() * 3650) * 86_400_000)
    .toISOString()
    .slice(0, 10);

  let text = '';
  const ents = new Map<string, ExtractedEntity>();
  const relations: ExtractedRelation[] = [];
  const quotes: ExtractedQuote[] = [];
  const events: ExtractedEvent[] = [];
  // One variant per entity per article, as a single outlet spells a name one way.
  const spelled = new Map<string, string>();
  const name = (kind: 'p' | 'g' | 'l', key: string, variants: string[], acronym?: string): string => {
    const id = `${kind}:${key}`;
    let s = spelled.get(id);
    if (!s) {
      s = rand() < 0.7 ? variants[0] : pick(variants);
      spelled.set(id, s);
    }
    // Groups are named in full first, then often by acronym.
    if (acronym && ents.has(id) && rand() < 0.5) return acronym;
    return s;
  };
  /** Appends a sentence whose {tokens} are entity ids; records mentions; returns the sentence span. */
  const say = (
    parts: (string | { id: string; type: 'person' | 'organization' | 'place'; surface: string })[],
  ) => {
    const start = text.length;
    for (const p of parts) {
      if (typeof p === 'string') text += p;
      else {
        const s = text.length;
        text += p.surface;
        let e = ents.get(p.id);
        if (!e) {
          e = { id: p.id, type: p.type, name: p.surface, aliases: [], mentions: [], attributes: {} };
          ents.set(p.id, e);
        } else if (e.name !== p.surface && !e.aliases.includes(p.surface)) e.aliases.push(p.surface);
        e.mentions.push({ start: s, end: text.length });
      }
    }
    const span = { start, end: text.length };
    text += ' ';
    return span;
  };
  const per = (k: number) => {
    const p = persons[k];
    return { id: `p:${p.key}`, type: 'person' as const, surface: name('p', p.key, p.variants) };
  };
  const grp = (k: number) => {
    const g = groups[k];
    return {
      id: `g:${g.key}`,
      type: 'organization' as const,
      surface: name('g', g.key, g.variants, g.acronym),
    };
  };
  const loc = (k: number) => ({ id: `l:${places[k]}`, type: 'place' as const, surface: places[k] });
  const tie = (
    type: RelationType,
    s: string,
    o: string,
    span: { start: number; end: number },
    negated = false,
  ) => relations.push({ id: `r${relations.length}`, type, subject: s, object: o, negated, evidence: span });

  const weekday = pick(WEEKDAYS);
  let span = say([
    'Militants of the ',
    grp(0),
    ` attacked a police post in `,
    loc(0),
    ` on ${weekday}, killing three officers, officials said.`,
  ]);
  events.push({
    id: 'v0',
    type: 'attack',
    date: { text: weekday, value: day },
    place: `l:${places[0]}`,
    participants: [{ role: 'agent', entity: `g:${groups[0].key}` }],
    evidence: span,
    trigger: 'attacked',
  });
  const paragraphs: (() => void)[] = [
    () => {
      span = say([
        per(0),
        ', a commander of the ',
        grp(0),
        ', led the assault, according to police in ',
        loc(0),
        '.',
      ]);
      tie('member_of', `p:${persons[0].key}`, `g:${groups[0].key}`, span);
    },
    () => {
      span = say(['The ', grp(0), ' is led by ', per(1), ', who has been in hiding since last year.']);
      tie('leader_of', `p:${persons[1].key}`, `g:${groups[0].key}`, span);
    },
    () => {
      const start = text.length;
      const q = pick(QUOTES);
      span = say(['"', `${q},`, '" ', per(0), ' said in a statement sent to reporters.']);
      quotes.push({
        id: 'q0',
        text: q,
        start: start + 1,
        end: start + 1 + q.length + 1,
        speaker: `p:${persons[0].key}`,
        speakerText: null,
      });
    },
    () => {
      span = say(['The ', grp(0), ' is allied with the ', grp(1), ', security officials said.']);
      tie('allied_with', `g:${groups[0].key}`, `g:${groups[1].key}`, span);
    },
    () => {
      span = say([per(2), ' split from the ', grp(1), ' last year after a dispute over leadership.']);
      tie('split_from', `p:${persons[2].key}`, `g:${groups[1].key}`, span);
    },
    () => {
      span = say([
        'Police in ',
        loc(1),
        ' arrested ',
        per(3),
        ', a member of the ',
        grp(1),
        ', on ',
        pick(WEEKDAYS),
        '.',
      ]);
      tie('member_of', `p:${persons[3].key}`, `g:${groups[1].key}`, span);
      events.push({
        id: 'v1',
        type: 'arrest',
        date: null,
        place: `l:${places[1]}`,
        participants: [{ role: 'patient', entity: `p:${persons[3].key}` }],
        evidence: span,
        trigger: 'arrested',
      });
    },
    () => {
      span = say([per(2), ' denied any links with the ', grp(0), '.']);
      tie('affiliated_with', `p:${persons[2].key}`, `g:${groups[0].key}`, span, true);
    },
  ];
  for (const para of paragraphs) {
    para();
    // Filler between ties brings the article to about 600 words.
    for (let k = rand() < 0.5 ? 0 : 1; k < 5; k++) text += `${pick(FILLER)} `;
    text += '\n\n';
  }
  text = text.trimEnd();
  const title = `${groups[0].variants[0].split('-')[0]} militants attack police in ${places[0]}`;
  const outlet = OUTLETS[i % OUTLETS.length];
  return {
    header: `TITLE: ${title}\nDATE: ${day}\nURL: https://${outlet}/${day}/story-${i}\n\n`,
    text,
    meta: { title, published: day, outlet, byline: null },
    ex: { schema: 'dossier.extraction/1', entities: [...ents.values()], quotes, relations, events },
  };
}

// --- measuring -------------------------------------------------------------------
function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
const ms = (x: number) => `${x.toFixed(1)} ms`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

function dbBytes(path: string): number {
  return [path, `${path}-wal`].reduce((sum, p) => sum + (existsSync(p) ? statSync(p).size : 0), 0);
}

async function timeQueries(path: string, pool: { people: Person[]; groups: Group[] }) {
  const store = openStore(path, { readonly: true });
  rand = mulberry32(SEED + 99);
  // Warm the page cache a little, as an analyst's second query would find it.
  await store.findEntities(pool.people[0].key);
  const profile: number[] = [];
  const search: number[] = [];
  const path_: number[] = [];
  let found = 0;
  let chains = 0;
  for (let i = 0; i < SAMPLES; i++) {
    // Half the samples from the skewed head (the hubs an analyst asks about), half uniform.
    const person = i % 2 ? pickSkewed(pool.people) : pick(pool.people);
    const group = i % 2 ? pickSkewed(pool.groups) : pick(pool.groups);
    const asked = i % 3 === 0 ? group.key : pick(person.variants);
    let t = performance.now();
    const hits = await store.findEntities(asked);
    if (hits.length) {
      await store.profile(hits[0].id);
      found++;
    }
    profile.push(performance.now() - t);

    const words = person.key.split(' ');
    const q =
      i % 3 === 0
        ? `"${person.key}"`
        : i % 3 === 1
          ? `${words[words.length - 1]} ${pick(['attack', 'statement', 'arrested', 'police'])}`
          : `${group.key.split(/[- ]/)[2] ?? group.key} ${pick(PLACES).split(' ')[0]}`;
    t = performance.now();
    await store.search(q);
    search.push(performance.now() - t);

    const a = pick(pool.people);
    const b = i % 2 ? pickSkewed(pool.people) : pick(pool.people);
    t = performance.now();
    const [ha] = await store.findEntities(a.key, 1);
    const [hb] = await store.findEntities(b.key, 1);
    if (ha && hb) {
      const ps = await store.paths(ha.id, hb.id, 4);
      if (ps.length) chains++;
    }
    path_.push(performance.now() - t);
  }
  const counts = await store.counts();
  await store.close();
  return { profile, search, path: path_, found, chains, counts };
}

/**
 * CPU seconds (user + system) of the PostgreSQL backend serving this store's connection,
 * read from /proc: only when the server runs on this machine (else null).
 */
function backendCpu(s: Store): number | null {
  try {
    const pid = handleOf(s).prepare('SELECT pg_backend_pid()').pluck().get() as number;
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = f.slice(f.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 (1-based) of the whole line; here 11 and 12 (0-based after the name)
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Where one writer's time went: its own CPU (all threads), its backend's CPU, and the wall time. */
function cpuLine(
  label: string,
  cpu0: NodeJS.CpuUsage,
  back0: number | null,
  s: Store,
  wall: number,
  n: number,
): string {
  const cpu = process.cpuUsage(cpu0);
  const own = (cpu.user + cpu.system) / 1e6;
  const back = back0 === null ? null : (backendCpu(s) ?? back0) - back0;
  return `${label}: ${wall.toFixed(1)} s wall, node CPU ${own.toFixed(1)} s (${((own / n) * 1000).toFixed(1)} ms an article)${back === null ? '' : `, PostgreSQL backend CPU ${back.toFixed(1)} s (${((back / n) * 1000).toFixed(1)} ms an article)`}`;
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model ?? 'unknown cpu'}, ${cpus.length} logical cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, node ${process.version}`;
}

/**
 * Swaps the Writer's resolution step for the generator's own identities (its
 * entity ids are pool keys), keeping every other part of the write path. Only
 * for building a large database to time queries on; the figures say so.
 */
function groundTruthResolution(): void {
  type W = {
    upsertEntity(
      id: string,
      e: ExtractedEntity,
      isNew: boolean,
      g: string | null,
      m: DocumentMeta,
      t: string,
    ): void;
  };
  const proto = Writer.prototype as unknown as W & Record<string, unknown>;
  const exists = new Set<string>();
  proto.resolve = function (this: W, meta: DocumentMeta, _seq: number, ex: Extraction) {
    const ids = new Map<string, string>();
    for (const e of ex.entities) {
      const id = `E${sha256(e.id).slice(0, 20)}`;
      this.upsertEntity(id, e, !exists.has(id), null, meta, ex.document.text);
      exists.add(id);
      ids.set(e.id, id);
    }
    return { ids, merged: 0, candidates: 0 };
  };
}

/**
 * Resolution quality against the generator's truth, B-cubed over mentions: a
 * mention whose surface is one pool spelling (a full name or a group's name or
 * acronym, unambiguous across the pool) is labelled with the person or group it
 * names; precision falls when one store entity holds several, recall when one
 * is spread over several entities. Short forms the extractor finds ("Mansoor")
 * have no label and are left out.
 */
function resolutionQuality(
  dbFile: string,
  pool: { people: Person[]; groups: Group[] },
): { precision: number; recall: number; mentions: number; split: number; truths: number } {
  const truth = new Map<string, string | null>();
  const label = (surface: string, id: string) =>
    truth.set(surface, truth.has(surface) && truth.get(surface) !== id ? null : id);
  for (const p of pool.people) for (const v of p.variants) label(v, `p:${p.key}`);
  for (const g of pool.groups) for (const v of [...g.variants, g.acronym]) label(v, `g:${g.key}`);
  const s = openStore(dbFile);
  const rows = handleOf(s)
    .prepare('SELECT entity_id AS e, surface AS s, count(*) AS n FROM mentions GROUP BY entity_id, surface')
    .all() as { e: string; s: string; n: number }[];
  void s.close();
  const cell = new Map<string, number>();
  const bySide = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);
  const ent = new Map<string, number>();
  const tru = new Map<string, number>();
  const entitiesOf = new Map<string, Set<string>>();
  let total = 0;
  for (const r of rows) {
    const t = truth.get(r.s);
    if (!t) continue;
    bySide(cell, `${r.e}\u0000${t}`, r.n);
    bySide(ent, r.e, r.n);
    bySide(tru, t, r.n);
    total += r.n;
    let set = entitiesOf.get(t);
    if (!set) entitiesOf.set(t, (set = new Set()));
    set.add(r.e);
  }
  let p = 0;
  let rc = 0;
  for (const [k, n] of cell) {
    const [e, t] = k.split('\u0000');
    p += (n * n) / (ent.get(e) ?? 1);
    rc += (n * n) / (tru.get(t) ?? 1);
  }
  const split = [...entitiesOf.values()].filter((x) => x.size > 1).length;
  return { precision: p / total, recall: rc / total, mentions: total, split, truths: entitiesOf.size };
}

async function main(): Promise<void> {
  // --pool M: the name pool of an M-article run (to profile a short run at the crowding of a long one).
  const pool = buildPool(Number(value('--pool', String(N))));
  const work = mkdtempSync(join(os.tmpdir(), 'dossier-bench-store-'));
  const dbFile = queriesOnly || value('--db', join(work, 'bench.db'));
  console.log(`machine   ${machine()}`);
  console.log(
    `pool      ${pool.people.length} people (${pool.people.reduce((s, p) => s + p.variants.length, 0)} spellings), ${pool.groups.length} groups, ${PLACES.length} places`,
  );
  const pg = isPostgresUrl(dbFile);
  let ingest: { mode: string; seconds: number; rate: number; peakKiB: number | null } | undefined;
  if (CHILD >= 0) {
    // one of --procs writers: its share of the articles, then out
    const store = openStore(dbFile);
    const cpu0 = process.cpuUsage();
    const back0 = pg ? backendCpu(store) : null;
    const t0 = performance.now();
    const start = Date.now();
    let n = 0;
    for (let i = CHILD; i < N; i += PROCS) {
      const a = article(i, pool);
      await store.ingest(
        { ...a.meta, id: documentId(a.text), location: `bench:${i}` },
        { ...a.ex, document: { title: a.meta.title, published: a.meta.published, url: null, text: a.text } },
      );
      n++;
    }
    // the parent prints lines that start with "PostgreSQL "
    if (pg)
      process.stderr.write(
        `${cpuLine(`PostgreSQL writer ${process.pid}`, cpu0, back0, store, (performance.now() - t0) / 1000, n)}\n`,
      );
    // when this writer's first and last articles were written (the parent's span leaves out start-up)
    process.stderr.write(`writing ${start} ${Date.now()}\n`);
    await store.close();
    return;
  }
  if (!queriesOnly) {
    if (pg) {
      const s = openStore(dbFile);
      const docs = (await s.counts()).documents;
      await s.close();
      if (docs) throw new Error(`${dbFile} holds ${docs} documents; the benchmark needs an empty database`);
    } else if (existsSync(dbFile)) rmSync(dbFile);
    if (direct && PROCS > 1) {
      const t0 = performance.now();
      const runs = await Promise.all(
        Array.from({ length: PROCS }, (_, k) =>
          measuredRun(
            process.execPath,
            ['--import', 'tsx', join(repoRoot, 'bench/store.ts'), ...argv, '--child', String(k)],
            repoRoot,
          ),
        ),
      );
      const seconds = (performance.now() - t0) / 1000;
      const bad = runs.find((r) => r.code !== 0);
      if (bad) throw new Error(`a writer failed (${bad.code}): ${bad.stderr.slice(-2000)}`);
      // DOSSIER_PG_STATS=1: each writer's round trips and retries
      for (const r of runs)
        for (const line of r.stderr.split('\n'))
          if (/^PostgreSQL /.test(line)) console.log(`writer    ${line}`);
      // Each child spends seconds starting (tsx compiles this script) before it writes: the
      // rate is over the span from the first writer's first article to the last one's end.
      const spans = runs.flatMap((r) =>
        [...r.stderr.matchAll(/^writing (\d+) (\d+)$/gm)].map((m) => [Number(m[1]), Number(m[2])]),
      );
      const writing =
        spans.length === PROCS
          ? (Math.max(...spans.map((x) => x[1])) - Math.min(...spans.map((x) => x[0]))) / 1000
          : seconds;
      console.log(
        `articles  ${N}, written by ${PROCS} processes at once: ${writing.toFixed(1)} s from the first article to the last (${seconds.toFixed(1)} s with start-up)`,
      );
      ingest = {
        mode: `direct (write path, no NLP), ${PROCS} processes, start-up left out`,
        seconds: writing,
        rate: N / writing,
        peakKiB: Math.max(...runs.map((r) => r.peakKiB ?? 0)),
      };
    } else if (direct) {
      // Write path only: no NLP, the generator's own extraction, one transaction per document.
      const store = openStore(dbFile);
      if (truth) groundTruthResolution();
      const cpu0 = process.cpuUsage();
      const back0 = pg ? backendCpu(store) : null;
      const t0 = performance.now();
      let words = 0;
      for (let i = 0; i < N; i++) {
        const a = article(i, pool);
        words += a.text.split(/\s+/).length;
        const id = documentId(a.text);
        await store.ingest(
          { ...a.meta, id, location: `bench:${i}` },
          {
            ...a.ex,
            document: { title: a.meta.title, published: a.meta.published, url: null, text: a.text },
          },
        );
        if ((i + 1) % 10_000 === 0)
          console.log(`  ${i + 1} written, ${((i + 1) / ((performance.now() - t0) / 1000)).toFixed(0)}/s`);
      }
      const seconds = (performance.now() - t0) / 1000;
      console.log(cpuLine('writer   ', cpu0, back0, store, seconds, N));
      await store.close();
      console.log(`articles  ${N}, ${(words / N).toFixed(0)} words each on average`);
      ingest = {
        mode: truth
          ? 'direct, resolution by ground truth (write path without NLP or resolution)'
          : 'direct (write path, no NLP)',
        seconds,
        rate: N / seconds,
        peakKiB: process.resourceUsage().maxRSS,
      };
    } else {
      const dir = join(work, 'articles');
      let words = 0;
      // --procs K: share k holds the articles i with i % K === k, one directory each
      for (let i = 0; i < N; i++) {
        const sub = join(dir, `p${i % PROCS}`, String(Math.floor(i / 1000)).padStart(4, '0'));
        if (i < PROCS || i % 1000 < PROCS) mkdirSync(sub, { recursive: true });
        const a = article(i, pool);
        words += a.text.split(/\s+/).length;
        writeFileSync(join(sub, `${String(i).padStart(7, '0')}.txt`), a.header + a.text);
      }
      console.log(`articles  ${N} written, ${(words / N).toFixed(0)} words each on average`);
      const t0 = performance.now();
      const runs = await Promise.all(
        Array.from({ length: PROCS }, (_, k) =>
          measuredRun(
            process.execPath,
            [join(repoRoot, 'bin/dossier'), 'ingest', join(dir, `p${k}`), '--db', dbFile, '--json'],
            repoRoot,
          ),
        ),
      );
      const seconds = (performance.now() - t0) / 1000;
      const bad = runs.find((r) => r.code !== 0);
      if (bad) throw new Error(`ingest failed (${bad.code}): ${bad.stderr.slice(-2000)}`);
      // DOSSIER_PG_STATS=1: each ingester's round trips and retries
      for (const r of runs)
        for (const line of r.stderr.split('\n'))
          if (/^PostgreSQL /.test(line)) console.log(`writer    ${line}`);
      ingest = {
        mode:
          PROCS > 1
            ? `${PROCS} × bin/dossier ingest at once (extraction on every core each)`
            : 'bin/dossier ingest (extraction on every core, one writer)',
        seconds,
        rate: N / seconds,
        peakKiB: Math.max(...runs.map((r) => r.peakKiB ?? 0)) || null,
      };
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(
      `ingest    ${ingest.mode}: ${ingest.seconds.toFixed(1)} s, ${ingest.rate.toFixed(1)} articles/s, peak RSS ${ingest.peakKiB ? mib(ingest.peakKiB * 1024) : '?'}`,
    );
  }
  // Fold the WAL in so the size is the database's own.
  let bytes: number;
  if (pg) {
    const s = openStore(dbFile) as PgStore;
    bytes = Number(s.sqlDb.prepare('SELECT pg_database_size(current_database())').pluck().get());
    await s.close();
  } else {
    const s = SqliteStore.open(dbFile);
    s.db.pragma('wal_checkpoint(TRUNCATE)');
    await s.close();
    bytes = dbBytes(dbFile);
  }
  console.log(`database  ${mib(bytes)}, ${(bytes / N / 1024).toFixed(1)} KiB per article`);
  const rq = resolutionQuality(dbFile, pool);
  console.log(
    `resolve   B³ precision ${rq.precision.toFixed(3)}, recall ${rq.recall.toFixed(3)} over ${rq.mentions} full-name mentions; ${rq.split} of ${rq.truths} people/groups split over >1 entity`,
  );
  {
    // incidents are joined on ingest (src/store/incidents.ts): how many reports made how many
    const s = openStore(dbFile, { readonly: true });
    const r = handleOf(s)
      .prepare(
        'SELECT (SELECT count(*) FROM incident_reports), (SELECT count(*) FROM incidents), (SELECT max(reports) FROM incidents)',
      )
      .raw()
      .get() as number[];
    console.log(
      `incidents ${r[1]} from ${r[0]} attack/killing reports, joined on ingest (largest: ${r[2] ?? 0} reports)`,
    );
    await s.close();
  }
  const q = await timeQueries(dbFile, pool);
  console.log(
    `store     ${Object.entries(q.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  const line = (label: string, xs: number[], bar: number) =>
    console.log(
      `${label.padEnd(9)} p50 ${ms(pct(xs, 50))}, p95 ${ms(pct(xs, 95))}, max ${ms(Math.max(...xs))} (${xs.length} queries; bar p95 ≤ ${bar} ms: ${pct(xs, 95) <= bar ? 'met' : 'NOT met'})`,
    );
  line('profile', q.profile, 20);
  line('search', q.search, 50);
  line('path', q.path, 200);
  console.log(
    `          ${q.found}/${SAMPLES} names found; ${q.chains}/${SAMPLES} pairs connected within 4 hops`,
  );
  console.log(`memory    peak RSS of this process ${mib(process.resourceUsage().maxRSS * 1024)}`);
  if (!argv.includes('--db') && !queriesOnly) rmSync(work, { recursive: true, force: true });
  else if (pg) rmSync(work, { recursive: true, force: true });
}

await main();
