// Alert rules and the inbox. A rule watches an entity (by name and aliases, matched
// the way ingest matches names, so it may watch someone not in the store yet), a
// saved full-text query, a tie type, or new sanctions hits. After a document is
// stored, every standing rule is evaluated against that document alone; a rule that
// finds new facts writes one alert listing them all, keyed (rule, document) so it can
// never fire twice for one document, whatever crashes, restarts or re-extractions.
import { createHmac, randomBytes } from 'node:crypto';
import { InputError } from '../ingest/errors.js';
import { nameSimilarity, SAME_NAME_THRESHOLD } from '../nlp/names.js';
import { loadEntries } from '../screen/db.js';
import { type StoreEntity, screenEntities } from '../screen/entities.js';
import { Matcher } from '../screen/match.js';
import type { DB } from '../store/open.js';
import { ftsQuery } from '../store/read.js';

export const FACT_KINDS = ['mention', 'tie', 'quote', 'event', 'alias', 'screening'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export interface RuleInput {
  name: string;
  entity?: string;
  query?: string;
  tieType?: string;
  screening?: boolean;
  on?: FactKind[];
  webhook?: string;
}

export interface Rule {
  id: number;
  name: string;
  kind: 'entity' | 'query' | 'tie-type' | 'screening';
  target: string | null;
  on: FactKind[];
  webhook: string | null;
  createdAt: string;
}

interface AlertFact {
  kind: FactKind;
  what: string;
  evidence: string | null;
}

interface AlertPayload {
  rule: string;
  document: {
    id: string;
    title: string | null;
    outlet: string | null;
    published: string | null;
    url: string | null;
  };
  facts: (AlertFact & { start?: number; end?: number })[];
}

export interface Alert extends AlertPayload {
  id: number;
  createdAt: string;
  read: boolean;
  delivery: { delivered: boolean; attempts: number; error: string | null } | null;
}

interface RuleRow {
  id: number;
  name: string;
  kind: Rule['kind'];
  target: string | null;
  on_kinds: string;
  webhook: string | null;
  secret: string | null;
  created_at: string;
}

const now = () => new Date().toISOString();

function toRule(r: RuleRow): Rule {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    target: r.target,
    on: JSON.parse(r.on_kinds) as FactKind[],
    webhook: r.webhook,
    createdAt: r.created_at,
  };
}

export function addRule(db: DB, input: RuleInput): Rule & { secret: string | null } {
  const name = input.name.trim();
  if (!name || /[\u0000-\u001f]/.test(name))
    throw new InputError(`alert ${JSON.stringify(input.name)}`, 'a rule needs a printable name');
  const given = [input.entity, input.query, input.tieType, input.screening ? 'x' : undefined].filter(
    (x) => x !== undefined,
  );
  if (given.length !== 1)
    throw new InputError(
      `alert ${name}`,
      'give exactly one of --entity NAME, --query TEXT, --tie-type TYPE or --screening',
    );
  const kind: Rule['kind'] =
    input.entity !== undefined
      ? 'entity'
      : input.query !== undefined
        ? 'query'
        : input.tieType !== undefined
          ? 'tie-type'
          : 'screening';
  const target = (input.entity ?? input.query ?? input.tieType ?? null)?.trim() ?? null;
  if (kind !== 'screening' && !target)
    throw new InputError(`alert ${name}`, `--${kind === 'tie-type' ? 'tie-type' : kind} needs a value`);
  const on = input.on?.length
    ? input.on
    : kind === 'entity'
      ? [...FACT_KINDS]
      : kind === 'screening'
        ? ['screening' as const]
        : kind === 'tie-type'
          ? ['tie' as const]
          : ['mention' as const];
  for (const k of on)
    if (!FACT_KINDS.includes(k))
      throw new InputError(`--on ${k}`, `expected some of ${FACT_KINDS.join(', ')}`);
  if (input.webhook) {
    let u: URL;
    try {
      u = new URL(input.webhook);
    } catch {
      throw new InputError(`--webhook ${input.webhook}`, 'not a valid URL');
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
      throw new InputError(`--webhook ${input.webhook}`, 'only http and https webhooks are posted');
  }
  if (db.prepare('SELECT 1 FROM alert_rules WHERE name = ?').get(name))
    throw new InputError(
      `alert ${name}`,
      'a rule of that name exists; remove it first or choose another name',
    );
  const secret = input.webhook ? randomBytes(24).toString('hex') : null;
  const info = db
    .prepare(
      'INSERT INTO alert_rules (name, kind, target, on_kinds, webhook, secret, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    .run(name, kind, target, JSON.stringify(on), input.webhook ?? null, secret, now());
  const row = db.prepare('SELECT * FROM alert_rules WHERE id = ?').get(info.lastInsertRowid) as RuleRow;
  return { ...toRule(row), secret };
}

export function listRules(db: DB): Rule[] {
  return (db.prepare('SELECT * FROM alert_rules ORDER BY id').all() as RuleRow[]).map(toRule);
}

/** Removes a rule; its past alerts stay in the inbox, and it never fires again. */
export function removeRule(db: DB, name: string): void {
  const r = db.prepare('DELETE FROM alert_rules WHERE name = ?').run(name);
  if (!r.changes) throw new InputError(`alert ${name}`, 'no such rule (see dossier alert list)');
}

interface DocRow {
  seq: number;
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  text: string;
  metadata: string;
}

const sentenceAround = (text: string, start: number, end: number): string => {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && !/[.!?\n]/.test(text[e])) e++;
  if (e < text.length && text[e] !== '\n') e++;
  return text.slice(s, e).trim();
};

/** The entities of this document that a rule's name designates (same name test as ingest's resolution). */
function watchedEntities(db: DB, seq: number, target: string): Set<string> {
  const out = new Set<string>();
  const rows = db
    .prepare(
      `SELECT DISTINCT e.id, e.type, n.name FROM mentions m JOIN entities e ON e.id = m.entity_id
       JOIN entity_names n ON n.entity_id = e.id WHERE m.document_id = ?`,
    )
    .all(seq) as { id: string; type: string; name: string }[];
  for (const r of rows) {
    if (out.has(r.id)) continue;
    const kind = r.type === 'organization' ? 'organization' : r.type === 'person' ? 'person' : 'any';
    if (
      r.name.toLowerCase() === target.toLowerCase() ||
      nameSimilarity(r.name, target, { kind }) >= SAME_NAME_THRESHOLD
    )
      out.add(r.id);
  }
  return out;
}

/** New facts in document `seq` about the entities `ids`, of the kinds asked for. */
function entityFacts(db: DB, doc: DocRow, ids: Set<string>, on: FactKind[]): AlertPayload['facts'] {
  const facts: AlertPayload['facts'] = [];
  const want = new Set(on);
  const name = (id: string | null) =>
    id
      ? ((db.prepare('SELECT name FROM entities WHERE id = ?').pluck().get(id) as string | undefined) ?? id)
      : '?';
  for (const id of ids) {
    if (want.has('mention')) {
      const m = db
        .prepare(
          'SELECT start_offset s, end_offset e, surface FROM mentions WHERE document_id = ? AND entity_id = ? ORDER BY start_offset LIMIT 1',
        )
        .get(doc.seq, id) as { s: number; e: number; surface: string } | undefined;
      if (m)
        facts.push({
          kind: 'mention',
          what: `${name(id)} named as "${m.surface}"`,
          evidence: sentenceAround(doc.text, m.s, m.e),
          start: m.s,
          end: m.e,
        });
    }
    if (want.has('alias')) {
      const surfaces = db
        .prepare(
          'SELECT surface, min(start_offset) s, max(end_offset) e FROM mentions WHERE document_id = ? AND entity_id = ? GROUP BY surface',
        )
        .all(doc.seq, id) as { surface: string; s: number; e: number }[];
      for (const x of surfaces) {
        const earlier = db
          .prepare('SELECT 1 FROM mentions WHERE entity_id = ? AND surface = ? AND document_id < ? LIMIT 1')
          .get(id, x.surface, doc.seq);
        const first = db
          .prepare('SELECT 1 FROM mentions WHERE entity_id = ? AND document_id < ? LIMIT 1')
          .get(id, doc.seq);
        if (!earlier && first)
          facts.push({
            kind: 'alias',
            what: `${name(id)} is also called "${x.surface}"`,
            evidence: sentenceAround(doc.text, x.s, x.s + x.surface.length),
            start: x.s,
          });
      }
    }
    if (want.has('tie') || want.has('event')) {
      // one row per fact, its first sentence in the document (bare columns beside GROUP BY are SQLite's alone)
      const rows = db
        .prepare(
          `SELECT f.id, f.kind, f.type, f.subject_id, f.object_id, f.negated, f.date_value, fs.start_offset s, fs.end_offset e
           FROM facts f JOIN fact_sources fs ON fs.fact_id = f.id AND fs.document_id = @doc
           WHERE (f.subject_id = @id OR f.object_id = @id OR EXISTS (SELECT 1 FROM fact_participants p WHERE p.fact_id = f.id AND p.entity_id = @id))
             AND NOT EXISTS (SELECT 1 FROM fact_sources o WHERE o.fact_id = f.id AND o.document_id < fs.document_id)
             AND fs.start_offset = (SELECT min(x.start_offset) FROM fact_sources x WHERE x.fact_id = f.id AND x.document_id = @doc)
           ORDER BY fs.start_offset`,
        )
        .all({ doc: doc.seq, id }) as {
        id: string;
        kind: 'relation' | 'event';
        type: string;
        subject_id: string | null;
        object_id: string | null;
        negated: number;
        date_value: string | null;
        s: number;
        e: number;
      }[];
      for (const f of rows) {
        if (f.kind === 'relation' && want.has('tie'))
          facts.push({
            kind: 'tie',
            what: `${name(f.subject_id)} ${f.negated ? 'NOT ' : ''}${f.type} ${name(f.object_id)}`,
            evidence: sentenceAround(doc.text, f.s, f.e),
            start: f.s,
            end: f.e,
          });
        if (f.kind === 'event' && want.has('event')) {
          const parts = db
            .prepare('SELECT role, entity_id FROM fact_participants WHERE fact_id = ? ORDER BY role')
            .all(f.id) as { role: string; entity_id: string }[];
          facts.push({
            kind: 'event',
            what: `${f.type}${f.date_value ? ` (${f.date_value})` : ''}: ${parts.map((p) => `${p.role} ${name(p.entity_id)}`).join(', ')}`,
            evidence: sentenceAround(doc.text, f.s, f.e),
            start: f.s,
            end: f.e,
          });
        }
      }
    }
    if (want.has('quote')) {
      const qs = db
        .prepare(
          `SELECT q.text, q.start_offset s, q.end_offset e, q.speaker_id FROM quotes q WHERE q.document_id = @doc
             AND (q.speaker_id = @id OR EXISTS (SELECT 1 FROM quote_entities qe WHERE qe.quote_seq = q.seq AND qe.entity_id = @id))
           ORDER BY q.start_offset`,
        )
        .all({ doc: doc.seq, id }) as { text: string; s: number; e: number; speaker_id: string | null }[];
      for (const q of qs)
        facts.push({
          kind: 'quote',
          what:
            q.speaker_id === id ? `${name(id)} said “${q.text}”` : `quoted about ${name(id)}: “${q.text}”`,
          evidence: sentenceAround(doc.text, q.s, q.e),
          start: q.s,
          end: q.e,
        });
    }
  }
  return facts;
}

function screeningFacts(db: DB, doc: DocRow, only?: Set<string>): AlertPayload['facts'] {
  const hasLists = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'screen_entries'")
    .get();
  if (!hasLists) return [];
  const entries = loadEntries(db);
  if (!entries.length) return [];
  const rows = db
    .prepare(
      `SELECT DISTINCT e.id, e.type, e.name FROM mentions m JOIN entities e ON e.id = m.entity_id
       WHERE m.document_id = ? AND e.type IN ('person','organization')`,
    )
    .all(doc.seq) as { id: string; type: 'person' | 'organization'; name: string }[];
  const entities: StoreEntity[] = [];
  for (const r of rows) {
    if (only && !only.has(r.id)) continue;
    // only names this document brings: a hit on a name already stored was already news
    const surfaces = db
      .prepare(
        `SELECT DISTINCT surface FROM mentions m WHERE m.document_id = @doc AND m.entity_id = @id
           AND NOT EXISTS (SELECT 1 FROM mentions o WHERE o.entity_id = @id AND o.surface = m.surface AND o.document_id < @doc)`,
      )
      .pluck()
      .all({ doc: doc.seq, id: r.id }) as string[];
    if (surfaces.length) entities.push({ id: r.id, type: r.type, names: surfaces });
  }
  if (!entities.length) return [];
  const out: AlertPayload['facts'] = [];
  for (const { entity, hits } of screenEntities(new Matcher(entries), entities)) {
    const m = db
      .prepare(
        'SELECT start_offset s, end_offset e FROM mentions WHERE document_id = ? AND entity_id = ? ORDER BY start_offset LIMIT 1',
      )
      .get(doc.seq, entity.id) as { s: number; e: number };
    for (const h of hits)
      out.push({
        kind: 'screening',
        what: `"${h.matchedName}" matches ${h.list} listing "${h.listedName}" (${h.id}), score ${h.score.toFixed(2)}`,
        evidence: m ? sentenceAround(doc.text, m.s, m.e) : null,
        start: m?.s,
        end: m?.e,
      });
  }
  return out;
}

function ruleFacts(db: DB, rule: Rule, doc: DocRow): AlertPayload['facts'] {
  switch (rule.kind) {
    case 'entity': {
      const ids = watchedEntities(db, doc.seq, rule.target ?? '');
      if (!ids.size) return [];
      const facts = entityFacts(db, doc, ids, rule.on);
      if (rule.on.includes('screening')) facts.push(...screeningFacts(db, doc, ids));
      return facts;
    }
    case 'query': {
      const q = ftsQuery(rule.target ?? '');
      if (!q) return [];
      const hit = db
        .prepare(
          `SELECT snippet(documents_fts, 1, '', '', '…', 24) snip FROM documents_fts WHERE documents_fts MATCH ? AND rowid = CAST(? AS INTEGER)`,
        )
        // bound as an integer: FTS5 ignores a REAL rowid constraint
        .get(q, doc.seq) as { snip: string } | undefined;
      return hit
        ? [{ kind: 'mention', what: `matches the search "${rule.target}"`, evidence: hit.snip }]
        : [];
    }
    case 'tie-type': {
      const rows = db
        .prepare(
          `SELECT f.subject_id, f.object_id, f.negated, fs.start_offset s, fs.end_offset e FROM facts f
           JOIN fact_sources fs ON fs.fact_id = f.id AND fs.document_id = @doc
           WHERE f.kind = 'relation' AND f.type = @id
             AND NOT EXISTS (SELECT 1 FROM fact_sources o WHERE o.fact_id = f.id AND o.document_id < @doc)
             AND fs.start_offset = (SELECT min(x.start_offset) FROM fact_sources x WHERE x.fact_id = f.id AND x.document_id = @doc)
           ORDER BY fs.start_offset`,
        )
        .all({ doc: doc.seq, id: rule.target }) as {
        subject_id: string;
        object_id: string;
        negated: number;
        s: number;
        e: number;
      }[];
      const name = (id: string) =>
        (db.prepare('SELECT name FROM entities WHERE id = ?').pluck().get(id) as string | undefined) ?? id;
      return rows.map((f) => ({
        kind: 'tie' as const,
        what: `${name(f.subject_id)} ${f.negated ? 'NOT ' : ''}${rule.target} ${name(f.object_id)}`,
        evidence: sentenceAround(doc.text, f.s, f.e),
        start: f.s,
        end: f.e,
      }));
    }
    case 'screening':
      return screeningFacts(db, doc);
  }
}

/**
 * Evaluates every rule against one stored document and writes the alerts it raises
 * (at most one per rule and document). Call inside the transaction that records the
 * document as seen, so a crash leaves either both or neither. Returns the new alert ids.
 */
export function evaluateDocument(db: DB, documentId: string): number[] {
  const doc = db
    .prepare('SELECT seq, id, title, outlet, published, text, metadata FROM documents WHERE id = ?')
    .get(documentId) as DocRow | undefined;
  if (!doc) return [];
  const made: number[] = [];
  const meta = JSON.parse(doc.metadata || '{}') as Record<string, unknown>;
  const url =
    (db
      .prepare(
        "SELECT location FROM locations WHERE document_id = ? AND location LIKE 'http%' ORDER BY added_at LIMIT 1",
      )
      .pluck()
      .get(doc.seq) as string | undefined) ?? (typeof meta.url === 'string' ? meta.url : null);
  for (const rule of listRules(db)) {
    if (db.prepare('SELECT 1 FROM alerts WHERE rule_id = ? AND document_id = ?').get(rule.id, doc.id))
      continue;
    const facts = ruleFacts(db, rule, doc);
    if (!facts.length) continue;
    const payload: AlertPayload = {
      rule: rule.name,
      document: { id: doc.id, title: doc.title, outlet: doc.outlet, published: doc.published, url },
      facts,
    };
    const r = db
      .prepare(
        'INSERT OR IGNORE INTO alerts (rule_id, rule_name, document_id, created_at, payload) VALUES (?, ?, ?, ?, ?)',
      )
      .run(rule.id, rule.name, doc.id, now(), JSON.stringify(payload));
    if (r.changes) made.push(Number(r.lastInsertRowid));
  }
  return made;
}

interface AlertRow {
  id: number;
  rule_id: number;
  created_at: string;
  read_at: string | null;
  payload: string;
  delivered_at: string | null;
  delivery_attempts: number;
  delivery_error: string | null;
  webhook: string | null;
}

export function listAlerts(db: DB, opts: { unread?: boolean; after?: number; limit?: number } = {}): Alert[] {
  const rows = db
    .prepare(
      `SELECT a.*, r.webhook FROM alerts a LEFT JOIN alert_rules r ON r.id = a.rule_id
       WHERE (@unread = 0 OR a.read_at IS NULL) AND a.id > @after ORDER BY a.id DESC LIMIT @lim`,
    )
    .all({ unread: opts.unread ? 1 : 0, after: opts.after ?? 0, lim: opts.limit ?? 500 }) as AlertRow[];
  return rows.map((r) => ({
    id: r.id,
    ...(JSON.parse(r.payload) as AlertPayload),
    createdAt: r.created_at,
    read: r.read_at !== null,
    delivery:
      r.webhook || r.delivery_attempts
        ? { delivered: r.delivered_at !== null, attempts: r.delivery_attempts, error: r.delivery_error }
        : null,
  }));
}

export function unreadCount(db: DB): number {
  return db.prepare('SELECT count(*) FROM alerts WHERE read_at IS NULL').pluck().get() as number;
}

export function markRead(db: DB, id: number | 'all'): number {
  if (id === 'all')
    return db.prepare('UPDATE alerts SET read_at = ? WHERE read_at IS NULL').run(now()).changes;
  const r = db.prepare('UPDATE alerts SET read_at = coalesce(read_at, ?) WHERE id = ?').run(now(), id);
  if (!r.changes) throw new InputError(`alert ${id}`, 'no such alert (see dossier alerts)');
  return r.changes;
}

/** The signature header a webhook receiver checks: hex HMAC-SHA256 of the raw body with the rule's secret. */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export interface PendingDelivery {
  alertId: number;
  url: string;
  secret: string;
  body: string;
  attempts: number;
}

/** Alerts whose rule has a webhook and that are not delivered yet, and due (backoff by attempts). */
export function pendingDeliveries(db: DB, at = Date.now()): PendingDelivery[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.payload, a.delivery_attempts, a.created_at, r.webhook, r.secret FROM alerts a JOIN alert_rules r ON r.id = a.rule_id
       WHERE r.webhook IS NOT NULL AND a.delivered_at IS NULL AND a.delivery_attempts < 10 ORDER BY a.id`,
    )
    .all() as {
    id: number;
    payload: string;
    delivery_attempts: number;
    created_at: string;
    webhook: string;
    secret: string;
  }[];
  return rows
    .filter(
      (r) => at >= Date.parse(r.created_at) + (r.delivery_attempts ? 1000 * 2 ** r.delivery_attempts : 0),
    )
    .map((r) => ({
      alertId: r.id,
      url: r.webhook,
      secret: r.secret,
      body: JSON.stringify({ id: r.id, ...JSON.parse(r.payload) }),
      attempts: r.delivery_attempts,
    }));
}

export function recordDelivery(db: DB, alertId: number, error: string | null): void {
  if (error === null)
    db.prepare(
      'UPDATE alerts SET delivered_at = ?, delivery_attempts = delivery_attempts + 1, delivery_error = NULL WHERE id = ?',
    ).run(now(), alertId);
  else
    db.prepare(
      'UPDATE alerts SET delivery_attempts = delivery_attempts + 1, delivery_error = ? WHERE id = ?',
    ).run(error, alertId);
}

/** The alerts raised on one UTC day, as a Markdown digest: one section per rule, each fact with its sentence. */
export function digestMarkdown(db: DB, day: string): string {
  const rows = db
    .prepare('SELECT id FROM alerts WHERE substr(created_at, 1, 10) = ? ORDER BY id')
    .pluck()
    .all(day) as number[];
  const alerts = listAlerts(db, { limit: 100_000 })
    .filter((a) => rows.includes(a.id))
    .reverse();
  const esc = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/[\r\n]+/g, ' ');
  const out = [
    `# dossier alerts, ${day}`,
    '',
    `${alerts.length} alert${alerts.length === 1 ? '' : 's'}.`,
    '',
  ];
  const byRule = new Map<string, Alert[]>();
  for (const a of alerts) byRule.set(a.rule, [...(byRule.get(a.rule) ?? []), a]);
  for (const [rule, list] of byRule) {
    out.push(`## ${esc(rule)}`, '');
    for (const a of list) {
      const d = a.document;
      const title = esc(d.title ?? d.id.slice(0, 12));
      out.push(
        `### ${d.url ? `[${title}](${d.url.replace(/[()\s]/g, encodeURIComponent)})` : title}`,
        '',
        `${[d.outlet, d.published]
          .filter(Boolean)
          .map((x) => esc(x as string))
          .join(', ')}${d.outlet || d.published ? ' · ' : ''}document \`${d.id.slice(0, 12)}\``,
        '',
      );
      for (const f of a.facts) {
        out.push(`- **${f.kind}**: ${esc(f.what)}`);
        if (f.evidence) out.push(`  > ${esc(f.evidence)}`);
      }
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
