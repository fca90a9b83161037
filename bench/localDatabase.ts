import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/config';
import { startLocalNeo4j, type LocalNeo4j } from '../src/graph/local';

export interface BenchDatabaseOptions {
  /** Fixed, or sized from the data folder once `beforeStart` has filled it. */
  heapMb: number | ((dataDir: string) => number);
  pageCacheMb: number | ((dataDir: string) => number);
  /** Runs on the data folder before Neo4j starts (the bulk load writes the store there). */
  beforeStart?: (dataDir: string) => Promise<void>;
  /** PATH and JAVA_HOME to find java and mvn. */
  searchPath: string | undefined;
  javaHome: string | undefined;
  /**
   * A data folder to keep between runs (development and profiling only: `--keep-db`); by default a temporary
   * folder that is deleted at the end.
   */
  keepDir?: string | undefined;
}

/** A fresh Neo4j for one run: the project's own local Neo4j on a temporary data folder and a free port. */
export interface BenchDatabase {
  neo4j: LocalNeo4j;
  dataDir: string;
  /** Stops Neo4j and deletes its data folder (unless it is kept). */
  dispose(): Promise<void>;
}

export async function startBenchDatabase(options: BenchDatabaseOptions): Promise<BenchDatabase> {
  const dataDir = options.keepDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'clustergraph-bench-neo4j-'));
  const removeData = (): void => {
    if (options.keepDir === undefined) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  let neo4j: LocalNeo4j;
  try {
    await options.beforeStart?.(dataDir);
    neo4j = await startLocalNeo4j({
      dir: dataDir,
      boltPort: 0,
      password: undefined,
      heapMb: typeof options.heapMb === 'number' ? options.heapMb : options.heapMb(dataDir),
      pageCacheMb: typeof options.pageCacheMb === 'number' ? options.pageCacheMb : options.pageCacheMb(dataDir),
      startTimeoutMs: 300_000,
      neo4jProjectDir: path.join(projectRoot, 'neo4j'),
      searchPath: options.searchPath,
      javaHome: options.javaHome,
    });
  } catch (error) {
    removeData();
    throw error;
  }
  let disposed: Promise<void> | undefined;
  return {
    neo4j,
    dataDir,
    dispose: () => (disposed ??= neo4j.stop().then(removeData)),
  };
}
