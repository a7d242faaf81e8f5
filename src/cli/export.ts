// `dossier export --format …` and `dossier import FILE`.

import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { CSV_TABLES } from '../export/csv.js';
import { exportChunks, FORMATS, type Format } from '../export/index.js';
import { ExportSource } from '../export/source.js';
import { InputError } from '../ingest/errors.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';

export interface ExportCliOptions {
  format?: string;
  entity?: string;
  hops?: string;
  since?: string;
  until?: string;
  minCorroboration?: string;
  includeRejected?: boolean;
  output?: string;
  db?: string;
}

const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function positive(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new InputError(flag, `must be a whole number ≥ 1, not "${v}"`);
  return Number(v);
}

/** Writes chunks to a stream, waiting when its buffer is full, so memory stays flat. */
export async function pump(chunks: Iterable<string>, out: Writable): Promise<void> {
  for (const c of chunks) if (!out.write(c)) await once(out, 'drain');
}

async function toFile(path: string, chunks: Iterable<string>): Promise<void> {
  // Written beside the target and renamed over it when complete: nothing half-written.
  const tmp = `${path}.partial-${process.pid}`;
  const out = createWriteStream(tmp);
  try {
    await pump(chunks, out);
    out.end();
    await once(out, 'finish');
    renameSync(tmp, path);
  } catch (e) {
    out.destroy();
    rmSync(tmp, { force: true });
    throw e;
  }
}

export async function runExport(opts: ExportCliOptions): Promise<number> {
  let store: Store | undefined;
  try {
    const format = (opts.format ?? '') as Format;
    if (!FORMATS.includes(format))
      throw new InputError(
        '--format',
        `must be one of ${FORMATS.join(', ')}${opts.format ? `, not "${opts.format}"` : ''}`,
      );
    for (const k of ['since', 'until'] as const)
      if (opts[k] && !DATE_RE.test(opts[k]!))
        throw new InputError(`--${k}`, `expected YYYY[-MM[-DD]], not "${opts[k]}"`);
    const hops = positive('--hops', opts.hops);
    const minCorroboration = positive('--min-corroboration', opts.minCorroboration);
    if (hops !== undefined && !opts.entity) throw new InputError('--hops', 'needs --entity');
    if (format === 'csv' && !opts.output)
      throw new InputError('--format csv', 'writes seven tables: give a directory with -o DIR');
    store = openStore(opts.db, { readonly: true });
    let entity: string | undefined;
    if (opts.entity) {
      const hits = await store.findEntities(opts.entity, 1);
      if (!hits.length) throw new InputError(opts.entity, 'no entity by that name in the store');
      entity = hits[0].id;
    }
    const src = () =>
      new ExportSource(store!.sqlDb, {
        entity,
        hops,
        since: opts.since,
        until: opts.until,
        minCorroboration,
        includeRejected: opts.includeRejected,
      });
    if (format === 'csv') {
      const dir = opts.output!;
      if (existsSync(dir) && !statSync(dir).isDirectory())
        throw new InputError(dir, 'is a file; --format csv writes a directory of tables');
      mkdirSync(dir, { recursive: true });
      for (const t of CSV_TABLES) await toFile(join(dir, `${t}.csv`), csvChunks(src(), t));
    } else if (opts.output) {
      await toFile(opts.output, exportChunks(src(), format));
    } else {
      await pump(exportChunks(src(), format), process.stdout);
    }
    return 0;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code && err.path) {
      process.stderr.write(`dossier export: ${err.path}: ${err.message}\n`);
      return 1;
    }
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`dossier export: ${e.message}\n`);
    return 1;
  } finally {
    await store?.close();
  }
}

function csvChunks(src: ExportSource, table: (typeof CSV_TABLES)[number]) {
  return exportChunks(src, 'csv', table);
}

export interface ImportCliOptions {
  db?: string;
  json?: boolean;
  by?: string;
}

export async function runImport(file: string, opts: ImportCliOptions): Promise<number> {
  let store: Store | undefined;
  try {
    const { importFile } = await import('../export/import.js');
    store = openStore(opts.db);
    const r = await importFile(store, file, opts.by ? opts.by : undefined);
    if (opts.json) process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    else {
      process.stdout.write(
        `${file}: ${r.format === 'stix' ? 'STIX 2.1 bundle' : 'FollowTheMoney'} → ${r.documents} document(s), ` +
          `${r.entities} entities (${r.merged} merged with known ones), ${r.ties} ties, ${r.quotes} quotes, ` +
          `${r.events} events, ${r.decisions} decision(s)\n`,
      );
      for (const s of r.skipped.slice(0, 20))
        process.stdout.write(`  skipped ${s.type} ${s.id}: ${s.reason}\n`);
      if (r.skipped.length > 20)
        process.stdout.write(`  … ${r.skipped.length - 20} more skipped (--json lists all)\n`);
    }
    return 0;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`dossier import: ${e.message}\n`);
    return 1;
  } finally {
    await store?.close();
  }
}
