import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, relative, resolve } from 'node:path';

// `npm run build` (through knowledge/precompute.ts) bundles dist/cli/main.js and what it
// imports into one CommonJS file, dist/bundle/cli.cjs, with esbuild: one file instead of
// ~220 modules, which Node resolves, reads and links one by one. bin/dossier runs `extract`
// and `parse` from it when its manifest still matches every file it was made from (size and
// modification time), and from dist/ otherwise: a `tsc` run alone leaves the bundle stale,
// so it is not used.
//
// Node 20 keeps no compiled code between runs, so the build then runs `extract` once on a
// paragraph of its own through the bundle, and bin/dossier saves V8's code cache of it
// (dist/bundle/cli.cache), which later runs hand back to V8. V8 refuses a cache made by
// another Node or other flags, and compiles as usual. Node 22+ has its own compile cache.
//
// The bundle is dist/'s code as it is: the subcommands a paragraph never uses are in the
// file but never run. Each module's `import.meta.url` is rewritten to its own file's URL
// under dist/, so data paths, `createRequire` and worker URLs resolve as they do from
// dist/. Of the packages, only the pure-JS ones the reading path loads are bundled; the
// rest are required from node_modules as before.

/** The bundle's folder in dist/. */
const BUNDLE_DIR = 'bundle';
/** One line per input: size, mtime (ms), path relative to the package root. */
const BUNDLE_MANIFEST = 'manifest.txt';
/** Packages bundled (pure JS, loaded by `extract` and `parse`); every other one is external. */
const BUNDLED_PACKAGES = new Set(['commander', 'wink-nlp', 'any-ascii']);

/**
 * The syntax esbuild writes. Its tables give no Node the \p{…} escapes of regular expressions,
 * so for any Node target it turns each such literal into a `new RegExp(…)` call, made every
 * time its line runs (263 of them, some once per word; the pattern is looked up in V8's cache
 * by its text each time). Node 20 reads them as literals, as tsc's dist/ has them.
 * @public (test/perf37.test.ts checks the literals stay)
 */
export const BUNDLE_SYNTAX = {
  target: 'node20',
  supported: { 'regexp-unicode-property-escapes': true },
} as const;

/** The warm-up article (written for this purpose): a group, a person, places, a quote. */
const WARM_UP = `Gunmen of the Coastal Liberation Army attacked an army camp near Varnel on Monday, killing four soldiers, officials in the capital said. The group's leader, Osric Denhale, said in a video: "Our fighters will not stop." Police later arrested two men in Varnel.
`;

function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The manifest line of one input file. */
function manifestLine(root: string, path: string): string {
  const st = statSync(path);
  return `${st.size} ${Math.floor(st.mtimeMs)} ${relative(root, path)}`;
}

/**
 * Writes dist/bundle/ from dist/ (already compiled by tsc). Returns false, leaving no
 * bundle, when esbuild is not installed (a production install without dev dependencies)
 * or cannot bundle the code; the CLI then runs from dist/.
 */
export async function buildBundle(distDir: string): Promise<boolean> {
  const root = dirname(distDir);
  const out = resolve(distDir, BUNDLE_DIR);
  // builds may run side by side (test files rebuild a stale dist/ each): each writes its own
  // folder and moves it in place at the end
  const tmp = `${out}.tmp-${process.pid}`;
  rmSync(out, { recursive: true, force: true });
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    return false;
  }
  let inputs: string[];
  const started = Date.now();
  try {
    const result = await esbuild.build({
      entryPoints: [resolve(distDir, 'cli/main.js')],
      bundle: true,
      format: 'cjs',
      platform: 'node',
      ...BUNDLE_SYNTAX,
      outfile: resolve(tmp, 'cli.cjs'),
      metafile: true,
      logLevel: 'silent',
      banner: { js: "const __dossierFile = require('node:url').pathToFileURL(__filename);" },
      plugins: [
        {
          name: 'dossier-bundle',
          setup(b) {
            b.onResolve({ filter: /^[^./]/ }, (args) =>
              args.path.startsWith('node:') || !BUNDLED_PACKAGES.has(packageName(args.path))
                ? { path: args.path, external: true }
                : undefined,
            );
            b.onLoad({ filter: /\.js$/ }, (args) => {
              if (!args.path.startsWith(distDir)) return undefined;
              const text = readFileSync(args.path, 'utf8');
              if (!text.includes('import.meta.url')) return { contents: text, loader: 'js' };
              const rel = relative(out, args.path).split('\\').join('/');
              const own = `new URL(${JSON.stringify(rel)}, __dossierFile).href`;
              return { contents: text.replaceAll('import.meta.url', own), loader: 'js' };
            });
          },
        },
      ],
    });
    inputs = Object.keys(result.metafile.inputs).map((p) => resolve(process.cwd(), p));
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    process.stderr.write(
      `dossier build: no CLI bundle (${(e as Error).message.split('\n')[0]}); dist/ serves\n`,
    );
    return false;
  }
  const lines = inputs.map((p) => manifestLine(root, p));
  // a file rewritten while esbuild read it (another build's tsc) may not be what the bundle holds
  if (inputs.some((p) => statSync(p).mtimeMs >= started)) {
    rmSync(tmp, { recursive: true, force: true });
    return false;
  }
  writeFileSync(resolve(tmp, BUNDLE_MANIFEST), `${lines.join('\n')}\n`);
  try {
    rmSync(out, { recursive: true, force: true });
    renameSync(tmp, out);
  } catch {
    // another build moved its bundle in first
    rmSync(tmp, { recursive: true, force: true });
    return false;
  }
  // one extract through the bundle, which saves V8's code cache of it (bin/dossier)
  const sample = resolve(tmpdir(), `dossier-warm-up-${process.pid}.txt`);
  writeFileSync(sample, WARM_UP);
  spawnSync(process.execPath, [resolve(root, 'bin/dossier'), 'extract', sample, '--json'], {
    env: { ...process.env, DOSSIER_BUNDLE_CACHE: 'write' },
    stdio: 'ignore',
  });
  rmSync(sample, { force: true });
  return true;
}
