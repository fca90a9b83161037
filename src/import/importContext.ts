import type { IdCatalog } from './idCatalog';
import type { ImportProgress } from './importReport';
import type { ImportSink } from './importSink';
import type { ReportBuilder } from './reportBuilder';

/** What the phases of one import share. */
export interface ImportContext {
  sink: ImportSink;
  catalog: IdCatalog;
  report: ReportBuilder;
  batchSize: number;
  progress: ProgressCounter;
  /** Files refused as a whole (unknown kind, bad header): the write pass skips them. */
  skippedFiles: Set<string>;
}

/** Counts rows handled in the write pass and tells the caller's progress callback. */
export class ProgressCounter {
  private handled = 0;
  total = 0;

  constructor(private readonly onProgress: ((progress: ImportProgress) => void) | undefined) {}

  /** Rows handled so far. */
  get done(): number {
    return this.handled;
  }

  advance(rows: number): void {
    this.handled += rows;
    this.onProgress?.({ done: this.handled, total: this.total });
  }
}
