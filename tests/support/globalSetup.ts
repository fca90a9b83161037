import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/config';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/graph/local';
import { createDriver, GraphClient } from '../../src/graph/graphClient';
import { migrate } from '../../src/graph/migrations';
import { loadSeedGraph } from './seedGraph';

declare global {
  var __clustergraphNeo4j: { neo4j: LocalNeo4j; dir: string } | undefined;
}

/**
 * Starts one local Neo4j for the whole run, on a free port with a temporary data folder, migrates it and loads
 * the seed graph. Workers inherit the connection through NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD, so the
 * code under test takes the same path as against any external Neo4j.
 */
export default async function globalSetup(): Promise<void> {
  // Servers started by tests (npm start in e2e) do not warm plans in the background: it would compete with the tests.
  process.env['WARM_PLANS'] = 'false';
  if (process.env['TEST_NEO4J_URI']) {
    process.env['NEO4J_URI'] = process.env['TEST_NEO4J_URI'];
    process.env['NEO4J_USERNAME'] = process.env['TEST_NEO4J_USERNAME'] ?? 'neo4j';
    process.env['NEO4J_PASSWORD'] = process.env['TEST_NEO4J_PASSWORD'] ?? '';
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clustergraph-test-neo4j-'));
  // Jest runs globalTeardown only after a successful globalSetup, so a failure here cleans up itself.
  let neo4j: LocalNeo4j | undefined;
  try {
    neo4j = await startLocalNeo4j({
      dir,
      boltPort: 0,
      password: undefined,
      heapMb: 1024,
      pageCacheMb: 256,
      // The error message tells a slow machine to raise LOCAL_NEO4J_START_TIMEOUT_MS; the tests' Neo4j honours it too.
      startTimeoutMs: Number(process.env['LOCAL_NEO4J_START_TIMEOUT_MS'] ?? 180_000),
      neo4jProjectDir: path.join(projectRoot, 'neo4j'),
      searchPath: process.env['PATH'],
      javaHome: process.env['JAVA_HOME'],
    });
    process.env['NEO4J_URI'] = neo4j.uri;
    process.env['NEO4J_USERNAME'] = neo4j.username;
    process.env['NEO4J_PASSWORD'] = neo4j.password;

    const graph = new GraphClient(createDriver(neo4j.uri, neo4j.username, neo4j.password), { database: undefined, timeoutMs: 120_000 });
    try {
      await migrate(graph);
      await loadSeedGraph(graph);
    } finally {
      await graph.close();
    }
  } catch (error) {
    await neo4j?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  globalThis.__clustergraphNeo4j = { neo4j, dir };
}
