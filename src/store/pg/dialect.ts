// The store's SQL is written once, in the SQLite dialect the embedded backend
// runs. For PostgreSQL each statement is translated here, once, when it is
// prepared. The translation covers what the store's queries use:
//   ? and @name parameters          → $1, $2, … (a name used twice keeps its number)
//   INSERT OR IGNORE                → INSERT … ON CONFLICT DO NOTHING
//   INSERT OR REPLACE (known keys)  → INSERT … ON CONFLICT (key) DO UPDATE
//   scalar max(a, b) / min(a, b)    → greatest / least
//   LIKE                            → ILIKE (SQLite's LIKE ignores ASCII case)
//   an insert into a table with an integer key → … RETURNING it (lastInsertRowid)
//   inserts into the FTS5 tables    → tsvector rows (unaccent, the 'simple' configuration)
//   sqlite_master (its tables)      → information_schema.tables, as (name, type)
//   ORDER BY x [DESC]               → … NULLS FIRST [NULLS LAST], SQLite's order
//   $n IS [NOT] NULL                → $n::text IS [NOT] NULL (no type to infer otherwise)
//   COLLATE NOCASE                  → lower()
//   json_each(?) j                  → json_array_elements_text($n::json) AS j(value)
//   x IN (SELECT value FROM json_each(?)) → x = ANY (ARRAY(SELECT json_array_elements_text($n::json)))
//   json_extract(col, '$.key')      → (col::json ->> 'key')
//   fts MATCH ?, bm25(), snippet()  → tsv @@ to_tsquery('simple', unaccent($n)), -ts_rank, ts_headline
//                                     (the bound FTS5 query text is rewritten as tsquery text)

/** Tables whose integer key SQLite hands back as lastInsertRowid. */
const ROWID_KEY: Record<string, string> = {
  documents: 'seq',
  quotes: 'seq',
  decisions: 'id',
  feeds: 'id',
  alert_rules: 'id',
  alerts: 'id',
};

/** Tables whose implicit SQLite rowid a query orders by: PostgreSQL gets a real column. */
const IMPLICIT_ROWID = ['incident_reports', 'screen_entries'];

/** Primary keys, for INSERT OR REPLACE. */
const PRIMARY_KEY: Record<string, string[]> = {
  merges: ['entity_id', 'document_id', 'name'],
  candidates: ['entity_a', 'entity_b'],
};

export interface Translated {
  sql: string;
  /** $n numbers (1-based) bound to an FTS5 query string, turned into tsquery text when bound */
  ftsParams: number[];
  /** parameter names in $n order when the statement uses @name parameters, else null */
  names: string[] | null;
  /** how many positional parameters */
  count: number;
  returnsRowid: boolean;
}

/** Replaces parameters outside string literals and quoted identifiers. */
function params(sql: string): { sql: string; names: string[] | null; count: number } {
  let out = '';
  let n = 0;
  const names: string[] = [];
  let named = false;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i];
    if (c === "'" || c === '"') {
      const j = sql.indexOf(c, i + 1);
      const end = j < 0 ? sql.length : j;
      out += sql.slice(i, end + 1);
      i = end;
    } else if (c === '?') {
      out += `$${++n}`;
    } else if (
      (c === '@' || c === ':' || c === '$') &&
      /[A-Za-z_]/.test(sql[i + 1] ?? '') &&
      sql[i - 1] !== ':'
    ) {
      const m = /^[A-Za-z_]\w*/.exec(sql.slice(i + 1))!;
      named = true;
      let k = names.indexOf(m[0]);
      if (k < 0) k = names.push(m[0]) - 1;
      out += `$${k + 1}`;
      i += m[0].length;
    } else out += c;
  }
  return { sql: out, names: named ? names : null, count: n };
}

/** The index of the parenthesis closing the one at `open`. */
function closing(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** max(a, b) with two or more arguments is a scalar in SQLite: greatest/least in PostgreSQL. */
function scalarMinMax(sql: string): string {
  const re = /\b(max|min)\s*\(/gi;
  let out = sql;
  let m: RegExpExecArray | null;
  re.lastIndex = 0;
  while ((m = re.exec(out))) {
    const open = m.index + m[0].length - 1;
    const close = closing(out, open);
    if (close < 0) break;
    let depth = 0;
    let comma = false;
    for (let i = open + 1; i < close; i++) {
      if (out[i] === '(') depth++;
      else if (out[i] === ')') depth--;
      else if (out[i] === ',' && depth === 0) comma = true;
    }
    if (comma) {
      const word = m[1].toLowerCase() === 'max' ? 'greatest' : 'least';
      out = out.slice(0, m.index) + word + out.slice(m.index + m[1].length);
    }
    re.lastIndex = m.index + 1;
  }
  return out;
}

const FTS_INSERT =
  /^\s*INSERT\s+INTO\s+(documents_fts|quotes_fts)\s*\(\s*rowid\s*,\s*([\w\s,]+)\)\s*VALUES\s*\(([^)]*)\)\s*$/i;

/** In ON CONFLICT … DO UPDATE SET, a bare column means the existing row in SQLite, but is ambiguous in PostgreSQL. */
function qualifyUpsert(sql: string, table: string): string {
  const m = /\bDO\s+UPDATE\s+SET\s+([\s\S]*?)(\s+WHERE\s[\s\S]*?)?(\s+RETURNING\s[\s\S]*)?$/i.exec(sql);
  if (!m) return sql;
  const parts = m[1].split(/,(?![^(]*\))/);
  const cols = parts.map((a) => a.split('=')[0].trim());
  const fixed = parts
    .map((a) => {
      const i = a.indexOf('=');
      let expr = a.slice(i + 1);
      for (const c of cols) expr = expr.replace(new RegExp(`(?<![.\\w])${c}(?!\\w)`, 'g'), `${table}.${c}`);
      return `${a.slice(0, i + 1)}${expr}`;
    })
    .join(',');
  return sql.slice(0, m.index) + sql.slice(m.index).replace(m[1], fixed);
}

/** SQLite lets SELECT DISTINCT order by a column it does not select; PostgreSQL wants it selected (appended, so pluck still reads the first). */
function distinctOrder(sql: string): string {
  const m =
    /^SELECT\s+DISTINCT\s+([\s\S]+?)\s+FROM\s+([\s\S]+?)\s+ORDER\s+BY\s+([\s\S]+?)(\s+LIMIT\s+[\s\S]+)?$/i.exec(
      sql,
    );
  if (!m || /\b(UNION|SELECT)\b/i.test(m[2] + m[3])) return sql;
  const selected = m[1];
  const extra: string[] = [];
  for (const term of m[3].split(',')) {
    const col = term.trim().replace(/\s+(ASC|DESC)$/i, '');
    if (
      /^\w+\.\w+$/.test(col) &&
      !new RegExp(`(^|[\\s,(])${col.replace('.', '\\.')}([\\s,)]|$)`).test(selected)
    )
      extra.push(`${col} AS _order${extra.length}`);
  }
  if (!extra.length) return sql;
  return `SELECT DISTINCT ${selected}, ${extra.join(', ')} FROM ${m[2]} ORDER BY ${m[3]}${m[4] ?? ''}`;
}

/** SQLite sorts NULL first ascending and last descending; PostgreSQL the other way round unless told. */
function nullsOrder(sql: string): string {
  let out = '';
  let i = 0;
  const re = /\bORDER\s+BY\s+/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sql))) {
    const start = m.index + m[0].length;
    let depth = 0;
    let j = start;
    const terms: string[] = [];
    let from = start;
    for (; j < sql.length; j++) {
      const c = sql[j];
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) break;
        depth--;
      } else if (c === ',' && depth === 0) {
        terms.push(sql.slice(from, j));
        from = j + 1;
      } else if (depth === 0 && /^\s(LIMIT|OFFSET|UNION|FOR)\b/i.test(sql.slice(j, j + 8))) break;
    }
    terms.push(sql.slice(from, j));
    const fixed = terms.map((t) => {
      if (/\bNULLS\b/i.test(t)) return t;
      const trail = /\s*$/.exec(t)![0];
      const body = t.slice(0, t.length - trail.length);
      return `${body} ${/\bDESC$/i.test(body) ? 'NULLS LAST' : 'NULLS FIRST'}${trail}`;
    });
    out += sql.slice(i, start) + fixed.join(',');
    i = j;
    re.lastIndex = j;
  }
  return out + sql.slice(i);
}

/** PostgreSQL wants every subquery in FROM named. */
function subqueryAliases(sql: string): string {
  let out = sql;
  let n = 0;
  const re = /\bFROM\s*\(/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(out))) {
    const open = m.index + m[0].length - 1;
    const close = closing(out, open);
    if (close < 0) break;
    const after = out.slice(close + 1);
    if (
      !/^\s*(AS\b|[A-Za-z_]\w*\b(?<!\b(WHERE|ORDER|GROUP|LIMIT|UNION|JOIN|LEFT|INNER|ON)\b))/i.test(after) ||
      /^\s*(WHERE|ORDER|GROUP|LIMIT|UNION|JOIN|LEFT|INNER|CROSS|ON)\b/i.test(after)
    )
      out = `${out.slice(0, close + 1)} AS _sub${n++}${out.slice(close + 1)}`;
    re.lastIndex = open + 1;
  }
  return out;
}

/** PostgreSQL folds unquoted names to lower case: a camelCase alias is quoted, everywhere in the statement. */
function camelAliases(sql: string): string {
  const aliases = new Set<string>();
  for (const m of sql.matchAll(/\bAS\s+([a-z]\w*[A-Z]\w*)\b/g)) aliases.add(m[1]);
  let out = sql;
  for (const a of aliases) out = out.replace(new RegExp(`(?<![\\w."@$:])${a}(?![\\w"])`, 'g'), `"${a}"`);
  return out;
}

/** The text an FTS table's column indexes, read from its content table (PostgreSQL keeps only the tsvector). */
const FTS_COLUMN: Record<string, string[]> = {
  documents_fts: [
    '(SELECT title FROM documents WHERE seq = documents_fts.rowid)',
    '(SELECT text FROM documents WHERE seq = documents_fts.rowid)',
  ],
  quotes_fts: ['(SELECT text FROM quotes WHERE seq = quotes_fts.rowid)'],
};

/** After parameters are numbered: MATCH, bm25() and snippet() in terms of the tsvector and the matched query. */
function fullText(sql: string): { sql: string; ftsParams: number[] } {
  const query = new Map<string, string>();
  const ftsParams: number[] = [];
  let out = sql.replace(/\b(documents_fts|quotes_fts)\s+MATCH\s+\$(\d+)/g, (_m, t: string, n: string) => {
    query.set(t, `to_tsquery('simple', unaccent($${n}))`);
    if (!ftsParams.includes(Number(n))) ftsParams.push(Number(n));
    return `${t}.tsv @@ to_tsquery('simple', unaccent($${n}))`;
  });
  if (!query.size) return { sql, ftsParams };
  out = out.replace(/\bbm25\((\w+)\)/g, (m, t: string) =>
    query.has(t) ? `(-ts_rank(${t}.tsv, ${query.get(t)}))` : m,
  );
  out = out.replace(
    /\bsnippet\((\w+),\s*(\d+),\s*'([^']*)',\s*'([^']*)',\s*'([^']*)',\s*(\d+)\)/g,
    (m, t: string, col: string, open: string, close: string, ell: string, n: string) => {
      const text = FTS_COLUMN[t]?.[Number(col)];
      if (!text || !query.has(t)) return m;
      const words = Number(n);
      return `ts_headline('simple', ${text}, ${query.get(t)}, 'StartSel=${open}, StopSel=${close}, MaxWords=${words}, MinWords=${Math.max(1, Math.floor(words / 2))}, MaxFragments=1, FragmentDelimiter=${ell}')`;
    },
  );
  return { sql: out, ftsParams };
}

/** FTS5 query text as ftsQuery (read.ts) writes it ("word"*, "a phrase", OR, AND, NOT) → tsquery text. */
export function ftsToTsquery(fts: string): string {
  const out: string[] = [];
  let op: string | null = null;
  for (const m of fts.matchAll(/"([^"]*)"(\*?)|\b(OR|AND|NOT)\b/g)) {
    if (m[3]) {
      op = m[3] === 'OR' ? '|' : m[3] === 'NOT' ? '& !' : '&';
      continue;
    }
    const words = m[1].split(/\s+/).filter(Boolean);
    if (!words.length) continue;
    const star = m[2] ? ':*' : '';
    const term = words.length > 1 ? `(${words.join(' <-> ')}${star})` : `${words[0]}${star}`;
    if (out.length) out.push(op ?? '&');
    out.push(term);
    op = null;
  }
  return out.join(' ');
}

export function toPg(source: string): Translated {
  let sql = source.trim();
  const fts = FTS_INSERT.exec(sql);
  if (fts) {
    // The text is folded and indexed; PostgreSQL keeps only the tsvector, documents.text has the words.
    const vals = fts[3].split(',').map((v) => v.trim());
    const body = vals
      .slice(1)
      .map((v) => `coalesce(${v}, '')`)
      .join(` || ' ' || `);
    sql = `INSERT INTO ${fts[1]} (rowid, tsv) VALUES (${vals[0]}, to_tsvector('simple', unaccent(${body}))) ON CONFLICT (rowid) DO UPDATE SET tsv = excluded.tsv`;
  }
  let returnsRowid = false;
  const ins = /^INSERT\s+(OR\s+(IGNORE|REPLACE)\s+)?INTO\s+(\w+)/i.exec(sql);
  if (ins && !fts) {
    const table = ins[3];
    const mode = ins[2]?.toUpperCase();
    sql = sql.replace(/^INSERT\s+OR\s+(IGNORE|REPLACE)\s+INTO/i, 'INSERT INTO');
    if (mode === 'IGNORE') sql += ' ON CONFLICT DO NOTHING';
    if (mode === 'REPLACE') {
      const key = PRIMARY_KEY[table];
      if (!key)
        throw new Error(`INSERT OR REPLACE into ${table}: its key is not known to the PostgreSQL dialect`);
      const cols = /\(([^)]*)\)/
        .exec(sql)![1]
        .split(',')
        .map((c) => c.trim());
      const set = cols.filter((c) => !key.includes(c)).map((c) => `${c} = excluded.${c}`);
      sql += ` ON CONFLICT (${key.join(', ')}) DO ${set.length ? `UPDATE SET ${set.join(', ')}` : 'NOTHING'}`;
    }
    if (ROWID_KEY[table] && !/\bRETURNING\b/i.test(sql)) {
      sql += ` RETURNING ${ROWID_KEY[table]}`;
      returnsRowid = true;
    }
  }
  if (ins) sql = qualifyUpsert(sql, ins[3]);
  sql = sql
    .replace(
      /FROM\s+sqlite_master\b(?!\s+AS\b)/gi,
      "FROM (SELECT table_name::text AS name, 'table' AS type FROM information_schema.tables WHERE table_schema = current_schema()) AS sqlite_master",
    )
    .replace(/\bNOT\s+LIKE\b/g, 'NOT ILIKE')
    .replace(/(?<!NOT\s)\bLIKE\b/g, 'ILIKE')
    .replace(/^BEGIN\s+(IMMEDIATE|EXCLUSIVE|DEFERRED)\b/i, 'BEGIN')
    .replace(/([\w.]+)\s+COLLATE\s+NOCASE/gi, 'lower($1)')
    // A list of ids bound as one JSON array: the planner takes a set-returning function for
    // 100 rows and hashes the whole table against it (a hub's incidents read every report);
    // an array it takes for a few elements, and looks each one up in the index.
    .replace(
      /\b(NOT\s+)?IN\s*\(\s*SELECT\s+value\s+FROM\s+json_each\((\?|@\w+)\)\s*\)/gi,
      (_m, not: string | undefined, p: string) =>
        `${not ? '<> ALL' : '= ANY'} (ARRAY(SELECT json_array_elements_text(${p}::json)))`,
    )
    .replace(
      /\bjson_each\((\?|@\w+)\)\s+(?:AS\s+)?(?!(?:WHERE|ORDER|GROUP|LIMIT|UNION|JOIN|ON)\b)(\w+)/gi,
      'json_array_elements_text($1::json) AS $2(value)',
    )
    .replace(/\bjson_each\((\?|@\w+)\)/gi, 'json_array_elements_text($1::json) AS json_each(value)')
    .replace(/\bjson_extract\(([\w.]+),\s*'\$\.(\w+)'\)/gi, "($1::json ->> '$2')");
  sql = camelAliases(nullsOrder(distinctOrder(subqueryAliases(scalarMinMax(sql)))));
  const p = params(sql);
  // "$1 IS NULL" gives PostgreSQL no type to infer; the store's nullable parameters are text (dates, ids)
  const typed = p.sql.replace(/(\$\d+)(\s+IS\s+(NOT\s+)?NULL)/gi, '$1::text$2');
  const ft = fullText(typed);
  return { sql: ft.sql, ftsParams: ft.ftsParams, names: p.names, count: p.count, returnsRowid };
}

/** The SQLite migrations' DDL as PostgreSQL DDL (one schema source for both backends). */
export function ddlToPg(sql: string): string {
  return sql
    .replace(
      new RegExp(`CREATE TABLE (IF NOT EXISTS )?(${IMPLICIT_ROWID.join('|')}) \\(`, 'g'),
      'CREATE TABLE $1$2 (\n  rowid BIGINT GENERATED ALWAYS AS IDENTITY,',
    )
    .replace(/\)\s*WITHOUT ROWID/g, ')')
    .replace(/(\w+) INTEGER PRIMARY KEY(?=[,\n])/g, '$1 BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY')
    .replace(/\bREAL\b/g, 'DOUBLE PRECISION')
    .replace(
      /CREATE VIRTUAL TABLE (\w+) USING fts5\([^;]*\);/g,
      'CREATE TABLE $1 (rowid BIGINT PRIMARY KEY, tsv tsvector NOT NULL);\nCREATE INDEX $1_tsv ON $1 USING GIN (tsv);',
    );
}
