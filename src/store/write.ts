// Writing one document and its extraction. Runs inside the caller's
// transaction: either all of it lands or none of it.

import type { Statement } from 'better-sqlite3';
import { foldKey } from '../knowledge/fold.js';
import type { EntityType, ExtractedEntity, ExtractedEvent, Extraction } from '../types.js';
import { entityId, eventFactId, quoteId, relationFactId } from './ids.js';
import { INCIDENT_FAMILY, Incidents, reportWindow } from './incidents.js';
import { allOf, type DB, put } from './open.js';
import {
  gazetteerKeyOf,
  givenPairs,
  type Hubs,
  hasFullName,
  hubKeys,
  type Incoming,
  indexKeys,
  judge,
  type Known,
} from './resolve.js';
import type { DocumentMeta, IngestResult } from './store.js';

/** Resolution order: places and groups first, so people are judged with them as context. */
const TYPE_ORDER: EntityType[] = ['place', 'organization', 'handle', 'person'];
const MAX_CANDIDATES = 64;
/**
 * A blocking key holding more entities than this is crowded ("mnsr" of every
 * Mansoor, "khn" of every Khan): weak evidence on its own, and judging all of
 * them is what made resolution slow as the store grew. Crowded keys are read
 * only when no selective key proposes anyone.
 */
export const CROWDED_KEY = MAX_CANDIDATES;
/** Entities read per crowded key in that fallback. */
const KEY_FANOUT = 2000;
/** Known entities (names, roles) kept between documents; each is checked against its row before use. */
const KNOWN_CACHE_MAX = 50_000;
/** Co-mentions are read from this many of a known entity's documents; ties are read in full. */
const NEIGHBOUR_DOCS = 25;
/** Entities whose neighbour sets stay cached between documents. */
const NEIGHBOUR_CACHE_MAX = 20_000;

/**
 * PostgreSQL: the candidates a document's lookups propose (its keys as a JSON array,
 * then its gazetteer entries): the entities of each key that is not crowded, and
 * those of its gazetteer entries.
 */
const CANDIDATES = `k AS (SELECT j.value AS key, x.entity_id AS id FROM json_each(?) j CROSS JOIN LATERAL (
    SELECT entity_id FROM entity_keys WHERE key = j.value LIMIT ${CROWDED_KEY + 1}) AS x),
  few AS (SELECT key FROM k GROUP BY key HAVING count(*) <= ${CROWDED_KEY}),
  cand AS (SELECT id FROM k WHERE key IN (SELECT key FROM few)
    UNION SELECT id FROM entities WHERE gazetteer_key IS NOT NULL AND (type, gazetteer_key) IN
      (SELECT json_extract(value, '$.t'), json_extract(value, '$.g') FROM json_each(?)))`;

const EXTRACTOR_VERSION = 'dossier.extraction/1';

function isAcronymLike(s: string): boolean {
  const letters = s.replace(/[^A-Za-z]/g, '');
  return (
    letters.length > 0 && !/\s/.test(s.trim()) && letters.replace(/[^A-Z]/g, '').length * 2 >= letters.length
  );
}

function rolesOf(attrs: Record<string, unknown>): string[] {
  const r = attrs.role;
  return Array.isArray(r) ? r.filter((x): x is string => typeof x === 'string') : [];
}

/** Attributes from another source: new keys added, list values (and a scalar meeting a list) united; a kept scalar stays. Corrections merge entities the same way. */
export function mergeAttributes(
  old: Record<string, unknown>,
  add: Record<string, unknown>,
): Record<string, unknown> {
  const out = { ...old };
  for (const [k, v] of Object.entries(add)) {
    const prev = out[k];
    if (prev === undefined) out[k] = v;
    else if (Array.isArray(prev) || Array.isArray(v)) {
      const merged = [...(Array.isArray(prev) ? prev : [prev])];
      for (const x of Array.isArray(v) ? v : [v])
        if (!merged.some((y) => JSON.stringify(y) === JSON.stringify(x))) merged.push(x);
      out[k] = merged;
    }
  }
  return out;
}

interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  attributes: string;
  gazetteer_key: string | null;
  country: string | null;
  mention_count: number;
  document_count: number;
}

/**
 * The killed range of a new event's tolls as the store keeps them (one per kind and offset,
 * the first written): the least minimum, the greatest maximum (else minimum), null if none.
 */
function killedRange(tolls: NonNullable<ExtractedEvent['toll']>): { lo: number | null; hi: number | null } {
  const seen = new Set<number>();
  let lo: number | null = null;
  let hi: number | null = null;
  for (const t of tolls) {
    if (t.kind !== 'killed' || seen.has(t.evidence.start)) continue;
    seen.add(t.evidence.start);
    if (t.min != null && (lo === null || t.min < lo)) lo = t.min;
    const top = t.max ?? t.min;
    if (top != null && (hi === null || top > hi)) hi = top;
  }
  return { lo, hi };
}

/** One entity of a document, as resolution looks it up. */
interface Plan {
  e: ExtractedEntity;
  type: EntityType;
  names: string[];
  gazetteerKey: string | null;
  keys: string[];
  /** keys of `keys` that only a common given name of its full names gives (resolve.ts hubKeys) */
  hubs: Hubs;
}

/** PostgreSQL: what a document's lookups read, fetched before resolving it (Writer.prefetch). */
interface Prefetched {
  gazetteer: Map<string, string[]>;
  keyed: Map<string, string[]>;
  rows: Map<string, EntityRow>;
}

/** Any writer that adds a name to an entity also bumps its counts: a changed stamp means stale names. */
const stampOf = (r: EntityRow) => `${r.mention_count}:${r.document_count}:${r.name}:${r.attributes}`;

export class Writer {
  private readonly q;
  /**
   * Neighbour sets read once and then kept up to date as this writer adds
   * documents (co-mentions only grow). Another process writing the same
   * database is not seen until the cache is refilled; that only weakens the
   * context bonus a little, never a name verdict.
   */
  private readonly neighbourCache = new Map<string, Set<string>>();
  /**
   * Names and roles of known entities, with the row state they were read at
   * (counts and attributes): any writer that adds a name to an entity also
   * bumps its counts, so a changed row means a stale entry.
   */
  private readonly knownCache = new Map<string, { stamp: string; names: string[]; roles: string[] }>();
  /**
   * The countries of the places named in a known entity's first documents, with the
   * entity's mention and document counts when they were read: a document that names
   * the entity again bumps them (whichever process writes it), so equal counts mean the
   * same documents and the same answer. Read once per entity instead of once per
   * comparison (on PostgreSQL each read is a round trip).
   */
  private readonly placedInCache = new Map<string, { counts: string; countries: Set<string> }>();

  private readonly incidents: Incidents;

  /**
   * PostgreSQL: the lock keys (`key:…`, `gaz:…`, as PgStore.ingest names them) under
   * which the last write() changed what resolution reads: a new entity's keys and
   * gazetteer entry, and every key of an entity that gained a name, an attribute, a
   * gazetteer entry, a country or a new canonical name. A write that only matches known
   * entities by known names (counts aside) changes none.
   */
  readonly changedKeys = new Set<string>();
  /**
   * PostgreSQL: of each blocking key the last write() changed, how many of the document's
   * entities may have added a row under it (at least as many as did).
   */
  readonly addedUnder = new Map<string, number>();
  /**
   * PostgreSQL: updates of rows other documents also update (known entities, their names
   * and keys, candidate pairs), sent last in one order (sorted) so that two ingesters
   * never wait on each other's rows in opposite orders, and hold them only to commit.
   */
  private late: { order: string; st: Statement; args: unknown[] }[] = [];

  /**
   * `remote`: the handle is PostgreSQL's, where every statement is a round trip: an
   * entity's candidates, keys and names and a document's mentions are then read and
   * written a list at a time (the same rows, in fewer statements). SQLite, where a
   * statement costs microseconds, runs them one by one.
   */
  constructor(
    private readonly db: DB,
    private readonly remote = false,
  ) {
    this.incidents = new Incidents(db);
    this.q = {
      docExists: db.prepare('SELECT seq FROM documents WHERE id = ?').pluck(),
      addLocation: db.prepare(
        'INSERT OR IGNORE INTO locations (document_id, location, added_at) VALUES (?, ?, ?)',
      ),
      addSource: db.prepare('INSERT OR IGNORE INTO sources (outlet) VALUES (?)'),
      addDoc: db.prepare(
        `INSERT INTO documents (id, title, published, outlet, byline, dek, text, metadata, extractor, ingested_at)
         VALUES (@id, @title, @published, @outlet, @byline, @dek, @text, @metadata, @extractor, @ingestedAt)`,
      ),
      docFts: db.prepare('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)'),
      // PostgreSQL: the document, its text's index entry and its location in one statement; no row
      // back when the document is already stored (its id is unique, and locked by the ingester)
      addDocWhole: remote
        ? db.prepare(
            `WITH d AS (INSERT INTO documents (id, title, published, outlet, byline, dek, text, metadata, extractor, ingested_at)
               VALUES (@id, @title, @published, @outlet, @byline, @dek, @text, @metadata, @extractor, @ingestedAt)
               ON CONFLICT (id) DO NOTHING RETURNING seq, text),
             f AS (INSERT INTO documents_fts (rowid, tsv)
               SELECT seq, to_tsvector('simple', unaccent(coalesce(@ftsTitle, '') || ' ' || coalesce(text, ''))) FROM d),
             l AS (INSERT INTO locations (document_id, location, added_at) SELECT seq, @location, @ingestedAt FROM d)
             SELECT seq FROM d`,
          )
        : undefined,
      byGazetteer: db.prepare('SELECT id FROM entities WHERE type = ? AND gazetteer_key = ?').pluck(),
      byKey: db.prepare(`SELECT entity_id FROM entity_keys WHERE key = ? LIMIT ${KEY_FANOUT}`).pluck(),
      byKeyFew: db
        .prepare(`SELECT entity_id FROM entity_keys WHERE key = ? LIMIT ${CROWDED_KEY + 1}`)
        .pluck(),
      entity: db.prepare(
        'SELECT id, type, name, attributes, gazetteer_key, country, mention_count, document_count FROM entities WHERE id = ?',
      ),
      names: db.prepare('SELECT name FROM entity_names WHERE entity_id = ? ORDER BY count DESC').pluck(),
      // PostgreSQL: the lists at once (one JSON array of ids or keys)
      entitiesIn: db.prepare(
        `SELECT id, type, name, attributes, gazetteer_key, country, mention_count, document_count FROM entities
         WHERE id IN (SELECT value FROM json_each(?))`,
      ),
      namesIn: db.prepare(
        `SELECT entity_id AS id, name FROM entity_names WHERE entity_id IN (SELECT value FROM json_each(?))
         ORDER BY entity_id, count DESC, name`,
      ),
      byKeysFew: remote
        ? db.prepare(
            `SELECT j.value AS key, k.entity_id AS id FROM json_each(?) j CROSS JOIN LATERAL (
               SELECT entity_id FROM entity_keys WHERE key = j.value LIMIT ${CROWDED_KEY + 1}
             ) AS k`,
          )
        : undefined,
      // PostgreSQL: every entity's gazetteer entry at once
      byGazetteers: db.prepare(
        `SELECT type, gazetteer_key AS key, id FROM entities WHERE gazetteer_key IS NOT NULL AND
           (type, gazetteer_key) IN (SELECT json_extract(value, '$.t'), json_extract(value, '$.g') FROM json_each(?))`,
      ),
      // PostgreSQL: the rows and names of every candidate those two find (JSON keys, then JSON gazetteer entries)
      candidateRows: remote
        ? db.prepare(
            `WITH ${CANDIDATES} SELECT id, type, name, attributes, gazetteer_key, country, mention_count, document_count
             FROM entities WHERE id IN (SELECT id FROM cand)`,
          )
        : undefined,
      candidateNames: remote
        ? db.prepare(
            `WITH ${CANDIDATES} SELECT entity_id AS id, name FROM entity_names WHERE entity_id IN (SELECT id FROM cand)
             ORDER BY entity_id, count DESC, name`,
          )
        : undefined,
      addKeys: db.prepare(
        'INSERT OR IGNORE INTO entity_keys (key, entity_id) SELECT value, ? FROM json_each(?)',
      ),
      addNames: db.prepare(
        `INSERT INTO entity_names (entity_id, name, folded, count)
         SELECT ?, json_extract(value, '$.n'), json_extract(value, '$.f'), CAST(json_extract(value, '$.c') AS INTEGER)
         FROM json_each(?) WHERE true
         ON CONFLICT (entity_id, name) DO UPDATE SET count = count + excluded.count`,
      ),
      // PostgreSQL: `source()` in one statement (the CTEs read the snapshot before their writes)
      addSourceCounted: remote
        ? db.prepare(
            `WITH had AS (SELECT EXISTS (SELECT 1 FROM fact_sources WHERE fact_id = @fid AND document_id = @doc) AS x),
             ins AS (INSERT INTO fact_sources (fact_id, document_id, start_offset, end_offset, attributed_to,
                       attributed_entity_id, cue, confidence)
                     VALUES (@fid, @doc, @start, @end, @attributedTo, @attributedId, @cue, @confidence)
                     ON CONFLICT DO NOTHING),
             outl AS (INSERT INTO fact_outlets (fact_id, outlet) SELECT @fid, @outlet WHERE @outlet IS NOT NULL
                      ON CONFLICT DO NOTHING RETURNING 1)
             UPDATE facts SET documents = documents + (CASE WHEN (SELECT x FROM had) THEN 0 ELSE 1 END),
               outlets = outlets + (SELECT count(*) FROM outl) WHERE id = @fid`,
          )
        : undefined,
      addMentions: db.prepare(
        `INSERT OR IGNORE INTO mentions (document_id, start_offset, end_offset, surface, entity_id)
         SELECT CAST(? AS INTEGER), CAST(json_extract(value, '$.s') AS INTEGER), CAST(json_extract(value, '$.e') AS INTEGER),
           json_extract(value, '$.t'), json_extract(value, '$.id') FROM json_each(?)`,
      ),
      tieNeighbours: db
        .prepare(
          `SELECT object_id FROM facts WHERE subject_id = ? AND object_id IS NOT NULL
           UNION SELECT subject_id FROM facts WHERE object_id = ? AND subject_id IS NOT NULL`,
        )
        .pluck(),
      placedIn: db
        .prepare(
          `SELECT DISTINCT e.country FROM mentions m2 JOIN entities e ON e.id = m2.entity_id
           WHERE e.type = 'place' AND e.country IS NOT NULL AND m2.document_id IN
             (SELECT DISTINCT document_id FROM mentions WHERE entity_id = ? LIMIT ${NEIGHBOUR_DOCS})`,
        )
        .pluck(),
      coMentions: db
        .prepare(
          `SELECT DISTINCT m2.entity_id FROM mentions m2 WHERE m2.document_id IN
             (SELECT DISTINCT document_id FROM mentions WHERE entity_id = ? LIMIT ${NEIGHBOUR_DOCS})`,
        )
        .pluck(),
      insEntity: db.prepare(
        `INSERT INTO entities (id, type, name, attributes, lat, lon, country, gazetteer_key, mention_count, document_count, first_seen, last_seen)
         VALUES (@id, @type, @name, @attributes, @lat, @lon, @country, @gazetteerKey, @mentions, 1, @seen, @seen)`,
      ),
      updEntity: db.prepare(
        `UPDATE entities SET attributes = @attributes, mention_count = mention_count + @mentions, document_count = document_count + 1,
           gazetteer_key = coalesce(gazetteer_key, @gazetteerKey),
           lat = coalesce(lat, @lat), lon = coalesce(lon, @lon), country = coalesce(country, @country),
           first_seen = CASE WHEN @seen IS NOT NULL AND (first_seen IS NULL OR @seen < first_seen) THEN @seen ELSE first_seen END,
           last_seen = CASE WHEN @seen IS NOT NULL AND (last_seen IS NULL OR @seen > last_seen) THEN @seen ELSE last_seen END
         WHERE id = @id`,
      ),
      addName: db.prepare(
        `INSERT INTO entity_names (entity_id, name, folded, count) VALUES (?, ?, ?, ?)
         ON CONFLICT (entity_id, name) DO UPDATE SET count = count + excluded.count`,
      ),
      rename: db.prepare('UPDATE entities SET name = ? WHERE id = ?'),
      analystNamed: db
        .prepare(
          "SELECT 1 FROM decisions WHERE target = ? AND action = 'rename' AND undone_at IS NULL LIMIT 1",
        )
        .pluck(),
      addKey: db.prepare('INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)'),
      addMerge: db.prepare(
        'INSERT OR REPLACE INTO merges (entity_id, document_id, name, reason, score) VALUES (?, ?, ?, ?, ?)',
      ),
      addCandidate: db.prepare(
        `INSERT INTO candidates (entity_a, entity_b, score, reasons, document_id, created_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (entity_a, entity_b) DO UPDATE SET score = max(score, excluded.score)`,
      ),
      addMention: db.prepare(
        'INSERT OR IGNORE INTO mentions (document_id, start_offset, end_offset, surface, entity_id) VALUES (?, ?, ?, ?, ?)',
      ),
      addQuote: db.prepare(
        `INSERT OR IGNORE INTO quotes (id, document_id, start_offset, end_offset, text, speaker_id, speaker_text, pull_quote)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      // PostgreSQL: a quote, its text's index entry and the entities named inside it in one statement (no answer awaited)
      addQuoteWhole: remote
        ? db.prepare(
            `WITH q AS (INSERT INTO quotes (id, document_id, start_offset, end_offset, text, speaker_id, speaker_text, pull_quote)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING seq, text),
             f AS (INSERT INTO quotes_fts (rowid, tsv) SELECT seq, to_tsvector('simple', unaccent(coalesce(text, ''))) FROM q),
             e AS (INSERT INTO quote_entities (entity_id, quote_seq) SELECT j.value, q.seq FROM q CROSS JOIN json_each(?) j
               ON CONFLICT DO NOTHING RETURNING 1)
             SELECT (SELECT count(*) FROM q) + (SELECT count(*) FROM e)`,
          )
        : undefined,
      addQuoteEntity: db.prepare('INSERT OR IGNORE INTO quote_entities (entity_id, quote_seq) VALUES (?, ?)'),
      quoteFts: db.prepare('INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)'),
      addFact: db.prepare(
        `INSERT OR IGNORE INTO facts (id, kind, type, subject_id, object_id, negated, date_value, date_text, place_id, sort_date)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      addParticipant: db.prepare(
        'INSERT OR IGNORE INTO fact_participants (fact_id, role, entity_id, sort_date) VALUES (?, ?, ?, ?)',
      ),
      sourcedBy: db
        .prepare('SELECT 1 FROM fact_sources WHERE fact_id = ? AND document_id = ? LIMIT 1')
        .pluck(),
      countDocument: db.prepare('UPDATE facts SET documents = documents + 1 WHERE id = ?'),
      addFactOutlet: db.prepare('INSERT OR IGNORE INTO fact_outlets (fact_id, outlet) VALUES (?, ?)'),
      countOutlet: db.prepare('UPDATE facts SET outlets = outlets + 1 WHERE id = ?'),
      addToll: db.prepare(
        `INSERT OR IGNORE INTO fact_tolls (fact_id, kind, min_count, max_count, text, start_offset, end_offset, includes_perpetrators, approximate)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      addFactSource: db.prepare(
        `INSERT OR IGNORE INTO fact_sources (fact_id, document_id, start_offset, end_offset, attributed_to, attributed_entity_id, cue, confidence)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
    };
  }

  exists(id: string): boolean {
    return this.q.docExists.get(id) !== undefined;
  }

  /** True (and the location recorded) when the document is already stored. */
  known(id: string, location: string): boolean {
    const seq = this.q.docExists.get(id) as number | undefined;
    if (seq === undefined) return false;
    put(this.q.addLocation, seq, location, new Date().toISOString());
    return true;
  }

  /** One source of a fact; the fact's document and outlet counts follow. */
  private source(fid: string, doc: number, outlet: string | null, row: unknown[]): void {
    const q = this.q;
    if (this.remote) {
      const [start, end, attributedTo, attributedId, cue, confidence] = row;
      put(q.addSourceCounted!, { fid, doc, outlet, start, end, attributedTo, attributedId, cue, confidence });
      return;
    }
    if (!q.sourcedBy.get(fid, doc)) q.countDocument.run(fid);
    q.addFactSource.run(fid, doc, ...row);
    if (outlet && q.addFactOutlet.run(fid, outlet).changes) q.countOutlet.run(fid);
  }

  write(meta: DocumentMeta, ex: Extraction): IngestResult {
    this.changedKeys.clear();
    this.addedUnder.clear();
    this.late = [];
    const now = new Date().toISOString();
    const unchanged = {
      status: 'unchanged',
      documentId: meta.id,
      entities: 0,
      merged: 0,
      candidates: 0,
    } as const;
    const q = this.q;
    const doc = ex.document;
    const row = {
      id: meta.id,
      title: meta.title ?? doc.title,
      published: meta.published,
      outlet: meta.outlet,
      byline: meta.byline,
      dek: doc.dek ?? null,
      text: doc.text,
      metadata: JSON.stringify(doc.metadata ?? {}),
      extractor: EXTRACTOR_VERSION,
      ingestedAt: now,
    };
    const plans = this.plan(ex);
    let seq: number;
    let pre: Prefetched | undefined;
    if (this.remote) {
      // PostgreSQL: the document's row and everything resolution reads, in one round trip
      if (meta.outlet) put(q.addSource, meta.outlet);
      const head: [Statement, unknown[]] = [
        q.addDocWhole!,
        [{ ...row, ftsTitle: meta.title ?? doc.title ?? '', location: meta.location }],
      ];
      const got = this.prefetch(plans, head);
      if (!got.head.length) {
        // already stored (another location of the same text): record where it was seen
        this.known(meta.id, meta.location);
        return unchanged;
      }
      seq = Number((got.head[0] as { seq: number }).seq);
      pre = got;
    } else {
      if (this.known(meta.id, meta.location)) return unchanged;
      if (meta.outlet) put(q.addSource, meta.outlet);
      seq = Number(q.addDoc.run(row).lastInsertRowid);
      put(q.docFts, seq, meta.title ?? doc.title ?? '', doc.text);
      put(q.addLocation, seq, meta.location, now);
    }

    this.incidents.startDocument();
    const { ids, merged, candidates } = this.resolve(meta, seq, ex, plans, pre);
    if (this.remote) {
      const rows = ex.entities.flatMap((e) =>
        e.mentions.map((m) => ({
          s: m.start,
          e: m.end,
          t: doc.text.slice(m.start, m.end),
          id: ids.get(e.id),
        })),
      );
      if (rows.length) put(q.addMentions, seq, JSON.stringify(rows));
    } else
      for (const e of ex.entities) {
        for (const m of e.mentions)
          q.addMention.run(seq, m.start, m.end, doc.text.slice(m.start, m.end), ids.get(e.id));
      }
    const sid = (x: string | null | undefined) => (x ? (ids.get(x) ?? null) : null);
    for (const quote of ex.quotes) {
      // the resolved entities named inside the quote, each once, in mention order
      const inside = [
        ...new Set(
          ex.entities.flatMap((e) => {
            const id = ids.get(e.id);
            return id && e.mentions.some((m) => m.start >= quote.start && m.end <= quote.end) ? [id] : [];
          }),
        ),
      ];
      const row = [
        quoteId(meta.id, quote.start, quote.end),
        seq,
        quote.start,
        quote.end,
        quote.text,
        sid(quote.speaker),
        quote.speakerText,
        quote.pullQuote ? 1 : 0,
      ] as const;
      if (this.remote) {
        put(q.addQuoteWhole!, ...row, JSON.stringify(inside));
        continue;
      }
      const r = q.addQuote.run(...row);
      if (!r.changes) continue;
      q.quoteFts.run(r.lastInsertRowid, quote.text);
      for (const id of inside) q.addQuoteEntity.run(id, r.lastInsertRowid);
    }
    const relations = ex.relations.flatMap((r) => {
      const s = sid(r.subject);
      const o = sid(r.object);
      return s && o && s !== o ? [{ r, s, o, fid: relationFactId(r.type, s, o, r.negated) }] : [];
    });
    // PostgreSQL: facts other documents also write, in one order (see `late`)
    if (this.remote) relations.sort((a, b) => (a.fid < b.fid ? -1 : a.fid > b.fid ? 1 : 0));
    for (const { r, s, o, fid } of relations) {
      put(q.addFact, fid, 'relation', r.type, s, o, r.negated ? 1 : 0, null, null, null, null);
      const byEntity = r.attributedTo ? ids.get(r.attributedTo) : undefined;
      const attributed = byEntity
        ? (ex.entities.find((e) => e.id === r.attributedTo)?.name ?? null)
        : (r.attributedTo ?? null);
      this.source(fid, seq, meta.outlet, [
        r.evidence.start,
        r.evidence.end,
        attributed,
        byEntity ?? null,
        r.cue ?? null,
        r.confidence ?? null,
      ]);
    }
    let orgSet: Set<string> | undefined;
    const orgs = () => {
      orgSet ??= new Set(
        ex.entities.filter((e) => e.type === 'organization').map((e) => ids.get(e.id) as string),
      );
      return orgSet;
    };
    for (const v of ex.events) {
      const parts = v.participants.map((p) => ({ role: p.role, id: sid(p.entity) })).filter((p) => p.id);
      const fid = eventFactId(
        v.type,
        meta.id,
        v.evidence.start,
        parts.map((p) => `${p.role}:${p.id}`),
      );
      const sortDate = v.date?.value ?? meta.published;
      const agent = parts.find((p) => p.role === 'agent' || p.role === 'speaker')?.id ?? null;
      const patient = parts.find((p) => p.role === 'patient' || p.role === 'recipient')?.id ?? null;
      put(
        q.addFact,
        fid,
        'event',
        v.type,
        agent,
        patient,
        0,
        v.date?.value ?? null,
        v.date?.text ?? null,
        sid(v.place),
        sortDate,
      );
      for (const p of parts) put(q.addParticipant, fid, p.role, p.id, sortDate);
      const place = sid(v.place);
      if (place) put(q.addParticipant, fid, 'place', place, sortDate);
      this.source(fid, seq, meta.outlet, [
        v.evidence.start,
        v.evidence.end,
        null,
        null,
        v.trigger ?? null,
        null,
      ]);
      for (const t of v.toll ?? [])
        put(
          q.addToll,
          fid,
          t.kind,
          t.min,
          t.max,
          t.text,
          t.evidence.start,
          t.evidence.end,
          t.includesPerpetrators ? 1 : 0,
          t.approximate ? 1 : 0,
        );
      // one real event told by many documents: join the incident it agrees with (incidents.ts)
      if (INCIDENT_FAMILY[v.type])
        this.incidents.join({
          fresh: { outlet: meta.outlet, killed: killedRange(v.toll ?? []) },
          factId: fid,
          type: v.type,
          document: seq,
          window: reportWindow(v.date?.value ?? null, meta.published),
          place,
          // named groups only: a person agent ("gunmen", a suspect) is too often the extractor's guess to contradict
          agents: [
            ...new Set(
              parts
                .filter((p) => p.role === 'agent' && orgs().has(p.id as string))
                .map((p) => p.id as string),
            ),
          ],
        });
    }
    this.incidents.finishDocument(seq, meta.published);
    for (const l of this.late.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0)))
      put(l.st, ...l.args);
    this.late = [];
    // Last, so a statement that fails above leaves the cache as it was.
    const here = new Set(ids.values());
    for (const id of here) {
      const set = this.neighbourCache.get(id);
      if (set) for (const other of here) if (other !== id) set.add(other);
    }
    return { status: 'new', documentId: meta.id, entities: ex.entities.length, merged, candidates };
  }

  /** The key's entities (the first CROWDED_KEY + 1) of each key: one statement on PostgreSQL. */
  private keyEntities(keys: string[]): Map<string, string[]> {
    const out = new Map<string, string[]>();
    if (!this.remote || keys.length < 2) {
      for (const k of keys) out.set(k, this.q.byKeyFew.all(k) as string[]);
      return out;
    }
    for (const r of this.q.byKeysFew!.all(JSON.stringify(keys)) as { key: string; id: string }[]) {
      const list = out.get(r.key) ?? [];
      list.push(r.id);
      out.set(r.key, list);
    }
    return out;
  }

  /**
   * On PostgreSQL, before resolving a document: what every entity's lookups would read,
   * in two round trips (the gazetteer entries and key lists of all its entities, then the
   * rows and names of all their candidates). The document's own writes cannot change
   * what a later entity reads of them: an entity it has already resolved is claimed, and
   * claimed entities are never judged again; resolve() adds the ids it writes under keys
   * itself, so that key lists and crowding stay as one-by-one reads would see them.
   */
  private prefetch(plans: Plan[], head: [Statement, unknown[]]): Prefetched & { head: unknown[] } {
    const gaz = plans.filter((p) => p.gazetteerKey).map((p) => ({ t: p.type, g: p.gazetteerKey }));
    const keys = [...new Set(plans.flatMap((p) => p.keys))];
    const gazetteer = new Map<string, string[]>();
    const keyed = new Map<string, string[]>();
    const rows = new Map<string, EntityRow>();
    if (!gaz.length && !keys.length) return { gazetteer, keyed, rows, head: head[0].all(...head[1]) };
    const k = JSON.stringify(keys);
    const g = JSON.stringify(gaz);
    const [headRows, gazRows, keyRows, rowList, nameList] = allOf(this.db, [
      head,
      [this.q.byGazetteers, [g]],
      [this.q.byKeysFew!, [k]],
      [this.q.candidateRows!, [k, g]],
      [this.q.candidateNames!, [k, g]],
    ]) as [
      unknown[],
      { type: string; key: string; id: string }[],
      { key: string; id: string }[],
      EntityRow[],
      { id: string; name: string }[],
    ];
    const add = (m: Map<string, string[]>, k: string, id: string) => {
      const l = m.get(k);
      if (l) l.push(id);
      else m.set(k, [id]);
    };
    for (const r of gazRows) add(gazetteer, `${r.type}\u0000${r.key}`, r.id);
    for (const r of keyRows) add(keyed, r.key, r.id);
    const names = new Map<string, string[]>();
    for (const r of nameList) add(names, r.id, r.name);
    for (const r of rowList) {
      rows.set(r.id, r);
      this.remember(r, names.get(r.id) ?? []);
    }
    return { gazetteer, keyed, rows, head: headRows };
  }

  /**
   * On PostgreSQL, the rows of a candidate pool and the names of those not cached (or
   * changed since); on SQLite none (known_ reads each row itself). The rows and the
   * names of entities not cached at all go in one round trip; names of cached entities
   * whose row changed in a second.
   */
  private entityRows(ids: string[]): Map<string, EntityRow> | undefined {
    if (!this.remote || !ids.length) return undefined;
    const unseen = ids.filter((id) => !this.knownCache.has(id));
    const list: [Statement, unknown[]][] = [[this.q.entitiesIn, [JSON.stringify(ids)]]];
    if (unseen.length) list.push([this.q.namesIn, [JSON.stringify(unseen)]]);
    const [rowList, nameList] = allOf(this.db, list) as [EntityRow[], { id: string; name: string }[]?];
    const rows = new Map(rowList.map((r) => [r.id, r] as const));
    const names = new Map<string, string[]>();
    const take = (list: { id: string; name: string }[]) => {
      for (const { id, name } of list) {
        const l = names.get(id);
        if (l) l.push(name);
        else names.set(id, [name]);
      }
    };
    if (nameList) take(nameList);
    const fresh = new Set(unseen);
    const stale = [...rows.values()].filter(
      (r) => !fresh.has(r.id) && this.knownCache.get(r.id)?.stamp !== stampOf(r),
    );
    if (stale.length)
      take(this.q.namesIn.all(JSON.stringify(stale.map((r) => r.id))) as { id: string; name: string }[]);
    for (const r of [...stale, ...rowList.filter((r) => fresh.has(r.id))])
      this.remember(r, names.get(r.id) ?? []);
    return rows;
  }

  private remember(row: EntityRow, names: string[]): { stamp: string; names: string[]; roles: string[] } {
    if (this.knownCache.size >= KNOWN_CACHE_MAX) this.knownCache.clear();
    const facts = { stamp: stampOf(row), names, roles: rolesOf(JSON.parse(row.attributes)) };
    this.knownCache.set(row.id, facts);
    return facts;
  }

  private known_(id: string, rows?: Map<string, EntityRow>): Known | undefined {
    const row = rows ? rows.get(id) : (this.q.entity.get(id) as EntityRow | undefined);
    if (!row) return undefined;
    const stamp = stampOf(row);
    let facts = this.knownCache.get(id);
    if (!facts || facts.stamp !== stamp) facts = this.remember(row, this.q.names.all(id) as string[]);
    const neighbours = () => {
      let cached = this.neighbourCache.get(id);
      if (!cached) {
        if (this.neighbourCache.size >= NEIGHBOUR_CACHE_MAX) this.neighbourCache.clear();
        // one round trip on PostgreSQL
        const [ties, co] = allOf(this.db, [
          [this.q.tieNeighbours, [id, id]],
          [this.q.coMentions, [id]],
        ]) as [string[], string[]];
        cached = new Set<string>([...ties, ...co]);
        cached.delete(id);
        this.neighbourCache.set(id, cached);
      }
      return cached;
    };
    return {
      placedIn: () => this.placedIn(id, `${row.mention_count}:${row.document_count}`),
      id,
      type: row.type,
      names: facts.names,
      gazetteerKey: row.gazetteer_key,
      country: row.country,
      roles: facts.roles,
      neighbours,
    };
  }

  /** The countries of the places named in the entity's first documents (cached while its counts hold). */
  private placedIn(id: string, counts: string): Set<string> {
    const cached = this.placedInCache.get(id);
    if (cached && cached.counts === counts) return cached.countries;
    if (this.placedInCache.size >= NEIGHBOUR_CACHE_MAX) this.placedInCache.clear();
    const countries = new Set(this.q.placedIn.all(id) as string[]);
    this.placedInCache.set(id, { counts, countries });
    return countries;
  }

  /** Each entity's names, gazetteer entry and blocking keys, in resolution order. */
  private plan(ex: Extraction): Plan[] {
    const ordered = [...ex.entities].sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type));
    return ordered.map((e) => {
      const names = [e.name, ...e.aliases];
      return {
        e,
        type: e.type,
        names,
        gazetteerKey: gazetteerKeyOf(e.type, names, e.geo),
        keys: [...new Set(names.flatMap((n) => indexKeys(e.type, n)))],
        hubs: hubKeys(e.type, names),
      };
    });
  }

  private resolve(
    meta: DocumentMeta,
    seq: number,
    ex: Extraction,
    plans: Plan[],
    pre: Prefetched | undefined,
  ): { ids: Map<string, string>; merged: number; candidates: number } {
    const q = this.q;
    const ids = new Map<string, string>();
    const claimed = new Set<string>();
    let merged = 0;
    let candidates = 0;
    // Where this article's people are: the countries of the places it names.
    const placedIn = new Set<string>();
    for (const e of ex.entities) if (e.type === 'place' && e.geo?.country) placedIn.add(e.geo.country);
    const now = new Date().toISOString();
    for (const { e, names, gazetteerKey, keys, hubs } of plans) {
      const inc: Incoming = {
        type: e.type,
        names,
        gazetteerKey,
        country: e.geo?.country ?? null,
        roles: rolesOf(e.attributes),
        context: new Set(ids.values()),
        placedIn,
      };
      // Entities sharing more blocking keys are likelier referents; judge those first.
      const hits = new Map<string, number>();
      /** the hub keys (resolve.ts hubKeys) that alone proposed an entity, where no other did */
      const viaHub = new Map<string, string[]>();
      const named = new Set<string>();
      const propose = (id: string, k: string | null) => {
        if (k && hubs.keys.has(k) && !named.has(id)) {
          const l = viaHub.get(id);
          if (l) l.push(k);
          else viaHub.set(id, [k]);
        } else {
          named.add(id);
          viaHub.delete(id);
        }
      };
      if (gazetteerKey)
        for (const id of pre
          ? (pre.gazetteer.get(`${e.type}\u0000${gazetteerKey}`) ?? [])
          : (q.byGazetteer.all(e.type, gazetteerKey) as string[])) {
          hits.set(id, 1000);
          propose(id, null);
        }
      const crowded: string[] = [];
      const keyed = pre?.keyed ?? this.keyEntities(keys);
      for (const k of keys) {
        const few = keyed.get(k) ?? [];
        if (few.length > CROWDED_KEY) crowded.push(k);
        else
          for (const id of few) {
            hits.set(id, (hits.get(id) ?? 0) + 1);
            propose(id, k);
          }
      }
      // Crowded keys are read when no key proposed anyone (those left out below count).
      const proposed = hits.size > 0;
      // A person with a full name whom one given name's keys alone propose is apart (hubKeys): not judged.
      const apart = (id: string, k: Known | undefined) => {
        const via = viaHub.get(id);
        return !!via && !!k && hubs.tokens.some((t) => via.every((x) => t.has(x))) && hasFullName(k.names);
      };
      let rows = pre?.rows;
      if (viaHub.size) {
        const only = [...viaHub.keys()].filter((id) => !claimed.has(id));
        const unread = pre ? only.filter((id) => !pre.rows.has(id)) : [];
        if (pre && unread.length) rows = new Map([...pre.rows, ...(this.entityRows(unread) ?? [])]);
        for (const id of only) if (apart(id, this.known_(id, rows))) hits.delete(id);
      }
      if (!proposed)
        for (const k of crowded)
          for (const id of q.byKey.all(k) as string[]) {
            hits.set(id, (hits.get(id) ?? 0) + 1);
            propose(id, k);
          }
      const pool = [...hits.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, MAX_CANDIDATES)
        .map(([id]) => id);
      let best: { id: string; score: number; reasons: string[] } | undefined;
      const doubtful: { id: string; score: number; reasons: string[] }[] = [];
      const read = rows;
      const unread = read ? pool.filter((id) => !claimed.has(id) && !read.has(id)) : [];
      if (read && unread.length) rows = new Map([...read, ...(this.entityRows(unread) ?? [])]);
      for (const id of pool) {
        // The extractor already decided what is one entity within this document.
        if (claimed.has(id)) continue;
        const k = this.known_(id, rows);
        if (!k) continue;
        // in the crowded fallback too
        if (viaHub.size && apart(id, k)) continue;
        const v = judge(inc, k);
        if (v.decision === 'merge' && (!best || v.score > best.score)) {
          if (best) doubtful.push(best);
          best = { id, score: v.score, reasons: v.reasons };
        } else if (v.decision !== 'apart') doubtful.push({ id, score: v.score, reasons: v.reasons });
      }
      // An acronym that expands to two known groups equally well names neither for sure.
      const top = best?.score ?? 2;
      if (best && /^acronym/.test(best.reasons[0] ?? '') && doubtful.some((d) => d.score >= top - 0.02)) {
        doubtful.push(best);
        best = undefined;
      }
      let id = best?.id ?? entityId(e.type, e.name, meta.id);
      // Two entities of one document with one type and name (kept apart by an analyst's split, or
      // by the file an import reads) get distinct ids, still deterministic in document order.
      for (let n = 2; !best && claimed.has(id); n++) id = entityId(e.type, e.name, `${meta.id}\u0000${n}`);
      this.upsertEntity(id, e, !best, gazetteerKey, meta, ex.document.text, rows?.get(id));
      if (best) {
        merged++;
        put(q.addMerge, id, seq, e.name, best.reasons.join('; '), best.score);
      }
      for (const d of doubtful) {
        if (d.id === id) continue;
        const [a, b] = d.id < id ? [d.id, id] : [id, d.id];
        this.later(
          `c\u0000${a}\u0000${b}`,
          q.addCandidate,
          a,
          b,
          d.score,
          JSON.stringify(d.reasons),
          seq,
          now,
        );
        candidates++;
      }
      ids.set(e.id, id);
      claimed.add(id);
      if (pre) {
        // what one-by-one reads would now see under this entity's keys and gazetteer entry
        const own = [
          ...new Set([
            e.name,
            ...e.aliases,
            ...e.mentions.map((m) => ex.document.text.slice(m.start, m.end)),
          ]),
        ];
        for (const k of new Set(own.flatMap((n) => indexKeys(e.type, n)))) {
          const l = pre.keyed.get(k);
          if (!l) pre.keyed.set(k, [id]);
          else if (!l.includes(id) && l.length <= CROWDED_KEY) l.push(id);
        }
        if (gazetteerKey && !best) {
          const g = `${e.type}\u0000${gazetteerKey}`;
          const l = pre.gazetteer.get(g);
          if (!l) pre.gazetteer.set(g, [id]);
          else if (!l.includes(id)) l.push(id);
        }
      }
    }
    return { ids, merged, candidates };
  }

  /** On PostgreSQL a write sent with the late ones (in `order`); on SQLite at once. */
  private later(order: string, st: Statement, ...args: unknown[]): void {
    if (this.remote) this.late.push({ order, st, args });
    else put(st, ...args);
  }

  /**
   * Notes the lock keys of an entity whose names or facts other documents' resolution reads.
   * `lone`: a person with no full name (now or before the change), whom resolution judges
   * even where only a hub key proposes it: its `lone:` keys change as well (resolve.ts hubKeys).
   */
  private changed(type: EntityType, names: string[], gazetteer: (string | null)[], lone: boolean): void {
    const keys = new Set(names.flatMap((n) => indexKeys(type, n)));
    for (const k of keys) {
      this.changedKeys.add(`key:${k}`);
      if (lone) this.changedKeys.add(`lone:${k}`);
      this.addedUnder.set(k, (this.addedUnder.get(k) ?? 0) + 1);
    }
    for (const p of givenPairs(type, names)) this.changedKeys.add(p);
    for (const g of gazetteer) if (g) this.changedKeys.add(`gaz:${type}:${g}`);
  }

  private upsertEntity(
    id: string,
    e: ExtractedEntity,
    isNew: boolean,
    gazetteerKey: string | null,
    meta: DocumentMeta,
    text: string,
    known?: EntityRow,
  ): void {
    const q = this.q;
    const row = {
      id,
      type: e.type,
      name: e.name,
      lat: e.geo?.lat ?? null,
      lon: e.geo?.lon ?? null,
      country: e.geo?.country ?? null,
      gazetteerKey,
      mentions: e.mentions.length,
      seen: meta.published,
      attributes: '',
    };
    if (isNew) {
      row.attributes = JSON.stringify(e.attributes ?? {});
      put(q.insEntity, row);
    } else {
      // the row as the candidate pool read it, in this transaction (PostgreSQL), else read now
      const old = known ?? (q.entity.get(id) as EntityRow);
      row.attributes = JSON.stringify(mergeAttributes(JSON.parse(old.attributes), e.attributes ?? {}));
      this.later(`e\u0000${id}`, q.updEntity, row);
      // The canonical name is the fullest form seen: an expansion replaces an acronym.
      // ...unless an analyst named it (a standing rename decision).
      const renamed =
        isAcronymLike(old.name) && !isAcronymLike(e.name) && !q.analystNamed.get(`entity:${id}`);
      if (renamed) this.later(`e\u0000${id}\u0001`, q.rename, e.name, id);
      if (this.remote) {
        const before = this.knownCache.get(id)?.names;
        const grew =
          !before ||
          renamed ||
          row.attributes !== JSON.stringify(JSON.parse(old.attributes)) ||
          (!old.gazetteer_key && !!gazetteerKey) ||
          (!old.country && !!row.country) ||
          [e.name, ...e.aliases, ...e.mentions.map((m) => text.slice(m.start, m.end))].some(
            (n) => !before.includes(n),
          );
        if (grew) {
          const names = new Set([...(before ?? []), old.name, e.name, ...e.aliases]);
          for (const m of e.mentions) names.add(text.slice(m.start, m.end));
          const lone = e.type === 'person' && (!before || !hasFullName([...before, old.name]));
          this.changed(e.type, [...names], [old.gazetteer_key, gazetteerKey], lone);
        }
      }
    }
    if (isNew && this.remote) {
      const names = [
        ...new Set([e.name, ...e.aliases, ...e.mentions.map((m) => text.slice(m.start, m.end))]),
      ];
      this.changed(e.type, names, [gazetteerKey], e.type === 'person' && !hasFullName(names));
    }
    // Spelling counts come from the mentions' surfaces; names never seen in the text still count once.
    const counts = new Map<string, number>();
    for (const m of e.mentions) {
      const s = text.slice(m.start, m.end);
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    for (const n of [e.name, ...e.aliases]) if (!counts.has(n)) counts.set(n, 0);
    if (this.remote) {
      const named = [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      const keys = [...new Set(named.flatMap(([n]) => indexKeys(e.type, n)))].sort();
      // a new entity's rows go first (facts and mentions point at it); a known one's with the late updates
      const write = (order: string, st: Statement, ...args: unknown[]) =>
        isNew ? put(st, ...args) : this.later(order, st, ...args);
      write(
        `e\u0000${id}\u0002`,
        q.addNames,
        id,
        JSON.stringify(named.map(([n, c]) => ({ n, f: foldKey(n), c }))),
      );
      if (keys.length) write(`e\u0000${id}\u0003`, q.addKeys, id, JSON.stringify(keys));
    } else
      for (const [n, c] of counts) {
        q.addName.run(id, n, foldKey(n), c);
        for (const k of indexKeys(e.type, n)) q.addKey.run(k, id);
      }
  }
}
