import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { makeExecutableSchema } from '@graphql-tools/schema';
import express, { type RequestHandler } from 'express';
import type { ServerSettings } from '../config';
import type { GraphClient } from '../graph';
import { buildResolvers } from '../resolvers';
import { accessControlPlugin, type AccessPolicy } from './auth'; // writes and access control (README "Writes and access control")
import { createRequestContext, type RequestContext } from '../request';
import { createExportRouter } from './export'; // subgraph export for graph tools
import { createFormatError, httpErrorHandler, notFoundHandler } from './errors';
import { compiledExecutionGateway, createCompiledExecution } from './execution';
import {
  allowListGate,
  depthLimitRule,
  documentShapeRule,
  knownOperationTypesRule,
  loadAllowList,
  MAX_RECURSIVE_SELECTIONS,
} from './limits';
import type { Logger } from './logger';
import { requestLogger } from './logging/requestLogger';
import { createServerMetrics, requestIdOf } from './metrics';
import type { PlanWarmingStatus } from '../graph/planWarming';
import { operationLabelPlugin } from './plugins/operationLabelPlugin';
import { persistedOperationsPlugin } from './plugins/persistedOperationsPlugin';
import { queryCostPlugin } from './plugins/queryCostPlugin';
import { explainPlugin } from './plugins/explainPlugin';
import { roundTripsPlugin } from './plugins/roundTripsPlugin';
import { noStorePlugin } from './plugins/noStorePlugin';
import { createWebRouter, indexRoute } from './static'; // web explorer and IDE, see src/server/static
import { loadTypeDefs } from './typeDefs';

export interface HttpServerOptions {
  port: number;
  /** Bind address; loopback by default. */
  host?: string;
  graph: GraphClient;
  logger: Logger;
  production: boolean;
  /** Limits, introspection, the allow-list and query explanations: `loadConfig().server` at the entry point. */
  settings: ServerSettings;
  /** API keys and whether reads need one: `loadAccessPolicy(loadConfig().auth)` at the entry point. */
  accessPolicy: AccessPolicy;
  /** How far background plan warming has got, reported in /metrics; absent when plans are not warmed. */
  planWarming?: PlanWarmingStatus;
}

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  port: number;
  /** Stops accepting requests, drains in-flight ones, then resolves. */
  stop(): Promise<void>;
}

/** How long an idle keep-alive connection stays open; announced to clients as `Keep-Alive: timeout=65`. */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/**
 * Assembles Express + Apollo Server: /graphql, /health/live, /health/ready, /metrics, /export, the web pages and
 * an index at /. One request passes the
 * request log (and its id), the HTTP metrics, the body parser with its size limit, the allow-list when one is
 * configured, then Apollo: token limit while parsing, the spec's validation, fragment, depth and shape limits,
 * the cost limit once variables are known, and only then the resolvers. Whatever fails outside GraphQL is
 * answered as JSON by the final error handler.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const { graph, logger, settings, accessPolicy } = options;
  const { limits } = settings;
  const allowList = settings.allowedOperationsFile === undefined ? undefined : loadAllowList(settings.allowedOperationsFile);
  // The schema Apollo would build from typeDefs and resolvers, built here so that the executor can compile against it.
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: buildResolvers() });
  const execution = createCompiledExecution(schema, settings.execution);
  const metrics = createServerMetrics(options.planWarming, execution.counts);
  // Every Cypher round trip of every request is also counted, by statement, in the metrics.
  const serverGraph = graph.withObserver(metrics.queryObserver);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  // Node closes an idle keep-alive socket after 5 s by default. A client that pauses about that long between
  // requests (a notebook cell, a test running networkx, a proxy's pool) then sends on a socket the server is
  // closing and gets ECONNRESET: seen in CI under load. Idle sockets are kept longer than the clients' and
  // proxies' usual idle timeouts (60 s), and the drain plugin still closes them on stop.
  httpServer.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  httpServer.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;

  const apollo = new ApolloServer<RequestContext>({
    gateway: compiledExecutionGateway(schema, execution),
    formatError: createFormatError(logger, { onError: metrics.countError }),
    // A user never sees a stack trace, not even in development: internal errors are logged instead.
    includeStacktraceInErrorResponses: false,
    // In production, validation messages do not suggest field names ("Did you mean …?").
    hideSchemaDetailsFromClientErrors: options.production,
    introspection: settings.introspection,
    // main.ts handles SIGINT/SIGTERM and stops the server, then Neo4j; Apollo's own handler would exit first.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: limits.maxTokens },
    maxRecursiveSelections: MAX_RECURSIVE_SELECTIONS,
    // With maxRecursiveSelections set, Apollo runs these only on documents the spec's rules accepted.
    validationRules: [depthLimitRule(limits.maxDepth), documentShapeRule(limits), knownOperationTypesRule],
    validationOptions: { maxErrors: 25 },
    // In allow-list mode only listed documents run: clients must not register new ones (APQ).
    ...(allowList ? { persistedQueries: false as const } : {}),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      roundTripsPlugin(),
      // The same `cache-control: no-store` the built-in plugin sent, without its hook on every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
      queryCostPlugin({ maxCost: limits.maxCost, maxNodes: 2 * MAX_RECURSIVE_SELECTIONS }),
      operationLabelPlugin(metrics.operations),
      ...(allowList ? [persistedOperationsPlugin(allowList)] : []),
      ...(settings.introspection ? [] : [ApolloServerPluginLandingPageDisabled()]),
      // Operator-only query explanations (EXPLAIN_QUERIES): admin-only whenever API keys are configured.
      ...(settings.explainQueries ? [explainPlugin({ requireAdmin: accessPolicy.keysFileGiven })] : []),
    ],
  });
  apollo.addPlugin(accessControlPlugin(logger, accessPolicy)); // writes and access control: API keys and roles, see src/server/auth
  await apollo.start();

  app.use(requestLogger(logger, (id) => metrics.operations.get(id)));
  app.use(metrics.httpMiddleware);
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    try {
      await graph.ping();
      res.json({ status: 'ok', neo4j: 'up' });
    } catch {
      res.status(503).json({ status: 'unavailable', neo4j: 'down' });
    }
  });
  app.get('/metrics', metrics.metricsHandler);
  app.use(
    '/graphql',
    express.json({ limit: settings.maxBodyBytes }),
    bodyForApollo,
    ...(allowList ? [allowListGate(allowList)] : []),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createRequestContext(serverGraph, requestIdOf(req), undefined, { recordQueries: settings.explainQueries && req.header('x-explain') === 'plan' }),
    }),
  );

  app.use('/export', createExportRouter({ graph: serverGraph, logger, accessPolicy })); // /export/partner-network, /export/supply-chain; see src/server/export
  app.use(createWebRouter()); // web explorer and IDE: /explore, /ide, /graphiql, /web/assets
  app.get('/', indexRoute()); // what is served where, as a page or JSON
  // Keep these two last: routes added after them are never reached.
  app.use(notFoundHandler());
  app.use(httpErrorHandler({ logger, maxBodyBytes: settings.maxBodyBytes, onError: metrics.countError }));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  let stopping: Promise<void> | undefined;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    stop: () => (stopping ??= apollo.stop()),
  };
}

/**
 * The JSON parser leaves `req.body` unset for other content types, and the Apollo integration then answers
 * 500 with a plain-text hint. Setting it lets Apollo answer 400 BAD_REQUEST (or its CSRF refusal) as JSON.
 */
const bodyForApollo: RequestHandler = (req, _res, next) => {
  // Assigning creates the property when the parser did not; a parsed body is left as it is.
  if (req.body === undefined) req.body = undefined;
  next();
};
