/**
 * `npm run import -- <files or folders> [--batch-size N]`: loads CSV files in the format of seeds/FORMAT.md
 * into the configured Neo4j (migrating it first) and prints what happened.
 * Exit code 0 when every row landed, 1 when some were rejected, 2 on a fatal error.
 */
import { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { ConfigError, loadConfig } from '../config';
import { migrate } from '../graph/migrations';
import { openGraph } from '../graph/openGraph';
import { DEFAULT_BATCH_SIZE, importGraph, resolveInputFiles, type ImportProgress } from '../import';
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
    .option('--batch-size <n>', 'rows per write transaction', positiveInteger, DEFAULT_BATCH_SIZE);
  const parsed = parseArguments(program, args, io);
  if (parsed !== null) return parsed;
  const inputs = program.processedArgs[0] as string[];
  const { batchSize } = program.opts<{ batchSize: number }>();

  let connection;
  try {
    // Fail on a missing input before starting Neo4j.
    await resolveInputFiles(inputs);
    const config = loadConfig(io.env);
    // Import batches may run longer than a request's statement: the longer of the two timeouts applies.
    connection = await openGraph({ ...config, queryTimeoutMs: Math.max(config.queryTimeoutMs, IMPORT_TIMEOUT_MS) });
    await migrate(connection.graph);
    const progress = progressBar(io);
    const report = await importGraph(connection.graph, inputs, { batchSize, onProgress: progress.update }).finally(progress.stop);
    io.stdout.write(formatImportSummary(report, io.cwd));
    return report.rejects.length > 0 ? EXIT_REJECTS : EXIT_OK;
  } catch (error) {
    io.stderr.write(`import failed: ${describe(error)}\n`);
    return EXIT_FATAL;
  } finally {
    await connection?.close().catch(() => undefined);
  }
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
