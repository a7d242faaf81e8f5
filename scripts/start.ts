// `npm start`: the demo workbench from a fresh clone. Fills ./demo.db from the
// bundled corpus (corpus/demo/) when it is empty, imports the shipped watch
// list, builds the UI when it is missing, then serves it. Runs the compiled
// dist/ (built by `npm install`), so only this small script goes through tsx.
// Arguments after `npm start --` go to `dossier serve` (e.g. --port 9000).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const db = join(root, 'demo.db');
const corpus = join(root, 'corpus/demo');
const say = (s: string) => process.stdout.write(`npm start: ${s}\n`);

function run(cmd: string, args: string[], what: string): void {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`npm start: ${what} failed (exit ${r.status ?? r.signal}); stopping\n`);
    process.exit(1);
  }
}

function documentsIn(path: string): number {
  if (!existsSync(path)) return 0;
  const d = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const has = d.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'documents'").get();
    return has ? (d.prepare('SELECT count(*) FROM documents').pluck().get() as number) : 0;
  } finally {
    d.close();
  }
}

if (!existsSync(join(dist, 'cli/serve.js'))) {
  say('dist/ is not built; running npm run build');
  run('npm', ['run', '--silent', 'build'], 'npm run build');
}

const have = documentsIn(db);
if (have > 0) say(`${db} has ${have} documents; not re-ingesting`);
else if (existsSync(corpus)) {
  say(`ingesting the demo corpus ${corpus} into ${db}`);
  run(
    process.execPath,
    // the articles, not the folder: its README describes the corpus and is no article
    [
      join(root, 'bin/dossier'),
      'ingest',
      ...readdirSync(corpus)
        .filter((f) => /\.(?:txt|html?)$/i.test(f))
        .map((f) => join(corpus, f)),
      '--db',
      db,
    ],
    'ingesting the demo corpus',
  );
} else
  say(
    `no demo corpus at ${corpus}; serving ${db} as it is (ingest articles from the UI or with dossier ingest)`,
  );

// The store creates (or checks) the file first: the screening tables must join a dossier database.
const { SqliteStore } = (await import(
  pathToFileURL(join(dist, 'store/sqlite.js')).href
)) as typeof import('../src/store/sqlite.js');
try {
  await SqliteStore.open(db).close();
} catch (e) {
  process.stderr.write(`npm start: ${(e as Error).message}\n`);
  process.exit(1);
}

const lists = join(dist, 'screen/lists.js');
if (existsSync(lists)) {
  const { ensureDefaultLists } = (await import(
    pathToFileURL(lists).href
  )) as typeof import('../src/screen/lists.js');
  const { openDb } = (await import(
    pathToFileURL(join(dist, 'screen/db.js')).href
  )) as typeof import('../src/screen/db.js');
  const sdb = openDb(db);
  try {
    const report = ensureDefaultLists(sdb);
    if (report) say(`imported the shipped OFAC list (${report.records} listings)`);
  } finally {
    sdb.close();
  }
} else say('no screening module in this build; skipping the watch list');

const web = join(root, 'web');
if (existsSync(web) && !existsSync(join(web, 'dist/index.html'))) {
  const scripts = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }
  ).scripts;
  if (scripts?.['build:web']) {
    say('building the UI (npm run build:web)');
    run('npm', ['run', '--silent', 'build:web'], 'npm run build:web');
  } else say('web/dist is missing and there is no build:web script; serving the API only');
}

const { main } = (await import(
  pathToFileURL(join(dist, 'cli/main.js')).href
)) as typeof import('../src/cli/main.js');
process.exitCode = await main(['serve', '--db', db, ...process.argv.slice(2)]);
