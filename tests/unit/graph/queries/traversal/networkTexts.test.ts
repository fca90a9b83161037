import type { GraphClient, Statement } from '../../../../../src/graph/graphClient';
import { explorePartnerNetwork } from '../../../../../src/graph/queries/traversal/explorePartnerNetwork';
import { findSupplyPaths } from '../../../../../src/graph/queries/traversal/findSupplyPaths';
import { findSupplyTiers } from '../../../../../src/graph/queries/traversal/findSupplyTiers';
import { OPEN_NETWORK_SCOPE, type NetworkScope } from '../../../../../src/graph/queries/traversal/traversalRecords';
import { LINK_KIND_TABLE } from '../../../../../src/model/linkKinds';
import { questionOf } from '../../../../../src/graph/queries/statementSet';

/** The values a recorded statement was given (packed into its one map parameter). */
function values(statement: Statement | undefined): Record<string, unknown> {
  return statement === undefined ? {} : questionOf(statement);
}

/** Labels that satisfy every reference check, so the statements' own logic runs on. */
const ANY_LABELS = ['Entity', 'Actor', 'Company', 'Cluster', 'Region', 'Technology', 'ValueChainStage'];

/** A GraphClient stand-in that records the statements it is asked to read: an empty network, every id known. */
function recordingGraph(): { graph: GraphClient; statements: Statement[] } {
  const statements: Statement[] = [];
  const fake = {
    read: (statement: Statement) => {
      statements.push(statement);
      const references = ((questionOf(statement)['references'] ?? []) as Array<{ argument: string }>).map((r) => ({ argument: r.argument, labels: ANY_LABELS }));
      return Promise.resolve([{ levels: [], found: [], perDistance: [], references, links: [], actors: [], linkTotal: 0, company: null, paths: [], companies: [], edges: [], stages: [] }]);
    },
  };
  return { graph: fake as unknown as GraphClient, statements };
}

const OPEN_SCOPE: NetworkScope = OPEN_NETWORK_SCOPE;

/** The statements of one partner network call. */
async function networkStatements(scope: Partial<NetworkScope>, depth = 2): Promise<Statement[]> {
  const { graph, statements } = recordingGraph();
  await explorePartnerNetwork(graph, { from: 'x', depth, maxNodes: 10, scope: { ...OPEN_SCOPE, ...scope } });
  return statements;
}

describe('partner network statements', () => {
  it('are one levels text per depth, whatever the kinds and filters, named by their variant', async () => {
    const texts = new Set<string>();
    for (const depth of [1, 2, 3, 4]) {
      for (const scope of [{}, { linkKinds: ['SUPPLY', 'SPIN_OFF'] as NetworkScope['linkKinds'], asOf: '2020-01-01', clusterId: 'k', regionId: 'r', technologyId: 't', stageId: 's', minWeight: 3, citedOnly: true }]) {
        const statements = await networkStatements(scope, depth);
        // Depth 1: the tree is the center's, so one statement finds the level and the details together.
        expect(statements.map((s) => s.name)).toEqual(depth === 1 ? ['traversal_network_first_level_full'] : [`traversal_network_levels_d${depth}`, 'traversal_network_subgraph_full']);
        texts.add(statements[0]?.text ?? '');
      }
    }
    expect(texts.size).toBe(4);
    await expect(networkStatements({}, 5)).rejects.toThrow(RangeError);
  });

  it('finds a collaboration network in one statement (shortest-path search, records, links) unless a filter needs a subquery per actor', async () => {
    const collaboration = await networkStatements({ linkKinds: ['COLLABORATION'] });
    expect(collaboration.map((s) => s.name)).toEqual(['traversal_network_collaboration_d2']);
    expect(collaboration[0]?.text).toContain('ANY SHORTEST');
    expect(values(collaboration[0])['summary']).toBe(false);
    expect((await networkStatements({ linkKinds: ['COLLABORATION'], actorKinds: ['COMPANY'] }))[0]?.name).toBe('traversal_network_collaboration_d2_filtered');
    expect((await networkStatements({ linkKinds: ['COLLABORATION'], citedOnly: true }))[0]?.name).toBe('traversal_network_collaboration_d2_filtered');
    for (const filter of [{ clusterId: 'k' }, { regionId: 'r' }, { technologyId: 't' }, { stageId: 's' }]) {
      expect((await networkStatements({ linkKinds: ['COLLABORATION'], ...filter }))[0]?.name).toBe('traversal_network_levels_d2');
    }
    expect((await networkStatements({ linkKinds: ['COLLABORATION', 'SUPPLY'] }))[0]?.name).toBe('traversal_network_levels_d2');
  });

  it('have a branch for every kind of the registry, switched by $linkKinds, ranked by registry position', async () => {
    const [levels] = await networkStatements({ linkKinds: ['SUPPLY'] });
    LINK_KIND_TABLE.forEach((spec, rank) => {
      expect(levels?.text).toContain(`WITH f WHERE '${spec.kind}' IN $q.linkKinds\n      MATCH `);
      expect(levels?.text).toContain(`:${spec.relationshipType}`);
      expect(levels?.text).toContain(`RETURN n, ${rank} AS rank`);
    });
    expect(values(levels)['linkKinds']).toEqual(['SUPPLY']);
  });

  it('switch each filter by a boolean parameter, with a value of fixed type when the filter is off', async () => {
    const [off] = await networkStatements({});
    expect(values(off)).toMatchObject({ timed: false, byKind: false, byCluster: false, clusterId: '', byRegion: false, byTechnology: false, byStage: false, byWeight: false, citedOnly: false });
    const [on] = await networkStatements({ asOf: '2020-01-01', actorKinds: ['COMPANY'], clusterId: 'k', regionId: 'r', technologyId: 't', stageId: 's', minWeight: 4, citedOnly: true });
    expect(values(on)).toMatchObject({ timed: true, asOf: '2020-01-01', byKind: true, actorKinds: ['COMPANY'], byCluster: true, clusterId: 'k', byRegion: true, regionId: 'r' });
    expect(values(on)).toMatchObject({ byTechnology: true, technologyId: 't', byStage: true, stageId: 's', byWeight: true, minWeight: 4, citedOnly: true });
    for (const [name, value] of Object.entries(values(off))) expect([name, typeof value]).toEqual([name, typeof values(on)[name]]);
    expect(values(on)['references']).toEqual([
      { argument: 'from', id: 'x' },
      { argument: 'filter.cluster', id: 'k' },
      { argument: 'filter.region', id: 'r' },
      { argument: 'filter.technology', id: 't' },
      { argument: 'filter.stage', id: 's' },
    ]);
  });

  it('never puts a value into the text', async () => {
    const [a] = await networkStatements({ asOf: '2020-01-01', clusterId: 'cluster-one' });
    const [b] = await networkStatements({ asOf: '1999-12-31', clusterId: 'another' });
    expect(a?.text).toBe(b?.text);
    expect(a?.text).not.toContain('cluster-one');
  });
});

describe('supply statements', () => {
  it('switch validity by $timed: the same text with and without a date (supply paths: a plain twin without one)', async () => {
    const texts: string[] = [];
    for (const asOf of [null, '2020-01-01']) {
      const { graph, statements } = recordingGraph();
      await findSupplyTiers(graph, { company: 'c', direction: 'UPSTREAM', tiers: 4, asOf });
      await findSupplyPaths(graph, { from: 'a', to: 'b', maxHops: 6, first: 5, asOf });
      expect(statements.map((s) => [s.name, values(s)['timed']])).toEqual([
        ['traversal_supply_tiers_upstream_t4', asOf !== null],
        [asOf === null ? 'traversal_supply_paths_k5_h6_plain' : 'traversal_supply_paths_k5_h6', asOf !== null],
      ]);
      texts.push(...statements.map((s) => s.text));
    }
    expect(texts[0]).toBe(texts[2]);
    expect(texts[1]).not.toBe(texts[3]);
    // The supply path search tests no relation's dates or sample flag unless the question asks for them.
    expect(texts[1]).not.toMatch(/\$q\.(timed|citedOnly)/);
    expect(texts[3]).toContain('NOT $q.timed OR');
    const cited = recordingGraph();
    await findSupplyPaths(cited.graph, { from: 'a', to: 'b', maxHops: 6, first: 5, asOf: null, evidence: 'CITED' });
    expect(cited.statements.map((s) => s.name)).toEqual(['traversal_supply_paths_k5_h6']);
  });

  it('take k from a few steps and cut the paths to `first`', async () => {
    const { graph, statements } = recordingGraph();
    await findSupplyPaths(graph, { from: 'a', to: 'b', maxHops: 3, first: 4, asOf: null });
    expect(statements[0]?.name).toBe('traversal_supply_paths_k5_h3_plain');
    expect(statements[0]?.text).toContain('SHORTEST 5 ');
    expect(values(statements[0])['first']).toBe(4);
  });

  it('looks each stage up once per statement, not per relation', async () => {
    const { graph, statements } = recordingGraph();
    await findSupplyTiers(graph, { company: 'c', direction: 'DOWNSTREAM', tiers: 2, asOf: null });
    await findSupplyPaths(graph, { from: 'a', to: 'b', maxHops: 3, first: 2, asOf: null });
    for (const statement of statements) expect(statement.text.match(/:ValueChainStage/g)).toHaveLength(1);
  });
});
