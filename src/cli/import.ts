/**
 * `npm run import -- <files or folders> [--batch-size N]`: loads CSV files in the format of seeds/FORMAT.md
 * into the configured Neo4j (migrating it first) and prints what happened.
 * `npm run import -- --bulk <files or folders>`: the same files into a new local database through Neo4j's own
 * bulk importer (src/import/bulk), then starts it and migrates (constraints, indexes, full-text).
 * Exit code 0 when every row landed, 1 when some were rejected, 2 on a fatal error.
 */
import { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import path from 'node:path';
import { ConfigError, loadConfig, projectRoot, type Config } from '../config';
import { migrate } from '../graph/migrations';
import { openGraph } from '../graph/openGraph';
import { DEFAULT_BATCH_SIZE, DEFAULT_PARALLEL_WRITES, importGraph, resolveInputFiles, type ImportProgress, type ImportReport } from '../import';
import { bulkImporterMemory, bulkLoad, type BulkLoadResult } from '../import/bulk';
import { parseArguments, processIo, type CommandIo } from './commandIo';
import { formatImportSummary } from './importSummary';

export type { CommandIo } from './commandIo';

export const EXIT_OK = 0;
export const EXIT_REJECTS = 1;
export const EXIT_FATAL = 2;

// Below this many rows a progress bar only flickers.
const PROGRESS_BAR_MIN_ROWS = 10_000;
// A batch of 1000 rows takes well under a second; the generous bound only stops a stuck transaction.
const IMPORT_TIMEOUT_MS = 120_000;

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

/** Runs the command with the arguments after `import`; resolves to the exit code. */
export async function main(args: readonly string[], io: CommandIo = processIo()): Promise<number> {
  const program = new Command('import')
    .description('Import CSV files (seeds/FORMAT.md) into the graph: files, or folders of *.csv files.')
    .argument('<inputs...>', 'CSV files or folders')
    .option('--batch-size <n>', 'rows per write transaction', positiveInteger, DEFAULT_BATCH_SIZE)
    .option('--parallel-writes <n>', 'write transactions at the same time (rows of one node or pair stay in input order)', positiveInteger, DEFAULT_PARALLEL_WRITES)
    .option('--bulk', "load into a new local database with Neo4j's bulk importer (LOCAL_NEO4J_DIR must hold no database)", false)
    .option('--conversion-threads <n>', 'with --bulk: threads that convert the relationship files (default: the cores, at most 4)', positiveInteger)
    .addOption(
      new Option('--converter <who>', 'with --bulk: who converts the files: jvm (Node where the JVM leaves them to it) or node').choices(['jvm', 'node']).default('jvm'),
    );
  const parsed = parseArguments(program, args, io);
  if (parsed !== null) return parsed;
  const inputs = program.processedArgs[0] as string[];
  const { batchSize, bulk, parallelWrites, conversionThreads, converter } = program.opts<{
    batchSize: number;
    bulk: boolean;
    parallelWrites: number;
    conversionThreads?: number;
    converter: 'jvm' | 'node';
  }>();

  let connection;
  try {
    // Fail on a missing input before starting Neo4j.
    await resolveInputFiles(inputs);
    const config = loadConfig(io.env);
    if (bulk) return await bulkImport(config, inputs, io, { conversionThreads, converter });
    // Import batches may run longer than a request's statement: the longer of the two timeouts applies.
    connection = await openGraph({ ...config, queryTimeoutMs: Math.max(config.queryTimeoutMs, IMPORT_TIMEOUT_MS) });
    await migrate(connection.graph);
    const progress = progressBar(io);
    const report = await importGraph(connection.graph, inputs, { batchSize, parallelWrites, onProgress: progress.update }).finally(progress.stop);
    io.stdout.write(formatImportSummary(report, io.cwd));
    return report.rejects.length > 0 ? EXIT_REJECTS : EXIT_OK;
  } catch (error) {
    io.stderr.write(`import failed: ${describe(error)}\n`);
    return EXIT_FATAL;
  } finally {
    await connection?.close().catch(() => undefined);
  }
}

/** Bulk load, then start the local Neo4j on the new store and migrate; prints the phases' figures. */
async function bulkImport(
  config: Config,
  inputs: readonly string[],
  io: CommandIo,
  { conversionThreads, converter }: { conversionThreads: number | undefined; converter: 'jvm' | 'node' },
): Promise<number> {
  const target = config.neo4j;
  if (target.kind !== 'local') {
    io.stderr.write('import failed: --bulk writes a new local database; unset NEO4J_URI (a running server takes the transactional import).\n');
    return EXIT_FATAL;
  }
  const started = performance.now();
  const progress = progressBar(io);
  const loaded = await bulkLoad(inputs, {
    dir: target.dir,
    ...bulkImporterMemory(),
    neo4jProjectDir: path.join(projectRoot, 'neo4j'),
    searchPath: target.searchPath,
    javaHome: target.javaHome,
    onProgress: progress.update,
    converter,
    ...(conversionThreads !== undefined ? { conversionThreads } : {}),
  }).finally(progress.stop);
  const migrateStarted = performance.now();
  const connection = await openGraph(config);
  try {
    // A store the bulk load has just written whole: nothing to backfill.
    await migrate(connection.graph, { backfill: false });
  } finally {
    await connection.close().catch(() => undefined);
  }
  const now = performance.now();
  io.stdout.write(formatImportSummary(loaded.report, io.cwd));
  io.stdout.write(formatBulkFigures(loaded, now - migrateStarted, now - started));
  return loaded.report.rejects.length > 0 ? EXIT_REJECTS : EXIT_OK;
}

function formatBulkFigures(loaded: BulkLoadResult, migrateMs: number, totalMs: number): string {
  const rels = relationshipsOf(loaded.report);
  const rate = (ms: number): string => `${Math.round(rels / (ms / 1000)).toLocaleString('en')} relationships/s`;
  const toolMs = loaded.tool.reportedMs ?? loaded.tool.durationMs;
  return [
    `bulk: ${loaded.tool.nodes} nodes, ${loaded.tool.relationships} relationships written by Neo4j's importer`,
    `  convert ${(loaded.conversionMs / 1000).toFixed(1)} s (${loaded.conversionThreads} threads; nodes in ${loaded.nodeConverter === 'jvm' ? 'the JVM' : 'Node'}, relationships in ${loaded.converter === 'jvm' ? 'the JVM' : 'Node'}), importer ${(toolMs / 1000).toFixed(1)} s (${rate(toolMs)}; process ${(loaded.tool.durationMs / 1000).toFixed(1)} s), ` +
      `start + constraints + indexes ${(migrateMs / 1000).toFixed(1)} s`,
    `  end to end ${(totalMs / 1000).toFixed(1)} s: ${rate(totalMs)}`,
    ...(loaded.jvmFallback !== null ? [`  the JVM left the relationship files to Node: ${loaded.jvmFallback}`] : []),
    ...(loaded.jvmNodeFallback !== null ? [`  the JVM left the node files to Node: ${loaded.jvmNodeFallback}`] : []),
    '',
  ].join('\n');
}

function relationshipsOf(report: ImportReport): number {
  return Object.values(report.relationships).reduce((n, c) => n + c.created, 0);
}

function progressBar(io: CommandIo): { update: (p: ImportProgress) => void; stop: () => void } {
  if (!io.stdout.isTTY) return { update: () => undefined, stop: () => undefined };
  let bar: SingleBar | undefined;
  return {
    update: ({ done, total }) => {
      if (total < PROGRESS_BAR_MIN_ROWS) return;
      if (!bar) {
        bar = new SingleBar({ format: 'importing [{bar}] {percentage}% | {value}/{total} rows | {eta_formatted} left', stream: io.stdout, hideCursor: true });
        bar.start(total, 0);
      }
      bar.update(done);
    },
    stop: () => bar?.stop(),
  };
}

function describe(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}


if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
