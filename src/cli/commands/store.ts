// dossier's ingest, the queries on the store, export/import and serve. The command modules load on first use (see main.ts).
import type { Command } from 'commander';
import { DB_HELP, type Done } from './shared.js';

export function registerStore(program: Command, done: Done): void {
  const db = program.command('db').description('the store itself: create it, or copy it between backends');
  db.command('init')
    .description('create the store and bring its schema up to date (a SQLite file, or a postgres:// URL)')
    .argument('[store]', 'a file or postgres://user@host/database (default: --db, $DOSSIER_DB, ./dossier.db)')
    .option('--db <store>', DB_HELP)
    .action(async (target: string | undefined, opts) => {
      done(await (await import('../db.js')).runDbInit(target, opts));
    });
  db.command('copy')
    .description(
      'copy a whole store (decisions, feeds and alert rules included) into an empty one: SQLite ↔ PostgreSQL',
    )
    .argument('<from>', 'a file or postgres:// URL')
    .argument('<to>', 'a new file, or an empty postgres:// database')
    .action(async (from: string, to: string) => {
      done(await (await import('../db.js')).runDbCopy(from, to));
    });
  program
    .command('ingest')
    .description('read articles into the knowledge store, resolving entities across documents')
    .argument(
      '[inputs...]',
      'files, directories (.txt .md .html .htm, recursive), http(s) URLs, or - for stdin',
      ['-'],
    )
    .option('--db <file>', DB_HELP)
    .option('--json', 'no progress bar; print a JSON summary')
    .action(async (inputs: string[], opts) => {
      done(await (await import('../ingest.js')).runIngest(inputs, opts));
    });
  program
    .command('entity')
    .description('profile of an entity: names, ties with evidence, quotes, events')
    .argument('<name>', 'a name or spelling of it')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (name: string, opts) => {
      done(await (await import('../query.js')).runEntity(name, opts));
    });
  program
    .command('search')
    .description('full-text search over articles and quotes')
    .argument('<text...>', 'words; "quoted phrases" stay together')
    .option('--type <type>', 'article or quote')
    .option('--since <date>', 'published on or after (YYYY[-MM[-DD]])')
    .option('--until <date>', 'published on or before (YYYY[-MM[-DD]])')
    .option('--limit <n>', 'at most this many hits (default 20)')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (text: string[], opts) => {
      done(await (await import('../query.js')).runSearch(text.join(' '), opts));
    });
  program
    .command('path')
    .description('shortest chains of ties between two entities, each hop with its evidence')
    .argument('<a>', 'first entity')
    .argument('<b>', 'second entity')
    .option('--max-hops <n>', 'up to 4 (default 4)')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (a: string, b: string, opts) => {
      done(await (await import('../query.js')).runPath(a, b, opts));
    });
  program
    .command('graph')
    .description('nodes and edges as JSON')
    .option('--around <name>', 'only the neighbourhood of this entity')
    .option('--depth <n>', 'hops from --around (default 1)')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON (always)')
    .action(async (opts) => {
      done(await (await import('../query.js')).runGraph(opts));
    });
  program
    .command('timeline')
    .description('events in date order, of everything or of one entity')
    .argument('[name]', 'an entity')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (name: string | undefined, opts) => {
      done(await (await import('../query.js')).runTimeline(name, opts));
    });
  program
    .command('sources')
    .description('outlets with document counts and Admiralty grades')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (opts) => {
      done(await (await import('../query.js')).runSources(opts));
    });
  program
    .command('source')
    .description('manage an outlet')
    .command('grade')
    .description("set an outlet's Admiralty grade: reliability A–F, credibility 1–6 (e.g. B2)")
    .argument('<outlet>', 'the outlet as `dossier sources` lists it')
    .argument('<grade>', 'e.g. B2')
    .option('--by <who>', 'who grades (default $USER)')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (outlet: string, grade: string, opts) => {
      done(await (await import('../query.js')).runSourceGrade(outlet, grade, opts));
    });
  program
    .command('candidates')
    .description('doubtful entity pairs kept apart for an analyst to judge')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (opts) => {
      done(await (await import('../query.js')).runCandidates(opts));
    });

  program
    .command('export')
    .description(
      'export the store for other tools: STIX 2.1, GEXF, GraphML, CSV tables, FollowTheMoney, JSON lines',
    )
    .requiredOption('--format <format>', 'stix, gexf, graphml, csv, ftm or jsonl')
    .option('--entity <name>', 'only the neighbourhood of this entity')
    .option('--hops <n>', 'ties from --entity (default 1)')
    .option('--since <date>', 'facts stated in documents published on or after (YYYY[-MM[-DD]])')
    .option('--until <date>', 'facts stated in documents published on or before (YYYY[-MM[-DD]])')
    .option('--min-corroboration <n>', 'ties stated by at least N documents')
    .option('--include-rejected', 'include ties and events an analyst rejected (marked so)')
    .option('-o, --output <path>', 'file (directory for csv); default stdout')
    .option('--db <file>', DB_HELP)
    .action(async (opts) => {
      done(await (await import('../export.js')).runExport(opts));
    });

  program
    .command('import')
    .description('read a STIX 2.1 bundle or FollowTheMoney JSON lines into the store as analyst knowledge')
    .argument('<file>', 'the bundle (.json) or FtM entities (.json lines)')
    .option('--by <who>', 'who the resulting decisions are recorded as (default import:FILE)')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print the import report as JSON')
    .action(async (file: string, opts) => {
      done(await (await import('../export.js')).runImport(file, opts));
    });

  program
    .command('serve')
    .description('serve the HTTP API and the browser UI (web/dist) from one process')
    .option('--db <file>', DB_HELP)
    .option('--port <n>', 'port (default: $PORT, else 8080)')
    .option('--host <host>', 'address to bind; a non-loopback one requires DOSSIER_TOKEN', '127.0.0.1')
    .option('--allow-private', 'let ingest by URL reach loopback, private and link-local addresses')
    .option('--watch', 'also poll the feeds that are due, as `dossier watch` does')
    .action(async (opts) => {
      done(await (await import('../serve.js')).runServe(opts));
    });
}
