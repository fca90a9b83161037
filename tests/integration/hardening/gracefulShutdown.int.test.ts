import type { GraphClient } from '../../../src/graph';
import { createTestGraph } from '../../support/testGraph';
import { startHardenedServer } from './hardenedServer';
import { WrappedGraphClient } from './wrappedGraph';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Stopping the server lets requests in flight finish, and takes no new ones. */
describe('graceful shutdown', () => {
  let graph: GraphClient;

  beforeAll(() => {
    graph = createTestGraph();
  });
  afterAll(async () => {
    await graph.close();
  });

  it('drains a slow request in flight during stop, then refuses new connections', async () => {
    let slowStarted!: () => void;
    const inFlight = new Promise<void>((resolve) => (slowStarted = resolve));
    // Reads of the one statement the slow query needs wait 1.5 s before reaching Neo4j.
    const slow = new WrappedGraphClient(graph, async (statement) => {
      if (statement.name !== 'actors_by_ids') return;
      slowStarted();
      await sleep(1_500);
    });
    const server = await startHardenedServer(slow);

    const started = Date.now();
    const answer = server.query('query Slow { actor(id: "jenoptik-ag") { id name } }');
    await inFlight;
    const stopped = server.stop();

    const { status, body } = await answer;
    expect([status, body?.errors, body?.data]).toEqual([200, undefined, { actor: { id: 'jenoptik-ag', name: expect.any(String) } }]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_400);
    await stopped;
    await expect(fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).rejects.toThrow();
  });
});
