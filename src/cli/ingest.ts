import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { InputError } from '../ingest/errors.js';
import { readInput } from '../ingest/read.js';
import { documentMeta } from '../store/document.js';
import { openStore } from '../store/open-store.js';
import { defaultThreads, ExtractPool } from '../store/pool.js';
import type { Store } from '../store/store.js';

export interface IngestOptions {
  db?: string;
  json?: boolean;
}

const EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);
const IS_URL = /^[a-z][a-z0-9+.-]*:/i;

interface Failure {
  input: string;
  error: string;
}

/** Files under a directory with a text or HTML ending, in a stable order; hidden entries skipped. */
async function walk(dir: string, out: string[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (e.isFile() && EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(p);
  }
}

async function expand(inputs: string[], failures: Failure[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    if (input === '-' || IS_URL.test(input)) {
      out.push(input);
      continue;
    }
    const st = await stat(input).catch(() => null);
    if (st?.isDirectory()) {
      const before = out.length;
      await walk(input, out);
      if (out.length === before)
        failures.push({ input, error: 'no .txt, .md, .html or .htm files in this directory' });
    } else out.push(input); // readInput names a missing or unreadable file itself
  }
  return out;
}

/** `dossier ingest`: read, extract on every core, write each document in its own transaction. */
export async function runIngest(inputs: string[], opts: IngestOptions): Promise<number> {
  const started = performance.now();
  const failures: Failure[] = [];
  const given = inputs.length ? inputs : ['-'];
  const files = await expand(given, failures);
  // Inputs are what was read or tried: every file found, and every argument that gave none.
  const inputCount = files.length + failures.length;
  let store: Store;
  try {
    store = openStore(opts.db);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`dossier ingest: ${e.message}\n`);
    return 2;
  }
  const showBar = !opts.json && process.stderr.isTTY === true;
  const bar = showBar
    ? new cliProgress.SingleBar(
        {
          format: 'ingest [{bar}] {value}/{total} documents | {rate}/s | ETA {eta_formatted}',
          stream: process.stderr,
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  bar?.start(files.length, 0, { rate: '0.0' });

  // Threads start on the first new document: re-ingesting a known corpus needs none.
  let pool: ExtractPool | undefined;
  let added = 0;
  let unchanged = 0;
  let entities = 0;
  let merged = 0;
  let fatal: InputError | undefined;
  let done = 0;
  const tick = () => {
    done++;
    const secs = (performance.now() - started) / 1000;
    bar?.update(done, { rate: (done / Math.max(secs, 0.001)).toFixed(1) });
  };

  // Enough documents in flight to keep every thread busy while one is written.
  const inFlight = Math.max(4, defaultThreads() * 8);
  let nextIndex = 0;
  const one = async (input: string): Promise<void> => {
    try {
      const src = await readInput(input);
      const location = input === '-' ? 'stdin' : IS_URL.test(input) ? input : resolve(input);
      const meta = documentMeta(src, location);
      // The article's own URL (a header line, or where a fetch ended up) is a location too.
      const alsoAt = src.url && src.url !== input ? src.url : undefined;
      if (await store.knownDocument(meta.id, location)) {
        if (alsoAt) await store.knownDocument(meta.id, alsoAt);
        unchanged++;
        return;
      }
      pool ??= new ExtractPool();
      const ex = await pool.extract(src);
      if (fatal) return;
      const r = await store.ingest(meta, ex);
      if (alsoAt) await store.knownDocument(meta.id, alsoAt);
      if (r.status === 'new') {
        added++;
        entities += r.entities;
        merged += r.merged;
      } else unchanged++;
    } catch (e) {
      if (e instanceof InputError && e.input === store.path) fatal = e;
      else
        failures.push({
          input,
          error:
            e instanceof InputError
              ? e.message.replace(`${e.input}: `, '')
              : `extraction failed: ${(e as Error).message}`,
        });
    } finally {
      tick();
    }
  };
  const lane = async (): Promise<void> => {
    while (!fatal && nextIndex < files.length) await one(files[nextIndex++]);
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, files.length) }, lane));
  bar?.stop();
  await pool?.close();
  await store.close();

  const seconds = (performance.now() - started) / 1000;
  const summary = {
    db: store.path,
    inputs: inputCount,
    new: added,
    unchanged,
    failed: failures,
    entities,
    merged,
    seconds: Number(seconds.toFixed(2)),
    rate: Number(((added + unchanged) / Math.max(seconds, 0.001)).toFixed(1)),
    ...(fatal ? { error: fatal.message } : {}),
  };
  if (opts.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else {
    const lines = [
      `${store.path}: ${added} new, ${unchanged} unchanged, ${failures.length} failed (${inputCount} input${inputCount === 1 ? '' : 's'} in ${seconds.toFixed(1)} s, ${summary.rate} documents/s)`,
    ];
    if (added) lines.push(`  ${entities} entities extracted, ${merged} joined entities already known`);
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  for (const f of failures) process.stderr.write(`dossier ingest: ${f.input}: ${f.error}\n`);
  if (fatal) process.stderr.write(`dossier ingest: ${fatal.message}; stopped\n`);
  return failures.length || fatal ? 1 : 0;
}
