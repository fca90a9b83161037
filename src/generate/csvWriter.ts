import fs from 'node:fs';

export type CsvValue = string | number | null | undefined;

// Buffer size before a write: large enough for few system calls, small enough to keep memory flat.
const FLUSH_CHARS = 1 << 20;

/** One CSV line (RFC 4180): fields with a comma, quote or line break are quoted, quotes doubled. */
export function formatCsvLine(values: readonly CsvValue[]): string {
  return values
    .map((value) => {
      if (value === undefined || value === null) return '';
      const text = String(value);
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',');
}

/**
 * Writes one CSV file row by row with a fixed header, through a small buffer, so generating a large graph
 * never holds a whole file in memory. Synchronous: the generator is a command-line batch job.
 */
export class CsvWriter {
  private readonly fd: number;
  private buffer: string[] = [];
  private buffered = 0;
  /** Data rows written so far. */
  rows = 0;

  constructor(
    readonly filePath: string,
    private readonly columns: readonly string[],
  ) {
    this.fd = fs.openSync(filePath, 'w');
    this.append(formatCsvLine(columns));
  }

  /** Writes a row given by column name; columns left out are empty. */
  write(row: Readonly<Record<string, CsvValue>>): void {
    this.append(formatCsvLine(this.columns.map((column) => row[column])));
    this.rows += 1;
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }

  private append(line: string): void {
    this.buffer.push(line, '\n');
    this.buffered += line.length + 1;
    if (this.buffered >= FLUSH_CHARS) this.flush();
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    fs.writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.buffered = 0;
  }
}
