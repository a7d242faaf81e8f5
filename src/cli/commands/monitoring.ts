// dossier's feeds, watch, alerts. The command modules load on first use (see main.ts).
import type { Command } from 'commander';
import { DB_HELP, type Done } from './shared.js';

export function registerMonitoring(program: Command, done: Done): void {
  const watchCli = () => import('../watch.js');
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
      done(await (await watchCli()).runFeedAdd(url, opts));
    });
  feed
    .command('list')
    .description("each feed's status, last fetch, HTTP status, items seen, errors in a row, next poll")
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (opts) => {
      done(await (await watchCli()).runFeedList(opts));
    });
  feed
    .command('remove')
    .description('stop watching a feed (what it brought stays)')
    .argument('<id>', 'its number as `dossier feed list` shows it, or its URL')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (id: string, opts) => {
      done(await (await watchCli()).runFeedRemove(id, opts));
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
      done(await (await watchCli()).runFeedImport(file, opts));
    });
  program
    .command('watch')
    .description('poll the feeds that are due, ingest new items once, raise alerts')
    .option('--once', 'poll every due feed once and exit (for cron and tests)')
    .option('--concurrency <n>', 'feeds polled at once (default 4; at most 2 requests to one host)')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print a JSON report per round')
    .action(async (opts) => {
      done(await (await watchCli()).runWatch(opts));
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
      done(await (await watchCli()).runAlertAdd(name, opts));
    });
  alert
    .command('list')
    .description('the alert rules')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (opts) => {
      done(await (await watchCli()).runAlertList(opts));
    });
  alert
    .command('remove')
    .description('remove a rule; it never fires again (its alerts stay)')
    .argument('<name>', 'the rule name')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (name: string, opts) => {
      done(await (await watchCli()).runAlertRemove(name, opts));
    });
  const alerts = program
    .command('alerts')
    .description('the alert inbox, newest first')
    .option('--unread', 'only unread alerts')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print a JSON array of alerts')
    .action(async (opts) => {
      done(await (await watchCli()).runAlerts(opts));
    });
  alerts
    .command('digest')
    .description("a Markdown digest of one day's alerts (for a daily cron job)")
    .option('--day <date>', 'the UTC day, YYYY-MM-DD (default today)')
    .option('-o, --output <file>', 'write it to this file (atomically) instead of standard output')
    .option('--db <file>', DB_HELP)
    .action(async (opts) => {
      done(await (await watchCli()).runAlertsDigest({ ...alerts.opts(), ...opts }));
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
      done(await (await watchCli()).runAlertsRead(id, { ...alerts.opts(), ...opts }));
    });
}
