import { spawnSync } from 'node:child_process';
import { useSeedServer } from '../../support/seedServer';

const PYTHON = '/usr/bin/python3';

/**
 * networkx (Debian's python3-networkx, installed by .ci/run) recomputes the metrics on the subgraph the API
 * returns. Reads a JSON document {nodes: [{id, kind}], edges: [{source, target, weight}], communities: {id: c}}
 * from stdin and prints what networkx finds.
 */
const NETWORKX_SCRIPT = `
import json, sys
import networkx as nx
data = json.load(sys.stdin)
g = nx.Graph()
for n in data["nodes"]:
    g.add_node(n["id"], kind=n["kind"])
for e in data["edges"]:
    g.add_edge(e["source"], e["target"], weight=e["weight"])
components = sorted((len(c) for c in nx.connected_components(g)), reverse=True)
largest = max(nx.connected_components(g), key=len) if g.number_of_nodes() else set()
science = [n for n, k in g.nodes(data="kind") if k == "RESEARCH_INSTITUTE"]
industry = [n for n, k in g.nodes(data="kind") if k == "COMPANY"]
subset = nx.betweenness_centrality_subset(g, science, industry, normalized=False) if science and industry else {n: 0.0 for n in g}
groups = {}
for node, c in data["communities"].items():
    groups.setdefault(c, set()).add(node)
out = {
    "degree": dict(g.degree()),
    "betweenness": nx.betweenness_centrality(g, normalized=True),
    "closeness": nx.closeness_centrality(g),
    "pagerank": nx.pagerank(g, alpha=0.85, weight=None, tol=1e-12, max_iter=10000) if g.number_of_edges() else {},
    "components": components,
    "density": nx.density(g) if g.number_of_nodes() > 1 else 0,
    "clustering": nx.average_clustering(g) if g.number_of_nodes() else 0,
    "meanPath": nx.average_shortest_path_length(g.subgraph(largest)) if len(largest) > 1 else None,
    # networkx halves the subset betweenness of an undirected graph; the API's count is per (institute, company) pair.
    "scienceIndustryPaths": {n: 2 * v for n, v in subset.items()},
    "modularityWeighted": nx.community.modularity(g, list(groups.values()), weight="weight") if g.number_of_edges() else 0,
    "modularityUnweighted": nx.community.modularity(g, list(groups.values()), weight=None) if g.number_of_edges() else 0,
}
print(json.dumps(out))
`;

interface AnalysisNode {
  id: string;
  kind: string;
  community: number;
  degree: number;
  betweenness: number;
  closeness: number;
  pageRank: number;
}
interface Analysis {
  truncated: boolean;
  size: {
    actors: number;
    edges: number;
    links: number;
    density: number;
    componentCount: number;
    componentSizes: number[];
    averageClustering: number;
    largestComponentMeanPathLength: number | null;
  };
  actors: { totalCount: number; edges: Array<{ node: { actor: { id: string }; scienceIndustryPathShare: number | null; betweenness: number } }> };
  communities: { modularity: number; weighted: boolean; nmiWithClusters: number | null; items: Array<{ index: number; size: number; members: Array<{ id: string }> }> };
  subgraph: { nodes: AnalysisNode[]; edges: Array<{ source: string; target: string; weight: number; linkKinds: string[] }> };
}
interface NetworkxView {
  degree: Record<string, number>;
  betweenness: Record<string, number>;
  closeness: Record<string, number>;
  pagerank: Record<string, number>;
  components: number[];
  density: number;
  clustering: number;
  meanPath: number | null;
  scienceIndustryPaths: Record<string, number>;
  modularityWeighted: number;
  modularityUnweighted: number;
}

const ANALYSIS = `query Analysis($scope: NetworkAnalysisScope!, $linkKinds: [NetworkLinkKind!], $seed: Int, $weighted: Boolean, $asOf: Date, $evidence: Evidence) {
  networkAnalysis(scope: $scope, linkKinds: $linkKinds, seed: $seed, weightedCommunities: $weighted, asOf: $asOf, evidence: $evidence) {
    truncated
    size { actors edges links density componentCount componentSizes averageClustering largestComponentMeanPathLength }
    actors(first: 100, orderBy: SCIENCE_INDUSTRY_PATH_SHARE) { totalCount edges { node { actor { id } scienceIndustryPathShare betweenness } } }
    communities { modularity weighted nmiWithClusters items { index size members { id } } }
    subgraph { nodes { id kind community degree betweenness closeness pageRank } edges { source target weight linkKinds } }
  }
}`;

/** Three scopes of the seed graph: a cluster, a state, and an institute's depth-2 partner network. */
const SCOPES: Array<{ name: string; variables: Record<string, unknown> }> = [
  { name: 'cluster Silicon Saxony, all kinds but SAME_CLUSTER', variables: { scope: { cluster: 'silicon-saxony' } } },
  { name: 'region Saxony, collaborations and supply', variables: { scope: { region: 'de-sn' }, linkKinds: ['COLLABORATION', 'SUPPLY'], weighted: false } },
  { name: 'partner network of Fraunhofer IPMS, depth 2', variables: { scope: { partnerNetworkOf: 'fraunhofer-ipms', depth: 2 }, linkKinds: ['COLLABORATION', 'SUPPLY', 'SPIN_OFF'], seed: 7 } },
];

function closeTo(actual: number, expected: number, tolerance = 1e-9): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance);
}

describe('networkAnalysis over the seed graph, checked against networkx', () => {
  const seed = useSeedServer();

  async function analyse(variables: Record<string, unknown>): Promise<Analysis> {
    const { status, body } = await seed.server.query(ANALYSIS, variables);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const analysis = body.data?.['networkAnalysis'] as Analysis | null;
    expect(analysis).not.toBeNull();
    return analysis as Analysis;
  }

  function networkx(analysis: Analysis): NetworkxView {
    const input = {
      nodes: analysis.subgraph.nodes.map((n) => ({ id: n.id, kind: n.kind })),
      edges: analysis.subgraph.edges,
      communities: Object.fromEntries(analysis.subgraph.nodes.map((n) => [n.id, n.community])),
    };
    const run = spawnSync(PYTHON, ['-c', NETWORKX_SCRIPT], { input: JSON.stringify(input), encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`networkx failed: ${run.stderr}`);
    return JSON.parse(run.stdout) as NetworkxView;
  }

  it.each(SCOPES)('$name: degree, betweenness, closeness, components and size equal networkx', async ({ variables }) => {
    const analysis = await analyse(variables);
    const nx = networkx(analysis);
    // A scope worth checking: enough actors, links and more than one path for betweenness to mean something.
    expect(analysis.size.actors).toBeGreaterThanOrEqual(10);
    expect(analysis.size.edges).toBeGreaterThanOrEqual(10);
    expect(analysis.subgraph.nodes.some((n) => n.betweenness > 0)).toBe(true);
    expect(analysis.truncated).toBe(false);

    expect(analysis.subgraph.nodes).toHaveLength(analysis.size.actors);
    expect(analysis.subgraph.edges).toHaveLength(analysis.size.edges);
    expect(analysis.size.links).toBe(analysis.subgraph.edges.reduce((sum, e) => sum + e.weight, 0));
    for (const node of analysis.subgraph.nodes) {
      expect(node.degree).toBe(nx.degree[node.id]);
      closeTo(node.betweenness, nx.betweenness[node.id] ?? NaN);
      closeTo(node.closeness, nx.closeness[node.id] ?? NaN);
      closeTo(node.pageRank, nx.pagerank[node.id] ?? NaN, 1e-6);
    }
    expect(analysis.size.componentSizes).toEqual(nx.components);
    expect(analysis.size.componentCount).toBe(nx.components.length);
    closeTo(analysis.size.density, nx.density);
    closeTo(analysis.size.averageClustering, nx.clustering);
    if (nx.meanPath === null) expect(analysis.size.largestComponentMeanPathLength).toBeNull();
    else closeTo(analysis.size.largestComponentMeanPathLength ?? NaN, nx.meanPath);
    // Modularity of the communities the API found, as networkx computes it, within a tolerance.
    closeTo(analysis.communities.modularity, analysis.communities.weighted ? nx.modularityWeighted : nx.modularityUnweighted, 1e-6);
  });

  it('counts the science–industry paths through each broker as networkx\'s subset betweenness does', async () => {
    const analysis = await analyse({ scope: { region: 'de-sn' }, linkKinds: ['COLLABORATION', 'SUPPLY', 'SPIN_OFF', 'JOINT_PROJECT'] });
    const nx = networkx(analysis);
    const kinds = new Map(analysis.subgraph.nodes.map((n) => [n.id, n.kind]));
    const institutes = analysis.subgraph.nodes.filter((n) => n.kind === 'RESEARCH_INSTITUTE').map((n) => n.id);
    const companies = analysis.subgraph.nodes.filter((n) => n.kind === 'COMPANY').map((n) => n.id);
    expect(institutes.length).toBeGreaterThan(0);
    expect(companies.length).toBeGreaterThan(0);
    // Ranking by share must put someone with paths through it first.
    const top = analysis.actors.edges[0]?.node;
    expect(top?.scienceIndustryPathShare ?? 0).toBeGreaterThan(0);
    // share × pairs without the actor as an end = networkx's subset count; recover the pair count per actor from the components.
    const component = new Map<string, number>();
    const adjacency = new Map<string, string[]>();
    for (const e of analysis.subgraph.edges) {
      adjacency.set(e.source, [...(adjacency.get(e.source) ?? []), e.target]);
      adjacency.set(e.target, [...(adjacency.get(e.target) ?? []), e.source]);
    }
    let next = 0;
    for (const n of analysis.subgraph.nodes) {
      if (component.has(n.id)) continue;
      const stack = [n.id];
      component.set(n.id, next);
      while (stack.length > 0) {
        const v = stack.pop() as string;
        for (const w of adjacency.get(v) ?? []) {
          if (component.has(w)) continue;
          component.set(w, next);
          stack.push(w);
        }
      }
      next += 1;
    }
    const connectedPairs = (without: string): number =>
      institutes.filter((s) => s !== without).reduce((sum, s) => sum + companies.filter((t) => t !== without && component.get(t) === component.get(s)).length, 0);
    for (const { node } of analysis.actors.edges) {
      const pairs = connectedPairs(node.actor.id);
      const expected = pairs > 0 ? (nx.scienceIndustryPaths[node.actor.id] ?? NaN) / pairs : null;
      if (expected === null) expect(node.scienceIndustryPathShare).toBeNull();
      else closeTo(node.scienceIndustryPathShare ?? NaN, expected);
      expect(kinds.has(node.actor.id)).toBe(true);
    }
  });

  it('finds the same communities for the same seed, run after run', async () => {
    const variables = { scope: { region: 'de-sn' }, seed: 42 };
    const first = await analyse(variables);
    const again = await analyse(variables);
    expect(first.communities.items.length).toBeGreaterThan(1);
    expect(again.communities).toEqual(first.communities);
    expect(again.subgraph.nodes.map((n) => [n.id, n.community])).toEqual(first.subgraph.nodes.map((n) => [n.id, n.community]));
  });

  it('leaves SAME_CLUSTER out by default and counts parallel links as one weighted edge', async () => {
    const analysis = await analyse({ scope: { cluster: 'silicon-saxony' } });
    const kinds = new Set(analysis.subgraph.edges.flatMap((e) => e.linkKinds));
    expect(kinds.has('SAME_CLUSTER')).toBe(false);
    const pairs = new Set(analysis.subgraph.edges.map((e) => `${e.source}|${e.target}`));
    expect(pairs.size).toBe(analysis.subgraph.edges.length);
    for (const e of analysis.subgraph.edges) {
      expect(e.source < e.target).toBe(true);
      expect(e.weight).toBeGreaterThanOrEqual(e.linkKinds.length);
    }
  });

  it('with CITED, keeps no sample actor and no sample link', async () => {
    const all = await analyse({ scope: { region: 'de-sn' } });
    const cited = await analyse({ scope: { region: 'de-sn' }, evidence: 'CITED' });
    const rows = await seed.graph.read({
      name: 'test_illustrative_actors',
      text: 'UNWIND $ids AS id MATCH (a:Actor {id: id}) WHERE coalesce(a.illustrative, false) RETURN collect(a.id) AS ids',
      params: { ids: all.subgraph.nodes.map((n) => n.id) },
    });
    const sample = new Set(rows[0]?.['ids'] as string[]);
    expect(sample.size).toBeGreaterThan(0);
    expect(cited.subgraph.nodes.some((n) => sample.has(n.id))).toBe(false);
    expect(cited.size.links).toBeLessThan(all.size.links);
  });

  it('refuses a scope with two kinds, and bounds outside their range, with BAD_USER_INPUT', async () => {
    for (const [variables, argument] of [
      [{ scope: { cluster: 'silicon-saxony', region: 'de-sn' } }, 'scope'],
      [{ scope: { cluster: 'silicon-saxony', depth: 2 } }, 'scope.depth'],
      [{ scope: { partnerNetworkOf: 'fraunhofer-ipms', depth: 4 } }, 'scope.depth'],
    ] as const) {
      const { body } = await seed.server.query(ANALYSIS, variables);
      expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.extensions?.['argument']).toBe(argument);
    }
    const { body } = await seed.server.query('{ networkAnalysis(scope: { cluster: "silicon-saxony" }, maxActors: 5000) { truncated } }');
    expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const missing = await seed.server.query('{ networkAnalysis(scope: { cluster: "no-such-cluster" }) { truncated } }');
    expect(missing.body.errors).toBeUndefined();
    expect(missing.body.data?.['networkAnalysis']).toBeNull();
  });

  it('cuts a scope at maxActors and says so', async () => {
    const analysis = await analyse({ scope: { region: 'de-sn' } });
    const { body } = await seed.server.query(`{ networkAnalysis(scope: { region: "de-sn" }, maxActors: 5) { truncated size { actors } } }`);
    const cut = body.data?.['networkAnalysis'] as { truncated: boolean; size: { actors: number } };
    expect(analysis.size.actors).toBeGreaterThan(5);
    expect(cut).toEqual({ truncated: true, size: { actors: 5 } });
  });
});
