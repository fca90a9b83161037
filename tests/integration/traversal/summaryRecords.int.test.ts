import type { GraphClient } from '../../../src/graph';
import { createTestGraph } from '../../support/testGraph';
import { startTestServer } from '../../support/testServer';

type Explained = { errors?: unknown; data?: Record<string, unknown> | null; extensions?: { queries?: Array<{ name: string }> } };

/**
 * Traversals return whole actor records only when the selection asks for a field beyond id, kind and name; the
 * answers are the same either way.
 */
describe('traversals return summaries when that is all the selection needs', () => {
  let graph: GraphClient;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let center: string;
  let company: string;

  beforeAll(async () => {
    graph = createTestGraph();
    server = await startTestServer(graph, { env: { EXPLAIN_QUERIES: 'true' } });
    const [row] = await graph.read({
      name: 'test_traversal_starts',
      text: `CALL () { MATCH (a:Actor)-[:COLLABORATES_WITH]-() WITH a, count(*) AS n ORDER BY n DESC, a.id LIMIT 1 RETURN a.id AS center }
        CALL () { MATCH (c:Company)<-[:SUPPLIES]-(:Company)<-[:SUPPLIES]-(:Company) RETURN c.id AS company ORDER BY c.id LIMIT 1 }
        RETURN center, company`,
    });
    center = row?.['center'] as string;
    company = row?.['company'] as string;
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  async function explained(query: string, variables: Record<string, unknown>) {
    const { body } = await server.query(query, variables, { 'x-explain': 'plan' });
    const reply = body as Explained;
    expect(reply.errors).toBeUndefined();
    return { data: reply.data ?? {}, names: (reply.extensions?.queries ?? []).map((q) => q.name) };
  }
  const without = (key: string) => (data: Record<string, unknown>) => JSON.stringify(data, (k, value: unknown) => (k === key ? undefined : value));

  it('partnerNetwork: nodes and edges alone need summaries; an actor field asks for whole records', async () => {
    const query = (actorFields: string) => `query($from: ID!) { partnerNetwork(from: $from, depth: 2, first: 3) {
      center { id name } subgraph { nodes { id name kind distance actor { id name ${actorFields} } } edges { source target weight interactionModel } }
      rows { totalCount edges { node { id kind } firstHop { name } } } } }`;
    const summary = await explained(query(''), { from: center });
    expect(summary.names).toEqual(['traversal_network_levels_d2', 'traversal_network_subgraph_summary']);
    // Whole records, without their region: no actor asks for it.
    const whole = await explained(query('founded'), { from: center });
    expect(whole.names).toEqual(['traversal_network_levels_d2', 'traversal_network_subgraph_full_without_region']);
    expect(without('founded')(summary.data)).toBe(without('founded')(whole.data));
    const nodes = (whole.data['partnerNetwork'] as { subgraph: { nodes: unknown[] } }).subgraph.nodes;
    expect(nodes.length).toBeGreaterThan(3);
  });

  it('partnerNetwork: a field beyond the summary on the center or a row is still answered right', async () => {
    const { data, names } = await explained(`query($from: ID!) { partnerNetwork(from: $from, depth: 1, first: 2) {
      center { id region { id } } rows { edges { node { id ... on Company { size } } } } } }`, { from: center });
    expect(names).toEqual(['traversal_network_first_level_full']);
    const [expected] = await graph.read({ name: 'test_center_region', text: 'MATCH (:Actor {id: $id})-[:LOCATED_IN]->(g:Region) RETURN g.id AS id', params: { id: center } });
    expect((data['partnerNetwork'] as { center: { region: { id: string } | null } }).center.region?.id ?? null).toBe(expected?.['id'] ?? null);
  });

  it('partnerNetwork: a network of ids and distances reads no links (one statement); the same nodes and rows', async () => {
    // Every kind but SAME_CLUSTER (the default): the levels text, not the collaboration network.
    const query = (linkFields: string) => `query($from: ID!) { partnerNetwork(from: $from, depth: 2, first: 20) { actorTotal truncatedActors ${linkFields}
      subgraph { nodes { id name kind distance actor { __typename id } } } rows { totalCount edges { distance node { id __typename } firstHop { id } } } } }`;
    const bare = await explained(query(''), { from: center });
    expect(bare.names).toEqual(['traversal_network_levels_d2']);
    const withLinks = await explained(query('linkTotal'), { from: center });
    expect(withLinks.names).toEqual(['traversal_network_levels_d2', 'traversal_network_subgraph_summary']);
    expect(without('linkTotal')(bare.data)).toBe(without('linkTotal')(withLinks.data));
    const network = withLinks.data['partnerNetwork'] as { linkTotal: number; subgraph: { nodes: unknown[] } };
    expect([network.subgraph.nodes.length > 3, network.linkTotal > 0]).toEqual([true, true]);
  });

  it('partnerNetwork: collaborations read without their other fields when the edges ask for ends and weight only', async () => {
    const query = (fields: string) => `query($from: ID!) { partnerNetwork(from: $from, depth: 2, first: 0, filter: { linkKinds: [COLLABORATION] }) {
      truncated subgraph { nodes { id distance } edges { source target linkKind weight ${fields} } } } }`;
    const bare = await explained(query(''), { from: center });
    const whole = await explained(query('topic since sources illustrative interactionModel'), { from: center });
    expect([bare.names, whole.names]).toEqual([['traversal_network_collaboration_d2'], ['traversal_network_collaboration_d2']]);
    const slim = (data: Record<string, unknown>) =>
      JSON.stringify(data, (k, value: unknown) => (['topic', 'since', 'sources', 'illustrative', 'interactionModel'].includes(k) ? undefined : value));
    expect(slim(bare.data)).toBe(slim(whole.data));
    const edges = (whole.data['partnerNetwork'] as { subgraph: { edges: Array<{ topic: string | null }> } }).subgraph.edges;
    // The comparison means something only if the links have fields the slim read leaves out.
    expect(edges.some((e) => e.topic !== null)).toBe(true);
  });

  it('supplyChain: companies by id and name need summaries; any other company field asks for whole records', async () => {
    const query = (fields: string) => `query($company: ID!) { supplyChain(company: $company, direction: UPSTREAM, tiers: 3) {
      company { id name } tiers { tier companies { id name ${fields} } edges { supplier { id } customer { id name } product } } } }`;
    const summary = await explained(query(''), { company });
    expect(summary.names).toEqual(['traversal_supply_tiers_upstream_t3_summary']);
    const whole = await explained(query('website'), { company });
    expect(whole.names).toEqual(['traversal_supply_tiers_upstream_t3']);
    expect(without('website')(summary.data)).toBe(without('website')(whole.data));
    const tiers = (whole.data['supplyChain'] as { tiers: Array<{ companies: unknown[] }> }).tiers;
    expect(tiers.length).toBeGreaterThanOrEqual(2);
  });
});
