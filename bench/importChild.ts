/**
 * The importer as the bench measures it: a child process that migrates the fresh database and runs
 * importGraph over the generated folder, then prints one JSON line with the report's figures and its own peak
 * RSS (VmHWM), so the figure is the importer's alone.
 */
import { createDriver, GraphClient, migrate } from '../src/graph';
import { importGraph } from '../src/import';
import { readProcessMemory } from './procStatus';
import { readChildConnection } from './servers/childConnection';

export const IMPORT_RESULT_PREFIX = 'BENCH_IMPORT_RESULT ';
export const IMPORT_PROGRESS_PREFIX = 'BENCH_IMPORT_PROGRESS ';

export interface ImportChildResult {
  nodes: number;
  relationships: number;
  rejects: number;
  durationMs: number;
  peakRssMb: number | null;
}

async function main(): Promise<void> {
  const { uri, password } = readChildConnection();
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: importChild <folder>');
  const graph = new GraphClient(createDriver(uri, 'neo4j', password), { database: undefined, timeoutMs: 600_000 });
  try {
    await migrate(graph);
    // A line per tenth of the rows: a long import shows that it moves, and how fast.
    let shown = 0;
    // BENCH_IMPORT_PARALLEL_WRITES compares concurrency settings (development); unset: the importer's default.
    const parallel = Number(process.env['BENCH_IMPORT_PARALLEL_WRITES'] ?? '') || undefined;
    // BENCH_IMPORT_BATCH_SIZE likewise compares batch sizes; unset: the importer's default.
    const batchSize = Number(process.env['BENCH_IMPORT_BATCH_SIZE'] ?? '') || undefined;
    const report = await importGraph(graph, [dir], {
      parallelWrites: parallel,
      batchSize,
      onProgress: ({ done, total }) => {
        const tenth = Math.floor((done / Math.max(total, 1)) * 10);
        if (tenth <= shown) return;
        shown = tenth;
        process.stdout.write(`${IMPORT_PROGRESS_PREFIX}${done}/${total}\n`);
      },
    });
    const nodes = Object.values(report.nodes).reduce((n, c) => n + c.created + c.updated + c.unchanged, 0);
    const result: ImportChildResult = {
      nodes,
      relationships: report.relationshipsImported,
      rejects: report.rejects.length,
      durationMs: Math.round(report.durationMs),
      peakRssMb: readProcessMemory('self')?.peakRssMb ?? null,
    };
    for (const reject of report.rejects.slice(0, 5)) process.stderr.write(`rejected: ${JSON.stringify(reject)}\n`);
    process.stdout.write(`${IMPORT_RESULT_PREFIX}${JSON.stringify(result)}\n`);
  } finally {
    await graph.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`import failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
