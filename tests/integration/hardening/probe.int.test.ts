import { createTestGraph } from '../../support/testGraph';
import { startHardenedServer } from './hardenedServer';
it('probe', async () => {
  const graph = createTestGraph();
  const server = await startHardenedServer(graph);
  await server.query('query A { __typename }');
  await server.send({ method: 'GET', path: '/x' });
  const t = (await server.send({ method: 'GET', path: '/metrics' })).text;
  console.log(t.split('\n').filter((l) => l.startsWith('clustergraph_http_requests_total') || l.startsWith('clustergraph_http_request_duration_seconds_count')).join('\n'));
  await server.stop(); await graph.close();
});
