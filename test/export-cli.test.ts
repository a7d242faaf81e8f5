// dossier export / import through bin/dossier: output files, stdout, and bad input
// (one clear line naming it, exit 1, no stack trace, nothing half-written).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { distIsStale } from './build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dossier-export-cli-'));
const db = join(dir, 'x.db');
const STACK = /at .*\(.*:\d+:\d+\)/;

const dossier = (args: string[]) => {
  const r = spawnSync(process.execPath, [join(root, 'bin/dossier'), ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

beforeAll(() => {
  if (distIsStale(root)) spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
  const r = dossier(['ingest', '--db', db, '--json', join(root, 'src/store/testdata')]);
  expect(r.code, r.stderr).toBe(0);
}, 120_000);

describe('dossier export', () => {
  it('writes a STIX bundle to -o and the same to stdout', () => {
    const out = join(dir, 'b.json');
    expect(dossier(['export', '--db', db, '--format', 'stix', '-o', out]).code).toBe(0);
    const file = JSON.parse(readFileSync(out, 'utf8'));
    const piped = JSON.parse(dossier(['export', '--db', db, '--format', 'stix']).stdout);
    expect(piped.objects.map((o: { id: string }) => o.id)).toEqual(
      file.objects.map((o: { id: string }) => o.id),
    );
    expect(readdirSync(dir).some((f) => f.includes('.partial-'))).toBe(false);
  });

  it('writes the seven CSV tables into -o DIR', () => {
    const out = join(dir, 'tables');
    expect(dossier(['export', '--db', db, '--format', 'csv', '-o', out]).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      [
        'aliases.csv',
        'entities.csv',
        'events.csv',
        'incidents.csv',
        'quotes.csv',
        'sources.csv',
        'ties.csv',
      ].sort(),
    );
  });

  it('--entity narrows the export; an unknown name is one clear error', () => {
    const all = JSON.parse(dossier(['export', '--db', db, '--format', 'jsonl']).stdout.split('\n')[0]);
    const some = dossier(['export', '--db', db, '--format', 'jsonl', '--entity', all.name, '--hops', '1']);
    expect(some.code).toBe(0);
    const r = dossier(['export', '--db', db, '--format', 'stix', '--entity', 'Nobody Byname Atall']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^dossier export: Nobody Byname Atall: no entity by that name/);
  });

  it.each([
    [['--format', 'pdf'], /--format: must be one of stix, gexf, graphml, csv, ftm, jsonl, not "pdf"/],
    [['--format', 'stix', '--since', 'last week'], /--since: expected YYYY\[-MM\[-DD\]\], not "last week"/],
    [['--format', 'stix', '--min-corroboration', '0'], /--min-corroboration: must be a whole number ≥ 1/],
    [['--format', 'stix', '--hops', '2'], /--hops: needs --entity/],
    [['--format', 'csv'], /--format csv: writes seven tables: give a directory with -o DIR/],
  ])('refuses %j with one line, exit 1', (args, message) => {
    const r = dossier(['export', '--db', db, ...args]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('an -o in a missing folder fails cleanly and leaves nothing behind', () => {
    const r = dossier(['export', '--db', db, '--format', 'stix', '-o', join(dir, 'no/such/dir/b.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no\/such\/dir/);
    expect(r.stderr).not.toMatch(STACK);
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });
});

describe('dossier import', () => {
  it('imports a bundle into a new store and reports what it did', () => {
    const out = join(dir, 'round.json');
    dossier(['export', '--db', db, '--format', 'stix', '-o', out]);
    const r = dossier(['import', '--db', join(dir, 'fresh.db'), '--json', out]);
    expect(r.code, r.stderr).toBe(0);
    const rep = JSON.parse(r.stdout);
    expect(rep.format).toBe('stix');
    expect(rep.documents).toBeGreaterThan(0);
    expect(rep.ties).toBeGreaterThan(0);
  });

  it('imports FollowTheMoney where two people share a name, as two people', () => {
    // Resolution kept two men called Omar Farouk apart (say, an analyst's split); the export
    // carries both, and the import must neither crash on one id nor fold them into one.
    const lines = [
      { id: 'p1', schema: 'Person', properties: { name: ['Omar Farouk'], nationality: ['so'] } },
      { id: 'p2', schema: 'Person', properties: { name: ['Omar Farouk'], nationality: ['ng'] } },
      { id: 'o1', schema: 'Organization', properties: { name: ['Shabelle Youth Front'] } },
      { id: 'm1', schema: 'Membership', properties: { member: ['p1'], organization: ['o1'] } },
    ];
    const file = join(dir, 'namesakes.ftm.jsonl');
    writeFileSync(file, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const r = dossier(['import', '--db', join(dir, 'namesakes.db'), '--json', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(STACK);
    expect(JSON.parse(r.stdout)).toMatchObject({ format: 'ftm', entities: 3, ties: 1 });
    const records = dossier(['export', '--db', join(dir, 'namesakes.db'), '--format', 'jsonl'])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const people = records.filter((x) => x.record === 'entity' && x.type === 'person');
    expect(people.map((x) => x.attributes.ftm_id).sort()).toEqual(['p1', 'p2']);
    expect(new Set(people.map((x) => x.id)).size).toBe(2);
    const tie = records.find((x) => x.record === 'tie');
    expect(tie.subject).toBe(people.find((x) => x.attributes.ftm_id === 'p1').id);
  });

  it('round-trips the store through FollowTheMoney into a fresh store', () => {
    const out = join(dir, 'round.ftm.jsonl');
    expect(dossier(['export', '--db', db, '--format', 'ftm', '-o', out]).code).toBe(0);
    const r = dossier(['import', '--db', join(dir, 'fresh-ftm.db'), '--json', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).entities).toBeGreaterThan(0);
  });

  it('refuses a missing file and a file of another kind with one line', () => {
    const missing = dossier(['import', '--db', join(dir, 'y.db'), join(dir, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.json: /);
    expect(missing.stderr).not.toMatch(STACK);
    const junk = join(dir, 'junk.txt');
    writeFileSync(junk, 'hello\n');
    const r = dossier(['import', '--db', join(dir, 'y.db'), junk]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/junk\.txt: neither a STIX 2\.1 bundle nor FollowTheMoney JSON lines/);
  });
});
