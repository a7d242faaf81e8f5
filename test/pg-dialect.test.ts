// Every SQL statement the code prepares, translated by the PostgreSQL dialect
// (src/store/pg/dialect.ts) and PREPAREd on a PostgreSQL database holding the
// whole schema: PostgreSQL parses and plans it (tables, columns, types, GROUP BY)
// without running it, so a statement that is not portable fails here rather than
// in production. The statements are read from the source: each string literal
// (or template without `${}`) given to prepare(), prep() or the like. Templates
// that build SQL from parts are run by the parameterised tests instead.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureScreenTables } from '../src/screen/db.js';
import { toPg } from '../src/store/pg/dialect.js';
import { PgStore } from '../src/store/pg/store.js';
import { type PgCluster, pgCluster, pgUnavailable } from './pg-cluster.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const skip = pgUnavailable();

/** SQLite's own statements, run only on SQLite (each names where and why). */
const SQLITE_ONLY: RegExp[] = [
  /^\s*(PRAGMA|VACUUM|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|CREATE|DROP|ALTER|ANALYZE|REINDEX)\b/i,
  // FTS5 control rows ('delete-all', 'rebuild', 'optimize'): the PostgreSQL tables are plain tsvector rows
  /^\s*INSERT\s+INTO\s+(\w+_fts)\s*\(\s*\1\s*\)/i,
  // SQLite's change counters (sqlite.ts changeStamp; PostgreSQL has its own)
  /\btotal_changes\(\)|\bchanges\(\)/i,
  // SQLite's pragma functions (open.ts reads a file's application_id and user_version)
  /\bpragma_\w+\(\)/i,
];

function files(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.ts$/.test(f) && !/\.test\.ts$/.test(f)) out.push(p);
  }
  return out;
}

interface Found {
  where: string;
  sql: string;
}

/** String literals handed to a prepare-like call: prepare('…'), prep(`…`), .exec("…") aside (DDL). */
function statements(): { found: Found[]; built: number } {
  const found: Found[] = [];
  let built = 0;
  for (const f of files(join(root, 'src'))) {
    if (f.includes('/store/pg/')) continue;
    const text = readFileSync(f, 'utf8');
    const re = /\b(?:prepare|prep|stmt)\(\s*(['"`])/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const q = m[1];
      let i = m.index + m[0].length;
      let s = '';
      let dynamic = false;
      for (; i < text.length; i++) {
        const c = text[i];
        if (c === '\\') {
          s += text[i + 1];
          i++;
          continue;
        }
        if (q === '`' && c === '$' && text[i + 1] === '{') dynamic = true;
        if (c === q) break;
        s += c;
      }
      // 'a' + 'b' concatenations: follow them
      let rest = text.slice(i + 1);
      while (!dynamic) {
        const more = /^\s*\+\s*(['"])/.exec(rest);
        if (!more) break;
        const j = rest.indexOf(more[1], more[0].length);
        s += rest.slice(more[0].length, j);
        rest = rest.slice(j + 1);
      }
      if (dynamic || /^\s*[+,)]?\s*\+/.test(rest)) {
        built++;
        continue;
      }
      const line = text.slice(0, m.index).split('\n').length;
      if (/\b(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i.test(s))
        found.push({ where: `${relative(root, f)}:${line}`, sql: s });
    }
  }
  return { found, built };
}

describe.skipIf(skip)('every statement prepares on PostgreSQL', () => {
  let cluster: PgCluster;
  let store: PgStore;
  beforeAll(async () => {
    cluster = (await pgCluster())!;
    store = PgStore.open(await cluster.database());
    ensureScreenTables(store.db as never);
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    await cluster?.stop();
  });

  it('parses and plans each one (UPDATE OR IGNORE, bare GROUP BY columns, rowid … fail here)', () => {
    const { found, built } = statements();
    // the scan finds the store's statements: a broken scan must not pass by finding none
    expect(found.length).toBeGreaterThan(150);
    const failures: string[] = [];
    let checked = 0;
    for (const { where, sql } of found) {
      if (SQLITE_ONLY.some((r) => r.test(sql))) continue;
      let pg: string;
      try {
        pg = toPg(sql).sql;
      } catch (e) {
        failures.push(`${where}: ${(e as Error).message}`);
        continue;
      }
      try {
        store.db.exec(`PREPARE dialect_check AS ${pg}`);
        store.db.exec('DEALLOCATE dialect_check');
        checked++;
      } catch (e) {
        failures.push(`${where}: ${(e as Error).message}\n    ${sql.replace(/\s+/g, ' ').slice(0, 200)}`);
      }
    }
    process.stdout.write(
      `dialect: ${checked} statements prepared on PostgreSQL, ${built} built from parts\n`,
    );
    expect(failures).toEqual([]);
  });

  it('reads a list of ids bound as a JSON array as an array the index is walked with, the same rows as IN', () => {
    const ids = (list: string[]) => JSON.stringify(list);
    const q = (sql: string, list: string[]) =>
      (store.db.prepare(sql).all(ids(list)) as { type: string }[]).map((r) => r.type).sort();
    const inList = `SELECT type FROM (VALUES ('a'), ('b'), ('c')) AS t(type) WHERE type IN (SELECT value FROM json_each(?))`;
    const notIn = inList.replace(' IN ', ' NOT IN ');
    expect(toPg(inList).sql).toContain('= ANY (ARRAY(SELECT json_array_elements_text($1::json)))');
    expect(toPg(notIn).sql).toContain('<> ALL (ARRAY(SELECT json_array_elements_text($1::json)))');
    // repeated ids, none, and ids not there: as IN and NOT IN give them
    expect(q(inList, ['a', 'c', 'a', 'x'])).toEqual(['a', 'c']);
    expect(q(inList, [])).toEqual([]);
    expect(q(notIn, ['a', 'a'])).toEqual(['b', 'c']);
    expect(q(notIn, [])).toEqual(['a', 'b', 'c']);
  });
});

describe.skipIf(!skip)('every statement prepares on PostgreSQL', () => {
  it.skip(`skipped: ${skip}`, () => {});
});
