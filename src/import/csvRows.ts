import fs from 'node:fs';
import { CsvError, parse } from 'csv-parse';
import type { RawRow } from '../model';

/** What reading a CSV file yields, in file order: the header once, then rows and problems. */
export type CsvEvent =
  | { type: 'header'; columns: string[] }
  | { type: 'row'; line: number; row: RawRow }
  | { type: 'problem'; line: number; reason: string };

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/**
 * Streams a CSV file (RFC 4180, UTF-8, optional BOM) as events, keeping memory flat for large files. Each row
 * carries the line it starts on. A row with the wrong number of fields or broken quoting becomes a problem
 * and reading goes on; blank lines are skipped.
 */
export async function* readCsvRows(filePath: string): AsyncGenerator<CsvEvent> {
  // Both line ends, whatever the first line uses: files edited on several systems mix them.
  const parser = parse({ info: true, bom: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_error: true, record_delimiter: ['\r\n', '\n'] });
  // Syntax errors arrive as events, possibly ahead of the records before them; they wait here to keep file order.
  const skipped: Extract<CsvEvent, { type: 'problem' }>[] = [];
  parser.on('skip', (error: unknown) => {
    const line = error instanceof CsvError && typeof error['lines'] === 'number' ? error['lines'] : 0;
    skipped.push({ type: 'problem', line, reason: `CSV syntax: ${error instanceof Error ? error.message : String(error)}` });
  });
  const input = fs.createReadStream(filePath);
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);

  let header: string[] | undefined;
  try {
    for await (const { record, info } of parser as AsyncIterable<ParsedRecord>) {
      // info.lines is the line the record ends on; a quoted field with newlines started earlier.
      const line = info.lines - record.reduce((n, field) => n + countNewlines(field), 0);
      while (skipped.length > 0 && (skipped[0]?.line ?? 0) < line) yield skipped.shift() as CsvEvent;
      if (header === undefined) {
        header = record.map((column) => column.trim());
        yield { type: 'header', columns: header };
      } else {
        yield toEvent(header, record, line);
      }
    }
  } finally {
    // A caller that stops early (a refused header) must not leave the file open.
    input.destroy();
  }
  while (skipped.length > 0) yield skipped.shift() as CsvEvent;
  if (header === undefined) yield { type: 'problem', line: 0, reason: 'the file is empty: a header row is expected' };
}

function toEvent(header: readonly string[], record: readonly string[], line: number): CsvEvent {
  if (record.length !== header.length) return { type: 'problem', line, reason: `has ${record.length} fields, the header has ${header.length}` };
  const row: Record<string, string> = {};
  header.forEach((column, index) => {
    row[column] = record[index] ?? '';
  });
  return { type: 'row', line, row };
}

function countNewlines(field: string): number {
  let n = 0;
  for (let i = field.indexOf('\n'); i >= 0; i = field.indexOf('\n', i + 1)) n += 1;
  return n;
}
