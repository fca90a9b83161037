import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/config';
import type { LocalNeo4jOptions } from '../../src/graph/local';

/** Options for a small extra local Neo4j in a fresh temporary folder on a free port. */
export function extraLocalNeo4jOptions(overrides: Partial<LocalNeo4jOptions> = {}): LocalNeo4jOptions {
  return {
    dir: fs.mkdtempSync(path.join(os.tmpdir(), 'clustergraph-extra-neo4j-')),
    boltPort: 0,
    password: undefined,
    heapMb: 384,
    pageCacheMb: 32,
    startTimeoutMs: 120_000,
    neo4jProjectDir: path.join(projectRoot, 'neo4j'),
    searchPath: process.env['PATH'],
    javaHome: process.env['JAVA_HOME'],
    ...overrides,
  };
}

/** True while a process with this pid exists. */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
