/**
 * One thread's share of a bulk conversion: the relationship files of some types, checked and written in one
 * pass (scanAndWriteRelationshipFiles) into files of its own. Run in a worker thread (relationshipWorker.ts)
 * or, where no compiled worker script exists (tests on the TypeScript sources), in the calling thread.
 */
import fs from 'node:fs';
import { IdCatalog, type CatalogFacts } from '../idCatalog';
import { ProgressCounter, type ImportContext } from '../importContext';
import type { ImportReport } from '../importReport';
import { ReportBuilder } from '../reportBuilder';
import type { RelationshipFile } from '../scanRelationshipFiles';
import { scanAndWriteRelationshipFiles } from '../writeRelationships';
import { BulkCsvSink, type BulkFile } from './bulkCsvSink';

export interface RelationshipGroupInput {
  /** Every relationship file of the import, so messages name files by the same indexes in every thread. */
  files: RelationshipFile[];
  /** Indexes (in `files`) of the files this group reads: all files of its relationship types. */
  only: number[];
  /** The ids links may point at: the catalogue of the node pass (as facts when sent to a thread). */
  catalog: CatalogFacts | IdCatalog;
  batchSize: number;
  /** The conversion's folder, and the start of this group's file names in it. */
  dir: string;
  filePrefix: string;
}

export interface RelationshipGroupOutput {
  report: Pick<ImportReport, 'files' | 'nodes' | 'relationships' | 'rejects'>;
  files: BulkFile[];
  multilineFields: boolean;
  /** Rows this group read and the time it took (the thread's own rate, without the node pass before it). */
  rows: number;
  ms: number;
  /** CPU time of the thread itself over that time (Linux; undefined elsewhere): on a shared machine, steadier than ms. */
  cpuMs: number | undefined;
}

/** Progress as it changed since the last call: rows done and rows read (which add to the total). */
export type ProgressDelta = { done: number; total: number };

// A thread tells its progress at most every this many rows: a message per batch would do, one per row would not.
const PROGRESS_STEP = 10_000;

export async function convertRelationshipGroup(input: RelationshipGroupInput, onProgress: (delta: ProgressDelta) => void): Promise<RelationshipGroupOutput> {
  const started = performance.now();
  const cpuStarted = threadCpuMs();
  const catalog = input.catalog instanceof IdCatalog ? input.catalog : IdCatalog.fromFacts(input.catalog);
  const sink = new BulkCsvSink(input.dir, catalog, input.filePrefix);
  const told = { done: 0, total: 0 };
  const tell = (done: number, total: number, force: boolean): void => {
    if (!force && done - told.done < PROGRESS_STEP && total - told.total < PROGRESS_STEP) return;
    onProgress({ done: done - told.done, total: total - told.total });
    told.done = done;
    told.total = total;
  };
  const progress = new ProgressCounter(({ done, total }) => tell(done, total, false));
  const ctx: ImportContext = {
    sink,
    catalog,
    report: new ReportBuilder(),
    batchSize: input.batchSize,
    progress,
    skippedFiles: new Set(),
  };
  await scanAndWriteRelationshipFiles(ctx, input.files, new Set(input.only));
  const files = await sink.finish();
  tell(progress.done, progress.total, true);
  const { files: read, nodes, relationships, rejects } = ctx.report.build(0);
  return { report: { files: read, nodes, relationships, rejects }, files, multilineFields: sink.multilineFields, rows: progress.total, ms: performance.now() - started, cpuMs: elapsedCpuMs(cpuStarted) };
}

/** User + system CPU time of the calling thread, from /proc/thread-self/stat (clock ticks of 10 ms); undefined off Linux. */
function threadCpuMs(): number | undefined {
  try {
    const stat = fs.readFileSync('/proc/thread-self/stat', 'utf8');
    // Fields after the command (which may hold spaces, so split after its closing parenthesis): utime is 14th, stime 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

function elapsedCpuMs(started: number | undefined): number | undefined {
  const now = threadCpuMs();
  return started === undefined || now === undefined ? undefined : now - started;
}
