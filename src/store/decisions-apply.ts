// The edits an analyst's decisions make to machine output: moving an entity's
// part (documents) or whole to another entity, with every row that points at
// it. Runs inside the caller's transaction. Relation facts are keyed by their
// content (type, subject, object, negated), so a moved end mints a new fact id
// and the sources move with it; counts are recomputed, never patched.
import { foldKey } from '../knowledge/fold.js';
import { relationFactId } from './ids.js';
import type { DB } from './open.js';
import { indexKeys } from './resolve.js';
import { mergeAttributes } from './write.js';

interface FactRow {
  id: string;
  type: string;
  subject_id: string;
  object_id: string;
  negated: number;
}

export interface CandidateRow {
  entity_a: string;
  entity_b: string;
  score: number;
  reasons: string;
  document_id: number | null;
  created_at: string;
}

export interface EntityRow {
  id: string;
  type: string;
  name: string;
  attributes: string;
  lat: number | null;
  lon: number | null;
  country: string | null;
  gazetteer_key: string | null;
}

export class EntityEdits {
  private readonly q;

  constructor(private readonly db: DB) {
    this.q = {
      entity: db.prepare('SELECT * FROM entities WHERE id = ?'),
      insEntity: db.prepare(
        `INSERT INTO entities (id, type, name, attributes, lat, lon, country, gazetteer_key)
         VALUES (@id, @type, @name, @attributes, @lat, @lon, @country, @gazetteer_key)`,
      ),
      docsOf: db
        .prepare(
          `SELECT document_id FROM mentions WHERE entity_id = @id
           UNION SELECT document_id FROM quotes WHERE speaker_id = @id
           UNION SELECT fs.document_id FROM fact_sources fs JOIN facts f ON f.id = fs.fact_id
             WHERE f.subject_id = @id OR f.object_id = @id OR f.place_id = @id
           UNION SELECT document_id FROM fact_sources WHERE attributed_entity_id = @id
           UNION SELECT document_id FROM merges WHERE entity_id = @id`,
        )
        .pluck(),
      docsWithSurface: db
        .prepare('SELECT DISTINCT document_id, surface FROM mentions WHERE entity_id = ?')
        .raw(),
      mentions: db.prepare('UPDATE mentions SET entity_id = ? WHERE entity_id = ? AND document_id = ?'),
      speakers: db.prepare('UPDATE quotes SET speaker_id = ? WHERE speaker_id = ? AND document_id = ?'),
      quoteEntities: db.prepare(
        `INSERT OR IGNORE INTO quote_entities (entity_id, quote_seq)
         SELECT ?, qe.quote_seq FROM quote_entities qe JOIN quotes q ON q.seq = qe.quote_seq
         WHERE qe.entity_id = ? AND q.document_id = ?`,
      ),
      dropQuoteEntities: db.prepare(
        'DELETE FROM quote_entities WHERE entity_id = ? AND quote_seq IN (SELECT seq FROM quotes WHERE document_id = ?)',
      ),
      attributed: db.prepare(
        'UPDATE fact_sources SET attributed_entity_id = ? WHERE attributed_entity_id = ? AND document_id = ?',
      ),
      // UPDATE OR REPLACE, written so that PostgreSQL runs it too: the rows the move would
      // collide with go first
      mergesClash: db.prepare(
        'DELETE FROM merges WHERE entity_id = ? AND document_id = ? AND name IN (SELECT name FROM merges WHERE entity_id = ? AND document_id = ?)',
      ),
      merges: db.prepare('UPDATE merges SET entity_id = ? WHERE entity_id = ? AND document_id = ?'),
      relations: db.prepare(
        `SELECT id, type, subject_id, object_id, negated FROM facts WHERE kind = 'relation' AND subject_id = @id
         UNION SELECT id, type, subject_id, object_id, negated FROM facts WHERE kind = 'relation' AND object_id = @id`,
      ),
      sources: db.prepare('SELECT * FROM fact_sources WHERE fact_id = ?'),
      addFact: db.prepare(
        `INSERT OR IGNORE INTO facts (id, kind, type, subject_id, object_id, negated) VALUES (?, 'relation', ?, ?, ?, ?)`,
      ),
      addSource: db.prepare(
        `INSERT OR IGNORE INTO fact_sources (fact_id, document_id, start_offset, end_offset, attributed_to, attributed_entity_id, cue, confidence)
         VALUES (@fact_id, @document_id, @start_offset, @end_offset, @attributed_to, @attributed_entity_id, @cue, @confidence)`,
      ),
      dropSource: db.prepare(
        'DELETE FROM fact_sources WHERE fact_id = ? AND document_id = ? AND start_offset = ?',
      ),
      recountDocs: db.prepare(
        'UPDATE facts SET documents = (SELECT count(DISTINCT document_id) FROM fact_sources WHERE fact_id = @id) WHERE id = @id',
      ),
      dropOutlets: db.prepare('DELETE FROM fact_outlets WHERE fact_id = ?'),
      addOutlets: db.prepare(
        `INSERT OR IGNORE INTO fact_outlets (fact_id, outlet) SELECT DISTINCT fs.fact_id, d.outlet
         FROM fact_sources fs JOIN documents d ON d.seq = fs.document_id WHERE fs.fact_id = ? AND d.outlet IS NOT NULL`,
      ),
      recountOutlets: db.prepare(
        'UPDATE facts SET outlets = (SELECT count(*) FROM fact_outlets WHERE fact_id = @id) WHERE id = @id',
      ),
      factDocs: db.prepare('SELECT documents FROM facts WHERE id = ?').pluck(),
      dropFact: db.prepare('DELETE FROM facts WHERE id = ?'),
      eventsIn: db
        .prepare(
          `SELECT DISTINCT f.id FROM fact_sources fs JOIN facts f ON f.id = fs.fact_id
           WHERE fs.document_id = ? AND f.kind = 'event'`,
        )
        .pluck(),
      eventEnds: db.prepare(
        `UPDATE facts SET subject_id = CASE WHEN subject_id = @from THEN @to ELSE subject_id END,
           object_id = CASE WHEN object_id = @from THEN @to ELSE object_id END,
           place_id = CASE WHEN place_id = @from THEN @to ELSE place_id END WHERE id = @fact`,
      ),
      participants: db.prepare(
        `INSERT OR IGNORE INTO fact_participants (fact_id, role, entity_id, sort_date)
         SELECT fact_id, role, ?, sort_date FROM fact_participants WHERE entity_id = ? AND fact_id = ?`,
      ),
      dropParticipants: db.prepare('DELETE FROM fact_participants WHERE entity_id = ? AND fact_id = ?'),
      surfaces: db.prepare(
        'SELECT surface, count(*) AS n FROM mentions WHERE entity_id = ? GROUP BY surface',
      ),
      names: db.prepare('SELECT name, count FROM entity_names WHERE entity_id = ?'),
      setName: db.prepare(
        `INSERT INTO entity_names (entity_id, name, folded, count) VALUES (?, ?, ?, ?)
         ON CONFLICT (entity_id, name) DO UPDATE SET count = excluded.count`,
      ),
      dropName: db.prepare('DELETE FROM entity_names WHERE entity_id = ? AND name = ?'),
      addKey: db.prepare('INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)'),
      stats: db.prepare(
        `UPDATE entities SET mention_count = (SELECT count(*) FROM mentions WHERE entity_id = @id),
           document_count = (SELECT count(DISTINCT document_id) FROM mentions WHERE entity_id = @id),
           first_seen = (SELECT min(d.published) FROM mentions m JOIN documents d ON d.seq = m.document_id WHERE m.entity_id = @id),
           last_seen = (SELECT max(d.published) FROM mentions m JOIN documents d ON d.seq = m.document_id WHERE m.entity_id = @id)
         WHERE id = @id`,
      ),
      setAttributes: db.prepare('UPDATE entities SET attributes = ? WHERE id = ?'),
      candidatesOf: db.prepare('SELECT * FROM candidates WHERE entity_a = @id OR entity_b = @id'),
      dropCandidate: db.prepare('DELETE FROM candidates WHERE entity_a = ? AND entity_b = ?'),
      addCandidate: db.prepare(
        `INSERT OR IGNORE INTO candidates (entity_a, entity_b, score, reasons, document_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      keys: db.prepare('SELECT key FROM entity_keys WHERE entity_id = ?').pluck(),
      dropKeys: db.prepare('DELETE FROM entity_keys WHERE entity_id = ?'),
      references: db
        .prepare(
          `SELECT (SELECT count(*) FROM mentions WHERE entity_id = @id) + (SELECT count(*) FROM facts WHERE subject_id = @id)
           + (SELECT count(*) FROM facts WHERE object_id = @id) + (SELECT count(*) FROM facts WHERE place_id = @id)
           + (SELECT count(*) FROM fact_participants WHERE entity_id = @id) + (SELECT count(*) FROM quotes WHERE speaker_id = @id)
           + (SELECT count(*) FROM quote_entities WHERE entity_id = @id)`,
        )
        .pluck(),
      dropEntity: db.prepare('DELETE FROM entities WHERE id = ?'),
    };
  }

  entity(id: string): EntityRow | undefined {
    return this.q.entity.get(id) as EntityRow | undefined;
  }

  names(id: string): { name: string; count: number }[] {
    return this.q.names.all(id) as { name: string; count: number }[];
  }

  /** Documents whose mentions of the entity use this spelling (folded). */
  documentsNaming(id: string, name: string): number[] {
    const f = foldKey(name);
    const out = new Set<number>();
    for (const [doc, surface] of this.q.docsWithSurface.all(id) as [number, string][])
      if (foldKey(surface) === f) out.add(doc);
    return [...out];
  }

  /** The spellings the entity's mentions use. */
  mentionSpellings(id: string): string[] {
    return (this.q.surfaces.all(id) as { surface: string }[]).map((r) => r.surface);
  }

  /** Each document's spellings of the entity. */
  spellingsByDocument(id: string): Map<number, Set<string>> {
    const out = new Map<number, Set<string>>();
    for (const [doc, surface] of this.q.docsWithSurface.all(id) as [number, string][]) {
      let set = out.get(doc);
      if (!set) out.set(doc, (set = new Set()));
      set.add(surface);
    }
    return out;
  }

  /** A new type: keys re-made for it; a place's coordinates and gazetteer entry do not outlive it being one. */
  retype(id: string, type: string): void {
    const e = this.entity(id);
    if (!e) return;
    const geo = type === 'place' ? [e.lat, e.lon, e.country, e.gazetteer_key] : [null, null, null, null];
    this.db
      .prepare('UPDATE entities SET type = ?, lat = ?, lon = ?, country = ?, gazetteer_key = ? WHERE id = ?')
      .run(type, ...geo, id);
    this.q.dropKeys.run(id);
    for (const n of this.names(id))
      for (const k of indexKeys(type as 'person', n.name)) this.q.addKey.run(k, id);
  }

  restoreType(id: string, was: Pick<EntityRow, 'type' | 'lat' | 'lon' | 'country' | 'gazetteer_key'>): void {
    this.db
      .prepare('UPDATE entities SET type = ?, lat = ?, lon = ?, country = ?, gazetteer_key = ? WHERE id = ?')
      .run(was.type, was.lat, was.lon, was.country, was.gazetteer_key, id);
    this.q.dropKeys.run(id);
    for (const n of this.names(id))
      for (const k of indexKeys(was.type as 'person', n.name)) this.q.addKey.run(k, id);
  }

  documentsOf(id: string): number[] {
    return this.q.docsOf.all({ id: id }) as number[];
  }

  createEntity(row: EntityRow): void {
    if (!this.entity(row.id)) this.q.insEntity.run(row);
  }

  /** Document and outlet counts of a fact from its sources. */
  recountFact(fid: string): void {
    const q = this.q;
    q.recountDocs.run({ id: fid });
    q.dropOutlets.run(fid);
    q.addOutlets.run(fid);
    q.recountOutlets.run({ id: fid });
  }

  /** Everything `from` is in these documents becomes `to`'s. */
  carve(from: string, to: string, docs: number[]): void {
    const q = this.q;
    const set = new Set(docs);
    for (const doc of set) {
      q.mentions.run(to, from, doc);
      q.speakers.run(to, from, doc);
      q.quoteEntities.run(to, from, doc);
      q.dropQuoteEntities.run(from, doc);
      q.attributed.run(to, from, doc);
      q.mergesClash.run(to, doc, from, doc);
      q.merges.run(to, from, doc);
      for (const fid of q.eventsIn.all(doc) as string[]) {
        q.eventEnds.run({ to, from, fact: fid });
        q.participants.run(to, from, fid);
        q.dropParticipants.run(from, fid);
      }
    }
    for (const f of q.relations.all({ id: from }) as FactRow[]) {
      const moving = (q.sources.all(f.id) as { document_id: number; start_offset: number }[]).filter((s) =>
        set.has(s.document_id),
      );
      if (!moving.length) continue;
      const s = f.subject_id === from ? to : f.subject_id;
      const o = f.object_id === from ? to : f.object_id;
      const nid = relationFactId(f.type, s, o, f.negated === 1);
      if (nid === f.id) continue;
      q.addFact.run(nid, f.type, s, o, f.negated);
      this.moveFactSources(f.id, nid, moving);
    }
    this.refreshBoth(to, from);
  }

  /**
   * Inside one document, only the mentions spelled one of `folded` become `to`'s, with
   * what is cited to a sentence naming the entity by those spellings alone: a tie, an
   * event's end or role, a quote's speaker (by its speaker text) or the entities a
   * quote names. What a sentence says without naming it (a pronoun) stays with `from`.
   */
  carveMentions(from: string, to: string, doc: number, folded: Set<string>): void {
    const q = this.q;
    const mine = this.db
      .prepare(
        'SELECT start_offset AS s, end_offset AS e, surface FROM mentions WHERE entity_id = ? AND document_id = ?',
      )
      .all(from, doc) as { s: number; e: number; surface: string }[];
    const moving = mine.filter((m) => folded.has(foldKey(m.surface)));
    const staying = mine.filter((m) => !folded.has(foldKey(m.surface)));
    const moves = (start: number, end: number) => {
      const inside = (m: { s: number; e: number }) => m.s >= start && m.e <= end;
      return moving.some(inside) && !staying.some(inside);
    };
    const mv = this.db.prepare(
      'UPDATE mentions SET entity_id = ? WHERE document_id = ? AND start_offset = ? AND end_offset = ?',
    );
    for (const m of moving) mv.run(to, doc, m.s, m.e);
    for (const qt of this.db
      .prepare(
        'SELECT seq, start_offset AS s, end_offset AS e, speaker_id, speaker_text FROM quotes WHERE document_id = ?',
      )
      .all(doc) as {
      seq: number;
      s: number;
      e: number;
      speaker_id: string | null;
      speaker_text: string | null;
    }[]) {
      if (qt.speaker_id === from && qt.speaker_text && folded.has(foldKey(qt.speaker_text)))
        this.db.prepare('UPDATE quotes SET speaker_id = ? WHERE seq = ?').run(to, qt.seq);
      if (moves(qt.s, qt.e)) {
        // UPDATE OR IGNORE, portable: no move onto a row that is there already
        this.db
          .prepare(
            'UPDATE quote_entities SET entity_id = ? WHERE entity_id = ? AND quote_seq = ? AND NOT EXISTS (SELECT 1 FROM quote_entities x WHERE x.entity_id = ? AND x.quote_seq = ?)',
          )
          .run(to, from, qt.seq, to, qt.seq);
        this.db.prepare('DELETE FROM quote_entities WHERE entity_id = ? AND quote_seq = ?').run(from, qt.seq);
      }
    }
    for (const r of this.db
      .prepare('SELECT name FROM merges WHERE entity_id = ? AND document_id = ?')
      .pluck()
      .all(from, doc) as string[])
      if (folded.has(foldKey(r))) {
        // UPDATE OR REPLACE, portable: the row the move would collide with goes first
        this.db
          .prepare('DELETE FROM merges WHERE entity_id = ? AND document_id = ? AND name = ?')
          .run(to, doc, r);
        this.db
          .prepare('UPDATE merges SET entity_id = ? WHERE entity_id = ? AND document_id = ? AND name = ?')
          .run(to, from, doc, r);
      }
    const sourcesIn = this.db.prepare('SELECT * FROM fact_sources WHERE fact_id = ? AND document_id = ?');
    for (const fid of q.eventsIn.all(doc) as string[]) {
      const src = sourcesIn.all(fid, doc) as { start_offset: number; end_offset: number }[];
      if (!src.some((x) => moves(x.start_offset, x.end_offset))) continue;
      q.eventEnds.run({ to, from, fact: fid });
      q.participants.run(to, from, fid);
      q.dropParticipants.run(from, fid);
    }
    // A sentence naming the entity both ways ("TLP grew out of TLYRA, founded by X"): the tie goes
    // with the spelling nearest the tie's other end.
    const otherMentions = this.db.prepare(
      'SELECT start_offset AS s, end_offset AS e FROM mentions WHERE entity_id = ? AND document_id = ?',
    );
    const gap = (a: { s: number; e: number }, b: { s: number; e: number }) =>
      Math.max(0, a.s - b.e, b.s - a.e);
    const nearest = (list: { s: number; e: number }[], ends: { s: number; e: number }[]) =>
      Math.min(Infinity, ...list.flatMap((m) => ends.map((o) => gap(m, o))));
    for (const f of q.relations.all({ id: from }) as FactRow[]) {
      const otherEnd = f.subject_id === from ? f.object_id : f.subject_id;
      const ends = otherMentions.all(otherEnd, doc) as { s: number; e: number }[];
      const src = (
        sourcesIn.all(f.id, doc) as { document_id: number; start_offset: number; end_offset: number }[]
      ).filter((x) => {
        if (moves(x.start_offset, x.end_offset)) return true;
        const inside = (m: { s: number; e: number }) => m.s >= x.start_offset && m.e <= x.end_offset;
        const mv = moving.filter(inside);
        const st = staying.filter(inside);
        const near = ends.filter(inside);
        return mv.length > 0 && st.length > 0 && near.length > 0 && nearest(mv, near) < nearest(st, near);
      });
      if (!src.length) continue;
      const s = f.subject_id === from ? to : f.subject_id;
      const o = f.object_id === from ? to : f.object_id;
      if (s === o) continue;
      const nid = relationFactId(f.type, s, o, f.negated === 1);
      q.addFact.run(nid, f.type, s, o, f.negated);
      this.moveFactSources(f.id, nid, src);
    }
    this.refreshBoth(to, from);
  }

  /** The given sources of fact `from` become sources of fact `to`; `from` goes when it has none left. */
  private moveFactSources(from: string, to: string, rows: readonly Record<string, unknown>[]): void {
    const q = this.q;
    for (const row of rows) {
      q.addSource.run({ ...row, fact_id: to });
      q.dropSource.run(from, row.document_id, row.start_offset);
    }
    this.recountFact(to);
    this.recountFact(from);
    if ((q.factDocs.get(from) as number) === 0) q.dropFact.run(from);
  }

  /** Names and counts of two entities after mentions or facts moved between them. */
  private refreshBoth(to: string, from: string): void {
    this.refreshNames(to, from);
    this.refreshNames(from, to);
    this.q.stats.run({ id: to });
    this.q.stats.run({ id: from });
  }

  /** Spelling counts from the entity's mentions; a spelling it no longer uses but `other` does is dropped. */
  private refreshNames(id: string, other: string): void {
    const q = this.q;
    const type = this.entity(id)?.type ?? 'person';
    const counts = new Map<string, number>();
    for (const r of q.surfaces.all(id) as { surface: string; n: number }[]) counts.set(r.surface, r.n);
    const otherNames = new Set(this.names(other).map((n) => n.name));
    for (const { name, count } of this.names(id)) {
      if (!counts.has(name) && count > 0 && otherNames.has(name)) q.dropName.run(id, name);
      else if (!counts.has(name) && count > 0) q.setName.run(id, name, foldKey(name), 0);
    }
    for (const [name, n] of counts) {
      q.setName.run(id, name, foldKey(name), n);
      for (const k of indexKeys(type as 'person', name)) q.addKey.run(k, id);
    }
  }

  /** `from` joins `to`: every row, spelling, key and attribute; `from` is deleted when nothing points at it. */
  mergeInto(from: string, to: string): void {
    const q = this.q;
    const a = this.entity(to);
    const b = this.entity(from);
    if (!a || !b || from === to) return;
    this.carve(from, to, this.documentsOf(from));
    for (const n of this.names(from)) {
      const have = this.names(to).find((x) => x.name === n.name);
      if (!have) q.setName.run(to, n.name, foldKey(n.name), n.count);
      q.dropName.run(from, n.name);
    }
    for (const k of q.keys.all(from) as string[]) q.addKey.run(k, to);
    q.dropKeys.run(from);
    q.setAttributes.run(
      JSON.stringify(mergeAttributes(JSON.parse(a.attributes), JSON.parse(b.attributes))),
      to,
    );
    for (const c of q.candidatesOf.all({ id: from }) as CandidateRow[]) {
      q.dropCandidate.run(c.entity_a, c.entity_b);
      const other = c.entity_a === from ? c.entity_b : c.entity_a;
      if (other === to) continue;
      const [x, y] = other < to ? [other, to] : [to, other];
      q.addCandidate.run(x, y, c.score, c.reasons, c.document_id, c.created_at);
    }
    if ((q.references.get({ id: from }) as number) === 0) q.dropEntity.run(from);
  }

  /** The entity's canonical name; the name is also a spelling so a search by it finds the entity. */
  rename(id: string, name: string): void {
    const e = this.entity(id);
    if (!e) return;
    this.db.prepare('UPDATE entities SET name = ? WHERE id = ?').run(name, id);
    if (!this.names(id).some((n) => n.name === name)) this.q.setName.run(id, name, foldKey(name), 0);
    for (const k of indexKeys(e.type as 'person', name)) this.q.addKey.run(k, id);
  }

  /** The canonical name only, for machine-side fixes (an analyst's rename goes through rename()). */
  setName(id: string, name: string): void {
    this.db.prepare('UPDATE entities SET name = ? WHERE id = ?').run(name, id);
  }

  /** Mention and document counts, first and last seen, from the entity's mentions. */
  refreshStats(id: string): void {
    this.q.stats.run({ id });
  }

  dropSpelling(id: string, name: string): void {
    const row = this.names(id).find((n) => n.name === name);
    if (row && row.count === 0) this.q.dropName.run(id, name);
  }
}
