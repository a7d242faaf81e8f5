// The decision commands through bin/dossier: names resolved, --by and $USER
// recorded, decisions listed, undo, reextract, and user mistakes as one line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { distIsStale } from './build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const _entry = join(root, 'dist/cli/main.js');
const data = join(root, 'src/store/testdata');
const dir = mkdtempSync(join(tmpdir(), 'dossier-decide-cli-'));
const db = join(dir, 'd.db');
const STACK = /at .*\(.*:\d+:\d+\)/;

function dossier(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(root, 'bin/dossier'), ...args, '--db', db], {
    cwd: dir,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (distIsStale(root)) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  expect(dossier(['ingest', data, '--json']).code).toBe(0);
}, 120_000);

describe('dossier merge / rename / decisions / undo / reextract', () => {
  it('records who decided (--by, else $USER), lists, undoes, and survives reextract', () => {
    const m = dossier(['merge', 'Hafiz Saeed', 'Hafiz Saeed Khan', '--by', 'ana', '--json']);
    expect(m.code, m.stderr).toBe(0);
    expect(JSON.parse(m.stdout)).toMatchObject({ id: 1, action: 'merge', decidedBy: 'ana', inForce: true });
    const r = dossier(['rename', 'Zarif Noorzai', 'Commander Zarif'], { USER: 'bo' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^#2 rename Zarif Noorzai .* by bo at /);

    const x = dossier(['reextract', '--json']);
    expect(x.code, x.stderr).toBe(0);
    expect(JSON.parse(x.stdout).decisions).toEqual({ applied: 2, notFound: 0 });
    const e = JSON.parse(dossier(['entity', 'Hafiz Saeed Khan', '--json']).stdout);
    expect(e.entity.name).toBe('Hafiz Saeed');
    expect(JSON.parse(dossier(['entity', 'Zarif Noorzai', '--json']).stdout).entity.name).toBe(
      'Commander Zarif',
    );

    const u = dossier(['undo', '1', '--by', 'cy']);
    expect(u.code, u.stderr).toBe(0);
    expect(u.stdout).toMatch(/undone by cy/);
    expect(JSON.parse(dossier(['entity', 'Hafiz Saeed Khan', '--json']).stdout).entity.name).toBe(
      'Hafiz Saeed Khan',
    );
    const list = JSON.parse(dossier(['decisions', '--json']).stdout);
    expect(list.map((d: { undoneBy: string | null }) => d.undoneBy)).toEqual(['cy', null]);
  });

  it('mistakes are one line and exit 1', () => {
    for (const args of [
      ['undo', '1'],
      ['undo', 'x'],
      ['merge', 'Nobody Atall', 'Hafiz Saeed'],
      ['reject', 'Rfff'],
      ['split', 'Zarif Noorzai', 'Somebody Else'],
    ]) {
      const r = dossier(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(new RegExp(`^dossier ${args[0]}: `));
      expect(r.stderr).not.toMatch(STACK);
    }
  });
});
