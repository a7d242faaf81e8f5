// Speed (issue #9), round 37: what bin/dossier changed for a short article's start-up must
// not change what it prints.
// - bin/dossier sets `--regexp-tier-up-ticks=0`: each pattern is compiled once, to machine
//   code, on its first run (Node 20 first compiled it to bytecode and interpreted it).
// - The CLI bundle keeps regex literals with \p{…} escapes as literals (esbuild made each a
//   `new RegExp(…)` call, run every time its line runs).
// The article in fixtures/perf37/ is written for this test; expected.extraction is what main
// (`ba2b946`, before these changes) printed for it, written again after round 37 for speakers37
// (the governor "who called the attack …" speaks her own quote). When a later change of the readings
// changes that output on purpose, write the file again:
//   bin/dossier extract test/fixtures/perf37/article.txt --json > test/fixtures/perf37/expected.extraction
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_SYNTAX } from '../src/cli/bundle.js';
import { readInput } from '../src/ingest/read.js';
import { extract } from '../src/nlp/pipeline.js';
import { distIsStale } from './build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'test/fixtures/perf37');
const article = join(fixtures, 'article.txt');
const expected = readFileSync(join(fixtures, 'expected.extraction'), 'utf8');

function dossier(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(root, 'bin/dossier'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The V8 flags bin/dossier sets at start-up, as written there. */
function binFlags(): string[] {
  const text = readFileSync(join(root, 'bin/dossier'), 'utf8');
  return [
    ...text.matchAll(/^(?:if \(!process\.env\.DOSSIER_MALLOC_TUNED\) )?setFlagsFromString\('([^']+)'\);$/gm),
  ].map((m) => m[1]);
}

beforeAll(() => {
  if (distIsStale(root)) spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
}, 300_000);

describe('start-up changes keep the output', () => {
  it('bin/dossier prints the stored extraction of the invented article, bundled or not', () => {
    const run = dossier(['extract', article, '--json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(expected);
    expect(dossier(['extract', article, '--json'], { DOSSIER_NO_BUNDLE: '1' }).stdout).toBe(expected);
  }, 120_000);

  it('extract() in this process (no flags set) gives the same extraction', async () => {
    const out = extract(await readInput(article));
    expect(JSON.parse(JSON.stringify(out))).toEqual(JSON.parse(expected));
  }, 120_000);

  it('several articles in one process print what each prints alone', () => {
    const alone = dossier(['extract', article, '--json']).stdout;
    const lines = dossier(['extract', article, article, '--jsonl']).stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(JSON.parse(line)).toEqual(JSON.parse(alone));
  }, 120_000);
});

describe('regular expressions of the CLI', () => {
  it('bin/dossier has each new pattern compiled to machine code on its first run, with no bytecode', () => {
    const flags = binFlags();
    expect(flags).toContain('--regexp-tier-up-ticks=0');
    // a pattern made before the flags (as Node's own are) and two after, run once each
    const code = `
      const before = new RegExp('(?:alpha|beta)+gamma', 'i');
      before.exec('xx alphabetagamma');
      for (const f of ${JSON.stringify(flags)}) require('node:v8').setFlagsFromString(f);
      const after = new RegExp('\\\\b(?:January|February|March)\\\\s+\\\\d{1,2}', 'g');
      const found = after.exec('on March 3 and later');
      const unicode = /^\\p{Lu}\\p{Ll}+$/u;
      const cap = unicode.test('Kessaly');
      console.log(JSON.stringify({
        afterNative: %RegexpHasNativeCode(after, true),
        afterBytecode: %RegexpHasBytecode(after, true),
        unicodeBytecode: %RegexpHasBytecode(unicode, true),
        found: found && found[0],
        cap,
        before: before.exec('x BetaAlphaGAMMA')?.[0] ?? null,
      }));`;
    const r = spawnSync(process.execPath, ['--allow-natives-syntax', '-e', code], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      afterNative: true,
      afterBytecode: false,
      unicodeBytecode: false,
      found: 'March 3',
      cap: true,
      before: 'BetaAlphaGAMMA',
    });
  });

  it('the bundle keeps \\p{…} regex literals as literals', async () => {
    const source = [
      'export function isCap(w) { return /^\\p{Lu}\\p{Ll}{2,}$/u.test(w); }',
      'export const HEAD = /(?<![\\p{L}\\d])\\p{Lu}[\\p{L}’-]*/gu;',
      "export function lower(w) { return /^[\\p{Ll}-]+$/u.test(w) && w !== 'x'; }",
    ].join('\n');
    const out = (await transform(source, { ...BUNDLE_SYNTAX, format: 'cjs', loader: 'js' })).code;
    expect(out).not.toContain('new RegExp');
    expect(out).toContain('/^\\p{Lu}\\p{Ll}{2,}$/u');
    expect(out).toContain('/(?<![\\p{L}\\d])\\p{Lu}[\\p{L}’-]*/gu');
    expect(out).toContain('/^[\\p{Ll}-]+$/u');
  });

  it('the built bundle has no \\p{…} pattern made by a RegExp call', () => {
    const bundle = join(root, 'dist/bundle/cli.cjs');
    if (!existsSync(bundle)) return; // a build without esbuild runs from dist/
    const text = readFileSync(bundle, 'utf8');
    expect(text.match(/new RegExp\("[^"\n]*\\\\p\{/g) ?? []).toEqual([]);
    // the literals are there
    expect(text).toContain('\\p{Lu}/u');
  });
});
