import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBulkImport, type BulkImportGroup, type BulkImportResult } from '../../graph/local';
import { IdCatalog } from '../idCatalog';
import { importInto, type NodeFile } from '../importGraph';
import type { ImportContext } from '../importContext';
import { writeNodeFiles } from '../writeNodeFiles';
import type { ImportProgress, ImportReport } from '../importReport';
import { BULK_ARRAY_DELIMITER_OPTION, BulkCsvSink, type BulkFile } from './bulkCsvSink';
import { convertRelationshipFiles, defaultWorkerScript } from './convertRelationshipFiles';
import type { JvmConverter, JvmNodeOutcome } from './jvmConversion';
import type { RelationshipGroupOutput } from './relationshipGroup';

export interface BulkLoadOptions {
  /** Data folder of the local Neo4j; must hold no database yet. */
  dir: string;
  /** Heap and off-heap memory of the importer's JVM, in MB. */
  heapMb: number;
  offHeapMb: number;
  threads?: number;
  neo4jProjectDir: string;
  searchPath: string | undefined;
  javaHome: string | undefined;
  onProgress?: (progress: ImportProgress) => void;
  onLog?: (line: string) => void;
  /**
   * Worker threads that convert the relationship files (types shared out between them); 0 converts in this
   * thread. Defaults to the machine's cores, at most 4 (defaultConversionThreads).
   */
  conversionThreads?: number;
  /** Keep the converted files (in DIR/bulk-import-csv) for a look; they are deleted by default. */
  keepFiles?: boolean;
  /**
   * Who converts the relationship files: `jvm` (the default; BulkConvertLinks.java, Node where it leaves the
   * files to Node) or `node` (worker threads only).
   */
  converter?: 'jvm' | 'node';
}

export interface BulkLoadResult {
  /** The same report a transactional import of the files into an empty graph gives (rows, rejects, created). */
  report: ImportReport;
  /** Checking and converting the CSV files into the importer's format. */
  conversionMs: number;
  /** Worker threads that converted the relationship files (0: the calling thread). */
  conversionThreads: number;
  /** Who converted the relationship files, and why not the JVM when it left them to Node. */
  converter: 'jvm' | 'node';
  jvmFallback: string | null;
  /** Who wrote the node files, and why not the JVM when it left them to Node. */
  nodeConverter: 'jvm' | 'node';
  jvmNodeFallback: string | null;
  /** Neo4j's importer: its process, and its own figures. */
  tool: BulkImportResult;
  /** Bytes of the converted files. */
  convertedBytes: number;
}

/**
 * Loads CSV files (seeds/FORMAT.md) into a new local database through Neo4j's own bulk importer: the files are
 * checked and turned into rows exactly as the transactional import does (same validation, derived links,
 * properties and `_hash`; importInto with a BulkCsvSink), written in the importer's header format, and the
 * importer writes the store. The local Neo4j must not be running on `dir`. Afterwards start it and run
 * `migrate` (constraints, indexes, full-text), which the importer does not create.
 */
export async function bulkLoad(inputs: readonly string[], options: BulkLoadOptions): Promise<BulkLoadResult> {
  const csvDir = path.join(options.dir, 'bulk-import-csv');
  fs.rmSync(csvDir, { recursive: true, force: true });
  try {
    const converted = await convertForBulkImport(inputs, {
      csvDir,
      ...(options.converter === 'node' ? {} : { jvm: { neo4jProjectDir: options.neo4jProjectDir, searchPath: options.searchPath, javaHome: options.javaHome } }),
      ...(options.conversionThreads !== undefined ? { conversionThreads: options.conversionThreads } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    const tool = await runBulkImport({
      dir: options.dir,
      groups: toGroups(converted.files),
      // The catalogue's numbers are distinct and dense from 0, so they can be the nodes' record numbers: the
      // importer then neither builds nor sorts an id map, nor looks up both ends of every relationship in it
      // (100k, 2 runs each, interleaved: importer 15.7/16.5 s with `integer`, 11.3/10.7 s with `actual`).
      idType: 'actual',
      arrayDelimiter: BULK_ARRAY_DELIMITER_OPTION,
      multilineFields: converted.multilineFields,
      heapMb: options.heapMb,
      offHeapMb: options.offHeapMb,
      ...(options.threads !== undefined ? { threads: options.threads } : {}),
      neo4jProjectDir: options.neo4jProjectDir,
      searchPath: options.searchPath,
      javaHome: options.javaHome,
      ...(options.onLog ? { onLog: options.onLog } : {}),
    });
    return {
      report: converted.report,
      conversionMs: converted.conversionMs,
      conversionThreads: converted.conversionThreads,
      converter: converted.converter,
      jvmFallback: converted.jvmFallback,
      nodeConverter: converted.nodeConverter,
      jvmNodeFallback: converted.jvmNodeFallback,
      tool,
      convertedBytes: converted.convertedBytes,
    };
  } finally {
    if (!options.keepFiles) fs.rmSync(csvDir, { recursive: true, force: true });
  }
}

/** The converted files of a bulk load, before the importer runs. */
export interface BulkConversion {
  report: ImportReport;
  files: BulkFile[];
  /** Whether a value holds a line break (the importer must then read quoted fields across lines). */
  multilineFields: boolean;
  conversionMs: number;
  conversionThreads: number;
  /** Who converted the relationship files; why the JVM left them to Node, when it did. */
  converter: 'jvm' | 'node';
  jvmFallback: string | null;
  /** Who wrote the node files; why the JVM left them to Node, when it did. */
  nodeConverter: 'jvm' | 'node';
  jvmNodeFallback: string | null;
  convertedBytes: number;
  /** Each relationship group's rows and time (one per thread; the rate of one thread is rows / ms). */
  groups: { rows: number; ms: number; cpuMs: number | undefined }[];
}

/**
 * The conversion half of bulkLoad: checks the input files and writes the importer's files into `csvDir`
 * (created; must be empty), nodes and link ends named by the catalogue's numbers (the importer's `actual` ids).
 */
export async function convertForBulkImport(
  inputs: readonly string[],
  options: { csvDir: string; conversionThreads?: number; jvm?: JvmConverter; onProgress?: (progress: ImportProgress) => void },
): Promise<BulkConversion> {
  const started = performance.now();
  const catalog = new IdCatalog();
  const sink = new BulkCsvSink(options.csvDir, catalog);
  const groups: RelationshipGroupOutput[] = [];
  const threads = options.conversionThreads ?? defaultConversionThreads();
  let converter: 'jvm' | 'node' = 'node';
  let jvmFallback: string | null = null;
  let jvmNodeFallback: string | null = null;
  let jvmNodes: Extract<JvmNodeOutcome, { ok: true }> | undefined;
  // With the JVM, the node files go to it too when the scan accepted every one of their rows: the node pass then
  // waits for the JVM's outcome, and writes the files itself only when the JVM left them to Node.
  let nodeFiles: readonly NodeFile[] = [];
  let resolveNodes: (outcome: JvmNodeOutcome | undefined) => void = () => undefined;
  const nodesFromJvm = new Promise<JvmNodeOutcome | undefined>((resolve) => (resolveNodes = resolve));
  const nodePass = async (ctx: ImportContext, files: readonly NodeFile[]): Promise<void> => {
    nodeFiles = files;
    const outcome = options.jvm ? await nodesFromJvm : undefined;
    if (outcome?.ok) {
      jvmNodes = outcome;
      for (const [label, n] of outcome.created) ctx.report.addNodes(label, 'created', n);
      ctx.progress.advance(outcome.rows);
      return;
    }
    if (outcome) jvmNodeFallback = outcome.reason;
    await writeNodeFiles(ctx, files);
  };
  const report = await importInto(
    sink,
    inputs,
    // Batches only group rows per file (no transactions here); a batch's rows live until it is written, so a
    // small one keeps the young generation's survivors few (5000 -> 1000 at 100k, one profiled run each: peak RSS
    // 540 -> 480 MiB, thread CPU 8.97 -> 8.06 s; src/import/README.md).
    { batchSize: 1000, ...(options.onProgress ? { onProgress: options.onProgress } : {}) },
    async (ctx, relationshipFiles) => {
      try {
        const conversion = await convertRelationshipFiles(ctx, relationshipFiles, {
          threads,
          workerScript: defaultWorkerScript(),
          dir: options.csvDir,
          jvm: options.jvm,
          onJvmFallback: (reason) => (jvmFallback = reason),
          jvmNodeFiles: options.jvm && nodeRowsAllAccepted(ctx, nodeFiles) ? nodeFiles : undefined,
        });
        groups.push(...conversion.outputs);
        converter = conversion.converter;
        resolveNodes(conversion.nodes);
      } finally {
        resolveNodes(undefined);
      }
    },
    catalog,
    nodePass,
  );
  const files = [...(await sink.finish()), ...(jvmNodes?.files ?? []), ...groups.flatMap((group) => group.files)];
  const conversionMs = performance.now() - started;
  return {
    report,
    files,
    multilineFields: sink.multilineFields || (jvmNodes?.multilineFields ?? false) || groups.some((group) => group.multilineFields),
    conversionMs,
    conversionThreads: converter === 'node' && defaultWorkerScript() === undefined ? 0 : threads,
    converter,
    jvmFallback,
    nodeConverter: jvmNodes ? 'jvm' : 'node',
    jvmNodeFallback,
    convertedBytes: files.reduce((n, f) => n + fs.statSync(f.file).size, 0),
    groups: groups.map(({ rows, ms, cpuMs }) => ({ rows, ms, cpuMs })),
  };
}

/** Whether the scan refused no row of the node files: the JVM writes node files only then (it does not word refusals). */
function nodeRowsAllAccepted(ctx: ImportContext, nodeFiles: readonly NodeFile[]): boolean {
  const paths = new Set(nodeFiles.map((file) => file.path));
  return nodeFiles.length > 0 && !ctx.report.build(0).rejects.some((reject) => paths.has(reject.file));
}

/** The machine's cores, at most 4: beyond that the node pass before the threads and the disk bound the conversion. */
export function defaultConversionThreads(): number {
  return Math.min(4, os.availableParallelism());
}

function toGroups(files: readonly BulkFile[]): BulkImportGroup[] {
  // Each file has its own header (its columns differ), so each is a group of its own.
  return files.map((f) => (f.role === 'nodes' ? { role: 'nodes', labels: f.labels, files: [f.file] } : { role: 'relationships', type: f.type, files: [f.file] }));
}

/**
 * Memory of the bulk importer's JVM: a small heap, and off-heap buffers of a quarter of the machine's free
 * memory (at least 1 GB, at most 8 GB), so it neither starves the machine nor spills to disk at 10M links.
 */
export function bulkImporterMemory(freeMemoryMb = Math.floor(os.freemem() / 2 ** 20)): { heapMb: number; offHeapMb: number } {
  return { heapMb: 1024, offHeapMb: Math.min(8192, Math.max(1024, Math.floor(freeMemoryMb / 4))) };
}
