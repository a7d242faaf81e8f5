// What the outside check does, through bin/dossier: reports of the same incidents
// plus distractors into a fresh store, then `dossier timeline --json` read for the number of
// incidents, the sources of each and the toll's min and max; then merge-incidents, undo
// and split-incident from the command line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { distIsStale } from './build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'test/fixtures/incidents');
const db = join(mkdtempSync(join(tmpdir(), 'dossier-incidents-cli-')), 'i.db');
const STACK = /at .*\(.*:\d+:\d+\)/;

function dossier(args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/dossier'), ...args, '--db', db], {
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
// biome-ignore lint/suspicious/noExplicitAny: the JSON is read loosely
const timeline = (): any => {
  const r = dossier(['timeline', '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

beforeAll(() => {
  if (distIsStale(root)) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  const r = dossier(['ingest', fixtures]);
  expect(r.code, r.stderr).toBe(0);
});

describe('dossier timeline --json', () => {
  it('gives incidents with their sources and toll ranges', () => {
    const t = timeline();
    expect(t.schema).toBe('dossier.timeline/2');
    expect(t.incidents).toHaveLength(3);
    const kirkuk = t.incidents.find((i: { sourceCount: number }) => i.sourceCount === 3);
    expect(kirkuk.place.name).toBe('Kirkuk');
    expect(kirkuk.sources.map((s: { outlet: string }) => s.outlet).sort()).toEqual([
      'Interior Ministry',
      'National Daily',
      'Wire Service',
    ]);
    expect(kirkuk.sources.every((s: { location: string }) => s.location.startsWith(fixtures))).toBe(true);
    expect(kirkuk.toll.killed).toMatchObject({ min: 16, max: 18 });
    expect(kirkuk.toll.killed.figures).toHaveLength(3);
    expect(t.mentioned).toHaveLength(1);
    // events are still listed per report, the arrest among them
    expect(t.events.some((e: { type: string }) => e.type === 'arrest')).toBe(true);
  });

  it('prints incidents with each report side by side', () => {
    const r = dossier(['timeline']);
    expect(r.stdout).toMatch(/^incidents \(3\)/);
    expect(r.stdout).toMatch(/attack in Kirkuk — 3 sources, killed 16–18 \(reports differ\)/);
    expect(r.stdout).toMatch(/Interior Ministry, 2025-06-03: killing, 2025-06-01 \(“June 1”\), Kirkuk/);
  });
});

describe('incident decisions from the command line', () => {
  it('merge-incidents, undo, split-incident; bad ids are one line, exit 1', () => {
    const before = timeline().incidents;
    const big = before.find((i: { sourceCount: number }) => i.sourceCount === 3);
    const other = before.find(
      (i: { place: { name: string }; sourceCount: number }) =>
        i.place.name === 'Kirkuk' && i.sourceCount === 1,
    );
    const m = dossier(['merge-incidents', big.id.slice(0, 8), other.id, '--json']);
    expect(m.code, m.stderr).toBe(0);
    const d = JSON.parse(m.stdout);
    expect(timeline().incidents).toHaveLength(2);
    expect(dossier(['undo', String(d.id)]).code).toBe(0);
    expect(
      timeline()
        .incidents.map((i: { id: string }) => i.id)
        .sort(),
    ).toEqual(before.map((i: { id: string }) => i.id).sort());
    const ministry = big.reports.find((x: { outlet: string }) => x.outlet === 'Interior Ministry');
    const s = dossier(['split-incident', big.id, ministry.factId]);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stdout).toMatch(/split the killing report/);
    expect(timeline().incidents).toHaveLength(4);
    const bad = dossier(['merge-incidents', 'Inope', big.id]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^dossier merge-incidents: Inope: no such incident/);
    expect(bad.stderr).not.toMatch(STACK);
  });
});
