import http from 'node:http';
import type { GraphClient } from '../../../src/graph';
import { KEEP_ALIVE_TIMEOUT_MS } from '../../../src/server/httpServer';
import { createTestGraph } from '../../support/testGraph';
import { startHardenedServer, type HardenedServer } from './hardenedServer';

interface Reply {
  status: number;
  keepAlive: string | undefined;
  reusedSocket: boolean;
}

/** One GraphQL POST through `agent`, saying whether it went out on a socket an earlier request had opened. */
function post(agent: http.Agent, url: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (response) => {
      response.resume();
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, keepAlive: response.headers['keep-alive']?.toString(), reusedSocket: request.reusedSocket }),
      );
    });
    request.on('error', reject);
    request.end(JSON.stringify({ query: '{ cluster(id: "silicon-saxony") { id } }' }));
  });
}

/**
 * A client that pauses between requests (a notebook, a test running networkx) reuses its idle connection. With
 * Node's default of 5 s the server closed it just as such a client sent on it, and the request failed with
 * ECONNRESET (CI, under load).
 */
describe('keep-alive connections', () => {
  let graph: GraphClient;
  let server: HardenedServer;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  beforeAll(async () => {
    graph = createTestGraph();
    server = await startHardenedServer(graph);
  });
  afterAll(async () => {
    agent.destroy();
    await server.stop();
    await graph.close();
  });

  it('announces and keeps an idle connection open well past Node\'s default 5 s', async () => {
    const first = await post(agent, server.url);
    expect(first).toMatchObject({ status: 200, reusedSocket: false });
    expect(first.keepAlive).toBe(`timeout=${KEEP_ALIVE_TIMEOUT_MS / 1000}`);
    expect(KEEP_ALIVE_TIMEOUT_MS).toBeGreaterThanOrEqual(60_000);

    await new Promise((resolve) => setTimeout(resolve, 6_000));
    const second = await post(agent, server.url);
    expect(second).toMatchObject({ status: 200, reusedSocket: true });
  });
});
