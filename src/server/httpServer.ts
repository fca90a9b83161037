import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphClient } from '../graph';
import { buildResolvers } from '../resolvers';
import { createRequestContext, type RequestContext } from './context';
import { createFormatError } from './formatError';
import type { Logger } from './logger';
import { roundTripsPlugin } from './plugins/roundTripsPlugin';
import { loadTypeDefs } from './typeDefs';

export interface HttpServerOptions {
  port: number;
  /** Bind address; loopback by default. */
  host?: string;
  graph: GraphClient;
  logger: Logger;
  production: boolean;
}

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  port: number;
  /** Stops accepting requests, drains in-flight ones, then resolves. */
  stop(): Promise<void>;
}

/** Assembles Express + Apollo Server: /graphql, /health/live, /health/ready. */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const { graph, logger } = options;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<RequestContext>({
    typeDefs: loadTypeDefs(),
    resolvers: buildResolvers(),
    formatError: createFormatError(logger, { includeStack: !options.production }),
    // A user never sees a stack trace, not even in development: internal errors are logged instead.
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), roundTripsPlugin()],
  });
  await apollo.start();

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
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createRequestContext(graph, req.header('x-request-id') ?? randomUUID()),
    }),
  );

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
