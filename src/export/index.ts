// `dossier export` and GET /api/export: one format writer over one ExportSource,
// as text chunks the caller writes as they come (file, stdout or HTTP body).
import { type CsvTable, csvTable } from './csv.js';
import { ftmLines } from './ftm.js';
import { gexfDocument, graphmlDocument } from './graph.js';
import { jsonLines } from './jsonl.js';
import type { ExportSource } from './source.js';
import { stixBundle } from './stix.js';

export const FORMATS = ['stix', 'gexf', 'graphml', 'csv', 'ftm', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

export const MEDIA_TYPES: Record<Format, string> = {
  stix: 'application/stix+json;version=2.1',
  gexf: 'application/gexf+xml',
  graphml: 'application/graphml+xml',
  csv: 'text/csv; charset=utf-8',
  ftm: 'application/x-ndjson',
  jsonl: 'application/x-ndjson',
};

export const EXTENSIONS: Record<Format, string> = {
  stix: 'json',
  gexf: 'gexf',
  graphml: 'graphml',
  csv: 'csv',
  ftm: 'ftm.json',
  jsonl: 'jsonl',
};

/** The export as text chunks; csv gives one table (default ties). */
export function exportChunks(src: ExportSource, format: Format, table: CsvTable = 'ties'): Generator<string> {
  switch (format) {
    case 'stix':
      return stixBundle(src);
    case 'gexf':
      return gexfDocument(src);
    case 'graphml':
      return graphmlDocument(src);
    case 'csv':
      return csvTable(src, table);
    case 'ftm':
      return ftmLines(src);
    case 'jsonl':
      return jsonLines(src);
  }
}
