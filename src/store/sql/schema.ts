// Versioned migrations. Each entry moves a database from version-1 to version;
// a database is never rebuilt, only moved forward. SQL is kept to what
// PostgreSQL also accepts (TEXT/INTEGER/REAL, CHECK, FOREIGN KEY, plain indexes);
// the SQLite-only parts (FTS5, PRAGMAs) are marked and will have PostgreSQL
// counterparts (tsvector) in that backend's own migrations.

export interface Migration {
  version: number;
  what: string;
  sql: string;
  /** SQLite-only statements after `sql` (triggers); PostgreSQL's counterparts are in pg/store.ts */
  sqlite?: string;
}

/** "doss" as a big-endian int32: written in the SQLite header so foreign files are told apart. */
export const APPLICATION_ID = 0x646f7373;

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    what: 'documents, entities, mentions, facts, quotes, sources; FTS5 over articles and quotes',
    sql: `
CREATE TABLE sources (
  outlet TEXT PRIMARY KEY,
  reliability TEXT CHECK (reliability IS NULL OR reliability IN ('A','B','C','D','E','F')),
  credibility INTEGER CHECK (credibility IS NULL OR credibility BETWEEN 1 AND 6),
  graded_by TEXT,
  graded_at TEXT
);
CREATE TABLE documents (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT,
  published TEXT,
  outlet TEXT REFERENCES sources(outlet),
  byline TEXT,
  dek TEXT,
  text TEXT NOT NULL,
  metadata TEXT NOT NULL DEFAULT '{}',
  extractor TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_outlet ON documents(outlet);
-- Child tables point at documents by their integer key (documents.seq), not
-- the 64-character content hash: a fifth of the database at scale.
-- WITHOUT ROWID (SQLite only; a PostgreSQL migration drops the clause) keeps
-- each such table in its primary-key b-tree with no second copy.
CREATE TABLE locations (
  document_id INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  location TEXT NOT NULL,
  added_at TEXT NOT NULL,
  PRIMARY KEY (document_id, location)
) WITHOUT ROWID;
CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL CHECK (type IN ('person','organization','place','handle')),
  name TEXT NOT NULL,
  attributes TEXT NOT NULL DEFAULT '{}',
  lat REAL,
  lon REAL,
  country TEXT,
  gazetteer_key TEXT,
  mention_count INTEGER NOT NULL DEFAULT 0,
  document_count INTEGER NOT NULL DEFAULT 0,
  first_seen TEXT,
  last_seen TEXT
);
CREATE INDEX entities_gazetteer ON entities(type, gazetteer_key);
CREATE TABLE entity_names (
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  folded TEXT NOT NULL,
  count INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (entity_id, name)
) WITHOUT ROWID;
CREATE INDEX entity_names_folded ON entity_names(folded);
-- Blocking index: nameSimilarity only runs against entities sharing a key.
CREATE TABLE entity_keys (
  key TEXT NOT NULL,
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  PRIMARY KEY (key, entity_id)
) WITHOUT ROWID;
CREATE TABLE mentions (
  document_id INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  surface TEXT NOT NULL,
  entity_id TEXT NOT NULL REFERENCES entities(id),
  PRIMARY KEY (document_id, start_offset, end_offset)
) WITHOUT ROWID;
CREATE INDEX mentions_entity ON mentions(entity_id, document_id);
-- Relations (subject/object) and events (participants below). A relation's id
-- hashes its content, so the same tie from two documents is one fact with two
-- sources; documents and outlets count them (kept on write, read in O(1)).
CREATE TABLE facts (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('relation','event')),
  type TEXT NOT NULL,
  subject_id TEXT REFERENCES entities(id),
  object_id TEXT REFERENCES entities(id),
  negated INTEGER NOT NULL DEFAULT 0,
  date_value TEXT,
  date_text TEXT,
  place_id TEXT REFERENCES entities(id),
  sort_date TEXT,
  documents INTEGER NOT NULL DEFAULT 0,
  outlets INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX facts_subject ON facts(subject_id, type);
CREATE INDEX facts_object ON facts(object_id, type);
CREATE INDEX facts_kind_date ON facts(kind, sort_date);
-- Event participants, the place included (role 'place'), with the event's date
-- so an entity's latest events come straight off the index.
CREATE TABLE fact_participants (
  fact_id TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  entity_id TEXT NOT NULL REFERENCES entities(id),
  sort_date TEXT,
  PRIMARY KEY (fact_id, role, entity_id)
) WITHOUT ROWID;
CREATE INDEX fact_participants_entity ON fact_participants(entity_id, sort_date);
CREATE TABLE fact_sources (
  fact_id TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  attributed_to TEXT,
  attributed_entity_id TEXT REFERENCES entities(id),
  cue TEXT,
  confidence REAL,
  PRIMARY KEY (fact_id, document_id, start_offset)
) WITHOUT ROWID;
CREATE INDEX fact_sources_document ON fact_sources(document_id);
CREATE TABLE fact_outlets (
  fact_id TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
  outlet TEXT NOT NULL,
  PRIMARY KEY (fact_id, outlet)
) WITHOUT ROWID;
CREATE TABLE quotes (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  document_id INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  speaker_id TEXT REFERENCES entities(id),
  speaker_text TEXT,
  pull_quote INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX quotes_document ON quotes(document_id, start_offset);
CREATE INDEX quotes_speaker ON quotes(speaker_id, document_id);
-- Entities named inside each quote (filled on write), so "quotes about" is an index range.
CREATE TABLE quote_entities (
  entity_id TEXT NOT NULL REFERENCES entities(id),
  quote_seq INTEGER NOT NULL REFERENCES quotes(seq) ON DELETE CASCADE,
  PRIMARY KEY (entity_id, quote_seq)
) WITHOUT ROWID;
-- Automatic merges: why an extracted entity joined an existing one.
CREATE TABLE merges (
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  name TEXT NOT NULL,
  reason TEXT NOT NULL,
  score REAL NOT NULL,
  PRIMARY KEY (entity_id, document_id, name)
) WITHOUT ROWID;
-- SQLite only: FTS5 over external content (PostgreSQL: a tsvector column).
CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text, content='documents', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE quotes_fts USING fts5(
  text, content='quotes', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
);
`,
  },
  {
    version: 2,
    what: 'doubtful merge candidates for the analyst; analyst decisions stored apart from machine output',
    sql: `
CREATE TABLE candidates (
  entity_a TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  entity_b TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  score REAL NOT NULL,
  reasons TEXT NOT NULL,
  document_id INTEGER REFERENCES documents(seq) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (entity_a, entity_b)
);
-- Decisions name their targets by content (names, fact content hashes) as
-- well as by id, so they can be re-applied after a re-extraction mints new ids.
CREATE TABLE decisions (
  id INTEGER PRIMARY KEY,
  action TEXT NOT NULL CHECK (action IN ('merge','split','rename','confirm','reject')),
  target TEXT NOT NULL,
  args TEXT NOT NULL DEFAULT '{}',
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  undone_by TEXT,
  undone_at TEXT
);
CREATE INDEX decisions_target ON decisions(target);
`,
  },
  {
    version: 3,
    what: "an entity's ties by type, best-attested first, straight off an index (profiles of hubs)",
    sql: `
CREATE INDEX facts_subject_rank ON facts(subject_id, kind, type, documents);
CREATE INDEX facts_object_rank ON facts(object_id, kind, type, documents);
DROP INDEX facts_subject;
DROP INDEX facts_object;
`,
  },
  {
    version: 4,
    what: "analyst corrections beyond merge/split: an entity's type, a tie or event added, a fact edited",
    // A CHECK cannot be altered in SQLite: the table is copied into its wider self (ids kept).
    sql: `
CREATE TABLE decisions_v4 (
  id INTEGER PRIMARY KEY,
  action TEXT NOT NULL CHECK (action IN ('merge','split','rename','confirm','reject','retype','add','edit')),
  target TEXT NOT NULL,
  args TEXT NOT NULL DEFAULT '{}',
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  undone_by TEXT,
  undone_at TEXT
);
INSERT INTO decisions_v4 SELECT id, action, target, args, decided_by, decided_at, undone_by, undone_at FROM decisions;
DROP TABLE decisions;
ALTER TABLE decisions_v4 RENAME TO decisions;
CREATE INDEX decisions_target ON decisions(target);
`,
  },
  {
    version: 5,
    what: 'monitoring: feeds and the items seen in them, alert rules and the alerts they raised',
    sql: `
CREATE TABLE feeds (
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  name TEXT,
  every_s INTEGER NOT NULL,
  allow_private INTEGER NOT NULL DEFAULT 0,
  added_at TEXT NOT NULL,
  etag TEXT,
  last_modified TEXT,
  last_fetch TEXT,
  last_status INTEGER,
  last_error TEXT,
  errors INTEGER NOT NULL DEFAULT 0,
  next_poll TEXT NOT NULL,
  items_seen INTEGER NOT NULL DEFAULT 0
);
-- One row per item ever ingested from a feed: its identity (GUID, else normalised
-- link, else content hash) and the hash of what it said, so a changed item is seen.
CREATE TABLE feed_items (
  feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
  item_key TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  document_id TEXT,
  link TEXT,
  title TEXT,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (feed_id, item_key)
);
CREATE TABLE alert_rules (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('entity','query','tie-type','screening')),
  target TEXT,
  on_kinds TEXT NOT NULL,
  webhook TEXT,
  secret TEXT,
  created_at TEXT NOT NULL
);
-- An alert is one rule and one document: the UNIQUE key is what makes it fire once.
-- rule_name is kept so an alert outlives its rule.
CREATE TABLE alerts (
  id INTEGER PRIMARY KEY,
  rule_id INTEGER NOT NULL,
  rule_name TEXT NOT NULL,
  document_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  read_at TEXT,
  payload TEXT NOT NULL,
  delivered_at TEXT,
  delivery_attempts INTEGER NOT NULL DEFAULT 0,
  delivery_error TEXT,
  UNIQUE (rule_id, document_id)
);
CREATE INDEX alerts_unread ON alerts(read_at, id);
`,
  },
  {
    version: 6,
    what: 'the toll of each event; incidents: reports of one real event across documents, joined on ingest',
    sql: `
-- The counts an event's sentence states (docs/toll.md), each cited to its words.
CREATE TABLE fact_tolls (
  fact_id TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('killed','wounded','arrested','kidnapped')),
  min_count INTEGER,
  max_count INTEGER,
  text TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  includes_perpetrators INTEGER NOT NULL DEFAULT 0,
  approximate INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (fact_id, kind, start_offset)
) WITHOUT ROWID;
-- One real event and what its reports agree on (docs/incidents.md). date_lo..date_hi is the
-- day window every dated report allows; the (family, date_lo) index is the ingest join.
CREATE TABLE incidents (
  id TEXT PRIMARY KEY,
  family TEXT NOT NULL,
  type TEXT NOT NULL,
  date_lo TEXT,
  date_hi TEXT,
  dated INTEGER NOT NULL DEFAULT 0,
  place_id TEXT REFERENCES entities(id) ON DELETE SET NULL,
  agents TEXT NOT NULL DEFAULT '[]',
  reports INTEGER NOT NULL DEFAULT 0,
  documents INTEGER NOT NULL DEFAULT 0,
  outlets INTEGER NOT NULL DEFAULT 0,
  killed_min INTEGER,
  killed_max INTEGER,
  -- every report recalls it in passing (an article about a later incident)
  background INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE INDEX incidents_family_date ON incidents(family, date_lo);
CREATE INDEX incidents_date ON incidents(background, date_lo);
-- Each report (an event fact of one document) in its incident, with the window, place and
-- agents it was compared on and which fields agreed when it joined.
CREATE TABLE incident_reports (
  fact_id TEXT PRIMARY KEY REFERENCES facts(id) ON DELETE CASCADE,
  incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  date_lo TEXT,
  date_hi TEXT,
  dated INTEGER NOT NULL DEFAULT 0,
  place_id TEXT,
  agents TEXT NOT NULL DEFAULT '[]',
  joined_by TEXT NOT NULL,
  agreed TEXT NOT NULL DEFAULT '{}',
  background INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX incident_reports_incident ON incident_reports(incident_id);
CREATE INDEX incident_reports_document ON incident_reports(document_id);
`,
  },
  {
    version: 7,
    what: "an entity's top ties of a type and their count straight off the index (hubs' profiles)",
    // The page order is documents DESC, then id: with id in the index a hub's page is
    // read in order and stops at the limit, instead of sorting every tie of that type
    // (most share documents = 1) by id; subject_id makes the count a covering scan.
    sql: `
CREATE INDEX facts_subject_top ON facts(subject_id, kind, type, documents DESC, id);
CREATE INDEX facts_object_top ON facts(object_id, kind, type, documents DESC, id, subject_id);
DROP INDEX facts_subject_rank;
DROP INDEX facts_object_rank;
`,
  },
  {
    version: 8,
    what: "an entity's tie counts per type kept on write (hubs' profiles)",
    // A profile's tie totals were a count over all of the entity's ties: thousands for a
    // hub, on every read. Triggers keep them on every write to facts (ingest, merges,
    // decisions, undo, reextract, copy): one row per (entity, type), as the old count
    // (a tie to itself counted once).
    sql: `
CREATE TABLE tie_counts (
  entity_id TEXT NOT NULL,
  type TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (entity_id, type)
) WITHOUT ROWID;
INSERT INTO tie_counts (entity_id, type, n)
  SELECT entity_id, type, count(*) FROM (
    SELECT subject_id AS entity_id, type FROM facts WHERE kind = 'relation' AND subject_id IS NOT NULL
    UNION ALL SELECT object_id, type FROM facts WHERE kind = 'relation' AND object_id <> subject_id
  ) AS t GROUP BY entity_id, type;
`,
    sqlite: `
CREATE TRIGGER facts_tie_counts_insert AFTER INSERT ON facts WHEN NEW.kind = 'relation' BEGIN
  INSERT INTO tie_counts (entity_id, type, n) SELECT NEW.subject_id, NEW.type, 1 WHERE NEW.subject_id IS NOT NULL
    ON CONFLICT (entity_id, type) DO UPDATE SET n = n + 1;
  INSERT INTO tie_counts (entity_id, type, n) SELECT NEW.object_id, NEW.type, 1 WHERE NEW.object_id <> NEW.subject_id
    ON CONFLICT (entity_id, type) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER facts_tie_counts_delete AFTER DELETE ON facts WHEN OLD.kind = 'relation' BEGIN
  UPDATE tie_counts SET n = n - 1 WHERE type = OLD.type
    AND (entity_id = OLD.subject_id OR (entity_id = OLD.object_id AND OLD.object_id <> OLD.subject_id));
  DELETE FROM tie_counts WHERE type = OLD.type AND entity_id IN (OLD.subject_id, OLD.object_id) AND n <= 0;
END;
CREATE TRIGGER facts_tie_counts_update AFTER UPDATE OF kind, type, subject_id, object_id ON facts
WHEN (OLD.kind = 'relation' OR NEW.kind = 'relation') AND (OLD.kind IS NOT NEW.kind OR OLD.type IS NOT NEW.type
  OR OLD.subject_id IS NOT NEW.subject_id OR OLD.object_id IS NOT NEW.object_id) BEGIN
  UPDATE tie_counts SET n = n - 1 WHERE OLD.kind = 'relation' AND type = OLD.type
    AND (entity_id = OLD.subject_id OR (entity_id = OLD.object_id AND OLD.object_id <> OLD.subject_id));
  DELETE FROM tie_counts WHERE OLD.kind = 'relation' AND type = OLD.type AND entity_id IN (OLD.subject_id, OLD.object_id)
    AND n <= 0;
  INSERT INTO tie_counts (entity_id, type, n) SELECT NEW.subject_id, NEW.type, 1
    WHERE NEW.kind = 'relation' AND NEW.subject_id IS NOT NULL
    ON CONFLICT (entity_id, type) DO UPDATE SET n = n + 1;
  INSERT INTO tie_counts (entity_id, type, n) SELECT NEW.object_id, NEW.type, 1
    WHERE NEW.kind = 'relation' AND NEW.object_id <> NEW.subject_id
    ON CONFLICT (entity_id, type) DO UPDATE SET n = n + 1;
END;
`,
  },
  {
    version: 9,
    what: "an entity's incidents in date order kept on write (hubs' profiles)",
    // Which incidents an entity is in (a participant of one of their reports), with the
    // incident's order keys, so its latest incidents come off an index instead of joining
    // every participation of a hub to its report. Kept by triggers on fact_participants,
    // incident_reports and incidents. Only membership is kept (no count): each trigger
    // checks what is still there, so the order in which cascades delete rows (facts →
    // participants and reports) does not matter. undated: 1 when date_lo is null;
    // date_key: date_lo or ''.
    sql: `
CREATE TABLE entity_incidents (
  entity_id TEXT NOT NULL,
  incident_id TEXT NOT NULL,
  undated INTEGER NOT NULL,
  date_key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (entity_id, incident_id)
) WITHOUT ROWID;
CREATE INDEX entity_incidents_latest ON entity_incidents(entity_id, undated, date_key, created_at, incident_id);
CREATE INDEX entity_incidents_incident ON entity_incidents(incident_id, entity_id);
INSERT INTO entity_incidents (entity_id, incident_id, undated, date_key, created_at)
  SELECT DISTINCT p.entity_id, r.incident_id, CASE WHEN i.date_lo IS NULL THEN 1 ELSE 0 END, coalesce(i.date_lo, ''),
         i.created_at
  FROM fact_participants p JOIN incident_reports r ON r.fact_id = p.fact_id JOIN incidents i ON i.id = r.incident_id;
`,
    sqlite: `
CREATE TRIGGER participants_incidents_insert AFTER INSERT ON fact_participants BEGIN
  INSERT OR IGNORE INTO entity_incidents (entity_id, incident_id, undated, date_key, created_at)
    SELECT NEW.entity_id, r.incident_id, CASE WHEN i.date_lo IS NULL THEN 1 ELSE 0 END, coalesce(i.date_lo, ''), i.created_at
    FROM incident_reports r JOIN incidents i ON i.id = r.incident_id WHERE r.fact_id = NEW.fact_id;
END;
CREATE TRIGGER participants_incidents_delete AFTER DELETE ON fact_participants BEGIN
  DELETE FROM entity_incidents WHERE entity_id = OLD.entity_id
    AND incident_id IN (SELECT incident_id FROM incident_reports WHERE fact_id = OLD.fact_id)
    AND NOT EXISTS (SELECT 1 FROM incident_reports r WHERE r.incident_id = entity_incidents.incident_id
      AND EXISTS (SELECT 1 FROM fact_participants p WHERE p.fact_id = r.fact_id AND p.entity_id = OLD.entity_id));
END;
CREATE TRIGGER participants_incidents_update AFTER UPDATE OF fact_id, entity_id ON fact_participants
WHEN OLD.fact_id IS NOT NEW.fact_id OR OLD.entity_id IS NOT NEW.entity_id BEGIN
  DELETE FROM entity_incidents WHERE entity_id = OLD.entity_id
    AND incident_id IN (SELECT incident_id FROM incident_reports WHERE fact_id = OLD.fact_id)
    AND NOT EXISTS (SELECT 1 FROM incident_reports r WHERE r.incident_id = entity_incidents.incident_id
      AND EXISTS (SELECT 1 FROM fact_participants p WHERE p.fact_id = r.fact_id AND p.entity_id = OLD.entity_id));
  INSERT OR IGNORE INTO entity_incidents (entity_id, incident_id, undated, date_key, created_at)
    SELECT NEW.entity_id, r.incident_id, CASE WHEN i.date_lo IS NULL THEN 1 ELSE 0 END, coalesce(i.date_lo, ''), i.created_at
    FROM incident_reports r JOIN incidents i ON i.id = r.incident_id WHERE r.fact_id = NEW.fact_id;
END;
CREATE TRIGGER reports_incidents_insert AFTER INSERT ON incident_reports BEGIN
  INSERT OR IGNORE INTO entity_incidents (entity_id, incident_id, undated, date_key, created_at)
    SELECT p.entity_id, i.id, CASE WHEN i.date_lo IS NULL THEN 1 ELSE 0 END, coalesce(i.date_lo, ''), i.created_at
    FROM fact_participants p JOIN incidents i ON i.id = NEW.incident_id WHERE p.fact_id = NEW.fact_id;
END;
CREATE TRIGGER reports_incidents_delete AFTER DELETE ON incident_reports BEGIN
  DELETE FROM entity_incidents WHERE incident_id = OLD.incident_id
    AND NOT EXISTS (SELECT 1 FROM incident_reports r WHERE r.incident_id = OLD.incident_id
      AND EXISTS (SELECT 1 FROM fact_participants p WHERE p.fact_id = r.fact_id AND p.entity_id = entity_incidents.entity_id));
END;
CREATE TRIGGER reports_incidents_update AFTER UPDATE OF fact_id, incident_id ON incident_reports
WHEN OLD.fact_id IS NOT NEW.fact_id OR OLD.incident_id IS NOT NEW.incident_id BEGIN
  DELETE FROM entity_incidents WHERE incident_id = OLD.incident_id
    AND NOT EXISTS (SELECT 1 FROM incident_reports r WHERE r.incident_id = OLD.incident_id
      AND EXISTS (SELECT 1 FROM fact_participants p WHERE p.fact_id = r.fact_id AND p.entity_id = entity_incidents.entity_id));
  INSERT OR IGNORE INTO entity_incidents (entity_id, incident_id, undated, date_key, created_at)
    SELECT p.entity_id, i.id, CASE WHEN i.date_lo IS NULL THEN 1 ELSE 0 END, coalesce(i.date_lo, ''), i.created_at
    FROM fact_participants p JOIN incidents i ON i.id = NEW.incident_id WHERE p.fact_id = NEW.fact_id;
END;
CREATE TRIGGER incidents_order_update AFTER UPDATE OF date_lo, created_at ON incidents
WHEN OLD.date_lo IS NOT NEW.date_lo OR OLD.created_at IS NOT NEW.created_at BEGIN
  UPDATE entity_incidents SET undated = CASE WHEN NEW.date_lo IS NULL THEN 1 ELSE 0 END, date_key = coalesce(NEW.date_lo, ''),
    created_at = NEW.created_at WHERE incident_id = NEW.id;
END;
CREATE TRIGGER incidents_order_delete AFTER DELETE ON incidents BEGIN
  DELETE FROM entity_incidents WHERE incident_id = OLD.id;
END;
`,
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
