import path from 'node:path';
import { projectRoot, type Config } from '../config';
import { createDriver, GraphClient } from '../graph/graphClient';
import { startLocalNeo4j } from '../graph/local';

/** A graph client for a command, and how to let go of it. */
export interface CommandGraph {
  graph: GraphClient;
  /** Closes the driver and stops the local Neo4j when this command started it. */
  close(): Promise<void>;
}

/**
 * Connects a command to the configured Neo4j: the external one when NEO4J_URI is set, otherwise the project's
 * own local Neo4j, started for the command (finding java and mvn where the configuration says).
 */
export async function connectGraph(config: Config, timeoutMs: number): Promise<CommandGraph> {
  const target = config.neo4j;
  if (target.kind === 'external') {
    const graph = new GraphClient(createDriver(target.uri, target.username, target.password), { database: target.database, timeoutMs });
    return { graph, close: () => graph.close() };
  }
  const local = await startLocalNeo4j({
    dir: target.dir,
    boltPort: target.boltPort,
    password: target.password,
    heapMb: target.heapMb,
    pageCacheMb: target.pageCacheMb,
    startTimeoutMs: target.startTimeoutMs,
    neo4jProjectDir: path.join(projectRoot, 'neo4j'),
    searchPath: target.searchPath,
    javaHome: target.javaHome,
  });
  const graph = new GraphClient(createDriver(local.uri, local.username, local.password), { database: undefined, timeoutMs });
  return {
    graph,
    close: async () => {
      await graph.close();
      await local.stop();
    },
  };
}
