/**
 * The bulk load as the bench measures it (`--import bulk`, the default): the generated files are checked and
 * converted (src/import/bulk), Neo4j's own importer writes the store, Neo4j starts on it with memory sized for
 * the store (graph/local/memorySettings.ts, unless --heap-mb / --page-cache-mb), and `migrate` brings the
 * constraints, indexes and full-text index online. End to end is all of that; the importer's phase is its own.
 */
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/config';
import { createDriver, GraphClient, migrate } from '../src/graph';
import { directoryBytes, sizeLocalMemory, type LocalMemory } from '../src/graph/local';
import { bulkImporterMemory, bulkLoad } from '../src/import/bulk';
import type { ImportFigures } from './importPhase';
import { startBenchDatabase, type BenchDatabase } from './localDatabase';
import { readProcessMemory } from './procStatus';

export interface BulkFigures extends ImportFigures {
  method: 'bulk';
  phases: {
    /** Checking and converting the CSV files (the same scan and rows as the transactional import). */
    conversionMs: number;
    /** Worker threads that converted the relationship files. */
    conversionThreads: number;
    /** Who converted the relationship files (the JVM by default), and why not the JVM when it left them to Node. */
    converter: 'jvm' | 'node';
    jvmFallback: string | null;
    /** Who wrote the node files (the JVM when it could), and why not the JVM when it left them to Node. */
    nodeConverter: 'jvm' | 'node';
    jvmNodeFallback: string | null;
    /** Neo4j's importer as it reports itself ("IMPORT DONE in"), and its process with JVM start. */
    toolMs: number;
    toolProcessMs: number;
    /** Starting Neo4j on the new store. */
    startMs: number;
    /** Constraints, indexes and the full-text index, created and online. */
    migrateMs: number;
  };
  /** Relationships per second of the importer's own phase (the end-to-end figure is relationshipsPerSecond). */
  toolRelationshipsPerSecond: number;
  toolPeakMemory: string | null;
  /** Store on disk after the import and after the indexes, MiB. */
  storeMb: number;
  storeWithIndexesMb: number;
  convertedMb: number;
  memory: LocalMemory;
}

/** Bulk-loads `datasetDir` into a new data folder and starts Neo4j on it. */
export async function bulkLoadAndStart(
  datasetDir: string,
  options: { heapMb: number | undefined; pageCacheMb: number | undefined; keepDir: string | undefined },
  say: (line: string) => void,
): Promise<{ database: BenchDatabase; figures: BulkFigures }> {
  const started = performance.now();
  let loaded: Awaited<ReturnType<typeof bulkLoad>> | undefined;
  let memory: LocalMemory | undefined;
  let startStarted = 0;
  const database = await startBenchDatabase({
    heapMb: (dir) => (memory ??= sized(dir, options)).heapMb,
    pageCacheMb: (dir) => (memory ??= sized(dir, options)).pageCacheMb,
    searchPath: process.env['PATH'],
    javaHome: process.env['JAVA_HOME'],
    keepDir: options.keepDir,
    beforeStart: async (dir) => {
      loaded = await bulkLoad([datasetDir], {
        dir,
        ...bulkImporterMemory(),
        neo4jProjectDir: path.join(projectRoot, 'neo4j'),
        searchPath: process.env['PATH'],
        javaHome: process.env['JAVA_HOME'],
        onLog: (line) => {
          if (/^(IMPORT DONE|\(\d\/\d\)|Imported|Peak memory)/.test(line)) say(`bench: importer: ${line}`);
        },
      });
      say(`bench: converted in ${(loaded.conversionMs / 1000).toFixed(1)} s (${loaded.conversionThreads} threads, ${loaded.converter}), importer ${((loaded.tool.reportedMs ?? loaded.tool.durationMs) / 1000).toFixed(1)} s`);
      startStarted = performance.now();
    },
  });
  if (!loaded || !memory) throw new Error('the bulk load did not run');
  const storeMb = memory.storeMb;
  const startMs = performance.now() - startStarted;
  const migrateStarted = performance.now();
  const graph = new GraphClient(createDriver(database.neo4j.uri, 'neo4j', database.neo4j.password), { database: undefined, timeoutMs: 3_600_000 });
  try {
    // A store the bulk load has just written whole: nothing to backfill.
    await migrate(graph, { backfill: false });
  } finally {
    await graph.close();
  }
  const migrateMs = performance.now() - migrateStarted;
  const durationMs = performance.now() - started;
  const relationships = loaded.tool.relationships;
  const toolMs = loaded.tool.reportedMs ?? loaded.tool.durationMs;
  return {
    database,
    figures: {
      method: 'bulk',
      nodes: loaded.tool.nodes,
      relationships,
      rejects: loaded.report.rejects.length,
      durationMs: Math.round(durationMs),
      peakRssMb: readProcessMemory('self')?.peakRssMb ?? null,
      relationshipsPerSecond: Math.round(relationships / (durationMs / 1000)),
      neo4jPeakRssMb: readProcessMemory(database.neo4j.pid)?.peakRssMb ?? null,
      phases: {
        conversionMs: Math.round(loaded.conversionMs),
        conversionThreads: loaded.conversionThreads,
        converter: loaded.converter,
        jvmFallback: loaded.jvmFallback,
        nodeConverter: loaded.nodeConverter,
        jvmNodeFallback: loaded.jvmNodeFallback,
        toolMs: Math.round(toolMs),
        toolProcessMs: Math.round(loaded.tool.durationMs),
        startMs: Math.round(startMs),
        migrateMs: Math.round(migrateMs),
      },
      toolRelationshipsPerSecond: Math.round(relationships / (toolMs / 1000)),
      toolPeakMemory: loaded.tool.peakMemory,
      storeMb,
      storeWithIndexesMb: Math.ceil(directoryBytes(path.join(database.dataDir, 'data', 'databases', 'neo4j')) / 2 ** 20),
      convertedMb: Math.round(loaded.convertedBytes / 2 ** 20),
      memory,
    },
  };
}

/**
 * The bench's heap floor: the transactional path's default heap. The store-derived heap (870 MB at 100k) is
 * sized for one user; the bench's 32 concurrent whole-cluster analyses (scienceIndustryLinks) ran it out of
 * memory twice, taking the database and the rest of the run with it.
 */
export const BENCH_MIN_HEAP_MB = 4096;

function sized(dir: string, options: { heapMb: number | undefined; pageCacheMb: number | undefined }): LocalMemory {
  return sizeLocalMemory({
    dir,
    totalMemoryMb: Math.floor(os.totalmem() / 2 ** 20),
    heapMb: options.heapMb,
    pageCacheMb: options.pageCacheMb,
    minHeapMb: BENCH_MIN_HEAP_MB,
  });
}
