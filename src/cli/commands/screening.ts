// dossier's screen and watchlist: sanctions lists. The command modules load on first use (see main.ts).
import type { Command } from 'commander';
import type { Done } from './shared.js';

export function registerScreening(program: Command, done: Done): void {
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
      done((await import('../screen.js')).runScreen(opts));
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
      done((await import('../watchlist.js')).runWatchlistImport(file, opts));
    });
  watchlist
    .command('list')
    .description('show the lists, their versions and entry counts')
    .option('--json', 'print JSON')
    .option('--db <path>', 'database file (default $DOSSIER_DB or ./dossier.db)')
    .action(async (opts) => {
      done((await import('../watchlist.js')).runWatchlistList(opts));
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
      done(await (await import('../watchlist.js')).runWatchlistUpdate(opts));
    });
}
