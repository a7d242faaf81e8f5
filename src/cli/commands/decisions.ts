// dossier's analysts' decisions: merge, split, rename, retype, confirm, reject, add, edit, undo, reextract. The command modules load on first use (see main.ts).
import type { Command } from 'commander';
import { DB_HELP, type Done } from './shared.js';

export function registerDecisions(program: Command, done: Done): void {
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
        done(await (await import('../decide.js')).runDecide(name, a, b, opts));
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
      done(await (await import('../decide.js')).runDecide('split', a, names[0], opts, names.slice(1)));
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
      done(await (await import('../decide.js')).runIncidentDecision('merge-incidents', a, b, opts));
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
      done(await (await import('../decide.js')).runIncidentDecision('split-incident', a, b, opts));
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
        done(await (await import('../decide.js')).runDecide(name, f, undefined, opts));
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
    done(await (await import('../decide.js')).runFact('add-tie', [s, t, o], opts));
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
    done(await (await import('../decide.js')).runFact('add-event', [t], opts));
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
    done(await (await import('../decide.js')).runFact('edit', [f], opts));
  });
  program
    .command('undo')
    .description('reverse an analyst decision (the record stays, marked undone)')
    .argument('<decision>', 'its number, as `dossier decisions` lists it')
    .option('--by <who>', BY_HELP)
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (id: string, opts) => {
      done(await (await import('../decide.js')).runUndo(id, opts));
    });
  program
    .command('decisions')
    .description('analyst decisions: what, when, by whom, undone or not')
    .option('--db <file>', DB_HELP)
    .option('--json', 'print JSON')
    .action(async (opts) => {
      done(await (await import('../decide.js')).runDecisions(opts));
    });
  program
    .command('reextract')
    .description('re-run extraction over every stored document, then re-apply standing decisions')
    .option('--db <file>', DB_HELP)
    .option('--json', 'no progress bar; print a JSON summary')
    .action(async (opts) => {
      done(await (await import('../decide.js')).runReextract(opts));
    });
}
