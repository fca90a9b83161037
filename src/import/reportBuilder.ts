import type { ImportReject, ImportReport, KindCounts } from './importReport';

/** Where a row came from. */
export interface RowOrigin {
  file: string;
  line: number;
}

type CountField = Exclude<keyof KindCounts, 'rejected'>;

/**
 * Collects an import's counts and rejects. It also remembers which lines were refused, so the write pass can
 * skip them without repeating the checks that needed the whole input.
 */
export class ReportBuilder {
  private readonly files = new Map<string, ImportReport['files'][number]>();
  private readonly nodes = new Map<string, KindCounts>();
  private readonly relationships = new Map<string, KindCounts>();
  private readonly rejects: ImportReject[] = [];
  private readonly rejectedLines = new Map<string, Set<number>>();

  addFile(file: string, kind: string | null): void {
    this.files.set(file, { file, kind, rows: 0 });
  }

  countFileRow(file: string): void {
    const entry = this.files.get(file);
    if (entry) entry.rows += 1;
  }

  /** The row count of a file added with addFile (undefined otherwise), for a caller that counts many rows of it. */
  fileCounts(file: string): { rows: number } | undefined {
    return this.files.get(file);
  }

  /** Refuses a whole file (unreadable name, bad header). */
  rejectFile(file: string, line: number, reason: string): void {
    this.rejects.push({ file, line, reason });
    this.remember(file, line);
  }

  rejectNode(label: string, origin: RowOrigin, reason: string): void {
    this.rejects.push({ ...origin, reason });
    this.remember(origin.file, origin.line);
    counts(this.nodes, label).rejected += 1;
  }

  rejectRelationship(type: string, origin: RowOrigin, reason: string): void {
    this.rejects.push({ ...origin, reason });
    this.remember(origin.file, origin.line);
    counts(this.relationships, type).rejected += 1;
  }

  /** Counts a refused derived link without marking its node row refused (the node itself is fine). */
  rejectDerived(type: string, origin: RowOrigin, reason: string): void {
    this.rejects.push({ ...origin, reason });
    counts(this.relationships, type).rejected += 1;
  }

  isRejected(origin: RowOrigin): boolean {
    return this.rejectedLines.get(origin.file)?.has(origin.line) ?? false;
  }

  addNodes(label: string, field: CountField, n = 1): void {
    counts(this.nodes, label)[field] += n;
  }

  addRelationships(type: string, field: CountField, n = 1): void {
    counts(this.relationships, type)[field] += n;
  }

  /**
   * The counts of a relationship type (created, in report order, if new), for a caller that counts many rows of
   * it: add to `rows`, `cited` and `sample` only (rejects go through rejectRelationship).
   */
  relationshipCounts(type: string): KindCounts {
    return counts(this.relationships, type);
  }

  /**
   * Adds what another builder collected over other files (a worker thread's part of a bulk conversion): its
   * files, counts and rejects. Rejected lines are not carried over: they only serve that builder's own passes.
   */
  merge(part: Pick<ImportReport, 'files' | 'nodes' | 'relationships' | 'rejects'>): void {
    for (const file of part.files) this.files.set(file.file, { ...file });
    for (const [map, counted] of [
      [this.nodes, part.nodes],
      [this.relationships, part.relationships],
    ] as const) {
      for (const [key, c] of Object.entries(counted)) {
        const into = counts(map, key);
        for (const field of Object.keys(c) as (keyof KindCounts)[]) into[field] += c[field];
      }
    }
    this.rejects.push(...part.rejects);
  }

  build(durationMs: number): ImportReport {
    const sum = (map: Map<string, KindCounts>, pick: (c: KindCounts) => number): number =>
      [...map.values()].reduce((total, c) => total + pick(c), 0);
    return {
      files: [...this.files.values()].map((f) => ({ ...f })),
      nodes: Object.fromEntries(this.nodes),
      relationships: Object.fromEntries(this.relationships),
      rejects: [...this.rejects],
      nodesWritten: sum(this.nodes, (c) => c.created + c.updated),
      relationshipsWritten: sum(this.relationships, (c) => c.created + c.updated),
      relationshipsImported: sum(this.relationships, (c) => c.created + c.updated + c.unchanged),
      durationMs: Math.round(durationMs),
    };
  }

  private remember(file: string, line: number): void {
    let lines = this.rejectedLines.get(file);
    if (!lines) this.rejectedLines.set(file, (lines = new Set()));
    lines.add(line);
  }
}

function counts(map: Map<string, KindCounts>, key: string): KindCounts {
  let entry = map.get(key);
  if (!entry) map.set(key, (entry = { rows: 0, cited: 0, sample: 0, created: 0, updated: 0, unchanged: 0, rejected: 0 }));
  return entry;
}
