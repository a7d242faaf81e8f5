import { Command, CommanderError } from 'commander';
import { runExtract } from './extract.js';

export async function main(argv: string[]): Promise<number> {
  // A reader that closes the pipe early (`| head`) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
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
      code = await runExtract(inputs, opts);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return code;
}
