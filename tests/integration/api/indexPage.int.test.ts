import type { GraphClient } from '../../../src/graph';
import { createTestGraph } from '../../support/testGraph';
import { startTestServer } from '../../support/testServer';

/** GET / tells a newcomer where everything is, and every path it lists is served. */
describe('GET /', () => {
  let graph: GraphClient;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let origin: string;

  beforeAll(async () => {
    graph = createTestGraph();
    server = await startTestServer(graph);
    origin = server.url.replace(/\/graphql$/, '');
  });

  afterAll(async () => {
    await server?.stop();
    await graph.close();
  });

  it('answers JSON listing the served paths, each of which is not a 404', async () => {
    const response = await fetch(`${origin}/`, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { name: string; paths: Array<{ path: string; what: string }> };
    expect(body.paths.map((p) => p.path)).toEqual(['/graphql', '/ide', '/explore', '/export', '/health/live', '/health/ready', '/metrics']);
    for (const { path } of body.paths.filter((p) => p.path !== '/export')) {
      const served = await fetch(`${origin}${path}${path === '/graphql' ? '?query=%7B__typename%7D' : ''}`);
      expect([path, served.status === 404]).toEqual([path, false]);
    }
  });

  it('answers a browser with a page of links', async () => {
    const response = await fetch(`${origin}/`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await response.text();
    for (const path of ['/graphql', '/ide', '/explore', '/metrics']) expect(page).toContain(`<a href="${path}">`);
  });
});
