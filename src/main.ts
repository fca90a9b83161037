/**
 * `npm start`: the project's own Neo4j when NEO4J_URI is unset → migrations → the seed graph when the database
 * is empty → the GraphQL server. Ctrl-C or SIGTERM stops everything; the data folder survives for the next start.
 */
import { ConfigError, loadConfig } from './config';
import { GraphAccessError, migrate, openGraph, type OpenGraph } from './graph';
import { warmPlans } from './graph/planWarming';
import { LocalNeo4jError } from './graph/local';
import { loadSeedsIfEmpty } from './seedOnStart';
import { createLogger, startHttpServer, type RunningServer } from './server';
import { loadAccessPolicy } from './server/auth';

const EXAMPLE_QUERY = '{ cluster(id: "silicon-saxony") { name members(first: 5) { totalCount edges { node { name kind } } } } }';

async function main(): Promise<void> {
  // The one place the environment is read; everything below receives what it needs as arguments.
  const config = loadConfig();
  const accessPolicy = loadAccessPolicy(config.auth);
  const logger = createLogger(config.logLevel);
  const say = (line: string): void => void process.stdout.write(`${line}\n`);

  // Filled in as start-up proceeds; a signal during start-up stops whatever has started so far.
  const running: { opened?: OpenGraph; server?: RunningServer } = {};
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    say(`clustergraph: ${signal} received, stopping…`);
    await running.server?.stop();
    await running.opened?.close();
    say('clustergraph: stopped.');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  const opened = await openGraph(config, {
    onLocalStarting: (dir) => say(`clustergraph: starting the local Neo4j (data in ${dir})…`),
    onRetry: (attempt, delayMs, reason) => say(`clustergraph: Neo4j not reachable yet (attempt ${attempt}: ${reason}); retrying in ${delayMs} ms`),
    onLocalLog: (line) => logger.debug({ neo4j: line }, 'local neo4j output'),
  });
  running.opened = opened;
  if (stopping) return;
  // Nothing restarts the project's own Neo4j once it has died (killed, out of memory): serving only errors from
  // then on would hide it, so the process says how it died and exits non-zero, for a supervisor to restart it.
  void opened.local?.exited.then((report) => {
    if (stopping) return;
    process.stderr.write(`clustergraph: ${report}\nclustergraph: stopping, as the GraphQL API cannot answer without it.\n`);
    process.exit(1);
  });
  say(`clustergraph: Neo4j ready at ${opened.uri}`);
  await migrate(opened.graph);
  const seeded = await loadSeedsIfEmpty(opened.graph, config.seedDir, logger, config.seedSamples);
  if (seeded) say(`clustergraph: loaded the seed graph: ${seeded}`);

  // After the seed load: plans made on an empty store would be replanned once the statistics change.
  const warming = config.warmPlans ? warmPlans(opened.graph, (name, error) => logger.warn({ statement: name, err: error }, 'plan warm-up failed')) : undefined;
  void warming?.finished.then((status) => logger.info({ ...status }, 'traversal statements planned'));
  const server = await startHttpServer({
    port: config.port,
    host: config.host,
    graph: opened.graph,
    logger,
    production: config.production,
    settings: config.server,
    accessPolicy,
    ...(warming ? { planWarming: warming.status } : {}),
  });
  running.server = server;
  say(`clustergraph: GraphQL API at ${server.url}`);
  say(`clustergraph: explorer at ${server.url.replace(/\/graphql$/, '/explore')}, GraphQL IDE at ${server.url.replace(/\/graphql$/, '/ide')}`);
  say(`clustergraph: try  curl -s ${server.url} -H 'content-type: application/json' -d '${JSON.stringify({ query: EXAMPLE_QUERY })}'`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof LocalNeo4jError || error instanceof GraphAccessError) {
    process.stderr.write(`clustergraph: ${error.message}\n`);
    process.exit(error instanceof LocalNeo4jError ? 1 : 2);
  }
  process.stderr.write(`clustergraph: failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
