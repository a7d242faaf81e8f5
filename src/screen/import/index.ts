import { existsSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { InputError } from '../../ingest/errors.js';
import { MAX_LIST_BYTES } from '../../ingest/limits.js';
import { readFileBytesSync } from '../../ingest/sources.js';
import type { ParsedList } from '../types.js';
import { parseFtm } from './ftm.js';
import { parseOfacCsv } from './ofac-csv.js';
import { parseOfacXml } from './ofac-xml.js';
import { parsePlainCsv } from './plain-csv.js';
import { parseUnXml } from './un-xml.js';

/**
 * Parses a watch list file, the format told by content (extension only breaks
 * ties): UN consolidated XML, OFAC SDN XML, OFAC legacy CSV (alt.csv and
 * add.csv beside it are read too), FollowTheMoney JSON lines, plain CSV.
 */
export function readListFile(path: string): ParsedList {
  if (!existsSync(path)) throw new InputError(path, 'no such file');
  if (statSync(path).isDirectory()) {
    const sdn = `${path.replace(/\/$/, '')}/sdn.csv`;
    if (existsSync(sdn)) return readListFile(sdn);
    throw new InputError(path, 'is a folder without sdn.csv');
  }
  // Latin-1 keeps every byte of OFAC's legacy files; the rest are UTF-8.
  // One read, capped: a device such as /dev/zero is refused at the limit, not buffered whole.
  const bytes = readFileBytesSync(path, path, MAX_LIST_BYTES);
  const head = bytes.subarray(0, 4096).toString('latin1');
  const format = detectFormat(head, path);
  const text = bytes.toString(format === 'ofac-csv' ? 'latin1' : 'utf8').replace(/^\uFEFF/, '');
  switch (format) {
    case 'un-xml':
      return parseUnXml(text, path);
    case 'ofac-xml':
      return parseOfacXml(text, path);
    case 'ofac-csv':
      return parseOfacCsv(text, path);
    case 'ftm-jsonl':
      return parseFtm(text, path);
    case 'csv':
      return parsePlainCsv(text, path);
  }
}

function detectFormat(head: string, path: string): ParsedList['format'] {
  const h = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  if (h.startsWith('<')) {
    if (/<CONSOLIDATED_LIST\b/.test(h)) return 'un-xml';
    if (/<sdnList\b/.test(h)) return 'ofac-xml';
    throw new InputError(path, 'XML that is neither a UN consolidated list nor an OFAC sdnList');
  }
  if (h.startsWith('{')) {
    if (/"schema"\s*:/.test(h.split('\n')[0])) return 'ftm-jsonl';
    throw new InputError(path, 'JSON lines without a FollowTheMoney "schema" field');
  }
  const first = h.split(/\r?\n/)[0];
  if (/^\d+,"[^"]*",/.test(first)) return 'ofac-csv';
  if (/(^|,)\s*"?name"?\s*(,|$)/i.test(first)) return 'csv';
  const ext = extname(path).toLowerCase();
  throw new InputError(
    path,
    `unknown list format${ext ? ` (${ext})` : ''}: expected UN XML, OFAC sdn.csv or sdn.xml, FollowTheMoney JSON lines, or CSV with a name column (${basename(path)})`,
  );
}
