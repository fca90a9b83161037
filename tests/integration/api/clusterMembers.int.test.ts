import type { GraphClient } from '../../../src/graph';
import { createTestGraph, deleteByPrefix, uniquePrefix } from '../../support/testGraph';
import { startTestServer } from '../../support/testServer';

/**
 * A small hand-built cluster with members of every kind, written by this test under its own id prefix,
 * read back through HTTP → Apollo → resolvers → loaders → Cypher.
 */
describe('cluster(id) { members } over HTTP', () => {
  const p = uniquePrefix('members');
  let graph: GraphClient;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const members = [
    { id: `${p}acme`, name: 'Acme Optics', kind: 'COMPANY', label: 'Company', role: 'FOUNDING_MEMBER' },
    { id: `${p}beta`, name: 'Beta Institute', kind: 'RESEARCH_INSTITUTE', label: 'ResearchInstitute', role: 'MEMBER' },
    { id: `${p}chamber`, name: 'Chamber East', kind: 'ORGANIZATION', label: 'Organization', role: 'MANAGEMENT' },
    { id: `${p}delta`, name: 'Delta Lasers', kind: 'COMPANY', label: 'Company', role: 'MEMBER' },
    { id: `${p}delta2`, name: 'Delta Lasers', kind: 'COMPANY', label: 'Company', role: 'BOARD' },
  ];

  beforeAll(async () => {
    graph = createTestGraph();
    await graph.write({
      name: 'test_fixture',
      text: `CREATE (r:Entity:Region {id: $p + 'city', name: 'Test City', level: 'CITY'})
        CREATE (c:Entity:Cluster {id: $p + 'cluster', name: 'Test Cluster', sources: ['illustrative'], illustrative: true})
        CREATE (c)-[:LOCATED_IN]->(r)
        WITH c, r
        UNWIND $members AS m
        CREATE (a:Entity:Actor {id: m.id, name: m.name, kind: m.kind, sources: ['fictional'], illustrative: true, fictional: true})
        CREATE (a)-[:MEMBER_OF {role: m.role, since: '2019', sources: ['illustrative'], illustrative: true}]->(c)
        CREATE (a)-[:LOCATED_IN]->(r)`,
      params: { p, members },
    });
    // Kind labels come from the fixture rows; set them with fixed label names per kind.
    await graph.write({ name: 'test_fixture', text: "MATCH (a:Actor) WHERE a.id STARTS WITH $p AND a.kind = 'COMPANY' SET a:Company", params: { p } });
    await graph.write({ name: 'test_fixture', text: "MATCH (a:Actor) WHERE a.id STARTS WITH $p AND a.kind = 'RESEARCH_INSTITUTE' SET a:ResearchInstitute, a.type = 'NON_UNIVERSITY_INSTITUTE'", params: { p } });
    await graph.write({ name: 'test_fixture', text: "MATCH (a:Actor) WHERE a.id STARTS WITH $p AND a.kind = 'ORGANIZATION' SET a:Organization, a.type = 'CHAMBER'", params: { p } });
    server = await startTestServer(graph);
  });

  afterAll(async () => {
    await server?.stop();
    await deleteByPrefix(graph, p);
    await graph.close();
  });

  const membersQuery = `query($id: ID!, $first: Int, $after: String, $kinds: [ActorKind!]) {
    cluster(id: $id) { name region { name level }
      members(first: $first, after: $after, kinds: $kinds) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { role since node { id name kind __typename ... on Organization { type } region { name } } }
      } } }`;

  it('returns the cluster with its members ordered by name then id, with their kinds and roles', async () => {
    const { status, body } = await server.query(membersQuery, { id: `${p}cluster`, first: 10 });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const cluster = body.data?.['cluster'] as { name: string; region: unknown; members: { totalCount: number; edges: Array<{ role: string; node: { id: string; __typename: string } }> } };
    expect(cluster.name).toBe('Test Cluster');
    expect(cluster.region).toEqual({ name: 'Test City', level: 'CITY' });
    expect(cluster.members.totalCount).toBe(5);
    expect(cluster.members.edges.map((e) => e.node.id)).toEqual([`${p}acme`, `${p}beta`, `${p}chamber`, `${p}delta`, `${p}delta2`]);
    expect(cluster.members.edges.map((e) => e.node.__typename)).toEqual(['Company', 'ResearchInstitute', 'Organization', 'Company', 'Company']);
    expect(cluster.members.edges[2]).toMatchObject({ role: 'MANAGEMENT', node: { type: 'CHAMBER' } });
  });

  it('pages through the members with cursors: no duplicates, no gaps, ties on name broken by id', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const { body } = await server.query(membersQuery, { id: `${p}cluster`, first: 2, after });
      const members = (body.data?.['cluster'] as { members: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { id: string } }> } }).members;
      seen.push(...members.edges.map((e) => e.node.id));
      if (!members.pageInfo.hasNextPage) break;
      after = members.pageInfo.endCursor;
    }
    expect(seen).toEqual([`${p}acme`, `${p}beta`, `${p}chamber`, `${p}delta`, `${p}delta2`]);
  });

  it('filters members by kind, with a total that counts only those', async () => {
    const { body } = await server.query(membersQuery, { id: `${p}cluster`, first: 10, kinds: ['COMPANY'] });
    const members = (body.data?.['cluster'] as { members: { totalCount: number; edges: Array<{ node: { kind: string } }> } }).members;
    expect(members.totalCount).toBe(3);
    expect(members.edges.every((e) => e.node.kind === 'COMPANY')).toBe(true);
  });

  it('answers null for an unknown cluster and BAD_USER_INPUT for a malformed id, page size or cursor', async () => {
    expect((await server.query(membersQuery, { id: `${p}nope` })).body.data?.['cluster']).toBeNull();
    for (const variables of [{ id: 'Not An Id' }, { id: `${p}cluster`, first: -1 }, { id: `${p}cluster`, first: 1000 }, { id: `${p}cluster`, after: 'garbage' }]) {
      const { status, body } = await server.query(membersQuery, variables);
      expect(status).toBe(200);
      expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.js:\d+/);
    }
  });

  it('finds the same actor through actor(id) and node(id)', async () => {
    const { body } = await server.query(`{ actor(id: "${p}beta") { name kind } node(id: "${p}beta") { id ... on ResearchInstitute { type } } }`);
    expect(body.data).toEqual({ actor: { name: 'Beta Institute', kind: 'RESEARCH_INSTITUTE' }, node: { id: `${p}beta`, type: 'NON_UNIVERSITY_INSTITUTE' } });
  });

  it('reports liveness and readiness', async () => {
    const base = server.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);
  });
});
