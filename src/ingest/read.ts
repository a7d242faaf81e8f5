import { extname } from 'node:path';
import type { SourceDocument } from '../types.js';
import { decodeBytes } from './decode.js';
import { InputError } from './errors.js';
import { fetchUrl } from './fetch.js';
import { parseHeader } from './header.js';
import { DEFAULT_TIMEOUT_MS, MAX_INPUT_BYTES } from './limits.js';
import { looksLikeHtml, metaCharset } from './sniff.js';
import { readFileBytes, readStreamLimited } from './sources.js';
import { normaliseText } from './text.js';

export interface ReadOptions {
  /** Overrides the publication date found in the input. */
  published?: string;
  /** Overrides the title found in the input. */
  title?: string;
  /** Time allowed for fetching a URL, in milliseconds (default 15 000). */
  timeoutMs?: number;
  /** Size limit in bytes (default MAX_INPUT_BYTES); tests use a small one. */
  maxBytes?: number;
  /** Stream read for "-" instead of process.stdin. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
/** Schemes people paste that are not files; anything else with "://" is refused too. */
const OTHER_SCHEME = /^(?:[a-z][a-z0-9+.-]+:\/\/|(?:file|ftp|data|mailto|javascript|about):)/i;
const REFUSED_TYPE = /^(?:image|audio|video|font)\/|^application\/(?:pdf|zip|gzip|x-tar|x-7z|vnd\.|msword)/i;

interface Raw {
  bytes: Buffer;
  /** A file name ending or a Content-Type that settles HTML versus text; undefined means sniff. */
  html?: boolean;
  charset?: string;
  contentType?: string;
  pageUrl?: string;
}

/** Binary formats by their first bytes: what a user gives by mistake, named so they know what to do. */
const MAGIC: [RegExp, string][] = [
  [/^%PDF-/, 'a PDF'],
  [/^PK\x03\x04/, 'a ZIP archive (or a Word/OpenDocument file)'],
  [/^\x89PNG/, 'a PNG image'],
  [/^\xFF\xD8\xFF/, 'a JPEG image'],
  [/^GIF8[79]a/, 'a GIF image'],
  [/^\x1F\x8B/, 'a gzip archive'],
  [/^\xD0\xCF\x11\xE0/, 'an old Word or Excel file'],
  [/^\{\\rtf/, 'an RTF document'],
];

function binaryKind(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 8).toString('latin1');
  return MAGIC.find(([re]) => re.test(head))?.[1];
}

/** Reads one input (a path, an http(s) URL, or "-" for stdin) into a SourceDocument. */
export async function readInput(spec: string, opts: ReadOptions = {}): Promise<SourceDocument> {
  const input = spec === '-' ? 'stdin' : spec;
  const maxBytes = opts.maxBytes ?? MAX_INPUT_BYTES;
  const raw = await readRaw(spec, input, opts, maxBytes);
  const binary = binaryKind(raw.bytes);
  if (binary)
    throw new InputError(
      input,
      `is ${binary}: binary file, not text; dossier reads articles as text or HTML${binary === 'a PDF' ? ' (pdftotext FILE makes one)' : ''}`,
    );

  const charset = raw.charset ?? (raw.html !== false ? metaCharset(raw.bytes) : undefined);
  const { text: decoded, encoding } = decodeBytes(raw.bytes, input, charset);
  if (!decoded.trim()) throw new InputError(input, 'empty input');

  const metadata: Record<string, string> = {};
  const doc: SourceDocument = {
    title: null,
    published: null,
    url: raw.pageUrl ?? null,
    text: '',
    origin: spec,
  };

  if (raw.html ?? looksLikeHtml(decoded)) {
    const { extractArticle } = await import('./html.js');
    const a = extractArticle(decoded, input, raw.pageUrl);
    Object.assign(doc, { title: a.title, published: a.published, url: a.url, byline: a.byline, dek: a.dek });
    doc.text = normaliseText(a.text);
    if (a.outlet) metadata.outlet = a.outlet;
    metadata.format = 'html';
  } else {
    const { fields, body } = parseHeader(normaliseText(decoded));
    if (!body.trim()) throw new InputError(input, 'empty input (nothing after the header lines)');
    doc.title = fields.title ?? null;
    doc.published = fields.published ?? null;
    doc.url = fields.url ?? doc.url;
    if (fields.byline) doc.byline = fields.byline;
    if (fields.dek) doc.dek = fields.dek;
    Object.assign(metadata, fields.metadata);
    doc.text = body;
    metadata.format = 'text';
  }

  metadata.encoding = encoding;
  if (raw.contentType) metadata.contentType = raw.contentType;
  if (raw.pageUrl && raw.pageUrl !== spec) metadata.fetchedUrl = raw.pageUrl;
  doc.metadata = metadata;
  if (opts.title !== undefined) doc.title = opts.title;
  if (opts.published !== undefined) doc.published = opts.published;
  return doc;
}

async function readRaw(spec: string, input: string, opts: ReadOptions, maxBytes: number): Promise<Raw> {
  if (spec === '-') {
    if (!opts.stdin && process.stdin.isTTY)
      throw new InputError(input, 'is a terminal; give a file or URL, or pipe the text in');
    return { bytes: await readStreamLimited(opts.stdin ?? process.stdin, input, maxBytes) };
  }
  if (/^https?:\/\//i.test(spec)) return readUrl(spec, input, opts, maxBytes);
  if (OTHER_SCHEME.test(spec)) {
    const scheme = spec.slice(0, spec.indexOf(':') + 1);
    throw new InputError(input, `unsupported URL scheme "${scheme}"; give a file path, an http(s) URL, or -`);
  }
  const bytes = await readFileBytes(spec, input, maxBytes);
  return { bytes, html: HTML_EXT.has(extname(spec).toLowerCase()) || undefined };
}

async function readUrl(spec: string, input: string, opts: ReadOptions, maxBytes: number): Promise<Raw> {
  try {
    new URL(spec);
  } catch {
    throw new InputError(input, 'not a valid URL');
  }
  const res = await fetchUrl(spec, input, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxBytes);
  const type = res.contentType ?? '';
  const mime = type.split(';')[0].trim().toLowerCase();
  if (REFUSED_TYPE.test(mime)) throw new InputError(input, `not a text or HTML page (Content-Type: ${mime})`);
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(type)?.[1];
  let html: boolean | undefined;
  if (mime === 'text/html' || mime === 'application/xhtml+xml') html = true;
  else if (mime === 'text/plain') html = false;
  return { bytes: res.bytes, html, charset, contentType: type || undefined, pageUrl: res.url };
}
