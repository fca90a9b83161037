import path from 'node:path';
import { projectRoot, type Config } from '../config';
import { createDriver, GraphClient } from './graphClient';
import { GraphAccessError, GraphUnavailableError } from './graphErrors';
import os from 'node:os';
import { sizeLocalMemory, startLocalNeo4j, type LocalNeo4j } from './local';

export interface OpenGraph {
  graph: GraphClient;
  /** Set when the project's own Neo4j was started for this process. */
  local: LocalNeo4j | undefined;
  /** Where Neo4j was reached, for logs (never includes credentials). */
  uri: string;
  /** Closes the driver, then stops the local Neo4j if one was started. */
  close(): Promise<void>;
}

export interface OpenGraphHooks {
  onLocalStarting?: (dir: string) => void;
  onRetry?: (attempt: number, delayMs: number, reason: string) => void;
  onLocalLog?: (line: string) => void;
}

/**
 * Connects to Neo4j: the configured one when NEO4J_URI is set, else the project's own local Neo4j, started
 * here. Waits for Neo4j to answer, retrying with exponential backoff up to `connectTimeoutMs`.
 */
export async function openGraph(config: Config, hooks: OpenGraphHooks = {}): Promise<OpenGraph> {
  const target = config.neo4j;
  let local: LocalNeo4j | undefined;
  let uri: string;
  let username: string;
  let password: string;
  let database: string | undefined;
  if (target.kind === 'external') {
    ({ uri, username, password, database } = target);
  } else {
    hooks.onLocalStarting?.(target.dir);
    const memory = sizeLocalMemory({ dir: target.dir, totalMemoryMb: Math.floor(os.totalmem() / 2 ** 20), heapMb: target.heapMb, pageCacheMb: target.pageCacheMb });
    local = await startLocalNeo4j({
      dir: target.dir,
      boltPort: target.boltPort,
      password: target.password,
      heapMb: memory.heapMb,
      pageCacheMb: memory.pageCacheMb,
      startTimeoutMs: target.startTimeoutMs,
      neo4jProjectDir: path.join(projectRoot, 'neo4j'),
      searchPath: target.searchPath,
      javaHome: target.javaHome,
      ...(hooks.onLocalLog ? { onLog: hooks.onLocalLog } : {}),
    });
    ({ uri, username, password } = local);
    database = undefined;
  }
  const graph = new GraphClient(createDriver(uri, username, password), { database, timeoutMs: config.queryTimeoutMs });
  try {
    await waitUntilReachable(graph, config.connectTimeoutMs, hooks.onRetry);
  } catch (error) {
    await graph.close();
    await local?.stop();
    throw error instanceof GraphAccessError ? new GraphAccessError(accessMessage(error, target.kind, uri, database), error.reason) : error;
  }
  return {
    graph,
    local,
    uri,
    close: async () => {
      await graph.close();
      await local?.stop();
    },
  };
}

async function waitUntilReachable(
  graph: GraphClient,
  timeoutMs: number,
  onRetry: OpenGraphHooks['onRetry'],
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; ; attempt++) {
    try {
      await graph.ping(5_000);
      return;
    } catch (error) {
      // Wrong credentials or an unknown database will not heal by waiting: fail at once.
      if (error instanceof GraphAccessError) throw error;
      const reason = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
      const delayMs = Math.min(500 * 2 ** (attempt - 1), 8_000);
      if (Date.now() + delayMs > deadline) {
        throw new GraphUnavailableError(`Neo4j did not answer within ${timeoutMs} ms: ${reason}`);
      }
      onRetry?.(attempt, delayMs, reason);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}

/** One line naming the variable to fix, with Neo4j's own words after it. */
function accessMessage(error: GraphAccessError, kind: Config['neo4j']['kind'], uri: string, database: string | undefined): string {
  const said = error.message.split('\n')[0] ?? '';
  if (error.reason === 'database') {
    return `Neo4j at ${uri} has no database "${database ?? '(default)'}": set NEO4J_DATABASE to an existing one, or unset it for the default (Neo4j said: ${said})`;
  }
  const variables = kind === 'external' ? 'NEO4J_USERNAME and NEO4J_PASSWORD' : 'LOCAL_NEO4J_PASSWORD (the local data folder keeps the password it was created with)';
  return `Neo4j at ${uri} refused the credentials: check ${variables} (Neo4j said: ${said})`;
}
