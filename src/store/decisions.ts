// Analyst decisions: recorded in `decisions` (who, when; undone rows stay, marked),
// applied to machine output at once, reversed by undo, and re-applied after a
// re-extraction. Each decision keeps its targets by content — an entity's type
// and spellings, a fact's type, ends and evidence offsets — because re-extraction
// may mint new ids; `target` and the ids in `args` are brought up to date each
// time it is applied. Runs inside the caller's transaction.

import { InputError } from '../ingest/errors.js';
import { foldKey } from '../knowledge/fold.js';
import { EntityEdits, type EntityRow } from './decisions-apply.js';
import {
  EVENT_TYPES,
  type EventSnapshot,
  FactEdits,
  isIsoDate,
  RELATION_TYPES,
  ROLES,
} from './decisions-facts.js';
import { type Footprint, footprint, restore } from './decisions-footprint.js';
import { entityId, relationFactId } from './ids.js';
import { type IncidentDecisionArgs, IncidentDecisions } from './incidents-decide.js';
import type { DB } from './open.js';
import type { DecisionRequest, DecisionView, FactInput } from './store.js';

const ENTITY_TYPES = ['person', 'organization', 'place', 'handle'];

/** The entities of an added or edited fact, by content, so a re-extraction finds them again. */
interface FactInputRefs {
  subject?: EntityRef;
  object?: EntityRef;
  place?: EntityRef | null;
  roles?: { role: string; ref: EntityRef }[];
  /** the cited sentence's text, for the record */
  quote?: string;
}

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
  refs?: { entity?: EntityRef; other?: EntityRef; fact?: FactRef; input?: FactInputRefs };
  /** what undo needs: the absorbed entity of a merge, the spelling's documents of a split, the old name */
  undo?: {
    other?: EntityRow & { names: string[]; documents: string[] };
    /** the absorbed entity's rows, one by one (decisions made before it was recorded lack it) */
    footprint?: Footprint;
    from?: string;
    splitId?: string;
    /** retype: the entity's type and coordinates before */
    entity?: Pick<EntityRow, 'type' | 'lat' | 'lon' | 'country' | 'gazetteer_key'>;
    /** add: what to take back */
    added?: { factId: string; seq: number; start: number; created: boolean; sourceAdded: boolean };
    /** edit of a tie: the fact before and the sources that moved to the new one */
    retyped?: { from: string; type: string; negated: boolean; moved: { seq: number; start: number }[] };
    /** edit of an event: its state before */
    event?: EventSnapshot;
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

const ENTITY_KINDS = new Set(['merge', 'split', 'rename', 'retype']);

/** A decision read through as recorded (Decisions.record), which apply and undo leave alone. */
function recordedOnly(r: Pick<Row, 'target'>, args: { kind?: string }): boolean {
  return (
    !KINDS.has(String(args.kind)) ||
    !/^(entity|fact):/.test(r.target) ||
    ((args.kind === 'confirm' || args.kind === 'reject') && r.target.startsWith('entity:'))
  );
}
const KINDS = new Set(['merge', 'split', 'rename', 'confirm', 'reject', 'retype', 'add', 'edit']);

export class Decisions {
  private readonly edits: EntityEdits;
  private readonly facts: FactEdits;

  constructor(private readonly db: DB) {
    this.edits = new EntityEdits(db);
    this.facts = new FactEdits(db, this.edits);
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

  private documentSeq(documentId: string | undefined): number {
    const seq = documentId ? this.seqOf(documentId) : undefined;
    if (seq === undefined)
      throw new InputError(documentId ?? 'add', 'no such document in the store (the cited article)');
    return seq;
  }

  /** One clear error for anything wrong in a tie or event to add (`full`) or in an edit. */
  private checkFact(f: FactInput, full: boolean): void {
    const kind = f.kind;
    if (kind !== 'relation' && kind !== 'event')
      throw new InputError(String(kind), 'a fact is a relation (a tie) or an event');
    const types: readonly string[] = kind === 'relation' ? RELATION_TYPES : EVENT_TYPES;
    if ((full || f.type !== undefined) && !types.includes(String(f.type)))
      throw new InputError(
        String(f.type),
        `is not ${kind === 'relation' ? 'a tie' : 'an event'} type (${types.join(', ')})`,
      );
    const entity = (id: string | undefined | null, what: string) => {
      if (!id) throw new InputError(what, 'needs an entity');
      const e = this.edits.entity(id);
      if (!e) throw new InputError(id, `no such entity in the store (${what})`);
      return e;
    };
    if (kind === 'relation' && full) {
      entity(f.subjectId, 'subject');
      entity(f.objectId, 'object');
      if (f.subjectId === f.objectId)
        throw new InputError(f.subjectId!, 'a tie needs two different entities');
    }
    if (kind === 'event') {
      if (f.date !== undefined && f.date !== null && !isIsoDate(f.date))
        throw new InputError(f.date, 'is not a date (YYYY, YYYY-MM or YYYY-MM-DD that exists)');
      if (f.placeId) {
        const p = entity(f.placeId, 'place');
        if (p.type !== 'place') throw new InputError(p.name, `is a ${p.type}, not a place`);
      }
      for (const r of f.roles ?? []) {
        if (!ROLES.includes(r.role as (typeof ROLES)[number]))
          throw new InputError(r.role, `is not a role (${ROLES.join(', ')})`);
        entity(r.entityId, r.role);
      }
      if (full && !(f.roles ?? []).length) throw new InputError('event', 'needs at least one participant');
    }
    if (full) {
      const seq = this.documentSeq(f.documentId);
      const len = this.db
        .prepare('SELECT length(text) FROM documents WHERE seq = ?')
        .pluck()
        .get(seq) as number;
      const { start, end } = f;
      if (!Number.isInteger(start) || !Number.isInteger(end) || start! < 0 || end! <= start! || end! > len)
        throw new InputError(`${start}-${end}`, `is not a span of the article's text (0-${len})`);
    }
  }

  private inputRefs(f: FactInput): FactInputRefs {
    const r: FactInputRefs = {};
    if (f.subjectId) r.subject = this.ref(f.subjectId);
    if (f.objectId) r.object = this.ref(f.objectId);
    if (f.placeId !== undefined) r.place = f.placeId ? this.ref(f.placeId) : null;
    if (f.roles) r.roles = f.roles.map((x) => ({ role: x.role, ref: this.ref(x.entityId) }));
    if (f.documentId && f.start !== undefined && f.end !== undefined) {
      const seq = this.seqOf(f.documentId);
      if (seq !== undefined)
        r.quote = this.db
          .prepare('SELECT substr(text, ?, ?) FROM documents WHERE seq = ?')
          .pluck()
          .get(f.start + 1, f.end - f.start, seq) as string;
    }
    return r;
  }

  /** The fact input with its entities found again by content (undefined when one is gone). */
  private resolveInput(args: Args): FactInput | undefined {
    const f = { ...args.fact! };
    const r = args.refs?.input ?? {};
    if (r.subject) {
      const id = this.find(r.subject, f.subjectId);
      if (!id) return undefined;
      f.subjectId = id;
    }
    if (r.object) {
      const id = this.find(r.object, f.objectId);
      if (!id) return undefined;
      f.objectId = id;
    }
    if (r.place) {
      const id = this.find(r.place, f.placeId ?? undefined);
      if (!id) return undefined;
      f.placeId = id;
    }
    if (r.roles) {
      const roles: { role: string; entityId: string }[] = [];
      for (const [i, x] of r.roles.entries()) {
        const id = this.find(x.ref, f.roles?.[i]?.entityId);
        if (!id) return undefined;
        roles.push({ role: x.role, entityId: id });
      }
      f.roles = roles;
    }
    args.fact = f;
    return f;
  }

  private save(id: number, target: string, args: Args): void {
    this.db
      .prepare('UPDATE decisions SET target = ?, args = ? WHERE id = ?')
      .run(target, JSON.stringify(args), id);
  }

  /** Validates a request, records it and applies it. */
  decide(req: DecisionRequest, by: string): DecisionView {
    if (req.kind === 'merge-incidents' || req.kind === 'split-incident') return this.decideIncident(req, by);
    if (req.kind === 'speaker' || ((req.kind === 'confirm' || req.kind === 'reject') && !req.factId))
      return this.record(req, by);
    if (!KINDS.has(req.kind))
      throw new InputError(
        String(req.kind),
        'not a decision (merge, split, rename, retype, confirm, reject, add, edit)',
      );
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
      } else if (req.kind === 'retype') {
        const t = req.entityType;
        if (!t || !ENTITY_TYPES.includes(t))
          throw new InputError(String(t ?? 'retype'), `is not an entity type (${ENTITY_TYPES.join(', ')})`);
        if (t === args.refs.entity!.type) throw new InputError(args.refs.entity!.name, `is already a ${t}`);
        args.entityType = t;
      } else {
        const name = req.name?.trim();
        if (!name) throw new InputError(req.kind, 'needs a name');
        args.name = name;
        if (req.kind === 'split') {
          const names = [name, ...(req.names ?? []).map((n) => n.trim()).filter(Boolean)];
          if (names.length > 1) args.names = names.slice(1);
          const folded = new Set(names.map(foldKey));
          const spellings = this.edits.mentionSpellings(req.entityId);
          for (const n of names)
            if (!spellings.some((s) => foldKey(s) === foldKey(n)))
              throw new InputError(n, `is not a spelling ${args.refs.entity!.name} is mentioned by`);
          if (spellings.every((s) => folded.has(foldKey(s))))
            throw new InputError(
              names.join(', '),
              `every mention of ${args.refs.entity!.name} uses ${names.length > 1 ? 'these spellings' : 'this spelling'}; nothing would be left (rename instead?)`,
            );
        }
      }
    } else if (req.kind === 'add') {
      const f = req.fact;
      if (!f) throw new InputError('add', 'needs a tie or an event');
      this.checkFact(f, true);
      args.fact = { ...f };
      args.refs = { input: this.inputRefs(f) };
      target = 'fact:pending';
    } else if (req.kind === 'edit') {
      if (!req.factId) throw new InputError('edit', 'needs a fact id');
      const f = req.fact;
      if (!f) throw new InputError('edit', 'needs what to change');
      args.factId = req.factId;
      args.refs = { fact: this.factRef(req.factId) };
      const kind = args.refs.fact!.kind;
      if (kind === 'relation' && (f.date !== undefined || f.placeId !== undefined || f.roles))
        throw new InputError(req.factId, 'is a tie: only its type (and polarity) can be edited');
      if (kind === 'relation' && !f.type && f.negated === undefined)
        throw new InputError(req.factId, 'needs a new type for the tie');
      this.checkFact({ ...f, kind }, false);
      args.fact = { ...f, kind };
      args.refs.input = this.inputRefs(f);
      target = `fact:${req.factId}`;
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

  /**
   * The decisions read through as recorded, not applied to machine output: a
   * quote's speaker (`quote:<id>`, stored as a rename of the speaker, as the API
   * reads it: api-queries.ts `speakerFix`) and a verdict on an entity or a
   * screening hit (`entity:<id>`, `screen:<id>`: `targetStatus`). Their args are
   * the request itself, with who decided.
   */
  private record(req: DecisionRequest, by: string): DecisionView {
    const args: DecisionRequest & { by: string } = { kind: req.kind, by };
    let target: string;
    if (req.kind === 'speaker') {
      if (!req.quoteId) throw new InputError('speaker', 'needs a quote');
      if (this.db.prepare('SELECT 1 FROM quotes WHERE id = ?').pluck().get(req.quoteId) !== 1)
        throw new InputError(req.quoteId, 'no such quote in the store');
      const name = req.name?.trim();
      if (!req.entityId && !name) throw new InputError('speaker', 'needs an entity or a name');
      if (req.entityId) this.ref(req.entityId);
      args.quoteId = req.quoteId;
      if (req.entityId) args.entityId = req.entityId;
      if (name) args.name = name;
      target = `quote:${req.quoteId}`;
    } else {
      if (!req.entityId) throw new InputError(req.kind, 'needs a fact id, or an entity');
      this.ref(req.entityId);
      args.entityId = req.entityId;
      target = req.hitId ? `screen:${req.hitId}` : `entity:${req.entityId}`;
    }
    const info = this.db
      .prepare('INSERT INTO decisions (action, target, args, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)')
      .run(
        req.kind === 'speaker' ? 'rename' : req.kind,
        target,
        JSON.stringify(args),
        by,
        new Date().toISOString(),
      );
    return this.view(this.row(Number(info.lastInsertRowid))!);
  }

  /** Incident merge and split (incidents-decide.ts): recorded as merge/split with an `incident:` target. */
  private decideIncident(req: DecisionRequest, by: string): DecisionView {
    const d = new IncidentDecisions(this.db);
    const p = d.prepare({
      kind: req.kind as IncidentDecisionArgs['kind'],
      incidentId: req.incidentId ?? '',
      otherId: req.otherId,
      factId: req.factId,
    });
    const info = this.db
      .prepare('INSERT INTO decisions (action, target, args, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)')
      .run(p.action, p.target, JSON.stringify(p.args), by, new Date().toISOString());
    const id = Number(info.lastInsertRowid);
    this.applyIncident(id, p.args);
    return this.view(this.row(id)!);
  }

  private applyIncident(id: number, args: IncidentDecisionArgs): boolean {
    const r = new IncidentDecisions(this.db).apply(id, args);
    args.inForce = r.ok;
    this.db
      .prepare('UPDATE decisions SET target = ?, args = ? WHERE id = ?')
      .run(r.target, JSON.stringify(args), id);
    return r.ok;
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
        const names = [args.name!, ...(args.names ?? [])];
        const folded = new Set(names.map(foldKey));
        if (a) {
          const src = e.entity(a)!;
          // Documents naming the entity by these spellings alone leave whole; where a document also
          // uses other spellings of it, only the mentions (and what their sentences say) leave.
          const whole: number[] = [];
          const partial: number[] = [];
          for (const [doc, spellings] of e.spellingsByDocument(a)) {
            if (![...spellings].some((x) => folded.has(foldKey(x)))) continue;
            if ([...spellings].every((x) => folded.has(foldKey(x)))) whole.push(doc);
            else partial.push(doc);
          }
          const newId = entityId(src.type, names[0], `decision:${id}`);
          const left = e.mentionSpellings(a).some((x) => !folded.has(foldKey(x)));
          if ((whole.length || partial.length) && left) {
            e.createEntity({
              id: newId,
              type: src.type,
              name: names[0],
              attributes: '{}',
              lat: null,
              lon: null,
              country: null,
              gazetteer_key: null,
            });
            if (whole.length) e.carve(a, newId, whole);
            for (const doc of partial) e.carveMentions(a, newId, doc, folded);
            args.undo = { splitId: newId };
            // A spelling that left cannot stay the name of what remains: its commonest remaining spelling is.
            if (folded.has(foldKey(src.name))) {
              const rest = e
                .names(a)
                .filter((n) => n.count > 0 && !folded.has(foldKey(n.name)))
                .sort((x, y) => y.count - x.count)[0];
              if (rest) {
                e.setName(a, rest.name);
                args.undo.from = src.name;
              }
            }
            // The spellings that left are no longer this entity's.
            for (const n of e.names(a))
              if (folded.has(foldKey(n.name)) && n.count === 0) e.dropSpelling(a, n.name);
            ok = true;
          } else {
            // Already apart (the extractor now tells them apart): in force as long as the spelling has its own entity.
            const other = this.find({ type: src.type, name: names[0], names });
            ok = other !== undefined && other !== a;
            // Nothing was carved, so undo has nothing to put back.
            args.undo = undefined;
          }
          args.entityId = a;
          target = `entity:${a}`;
        }
        break;
      }
      case 'retype': {
        const a = this.find(args.refs?.entity, args.entityId ?? hintOf(target));
        if (a) {
          const row = e.entity(a)!;
          if (row.type !== args.entityType) {
            args.undo = {
              entity: {
                type: row.type,
                lat: row.lat,
                lon: row.lon,
                country: row.country,
                gazetteer_key: row.gazetteer_key,
              },
            };
            e.retype(a, args.entityType!);
          }
          args.entityId = a;
          target = `entity:${a}`;
          ok = true;
        }
        break;
      }
      case 'add': {
        const f = this.resolveInput(args);
        const seq = f ? this.seqOf(f.documentId!) : undefined;
        if (f && seq !== undefined) {
          const r = this.facts.add({
            kind: f.kind!,
            type: f.type!,
            subject: f.subjectId ?? null,
            object: f.objectId ?? null,
            negated: f.negated === true,
            date: f.date ?? null,
            place: f.placeId ?? null,
            roles: (f.roles ?? []).map((x) => ({ role: x.role, entity: x.entityId })),
            seq,
            documentId: f.documentId!,
            start: f.start!,
            end: f.end!,
          });
          args.factId = r.factId;
          args.undo = {
            added: { factId: r.factId, seq, start: f.start!, created: r.created, sourceAdded: r.sourceAdded },
          };
          target = `fact:${r.factId}`;
          ok = true;
        }
        break;
      }
      case 'edit': {
        const fid = this.findFact(args.refs?.fact, args.factId ?? hintOf(target));
        const f = fid ? this.resolveInput(args) : undefined;
        if (fid && f) {
          if (f.kind === 'relation') {
            const now = this.db.prepare('SELECT type, negated FROM facts WHERE id = ?').get(fid) as {
              type: string;
              negated: number;
            };
            const negated = f.negated ?? now.negated === 1;
            const r = this.facts.retypeRelation(fid, f.type ?? now.type, negated);
            args.undo = {
              retyped: { from: fid, type: now.type, negated: now.negated === 1, moved: r.moved },
            };
            args.factId = r.factId;
            target = `fact:${r.factId}`;
          } else {
            args.undo = { event: this.facts.snapshot(fid) };
            this.facts.editEvent(fid, {
              type: f.type,
              date: f.date,
              place: f.placeId,
              roles: f.roles?.map((x) => ({ role: x.role, entity: x.entityId })),
            });
            args.factId = fid;
            target = `fact:${fid}`;
          }
          ok = true;
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
    if (row.target.startsWith('incident:')) {
      const ia = args as unknown as IncidentDecisionArgs;
      if (ia.inForce !== false) new IncidentDecisions(this.db).undo(ia);
      this.db
        .prepare('UPDATE decisions SET undone_by = ?, undone_at = ? WHERE id = ?')
        .run(by, new Date().toISOString(), id);
      return this.view(this.row(id)!);
    }
    const e = this.edits;
    const current = row.target.replace(/^(entity|fact):/, '');
    if (args.inForce !== false && !recordedOnly(row, args)) {
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
      } else if (row.action === 'retype' && args.undo?.entity && e.entity(current)) {
        e.restoreType(current, args.undo.entity);
      } else if (row.action === 'add' && args.undo?.added) {
        const a = args.undo.added;
        this.facts.remove(a.factId, a.seq, a.start, a.sourceAdded, a.created);
      } else if (row.action === 'edit' && args.undo?.retyped) {
        const r = args.undo.retyped;
        const f = this.db
          .prepare('SELECT subject_id AS s, object_id AS o FROM facts WHERE id = ?')
          .get(current) as { s: string; o: string } | undefined;
        if (f && r.moved.length)
          this.facts.moveSources(current, r.from, r.type, f.s, f.o, r.negated, r.moved);
      } else if (row.action === 'edit' && args.undo?.event) {
        if (this.db.prepare('SELECT 1 FROM facts WHERE id = ?').pluck().get(current) === 1)
          this.facts.restoreEvent(current, args.undo.event);
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
      if (r.target.startsWith('incident:')) {
        if (this.applyIncident(r.id, args as unknown as IncidentDecisionArgs)) applied++;
        else notFound++;
        continue;
      }
      // Decisions read through as recorded (speakers, verdicts on entities and screening hits) stay as they are.
      if (recordedOnly(r, args)) continue;
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
      !f
        ? r.target
        : f.kind === 'event'
          ? `${f.type} event${f.subject || f.object ? ` (${[f.subject?.name, f.object?.name].filter(Boolean).join(', ')})` : ''}`
          : `${f.subject?.name ?? '?'} ${f.negated ? 'NOT ' : ''}${f.type} ${f.object?.name ?? '?'}`;
    const input = refs.input ?? {};
    const added = (f?: FactInput) =>
      f?.kind === 'relation'
        ? `${input.subject?.name ?? '?'} ${f.negated ? 'NOT ' : ''}${f.type} ${input.object?.name ?? '?'}`
        : `${f?.type} event${input.roles?.length ? ` (${input.roles.map((x) => `${x.role}: ${x.ref.name}`).join(', ')})` : ''}${f?.date ? ` on ${f.date}` : ''}${input.place ? ` in ${input.place.name}` : ''}`;
    const changes = (f?: FactInput) =>
      [
        f?.type ? `type ${f.type}` : '',
        f?.negated !== undefined ? (f.negated ? 'denied' : 'affirmed') : '',
        f?.date !== undefined ? `date ${f.date ?? 'none'}` : '',
        f?.placeId !== undefined ? `place ${input.place?.name ?? 'none'}` : '',
        input.roles ? `roles ${input.roles.map((x) => `${x.role}: ${x.ref.name}`).join(', ') || 'none'}` : '',
      ]
        .filter(Boolean)
        .join(', ');
    const ia = args as unknown as IncidentDecisionArgs;
    const report = (x?: { documentId: string; type: string }) =>
      x ? `${x.type} report of document ${x.documentId.slice(0, 12)}` : '?';
    const summary =
      ia.kind === 'merge-incidents'
        ? `merge incident ${ia.otherId} (${report(ia.refs?.other)}) into incident ${ia.incidentId} (${report(ia.refs?.incident)})`
        : ia.kind === 'split-incident'
          ? `split the ${report(ia.refs?.incident)} out of incident ${ia.incidentId}`
          : r.action === 'merge'
            ? `merge ${n(refs.other)} into ${n(refs.entity)}`
            : r.action === 'split'
              ? `split ${[args.name, ...(args.names ?? [])].map((x) => `"${x}"`).join(', ')} from ${n(refs.entity)}`
              : r.action === 'rename' && refs.entity
                ? `rename ${n(refs.entity)} to "${args.name}"`
                : r.action === 'retype' && refs.entity
                  ? `retype ${n(refs.entity)} as ${args.entityType}`
                  : r.action === 'add'
                    ? `add ${added(args.fact)}${input.quote ? ` — “${input.quote.trim().slice(0, 80)}”` : ''}`
                    : r.action === 'edit'
                      ? `edit ${fact(refs.fact)}: ${changes(args.fact)}`
                      : args.kind === 'speaker'
                        ? `the speaker of quote ${args.quoteId} is ${args.name ? `"${args.name}"` : args.entityId}`
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
  return verdictsOf(db.prepare(VERDICTS_SQL).all() as { target: string; action: string }[], verdict);
}

/** The standing verdicts' rows, for verdictsOf (a reader may send it with others in one round trip). */
export const VERDICTS_SQL = `SELECT target, action FROM decisions WHERE action IN ('confirm','reject','add') AND undone_at IS NULL
       AND target LIKE 'fact:%' ORDER BY id`;

/** Fact ids whose latest standing verdict is `verdict`, from VERDICTS_SQL's rows. */
export function verdictsOf(
  rows: { target: string; action: string }[],
  verdict: 'confirm' | 'reject',
): Set<string> {
  const last = new Map<string, string>();
  // A tie or event an analyst added stands as confirmed until rejected.
  for (const r of rows) last.set(r.target.slice(5), r.action === 'add' ? 'confirm' : r.action);
  return new Set([...last].filter(([, a]) => a === verdict).map(([f]) => f));
}

/** Fact ids an analyst rejected and has not since confirmed or undone. */
export const rejectedFacts = (db: DB): Set<string> => factsWithVerdict(db, 'reject');

/** Fact ids an analyst confirmed (latest standing verdict). */
export const confirmedFacts = (db: DB): Set<string> => factsWithVerdict(db, 'confirm');
