/** A row (or a whole file, line 0) the importer refused, and why. */
export interface ImportReject {
  file: string;
  /** Line of the row in the file (where a quoted multi-line row starts); 0 for the file as a whole. */
  line: number;
  reason: string;
}

/** What happened to the records of one node label or relationship type. */
export interface KindCounts {
  /** Data rows read (for derived links: links derived from node rows). */
  rows: number;
  /** Of `rows`, the valid rows with a public source (no sample marker). */
  cited: number;
  /** Of `rows`, the valid rows marked as sample data (`illustrative` or `fictional` in sources). */
  sample: number;
  /** New in the database. */
  created: number;
  /** Already there with other properties: overwritten. */
  updated: number;
  /** Already there with the same properties: not touched. */
  unchanged: number;
  /** Refused; each has an entry in `rejects`. */
  rejected: number;
}

/** The outcome of one import. */
export interface ImportReport {
  /** Every input file, with the kind its name gave (null when unknown) and its data rows. */
  files: { file: string; kind: string | null; rows: number }[];
  /** Counts by node label (Company, Region, ...). */
  nodes: Record<string, KindCounts>;
  /** Counts by relationship type (MEMBER_OF, ...), including links derived from node files (PART_OF, BROADER, STAGE_OF, FEEDS). */
  relationships: Record<string, KindCounts>;
  /** Refused rows and files, in the order they were found. */
  rejects: ImportReject[];
  /** Nodes this import created or updated. */
  nodesWritten: number;
  /** Relationships this import created or updated (0 when the graph already held exactly the input). */
  relationshipsWritten: number;
  /** Relationships of the input now in the graph: created + updated + unchanged. */
  relationshipsImported: number;
  durationMs: number;
}

/** Told after every written batch. */
export interface ImportProgress {
  /** Rows handled so far (written or refused while writing). */
  done: number;
  /** Rows to handle in the write phase: every row that passed validation, plus derived links. */
  total: number;
}

export interface ImportOptions {
  /** Rows per write transaction. Defaults to 1000. */
  batchSize?: number;
  /**
   * Write transactions at the same time (the transactional import; the bulk sink takes one). Defaults to
   * DEFAULT_PARALLEL_WRITES (1: batch after batch).
   */
  parallelWrites?: number;
  /** Called after each batch; keep it cheap. */
  onProgress?: (progress: ImportProgress) => void;
}
