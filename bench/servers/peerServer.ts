/**
 * Contender "peer": @neo4j/graphql serving bench/peer/schema.graphql on the same HTTP stack as ours (Apollo
 * Server 5 + Express 5), with the library's defaults and the driver settings ours uses.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import { loadPeerTypeDefs } from '../peer/peerTypeDefs';
import { announceReady, readChildConnection, stopOn } from './childConnection';
import { createFloorDriver } from './floorServer';

async function main(): Promise<void> {
  const { uri, password } = readChildConnection();
  const driver = createFloorDriver(uri, password);
  const schema = await new Neo4jGraphQL({ typeDefs: loadPeerTypeDefs(), driver }).getSchema();
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({ schema, plugins: [ApolloServerPluginDrainHttpServer({ httpServer })] });
  await apollo.start();
  app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo, { context: async () => ({}) }));
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', () => resolve()));
  stopOn(async () => {
    await apollo.stop();
    await driver.close();
  });
  announceReady(`http://localhost:${(httpServer.address() as AddressInfo).port}/graphql`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`peer server failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
