import fs from 'node:fs';
import type { RawRow } from '../model';

/** What reading a CSV file yields, in file order: the header once, then rows and problems. */
export type CsvEvent =
  | { type: 'header'; columns: string[] }
  | { type: 'row'; line: number; row: RawRow }
  | { type: 'problem'; line: number; reason: string };

// Chunks of this size are read and parsed at a time: few system calls and few promises per file. Not larger: a
// chunk's events (~1,000 rows here) stay alive until all are handled, and with 1 MB chunks (~15,000 rows) every
// scavenge of a bulk conversion thread copied them, GC 15 % of the thread (8 % at 64 KB).
const READ_CHUNK_BYTES = 1 << 16;

/**
 * Streams a CSV file (RFC 4180, UTF-8, optional BOM) as events, keeping memory flat for large files. Each row
 * carries the line it starts on. A row with the wrong number of fields or broken quoting becomes a problem
 * and reading goes on; blank lines are skipped. Record ends are `\n` and `\r\n`, mixed as they come.
 */
export async function* readCsvRows(filePath: string): AsyncGenerator<CsvEvent> {
  for await (const events of readCsvEvents(filePath)) yield* events;
}

/**
 * The same events as readCsvRows, a chunk of the file at a time: the import's passes read millions of rows, and
 * one promise per chunk instead of one per row is a good part of their time.
 */
export async function* readCsvEvents(filePath: string): AsyncGenerator<CsvEvent[]> {
  const parser = new CsvParser();
  const input = fs.createReadStream(filePath, { encoding: 'utf8', highWaterMark: READ_CHUNK_BYTES });
  try {
    for await (const chunk of input as AsyncIterable<string>) {
      const events = parser.push(chunk, false);
      if (events.length > 0) yield events;
    }
    yield parser.push('', true);
  } finally {
    // A caller that stops early (a refused header) must not leave the file open.
    input.destroy();
  }
}

/**
 * An RFC 4180 reader over text chunks. Not csv-parse: that library walks the input byte by byte through a
 * general state machine and allocated an info object per record, a quarter of a bulk conversion's time. Here a
 * line without a quote (nearly every line of a large file) is cut with String.split; a line with one is read
 * character by character. tests/unit/import/csvRows.test.ts compares both readers on the seed files.
 */
export class CsvParser {
  private rest = '';
  private line = 1;
  private started = false;
  private header: string[] | undefined;

  /** Parses what `text` completes; with `final`, the end of the input closes the last record. */
  push(text: string, final: boolean): CsvEvent[] {
    let input = this.rest.length > 0 ? this.rest + text : text;
    if (!this.started && input.length > 0) {
      this.started = true;
      if (input.charCodeAt(0) === 0xfeff) input = input.slice(1);
    }
    const events: CsvEvent[] = [];
    let pos = 0;
    // The next quote at or after pos (Infinity: none), found once and not again for every line before it.
    let quote = -1;
    while (pos < input.length) {
      const lineEnd = input.indexOf('\n', pos);
      if (lineEnd < 0 && !final) break;
      const end = lineEnd < 0 ? input.length : lineEnd;
      if (quote < pos) {
        const next = input.indexOf('"', pos);
        quote = next < 0 ? Infinity : next;
      }
      if (quote > end) {
        // The common case: a line without quotes is a record of its own.
        const text = input.charCodeAt(end - 1) === 13 && end > pos ? input.slice(pos, end - 1) : input.slice(pos, end);
        if (text.length > 0) this.record(text.split(','), this.line, events);
        this.line += 1;
        pos = end + 1;
        continue;
      }
      const parsed = parseQuotedRecord(input, pos, final);
      if (parsed === undefined) break;
      if ('error' in parsed) events.push({ type: 'problem', line: this.line, reason: `CSV syntax: ${parsed.error}` });
      else this.record(parsed.fields, this.line, events);
      this.line += parsed.lines;
      pos = parsed.next;
    }
    this.rest = pos < input.length ? input.slice(pos) : '';
    if (final && this.header === undefined) events.push({ type: 'problem', line: 0, reason: 'the file is empty: a header row is expected' });
    return events;
  }

  private record(fields: string[], line: number, events: CsvEvent[]): void {
    const header = this.header;
    if (header === undefined) {
      this.header = fields.map((column) => column.trim());
      events.push({ type: 'header', columns: this.header });
      return;
    }
    if (fields.length !== header.length) {
      events.push({ type: 'problem', line, reason: `has ${fields.length} fields, the header has ${header.length}` });
      return;
    }
    const row: Record<string, string> = {};
    for (let k = 0; k < header.length; k += 1) row[header[k] as string] = fields[k] as string;
    events.push({ type: 'row', line, row });
  }
}

type QuotedRecord = { fields: string[]; next: number; lines: number } | { error: string; next: number; lines: number };

/**
 * Reads one record that holds a quote, from `start`; undefined when the text ends inside it and more may come.
 * A syntax error skips to the end of the line it is found on, so reading goes on with the next line.
 */
function parseQuotedRecord(input: string, start: number, final: boolean): QuotedRecord | undefined {
  const fields: string[] = [];
  let pos = start;
  let lines = 1;
  const skipLine = (from: number, error: string): QuotedRecord | undefined => {
    const lineEnd = input.indexOf('\n', from);
    if (lineEnd < 0 && !final) return undefined;
    return { error, next: lineEnd < 0 ? input.length : lineEnd + 1, lines };
  };
  for (;;) {
    if (input.charCodeAt(pos) === 34) {
      // A quoted field: up to the quote that is not doubled; it may hold commas and line breaks.
      let value = '';
      let from = pos + 1;
      for (;;) {
        const close = input.indexOf('"', from);
        if (close < 0) return final ? { error: `a quoted field opened on this line is not closed by the end of the file`, next: input.length, lines: lines + countNewlines(input, from, input.length) } : undefined;
        lines += countNewlines(input, from, close);
        value += input.slice(from, close);
        if (close + 1 >= input.length && !final) return undefined;
        if (input.charCodeAt(close + 1) === 34) {
          value += '"';
          from = close + 2;
          continue;
        }
        pos = close + 1;
        break;
      }
      fields.push(value);
      const next = input.charCodeAt(pos);
      if (pos >= input.length) return { fields, next: pos, lines };
      if (next === 44) {
        pos += 1;
        continue;
      }
      if (next === 10) return { fields, next: pos + 1, lines };
      if (next === 13 && input.charCodeAt(pos + 1) === 10) return { fields, next: pos + 2, lines };
      if (next === 13 && pos + 1 >= input.length && !final) return undefined;
      return skipLine(pos, `a closing quote must be followed by a comma or the end of the line, found ${JSON.stringify(input[pos])}`);
    }
    // An unquoted field: up to the next comma or line end; a quote inside it is an error (RFC 4180).
    let end = pos;
    let code = input.charCodeAt(end);
    while (end < input.length && code !== 44 && code !== 10 && code !== 34) code = input.charCodeAt((end += 1));
    if (code === 34 && end < input.length) return skipLine(end, 'a quote inside an unquoted field: quote the whole field and double the quotes inside it');
    if (end >= input.length && !final) return undefined;
    const value = input.slice(pos, end);
    if (code === 44 && end < input.length) {
      fields.push(value);
      pos = end + 1;
      continue;
    }
    // Line end or end of text: a \r before the \n belongs to the line end.
    fields.push(code === 10 && value.endsWith('\r') ? value.slice(0, -1) : value);
    return { fields, next: end >= input.length ? end : end + 1, lines };
  }
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}
