// `dossier parse` end to end through bin/dossier: the CoNLL-U it prints is well formed
// and speaks of the input as it stands (FORM is the token's text, `# text` the sentence),
// a long file parses in one process, and bad input gets one clear error.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distIsStale } from './build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const STACK = /at .*\(.*:\d+:\d+\)/;
const dir = mkdtempSync(join(tmpdir(), 'dossier-parse-cli-'));

function dossier(args: string[], stdin = '') {
  const r = spawnSync(process.execPath, [join(root, 'bin/dossier'), 'parse', ...args], {
    cwd: root,
    input: stdin,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

interface Block {
  comments: Map<string, string>;
  rows: string[][];
}

function blocks(conllu: string): Block[] {
  return conllu
    .split('\n\n')
    .filter((b) => b.trim())
    .map((b) => {
      const comments = new Map<string, string>();
      const rows: string[][] = [];
      for (const line of b.split('\n').filter(Boolean)) {
        const m = /^# (\S+) = (.*)$/.exec(line);
        if (m) comments.set(m[1], m[2]);
        else rows.push(line.split('\t'));
      }
      return { comments, rows };
    });
}

// Sentences written for this test, one a line: a line is a paragraph, so each is a sentence.
const LINES = [
  'Ahmed Khalil, a commander of the Free Army of the North, was arrested in Kabul on Tuesday.',
  'Police said the two men hadn’t left the city since March.',
  '“We will not stop,” the group’s spokesman told reporters.',
  'Hamas, Hezbollah and the Houthis condemned the strike.',
];

beforeAll(() => {
  if (distIsStale(root)) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  expect(existsSync(join(root, 'dist/cli/main.js'))).toBe(true);
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dossier parse --conllu', () => {
  it('prints one well-formed block per sentence, FORM and # text as the input has them', () => {
    const text = `${LINES.join('\n')}\n`;
    const r = dossier([file('four.txt', text), '--conllu']);
    expect(r.code, r.stderr).toBe(0);
    const bs = blocks(r.stdout);
    expect(bs.map((b) => b.comments.get('text'))).toEqual(LINES);
    expect(bs.map((b) => b.comments.get('sent_id'))).toEqual(['1', '2', '3', '4']);
    for (const b of bs) {
      const sentence = b.comments.get('text') ?? '';
      let rebuilt = '';
      b.rows.forEach((cols, i) => {
        expect(cols, cols.join(' | ')).toHaveLength(10);
        expect(cols[0]).toBe(String(i + 1));
        const head = Number(cols[6]);
        expect(Number.isInteger(head) && head >= 0 && head <= b.rows.length).toBe(true);
        expect(head).not.toBe(i + 1);
        expect(cols[7] === 'root').toBe(head === 0);
        expect(cols[3]).toMatch(/^[A-Z]+$/);
        rebuilt += cols[1] + (cols[9].includes('SpaceAfter=No') ? '' : ' ');
      });
      // the forms, with the spaces MISC records, are the sentence itself
      expect(rebuilt.trimEnd()).toBe(sentence);
      expect(b.rows.filter((c) => c[6] === '0').length).toBeGreaterThanOrEqual(1);
    }
    // mentions ride in MISC
    const first = bs[0].rows;
    const kabul = first.find((c) => c[1] === 'Kabul');
    expect(kabul?.[9]).toMatch(/Entity=B-place/);
    const ahmed = first.findIndex((c) => c[1] === 'Ahmed');
    expect(first[ahmed][9]).toMatch(/Entity=B-person/);
    expect(first[ahmed + 1][9]).toMatch(/Entity=I-person/);
  });

  it('keeps FORM exactly as typed: curly quotes, contractions, punctuation', () => {
    const r = dossier(['-', '--conllu'], `${LINES[2]}\n`);
    expect(r.code, r.stderr).toBe(0);
    const forms = blocks(r.stdout).flatMap((b) => b.rows.map((c) => c[1]));
    expect(forms).toContain('“');
    expect(forms).toContain('”');
    expect(forms.join('')).toBe(LINES[2].replace(/\s+/g, ''));
  });

  it('parses a 25,000-word file of one sentence per line in one process', () => {
    const subjects = ['The minister', 'A police official', 'The commander', 'Two witnesses', 'The group'];
    const verbs = ['said', 'told reporters', 'claimed', 'denied', 'confirmed'];
    const objects = [
      'that the convoy had been attacked near the border',
      'that fighters crossed the river at night',
      'that the talks would resume next week',
      'that three men were detained after the raid',
    ];
    const lines: string[] = [];
    let words = 0;
    for (let i = 0; words < 25_000; i++) {
      const line = `${subjects[i % 5]} ${verbs[(i >> 1) % 5]} ${objects[i % 4]} on day ${i + 1}.`;
      lines.push(line);
      words += line.split(' ').length;
    }
    const r = dossier([file('long.txt', `${lines.join('\n')}\n`), '--conllu']);
    expect(r.code, r.stderr.slice(0, 500)).toBe(0);
    const bs = blocks(r.stdout);
    expect(bs.length).toBe(lines.length);
    expect(bs[bs.length - 1].comments.get('text')).toBe(lines[lines.length - 1]);
  }, 240_000);
});

describe('dossier parse: other shapes and bad input', () => {
  it('prints JSON with tokens, heads and mentions', () => {
    const r = dossier([file('one.txt', `${LINES[3]}\n`), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.schema).toBe('dossier.parse/1');
    expect(j.sentences).toHaveLength(1);
    const toks = j.sentences[0].tokens;
    for (const k of toks) expect(LINES[3].slice(k.start, k.end)).toBe(k.form);
    expect(j.mentions.map((m: { text: string }) => m.text)).toEqual(
      expect.arrayContaining(['Hamas', 'Hezbollah']),
    );
  });

  it('prints a readable table by default', () => {
    const r = dossier([file('table.txt', `${LINES[1]}\n`)]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`#1  ${LINES[1]}`);
    expect(r.stdout).toMatch(/\(root\)/);
  });

  it('names a missing file in one line, prints nothing else', () => {
    const p = join(dir, 'nope.txt');
    const r = dossier([p, '--conllu']);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(p);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('refuses empty input and two inputs with one line each', () => {
    const empty = dossier([file('empty.txt', '  \n\n')]);
    expect(empty.code).not.toBe(0);
    expect(empty.stderr.trim().split('\n')).toHaveLength(1);
    expect(empty.stderr).toContain('empty.txt');
    const two = dossier([join(dir, 'a.txt'), join(dir, 'b.txt')]);
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/one input/);
    const both = dossier(['-', '--conllu', '--json'], 'Text.');
    expect(both.code).toBe(2);
    expect(both.stdout).toBe('');
  });
});
