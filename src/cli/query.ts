// The read commands. Each prints text for a person at a terminal, or JSON with --json.
import { userInfo } from 'node:os';
import { InputError } from '../ingest/errors.js';
import { isIsoDate } from '../iso-date.js';
import type { TollRange } from '../store/incidents-read.js';
import { openStore } from '../store/open-store.js';
import { parseGrade } from '../store/sqlite.js';
import type {
  CandidateSource,
  EntitySummary,
  EventView,
  Evidence,
  Hop,
  IncidentView,
  QuoteView,
  SearchOptions,
  Store,
} from '../store/store.js';

export interface QueryOptions {
  db?: string;
  json?: boolean;
}

class NotFound extends InputError {}

function bold(s: string): string {
  return process.stdout.isTTY ? `\x1b[1m${s}\x1b[22m` : s;
}

function out(opts: QueryOptions, json: unknown, text: () => string): void {
  process.stdout.write(opts.json ? `${JSON.stringify(json, null, 2)}\n` : text());
}

/** Opens the store (read-only unless grading), runs the query, and turns user mistakes into one line and exit 1. */
async function withStore(cmd: string, opts: QueryOptions, fn: (s: Store) => Promise<void>): Promise<number> {
  let store: Store | undefined;
  try {
    store = openStore(opts.db, { readonly: cmd !== 'source grade' });
    await fn(store);
    return 0;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`dossier ${cmd}: ${e.message}\n`);
    return e instanceof NotFound ? 3 : 1;
  } finally {
    await store?.close();
  }
}

async function resolveName(
  store: Store,
  name: string,
): Promise<{ best: EntitySummary; others: EntitySummary[] }> {
  const hits = await store.findEntities(name);
  if (!hits.length) throw new NotFound(name, 'no entity by that name in the store');
  return { best: hits[0], others: hits.slice(1) };
}

const label = (e: EntitySummary) => `${e.name} (${e.type})`;

/** "      Hamza Qasim: in “Court hears case” (2022-08-15)": where one side of a candidate pair is named. */
function seenLine(name: string, docs: CandidateSource[]): string {
  const short = (t: string) => (t.length > 60 ? `${t.slice(0, 59).trimEnd()}…` : t);
  const where = docs.map(
    (d) => `“${short(d.title ?? d.documentId.slice(0, 12))}” (${d.published ?? 'undated'})`,
  );
  return `      ${name}: in ${where.join(', ') || 'no article'}\n`;
}

function cite(ev: Evidence): string {
  const where = [ev.outlet, ev.published, ev.title ? `“${ev.title}”` : null].filter(Boolean).join(', ');
  const said = ev.attributedTo ? ` [according to ${ev.attributedTo}]` : '';
  return `      “${ev.sentence.replace(/\s+/g, ' ').trim()}”${said}\n        — ${where || ev.documentId.slice(0, 12)}\n`;
}

function quoteLine(q: QuoteView): string {
  const where = [q.outlet, q.published].filter(Boolean).join(', ');
  return `    “${q.text.trim()}” — ${q.speaker ?? 'unnamed'}${where ? ` (${where})` : ''}\n`;
}

function eventLine(v: EventView): string {
  const who = v.participants.map((p) => `${p.role}: ${p.entity.name}`).join(', ');
  // An event the article does not date is undated, whatever day the article came out.
  const when = v.date ?? 'undated';
  return `  ${when.padEnd(11)} ${v.type}${v.place ? ` in ${v.place}` : ''}${who ? ` (${who})` : ''} [${v.factId.slice(0, 10)}]\n${v.evidence.map(cite).join('')}`;
}

export async function runEntity(name: string, opts: QueryOptions): Promise<number> {
  return withStore('entity', opts, async (store) => {
    const { best, others } = await resolveName(store, name);
    const p = await store.profile(best.id);
    out(opts, { ...p, alsoMatching: others }, () => {
      let s = `${bold(p.entity.name)} — ${p.entity.type}, ${p.entity.mentions} mentions in ${p.documents} documents`;
      const seen =
        p.firstSeen && p.lastSeen
          ? p.firstSeen === p.lastSeen
            ? `seen ${p.firstSeen}`
            : `seen ${p.firstSeen} … ${p.lastSeen}`
          : p.firstSeen || p.lastSeen
            ? `seen ${p.firstSeen ?? p.lastSeen} (other articles undated)`
            : 'dates unknown (no article is dated)';
      s += `, ${seen}\n`;
      s += `  names: ${p.names.map((n) => `${n.name} (${n.count})`).join(', ')}\n`;
      if (Object.keys(p.attributes).length) s += `  attributes: ${JSON.stringify(p.attributes)}\n`;
      if (p.geo) s += `  geo: ${p.geo.lat}, ${p.geo.lon} ${p.geo.country ?? ''}\n`;
      for (const [type, ties] of Object.entries(p.ties)) {
        s += `\n  ${bold(type)}\n`;
        for (const t of ties) {
          const arrow = t.direction === 'out' ? '→' : '←';
          const flags = [
            t.negated ? 'DENIED' : '',
            t.conflict ? 'CONFLICT' : '',
            t.status === 'confirmed' ? 'CONFIRMED' : '',
          ]
            .filter(Boolean)
            .join(' ');
          s += `    ${arrow} ${label(t.other)}${flags ? ` [${flags}]` : ''} — ${t.documents} document(s), ${t.outlets} outlet(s) [${t.factId.slice(0, 10)}]\n`;
          s += t.evidence.map(cite).join('');
        }
      }
      if (p.quotesBy.length) s += `\n  ${bold('quotes by')}\n${p.quotesBy.map(quoteLine).join('')}`;
      if (p.quotesAbout.length) s += `\n  ${bold('quotes about')}\n${p.quotesAbout.map(quoteLine).join('')}`;
      if (p.incidents?.length) s += `\n  ${bold('incidents')}\n${p.incidents.map(incidentLines).join('')}`;
      if (p.events.length) s += `\n  ${bold('events')}\n${p.events.map(eventLine).join('')}`;
      if (others.length) s += `\n  also matching: ${others.map(label).join('; ')}\n`;
      return s;
    });
  });
}

export interface SearchFlags extends QueryOptions {
  type?: string;
  since?: string;
  until?: string;
  limit?: string;
}

export async function runSearch(text: string, opts: SearchFlags): Promise<number> {
  return withStore('search', opts, async (store) => {
    const o: SearchOptions = {};
    if (opts.type) {
      if (opts.type !== 'article' && opts.type !== 'quote')
        throw new InputError(`--type ${opts.type}`, 'expected article or quote');
      o.type = opts.type;
    }
    for (const k of ['since', 'until'] as const) {
      const v = opts[k];
      if (v && !isIsoDate(v))
        throw new InputError(`--${k} ${v}`, 'expected a date that exists, as YYYY, YYYY-MM or YYYY-MM-DD');
      if (v) o[k] = v;
    }
    if (opts.limit !== undefined) {
      if (!/^\d+$/.test(opts.limit) || Number(opts.limit) < 1 || Number(opts.limit) > 10_000)
        throw new InputError(`--limit ${opts.limit}`, 'expected a whole number from 1 to 10000');
      o.limit = Number(opts.limit);
    }
    const hits = await store.search(text, o);
    out(opts, hits, () => {
      if (!hits.length) return 'no matches\n';
      const hl = (s: string) =>
        process.stdout.isTTY ? s.replace(/«/g, '\x1b[1;33m').replace(/»/g, '\x1b[0m') : s;
      return hits
        .map((h) => {
          const where = [h.outlet, h.published].filter(Boolean).join(', ');
          return `${h.kind === 'quote' ? 'quote in ' : ''}${bold(h.title ?? h.documentId.slice(0, 12))}${where ? ` (${where})` : ''}\n  ${hl(h.snippet.replace(/\s+/g, ' '))}\n`;
        })
        .join('');
    });
  });
}

export async function runPath(
  a: string,
  b: string,
  opts: QueryOptions & { maxHops?: string },
): Promise<number> {
  return withStore('path', opts, async (store) => {
    const from = (await resolveName(store, a)).best;
    const to = (await resolveName(store, b)).best;
    if (from.id === to.id)
      throw new InputError(
        `${a} / ${b}`,
        a.trim().toLowerCase() === b.trim().toLowerCase()
          ? `both are the same entity, ${label(from)}; name two different ones`
          : `both names mean the same entity, ${label(from)}; name two different ones`,
      );
    if (opts.maxHops !== undefined && !/^[1-4]$/.test(opts.maxHops))
      throw new InputError(`--max-hops ${opts.maxHops}`, 'expected a whole number from 1 to 4');
    const hops = Number(opts.maxHops ?? 4);
    const paths = await store.paths(from.id, to.id, hops);
    out(opts, { from, to, paths }, () => {
      if (!paths.length)
        return `no chain of ties within ${hops} hops between ${label(from)} and ${label(to)}\n`;
      const hop = (h: Hop) =>
        `  ${h.from.name} ${h.direction === 'out' ? `—${h.type}→` : `←${h.type}—`} ${h.to.name}\n${h.evidence.map(cite).join('')}`;
      return paths
        .map(
          (p, i) =>
            `${bold(`chain ${i + 1}`)} (${p.length} hop${p.length > 1 ? 's' : ''})\n${p.map(hop).join('')}`,
        )
        .join('\n');
    });
  });
}

export async function runGraph(opts: QueryOptions & { around?: string; depth?: string }): Promise<number> {
  return withStore('graph', opts, async (store) => {
    const around = opts.around ? (await resolveName(store, opts.around)).best.id : undefined;
    if (opts.depth !== undefined && !/^[1-6]$/.test(opts.depth))
      throw new InputError(`--depth ${opts.depth}`, 'expected a whole number from 1 to 6');
    const depth = Number(opts.depth ?? 1);
    const g = await store.graph(around, depth);
    // The graph is data for other tools: JSON either way.
    process.stdout.write(`${JSON.stringify(g, null, 2)}\n`);
  });
}

export async function runTimeline(name: string | undefined, opts: QueryOptions): Promise<number> {
  return withStore('timeline', opts, async (store) => {
    const id = name ? (await resolveName(store, name)).best.id : undefined;
    const events = await store.timeline(id);
    const incidents = await store.incidents({ entityId: id });
    const mentioned = await store.incidents({ entityId: id, background: 'only' });
    // the shape is documented in docs/incidents.md
    out(opts, { schema: 'dossier.timeline/2', incidents, mentioned, events }, () => {
      let s = incidents.length
        ? `incidents (${incidents.length})\n${incidents.map(incidentLines).join('')}\n`
        : '';
      if (mentioned.length)
        s += `earlier incidents mentioned in passing (${mentioned.length})\n${mentioned.map(incidentLines).join('')}\n`;
      s += incidents.length ? 'events\n' : '';
      s += events.length ? events.map(eventLine).join('') : 'no events\n';
      return s;
    });
  });
}

function range(t: TollRange): string {
  const r = t.min === t.max ? `${t.min ?? '?'}` : `${t.min ?? '?'}–${t.max ?? '?'}`;
  return `${r}${t.openEnded ? '+' : ''}${t.conflict ? ' (reports differ)' : ''}`;
}

/** An incident, then each report side by side: source and grade, date, place, toll, perpetrator. */
export function incidentLines(i: IncidentView): string {
  const when = i.date ? (i.date.from === i.date.to ? i.date.from : `${i.date.from}…${i.date.to}`) : 'undated';
  const toll = Object.entries(i.toll)
    .map(([k, t]) => `${k} ${range(t as TollRange)}`)
    .join(', ');
  const by = i.perpetrators.map((p) => p.name).join(' / ');
  let s = `  ${(i.dated ? when : `${when} (by publication)`).padEnd(11)} ${i.type}${i.place ? ` in ${i.place.name}` : ''} — ${i.sourceCount} source${i.sourceCount === 1 ? '' : 's'}${toll ? `, ${toll}` : ''}${by ? `, by ${by}` : ''} [${i.id}]\n`;
  for (const r of i.reports) {
    const src = [r.outlet ?? r.documentId.slice(0, 12), r.published, r.grade].filter(Boolean).join(', ');
    const t = r.toll.map((x) => `${x.kind} “${x.text}”`).join('; ');
    const bits = [
      r.type,
      r.date ? `${r.date}${r.dateText ? ` (“${r.dateText}”)` : ''}` : 'undated',
      r.place?.name,
      t,
      r.perpetrators.length ? `by ${r.perpetrators.map((p) => p.name).join(', ')}` : '',
    ].filter(Boolean);
    s += `      ${src}: ${bits.join(', ')} [${r.factId.slice(0, 10)}]\n`;
  }
  for (const c of i.claims)
    s += `      ${c.stance} by ${c.entity?.name ?? 'unnamed'} (${c.outlet ?? c.documentId.slice(0, 12)}): “${c.sentence.slice(0, 120)}”\n`;
  return s;
}

export async function runSources(opts: QueryOptions): Promise<number> {
  return withStore('sources', opts, async (store) => {
    const rows = await store.sources();
    out(opts, rows, () =>
      rows.length
        ? rows
            .map((r) => `${(r.grade ?? '--').padEnd(3)} ${String(r.documents).padStart(6)}  ${r.outlet}\n`)
            .join('')
        : 'no sources\n',
    );
  });
}

export async function runSourceGrade(
  outlet: string,
  grade: string,
  opts: QueryOptions & { by?: string },
): Promise<number> {
  return withStore('source grade', opts, async (store) => {
    const g = parseGrade(grade);
    const by = opts.by || process.env.USER || userInfo().username;
    const row = await store.gradeSource(outlet, g.reliability, g.credibility, by);
    out(opts, row, () => `${row.outlet}: ${row.grade} (${row.documents} documents)\n`);
  });
}

export async function runCandidates(opts: QueryOptions): Promise<number> {
  return withStore('candidates', opts, async (store) => {
    const rows = await store.candidates();
    out(opts, rows, () =>
      rows.length
        ? rows
            .map(
              (c) =>
                `${c.score.toFixed(2)}  ${label(c.a)}  ?=  ${label(c.b)}\n      ${c.reasons.join('; ')}\n` +
                seenLine(c.a.name, c.seenIn.a) +
                seenLine(c.b.name, c.seenIn.b),
            )
            .join('')
        : 'no candidates\n',
    );
  });
}
