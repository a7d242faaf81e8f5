// The edits an analyst's fact decisions make: a tie or event the extractor
// missed, added with a cited sentence; a tie's type changed (its id hashes its
// content, so the sources move to the re-keyed fact); an event's type, date,
// place and participants changed in place. Every edit returns what its undo
// needs. Runs inside the caller's transaction.
import type { EntityEdits } from './decisions-apply.js';
import { eventFactId, relationFactId } from './ids.js';
import type { DB } from './open.js';

export { isIsoDate } from '../iso-date.js';
export { EVENT_TYPES, RELATION_TYPES, ROLES } from '../ontology.js';

/** A fact to add, by the store's ids of the moment. */
export interface NewFact {
  kind: 'relation' | 'event';
  type: string;
  subject?: string | null;
  object?: string | null;
  negated?: boolean;
  date?: string | null;
  place?: string | null;
  roles?: { role: string; entity: string }[];
  /** documents.seq and content hash of the cited document */
  seq: number;
  documentId: string;
  start: number;
  end: number;
}

export interface EventSnapshot {
  type: string;
  subject_id: string | null;
  object_id: string | null;
  date_value: string | null;
  date_text: string | null;
  sort_date: string | null;
  place_id: string | null;
  participants: { role: string; entity_id: string }[];
}

export class FactEdits {
  constructor(
    private readonly db: DB,
    private readonly edits: EntityEdits,
  ) {}

  private published(seq: number): string | null {
    return this.db.prepare('SELECT published FROM documents WHERE seq = ?').pluck().get(seq) as string | null;
  }

  private hasSources(fid: string): boolean {
    return this.db.prepare('SELECT 1 FROM fact_sources WHERE fact_id = ? LIMIT 1').pluck().get(fid) === 1;
  }

  private dropFact(fid: string): void {
    this.db.prepare('DELETE FROM fact_participants WHERE fact_id = ?').run(fid);
    this.db.prepare('DELETE FROM fact_outlets WHERE fact_id = ?').run(fid);
    this.db.prepare('DELETE FROM facts WHERE id = ?').run(fid);
  }

  private setParticipants(fid: string, roles: { role: string; entity: string }[], place: string | null) {
    const sort = this.db.prepare('SELECT sort_date FROM facts WHERE id = ?').pluck().get(fid) as
      | string
      | null;
    this.db.prepare('DELETE FROM fact_participants WHERE fact_id = ?').run(fid);
    const ins = this.db.prepare(
      'INSERT OR IGNORE INTO fact_participants (fact_id, role, entity_id, sort_date) VALUES (?, ?, ?, ?)',
    );
    for (const r of roles) ins.run(fid, r.role, r.entity, sort);
    if (place) ins.run(fid, 'place', place, sort);
  }

  /** Adds the fact (or a source to the same fact already stated); `created` says whether the fact is new. */
  add(f: NewFact): { factId: string; created: boolean; sourceAdded: boolean } {
    let fid: string;
    let created: boolean;
    if (f.kind === 'relation') {
      fid = relationFactId(f.type, f.subject!, f.object!, f.negated === true);
      created =
        this.db
          .prepare(
            `INSERT OR IGNORE INTO facts (id, kind, type, subject_id, object_id, negated) VALUES (?, 'relation', ?, ?, ?, ?)`,
          )
          .run(fid, f.type, f.subject, f.object, f.negated ? 1 : 0).changes > 0;
    } else {
      const roles = f.roles ?? [];
      fid = eventFactId(
        f.type,
        f.documentId,
        f.start,
        roles.map((r) => `${r.role}:${r.entity}`),
      );
      const sort = f.date ?? this.published(f.seq);
      const agent = roles.find((r) => r.role === 'agent' || r.role === 'speaker')?.entity ?? null;
      const patient = roles.find((r) => r.role === 'patient' || r.role === 'recipient')?.entity ?? null;
      created =
        this.db
          .prepare(
            `INSERT OR IGNORE INTO facts (id, kind, type, subject_id, object_id, negated, date_value, date_text, place_id, sort_date)
             VALUES (?, 'event', ?, ?, ?, 0, ?, ?, ?, ?)`,
          )
          .run(fid, f.type, agent, patient, f.date ?? null, f.date ?? null, f.place ?? null, sort).changes >
        0;
      if (created) this.setParticipants(fid, roles, f.place ?? null);
    }
    const sourceAdded =
      this.db
        .prepare(
          `INSERT OR IGNORE INTO fact_sources (fact_id, document_id, start_offset, end_offset, attributed_to, attributed_entity_id, cue, confidence)
           VALUES (?, ?, ?, ?, NULL, NULL, 'analyst', 1)`,
        )
        .run(fid, f.seq, f.start, f.end).changes > 0;
    this.edits.recountFact(fid);
    return { factId: fid, created, sourceAdded };
  }

  /** Undoes add(): the source it added, and the fact when add() created it and nothing else cites it. */
  remove(fid: string, seq: number, start: number, sourceAdded: boolean, created: boolean): void {
    if (sourceAdded)
      this.db
        .prepare('DELETE FROM fact_sources WHERE fact_id = ? AND document_id = ? AND start_offset = ?')
        .run(fid, seq, start);
    if (created && !this.hasSources(fid)) this.dropFact(fid);
    else this.edits.recountFact(fid);
  }

  /**
   * A tie's type (and polarity): the sources move to the fact of the new content; the moved
   * sources are returned so an undo moves exactly those back.
   */
  retypeRelation(
    fid: string,
    type: string,
    negated: boolean,
  ): { factId: string; moved: { seq: number; start: number }[] } {
    const f = this.db.prepare('SELECT subject_id AS s, object_id AS o FROM facts WHERE id = ?').get(fid) as {
      s: string;
      o: string;
    };
    const nid = relationFactId(type, f.s, f.o, negated);
    if (nid === fid) return { factId: fid, moved: [] };
    return { factId: nid, moved: this.moveSources(fid, nid, type, f.s, f.o, negated, null) };
  }

  /** Moves sources (all, or those listed) of one relation fact to another (created if missing). */
  moveSources(
    from: string,
    to: string,
    type: string,
    s: string,
    o: string,
    negated: boolean,
    only: { seq: number; start: number }[] | null,
  ): { seq: number; start: number }[] {
    this.db
      .prepare(
        `INSERT OR IGNORE INTO facts (id, kind, type, subject_id, object_id, negated) VALUES (?, 'relation', ?, ?, ?, ?)`,
      )
      .run(to, type, s, o, negated ? 1 : 0);
    const rows = (
      this.db.prepare('SELECT * FROM fact_sources WHERE fact_id = ?').all(from) as {
        document_id: number;
        start_offset: number;
      }[]
    ).filter((r) => !only || only.some((x) => x.seq === r.document_id && x.start === r.start_offset));
    const ins = this.db.prepare(
      `INSERT OR IGNORE INTO fact_sources (fact_id, document_id, start_offset, end_offset, attributed_to, attributed_entity_id, cue, confidence)
       VALUES (@fact_id, @document_id, @start_offset, @end_offset, @attributed_to, @attributed_entity_id, @cue, @confidence)`,
    );
    const del = this.db.prepare(
      'DELETE FROM fact_sources WHERE fact_id = ? AND document_id = ? AND start_offset = ?',
    );
    for (const r of rows) {
      ins.run({ ...r, fact_id: to });
      del.run(from, r.document_id, r.start_offset);
    }
    this.edits.recountFact(to);
    if (!this.hasSources(from)) this.dropFact(from);
    else this.edits.recountFact(from);
    return rows.map((r) => ({ seq: r.document_id, start: r.start_offset }));
  }

  snapshot(fid: string): EventSnapshot {
    const f = this.db
      .prepare(
        'SELECT type, subject_id, object_id, date_value, date_text, sort_date, place_id FROM facts WHERE id = ?',
      )
      .get(fid) as Omit<EventSnapshot, 'participants'>;
    const participants = this.db
      .prepare("SELECT role, entity_id FROM fact_participants WHERE fact_id = ? AND role <> 'place'")
      .all(fid) as { role: string; entity_id: string }[];
    return { ...f, participants };
  }

  /** An event's type, date, place and participants, changed in place (its id stays). */
  editEvent(
    fid: string,
    change: {
      type?: string;
      date?: string | null;
      place?: string | null;
      roles?: { role: string; entity: string }[];
    },
  ): void {
    const now = this.snapshot(fid);
    const seq = this.db
      .prepare('SELECT document_id FROM fact_sources WHERE fact_id = ? LIMIT 1')
      .pluck()
      .get(fid) as number | undefined;
    const date = change.date === undefined ? now.date_value : change.date;
    const dateText = change.date === undefined ? now.date_text : change.date;
    const sort = date ?? (seq !== undefined ? this.published(seq) : now.sort_date);
    const roles = change.roles ?? now.participants.map((p) => ({ role: p.role, entity: p.entity_id }));
    const place = change.place === undefined ? now.place_id : change.place;
    const agent = roles.find((r) => r.role === 'agent' || r.role === 'speaker')?.entity ?? null;
    const patient = roles.find((r) => r.role === 'patient' || r.role === 'recipient')?.entity ?? null;
    this.db
      .prepare(
        `UPDATE facts SET type = ?, subject_id = ?, object_id = ?, date_value = ?, date_text = ?, sort_date = ?, place_id = ?
         WHERE id = ?`,
      )
      .run(change.type ?? now.type, agent, patient, date, dateText, sort, place, fid);
    this.setParticipants(fid, roles, place);
  }

  restoreEvent(fid: string, s: EventSnapshot): void {
    this.db
      .prepare(
        `UPDATE facts SET type = ?, subject_id = ?, object_id = ?, date_value = ?, date_text = ?, sort_date = ?, place_id = ?
         WHERE id = ?`,
      )
      .run(s.type, s.subject_id, s.object_id, s.date_value, s.date_text, s.sort_date, s.place_id, fid);
    this.setParticipants(
      fid,
      s.participants.map((p) => ({ role: p.role, entity: p.entity_id })),
      s.place_id,
    );
  }
}
