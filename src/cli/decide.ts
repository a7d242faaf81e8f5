// The analyst's commands: merge, split, rename, confirm, reject, undo, decisions,
// reextract. Each writes one audited decision (or reverses one) in a transaction.
import { userInfo } from 'node:os';
import cliProgress from 'cli-progress';
import { InputError } from '../ingest/errors.js';
import { dbPath } from '../store/db-path.js';
import { SqliteStore } from '../store/sqlite.js';
import type { DecisionRequest, DecisionView, EntitySummary } from '../store/store.js';

export interface DecideOptions {
  db?: string;
  json?: boolean;
  by?: string;
}

const ENTITY_ID = /^E[0-9a-f]{20}$/;

function who(opts: DecideOptions): string {
  return opts.by?.trim() || process.env.USER || userInfo().username;
}

async function withStore(cmd: string, opts: DecideOptions, fn: (s: SqliteStore) => Promise<void>) {
  let store: SqliteStore | undefined;
  try {
    store = SqliteStore.open(dbPath(opts.db));
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
async function entity(store: SqliteStore, name: string): Promise<EntitySummary> {
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
  return hits[0];
}

/** A fact by id or by a unique prefix of it (as `dossier entity --json` shows them). */
function fact(store: SqliteStore, id: string): string {
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

export async function runDecide(
  kind: DecisionRequest['kind'],
  a: string,
  b: string | undefined,
  opts: DecideOptions,
): Promise<number> {
  return withStore(kind, opts, async (store) => {
    let req: DecisionRequest;
    if (kind === 'confirm' || kind === 'reject') req = { kind, factId: fact(store, a) };
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
