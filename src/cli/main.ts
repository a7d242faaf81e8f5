import { Command, CommanderError } from 'commander';
import { guardTerminal } from './terminal.js';

// Subcommands load their modules on first use: `dossier extract` need not load the
// HTTP server, the store and the screening index (~400 ms of start-up).

function onStdoutError(e: NodeJS.ErrnoException): void {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
}

export async function main(argv: string[]): Promise<number> {
  // A reader that closes the pipe early (`| head`) is not an error worth a stack trace.
  // (once per process: tests call main() many times)
  if (!process.stdout.listeners('error').includes(onStdoutError)) process.stdout.on('error', onStdoutError);
  // Article text can carry ESC/OSC sequences: nothing reaches the terminal raw.
  guardTerminal(process.stdout);
  guardTerminal(process.stderr);
  const program = new Command('dossier')
    .description('Turn news reporting on militant organisations into a cited knowledge graph')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  let code = 0;
  program
    .command('extract')
    .description('extract cited entities, quotes, ties and events from articles')
    .argument('[inputs...]', 'files, http(s) URLs, or - for stdin', ['-'])
    .option('--json', 'print the dossier.extraction/1 object (one input)')
    .option('--jsonl', 'print one dossier.extraction/1 object per line, one line per input')
    .option('--published <date>', 'publication date (YYYY-MM-DD) used to resolve relative dates')
    .option('--title <text>', 'document title')
    .action(async (inputs: string[], opts) => {
      code = await (await import('./extract.js')).runExtract(inputs, opts);
    });

  program
    .command('parse')
    .description('show the analysis of a text: tokens, tags, dependency heads and labels, lemmas, mentions')
    .argument('[input...]', 'one file, http(s) URL, or - for stdin', ['-'])
    .option('--conllu', 'print CoNLL-U (one block per sentence; mentions in MISC)')
    .option('--json', 'print JSON')
    .option('--title <text>', 'document title')
    .action(async (inputs: string[], opts) => {
      code = await (await import('./parse.js')).runParse(inputs, opts);
    });

  program
    .command('screen')
    .description('screen names against sanctions lists (UN, OFAC, …) with an explained score')
    .option('--name <name>', 'one name to screen')
    .option('--names <file>', 'a file of names, one a line')
    .option('--type <type>', 'person or organization')
    .option('--birth-year <year>', 'year of birth of the person screened')
    .option('--country <country>', 'nationality or country (ISO code or name)')
    .option('--list <name...>', 'only these lists (see dossier watchlist list)')
    .option('--threshold <score>', 'lowest score reported, 0..1 (default 0.85)')
    .option('--json', 'one JSON object per name screened')
    .option('--db <path>', 'database file (default $DOSSIER_DB or ./dossier.db)')
    .action(async (opts) => {
      code = (await import('./screen.js')).runScreen(opts);
    });

  const watchlist = program.command('watchlist').description('sanctions lists used by dossier screen');
  watchlist
    .command('import')
    .description(
      'import a list: UN consolidated XML, OFAC sdn.csv/sdn.xml, FollowTheMoney JSON lines, or CSV',
    )
    .argument('<file>', 'the list file')
    .option('--name <name>', 'list name (default from the format: un, ofac, opensanctions, csv)')
    .option('--json', 'print the import report as JSON')
    .option('--db <path>', 'database file (default $DOSSIER_DB or ./dossier.db)')
    .action(async (file: string, opts) => {
      code = (await import('./watchlist.js')).runWatchlistImport(file, opts);
    });
  watchlist
    .command('list')
    .description('show the lists, their versions and entry counts')
    .option('--json', 'print JSON')
    .option('--db <path>', 'database file (default $DOSSIER_DB or ./dossier.db)')
    .action(async (opts) => {
      code = (await import('./watchlist.js')).runWatchlistList(opts);
    });
  watchlist
    .command('update')
    .description('fetch the current UN and OFAC lists and import them')
    .option('--un-url <url>', 'UN consolidated list XML (default $DOSSIER_UN_LIST_URL or the UN site)')
    .option(
      '--ofac-url <url>',
      'OFAC sdn.csv; alt.csv and add.csv beside it (default $DOSSIER_OFAC_SDN_URL or Treasury)',
    )
    .option('--json', 'print the import reports as JSON')
    .option('--db <path>', 'database file (default $DOSSIER_DB or ./dossier.db)')
    .action(async (opts) => {
      code = await (await import('./watchlist.js')).runWatchlistUpdate(opts);
    });

  const DB_HELP = 'the database: a file, or a postgres:// URL (default: $DOSSIER_DB, else ./dossier.db)';
  const db = program.command('db').description('the store itself: create it, or copy it between backends');
  db.command('init')
    .description('create the store and bring its schema up to date (a SQLite file, or a postgres:// URL)')
    .argument('[store]', 'a file or postgres://user@host/database (default: --db, $DOSSIER_DB, ./dossier.db)')
    .option('--db <store>', DB_HELP)
    .action(async (target: string | undefined, opts) => {
      code = await (await import('./db.js')).runDbInit(target, opts);
    });
  db.command('copy')
    .description(
      'copy a whole store (decisions, feeds and alert rules included) into an empty one: SQLite ↔ PostgreSQL',
    )
    .argument('<from>', 'a file or postgres:// URL')
    .argument('<to>', 'a new file, or an empty postgres:// database')
    .action(async (from: string, to: string) => {
      code = await (await import('./db.js')).runDbCopy(from, to);
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
      code = await (await import('./ingest.js')).runIngest(inputs, opts);
    });
  program
    .command('entity')
    .description('profile of an entity: names, ties with evidence, quotes, events')
    .argument('<name>', 'a name or spelling of it')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (name: string, opts) => {
      code = await (await import('./query.js')).runEntity(name, opts);
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
      code = await (await import('./query.js')).runSearch(text.join(' '), opts);
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
      code = await (await import('./query.js')).runPath(a, b, opts);
    });
  program
    .command('graph')
    .description('nodes and edges as JSON')
    .option('--around <name>', 'only the neighbourhood of this entity')
    .option('--depth <n>', 'hops from --around (default 1)')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON (always)')
    .action(async (opts) => {
      code = await (await import('./query.js')).runGraph(opts);
    });
  program
    .command('timeline')
    .description('events in date order, of everything or of one entity')
    .argument('[name]', 'an entity')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (name: string | undefined, opts) => {
      code = await (await import('./query.js')).runTimeline(name, opts);
    });
  program
    .command('sources')
    .description('outlets with document counts and Admiralty grades')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (opts) => {
      code = await (await import('./query.js')).runSources(opts);
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
      code = await (await import('./query.js')).runSourceGrade(outlet, grade, opts);
    });
  program
    .command('candidates')
    .description('doubtful entity pairs kept apart for an analyst to judge')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (opts) => {
      code = await (await import('./query.js')).runCandidates(opts);
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
      code = await (await import('./export.js')).runExport(opts);
    });

  program
    .command('import')
    .description('read a STIX 2.1 bundle or FollowTheMoney JSON lines into the store as analyst knowledge')
    .argument('<file>', 'the bundle (.json) or FtM entities (.json lines)')
    .option('--by <who>', 'who the resulting decisions are recorded as (default import:FILE)')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print the import report as JSON')
    .action(async (file: string, opts) => {
      code = await (await import('./export.js')).runImport(file, opts);
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
      code = await (await import('./serve.js')).runServe(opts);
    });

  const BY_HELP = 'who decides (default $USER)';
  const decision = (name: 'merge' | 'rename' | 'retype', what: string, second: [string, string]) =>
    program
      .command(name)
      .description(what)
      .argument('<entity>', 'a name or entity id')
      .argument(second[0], second[1])
      .option('--by <who>', BY_HELP)
      .option('--db <file>', DB_HELP)
      .option('--json', 'print JSON')
      .action(async (a: string, b: string, opts) => {
        code = await (await import('./decide.js')).runDecide(name, a, b, opts);
      });
  decision('merge', 'analyst decision: the second entity is the first one (it keeps the first name)', [
    '<other>',
    'a name or entity id',
  ]);
  program
    .command('split')
    .description(
      'analyst decision: ENTITY named by these spellings is someone else (whole articles, or single mentions where an article uses both)',
    )
    .argument('<entity>', 'a name or entity id')
    .argument('<names...>', 'one or more of its spellings; the first names the new entity')
    .option('--by <who>', BY_HELP)
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (a: string, names: string[], opts) => {
      code = await (await import('./decide.js')).runDecide('split', a, names[0], opts, names.slice(1));
    });
  program
    .command('merge-incidents')
    .description('analyst decision: two incidents are one real event (the second joins the first)')
    .argument('<incident>', 'an incident id or unique prefix (`dossier timeline`)')
    .argument('<other>', 'the incident whose reports join it')
    .option('--by <who>', BY_HELP)
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (a: string, b: string, opts) => {
      code = await (await import('./decide.js')).runIncidentDecision('merge-incidents', a, b, opts);
    });
  program
    .command('split-incident')
    .description(
      'analyst decision: one report of an incident tells of another event (it leaves, as its own incident)',
    )
    .argument('<incident>', 'an incident id or unique prefix (`dossier timeline`)')
    .argument('<report>', 'the report: its event id or a unique prefix, as `dossier timeline` shows it')
    .option('--by <who>', BY_HELP)
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (a: string, b: string, opts) => {
      code = await (await import('./decide.js')).runIncidentDecision('split-incident', a, b, opts);
    });
  decision('retype', "analyst decision: the entity's type", [
    '<type>',
    'person, organization, place or handle',
  ]);
  decision('rename', "analyst decision: the entity's canonical name", ['<name>', 'the new name']);
  for (const name of ['confirm', 'reject'] as const)
    program
      .command(name)
      .description(`analyst decision: ${name} a tie or event (its fact id, or a unique prefix)`)
      .argument('<fact>', 'a fact id as `dossier entity NAME --json` shows it')
      .option('--by <who>', BY_HELP)
      .option('--db <file>', DB_HELP)
      .option('--json', 'print JSON')
      .action(async (f: string, opts) => {
        code = await (await import('./decide.js')).runDecide(name, f, undefined, opts);
      });
  const collect = (v: string, prev: string[] = []) => [...prev, v];
  const citing = (c: Command) =>
    c
      .requiredOption('--doc <article>', 'the article: an id prefix or part of its title')
      .requiredOption('--cite <words>', 'words of the sentence to cite, as the article has them')
      .option('--by <who>', BY_HELP)
      .option('--db <file>', DB_HELP)
      .option('--json', 'print JSON');
  const withRoles = (c: Command) => {
    for (const r of ['agent', 'patient', 'speaker', 'recipient', 'member'])
      c.option(`--${r} <entity>`, `a participant in the role ${r} (repeatable)`, collect);
    return c;
  };
  citing(
    program
      .command('add-tie')
      .description('analyst decision: a tie extraction missed, cited to a sentence of an article')
      .argument('<subject>', 'an entity')
      .argument('<type>', 'leader_of, member_of, … (ONTOLOGY.md)')
      .argument('<object>', 'an entity')
      .option('--denied', 'the article denies the tie'),
  ).action(async (s: string, t: string, o: string, opts) => {
    code = await (await import('./decide.js')).runFact('add-tie', [s, t, o], opts);
  });
  withRoles(
    citing(
      program
        .command('add-event')
        .description('analyst decision: an event extraction missed, cited to a sentence of an article')
        .argument('<type>', 'attack, arrest, killing, … (ONTOLOGY.md)')
        .option('--date <date>', 'YYYY, YYYY-MM or YYYY-MM-DD')
        .option('--place <place>', 'a place entity'),
    ),
  ).action(async (t: string, opts) => {
    code = await (await import('./decide.js')).runFact('add-event', [t], opts);
  });
  withRoles(
    program
      .command('edit')
      .description("analyst decision: a tie's type, or an event's type, date, place and participants")
      .argument('<fact>', 'a fact id (or unique prefix) as `dossier entity NAME --json` shows it')
      .option('--type <type>', 'the new type')
      .option('--denied', 'the tie is denied, not affirmed')
      .option('--date <date>', 'YYYY, YYYY-MM or YYYY-MM-DD; none clears it')
      .option('--place <place>', 'a place entity; none clears it')
      .option('--by <who>', BY_HELP)
      .option('--db <file>', DB_HELP)
      .option('--json', 'print JSON'),
  ).action(async (f: string, opts) => {
    code = await (await import('./decide.js')).runFact('edit', [f], opts);
  });
  program
    .command('undo')
    .description('reverse an analyst decision (the record stays, marked undone)')
    .argument('<decision>', 'its number, as `dossier decisions` lists it')
    .option('--by <who>', BY_HELP)
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (id: string, opts) => {
      code = await (await import('./decide.js')).runUndo(id, opts);
    });
  program
    .command('decisions')
    .description('analyst decisions: what, when, by whom, undone or not')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (opts) => {
      code = await (await import('./decide.js')).runDecisions(opts);
    });
  program
    .command('reextract')
    .description('re-run extraction over every stored document, then re-apply standing decisions')
    .option('--db <file>', DB_HELP)
    .option('--json', 'no progress bar; print a JSON summary')
    .action(async (opts) => {
      code = await (await import('./decide.js')).runReextract(opts);
    });

  const watchCli = () => import('./watch.js');
  const feed = program
    .command('feed')
    .description('news feeds dossier polls (RSS, Atom, RDF, JSON Feed, news sitemaps)');
  feed
    .command('add')
    .description('watch a feed; loopback and private addresses are refused without --allow-private')
    .argument('<url>', 'the feed URL')
    .option('--name <name>', 'a name for it')
    .option('--every <interval>', 'how often to poll: 90s, 15m, 2h, 1d (default 15m)')
    .option(
      '--allow-private',
      'allow a feed (and its pages) on loopback or private addresses (intranet feeds, tests)',
    )
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (url: string, opts) => {
      code = await (await watchCli()).runFeedAdd(url, opts);
    });
  feed
    .command('list')
    .description("each feed's status, last fetch, HTTP status, items seen, errors in a row, next poll")
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (opts) => {
      code = await (await watchCli()).runFeedList(opts);
    });
  feed
    .command('remove')
    .description('stop watching a feed (what it brought stays)')
    .argument('<id>', 'its number as `dossier feed list` shows it, or its URL')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (id: string, opts) => {
      code = await (await watchCli()).runFeedRemove(id, opts);
    });
  feed
    .command('import')
    .description('add every feed of an OPML subscription list')
    .argument('<file>', 'an .opml file')
    .option('--every <interval>', 'how often to poll each (default 15m)')
    .option('--allow-private', 'allow feeds on loopback or private addresses')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (file: string, opts) => {
      code = await (await watchCli()).runFeedImport(file, opts);
    });
  program
    .command('watch')
    .description('poll the feeds that are due, ingest new items once, raise alerts')
    .option('--once', 'poll every due feed once and exit (for cron and tests)')
    .option('--concurrency <n>', 'feeds polled at once (default 4; at most 2 requests to one host)')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print a JSON report per round')
    .action(async (opts) => {
      code = await (await watchCli()).runWatch(opts);
    });
  const alert = program
    .command('alert')
    .description('alert rules: what to tell you about when new reporting comes in');
  alert
    .command('add')
    .description('a rule that fires once per document bringing new facts about what it watches')
    .argument('<name>', 'the rule name')
    .option('--entity <name>', 'a person or group, matched by name and aliases (may not be in the store yet)')
    .option('--query <text>', 'a saved full-text search')
    .option('--tie-type <type>', 'any new tie of this type (e.g. pledged_allegiance_to)')
    .option('--screening', 'any new sanctions-list hit')
    .option(
      '--on <kinds>',
      `with --entity: which new facts count, of ${['mention', 'tie', 'quote', 'event', 'alias', 'screening'].join(',')} (default all)`,
    )
    .option('--webhook <url>', 'also POST each alert there, signed with HMAC-SHA256')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (name: string, opts) => {
      code = await (await watchCli()).runAlertAdd(name, opts);
    });
  alert
    .command('list')
    .description('the alert rules')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (opts) => {
      code = await (await watchCli()).runAlertList(opts);
    });
  alert
    .command('remove')
    .description('remove a rule; it never fires again (its alerts stay)')
    .argument('<name>', 'the rule name')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (name: string, opts) => {
      code = await (await watchCli()).runAlertRemove(name, opts);
    });
  const alerts = program
    .command('alerts')
    .description('the alert inbox, newest first')
    .option('--unread', 'only unread alerts')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print a JSON array of alerts')
    .action(async (opts) => {
      code = await (await watchCli()).runAlerts(opts);
    });
  alerts
    .command('digest')
    .description("a Markdown digest of one day's alerts (for a daily cron job)")
    .option('--day <date>', 'the UTC day, YYYY-MM-DD (default today)')
    .option('-o, --output <file>', 'write it to this file (atomically) instead of standard output')
    .option('--db <file>', DB_HELP)
    .action(async (opts) => {
      code = await (await watchCli()).runAlertsDigest({ ...alerts.opts(), ...opts });
    });
  alerts
    .command('read')
    .description('mark an alert read, or all of them')
    .argument('[id]', 'the alert number')
    .option('--all', 'every unread alert')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (id: string | undefined, opts) => {
      // options written after `read` may land on the parent `alerts` command
      code = await (await watchCli()).runAlertsRead(id, { ...alerts.opts(), ...opts });
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return code;
}
