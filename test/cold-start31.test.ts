// Cold start (issue #9): `npm run build` bundles the CLI into dist/bundle/cli.cjs
// (src/cli/bundle.ts) and bin/dossier runs `extract` and `parse` from it while it is
// current. These build a bundle in a copy of the package and check that it prints what
// dist/ prints, that the build leaves V8's code cache beside it, and that a bundle made
// from files changed since is not used.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../src/cli/bundle.js';
import { distIsStale } from './build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = mkdtempSync(join(tmpdir(), 'dossier-bundle-'));
const MARK = 'ran-from-bundle';

// articles written for this test: groups, people, places, quotes
const ARTICLE_A = `Militants of the Eastern Hills Brigade ambushed a supply convoy near Korvath on Sunday, killing six soldiers, a military spokesman said. The brigade's commander, Teodor Malrick, said in an audio message: "We warned them to leave our valleys." Two of the attackers were later arrested in Korvath, police said.
`;
const ARTICLE_B = `The Southern Shore Movement said on Thursday it had seized the port town of Elsmar after two days of fighting with government troops. "The town is ours," said Anneli Varg, a spokeswoman for the movement, in a statement posted online. Aid workers in Elsmar reported at least 12 civilians killed.
`;

function dossier(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(pkg, 'bin/dossier'), ...args], {
    cwd: pkg,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let a = '';
let b = '';
let built = false;

beforeAll(async () => {
  if (distIsStale(root)) spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
  // the package's layout: bin/ and dist/ copied, the data and packages linked
  mkdirSync(join(pkg, 'bin'));
  copyFileSync(join(root, 'bin/dossier'), join(pkg, 'bin/dossier'));
  copyFileSync(join(root, 'package.json'), join(pkg, 'package.json'));
  cpSync(join(root, 'dist'), join(pkg, 'dist'), {
    recursive: true,
    filter: (src) => !src.startsWith(join(root, 'dist/bundle')),
  });
  for (const d of ['node_modules', 'data', 'src']) symlinkSync(join(root, d), join(pkg, d));
  a = join(pkg, 'a.txt');
  b = join(pkg, 'b.txt');
  writeFileSync(a, ARTICLE_A);
  writeFileSync(b, ARTICLE_B);
  built = await buildBundle(join(pkg, 'dist'));
}, 300_000);

afterAll(() => rmSync(pkg, { recursive: true, force: true }));

describe('the CLI bundle', () => {
  it('is built, with a manifest of its inputs and the code cache of a warm-up run', () => {
    expect(built).toBe(true);
    const manifest = readFileSync(join(pkg, 'dist/bundle/manifest.txt'), 'utf8');
    expect(manifest).toMatch(/^\d+ \d+ dist\/nlp\/pipeline\.js$/m);
    expect(manifest).toMatch(/^\d+ \d+ dist\/cli\/main\.js$/m);
    expect(existsSync(join(pkg, 'dist/bundle/cli.cache'))).toBe(true);
    expect(readdirSync(join(pkg, 'dist')).filter((f) => f.startsWith('bundle'))).toEqual(['bundle']);
  });

  it('prints what dist/ prints, for extract and parse', () => {
    const fromBundle = dossier(['extract', a, b, '--jsonl']);
    const fromDist = dossier(['extract', a, b, '--jsonl'], { DOSSIER_NO_BUNDLE: '1' });
    expect(fromBundle.code).toBe(0);
    expect(fromBundle.stdout).toBe(fromDist.stdout);
    // the data files were found from the bundle (places, groups, the parser)
    const lines = fromBundle.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(JSON.parse(line).entities.length).toBeGreaterThan(2);
    const parsed = dossier(['parse', b, '--conllu']);
    expect(parsed.stdout).toBe(dossier(['parse', b, '--conllu'], { DOSSIER_NO_BUNDLE: '1' }).stdout);
    expect(parsed.stdout).toContain('Elsmar');
    // an error is reported the same way
    const missing = dossier(['extract', join(pkg, 'missing.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      dossier(['extract', join(pkg, 'missing.txt')], { DOSSIER_NO_BUNDLE: '1' }).stderr,
    );
  }, 120_000);

  it('is used while current, and not once a file it was made from has changed', () => {
    const bundle = join(pkg, 'dist/bundle/cli.cjs');
    writeFileSync(
      bundle,
      `${readFileSync(bundle, 'utf8')}\nprocess.stderr.write(${JSON.stringify(`${MARK}\n`)});\n`,
    );
    const current = dossier(['extract', a, '--json']);
    expect(current.stderr).toContain(MARK);
    expect(dossier(['extract', a, '--json'], { DOSSIER_NO_BUNDLE: '1' }).stderr).not.toContain(MARK);
    // other commands run from dist/
    expect(dossier(['--help']).stderr + dossier(['--help']).stdout).not.toContain(MARK);
    // as after a `tsc` run that rewrote a module
    const later = new Date(Date.now() + 5000);
    utimesSync(join(pkg, 'dist/nlp/pipeline.js'), later, later);
    const stale = dossier(['extract', a, '--json']);
    expect(stale.stderr).not.toContain(MARK);
    expect(stale.stdout).toBe(current.stdout);
  }, 120_000);
});
