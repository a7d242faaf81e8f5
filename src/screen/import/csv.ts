import { CsvError, parse } from 'csv-parse/sync';
import { InputError } from '../../ingest/errors.js';

/**
 * RFC 4180 CSV rows (csv-parse): quoted fields may hold commas, doubled quotes and
 * line breaks; CR LF or LF line ends; blank lines skipped. Lenient as list
 * publishers' files need: a stray quote inside an unquoted field is kept as text,
 * and rows may differ in length. What csv-parse still cannot read (a quote left
 * open to the end of the file) is an InputError naming `source` and the line.
 */
export function parseCsv(text: string, source = 'CSV'): string[][] {
  try {
    return parse(text, {
      // Either line end, even mixed in one file (hand-edited lists are).
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
  } catch (e) {
    if (e instanceof CsvError) throw new InputError(source, `malformed CSV: ${e.message}`);
    throw e;
  }
}
