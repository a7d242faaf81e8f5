import { normaliseDate } from './publication-date.js';

/** What a header block says about its document, in SourceDocument's terms. */
interface HeaderFields {
  title?: string;
  published?: string;
  url?: string;
  byline?: string;
  dek?: string;
  /** Every other key, lower-cased; also DATE when it is not a date we can read. */
  metadata: Record<string, string>;
}

export interface ParsedHeader {
  fields: HeaderFields;
  /** The text after the header block (the whole text when there is none). */
  body: string;
  /** True when a header block was found and removed. */
  found: boolean;
}

const LINE_RE = /^([A-Za-z][A-Za-z0-9_-]{0,39}):(?:[ \t]+(.*?))?[ \t]*$/;

/** Keys that identify a line as a header even alone; the corpus files use the first four. */
const KNOWN = new Set([
  'url',
  'title',
  'date',
  'license',
  'author',
  'byline',
  'source',
  'published',
  'dek',
  'subtitle',
  'outlet',
  'language',
  'lang',
]);

/**
 * Splits `KEY: value` lines at the top of a text file, ended by a blank line, from the
 * body. The block counts as a header only when every line has that shape and either a
 * key is one we know or there are two or more lines, so a body that opens with
 * "Note: …" keeps its first paragraph.
 */
export function parseHeader(text: string): ParsedHeader {
  const none: ParsedHeader = { fields: { metadata: {} }, body: text, found: false };
  const end = /\n[ \t]*\n/.exec(text);
  if (!end) return none;
  const lines = text.slice(0, end.index).split('\n');
  const pairs: [string, string][] = [];
  for (const line of lines) {
    const m = LINE_RE.exec(line);
    if (!m) return none;
    pairs.push([m[1].toLowerCase(), m[2] ?? '']);
  }
  if (!pairs.some(([k]) => KNOWN.has(k)) && pairs.length < 2) return none;

  const fields: HeaderFields = { metadata: {} };
  const set = (k: keyof Omit<HeaderFields, 'metadata'>, v: string) => {
    if (v && fields[k] === undefined) fields[k] = v;
  };
  for (const [key, value] of pairs) {
    if (key === 'title') set('title', value);
    else if (key === 'url') set('url', value);
    else if (key === 'author' || key === 'byline') set('byline', value);
    else if (key === 'dek' || key === 'subtitle') set('dek', value);
    else if (key === 'date' || key === 'published') {
      const iso = normaliseDate(value);
      if (iso) set('published', iso);
      else if (value) fields.metadata[key] ??= value;
    } else if (!(key in fields.metadata)) fields.metadata[key] = value;
  }
  const body = text.slice(end.index + end[0].length).replace(/^(?:[ \t]*\n)+/, '');
  return { fields, body, found: true };
}
