// A throwaway PostgreSQL cluster for the tests: Debian's initdb in a temporary
// directory, a free port, trust authentication, listening on 127.0.0.1 only;
// run as the postgres user when the tests run as root (CI). DOSSIER_TEST_PG
// (a postgres:// URL of a server to use instead) skips the cluster; DOSSIER_TEST_PG=off
// skips the PostgreSQL half.
// Without PostgreSQL, pgCluster() returns null and the PostgreSQL half skips.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PgStore } from '../src/store/pg/store.js';
import { SqliteStore } from '../src/store/sqlite.js';

export interface PgCluster {
  /** the server's URL without a database */
  base: string;
  /** a new, empty database on it; its postgres:// URL */
  database(name?: string): Promise<string>;
  stop(): Promise<void>;
}

function binDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Why PostgreSQL tests cannot run here, or null when they can. */
export function pgUnavailable(): string | null {
  if (process.env.DOSSIER_TEST_PG === 'off') return 'DOSSIER_TEST_PG=off';
  if (process.env.DOSSIER_TEST_PG) return null;
  if (!binDir()) return 'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)';
  if (process.getuid?.() === 0) {
    try {
      execFileSync('id', ['postgres'], { stdio: 'ignore' });
    } catch {
      return 'running as root and there is no postgres user to run the cluster as';
    }
  }
  return null;
}

let counter = 0;

export async function pgCluster(): Promise<PgCluster | null> {
  if (pgUnavailable()) return null;
  const admin = async (base: string, sql: string) => {
    const c = new pg.Client({ connectionString: `${base}/postgres` });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  const made = (base: string) => async (name?: string) => {
    const db = name ?? `dossier_t${process.pid}_${++counter}`;
    await admin(base, `CREATE DATABASE ${db}`);
    return `${base}/${db}`;
  };
  const given = process.env.DOSSIER_TEST_PG;
  if (given) {
    const base = given.replace(/\/[^/]*$/, '');
    return { base, database: made(base), stop: async () => {} };
  }
  const bin = binDir()!;
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'dossier-pg-'));
  chmodSync(dir, 0o777);
  const as = (cmd: string, args: string[]) =>
    root
      ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' })
      : execFileSync(cmd, args, { stdio: 'pipe' });
  const data = join(dir, 'data');
  as(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  as(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-o',
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=50`,
    '-w',
    'start',
  ]);
  const base = `postgres://postgres@127.0.0.1:${port}`;
  return {
    base,
    database: made(base),
    stop: async () => {
      try {
        as(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * The two backends the store suites run on, the same tests on each: SQLite at the file
 * `sqlitePath(name)` gives, PostgreSQL on one throwaway cluster started on first use
 * (`stop` ends it); without PostgreSQL its `skip` says why.
 */
export function storeBackends(sqlitePath: (name: string) => string) {
  let cluster: PgCluster | null = null;
  const backends: {
    name: 'sqlite' | 'postgres';
    skip: string | null;
    /** a new, empty store */
    open(name: string): Promise<SqliteStore | PgStore>;
  }[] = [
    { name: 'sqlite', skip: null, open: async (name) => SqliteStore.open(sqlitePath(name)) },
    {
      name: 'postgres',
      skip: pgUnavailable(),
      open: async () => {
        cluster ??= await pgCluster();
        return PgStore.open(await cluster!.database());
      },
    },
  ];
  return { backends, stop: async () => void (await cluster?.stop()) };
}
