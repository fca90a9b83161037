import type { GraphClient } from '../graph/graphClient';
import { DEFAULT_PARALLEL_WRITES, graphSink, type ImportSink } from './importSink';
import { checkExistingIds } from './checkExistingIds';
import { resolveDerivedLinks } from './derivedLinks';
import { IdCatalog } from './idCatalog';
import { ProgressCounter, type ImportContext } from './importContext';
import { ImportInputError } from './importInputError';
import type { ImportOptions, ImportReport } from './importReport';
import { resolveInputFiles, type InputFile } from './inputFiles';
import { ReportBuilder } from './reportBuilder';
import { scanNodeFiles } from './scanNodeFiles';
import { scanRelationshipFiles, type RelationshipFile } from './scanRelationshipFiles';
import { writeNodeFiles } from './writeNodeFiles';
import { scanAndWriteRelationshipFiles, writeDerivedLinks, writeRelationshipFiles } from './writeRelationships';

export const DEFAULT_BATCH_SIZE = 1000;

/**
 * Imports CSV files in the format of seeds/FORMAT.md (files, or folders of `*.csv`) into the graph.
 *
 * Two passes over the files keep memory flat for large inputs. The first validates every row and checks every
 * reference against the input and, in bulk, the database; the second writes nodes (all node files), then links
 * derived from node rows (PART_OF, BROADER, STAGE_OF, FEEDS), then the relationship files, in batches of
 * `batchSize` rows, each one write transaction that commits whole or not at all. Up to `parallelWrites`
 * batches are written at once; the rows of one node or one pair of ends always share a lane, so they land in
 * input order, and a batch Neo4j rolls back to break a deadlock is run again (writeBatch).
 *
 * Refused rows are reported (file, line, reason) and skipped; the rest lands. Re-importing the same files
 * changes nothing: records whose stored `_hash` matches are counted unchanged. The importer adds and updates,
 * it never deletes.
 *
 * Throws ImportInputError when an input is missing, GraphNotMigratedError when the constraints of `migrate`
 * are not in place (without them every lookup scans a label), and the graph layer's errors when Neo4j fails.
 */
export function importGraph(graph: GraphClient, inputs: readonly string[], options: ImportOptions = {}): Promise<ImportReport> {
  const parallelWrites = options.parallelWrites ?? DEFAULT_PARALLEL_WRITES;
  if (!Number.isSafeInteger(parallelWrites) || parallelWrites < 1) throw new ImportInputError(`parallelWrites must be a positive whole number, got ${parallelWrites}`);
  return importInto(graphSink(graph, parallelWrites), inputs, options);
}

/** How a sink that starts empty gets its relationship files checked and written (one pass; bulk/ runs it in threads). */
export type RelationshipPass = (ctx: ImportContext, files: readonly RelationshipFile[]) => Promise<void>;
/** How a sink that starts empty gets its node files written, beside the relationship pass (bulk/ may use the JVM). */
export type NodePass = (ctx: ImportContext, files: readonly NodeFile[]) => Promise<void>;
export type NodeFile = Extract<InputFile, { role: 'node' }>;

/**
 * The import into any sink: the graph (importGraph) or the bulk importer's files (bulk/bulkLoad). For a sink
 * that starts empty, `relationshipPass` checks and writes the relationship files (by default in this thread).
 * `catalog` (new and empty) is the import's id catalogue, for a sink that names nodes by its numbers.
 */
export async function importInto(
  sink: ImportSink,
  inputs: readonly string[],
  options: ImportOptions = {},
  relationshipPass: RelationshipPass = scanAndWriteRelationshipFiles,
  catalog: IdCatalog = new IdCatalog(),
  nodePass: NodePass = writeNodeFiles,
): Promise<ImportReport> {
  const started = performance.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new ImportInputError(`batchSize must be a positive whole number, got ${batchSize}`);
  const files = await resolveInputFiles(inputs);
  await sink.prepare();
  const ctx: ImportContext = {
    sink,
    catalog,
    report: new ReportBuilder(),
    batchSize,
    progress: new ProgressCounter(options.onProgress),
    skippedFiles: new Set(),
  };
  const nodeFiles = files.filter((f): f is NodeFile => f.role === 'node');
  const relationshipFiles = files.filter((f): f is RelationshipFile => f.role === 'relationship');
  for (const file of files) {
    if (file.role !== 'unknown') continue;
    ctx.report.addFile(file.path, null);
    ctx.report.rejectFile(file.path, 0, `file skipped: "${file.kind}" is not a kind of the import format (name files <kind>.csv or <kind>.<part>.csv)`);
  }

  const scan = await scanNodeFiles(ctx, nodeFiles);
  await checkExistingIds(ctx);
  const derived = await resolveDerivedLinks(ctx, scan);
  if (sink.startsEmpty) {
    // Nothing to look up: the catalogue is complete, so the relationship rows are checked as they are written
    // (their count adds to the total as they are read), while the nodes are written: the pass may run in
    // other threads (bulk/), and this one would otherwise wait.
    ctx.progress.total = countInputNodes(ctx) + derived.length;
    await Promise.all([nodePass(ctx, nodeFiles).then(() => writeDerivedLinks(ctx, derived)), relationshipPass(ctx, relationshipFiles)]);
    return ctx.report.build(performance.now() - started);
  }
  const relationshipRows = await scanRelationshipFiles(ctx, relationshipFiles);

  ctx.progress.total = countInputNodes(ctx) + derived.length + relationshipRows;
  await writeNodeFiles(ctx, nodeFiles);
  await writeDerivedLinks(ctx, derived);
  await writeRelationshipFiles(ctx, relationshipFiles);
  return ctx.report.build(performance.now() - started);
}

function countInputNodes(ctx: ImportContext): number {
  let n = 0;
  for (const ids of ctx.catalog.inputIds().values()) n += ids.length;
  return n;
}
