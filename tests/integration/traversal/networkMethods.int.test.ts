import { explorePartnerNetwork, OPEN_NETWORK_SCOPE, type GraphClient, type NetworkScope, type PartnerNetworkRecord } from '../../../src/graph';
import { NETWORK_LINK_KINDS } from '../../../src/model';
import { createTestGraph } from '../../support/testGraph';

const COLLABORATION: NetworkScope = { ...OPEN_NETWORK_SCOPE, linkKinds: ['COLLABORATION'] };

/** What must agree: every member's place in the tree, the links and the cut flag. */
function shape(network: PartnerNetworkRecord | null) {
  if (!network) return null;
  return {
    members: network.members.map((m) => [m.actor.id, m.distance, m.parentId, m.linkKind]),
    links: network.links.map((l) => [l.source, l.target, l.kind, l.weight]),
    truncated: [network.truncatedActors, network.truncatedLinks, network.actorTotal, network.linkTotal],
  };
}

/**
 * A collaboration network comes from one shortest-path search plus parents taken from the links; every other
 * network from the breadth-first levels text. On the seed graph both give the same tree, cut and links.
 */
describe('the two ways of finding a partner network agree', () => {
  let graph: GraphClient;
  beforeAll(() => {
    // 216 networks on a machine shared with other test databases: more room than a request's timeout.
    graph = createTestGraph().withTimeout(120_000);
  });
  afterAll(async () => {
    await graph.close();
  });

  it('on many centers, depths, cuts, dates and kind filters', async () => {
    const centers = (await graph.read({
      name: 'test_network_centers',
      text: 'MATCH (a:Actor) WHERE EXISTS { (a)-[:COLLABORATES_WITH]-() } RETURN a.id AS id ORDER BY a.id LIMIT 12',
    })).map((r) => r['id'] as string);
    expect(centers.length).toBe(12);
    expect(NETWORK_LINK_KINDS).toContain('COLLABORATION');
    let compared = 0;
    for (const [i, from] of centers.entries()) {
      for (const depth of [1, 2, 3]) {
        for (const maxNodes of [4, 60, 1000]) {
          const scope: NetworkScope = i % 3 === 0 ? { ...COLLABORATION, asOf: '2018-06-01' } : i % 3 === 1 ? { ...COLLABORATION, actorKinds: ['COMPANY', 'RESEARCH_INSTITUTE'] } : COLLABORATION;
          const args = { from, depth, maxNodes, scope };
          const fast = await explorePartnerNetwork(graph, args);
          const levels = await explorePartnerNetwork(graph, { ...args, levelsOnly: true });
          expect([from, depth, maxNodes, shape(fast)]).toEqual([from, depth, maxNodes, shape(levels)]);
          compared++;
        }
      }
    }
    expect(compared).toBe(108);
  });

  it('depth 1 in one statement gives the two-statement levels answer whole, with every kind, cuts, dates and shapes', async () => {
    const centers = (await graph.read({ name: 'test_network_centers', text: 'MATCH (a:Actor) RETURN a.id AS id ORDER BY a.id LIMIT 12' })).map((r) => r['id'] as string);
    let compared = 0;
    for (const [i, from] of centers.entries()) {
      for (const maxNodes of [3, 150]) {
        for (const actorShape of ['full', 'summary'] as const) {
          const scope: NetworkScope = { ...OPEN_NETWORK_SCOPE, asOf: i % 2 === 0 ? null : '2019-06-01', citedOnly: i % 3 === 0 };
          const args = { from, depth: 1, maxNodes, scope, actorShape, actorRegion: i % 2 === 0 };
          expect([from, maxNodes, actorShape, await explorePartnerNetwork(graph, args)]).toEqual([from, maxNodes, actorShape, await explorePartnerNetwork(graph, { ...args, levelsOnly: true })]);
          compared++;
        }
      }
    }
    expect(compared).toBe(48);
  });

  it('treats an unknown center alike: NOT_FOUND naming `from`', async () => {
    const args = { from: 'no-such-actor', depth: 2, maxNodes: 10, scope: COLLABORATION };
    await expect(explorePartnerNetwork(graph, args)).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND', argument: 'from', id: 'no-such-actor' } });
    await expect(explorePartnerNetwork(graph, { ...args, levelsOnly: true })).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND', argument: 'from' } });
    await expect(explorePartnerNetwork(graph, { ...args, depth: 1, scope: OPEN_NETWORK_SCOPE })).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND', argument: 'from' } });
  });
});
