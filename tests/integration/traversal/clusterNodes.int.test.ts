import { explorePartnerNetwork, findNetworkDetails, OPEN_NETWORK_SCOPE, type GraphClient, type NetworkScope } from '../../../src/graph';
import { createTestGraph, deleteByPrefix, uniquePrefix } from '../../support/testGraph';
import { startTestServer } from '../../support/testServer';
import { Fixture } from './traversalFixture';

interface Membership {
  actor: string;
  cluster: string;
}
interface Network {
  truncatedLinks: boolean;
  linkTotal: number;
  membershipTotal: number;
  subgraph: {
    nodes: Array<{ id: string }>;
    edges: Array<{ linkKind: string }>;
    clusters: Array<{ id: string; name: string; memberCount: number; cluster: { id: string; name: string } }>;
    memberships: Membership[];
  };
  rows: { edges: Array<{ distance: number; node: { id: string }; viaSummary: string; via: Array<{ linkKind: string; actorId: string; cluster: { id: string } | null }> }> };
}

/**
 * SAME_CLUSTER through the cluster: a cluster of N members shared in a partner network is one cluster node and N
 * memberships, never N(N-1)/2 pairwise links; paths through it still name it, and so does a connection's hop.
 *
 * hub and m01..m11 are members of Big (12 members); m01, x1 and x2 of Small; x1 and x2 of Tiny; hub alone of Solo.
 */
describe('SAME_CLUSTER in a partner network: clusters as nodes with memberships', () => {
  const p = uniquePrefix('clnodes');
  const f = new Fixture(p);
  const N = 12;
  const bigMembers = ['hub', ...Array.from({ length: N - 1 }, (_, i) => `m${String(i + 1).padStart(2, '0')}`)];
  let graph: GraphClient;
  let server: Awaited<ReturnType<typeof startTestServer>>;

  beforeAll(async () => {
    graph = createTestGraph();
    f.companies(...bigMembers, 'x1', 'x2')
      .node('Cluster', 'big', { name: 'Big Cluster' })
      .node('Cluster', 'small', { name: 'Small Cluster' })
      .node('Cluster', 'tiny', { name: 'Tiny Cluster' })
      .node('Cluster', 'solo', { name: 'Solo Cluster' });
    for (const key of bigMembers) f.link('MEMBER_OF', key, 'big', { since: '2010' });
    for (const key of ['m01', 'x1', 'x2']) f.link('MEMBER_OF', key, 'small');
    for (const key of ['x1', 'x2']) f.link('MEMBER_OF', key, 'tiny');
    f.link('MEMBER_OF', 'hub', 'solo').link('COLLABORATES_WITH', 'hub', 'm02', { topic: 'both ways' });
    await f.write(graph);
    server = await startTestServer(graph);
  });

  afterAll(async () => {
    await server?.stop();
    await deleteByPrefix(graph, p);
    await graph.close();
  });

  const query = `query($from: ID!, $depth: Int, $filter: PartnerNetworkFilter) {
    partnerNetwork(from: $from, depth: $depth, filter: $filter, first: 100) {
      truncatedLinks linkTotal membershipTotal
      subgraph { nodes { id } edges { linkKind } clusters { id name memberCount cluster { id name } } memberships { actor cluster } }
      rows { edges { distance node { id } viaSummary via { linkKind actorId cluster { id } } } }
    } }`;

  async function network(depth: number, linkKinds: string[]): Promise<Network> {
    const { status, body } = await server.query(query, { from: f.id('hub'), depth, filter: { linkKinds } });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    return body.data?.['partnerNetwork'] as Network;
  }
  const short = (id: string) => id.slice(p.length);

  it(`gives a cluster of ${N} members ${N} memberships, not ${(N * (N - 1)) / 2} links`, async () => {
    const net = await network(1, ['SAME_CLUSTER']);
    expect(net.subgraph.nodes).toHaveLength(N);
    expect(net.subgraph.edges).toEqual([]);
    expect(net.subgraph.clusters).toEqual([{ id: f.id('big'), name: 'Big Cluster', memberCount: N, cluster: { id: f.id('big'), name: 'Big Cluster' } }]);
    expect(net.subgraph.memberships.map((m) => short(m.actor)).sort()).toEqual([...bigMembers].sort());
    expect(net.subgraph.memberships.every((m) => m.cluster === f.id('big'))).toBe(true);
    expect([net.linkTotal, net.membershipTotal, net.truncatedLinks]).toEqual([0, N, false]);
    // A cluster only the center is a member of links nobody: it is not in the subgraph.
    expect(net.subgraph.clusters.map((c) => short(c.id))).not.toContain('solo');
  });

  it('keeps the other kinds as links beside the clusters', async () => {
    const net = await network(1, ['SAME_CLUSTER', 'COLLABORATION']);
    expect(net.subgraph.edges.map((e) => e.linkKind)).toEqual(['COLLABORATION']);
    expect(net.membershipTotal).toBe(N);
    const m02 = net.rows.edges.find((r) => r.node.id === f.id('m02'));
    // Two kinds link hub and m02: the tree takes the first in NetworkLinkKind order.
    expect(m02?.via).toEqual([{ linkKind: 'COLLABORATION', actorId: f.id('m02'), cluster: null }]);
  });

  it('lists the memberships of the breadth-first tree first, and names the cluster of each SAME_CLUSTER step', async () => {
    const net = await network(2, ['SAME_CLUSTER']);
    expect(net.subgraph.nodes).toHaveLength(N + 2);
    expect(net.subgraph.clusters.map((c) => [short(c.id), c.memberCount])).toEqual([['big', N], ['small', 3], ['tiny', 2]]);
    expect(net.membershipTotal).toBe(N + 3 + 2);
    // Tiny links two actors at distance 2, neither reached through it: its memberships come last.
    expect(net.subgraph.memberships.slice(-2).map((m) => [short(m.actor), short(m.cluster)])).toEqual([['x1', 'tiny'], ['x2', 'tiny']]);
    expect(net.subgraph.memberships.slice(0, -2).every((m) => short(m.cluster) !== 'tiny')).toBe(true);
    const x1 = net.rows.edges.find((r) => r.node.id === f.id('x1'));
    expect(x1?.distance).toBe(2);
    expect(x1?.via).toEqual([
      { linkKind: 'SAME_CLUSTER', actorId: f.id('m01'), cluster: { id: f.id('big') } },
      { linkKind: 'SAME_CLUSTER', actorId: f.id('x1'), cluster: { id: f.id('small') } },
    ]);
    // The fixture's memberships are sample data, and the summary says so.
    expect(x1?.viaSummary).toBe('HUB –same cluster (Big Cluster) (sample)→ M01 –same cluster (Small Cluster) (sample)→ X1');
  });

  it('holds exactly the pairs the pairwise links held, on the seed graph (every pair of members of a cluster)', async () => {
    const scope: NetworkScope = { ...OPEN_NETWORK_SCOPE, linkKinds: ['COLLABORATION', 'SAME_CLUSTER'] };
    for (const [from, asOf] of [['infineon-dresden', null], ['tu-dresden', '2015-01-01']] as const) {
      // 100 actors: the pairwise links of more would pass the 5000 cap and be cut (that hairball is the point).
      const net = await explorePartnerNetwork(graph, { from, depth: 2, maxNodes: 100, scope: { ...scope, asOf } });
      expect(net.truncatedLinks).toBe(false);
      const membersOf = new Map<string, string[]>();
      for (const m of net.memberships) membersOf.set(m.cluster.id, [...(membersOf.get(m.cluster.id) ?? []), m.actorId]);
      const fromMemberships = new Set<string>();
      for (const [cluster, members] of membersOf) {
        for (const a of members) for (const b of members) if (a < b) fromMemberships.add(`${a}|${b}|${cluster}`);
      }
      // The same actors' SAME_CLUSTER links as pairs (the representation connections still use).
      const pairwise = await findNetworkDetails(graph, net.members.map((m) => m.actor.id), { ...scope, asOf, linkKinds: ['SAME_CLUSTER'] });
      expect(pairwise.linksCut).toBe(false);
      const fromLinks = new Set(pairwise.links.map((l) => `${l.source}|${l.target}|${l.cluster?.id}`));
      expect(fromMemberships.size).toBeGreaterThan(10);
      expect([...fromMemberships].sort()).toEqual([...fromLinks].sort());
      expect(net.membershipTotal).toBeLessThan(fromLinks.size);
      expect(net.links.some((l) => l.kind === 'SAME_CLUSTER')).toBe(false);
    }
  });

  it('explains a connection through clusters hop by hop: "X and Y are both members of Z"', async () => {
    const { body } = await server.query(
      `query($from: ID!, $to: ID!) { shortestConnection(from: $from, to: $to, via: [SAME_CLUSTER]) { length explanation hops { link { linkKind cluster { id } } } } }`,
      { from: f.id('hub'), to: f.id('x1') },
    );
    expect(body.errors).toBeUndefined();
    const found = body.data?.['shortestConnection'] as { length: number; explanation: string; hops: Array<{ link: { linkKind: string; cluster: { id: string } } }> };
    expect(found.length).toBe(2);
    expect(found.hops.map((h) => [h.link.linkKind, short(h.link.cluster.id)])).toEqual([['SAME_CLUSTER', 'big'], ['SAME_CLUSTER', 'small']]);
    expect(found.explanation).toMatch(/^HUB and M01 are both members of Big Cluster.*; M01 and X1 are both members of Small Cluster/);
  });
});
