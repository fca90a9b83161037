import type { GraphClient, Statement } from '../../../src/graph/graphClient';
import { explorePartnerNetwork } from '../../../src/graph/queries/traversal/explorePartnerNetwork';
import { findSupplyPaths } from '../../../src/graph/queries/traversal/findSupplyPaths';
import { findSupplyTiers } from '../../../src/graph/queries/traversal/findSupplyTiers';
import { type NetworkScope } from '../../../src/graph/queries/traversal/traversalRecords';
import { NETWORK_LINK_KINDS, type NetworkLinkKindValue } from '../../../src/model';

/** A GraphClient stand-in that records the statements it is asked to read: an empty network, else no rows. */
function recordingGraph(): { graph: GraphClient; statements: Statement[] } {
  const statements: Statement[] = [];
  const fake = {
    read: (statement: Statement) => {
      statements.push(statement);
      const empty: Record<string, Array<Record<string, unknown>>> = { traversal_network_levels: [{ levels: [] }], traversal_network_shortest: [{ found: [] }] };
      return Promise.resolve(empty[statement.name] ?? []);
    },
  };
  return { graph: fake as unknown as GraphClient, statements };
}

const OPEN_SCOPE: NetworkScope = { linkKinds: [...NETWORK_LINK_KINDS], actorKinds: null, clusterId: null, regionId: null, asOf: null };

/** The relationship type each kind's branches read. */
const TYPE_OF_KIND: Record<NetworkLinkKindValue, string> = {
  COLLABORATION: ':COLLABORATES_WITH',
  SAME_CLUSTER: ':MEMBER_OF',
  JOINT_PROJECT: ':PARTICIPATES_IN',
  SUPPLY: ':SUPPLIES',
  SPIN_OFF: ':SPUN_OFF_FROM',
};

/** The two statements of a partner network (levels or shortest paths, then details) as one text, and the first's parameters. */
async function networkStatement(scope: Partial<NetworkScope>, depth = 2): Promise<Statement> {
  const { graph, statements } = recordingGraph();
  await explorePartnerNetwork(graph, { from: 'x', depth, maxNodes: 10, scope: { ...OPEN_SCOPE, ...scope } });
  expect(statements.map((s) => s.name)).toEqual([expect.stringMatching(/^traversal_network_(levels|shortest)$/), 'traversal_network_details']);
  return { name: statements[0]?.name ?? '', text: statements.map((s) => s.text).join('\n'), params: statements[0]?.params ?? {} };
}

describe('partner network statements', () => {
  it('are two statements at every depth (levels, details), and a levels text per depth', async () => {
    const texts = new Set<string>();
    for (const depth of [1, 2, 3, 4]) texts.add((await networkStatement({}, depth)).text);
    expect(texts.size).toBe(4);
    await expect(networkStatement({}, 5)).rejects.toThrow(RangeError);
  });

  it('finds a collaboration network by one shortest-path search unless a cluster or region filter is in force', async () => {
    expect((await networkStatement({ linkKinds: ['COLLABORATION'] })).name).toBe('traversal_network_shortest');
    const timedByKind = await networkStatement({ linkKinds: ['COLLABORATION'], asOf: '2020-01-01', actorKinds: ['COMPANY'] });
    expect(timedByKind.name).toBe('traversal_network_shortest');
    expect(timedByKind.text).toMatch(/ANY SHORTEST/);
    expect(timedByKind.text).toContain('date($asOf)');
    expect(timedByKind.text).toContain('y.kind IN $actorKinds');
    expect((await networkStatement({ linkKinds: ['COLLABORATION'], clusterId: 'k' })).name).toBe('traversal_network_levels');
    expect((await networkStatement({ linkKinds: ['COLLABORATION'], regionId: 'r' })).name).toBe('traversal_network_levels');
    expect((await networkStatement({ linkKinds: ['COLLABORATION', 'SUPPLY'] })).name).toBe('traversal_network_levels');
  });

  it('reads only the relationship types of the kinds asked for', async () => {
    for (const kind of NETWORK_LINK_KINDS) {
      const { text } = await networkStatement({ linkKinds: [kind] });
      for (const other of NETWORK_LINK_KINDS) expect([other, text.includes(TYPE_OF_KIND[other])]).toEqual([other, other === kind]);
    }
    const { text } = await networkStatement({ linkKinds: ['SUPPLY', 'COLLABORATION'] });
    expect(text).toContain(':SUPPLIES');
    expect(text).toContain(':COLLABORATES_WITH');
    expect(text).not.toContain(':MEMBER_OF');
  });

  it('leaves out the predicates of filters not in force, and keeps those in force', async () => {
    const open = (await networkStatement({})).text;
    expect(open).not.toMatch(/\$asOf|\$anyTime|\$actorKinds|\$clusterId|\$regionId/);
    const filtered = (await networkStatement({ asOf: '2020-01-01', actorKinds: ['COMPANY'], clusterId: 'k', regionId: 'r' })).text;
    expect(filtered).toContain('date($asOf)');
    expect(filtered).toContain('$actorKinds');
    expect(filtered).toContain('$clusterId');
    expect(filtered).toContain('$regionId');
  });

  it('never puts a value into the text: the same kinds and flags give the same text whatever the ids and dates', async () => {
    const a = await networkStatement({ asOf: '2020-01-01', clusterId: 'cluster-one' });
    const b = await networkStatement({ asOf: '1999-12-31', clusterId: 'another' });
    expect(a.text).toBe(b.text);
    expect(a.text).not.toContain('cluster-one');
    expect(a.params).toMatchObject({ clusterId: 'cluster-one', asOf: '2020-01-01' });
  });
});

describe('supply statements', () => {
  it('checks validity only when a date is given', async () => {
    for (const asOf of [null, '2020-01-01']) {
      const { graph, statements } = recordingGraph();
      await findSupplyTiers(graph, { company: 'c', direction: 'UPSTREAM', tiers: 4, asOf });
      await findSupplyPaths(graph, { from: 'a', to: 'b', maxHops: 6, first: 5, asOf });
      expect(statements).toHaveLength(2);
      for (const statement of statements) expect(statement.text.includes('date($asOf)')).toBe(asOf !== null);
    }
  });

  it('looks each stage up once per statement, not per relation', async () => {
    const { graph, statements } = recordingGraph();
    await findSupplyTiers(graph, { company: 'c', direction: 'DOWNSTREAM', tiers: 2, asOf: null });
    await findSupplyPaths(graph, { from: 'a', to: 'b', maxHops: 3, first: 2, asOf: null });
    for (const statement of statements) expect(statement.text.match(/:ValueChainStage/g)).toHaveLength(1);
  });
});
