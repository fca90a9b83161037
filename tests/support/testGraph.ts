import { loadConfig } from '../../src/config';
import { createDriver, GraphClient } from '../../src/graph/graphClient';

/**
 * A GraphClient on the run's Neo4j (started by the global setup, or TEST_NEO4J_URI). Close it in afterAll.
 * The database is shared by every test file: write only ids under a prefix of your own (see uniquePrefix)
 * and delete them afterwards.
 */
export function createTestGraph(): GraphClient {
  const config = loadConfig();
  if (config.neo4j.kind !== 'external') throw new Error('the jest global setup did not export NEO4J_URI');
  const { uri, username, password, database } = config.neo4j;
  return new GraphClient(createDriver(uri, username, password), { database, timeoutMs: config.queryTimeoutMs });
}

/** A fresh id prefix for one test file's own data, e.g. `t-imp-k3j9x-`. */
export function uniquePrefix(tag: string): string {
  return `t-${tag}-${Math.random().toString(36).slice(2, 8)}-`;
}

/** Deletes every node whose id starts with the prefix, with its relationships. */
export async function deleteByPrefix(graph: GraphClient, prefix: string): Promise<void> {
  await graph.write({
    name: 'test_cleanup',
    text: 'MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n',
    params: { prefix },
  });
}
