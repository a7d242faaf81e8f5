// The analyst's corrections through bin/dossier on articles written for this test:
// a split by mentions inside one article, a split of an entity that merged two
// groups, a tie and an event added with a cited sentence, a tie's and an event's
// type edited, an entity retyped, a rejection that clears the conflict it caused;
// all undoable and standing after `reextract`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { distIsStale } from './build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dossier-corrections-'));
const db = join(dir, 'c.db');
const STACK = /at .*\(.*:\d+:\d+\)/;

function dossier(args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/dossier'), ...args, '--db', db], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const json = (args: string[]) => {
  const r = dossier([...args, '--json']);
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
  return JSON.parse(r.stdout);
};

type Tie = { factId: string; other: { name: string }; conflict: boolean; status: string | null };
const ties = (name: string, type: string): Tie[] => json(['entity', name]).ties[type] ?? [];

beforeAll(() => {
  if (distIsStale(root)) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  writeFileSync(
    join(dir, 'party.txt'),
    `TITLE: Police clash with party supporters in Karachi
DATE: 2023-05-02

Police clashed with supporters of Tehreek-i-Labbaik Pakistan (TLP) in Karachi on Monday.

The TLP grew out of Tehreek-i-Labbaik Ya Rasool Allah (TLYRA), a movement founded by Khadim Hussain Rizvi. Saad Rizvi is the leader of the TLP. The TLP said its workers would march again.
`,
  );
  writeFileSync(
    join(dir, 'sahel.txt'),
    `TITLE: Fighters ambush convoy in northern Mali
DATE: 2023-09-10

Fighters of the Macina Liberation Front (FLM) ambushed a supply convoy near Timbuktu on Friday, officials said.

Amadou Koufa is the leader of the FLM. Hamadoun Diallo, a former teacher, was also described as the leader of the FLM by a local official. Koufa's deputy was killed last year.
`,
  );
  const r = dossier(['ingest', dir, '--json']);
  expect(r.code, r.stderr).toBe(0);
}, 180_000);

describe('analyst corrections', () => {
  it('splits an entity that merged two groups, by spellings, inside one article', () => {
    // The extractor keeps the party and the movement it grew out of apart; a mistaken merge
    // (an analyst's here) makes one organisation of them, as the split undoes.
    expect(dossier(['merge', 'TLP', 'TLYRA']).code).toBe(0);
    const before = json(['entity', 'TLYRA']);
    const spellings = before.names.map((n: { name: string }) => n.name);
    expect(spellings).toEqual(expect.arrayContaining(['TLP', 'TLYRA']));
    const s = dossier(['split', 'TLP', 'Tehreek-i-Labbaik Ya Rasool Allah', 'TLYRA', '--json']);
    expect(s.code, s.stderr).toBe(0);
    const tlp = json(['entity', 'TLP']);
    const tlyra = json(['entity', 'TLYRA']);
    expect(tlp.entity.id).not.toBe(tlyra.entity.id);
    expect(tlp.names.map((n: { name: string }) => n.name).sort()).toEqual([
      'TLP',
      'Tehreek-i-Labbaik Pakistan',
    ]);
    expect(tlyra.names.map((n: { name: string }) => n.name).sort()).toEqual([
      'TLYRA',
      'Tehreek-i-Labbaik Ya Rasool Allah',
    ]);
    expect(tlp.entity.name).toBe('Tehreek-i-Labbaik Pakistan');
    // Both spellings are still documents of the same article: a document-wide split could not do this.
    expect(tlp.documents).toBe(1);
    expect(tlyra.documents).toBe(1);
  });

  it('refuses a split that would leave nothing, naming the spelling', () => {
    const r = dossier(['split', 'Saad Rizvi', 'Saad Rizvi']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^dossier split: Saad Rizvi: every mention of Saad Rizvi uses this spelling/);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('adds a tie cited to a sentence; rejecting a leader tie clears the conflict it caused', () => {
    const a = dossier([
      'add-tie',
      'Khadim Hussain Rizvi',
      'leader_of',
      'TLYRA',
      '--doc',
      'party supporters',
      '--cite',
      'a movement founded by',
    ]);
    expect(a.code, a.stderr).toBe(0);
    const t = ties('TLYRA', 'leader_of');
    expect(t.map((x) => [x.other.name, x.status])).toEqual([['Khadim Hussain Rizvi', 'confirmed']]);
    const text = dossier(['entity', 'TLYRA']).stdout;
    expect(text).toContain(
      '“The TLP grew out of Tehreek-i-Labbaik Ya Rasool Allah (TLYRA), a movement founded by',
    );

    // Two leaders of one group (the second tie added here from the official's claim): each tie is
    // a conflict until the wrong one is rejected.
    const second = dossier([
      'add-tie',
      'Hamadoun Diallo',
      'leader_of',
      'FLM',
      '--doc',
      'northern Mali',
      '--cite',
      'was also described as the leader',
    ]);
    expect(second.code, second.stderr).toBe(0);
    const flm = ties('FLM', 'leader_of');
    expect(flm.map((x) => x.other.name).sort()).toEqual(['Amadou Koufa', 'Hamadoun Diallo']);
    expect(flm.every((x) => x.conflict)).toBe(true);
    const wrong = flm.find((x) => x.other.name === 'Hamadoun Diallo')!;
    expect(dossier(['reject', wrong.factId]).code).toBe(0);
    const after = ties('Amadou Koufa', 'leader_of');
    expect(after).toHaveLength(1);
    expect(after[0].conflict).toBe(false);
    expect(dossier(['entity', 'Amadou Koufa']).stdout).not.toMatch(/CONFLICT/);
  });

  it('adds an event with roles, date and place; edits it; refuses bad input in one line', () => {
    const add = json([
      'add-event',
      'attack',
      '--doc',
      'northern Mali',
      '--cite',
      'ambushed a supply convoy',
      '--agent',
      'FLM',
      '--place',
      'Timbuktu',
      '--date',
      '2023-09-08',
    ]);
    expect(add).toMatchObject({ action: 'add', inForce: true });
    const fid = String(add.target).slice(5);
    const ev = json(['timeline']).events.find((e: { factId: string }) => e.factId === fid);
    expect(ev).toMatchObject({ type: 'attack', date: '2023-09-08', place: 'Timbuktu' });
    expect(ev.participants.map((p: { role: string }) => p.role)).toEqual(['agent']);

    const e = json(['edit', fid, '--type', 'killing', '--date', '2023-09', '--place', 'none']);
    expect(e.summary).toMatch(/type killing, date 2023-09, place none/);
    const ev2 = json(['timeline']).events.find((x: { factId: string }) => x.factId === fid);
    expect(ev2).toMatchObject({ type: 'killing', date: '2023-09', place: null });
    // Undo puts back what the edit changed.
    expect(dossier(['undo', String(e.id)]).code).toBe(0);
    expect(json(['timeline']).events.find((x: { factId: string }) => x.factId === fid)).toMatchObject({
      type: 'attack',
      date: '2023-09-08',
      place: 'Timbuktu',
    });

    for (const args of [
      [
        'add-event',
        'bombing',
        '--doc',
        'northern Mali',
        '--cite',
        'ambushed a supply convoy',
        '--agent',
        'FLM',
      ],
      ['add-event', 'attack', '--doc', 'northern Mali', '--cite', 'ambushed a supply convoy'],
      ['add-event', 'attack', '--doc', 'northern Mali', '--cite', 'no such words here', '--agent', 'FLM'],
      ['add-event', 'attack', '--doc', 'northern Mali', '--cite', 'FLM', '--agent', 'FLM'],
      ['add-event', 'attack', '--doc', 'nope', '--cite', 'ambushed', '--agent', 'FLM'],
      [
        'add-event',
        'attack',
        '--doc',
        'northern Mali',
        '--cite',
        'ambushed',
        '--agent',
        'FLM',
        '--date',
        '2015-02-30',
      ],
      ['add-tie', 'Amadou Koufa', 'leads', 'FLM', '--doc', 'northern Mali', '--cite', 'Amadou Koufa is'],
      ['edit', fid],
    ]) {
      const r = dossier(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(new RegExp(`^dossier ${args[0]}: `));
      expect(r.stderr).not.toMatch(STACK);
    }
  });

  it("edits a tie's type and retypes an entity; all of it stands after reextract", () => {
    const saad = ties('Saad Rizvi', 'leader_of');
    expect(saad).toHaveLength(1);
    expect(dossier(['edit', saad[0].factId, '--type', 'member_of']).code).toBe(0);
    expect(ties('Saad Rizvi', 'leader_of')).toHaveLength(0);
    expect(ties('Saad Rizvi', 'member_of').map((t) => t.other.name)).toEqual(['Tehreek-i-Labbaik Pakistan']);

    const r = json(['retype', 'Hamadoun Diallo', 'organization']);
    expect(r.summary).toBe('retype Hamadoun Diallo (person) as organization');
    expect(json(['entity', 'Hamadoun Diallo']).entity.type).toBe('organization');
    expect(dossier(['retype', 'Hamadoun Diallo', 'ship']).stderr).toMatch(
      /^dossier retype: ship: is not an entity type/,
    );

    const x = json(['reextract']);
    expect(x.decisions.notFound).toBe(0);
    expect(json(['entity', 'TLP']).names.map((n: { name: string }) => n.name)).not.toContain('TLYRA');
    expect(ties('TLYRA', 'leader_of').map((t) => t.other.name)).toEqual(['Khadim Hussain Rizvi']);
    expect(ties('Amadou Koufa', 'leader_of')[0].conflict).toBe(false);
    expect(ties('Saad Rizvi', 'member_of').map((t) => t.other.name)).toEqual(['Tehreek-i-Labbaik Pakistan']);
    expect(json(['entity', 'Hamadoun Diallo']).entity.type).toBe('organization');
    expect(
      json(['timeline']).events.some(
        (e: { type: string; date: string }) => e.type === 'attack' && e.date === '2023-09-08',
      ),
    ).toBe(true);
  });
});
