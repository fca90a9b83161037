/**
 * Contender "floor": the least a server can do. Express on the same HTTP stack as ours, one route per
 * operation, each running the operation's one hand-written Cypher query (FLOOR_CYPHER) through neo4j-driver
 * with the driver settings ours uses, and answering `{ rows }`. No GraphQL, no validation, no shaping.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import neo4j, { type Driver } from 'neo4j-driver';
import { COMPARED_OPERATION_NAMES, FLOOR_CYPHER, FLOOR_FINISH, type ComparedOperationName } from '../operations';
import { announceReady, readChildConnection, stopOn } from './childConnection';

/** Driver settings of src/graph/graphClient.ts createDriver, so the floor differs from ours only above the driver. */
export function createFloorDriver(uri: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
  });
}

/**
 * Runs one floor query in a read transaction and returns the `result` column of every record, through the
 * operation's in-process finish where the answer is an algorithm no Cypher runs (FLOOR_FINISH).
 */
export async function runFloorQuery(driver: Driver, operation: ComparedOperationName, params: Record<string, unknown>): Promise<unknown[]> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(FLOOR_CYPHER[operation], params));
    const rows = result.records.map((record) => record.get('result') as unknown);
    const finish = FLOOR_FINISH[operation];
    return finish ? finish(rows) : rows;
  } finally {
    await session.close();
  }
}

const KNOWN: ReadonlySet<string> = new Set(COMPARED_OPERATION_NAMES);

async function main(): Promise<void> {
  const { uri, password } = readChildConnection();
  const driver = createFloorDriver(uri, password);
  const app = express();
  app.disable('x-powered-by');
  app.post('/op/:name', express.json({ limit: '100kb' }), async (req, res) => {
    const name = req.params['name'] ?? '';
    if (!KNOWN.has(name)) {
      res.status(404).json({ error: `unknown operation ${name}` });
      return;
    }
    try {
      const rows = await runFloorQuery(driver, name as ComparedOperationName, (req.body as { params?: Record<string, unknown> }).params ?? {});
      res.json({ rows });
    } catch (error) {
      res.status(500).json({ error: error instanceof Error ? error.message : String(error) });
    }
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  stopOn(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await driver.close();
  });
  announceReady(`http://localhost:${(server.address() as AddressInfo).port}/op`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`floor server failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
