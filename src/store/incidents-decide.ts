// An analyst's incident decisions: merge two incidents, split a report out of one. They
// live in the `decisions` table with the others (action merge/split, target
// `incident:<id>`), so `dossier decisions` lists them, `dossier undo N` reverses them and
// `reextract` applies them again. Each names its reports by content (document hash,
// event type and sentence offset) because re-extraction may mint new fact ids.
import { InputError } from '../ingest/errors.js';
import { sha256 } from './ids.js';
import { Incidents } from './incidents.js';
import type { DB } from './open.js';

/** A report by content: which document, which event type, which sentence. */
export interface ReportRef {
  documentId: string;
  type: string;
  start: number;
}

export interface IncidentDecisionArgs {
  kind: 'merge-incidents' | 'split-incident';
  /** merge: the incident that stays; split: the incident the report leaves */
  incidentId: string;
  /** merge: the incident that joins it */
  otherId?: string;
  /** merge: one report of each incident; split: the report that leaves */
  refs: { incident: ReportRef; other?: ReportRef };
  /** split: the new incident's id */
  newId?: string;
  undo?: {
    /** the reports that moved, with how they had joined */
    moved: { factId: string; from: string; joinedBy: string; agreed: string }[];
  };
  inForce?: boolean;
}

export interface IncidentDecisionRequest {
  kind: 'merge-incidents' | 'split-incident';
  incidentId: string;
  /** merge: the other incident */
  otherId?: string;
  /** split: the report (event fact id) that leaves */
  factId?: string;
}

export class IncidentDecisions {
  private readonly inc: Incidents;

  constructor(private readonly db: DB) {
    this.inc = new Incidents(db);
  }

  private refOf(factId: string): ReportRef {
    const r = this.db
      .prepare(
        `SELECT d.id AS documentId, f.type, fs.start_offset AS start FROM facts f
         JOIN fact_sources fs ON fs.fact_id = f.id JOIN documents d ON d.seq = fs.document_id WHERE f.id = ?
         ORDER BY fs.start_offset LIMIT 1`,
      )
      .get(factId) as ReportRef | undefined;
    if (!r?.documentId) throw new InputError(factId, 'no such report (event) in the store');
    return r;
  }

  /** The report's fact today, found by its document, type and sentence. */
  private findReport(ref: ReportRef): string | undefined {
    return this.db
      .prepare(
        `SELECT r.fact_id FROM incident_reports r JOIN facts f ON f.id = r.fact_id
         JOIN fact_sources fs ON fs.fact_id = r.fact_id AND fs.document_id = r.document_id
         JOIN documents d ON d.seq = r.document_id
         WHERE d.id = ? AND f.type = ? AND fs.start_offset = ? LIMIT 1`,
      )
      .pluck()
      .get(ref.documentId, ref.type, ref.start) as string | undefined;
  }

  private reportRow(factId: string): { incident_id: string; joined_by: string; agreed: string } {
    return this.db
      .prepare('SELECT incident_id, joined_by, agreed FROM incident_reports WHERE fact_id = ?')
      .get(factId) as { incident_id: string; joined_by: string; agreed: string };
  }

  /** Validates the request and returns the args to record (targets by content). */
  prepare(req: IncidentDecisionRequest): {
    target: string;
    action: 'merge' | 'split';
    args: IncidentDecisionArgs;
  } {
    if (!req.incidentId || !this.inc.exists(req.incidentId))
      throw new InputError(
        String(req.incidentId || req.kind),
        'no such incident; `dossier timeline` lists them',
      );
    const first = this.inc.reportFacts(req.incidentId)[0];
    if (req.kind === 'merge-incidents') {
      if (!req.otherId || !this.inc.exists(req.otherId))
        throw new InputError(
          String(req.otherId ?? 'merge'),
          'no such incident to merge; `dossier timeline` lists them',
        );
      if (req.otherId === req.incidentId) throw new InputError(req.otherId, 'is already that incident');
      return {
        target: `incident:${req.incidentId}`,
        action: 'merge',
        args: {
          kind: req.kind,
          incidentId: req.incidentId,
          otherId: req.otherId,
          refs: { incident: this.refOf(first), other: this.refOf(this.inc.reportFacts(req.otherId)[0]) },
        },
      };
    }
    if (!req.factId) throw new InputError('split', 'needs the report (event id) that leaves the incident');
    if (this.inc.incidentOf(req.factId) !== req.incidentId)
      throw new InputError(req.factId, `is not a report of incident ${req.incidentId}`);
    if (this.inc.reportFacts(req.incidentId).length < 2)
      throw new InputError(req.incidentId, 'has one report only; nothing to split');
    return {
      target: `incident:${req.incidentId}`,
      action: 'split',
      args: { kind: req.kind, incidentId: req.incidentId, refs: { incident: this.refOf(req.factId) } },
    };
  }

  /** Applies the decision to the store as it is; false when its reports cannot be found. Updates args. */
  apply(decisionId: number, args: IncidentDecisionArgs): { ok: boolean; target: string } {
    const moved: NonNullable<IncidentDecisionArgs['undo']>['moved'] = [];
    if (args.kind === 'merge-incidents') {
      const fa = this.findReport(args.refs.incident);
      const fb = args.refs.other ? this.findReport(args.refs.other) : undefined;
      const a = fa ? this.inc.incidentOf(fa) : undefined;
      const b = fb ? this.inc.incidentOf(fb) : undefined;
      if (!a || !b) return { ok: false, target: `incident:${args.incidentId}` };
      if (a !== b) {
        for (const f of this.inc.reportFacts(b)) {
          const row = this.reportRow(f);
          moved.push({ factId: f, from: b, joinedBy: row.joined_by, agreed: row.agreed });
        }
        this.inc.move(
          moved.map((m) => m.factId),
          a,
        );
      }
      args.incidentId = a;
      args.otherId = b;
      args.undo = { moved };
      return { ok: true, target: `incident:${a}` };
    }
    const f = this.findReport(args.refs.incident);
    const from = f ? this.inc.incidentOf(f) : undefined;
    if (!f || !from) return { ok: false, target: `incident:${args.incidentId}` };
    const newId = `I${sha256(`split\u0000${decisionId}\u0000${f}`).slice(0, 20)}`;
    if (from !== newId && this.inc.reportFacts(from).length > 1) {
      const row = this.reportRow(f);
      moved.push({ factId: f, from, joinedBy: row.joined_by, agreed: row.agreed });
      const type = this.db.prepare('SELECT type FROM facts WHERE id = ?').pluck().get(f) as string;
      this.inc.move([f], newId, 'violence', type);
    }
    args.incidentId = from;
    args.newId = newId;
    args.undo = { moved };
    return { ok: true, target: `incident:${from}` };
  }

  /** Puts every moved report back where it was, as it had joined. */
  undo(args: IncidentDecisionArgs): void {
    const touched = new Set<string>();
    for (const m of args.undo?.moved ?? []) {
      const now = this.inc.incidentOf(m.factId);
      if (!now) continue;
      if (!this.inc.exists(m.from))
        this.db
          .prepare("INSERT INTO incidents (id, family, type, created_at) VALUES (?, 'violence', 'attack', ?)")
          .run(m.from, new Date().toISOString());
      this.db
        .prepare('UPDATE incident_reports SET incident_id = ?, joined_by = ?, agreed = ? WHERE fact_id = ?')
        .run(m.from, m.joinedBy, m.agreed, m.factId);
      touched.add(now);
      touched.add(m.from);
    }
    for (const id of touched) this.inc.refresh(id);
  }
}
