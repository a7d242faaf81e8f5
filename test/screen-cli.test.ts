// dossier screen / watchlist end to end through main(): import, re-import diffs,
// list, update from a local HTTP server, screening output, and user errors as
// one line naming the input with a non-zero exit.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';

const fx = (p: string) => fileURLToPath(new URL(`./fixtures/screen/${p}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dossier-screen-cli-'));
const STACK = /at .*\(.*:\d+:\d+\)/;

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((s: string) => {
    stdout += s;
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => {
    stderr += s;
    return true;
  }) as typeof process.stderr.write;
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

describe('list and name files are read with a size cap', () => {
  it('watchlist import /dev/zero stops at the limit with one line (was 1.4 GB RSS in 8 s)', async () => {
    const t0 = Date.now();
    const r = await run(['watchlist', 'import', '/dev/zero', '--db', join(dir, 'zero.db')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('dossier watchlist: /dev/zero: input is over the 128 MB limit\n');
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it('screen --names /dev/zero stops at the 20 MB input limit', async () => {
    const r = await run(['screen', '--names', '/dev/zero', '--db', join(dir, 'zero.db')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^dossier screen: \/dev\/zero: input is over the 20 MB limit\n$/m);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('a regular list file over the cap is refused from its size, before reading', async () => {
    const { readFileBytesSync } = await import('../src/ingest/sources.js');
    const big = join(dir, 'big-names.txt');
    writeFileSync(big, 'Ayman al-Zawahiri\n'.repeat(100));
    expect(() => readFileBytesSync(big, big, 1000)).toThrow(/file is 1\.8 KB; the limit is 1000 bytes/);
    expect(readFileBytesSync(big, big, 4000).length).toBe(1800);
  });
});

describe('dossier watchlist', () => {
  const db = join(dir, 'lists.db');

  it('imports a list, then a newer version in place, reporting added/removed/changed', async () => {
    const v1 = join(dir, 'v1');
    const v2 = join(dir, 'v2');
    mkdirSync(v1);
    mkdirSync(v2);
    for (const f of ['sdn.csv', 'alt.csv', 'add.csv']) {
      copyFileSync(fx(`ofac/${f}`), join(v1, f));
      copyFileSync(fx(`ofac-v2/${f}`), join(v2, f));
    }
    const a = await run(['watchlist', 'import', join(v1, 'sdn.csv'), '--db', db, '--json']);
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout)).toMatchObject({
      list: 'ofac',
      version: 1,
      records: 3,
      added: 3,
      removed: 0,
      changed: 0,
    });
    const b = await run(['watchlist', 'import', join(v2, 'sdn.csv'), '--db', db, '--json']);
    // v2: 2676 gains an alias and loses remarks (changed), 7140 gone, 20360 new, 12206 the same.
    expect(JSON.parse(b.stdout)).toMatchObject({
      version: 2,
      records: 3,
      added: 1,
      removed: 1,
      changed: 1,
      unchanged: 1,
    });
    const again = await run(['watchlist', 'import', join(v2, 'sdn.csv'), '--db', db]);
    expect(again.stdout).toBe('ofac: version 3, 3 entries (0 added, 0 removed, 0 changed)\n');
  });

  it('lists lists with version, count, format and source', async () => {
    await run(['watchlist', 'import', fx('un-small.xml'), '--db', db, '--name', 'un2015']);
    const r = await run(['watchlist', 'list', '--db', db, '--json']);
    const lists = JSON.parse(r.stdout) as {
      name: string;
      version: number;
      records: number;
      format: string;
    }[];
    expect(lists.map((l) => [l.name, l.version, l.records, l.format])).toEqual([
      ['ofac', 3, 3, 'ofac-csv'],
      ['un2015', 1, 4, 'un-xml'],
    ]);
    const text = await run(['watchlist', 'list', '--db', db]);
    expect(text.stdout).toMatch(/^un2015\tversion 1\t4 entries\tun-xml\timported .*list dated 2015-03-27/m);
  });

  it('keeps its tables apart from the store (screen_ prefix, own version row)', () => {
    const d = new Database(db, { readonly: true });
    const tables = (
      d.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
    )
      .map((t) => t.name)
      .sort();
    d.close();
    expect(tables).toEqual([
      'screen_entries',
      'screen_list_versions',
      'screen_lists',
      'screen_schema_version',
    ]);
  });

  it('user errors: missing file, unknown format — one line naming the input, exit 1', async () => {
    const missing = await run(['watchlist', 'import', join(dir, 'nope.csv'), '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`dossier watchlist: ${join(dir, 'nope.csv')}: no such file\n`);
    const odd = join(dir, 'odd.txt');
    writeFileSync(odd, 'hello\nworld\n');
    const unknown = await run(['watchlist', 'import', odd, '--db', db]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^dossier watchlist: .*odd\.txt: unknown list format/);
    expect(unknown.stderr.split('\n').filter((l) => l.startsWith('dossier')).length).toBe(1);
    expect(unknown.stderr).not.toMatch(STACK);
  });
});

describe('dossier watchlist update', () => {
  let server: Server;
  let base = '';
  const hits: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      const file = {
        '/un.xml': 'un-small.xml',
        '/ofac/sdn.csv': 'ofac/sdn.csv',
        '/ofac/alt.csv': 'ofac/alt.csv',
      }[req.url ?? ''];
      if (!file) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200).end(readFileSync(fx(file)));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it('fetches the UN and OFAC lists (alt.csv beside sdn.csv) and imports them', async () => {
    const db = join(dir, 'update.db');
    const r = await run([
      'watchlist',
      'update',
      '--db',
      db,
      '--un-url',
      `${base}/un.xml`,
      '--ofac-url',
      `${base}/ofac/sdn.csv`,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'un: version 1, 4 entries (4 added, 0 removed, 0 changed)\nofac: version 1, 3 entries (3 added, 0 removed, 0 changed)\n',
    );
    expect(hits).toContain('/ofac/alt.csv');
    const s = await run(['screen', '--db', db, '--name', 'Lashkar-i-Taiba', '--json']);
    expect(JSON.parse(s.stdout).hits[0]).toMatchObject({
      list: 'ofac',
      id: '7140',
      matchedName: 'LASHKAR-I-TAIBA',
    });
  });

  it('an unreachable list is one line naming the URL', async () => {
    const r = await run([
      'watchlist',
      'update',
      '--db',
      join(dir, 'u2.db'),
      '--un-url',
      `${base}/missing.xml`,
    ]);
    expect(r.code).toBe(1);
    // (main() run in-process many times adds stdout listeners; Node may warn about that on stderr.)
    expect(r.stderr.split('\n').filter((l) => l.startsWith('dossier'))).toEqual([
      `dossier watchlist: ${base}/missing.xml: HTTP 404`,
    ]);
  });
});

describe('dossier screen', () => {
  const db = join(dir, 'screen.db');
  beforeAll(async () => {
    await run(['watchlist', 'import', fx('un-small.xml'), '--db', db]);
  });

  it('screens one name with an explained hit', async () => {
    const r = await run(['screen', '--db', db, '--name', 'Aymen al-Zawahiri', '--birth-year', '1951']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Aymen al-Zawahiri: 1 hit\n {2}\d\.\d{3} {2}un QDi\.006 {2}AIMAN MUHAMMED RABI AL-ZAWAHIRI \[person\]/,
    );
    expect(r.stdout).toMatch(/aymen~ayman phonetic .*birth-year \+0\.03 \(born 1951, as listed\)/);
  });

  it('screens a file of names, one JSON line each', async () => {
    const f = join(dir, 'names.txt');
    writeFileSync(f, 'Aymen al-Zawahiri\nIbad Khan\n\nTTP\n');
    const r = await run(['screen', '--db', db, '--names', f, '--json']);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.query, l.hits.length])).toEqual([
      ['Aymen al-Zawahiri', 1],
      ['Ibad Khan', 0],
      ['TTP', 1],
    ]);
    expect(lines[2].hits[0]).toMatchObject({ id: 'QDe.132', matchedName: 'TTP' });
  });

  it('without a name: screens the store when it has entities, else says it needs the store', async () => {
    const none = await run(['screen', '--db', db]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/needs the knowledge store \(dossier ingest\)/);
    const d = new Database(db);
    d.exec(`CREATE TABLE entities (id TEXT, type TEXT, name TEXT); CREATE TABLE entity_names (entity_id TEXT, name TEXT);
      INSERT INTO entities VALUES ('e1', 'person', 'Ayman al-Zawahiri'), ('e2', 'person', 'Ibad Khan'), ('e3', 'organization', 'Pakistani Taliban');
      INSERT INTO entity_names VALUES ('e1', 'Aymen al-Zawahiri'), ('e3', 'TTP');`);
    d.close();
    const r = await run(['screen', '--db', db, '--json']);
    expect(r.code).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => [o.entity, o.hits.map((h: { id: string }) => h.id)])).toEqual([
      ['e1', ['QDi.006']],
      ['e2', []],
      ['e3', ['QDe.132']],
    ]);
  });

  it('imports the shipped OFAC list into an empty database', async () => {
    const fresh = join(dir, 'fresh.db');
    const r = await run(['screen', '--db', fresh, '--name', 'Tehrik-e-Taliban Pakistan']);
    expect(r.stderr).toMatch(/imported the shipped OFAC list \(8210 entries\)/);
    expect(r.stdout).toMatch(/ofac 12206 {2}TEHRIK-E TALIBAN PAKISTAN \(TTP\)/);
  });

  it('bad options are one line and exit 2', async () => {
    for (const [args, msg] of [
      [['--threshold', '2'], /--threshold 2: expected a number from 0 to 1/],
      [['--country', 'Atlantis'], /--country Atlantis: not a country/],
      [['--birth-year', 'abc'], /--birth-year abc: expected a year/],
      [['--type', 'vessel'], /--type vessel: expected person or organization/],
      [['--names', join(dir, 'none.txt')], /none\.txt: no such file/],
      [['--list', 'nolist'], /--list nolist: no such list/],
    ] as const) {
      const name = args[0] === '--names' ? [] : ['--name', 'X Y'];
      const r = await run(['screen', '--db', db, ...name, ...args]);
      expect(r.code).toBe(2);
      const lines = r.stderr.split('\n').filter((l) => l.startsWith('dossier'));
      expect(lines.length).toBe(1);
      expect(lines[0]).toMatch(msg);
    }
  });

  it('a PostgreSQL store that cannot be reached is one line naming it and exit 1', async () => {
    const url = 'postgres://nobody@127.0.0.1:1/dossier';
    for (const args of [
      ['screen', '--name', 'Asad Khorasani', '--db', url],
      ['watchlist', 'list', '--db', url],
      ['watchlist', 'import', fx('list.csv'), '--db', url],
    ]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('127.0.0.1:1/dossier');
      expect(r.stderr).not.toMatch(STACK);
    }
  });
});
