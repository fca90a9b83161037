import { analyseNetwork, buildSimpleGraph, normalizedMutualInformation, scienceIndustryPathShares, seededRandom, type AnalysisActor, type AnalysisActorKind } from '../../../src/algorithms';

function actor(id: string, kind: AnalysisActorKind, clusters: string[] = []): AnalysisActor {
  return { id, name: id.toUpperCase(), kind, technologies: [], clusters: clusters.map((c) => ({ id: c, name: c })) };
}

describe('network analysis on hand-made graphs', () => {
  it('folds parallel links and links of several kinds into one weighted edge, dropping self-links and outsiders', () => {
    const graph = buildSimpleGraph([actor('a', 'COMPANY'), actor('b', 'COMPANY')], [
      { source: 'a', target: 'b', kind: 'COLLABORATION', count: 1 },
      { source: 'b', target: 'a', kind: 'SUPPLY', count: 2 },
      { source: 'a', target: 'a', kind: 'SPIN_OFF', count: 1 },
      { source: 'a', target: 'x', kind: 'COLLABORATION', count: 1 },
    ]);
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttributes(graph.edges()[0] as string)).toEqual({ weight: 3, kinds: ['COLLABORATION', 'SUPPLY'] });
  });

  it('counts the science–industry paths through the middle of institute – broker – company, split over two routes', () => {
    // s reaches t by two shortest paths, one through m1 and one through m2: each carries half.
    const actors = [actor('s', 'RESEARCH_INSTITUTE'), actor('m1', 'ORGANIZATION'), actor('m2', 'ORGANIZATION'), actor('t', 'COMPANY')];
    const graph = buildSimpleGraph(actors, [
      { source: 's', target: 'm1', kind: 'COLLABORATION', count: 1 },
      { source: 's', target: 'm2', kind: 'COLLABORATION', count: 1 },
      { source: 'm1', target: 't', kind: 'COLLABORATION', count: 1 },
      { source: 'm2', target: 't', kind: 'COLLABORATION', count: 1 },
    ]);
    const kinds = new Map(actors.map((a) => [a.id, a.kind]));
    const shares = scienceIndustryPathShares(graph, (id) => kinds.get(id));
    expect(shares.pairCount).toBe(1);
    expect(shares.through.get('m1')).toBeCloseTo(0.5, 12);
    expect(shares.through.get('m2')).toBeCloseTo(0.5, 12);
    expect(shares.through.get('s')).toBe(0);
    expect(shares.pairsWithout.get('s')).toBe(0);
    expect(shares.pairsWithout.get('m1')).toBe(1);
  });

  it('finds two communities in two triangles joined by one edge, the same for the same seed, matched to their clusters', () => {
    const actors = ['a1', 'a2', 'a3'].map((id) => actor(id, 'COMPANY', ['k-a'])).concat(['b1', 'b2', 'b3'].map((id) => actor(id, 'RESEARCH_INSTITUTE', ['k-b'])));
    const pairs = [['a1', 'a2'], ['a2', 'a3'], ['a1', 'a3'], ['b1', 'b2'], ['b2', 'b3'], ['b1', 'b3'], ['a3', 'b1']];
    const links = pairs.map(([source, target]) => ({ source: source as string, target: target as string, kind: 'COLLABORATION', count: 1 }));
    const options = { seed: 3, weighted: true, resolution: 1, scopeClusterId: null };
    const first = analyseNetwork(actors, links, options);
    expect(first.communities).toEqual(analyseNetwork(actors, links, options).communities);
    expect(first.communities.items.map((c) => c.memberIds)).toEqual([['a1', 'a2', 'a3'], ['b1', 'b2', 'b3']]);
    expect(first.communities.nmiWithClusters).toBeCloseTo(1, 12);
    expect(first.communities.items.map((c) => [c.bestCluster?.cluster.id, c.bestCluster?.jaccard])).toEqual([['k-a', 1], ['k-b', 1]]);
    // Modularity of two triangles joined by a bridge: 2 × (3/7 − (7/14)²) = 5/14.
    expect(first.communities.modularity).toBeCloseTo(5 / 14, 12);
    // a3 lies on the one shortest path of each pair {a1, a2} × {b1, b2, b3}: 6 pairs of the (n−1)(n−2)/2 = 10.
    const a3 = first.actors.find((a) => a.id === 'a3');
    expect(a3?.betweenness).toBeCloseTo(6 / 10, 12);
    expect(a3?.bridgesScienceIndustry).toBe(true);
    expect(first.size.componentSizes).toEqual([6]);
  });

  it('scores identical partitions 1 and independent ones 0, whatever the labels are called', () => {
    const a = new Map([['x', 0], ['y', 0], ['z', 1], ['w', 1]]);
    expect(normalizedMutualInformation(a, new Map([['x', 'p'], ['y', 'p'], ['z', 'q'], ['w', 'q']]))).toBeCloseTo(1, 12);
    expect(normalizedMutualInformation(a, new Map([['x', 'p'], ['y', 'q'], ['z', 'p'], ['w', 'q']]))).toBeCloseTo(0, 12);
  });

  it('draws the same sequence from the same seed and another from another seed', () => {
    const one = seededRandom(5);
    const two = seededRandom(5);
    const other = seededRandom(6);
    const a = [one(), one(), one()];
    expect([two(), two(), two()]).toEqual(a);
    expect([other(), other(), other()]).not.toEqual(a);
    expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
