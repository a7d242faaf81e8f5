// What an analyst's merge of B into A changed, row by row, so that undo can put
// back exactly B's rows. Moving by documents (`carve`) cannot do that when A and
// B were both named in one document: there every row of that document is A's
// after the merge, and only this record says which were B's.

import type { Statement } from 'better-sqlite3';
import { foldKey } from '../knowledge/fold.js';
import type { CandidateRow, EntityEdits } from './decisions-apply.js';
import { relationFactId } from './ids.js';
import type { DB } from './open.js';
import { indexKeys } from './resolve.js';

type Candidate = CandidateRow;

export interface Footprint {
  /** B's mentions: [document seq, start offset] */
  mentions: [number, number][];
  /** quotes B spoke */
  spoke: number[];
  /** quotes about B, and those of them also about A */
  about: number[];
  aboutBoth: number[];
  /** fact sources attributed to B: [document seq, start offset] */
  attributed: [number, number][];
  /** B's relation facts with their sources: [document seq, start offset] */
  relations: {
    id: string;
    type: string;
    subject: string | null;
    object: string | null;
    negated: number;
    sources: [number, number][];
  }[];
  /** event facts whose ends were B */
  events: { id: string; subject: boolean; object: boolean; place: boolean }[];
  /** B's event roles, and whether A held the same role in that event */
  roles: { fact: string; role: string; sortDate: string | null; alsoA: boolean }[];
  merges: { document_id: number; name: string; reason: string; score: number }[];
  /** B's doubtful pairs, and A's partners before the merge */
  candidates: Candidate[];
  partnersOfA: string[];
  attributesOfA: string;
  /** A's spellings and merge records before the merge */
  namesOfA: string[];
  mergesOfA: string[];
}

const pairs = (rows: unknown[]): [number, number][] =>
  (rows as { d: number; s: number }[]).map((r) => [r.d, r.s]);

/** Records B's rows before `mergeInto(b, a)` moves them. */
export function footprint(db: DB, b: string, a: string): Footprint {
  const all = (sql: string, ...p: unknown[]) => db.prepare(sql).all(...p);
  const partner = (c: Candidate, id: string) => (c.entity_a === id ? c.entity_b : c.entity_a);
  const relations = (
    all(
      `SELECT id, type, subject_id AS subject, object_id AS object, negated FROM facts
       WHERE kind = 'relation' AND (subject_id = ? OR object_id = ?)`,
      b,
      b,
    ) as Omit<Footprint['relations'][number], 'sources'>[]
  ).map((r) => ({
    ...r,
    sources: pairs(
      all('SELECT document_id AS d, start_offset AS s FROM fact_sources WHERE fact_id = ?', r.id),
    ),
  }));
  const about = (
    all('SELECT quote_seq AS q FROM quote_entities WHERE entity_id = ?', b) as { q: number }[]
  ).map((r) => r.q);
  const aboutA = new Set(
    (all('SELECT quote_seq AS q FROM quote_entities WHERE entity_id = ?', a) as { q: number }[]).map(
      (r) => r.q,
    ),
  );
  const rolesOfA = new Set(
    (
      all('SELECT fact_id AS f, role AS r FROM fact_participants WHERE entity_id = ?', a) as {
        f: string;
        r: string;
      }[]
    ).map((x) => `${x.f}\u0000${x.r}`),
  );
  return {
    mentions: pairs(all('SELECT document_id AS d, start_offset AS s FROM mentions WHERE entity_id = ?', b)),
    spoke: (all('SELECT seq FROM quotes WHERE speaker_id = ?', b) as { seq: number }[]).map((r) => r.seq),
    about,
    aboutBoth: about.filter((q) => aboutA.has(q)),
    attributed: pairs(
      all('SELECT document_id AS d, start_offset AS s FROM fact_sources WHERE attributed_entity_id = ?', b),
    ),
    relations,
    events: (
      db
        .prepare(
          `SELECT id, subject_id = @b AS subject, object_id = @b AS object, place_id = @b AS place FROM facts
           WHERE kind = 'event' AND (subject_id = @b OR object_id = @b OR place_id = @b)`,
        )
        .all({ b }) as { id: string; subject: number; object: number; place: number }[]
    ).map((e) => ({ id: e.id, subject: !!e.subject, object: !!e.object, place: !!e.place })),
    roles: (
      all('SELECT fact_id AS f, role AS r, sort_date AS d FROM fact_participants WHERE entity_id = ?', b) as {
        f: string;
        r: string;
        d: string | null;
      }[]
    ).map((x) => ({ fact: x.f, role: x.r, sortDate: x.d, alsoA: rolesOfA.has(`${x.f}\u0000${x.r}`) })),
    merges: all(
      'SELECT document_id, name, reason, score FROM merges WHERE entity_id = ?',
      b,
    ) as Footprint['merges'],
    candidates: all('SELECT * FROM candidates WHERE entity_a = ? OR entity_b = ?', b, b) as Candidate[],
    partnersOfA: (
      all('SELECT * FROM candidates WHERE entity_a = ? OR entity_b = ?', a, a) as Candidate[]
    ).map((c) => partner(c, a)),
    attributesOfA:
      (db.prepare('SELECT attributes FROM entities WHERE id = ?').pluck().get(a) as string) ?? '{}',
    namesOfA: db.prepare('SELECT name FROM entity_names WHERE entity_id = ?').pluck().all(a) as string[],
    mergesOfA: (
      all('SELECT document_id AS d, name AS n FROM merges WHERE entity_id = ?', a) as {
        d: number;
        n: string;
      }[]
    ).map((m) => `${m.d}\u0000${m.n}`),
  };
}

/**
 * Puts B's rows back from A after undo has re-created B's entity row. Rows that
 * changed since the merge (a document deleted, a re-extraction) are skipped:
 * each statement only moves what is still A's.
 */
export function restore(
  db: DB,
  edits: EntityEdits,
  b: string,
  a: string,
  fp: Footprint,
  bNames: string[],
  bType: string,
): void {
  // one prepared statement per SQL text: a hub's merge moves thousands of rows
  const prepared = new Map<string, Statement<unknown[]>>();
  const run = (sql: string, ...p: unknown[]) => {
    let st = prepared.get(sql);
    if (!st) prepared.set(sql, (st = db.prepare<unknown[]>(sql)));
    return st.run(...p);
  };
  for (const [d, s] of fp.mentions)
    run(
      'UPDATE mentions SET entity_id = ? WHERE entity_id = ? AND document_id = ? AND start_offset = ?',
      b,
      a,
      d,
      s,
    );
  for (const q of fp.spoke) run('UPDATE quotes SET speaker_id = ? WHERE speaker_id = ? AND seq = ?', b, a, q);
  const both = new Set(fp.aboutBoth);
  for (const q of fp.about) {
    run('INSERT OR IGNORE INTO quote_entities (entity_id, quote_seq) VALUES (?, ?)', b, q);
    if (!both.has(q)) run('DELETE FROM quote_entities WHERE entity_id = ? AND quote_seq = ?', a, q);
  }
  // Relations: B's sources leave the merged fact for B's own again.
  const touched = new Set<string>();
  for (const r of fp.relations) {
    const end = (x: string | null) => (x === b ? a : x);
    const merged = relationFactId(r.type, end(r.subject) ?? '', end(r.object) ?? '', r.negated === 1);
    if (merged === r.id) continue;
    run(
      `INSERT OR IGNORE INTO facts (id, kind, type, subject_id, object_id, negated) VALUES (?, 'relation', ?, ?, ?, ?)`,
      r.id,
      r.type,
      r.subject,
      r.object,
      r.negated,
    );
    // UPDATE OR IGNORE, portable: no move onto a source that is there already
    for (const [d, s] of r.sources)
      run(
        `UPDATE fact_sources SET fact_id = ? WHERE fact_id = ? AND document_id = ? AND start_offset = ?
           AND NOT EXISTS (SELECT 1 FROM fact_sources x WHERE x.fact_id = ? AND x.document_id = ? AND x.start_offset = ?)`,
        r.id,
        merged,
        d,
        s,
        r.id,
        d,
        s,
      );
    touched.add(r.id).add(merged);
  }
  for (const [d, s] of fp.attributed)
    run(
      'UPDATE fact_sources SET attributed_entity_id = ? WHERE attributed_entity_id = ? AND document_id = ? AND start_offset = ?',
      b,
      a,
      d,
      s,
    );
  for (const e of fp.events) {
    if (e.subject) run('UPDATE facts SET subject_id = ? WHERE id = ? AND subject_id = ?', b, e.id, a);
    if (e.object) run('UPDATE facts SET object_id = ? WHERE id = ? AND object_id = ?', b, e.id, a);
    if (e.place) run('UPDATE facts SET place_id = ? WHERE id = ? AND place_id = ?', b, e.id, a);
  }
  for (const r of fp.roles) {
    run(
      'INSERT OR IGNORE INTO fact_participants (fact_id, role, entity_id, sort_date) SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM facts WHERE id = ?)',
      r.fact,
      r.role,
      b,
      r.sortDate,
      r.fact,
    );
    if (!r.alsoA)
      run(
        'DELETE FROM fact_participants WHERE fact_id = ? AND role = ? AND entity_id = ?',
        r.fact,
        r.role,
        a,
      );
  }
  const mergesOfA = new Set(fp.mergesOfA ?? []);
  for (const m of fp.merges) {
    if (!mergesOfA.has(`${m.document_id}\u0000${m.name}`))
      run(
        'DELETE FROM merges WHERE entity_id = ? AND document_id = ? AND name = ?',
        a,
        m.document_id,
        m.name,
      );
    run(
      'INSERT OR IGNORE INTO merges (entity_id, document_id, name, reason, score) SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM documents WHERE seq = ?)',
      b,
      m.document_id,
      m.name,
      m.reason,
      m.score,
      m.document_id,
    );
  }
  // Doubtful pairs: B's come back; those the merge handed to A go.
  const before = new Set(fp.partnersOfA);
  for (const c of fp.candidates) {
    const other = c.entity_a === b ? c.entity_b : c.entity_a;
    if (other === a) continue;
    if (!before.has(other)) {
      const [x, y] = other < a ? [other, a] : [a, other];
      run('DELETE FROM candidates WHERE entity_a = ? AND entity_b = ?', x, y);
    }
    run(
      `INSERT OR IGNORE INTO candidates (entity_a, entity_b, score, reasons, document_id, created_at)
       SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM entities WHERE id = ?)`,
      c.entity_a,
      c.entity_b,
      c.score,
      c.reasons,
      c.document_id,
      c.created_at,
      other,
    );
  }
  run('UPDATE entities SET attributes = ? WHERE id = ?', fp.attributesOfA, a);
  for (const id of touched) {
    edits.recountFact(id);
    if (!db.prepare('SELECT 1 FROM fact_sources WHERE fact_id = ? LIMIT 1').get(id))
      run('DELETE FROM facts WHERE id = ?', id);
  }
  // Spellings and blocking keys follow the mentions.
  for (const id of [a, b]) {
    const counts = new Map<string, number>();
    for (const r of db
      .prepare('SELECT surface, count(*) AS n FROM mentions WHERE entity_id = ? GROUP BY surface')
      .all(id) as { surface: string; n: number }[])
      counts.set(r.surface, r.n);
    if (id === b) for (const n of bNames) if (!counts.has(n)) counts.set(n, 0);
    if (id === a && fp.namesOfA) {
      // A's spellings are what they were, with counts from the mentions it kept.
      const own = new Set(fp.namesOfA);
      for (const n of own) if (!counts.has(n)) counts.set(n, 0);
      for (const n of db
        .prepare('SELECT name FROM entity_names WHERE entity_id = ?')
        .pluck()
        .all(a) as string[])
        if (!own.has(n) && !counts.has(n))
          run('DELETE FROM entity_names WHERE entity_id = ? AND name = ?', a, n);
    }
    for (const [name, n] of counts)
      run(
        `INSERT INTO entity_names (entity_id, name, folded, count) VALUES (?, ?, ?, ?)
         ON CONFLICT (entity_id, name) DO UPDATE SET count = excluded.count`,
        id,
        name,
        foldKey(name),
        n,
      );
  }
  for (const n of bNames)
    for (const k of indexKeys(bType as 'person', n))
      run('INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)', k, b);
}
