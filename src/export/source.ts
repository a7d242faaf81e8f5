// What an export reads: the store's entities, ties, quotes, events and documents,
// filtered by entity neighbourhood, date, corroboration and analysts' rejections,
// as row iterators (better-sqlite3 `iterate`) so a large store streams through
// instead of being loaded. Every format writer (stix, csv, graph, ftm, jsonl)
// reads the same records, so they agree on what a filtered export contains.
import { confirmedFacts, rejectedFacts } from '../store/decisions.js';
import type { DB } from '../store/open.js';
import type { EntityType } from '../types.js';

export interface ExportOptions {
  /** entity id at the centre of the export */
  entity?: string;
  /** hops from `entity` (default 1) */
  hops?: number;
  /** documents published on or after (YYYY[-MM[-DD]]) */
  since?: string;
  /** documents published on or before (YYYY[-MM[-DD]]) */
  until?: string;
  /** ties stated by at least this many documents (within the dates) */
  minCorroboration?: number;
  /** include ties and events an analyst rejected (marked as rejected) */
  includeRejected?: boolean;
  /** only what these documents (by seq) state: a search's hits */
  documents?: number[];
}

/** Sources listed per tie or event; `corroboration` counts all of them. */
const SOURCES_MAX = 50;

export interface XDocument {
  seq: number;
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  byline: string | null;
  url: string | null;
  /** where it was read from (a path or URL) */
  location: string | null;
  grade: string | null;
  metadata: Record<string, unknown>;
}

export interface XSource {
  documentSeq: number;
  documentId: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  grade: string | null;
  start: number;
  end: number;
  sentence: string;
  attributedTo: string | null;
}

export interface XEntity {
  id: string;
  type: EntityType;
  name: string;
  attributes: Record<string, unknown>;
  /** attributes.kind: militant group, government, city, … */
  kind: string | null;
  aliases: { name: string; count: number }[];
  mentions: number;
  documents: number;
  firstSeen: string | null;
  lastSeen: string | null;
  lat: number | null;
  lon: number | null;
  country: string | null;
  /** the gazetteer entry it was resolved to (org:NAME, geo:ID), when any */
  gazetteerKey: string | null;
  /** an organisation of kind "militant group", or a person tied to one as member, leader or spokesperson */
  militant: boolean;
}

export type Verdict = 'confirmed' | 'rejected' | null;

export interface XTie {
  id: string;
  type: string;
  subject: string;
  object: string;
  negated: boolean;
  status: Verdict;
  /** distinct documents stating it (within the dates) */
  corroboration: number;
  outlets: number;
  sources: XSource[];
}

export interface XQuote {
  id: string;
  text: string;
  speakerId: string | null;
  speaker: string | null;
  source: XSource;
}

export interface XEvent {
  id: string;
  type: string;
  date: string | null;
  dateText: string | null;
  placeId: string | null;
  participants: { role: string; entity: string }[];
  status: Verdict;
  corroboration: number;
  sources: XSource[];
}

const MILITANT_TIES = ['member_of', 'leader_of', 'spokesperson_of', 'pledged_allegiance_to'];
const GRADE_SCORE: Record<string, number> = { A: 90, B: 75, C: 60, D: 45, E: 30, F: 50 };

/**
 * STIX `confidence` (0–100) of a tie or event: the best source's reliability
 * (Admiralty A 90, B 75, C 60, D 45, E 30, F or ungraded 50), plus 10 for each
 * further document stating it (up to +30), capped at 100.
 */
export function confidenceOf(corroboration: number, grades: (string | null)[]): number {
  let best = 0;
  for (const g of grades) best = Math.max(best, GRADE_SCORE[g?.[0] ?? 'F'] ?? 50);
  if (!grades.length) best = 50;
  return Math.min(100, best + Math.min(30, 10 * Math.max(0, corroboration - 1)));
}

const DOC_COLUMNS = `d.seq, d.id, d.title, d.published, d.outlet, d.byline, d.metadata,
  (SELECT location FROM locations l WHERE l.document_id = d.seq AND (l.location LIKE 'http://%' OR l.location LIKE 'https://%') LIMIT 1) AS url,
  (SELECT location FROM locations l WHERE l.document_id = d.seq ORDER BY added_at LIMIT 1) AS location,
  CASE WHEN s.reliability IS NOT NULL AND s.credibility IS NOT NULL THEN s.reliability || s.credibility END AS grade`;

// Dates compare on the shorter of the two: "2015-08" is within --until 2015-08-31 and --since 2015-08.
const IN_RANGE = `(@since IS NULL OR (d.published IS NOT NULL AND substr(d.published, 1, length(@since)) >= @since))
  AND (@until IS NULL OR (d.published IS NOT NULL AND substr(d.published, 1, length(@until)) <= @until))
  AND (@docs IS NULL OR d.seq IN (SELECT CAST(value AS INTEGER) FROM json_each(@docs)))`;

type Row = Record<string, unknown>;
const FACT_COLUMNS =
  'id, kind, type, subject_id AS s, object_id AS o, negated, date_value, date_text, place_id';
type FactRow = {
  id: string;
  kind: string;
  type: string;
  s: string;
  o: string;
  negated: number;
  date_value: string | null;
  date_text: string | null;
  place_id: string | null;
};

export class ExportSource {
  private readonly q;
  private readonly range: { since: string | null; until: string | null; docs: string | null };
  private readonly rejected: Set<string>;
  private readonly confirmed: Set<string>;
  private scope: Set<string> | null = null;
  /** with `entity`: the ties walked from it, the only ones exported */
  private scopeTies: Set<string> | null = null;
  private militantPeople = new Set<string>();
  private readonly militantOrgs = new Set<string>();

  constructor(
    readonly db: DB,
    readonly opts: ExportOptions = {},
  ) {
    this.range = {
      since: opts.since ?? null,
      until: opts.until ?? null,
      docs: opts.documents ? JSON.stringify(opts.documents) : null,
    };
    this.rejected = rejectedFacts(db);
    this.confirmed = confirmedFacts(db);
    this.q = {
      entity: db.prepare('SELECT * FROM entities WHERE id = ?'),
      names: db.prepare('SELECT name, count FROM entity_names WHERE entity_id = ? ORDER BY count DESC, name'),
      sources: db.prepare(
        `SELECT d.seq AS documentSeq, d.id AS documentId, d.title, d.published, d.outlet,
           (SELECT location FROM locations l WHERE l.document_id = d.seq AND (l.location LIKE 'http://%' OR l.location LIKE 'https://%') LIMIT 1) AS url,
           CASE WHEN s.reliability IS NOT NULL AND s.credibility IS NOT NULL THEN s.reliability || s.credibility END AS grade,
           fs.start_offset AS start, fs.end_offset AS "end",
           substr(d.text, fs.start_offset + 1, fs.end_offset - fs.start_offset) AS sentence, fs.attributed_to AS attributedTo
         FROM fact_sources fs JOIN documents d ON d.seq = fs.document_id LEFT JOIN sources s ON s.outlet = d.outlet
         WHERE fs.fact_id = @id AND ${IN_RANGE}
         ORDER BY d.published IS NULL, d.published, fs.document_id, fs.start_offset LIMIT ${SOURCES_MAX}`,
      ),
      corroboration: db.prepare(
        `SELECT count(DISTINCT fs.document_id) AS docs, count(DISTINCT d.outlet) AS outlets
         FROM fact_sources fs JOIN documents d ON d.seq = fs.document_id WHERE fs.fact_id = @id AND ${IN_RANGE}`,
      ),
      participants: db.prepare(
        "SELECT role, entity_id AS entity FROM fact_participants WHERE fact_id = ? AND role <> 'place' ORDER BY role, entity_id",
      ),
      edgesOf: db.prepare(
        `SELECT id, subject_id AS s, object_id AS o FROM facts WHERE kind = 'relation' AND subject_id = ?
         UNION ALL SELECT id, subject_id, object_id FROM facts WHERE kind = 'relation' AND object_id = ?`,
      ),
      firstMention: db.prepare(
        `SELECT m.document_id AS seq, m.start_offset AS start, m.end_offset AS "end",
           max(0, m.start_offset - 400) AS winStart,
           substr(d.text, max(0, m.start_offset - 400) + 1, m.end_offset - max(0, m.start_offset - 400) + 400) AS win
         FROM mentions m JOIN documents d ON d.seq = m.document_id
         WHERE m.entity_id = @id AND (@surface IS NULL OR m.surface = @surface) AND ${IN_RANGE}
         ORDER BY d.published IS NULL, d.published, m.document_id, m.start_offset LIMIT 1`,
      ),
      document: db.prepare(
        `SELECT ${DOC_COLUMNS} FROM documents d LEFT JOIN sources s ON s.outlet = d.outlet WHERE d.seq = ?`,
      ),
      factsIn: db.prepare('SELECT DISTINCT fact_id FROM fact_sources WHERE document_id = ?').pluck(),
      docEntities: db.prepare('SELECT DISTINCT entity_id FROM mentions WHERE document_id = ?').pluck(),
      quoteWindow: db.prepare(
        `SELECT max(0, q.start_offset - 400) AS winStart,
           substr(d.text, max(0, q.start_offset - 400) + 1, q.end_offset - max(0, q.start_offset - 400) + 400) AS win
         FROM quotes q JOIN documents d ON d.seq = q.document_id WHERE q.id = ?`,
      ),
    };
    for (const id of db
      .prepare(
        `SELECT id FROM entities WHERE type = 'organization' AND json_extract(attributes, '$.kind') = 'militant group'`,
      )
      .pluck()
      .iterate() as Iterable<string>)
      this.militantOrgs.add(id);
    const ties = db.prepare(
      `SELECT id, subject_id AS s, object_id AS o FROM facts WHERE kind = 'relation' AND negated = 0
       AND type IN (${MILITANT_TIES.map(() => '?').join(',')})`,
    );
    for (const f of ties.iterate(...MILITANT_TIES) as Iterable<{ id: string; s: string; o: string }>)
      if (!this.rejected.has(f.id) && this.militantOrgs.has(f.o)) this.militantPeople.add(f.s);
    if (opts.entity) this.scope = this.neighbourhood(opts.entity, opts.hops ?? 1);
  }

  /** Limited to documents: by date or by a list. */
  private get dated(): boolean {
    return Boolean(this.range.since || this.range.until || this.range.docs);
  }

  /**
   * The entity and everything within `hops` ties of it (rejected ties do not count unless
   * included); the ties walked are `scopeTies`, the same edges as `graph --around` (a tie between
   * two neighbours at the last hop is not walked, so not exported).
   */
  private neighbourhood(id: string, hops: number): Set<string> {
    const seen = new Set([id]);
    this.scopeTies = new Set();
    let frontier = [id];
    for (let d = 0; d < hops && frontier.length; d++) {
      const next: string[] = [];
      for (const n of frontier)
        for (const e of this.q.edgesOf.all(n, n) as { id: string; s: string; o: string }[]) {
          if (!this.opts.includeRejected && this.rejected.has(e.id)) continue;
          this.scopeTies.add(e.id);
          for (const x of [e.s, e.o])
            if (!seen.has(x)) {
              seen.add(x);
              next.push(x);
            }
        }
      frontier = next;
    }
    return seen;
  }

  inScope(id: string | null | undefined): boolean {
    return !this.scope || (id !== null && id !== undefined && this.scope.has(id));
  }

  verdict(factId: string): Verdict {
    return this.rejected.has(factId) ? 'rejected' : this.confirmed.has(factId) ? 'confirmed' : null;
  }

  private sourcesOf(id: string): { sources: XSource[]; corroboration: number; outlets: number } {
    const p = { id, ...this.range };
    const sources = this.q.sources.all(p) as XSource[];
    if (!sources.length) return { sources, corroboration: 0, outlets: 0 };
    // All of them listed: count here rather than ask again.
    if (sources.length < SOURCES_MAX)
      return {
        sources,
        corroboration: new Set(sources.map((s) => s.documentSeq)).size,
        outlets: new Set(sources.map((s) => s.outlet).filter((o) => o !== null)).size,
      };
    const c = this.q.corroboration.get(p) as { docs: number; outlets: number };
    return { sources, corroboration: c.docs, outlets: c.outlets };
  }

  private toEntity(r: Row): XEntity {
    const attributes = JSON.parse(r.attributes as string) as Record<string, unknown>;
    const id = r.id as string;
    return {
      id,
      type: r.type as EntityType,
      name: r.name as string,
      attributes,
      kind: typeof attributes.kind === 'string' ? attributes.kind : null,
      aliases: this.q.names.all(id) as { name: string; count: number }[],
      mentions: r.mention_count as number,
      documents: r.document_count as number,
      firstSeen: (r.first_seen as string | null) ?? null,
      lastSeen: (r.last_seen as string | null) ?? null,
      lat: (r.lat as number | null) ?? null,
      lon: (r.lon as number | null) ?? null,
      country: (r.country as string | null) ?? null,
      gazetteerKey: (r.gazetteer_key as string | null) ?? null,
      militant: this.militantOrgs.has(id) || this.militantPeople.has(id),
    };
  }

  entity(id: string): XEntity | null {
    const r = this.q.entity.get(id) as Row | undefined;
    return r ? this.toEntity(r) : null;
  }

  /**
   * Entities in the export: with no filter, all of them; with --entity, its
   * neighbourhood; with dates, those mentioned in a document of the period.
   * In id order (the same on both backends; PostgreSQL has no insertion order to read).
   */
  *entities(): Generator<XEntity> {
    const dated = this.dated;
    const sql = dated
      ? `SELECT e.* FROM entities e WHERE EXISTS (SELECT 1 FROM mentions m JOIN documents d ON d.seq = m.document_id
           WHERE m.entity_id = e.id AND ${IN_RANGE}) ORDER BY e.id`
      : 'SELECT e.* FROM entities e ORDER BY e.id';
    const stmt = this.db.prepare(sql);
    const rows = (dated ? stmt.iterate(this.range) : stmt.iterate()) as Iterable<Row>;
    for (const r of rows) if (this.inScope(r.id as string)) yield this.toEntity(r);
  }

  /** The sentence around the entity's first mention (of `surface`, when given) within the dates. */
  mentionEvidence(id: string, surface: string | null = null): (XSource & { surface?: string }) | null {
    const m = this.q.firstMention.get({ id, surface, ...this.range }) as
      | { seq: number; start: number; end: number; winStart: number; win: string }
      | undefined;
    if (!m) return null;
    return windowSource(this.document(m.seq)!, m, m.start, m.end, null);
  }

  private tieOf(f: { id: string; type: string; s: string; o: string; negated: number }): XTie | null {
    const status = this.verdict(f.id);
    if (status === 'rejected' && !this.opts.includeRejected) return null;
    if (this.scopeTies && !this.scopeTies.has(f.id)) return null;
    const { sources, corroboration, outlets } = this.sourcesOf(f.id);
    if (!sources.length && this.dated) return null;
    if (this.opts.minCorroboration && corroboration < this.opts.minCorroboration) return null;
    return {
      id: f.id,
      type: f.type,
      subject: f.s,
      object: f.o,
      negated: f.negated === 1,
      status,
      corroboration,
      outlets,
      sources,
    };
  }

  /** Relation facts whose ends are in scope, stated within the dates, corroborated enough; rejected ones only when asked. */
  *ties(): Generator<XTie> {
    const rows = this.db
      .prepare(
        `SELECT id, type, subject_id AS s, object_id AS o, negated FROM facts WHERE kind = 'relation' ORDER BY id`,
      )
      .iterate() as Iterable<{ id: string; type: string; s: string; o: string; negated: number }>;
    for (const f of rows) {
      const t = this.tieOf(f);
      if (t) yield t;
    }
  }

  /** Quotes (pull quotes left out: they repeat body quotes) in documents of the period; with --entity, those its neighbourhood spoke. */
  *quotes(): Generator<XQuote> {
    const rows = this.db
      .prepare(
        `SELECT q.id, q.text, q.start_offset AS start, q.end_offset AS "end", q.speaker_id AS speakerId,
           coalesce(sp.name, q.speaker_text) AS speaker, q.document_id AS seq
         FROM quotes q JOIN documents d ON d.seq = q.document_id LEFT JOIN entities sp ON sp.id = q.speaker_id
         WHERE q.pull_quote = 0 AND ${IN_RANGE} ORDER BY q.seq`,
      )
      .iterate(this.range) as Iterable<{
      id: string;
      text: string;
      start: number;
      end: number;
      speakerId: string | null;
      speaker: string | null;
      seq: number;
    }>;
    let doc = null as XDocument | null;
    for (const r of rows) {
      if (this.scope && !this.inScope(r.speakerId)) continue;
      if (!doc || doc.seq !== r.seq) doc = this.document(r.seq) as XDocument;
      const w = this.q.quoteWindow.get(r.id) as TextWindow;
      yield {
        id: r.id,
        text: r.text,
        speakerId: r.speakerId,
        speaker: r.speaker,
        source: windowSource(doc, w, r.start, r.end, r.speaker),
      };
    }
  }

  private eventOf(f: FactRow): XEvent | null {
    const status = this.verdict(f.id);
    if (status === 'rejected' && !this.opts.includeRejected) return null;
    const participants = this.q.participants.all(f.id) as { role: string; entity: string }[];
    if (this.scope && !participants.some((p) => this.inScope(p.entity)) && !this.inScope(f.place_id))
      return null;
    const { sources, corroboration } = this.sourcesOf(f.id);
    if (!sources.length) return null;
    if (this.opts.minCorroboration && corroboration < this.opts.minCorroboration) return null;
    return {
      id: f.id,
      type: f.type,
      date: f.date_value,
      dateText: f.date_text,
      placeId: f.place_id,
      participants,
      status,
      corroboration,
      sources,
    };
  }

  /** Events stated within the dates; with --entity, those with a participant in its neighbourhood. */
  *events(): Generator<XEvent> {
    const rows = this.db
      .prepare(
        `SELECT ${FACT_COLUMNS} FROM facts WHERE kind = 'event' ORDER BY sort_date IS NULL, sort_date, id`,
      )
      .iterate() as Iterable<FactRow>;
    for (const f of rows) {
      const e = this.eventOf(f);
      if (e) yield e;
    }
  }

  /** Facts (ties and events) with a source in this document. */
  factsIn(seq: number): string[] {
    return this.q.factsIn.all(seq) as string[];
  }

  document(seq: number): XDocument | null {
    const r = this.q.document.get(seq) as Row | undefined;
    return r ? toDocument(r) : null;
  }

  /** Documents of the period; with --entity, those naming an entity of its neighbourhood. */
  *documents(): Generator<XDocument> {
    const rows = this.db
      .prepare(
        `SELECT ${DOC_COLUMNS} FROM documents d LEFT JOIN sources s ON s.outlet = d.outlet WHERE ${IN_RANGE} ORDER BY d.seq`,
      )
      .iterate(this.range) as Iterable<Row>;
    for (const r of rows) {
      if (this.scope && !(this.q.docEntities.all(r.seq) as string[]).some((id) => this.scope!.has(id)))
        continue;
      yield toDocument(r);
    }
  }

  /** Entity ids named in a document (for a STIX report's object_refs). */
  documentEntities(seq: number): string[] {
    return (this.q.docEntities.all(seq) as string[]).filter((id) => this.inScope(id));
  }

  /** Outlets with their grades and document counts. */
  outlets(): { outlet: string; documents: number; reliability: string | null; credibility: number | null }[] {
    return this.db
      .prepare(
        `SELECT s.outlet, count(d.seq) AS documents, s.reliability, s.credibility FROM sources s
         LEFT JOIN documents d ON d.outlet = s.outlet GROUP BY s.outlet ORDER BY s.outlet`,
      )
      .all() as {
      outlet: string;
      documents: number;
      reliability: string | null;
      credibility: number | null;
    }[];
  }
}

function toDocument(r: Row): XDocument {
  let metadata: Record<string, unknown> = {};
  try {
    metadata = JSON.parse((r.metadata as string) ?? '{}');
  } catch {}
  return {
    seq: r.seq as number,
    id: r.id as string,
    title: (r.title as string | null) ?? null,
    published: (r.published as string | null) ?? null,
    outlet: (r.outlet as string | null) ?? null,
    byline: (r.byline as string | null) ?? null,
    url: (r.url as string | null) ?? (typeof metadata.url === 'string' ? metadata.url : null),
    location: (r.location as string | null) ?? null,
    grade: (r.grade as string | null) ?? null,
    metadata,
  };
}

/**
 * The sentence of `text` around [start, end): back to the last sentence end
 * (. ! ? followed by a space, or a blank line) before `start`, on to the first
 * after `end`. Good enough to cite a name or a quote; ties carry the extractor's own span.
 */
/** A stretch of a document's text read around a span: `win` starts at offset `winStart`. */
interface TextWindow {
  winStart: number;
  win: string;
}

/** The citation of the span [start, end) of `doc`: the sentence around it, cut from its window. */
function windowSource(
  doc: XDocument,
  w: TextWindow,
  start: number,
  end: number,
  attributedTo: string | null,
): XSource {
  const [s, e] = sentenceAround(w.win, start - w.winStart, end - w.winStart);
  return {
    documentSeq: doc.seq,
    documentId: doc.id,
    title: doc.title,
    published: doc.published,
    outlet: doc.outlet,
    url: doc.url,
    grade: doc.grade,
    start: w.winStart + s,
    end: w.winStart + e,
    sentence: w.win.slice(s, e),
    attributedTo,
  };
}

function sentenceAround(text: string, start: number, end: number): [number, number] {
  let s = 0;
  const before = /[.!?]["”’)]?\s+|\n\s*\n/g;
  for (let m = before.exec(text); m && m.index + m[0].length <= start; m = before.exec(text))
    s = m.index + m[0].length;
  const after = /[.!?]["”’)]?(?=\s)|\n\s*\n/g;
  after.lastIndex = end;
  const m = after.exec(text);
  const e = m ? (m[0].startsWith('\n') ? m.index : m.index + m[0].length) : text.length;
  return [s, Math.max(e, end)];
}
