// Analyst decisions: recorded in `decisions` (who, when; undone rows stay, marked),
// applied to machine output at once, reversed by undo, and re-applied after a
// re-extraction. Each decision keeps its targets by content — an entity's type
// and spellings, a fact's type, ends and evidence offsets — because re-extraction
// may mint new ids; `target` and the ids in `args` are brought up to date each
// time it is applied. Runs inside the caller's transaction.

import { InputError } from '../ingest/errors.js';
import { foldKey } from '../knowledge/fold.js';
import { EntityEdits, type EntityRow } from './decisions-apply.js';
import { type Footprint, footprint, restore } from './decisions-footprint.js';
import { entityId, relationFactId } from './ids.js';
import type { DB } from './open.js';
import type { DecisionRequest, DecisionView } from './store.js';

interface EntityRef {
  type: string;
  name: string;
  names: string[];
}

interface FactRef {
  kind: 'relation' | 'event';
  type: string;
  subject: EntityRef | null;
  object: EntityRef | null;
  negated: boolean;
  /** document content hash and start offset of each source sentence */
  evidence: { documentId: string; start: number }[];
}

interface Args extends DecisionRequest {
  refs?: { entity?: EntityRef; other?: EntityRef; fact?: FactRef };
  /** what undo needs: the absorbed entity of a merge, the spelling's documents of a split, the old name */
  undo?: {
    other?: EntityRow & { names: string[]; documents: string[] };
    /** the absorbed entity's rows, one by one (decisions made before it was recorded lack it) */
    footprint?: Footprint;
    from?: string;
    splitId?: string;
  };
  inForce?: boolean;
}

interface Row {
  id: number;
  action: string;
  target: string;
  args: string;
  decided_by: string;
  decided_at: string;
  undone_by: string | null;
  undone_at: string | null;
}

const ENTITY_KINDS = new Set(['merge', 'split', 'rename']);
const KINDS = new Set(['merge', 'split', 'rename', 'confirm', 'reject']);

export class Decisions {
  private readonly edits: EntityEdits;

  constructor(private readonly db: DB) {
    this.edits = new EntityEdits(db);
  }

  private row(id: number): Row | undefined {
    return this.db.prepare('SELECT * FROM decisions WHERE id = ?').get(id) as Row | undefined;
  }

  private ref(id: string): EntityRef {
    const e = this.edits.entity(id);
    if (!e) throw new InputError(id, 'no such entity in the store');
    return { type: e.type, name: e.name, names: this.edits.names(id).map((n) => n.name) };
  }

  private seqOf(documentId: string): number | undefined {
    return this.db.prepare('SELECT seq FROM documents WHERE id = ?').pluck().get(documentId) as
      | number
      | undefined;
  }

  private shaOf(seq: number): string {
    return this.db.prepare('SELECT id FROM documents WHERE seq = ?').pluck().get(seq) as string;
  }

  private factRef(fid: string): FactRef {
    const f = this.db
      .prepare('SELECT kind, type, subject_id, object_id, negated FROM facts WHERE id = ?')
      .get(fid) as
      | {
          kind: 'relation' | 'event';
          type: string;
          subject_id: string | null;
          object_id: string | null;
          negated: number;
        }
      | undefined;
    if (!f)
      throw new InputError(fid, 'no such fact in the store (fact ids are in `dossier entity NAME --json`)');
    const evidence = (
      this.db
        .prepare(
          'SELECT d.id AS documentId, fs.start_offset AS start FROM fact_sources fs JOIN documents d ON d.seq = fs.document_id WHERE fs.fact_id = ?',
        )
        .all(fid) as { documentId: string; start: number }[]
    ).slice(0, 20);
    return {
      kind: f.kind,
      type: f.type,
      subject: f.subject_id ? this.ref(f.subject_id) : null,
      object: f.object_id ? this.ref(f.object_id) : null,
      negated: f.negated === 1,
      evidence,
    };
  }

  /** The stored entity a content reference means now: the hinted id if it still fits, else the best match by spellings. */
  private find(ref: EntityRef | undefined, hint?: string): string | undefined {
    if (!ref) return hint && this.edits.entity(hint) ? hint : undefined;
    const folded = [...new Set([ref.name, ...ref.names].map(foldKey).filter(Boolean))];
    if (hint) {
      const e = this.edits.entity(hint);
      if (e && e.type === ref.type && this.edits.names(hint).some((n) => folded.includes(foldKey(n.name))))
        return hint;
    }
    if (!folded.length) return undefined;
    const rows = this.db
      .prepare(
        `SELECT e.id, e.name, e.mention_count AS mentions, n.folded FROM entity_names n JOIN entities e ON e.id = n.entity_id
         WHERE e.type = ? AND n.folded IN (${folded.map(() => '?').join(',')})`,
      )
      .all(ref.type, ...folded) as { id: string; name: string; mentions: number; folded: string }[];
    const score = new Map<string, number>();
    const main = foldKey(ref.name);
    for (const r of rows) {
      let s = (score.get(r.id) ?? 0) + 1;
      if (r.folded === main && foldKey(r.name) === main && !score.has(`canon:${r.id}`)) {
        s += 100;
        score.set(`canon:${r.id}`, 1);
      }
      score.set(r.id, s);
    }
    let best: string | undefined;
    let bestScore = 0;
    for (const r of rows) {
      const s = (score.get(r.id) ?? 0) + r.mentions / 1e9;
      if (s > bestScore) {
        best = r.id;
        bestScore = s;
      }
    }
    return best;
  }

  private findFact(ref: FactRef | undefined, hint: string | undefined): string | undefined {
    const exists = (id: string) => this.db.prepare('SELECT 1 FROM facts WHERE id = ?').pluck().get(id) === 1;
    if (!ref) return hint && exists(hint) ? hint : undefined;
    if (ref.kind === 'relation' && ref.subject && ref.object) {
      const s = this.find(ref.subject);
      const o = this.find(ref.object);
      if (s && o) {
        const fid = relationFactId(ref.type, s, o, ref.negated);
        if (exists(fid)) return fid;
      }
    }
    // The same sentence of the same document stating the same type of fact.
    for (const ev of ref.evidence) {
      const seq = this.seqOf(ev.documentId);
      if (seq === undefined) continue;
      const fid = this.db
        .prepare(
          `SELECT f.id FROM fact_sources fs JOIN facts f ON f.id = fs.fact_id
           WHERE fs.document_id = ? AND fs.start_offset = ? AND f.type = ? AND f.negated = ? LIMIT 1`,
        )
        .pluck()
        .get(seq, ev.start, ref.type, ref.negated ? 1 : 0) as string | undefined;
      if (fid) return fid;
    }
    return undefined;
  }

  private save(id: number, target: string, args: Args): void {
    this.db
      .prepare('UPDATE decisions SET target = ?, args = ? WHERE id = ?')
      .run(target, JSON.stringify(args), id);
  }

  /** Validates a request, records it and applies it. */
  decide(req: DecisionRequest, by: string): DecisionView {
    if (!KINDS.has(req.kind))
      throw new InputError(String(req.kind), 'not a decision (merge, split, rename, confirm, reject)');
    const args: Args = { kind: req.kind };
    let target: string;
    if (ENTITY_KINDS.has(req.kind)) {
      if (!req.entityId) throw new InputError(req.kind, 'needs an entity');
      args.entityId = req.entityId;
      args.refs = { entity: this.ref(req.entityId) };
      target = `entity:${req.entityId}`;
      if (req.kind === 'merge') {
        if (!req.otherId) throw new InputError('merge', 'needs two entities');
        if (req.otherId === req.entityId) throw new InputError(req.otherId, 'is already that entity');
        args.otherId = req.otherId;
        args.refs.other = this.ref(req.otherId);
        if (args.refs.other.type !== args.refs.entity!.type)
          throw new InputError(
            args.refs.other.name,
            `is a ${args.refs.other.type} and ${args.refs.entity!.name} a ${args.refs.entity!.type}; only entities of one type merge`,
          );
      } else {
        const name = req.name?.trim();
        if (!name) throw new InputError(req.kind, 'needs a name');
        args.name = name;
        if (req.kind === 'split') {
          const docs = this.edits.documentsNaming(req.entityId, name);
          if (!docs.length)
            throw new InputError(name, `is not a spelling ${args.refs.entity!.name} is mentioned by`);
          if (docs.length === this.edits.documentsOf(req.entityId).length)
            throw new InputError(
              name,
              `every document of ${args.refs.entity!.name} uses this spelling; nothing would be left (rename instead?)`,
            );
        }
      }
    } else {
      if (!req.factId) throw new InputError(req.kind, 'needs a fact id');
      args.factId = req.factId;
      args.refs = { fact: this.factRef(req.factId) };
      target = `fact:${req.factId}`;
    }
    const info = this.db
      .prepare('INSERT INTO decisions (action, target, args, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)')
      .run(req.kind, target, JSON.stringify(args), by, new Date().toISOString());
    const id = Number(info.lastInsertRowid);
    this.apply(id, target, args);
    return this.view(this.row(id)!);
  }

  /** Applies one decision to the store as it is now; false when its targets cannot be found. */
  private apply(id: number, target: string, args: Args): boolean {
    const e = this.edits;
    const hintOf = (t: string) => t.replace(/^(entity|fact):/, '');
    let ok = false;
    switch (args.kind) {
      case 'merge': {
        const a = this.find(args.refs?.entity, args.entityId ?? hintOf(target));
        const b = this.find(args.refs?.other, args.otherId);
        if (a && b) {
          ok = true;
          if (a !== b) {
            const row = e.entity(b)!;
            args.undo = {
              other: {
                ...row,
                names: e.names(b).map((n) => n.name),
                documents: e.documentsOf(b).map((s) => this.shaOf(s)),
              },
              footprint: footprint(this.db, b, a),
            };
            e.mergeInto(b, a);
          }
          args.entityId = a;
          args.otherId = b;
          target = `entity:${a}`;
        }
        break;
      }
      case 'split': {
        const a = this.find(args.refs?.entity, args.entityId ?? hintOf(target));
        const name = args.name!;
        if (a) {
          const docs = e.documentsNaming(a, name);
          const src = e.entity(a)!;
          const newId = entityId(src.type, name, `decision:${id}`);
          if (docs.length) {
            e.createEntity({
              id: newId,
              type: src.type,
              name,
              attributes: '{}',
              lat: null,
              lon: null,
              country: null,
              gazetteer_key: null,
            });
            e.carve(a, newId, docs);
            args.undo = { splitId: newId };
            // The spelling that left cannot stay the name of what remains: its commonest remaining spelling is.
            if (foldKey(src.name) === foldKey(name)) {
              const rest = e.names(a).sort((x, y) => y.count - x.count)[0];
              if (rest) {
                e.setName(a, rest.name);
                args.undo.from = src.name;
              }
            }
            ok = true;
          } else {
            // Already apart (the extractor now tells them apart): in force as long as the spelling has its own entity.
            const other = this.find({ type: src.type, name, names: [name] });
            ok = other !== undefined && other !== a;
            // Nothing was carved, so undo has nothing to put back.
            args.undo = undefined;
          }
          args.entityId = a;
          target = `entity:${a}`;
        }
        break;
      }
      case 'rename': {
        const a = this.find(args.refs?.entity, args.entityId ?? hintOf(target));
        if (a) {
          args.undo = { from: e.entity(a)!.name };
          e.rename(a, args.name!);
          args.entityId = a;
          target = `entity:${a}`;
          ok = true;
        }
        break;
      }
      case 'confirm':
      case 'reject': {
        const f = this.findFact(args.refs?.fact, args.factId ?? hintOf(target));
        if (f) {
          args.factId = f;
          target = `fact:${f}`;
          ok = true;
        }
        break;
      }
    }
    args.inForce = ok;
    this.save(id, target, args);
    return ok;
  }

  undo(id: number, by: string): DecisionView {
    const row = this.row(id);
    if (!row) throw new InputError(String(id), 'no such decision; `dossier decisions` lists them');
    if (row.undone_at)
      throw new InputError(String(id), `was already undone by ${row.undone_by} at ${row.undone_at}`);
    const args = JSON.parse(row.args) as Args;
    const e = this.edits;
    const current = row.target.replace(/^(entity|fact):/, '');
    if (args.inForce !== false && !(args as { kind?: string }).kind?.startsWith('speaker')) {
      if (row.action === 'merge' && args.undo?.other && e.entity(current)) {
        const o = args.undo.other;
        const { names, documents, ...entityRow } = o;
        e.createEntity(entityRow);
        if (args.undo.footprint) {
          restore(this.db, e, o.id, current, args.undo.footprint, names, o.type);
          e.refreshStats(o.id);
          e.refreshStats(current);
        } else {
          const docs = documents.map((d) => this.seqOf(d)).filter((s): s is number => s !== undefined);
          e.carve(current, o.id, docs);
        }
        const kept = new Set(args.refs?.entity?.names ?? []);
        for (const n of names) if (!kept.has(n)) e.dropSpelling(current, n);
      } else if (row.action === 'split' && args.undo?.splitId && e.entity(args.undo.splitId)) {
        e.mergeInto(args.undo.splitId, current);
        if (args.undo.from) e.setName(current, args.undo.from);
      } else if (row.action === 'rename' && args.undo?.from) {
        const ent = e.entity(current);
        if (ent && ent.name === args.name) {
          e.rename(current, args.undo.from);
          if (!(args.refs?.entity?.names ?? []).includes(args.name!)) e.dropSpelling(current, args.name!);
        }
      }
      // confirm/reject: the status is read through the standing decisions, so marking it undone is the reversal.
    }
    this.db
      .prepare('UPDATE decisions SET undone_by = ?, undone_at = ? WHERE id = ?')
      .run(by, new Date().toISOString(), id);
    return this.view(this.row(id)!);
  }

  /** After a re-extraction: every standing decision, oldest first, found again by content. */
  reapplyAll(): { applied: number; notFound: number } {
    let applied = 0;
    let notFound = 0;
    const rows = this.db
      .prepare('SELECT * FROM decisions WHERE undone_at IS NULL ORDER BY id')
      .all() as Row[];
    for (const r of rows) {
      const args = JSON.parse(r.args) as Args;
      // Decisions this module does not apply (the API's speaker fixes, screening verdicts) are read through as they are.
      if (!KINDS.has(String(args.kind)) || !/^(entity|fact):/.test(r.target)) continue;
      if (this.apply(r.id, r.target, args)) applied++;
      else notFound++;
    }
    return { applied, notFound };
  }

  list(): DecisionView[] {
    return (this.db.prepare('SELECT * FROM decisions ORDER BY id').all() as Row[]).map((r) => this.view(r));
  }

  private view(r: Row): DecisionView {
    const args = JSON.parse(r.args) as Args;
    const refs = args.refs ?? {};
    const n = (x?: EntityRef) => (x ? `${x.name} (${x.type})` : '?');
    const fact = (f?: FactRef) =>
      f ? `${f.subject?.name ?? '?'} ${f.negated ? 'NOT ' : ''}${f.type} ${f.object?.name ?? '?'}` : r.target;
    const summary =
      r.action === 'merge'
        ? `merge ${n(refs.other)} into ${n(refs.entity)}`
        : r.action === 'split'
          ? `split "${args.name}" from ${n(refs.entity)}`
          : r.action === 'rename' && refs.entity
            ? `rename ${n(refs.entity)} to "${args.name}"`
            : `${r.action} ${refs.fact ? fact(refs.fact) : r.target}`;
    return {
      id: r.id,
      action: r.action,
      target: r.target,
      summary,
      args: args as unknown as Record<string, unknown>,
      decidedBy: r.decided_by,
      decidedAt: r.decided_at,
      undoneBy: r.undone_by,
      undoneAt: r.undone_at,
      inForce: r.undone_at === null && args.inForce !== false,
    };
  }
}

/** Fact ids whose latest standing verdict (confirm or reject, not undone) is `verdict`. */
function factsWithVerdict(db: DB, verdict: 'confirm' | 'reject'): Set<string> {
  const rows = db
    .prepare(
      `SELECT target, action FROM decisions WHERE action IN ('confirm','reject') AND undone_at IS NULL
       AND target LIKE 'fact:%' ORDER BY id`,
    )
    .all() as { target: string; action: string }[];
  const last = new Map<string, string>();
  for (const r of rows) last.set(r.target.slice(5), r.action);
  return new Set([...last].filter(([, a]) => a === verdict).map(([f]) => f));
}

/** Fact ids an analyst rejected and has not since confirmed or undone. */
export const rejectedFacts = (db: DB): Set<string> => factsWithVerdict(db, 'reject');

/** Fact ids an analyst confirmed (latest standing verdict). */
export const confirmedFacts = (db: DB): Set<string> => factsWithVerdict(db, 'confirm');
