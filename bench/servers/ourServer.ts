/**
 * Contender "ours": the project's own server (startHttpServer) in a child process of its own, so its RSS is
 * its own. Logs are silenced: a benchmark measures serving, not logging.
 */
import { loadConfig } from '../../src/config';
import { createDriver, GraphClient } from '../../src/graph';
import { createLogger, startHttpServer } from '../../src/server';
import { loadAccessPolicy } from '../../src/server/auth';
import { announceReady, readChildConnection, stopOn } from './childConnection';

/** Generous: at concurrency 32 on two cores a whole-graph aggregation queues for many seconds. */
export const BENCH_QUERY_TIMEOUT_MS = 300_000;

async function main(): Promise<void> {
  const { uri, password } = readChildConnection();
  const graph = new GraphClient(createDriver(uri, 'neo4j', password), { database: undefined, timeoutMs: BENCH_QUERY_TIMEOUT_MS });
  const config = loadConfig();
  const server = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    graph,
    logger: createLogger('silent'),
    production: true,
    settings: config.server,
    accessPolicy: loadAccessPolicy(config.auth),
  });
  stopOn(async () => {
    await server.stop();
    await graph.close();
  });
  announceReady(server.url);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`our server failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
