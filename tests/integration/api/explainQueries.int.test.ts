import type { GraphClient } from '../../../src/graph';
import { createTestGraph } from '../../support/testGraph';
import { startTestServer } from '../../support/testServer';

type Explained = { extensions?: { queries?: Array<{ name: string; cypher: string; parameterNames: string[]; plan: { operator: string } | null }> } };

const QUERY = '{ supplyChain(company: "vw-sachsen", direction: UPSTREAM, tiers: 2) { tiers { tier } } actor(id: "jenoptik-ag") { name } }';

describe('operator-only query explanations', () => {
  let graph: GraphClient;
  beforeAll(() => {
    graph = createTestGraph();
  });
  afterAll(() => graph.close());

  it('returns each statement’s Cypher, parameter names and plan when EXPLAIN_QUERIES is on and the request asks', async () => {
    const server = await startTestServer(graph, { env: { EXPLAIN_QUERIES: 'true' } });
    try {
      const asked = await server.query(QUERY, undefined, { 'x-explain': 'plan' });
      expect(asked.body.errors).toBeUndefined();
      const queries = (asked.body as Explained).extensions?.queries ?? [];
      expect(queries.length).toBeGreaterThanOrEqual(2);
      expect((asked.body.data?.["supplyChain"] as { tiers: unknown[] }).tiers.length).toBeGreaterThan(0);
      for (const q of queries) {
        expect(q.cypher).toMatch(/MATCH|UNWIND|CALL/);
        expect(q.plan?.operator).toBe('ProduceResults');
      }
      expect(queries.some((q) => q.parameterNames.includes('ids'))).toBe(true);
      // Parameter values never appear: only names.
      expect(JSON.stringify(queries)).not.toContain('jenoptik-ag');

      const notAsked = await server.query(QUERY);
      expect((notAsked.body as Explained).extensions?.queries).toBeUndefined();
    } finally {
      await server.stop();
    }
  });

  it('never explains when the operator switch is off, whatever the request asks', async () => {
    const server = await startTestServer(graph, { env: { EXPLAIN_QUERIES: 'false' } });
    try {
      const asked = await server.query(QUERY, undefined, { 'x-explain': 'plan' });
      expect(asked.body.errors).toBeUndefined();
      expect((asked.body as Explained).extensions?.queries).toBeUndefined();
    } finally {
      await server.stop();
    }
  });
});
