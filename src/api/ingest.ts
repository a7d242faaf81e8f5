// Ingest from the API: pasted text, uploaded files, or a URL fetched through
// safeFetch. Extraction runs in this process (the pipeline is pure); a large
// document holds the event loop for its extraction time.
import { InputError } from '../ingest/errors.js';
import { readInput } from '../ingest/read.js';
import { extract } from '../nlp/pipeline.js';
import { documentMeta } from '../store/document.js';
import type { Store } from '../store/store.js';
import type { IngestedDocument } from '../store/views.js';
import type { SourceDocument } from '../types.js';
import { type SafeFetchOptions, safeFetch } from './safe-fetch.js';

function once(bytes: Buffer | string): AsyncIterable<Uint8Array | string> {
  return (async function* () {
    yield bytes;
  })();
}

/** Reads bytes as dossier reads any input (header lines, HTML or text); errors name `label`. */
async function readBytes(
  bytes: Buffer | string,
  label: string,
  opts: { title?: string; published?: string },
): Promise<SourceDocument> {
  try {
    return await readInput('-', { stdin: once(bytes), ...opts });
  } catch (e) {
    if (e instanceof InputError) throw new InputError(label, e.message.replace(/^stdin: /, ''));
    throw e;
  }
}

async function store1(store: Store, src: SourceDocument, location: string): Promise<IngestedDocument> {
  const meta = documentMeta(src, location);
  const alsoAt = src.url && src.url !== location ? src.url : undefined;
  if (await store.knownDocument(meta.id, location)) {
    if (alsoAt) await store.knownDocument(meta.id, alsoAt);
    return { id: meta.id, status: 'unchanged', title: src.title };
  }
  const r = await store.ingest(meta, extract(src));
  if (alsoAt) await store.knownDocument(meta.id, alsoAt);
  return { id: meta.id, status: r.status, title: src.title };
}

function failed(e: unknown, title: string | null): IngestedDocument {
  if (!(e instanceof InputError)) throw e;
  return { id: null, status: 'failed', title, reason: e.message };
}

export async function ingestText(
  store: Store,
  text: string,
  opts: { title?: string; published?: string },
): Promise<IngestedDocument> {
  try {
    const src = await readBytes(text, 'text', opts);
    return await store1(store, src, 'api:paste');
  } catch (e) {
    return failed(e, opts.title ?? null);
  }
}

export async function ingestFile(store: Store, name: string, bytes: Buffer): Promise<IngestedDocument> {
  try {
    const src = await readBytes(bytes, name, {});
    src.title ??= name.replace(/\.[a-z0-9]+$/i, '');
    return await store1(store, src, `upload:${name}`);
  } catch (e) {
    return failed(e, name);
  }
}

export async function ingestUrl(
  store: Store,
  url: string,
  fetchOpts: SafeFetchOptions,
): Promise<IngestedDocument> {
  try {
    const res = await safeFetch(url, fetchOpts);
    const src = await readBytes(res.bytes, url, {});
    src.url ??= res.url;
    src.origin = url;
    return await store1(store, src, url);
  } catch (e) {
    return failed(e, null);
  }
}
