import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/config';
import { startLocalNeo4j, type LocalNeo4j } from '../src/graph/local';

export interface BenchDatabaseOptions {
  heapMb: number;
  pageCacheMb: number;
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
    neo4j = await startLocalNeo4j({
      dir: dataDir,
      boltPort: 0,
      password: undefined,
      heapMb: options.heapMb,
      pageCacheMb: options.pageCacheMb,
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
