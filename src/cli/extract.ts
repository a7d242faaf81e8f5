import { statSync } from 'node:fs';
import { InputError } from '../ingest/errors.js';
import { readInput } from '../ingest/read.js';
import { isIsoDay } from '../iso-date.js';
import { parserPrefetched, prefetchParser, unloadParsers } from '../nlp/parser/index.js';
import { EAGER_PARSE_CHARS, extract } from '../nlp/pipeline.js';
import { loadSegmenter } from '../nlp/segment.js';
import { formatReport } from './report.js';
import { respawnForLargeInputs } from './respawn.js';
import { writeExtraction } from './write-json.js';

export interface ExtractOptions {
  json?: boolean;
  jsonl?: boolean;
  published?: string;
  title?: string;
}

/** `dossier extract`: each input in order; a bad input is reported and the rest still run. */
export async function runExtract(inputs: string[], opts: ExtractOptions): Promise<number> {
  if (opts.json && opts.jsonl) return usage('--json and --jsonl cannot be used together');
  if (opts.published && !isIsoDay(opts.published))
    return usage(`--published ${opts.published}: expected a day that exists, as YYYY-MM-DD`);
  if (opts.json && inputs.length > 1) return usage('--json takes one input; use --jsonl for several');

  const respawned = await respawnForLargeInputs(inputs);
  if (respawned !== null && respawned >= 0) return respawned;
  const timeoutMs = fetchTimeoutMs();
  // cold start (issue #9): the parser model's 23 MB are read on libuv's pool while the
  // main thread reads the input and loads the segmentation model
  if (inputs.every(smallFile)) prefetchParser();
  let failed = 0;
  let loaded = false;
  for (const input of inputs) {
    try {
      const src = await readInput(input, { published: opts.published, title: opts.title, timeoutMs });
      if (!loaded) {
        // the models are loaded before extract() as extract() would load them: the output
        // is the same. A long text (the pipeline's own 1 M-character mark for memory) lets
        // the read bytes go and has the parser loaded after segmentation, as before.
        loaded = true;
        if (src.text.length < EAGER_PARSE_CHARS) loadSegmenter();
        await parserPrefetched();
        if (src.text.length >= EAGER_PARSE_CHARS) unloadParsers();
      }
      const out = extract(src);
      if (opts.json || opts.jsonl) await writeExtraction(out, process.stdout, !!opts.json);
      else process.stdout.write(formatReport(out, { color: process.stdout.isTTY === true, origin: input }));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      failed++;
      process.stderr.write(`dossier extract: ${e.message}\n`);
    }
  }
  return failed ? 1 : 0;
}

/** Hidden knob for tests and slow links: DOSSIER_FETCH_TIMEOUT_MS overrides the 15 s URL timeout. */
function fetchTimeoutMs(): number | undefined {
  const ms = Number(process.env.DOSSIER_FETCH_TIMEOUT_MS);
  return Number.isFinite(ms) && ms > 0 ? ms : undefined;
}

function usage(msg: string): number {
  process.stderr.write(`dossier extract: ${msg}\n`);
  return 2;
}

/** a local file under EAGER_PARSE_CHARS bytes: worth reading the parser model early for (not stdin, a URL or a long text, whose memory peak it would raise) */
function smallFile(input: string): boolean {
  if (input === '-' || /^https?:\/\//i.test(input)) return false;
  try {
    return statSync(input).size < EAGER_PARSE_CHARS;
  } catch {
    return false;
  }
}
