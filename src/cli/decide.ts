// The analyst's commands: merge, split, rename, confirm, reject, undo, decisions,
// reextract. Each writes one audited decision (or reverses one) in a transaction.
import { userInfo } from 'node:os';
import cliProgress from 'cli-progress';
import { InputError } from '../ingest/errors.js';
import { openStore } from '../store/open-store.js';
import type { PgStore } from '../store/pg/store.js';
import type { SqliteStore } from '../store/sqlite.js';
import type { DecisionRequest, DecisionView, EntitySummary, FactInput } from '../store/store.js';
import type { EntityType } from '../types.js';

export interface DecideOptions {
  db?: string;
  json?: boolean;
  by?: string;
}

const ENTITY_ID = /^E[0-9a-f]{20}$/;

function who(opts: DecideOptions): string {
  return opts.by?.trim() || process.env.USER || userInfo().username;
}

/** Either backend: both give the SQL handle (`db`) the lookups below use. */
type AnyStore = SqliteStore | PgStore;

async function withStore(cmd: string, opts: DecideOptions, fn: (s: AnyStore) => Promise<void>) {
  let store: AnyStore | undefined;
  try {
    store = openStore(opts.db) as AnyStore;
    await fn(store);
    return 0;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`dossier ${cmd}: ${e.message}\n`);
    return 1;
  } finally {
    await store?.close();
  }
}

/** An entity by id, or the best match for a name (the others are named so the analyst can use an id). */
async function entity(store: AnyStore, name: string, inDocument?: number): Promise<EntitySummary> {
  if (ENTITY_ID.test(name)) {
    const hit = (await store.findEntities(name)).find((e) => e.id === name);
    const row = store.db
      .prepare('SELECT id, type, name, mention_count AS mentions FROM entities WHERE id = ?')
      .get(name);
    if (hit ?? row) return (hit ?? row) as EntitySummary;
    throw new InputError(name, 'no such entity id in the store');
  }
  const hits = await store.findEntities(name);
  if (!hits.length) throw new InputError(name, 'no entity by that name in the store');
  // Citing an article: the entity it mentions, among the spellings that fit.
  if (inDocument !== undefined) {
    const named = store.db
      .prepare('SELECT 1 FROM mentions WHERE entity_id = ? AND document_id = ? LIMIT 1')
      .pluck();
    const hit = hits.find((h) => named.get(h.id, inDocument) === 1);
    if (hit) return hit;
  }
  return hits[0];
}

/** A fact by id or by a unique prefix of it (as `dossier entity --json` shows them). */
function fact(store: AnyStore, id: string): string {
  const rows = store.db
    .prepare("SELECT id FROM facts WHERE id >= ? AND id < ? || 'z' LIMIT 2")
    .pluck()
    .all(id, id) as string[];
  if (rows.length === 1) return rows[0];
  throw new InputError(id, rows.length ? 'matches more than one fact; give more of the id' : 'no such fact');
}

function show(opts: DecideOptions, d: DecisionView): void {
  if (opts.json) process.stdout.write(`${JSON.stringify(d, null, 2)}\n`);
  else
    process.stdout.write(
      `#${d.id} ${d.summary} — by ${d.decidedBy} at ${d.decidedAt}${d.undoneAt ? ` (undone by ${d.undoneBy} at ${d.undoneAt})` : ''}${d.inForce || d.undoneAt ? '' : ' [not in force: target not found]'}\n`,
    );
}

/** A stored article by content-hash prefix or by (a unique part of) its title. */
function document(store: AnyStore, ref: string | undefined): { seq: number; id: string; text: string } {
  if (!ref?.trim()) throw new InputError('--doc', 'name the article: an id prefix or part of its title');
  const q = ref.trim();
  type Doc = { seq: number; id: string; text: string; title: string | null };
  const byId = /^[0-9a-f]{6,64}$/.test(q)
    ? (store.db
        .prepare("SELECT seq, id, text, title FROM documents WHERE id >= ? AND id < ? || 'g' LIMIT 2")
        .all(q, q) as Doc[])
    : [];
  if (byId.length === 1) return byId[0];
  const like = `%${q.replace(/[\\%_]/g, '\\$&')}%`;
  const byTitle = store.db
    .prepare("SELECT seq, id, text, title FROM documents WHERE title LIKE ? ESCAPE '\\' LIMIT 6")
    .all(like) as Doc[];
  if (byTitle.length === 1) return byTitle[0];
  if (!byTitle.length && !byId.length)
    throw new InputError(q, 'no article with that id or title in the store');
  const list = [...byId, ...byTitle].map((d) => `${d.id.slice(0, 10)} “${d.title ?? ''}”`).join('; ');
  throw new InputError(q, `matches more than one article (${list}); give more of the id or title`);
}

/** The sentence of `text` holding `fragment` (which must occur once): its offsets. */
export function citedSentence(text: string, fragment: string | undefined): { start: number; end: number } {
  const f = fragment?.replace(/\s+/g, ' ').trim();
  if (!f) throw new InputError('--cite', 'quote a few words of the sentence to cite');
  const flat = text.replace(/\s/g, ' ');
  const at = flat.indexOf(f);
  if (at < 0) throw new InputError(f, 'does not occur in the article (quote its words exactly)');
  if (flat.indexOf(f, at + 1) >= 0)
    throw new InputError(f, 'occurs more than once in the article; quote more of the sentence');
  let start = at;
  while (
    start > 0 &&
    text[start - 1] !== '\n' &&
    !/[.!?]["”’)]?\s$/.test(text.slice(Math.max(0, start - 3), start))
  )
    start--;
  while (start < at && /\s/.test(text[start])) start++;
  let end = at + f.length;
  while (end < text.length && text[end] !== '\n' && !/[.!?]["”’)]?$/.test(text.slice(start, end))) end++;
  return { start, end };
}

export interface FactOptions extends DecideOptions {
  doc?: string;
  cite?: string;
  denied?: boolean;
  type?: string;
  date?: string;
  place?: string;
  agent?: string[];
  patient?: string[];
  speaker?: string[];
  recipient?: string[];
  member?: string[];
}

const ROLE_OPTIONS = ['agent', 'patient', 'speaker', 'recipient', 'member'] as const;

async function roles(
  store: AnyStore,
  opts: FactOptions,
  seq?: number,
): Promise<{ role: string; entityId: string }[] | undefined> {
  if (!ROLE_OPTIONS.some((r) => opts[r]?.length)) return undefined;
  const out: { role: string; entityId: string }[] = [];
  for (const role of ROLE_OPTIONS)
    for (const n of opts[role] ?? []) out.push({ role, entityId: (await entity(store, n, seq)).id });
  return out;
}

/** `dossier add-tie` / `add-event` / `edit`: a tie or event the extractor missed, or a fact's type, date, place, roles. */
export async function runFact(
  kind: 'add-tie' | 'add-event' | 'edit',
  args: string[],
  opts: FactOptions,
): Promise<number> {
  return withStore(kind, opts, async (store) => {
    let req: DecisionRequest;
    if (kind === 'edit') {
      const f: FactInput = {};
      if (opts.type) f.type = opts.type;
      if (opts.denied) f.negated = true;
      if (opts.date !== undefined) f.date = opts.date === 'none' ? null : opts.date;
      if (opts.place !== undefined)
        f.placeId = opts.place === 'none' ? null : (await entity(store, opts.place)).id;
      const r = await roles(store, opts);
      if (r) f.roles = r;
      if (!Object.keys(f).length)
        throw new InputError('edit', 'say what to change: --type, --date, --place or a role (--agent …)');
      req = { kind: 'edit', factId: fact(store, args[0]), fact: f };
    } else {
      const doc = document(store, opts.doc);
      const { start, end } = citedSentence(doc.text, opts.cite);
      const base = { documentId: doc.id, start, end };
      if (kind === 'add-tie') {
        const [s, type, o] = args;
        req = {
          kind: 'add',
          fact: {
            kind: 'relation',
            type,
            subjectId: (await entity(store, s, doc.seq)).id,
            objectId: (await entity(store, o, doc.seq)).id,
            negated: opts.denied === true,
            ...base,
          },
        };
      } else {
        req = {
          kind: 'add',
          fact: {
            kind: 'event',
            type: args[0],
            date: opts.date ?? null,
            placeId: opts.place ? (await entity(store, opts.place, doc.seq)).id : null,
            roles: (await roles(store, opts, doc.seq)) ?? [],
            ...base,
          },
        };
      }
    }
    show(opts, await store.decide(req, who(opts)));
  });
}

export async function runDecide(
  kind: DecisionRequest['kind'],
  a: string,
  b: string | undefined,
  opts: DecideOptions,
  more: string[] = [],
): Promise<number> {
  return withStore(kind, opts, async (store) => {
    let req: DecisionRequest;
    if (kind === 'confirm' || kind === 'reject') req = { kind, factId: fact(store, a) };
    else if (kind === 'retype')
      req = { kind, entityId: (await entity(store, a)).id, entityType: b as EntityType };
    else if (kind === 'split') req = { kind, entityId: (await entity(store, a)).id, name: b, names: more };
    else {
      const e = await entity(store, a);
      if (kind === 'merge') {
        const other = await entity(store, b ?? '');
        if (other.id === e.id)
          throw new InputError(`${a} / ${b}`, `both names already mean ${e.name}; nothing to merge`);
        req = { kind, entityId: e.id, otherId: other.id };
      } else req = { kind, entityId: e.id, name: b };
    }
    show(opts, await store.decide(req, who(opts)));
  });
}

export async function runUndo(id: string, opts: DecideOptions): Promise<number> {
  return withStore('undo', opts, async (store) => {
    const n = Number(id.replace(/^#/, ''));
    if (!Number.isInteger(n) || n <= 0)
      throw new InputError(id, 'expected a decision number (`dossier decisions`)');
    show(opts, await store.undo(n, who(opts)));
  });
}

export async function runDecisions(opts: DecideOptions): Promise<number> {
  return withStore('decisions', opts, async (store) => {
    const all = await store.listDecisions();
    if (opts.json) process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
    else if (!all.length) process.stdout.write('no decisions\n');
    else for (const d of all) show(opts, d);
  });
}

export async function runReextract(opts: DecideOptions): Promise<number> {
  return withStore('reextract', opts, async (store) => {
    const tty = !opts.json && process.stderr.isTTY === true;
    const bar = tty
      ? new cliProgress.SingleBar(
          {
            format: 'reextract [{bar}] {value}/{total} documents | ETA {eta_formatted}',
            stream: process.stderr,
          },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
    let started = false;
    const r = await store.reextract((done, total) => {
      if (!started) bar?.start(total, 0);
      started = true;
      bar?.update(done);
    });
    bar?.stop();
    if (opts.json) process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    else {
      process.stdout.write(
        `${store.path}: ${r.documents} documents re-extracted in ${r.seconds} s; ${r.decisions.applied} decisions re-applied, ${r.decisions.notFound} whose targets are gone\n`,
      );
      for (const f of r.failed)
        process.stderr.write(
          `dossier reextract: ${f.documentId.slice(0, 12)}: ${f.error} (kept, nothing extracted)\n`,
        );
    }
  });
}

/** An incident by id or a unique prefix of it (as `dossier timeline` shows them). */
function incident(store: AnyStore, id: string): string {
  const rows = store.db
    .prepare("SELECT id FROM incidents WHERE id >= ? AND id < ? || 'z' LIMIT 2")
    .pluck()
    .all(id, id) as string[];
  if (rows.length === 1) return rows[0];
  throw new InputError(
    id,
    rows.length
      ? 'matches more than one incident; give more of the id'
      : 'no such incident (`dossier timeline` lists them)',
  );
}

/** `merge-incidents A B` (B's reports join A) and `split-incident I REPORT` (the report leaves I). */
export async function runIncidentDecision(
  kind: 'merge-incidents' | 'split-incident',
  a: string,
  b: string,
  opts: DecideOptions,
): Promise<number> {
  return withStore(kind, opts, async (store) => {
    const incidentId = incident(store, a);
    const req: DecisionRequest =
      kind === 'merge-incidents'
        ? { kind, incidentId, otherId: incident(store, b) }
        : { kind, incidentId, factId: fact(store, b) };
    show(opts, await store.decide(req, who(opts)));
  });
}
