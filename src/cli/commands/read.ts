// dossier's extract and parse: reading an article without a store. The command modules load on first use (see main.ts).
import type { Command } from 'commander';
import type { Done } from './shared.js';

export function registerReading(program: Command, done: Done): void {
  program
    .command('extract')
    .description('extract cited entities, quotes, ties and events from articles')
    .argument('[inputs...]', 'files, http(s) URLs, or - for stdin', ['-'])
    .option('--json', 'print the dossier.extraction/1 object (one input)')
    .option('--jsonl', 'print one dossier.extraction/1 object per line, one line per input')
    .option('--published <date>', 'publication date (YYYY-MM-DD) used to resolve relative dates')
    .option('--title <text>', 'document title')
    .action(async (inputs: string[], opts) => {
      done(await (await import('../extract.js')).runExtract(inputs, opts));
    });

  program
    .command('parse')
    .description('show the analysis of a text: tokens, tags, dependency heads and labels, lemmas, mentions')
    .argument('[input...]', 'one file, http(s) URL, or - for stdin', ['-'])
    .option('--conllu', 'print CoNLL-U (one block per sentence; mentions in MISC)')
    .option('--json', 'print JSON')
    .option('--title <text>', 'document title')
    .action(async (inputs: string[], opts) => {
      done(await (await import('../parse.js')).runParse(inputs, opts));
    });
}
