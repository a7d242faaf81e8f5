import { Command, CommanderError } from 'commander';
import { registerDecisions } from './commands/decisions.js';
import { registerMonitoring } from './commands/monitoring.js';
import { registerReading } from './commands/read.js';
import { registerScreening } from './commands/screening.js';
import type { Done } from './commands/shared.js';
import { registerStore } from './commands/store.js';
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
  const done: Done = (c) => {
    code = c;
  };
  registerReading(program, done);
  registerScreening(program, done);
  registerStore(program, done);
  registerDecisions(program, done);
  registerMonitoring(program, done);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return code;
}
